// The thin boundary between our `cards` rows and ts-fsrs: it maps fields both ways and asks
// ts-fsrs for every number. No FSRS maths is re-derived here, so upgrading ts-fsrs upgrades us.
import {
	fsrs,
	generatorParameters,
	createEmptyCard,
	checkParameters,
	GenSeedStrategyWithCardId,
	StrategyMode,
	Rating,
	State,
	type Card,
	type CardInput,
	type FSRS,
	type Grade,
	type ReviewLog,
	type StepUnit
} from 'ts-fsrs';

export { Rating, State };
export type { Grade, FSRS };

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
export const LEARNING_STEPS: readonly StepUnit[] = ['1m', '10m'];
export const RELEARNING_STEPS: readonly StepUnit[] = ['10m'];
export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.8;
export const MAX_RETENTION = 0.97;

/** The FSRS fields of a `cards` row, named as in schema.ts. */
export interface CardState {
	due: Date;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: State;
	lastReview: Date | null;
}

/** The FSRS fields of a `review_logs` row: ts-fsrs's ReviewLog describes the card before the review. */
export interface LogFields {
	rating: Grade;
	stateBefore: State;
	stateAfter: State;
	due: Date;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	lastElapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reviewedAt: Date;
}

export interface SchedulerSettings {
	desiredRetention: number;
	/** Personal parameters (17, 19 or 21 numbers); null or invalid means ts-fsrs's defaults. */
	parameters?: readonly number[] | null;
	/** On in the app (spreads reviews across days); off in tests so schedules are reproducible. */
	enableFuzz: boolean;
}

/** Parameters ts-fsrs accepts, or undefined for its defaults: a bad saved vector must not break reviews. */
export function usableParameters(parameters: readonly number[] | null | undefined): number[] | undefined {
	if (!parameters) return undefined;
	try {
		return [...checkParameters(parameters)];
	} catch {
		return undefined;
	}
}

export function createScheduler(settings: SchedulerSettings): FSRS {
	const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, settings.desiredRetention || DEFAULT_RETENTION));
	const f = fsrs(
		generatorParameters({
			request_retention: retention,
			w: usableParameters(settings.parameters),
			enable_fuzz: settings.enableFuzz,
			enable_short_term: true,
			learning_steps: LEARNING_STEPS,
			relearning_steps: RELEARNING_STEPS
		})
	);
	// Seeding the fuzz with the card id (plus reps) makes the interval shown on a button the one
	// the review then applies, even though the two happen a few seconds apart.
	return f.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('cardId'));
}

export function newCardState(now: Date): CardState {
	return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(c: CardState, cardId?: string): Card & { cardId?: string } {
	return {
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsedDays,
		scheduled_days: c.scheduledDays,
		learning_steps: c.learningSteps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		last_review: c.lastReview ? new Date(c.lastReview) : undefined,
		cardId
	};
}

export function fromFsrsCard(c: Card): CardState {
	return {
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		lastReview: c.last_review ? new Date(c.last_review) : null
	};
}

function toLogFields(log: ReviewLog, after: Card): LogFields {
	return {
		rating: log.rating as Grade,
		stateBefore: log.state,
		stateAfter: after.state,
		due: new Date(log.due),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsedDays: log.elapsed_days,
		lastElapsedDays: log.last_elapsed_days,
		scheduledDays: log.scheduled_days,
		learningSteps: log.learning_steps,
		reviewedAt: new Date(log.review)
	};
}

export interface Outcome {
	card: CardState;
	log: LogFields;
}

/** What each of the four grades would do now (for the buttons). */
export function preview(f: FSRS, card: CardState, now: Date, cardId?: string): Record<Grade, Outcome & { intervalMs: number }> {
	const all = f.repeat(toFsrsCard(card, cardId), now);
	const out = {} as Record<Grade, Outcome & { intervalMs: number }>;
	for (const g of GRADES) {
		const item = all[g];
		out[g] = { card: fromFsrsCard(item.card), log: toLogFields(item.log, item.card), intervalMs: item.card.due.getTime() - now.getTime() };
	}
	return out;
}

export function review(f: FSRS, card: CardState, now: Date, grade: Grade, cardId?: string): Outcome {
	const item = f.next(toFsrsCard(card, cardId), now, grade);
	return { card: fromFsrsCard(item.card), log: toLogFields(item.log, item.card) };
}

/** CardState as a `cards` row stores it: instants as epoch milliseconds. */
export type StoredCardState = Omit<CardState, 'due' | 'lastReview'> & { due: number; lastReview: number | null };

/** LogFields with instants as epoch milliseconds. */
export type StoredLogFields = Omit<LogFields, 'due' | 'reviewedAt'> & { due: number; reviewedAt: number };

/**
 * `review` for a card read straight from the database, for recording a review on every answer:
 * ts-fsrs converts epoch ms to Dates itself, so the Date copies on either side of `review` are
 * skipped. Same ts-fsrs call, same results.
 */
export function reviewStored(f: FSRS, c: StoredCardState, now: number, grade: Grade, cardId: string): { card: StoredCardState; log: StoredLogFields } {
	const input: CardInput & { cardId: string } = {
		due: c.due,
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsedDays,
		scheduled_days: c.scheduledDays,
		learning_steps: c.learningSteps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		last_review: c.lastReview ?? undefined,
		cardId
	};
	const { card: a, log } = f.next(input, now, grade);
	return {
		card: {
			due: a.due.getTime(),
			stability: a.stability,
			difficulty: a.difficulty,
			elapsedDays: a.elapsed_days,
			scheduledDays: a.scheduled_days,
			learningSteps: a.learning_steps,
			reps: a.reps,
			lapses: a.lapses,
			state: a.state,
			lastReview: a.last_review ? a.last_review.getTime() : null
		},
		log: {
			rating: log.rating as Grade,
			stateBefore: log.state,
			stateAfter: a.state,
			due: log.due.getTime(),
			stability: log.stability,
			difficulty: log.difficulty,
			elapsedDays: log.elapsed_days,
			lastElapsedDays: log.last_elapsed_days,
			scheduledDays: log.scheduled_days,
			learningSteps: log.learning_steps,
			reviewedAt: log.review.getTime()
		}
	};
}

export function isGrade(n: unknown): n is Grade {
	return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Probability of recall now, as ts-fsrs computes it (0 for a new card). */
export function retrievability(f: FSRS, card: CardState, now: Date): number {
	return f.get_retrievability(toFsrsCard(card), now, false);
}
