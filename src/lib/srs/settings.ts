// Validation of the review settings form. Pure, so the rules are tested without a request;
// the route turns the error codes into translated messages.
import { MAX_RETENTION, MIN_RETENTION } from './scheduler';
import { MAX_NEW_PER_DAY, MAX_REVIEWS_PER_DAY } from './queue';

export interface SettingsInput {
	retention: string;
	newPerDay: string;
	reviewsPerDay: string;
}

export interface SettingsValues {
	desiredRetention: number;
	newPerDay: number;
	reviewsPerDay: number;
}

export type SettingsError = 'retention_range' | 'new_range' | 'reviews_range' | 'not_a_number';

function readNumber(raw: string): number | null {
	const s = raw.trim().replace(',', '.').replace(/\s*%$/, '');
	if (!/^-?\d+(\.\d+)?$/.test(s) || s.length > 12) return null;
	return Number(s);
}

/** Retention may be typed as a percentage (90) or a fraction (0.9). */
export function parseSettings(input: SettingsInput): { values: SettingsValues } | { errors: Partial<Record<keyof SettingsInput, SettingsError>> } {
	const errors: Partial<Record<keyof SettingsInput, SettingsError>> = {};
	let retention = readNumber(input.retention);
	if (retention !== null && retention > 1) retention = retention / 100;
	if (retention === null) errors.retention = 'not_a_number';
	else if (retention < MIN_RETENTION - 1e-9 || retention > MAX_RETENTION + 1e-9) errors.retention = 'retention_range';

	const newPerDay = readNumber(input.newPerDay);
	if (newPerDay === null) errors.newPerDay = 'not_a_number';
	else if (!Number.isInteger(newPerDay) || newPerDay < 0 || newPerDay > MAX_NEW_PER_DAY) errors.newPerDay = 'new_range';

	const reviewsPerDay = readNumber(input.reviewsPerDay);
	if (reviewsPerDay === null) errors.reviewsPerDay = 'not_a_number';
	else if (!Number.isInteger(reviewsPerDay) || reviewsPerDay < 0 || reviewsPerDay > MAX_REVIEWS_PER_DAY) errors.reviewsPerDay = 'reviews_range';

	if (Object.keys(errors).length) return { errors };
	return {
		values: { desiredRetention: Math.round(retention! * 1000) / 1000, newPerDay: newPerDay!, reviewsPerDay: reviewsPerDay! }
	};
}
