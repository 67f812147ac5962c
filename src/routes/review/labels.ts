// Translated labels for the review screens, in one place so pages stay markup.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { intervalParts } from '$lib/srs/format';

export function intervalLabel(ms: number): string {
	const { n, unit } = intervalParts(ms);
	const value = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);
	switch (unit) {
		case 'min':
			return m.review_unit_min({ n: value });
		case 'h':
			return m.review_unit_h({ n: value });
		case 'd':
			return m.review_unit_d({ n: value });
		case 'mo':
			return m.review_unit_mo({ n: value });
		default:
			return m.review_unit_y({ n: value });
	}
}

export const stateLabel = (state: number) =>
	[m.review_state_new, m.review_state_learning, m.review_state_review, m.review_state_relearning][state]?.() ?? '';

export const gradeLabels = [
	{ grade: 1, label: () => m.review_again(), tone: 'again' },
	{ grade: 2, label: () => m.review_hard(), tone: 'hard' },
	{ grade: 3, label: () => m.review_good(), tone: 'good' },
	{ grade: 4, label: () => m.review_easy(), tone: 'easy' }
] as const;

export function errorMessage(code: string): string {
	switch (code) {
		case 'not_found':
			return m.review_error_not_found();
		case 'suspended':
			return m.review_error_suspended();
		case 'forbidden':
			return m.review_error_forbidden();
		case 'quiz_first':
			return m.review_error_quiz_first();
		case 'nothing_to_undo':
			return m.review_error_nothing_to_undo();
		case 'conflict':
			return m.review_error_conflict();
		default:
			return m.review_error_invalid();
	}
}

/** "in 5 min", "tomorrow at 09:00"-style relative time for the next due card. */
export function whenLabel(due: Date, now = new Date()): string {
	const locale = getLocale();
	const diff = due.getTime() - now.getTime();
	const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	if (diff < 60 * 60_000) return rtf.format(Math.max(1, Math.round(diff / 60_000)), 'minute');
	if (diff < 24 * 3_600_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
	return rtf.format(Math.round(diff / 86_400_000), 'day');
}
