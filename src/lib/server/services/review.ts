// Review use cases: today's session, recording a review, undo, adding cards (from a quiz or a
// whole set), statistics, settings and the parameter fit. Each write is one transaction that
// composes the repositories with the pure scheduler (src/lib/srs).
import { and, eq, asc, sql, desc, max, count } from 'drizzle-orm';
import { newId } from '$lib/server/ids';
import * as cardsRepo from '$lib/server/repo/cards';
import * as logsRepo from '$lib/server/repo/review-logs';
import * as questionsRepo from '$lib/server/repo/questions';
import * as settingsRepo from '$lib/server/repo/study-settings';
import { run, type Store, type Tables, type Tx, type Work } from '$lib/server/db/store';
import {
	createScheduler,
	newCardState,
	preview,
	review,
	reviewStored,
	type StoredCardState,
	usableParameters,
	Rating,
	DEFAULT_RETENTION,
	type CardState,
	type Grade
} from '$lib/srs/scheduler';
import { buildQueue, doneToday, effective, remainingLimits } from '$lib/srs/queue';
import { dayNumber, dayStart } from '$lib/srs/day';
import { cardCounts, forecast, heatmap, retention, streak } from '$lib/srs/stats';
import { countReviews as countAnswers, MIN_REVIEWS, type CardHistory } from '$lib/srs/optimizer';
import { compute } from '$lib/server/compute/pool';
import { parseSettings, type SettingsInput } from '$lib/srs/settings';
import { checkAnswer } from '$lib/engine/check/answer-check';

export type ReviewErrorCode = 'not_found' | 'suspended' | 'conflict' | 'nothing_to_undo' | 'forbidden' | 'quiz_first' | 'invalid';

export class ReviewError extends Error {
	constructor(readonly code: ReviewErrorCode) {
		super(code);
		this.name = 'ReviewError';
	}
}

export interface ServiceOptions {
	/** Interval fuzz: on in the app, off in tests for reproducible schedules. */
	fuzz?: boolean;
}

export const DEFAULT_LIMITS = { newPerDay: 20, reviewsPerDay: 200 };

function* settingsOf(tx: Tx, studentId: string) {
	const s = yield* settingsRepo.get(tx, studentId);
	return {
		desiredRetention: s?.desiredRetention ?? DEFAULT_RETENTION,
		newPerDay: s?.newPerDay ?? DEFAULT_LIMITS.newPerDay,
		reviewsPerDay: s?.reviewsPerDay ?? DEFAULT_LIMITS.reviewsPerDay,
		parameters: usableParameters(s?.parameters ?? null) ?? null,
		fitMetrics: s?.fitMetrics ?? null,
		fittedAt: s?.fittedAt ?? null
	};
}


/** The card as stored in `cardBefore`: plain JSON, dates as epoch milliseconds. */
type Snapshot = StoredCardState;

function snapshot(s: CardState): Snapshot {
	return { ...s, due: s.due.getTime(), lastReview: s.lastReview ? s.lastReview.getTime() : null };
}

/**
 * JSON.stringify(snapshot) without the generic serializer, for the path that runs on every answer.
 * The fields are finite numbers read from NOT NULL columns (or null), which print as JSON does.
 */
function snapshotJson(s: Snapshot): string {
	return `{"due":${s.due},"stability":${s.stability},"difficulty":${s.difficulty},"elapsedDays":${s.elapsedDays},"scheduledDays":${s.scheduledDays},"learningSteps":${s.learningSteps},"reps":${s.reps},"lapses":${s.lapses},"state":${s.state},"lastReview":${s.lastReview}}`;
}

function fromSnapshot(j: Record<string, unknown>): CardState {
	const s = j as unknown as Snapshot;
	return { ...s, due: new Date(s.due), lastReview: s.lastReview == null ? null : new Date(s.lastReview) };
}

// ---------------------------------------------------------------- today's session

export interface CardView {
	cardId: string;
	questionId: string;
	type: 'mcq' | 'cloze' | 'truefalse' | 'short' | 'whosaid' | 'order';
	prompt: string;
	choices: string[];
	answer: string;
	evidence: string;
	lang: 'en' | 'fr';
	setId: string;
	setTitle: string;
	articleId: string;
	state: number;
	reps: number;
	lapses: number;
	/** What each grade would schedule, in milliseconds from now. */
	intervals: Record<Grade, number>;
}

export interface Session {
	counts: { new: number; learning: number; review: number };
	current: CardView | null;
	canUndo: boolean;
	reviewedToday: number;
	/** Set when the queue is empty: when the next card comes back, and why nothing is shown. */
	nextDue: Date | null;
	limitReached: { new: boolean; review: boolean };
	streak: number;
	totalCards: number;
}

const HEAD = 20;
const MAX_LEARNING_COUNT = 9999;

export function getSession(store: Store, studentId: string, now: Date, offset: number, opts: ServiceOptions = {}): Promise<Session> {
	return store.read((tx) => session(tx, studentId, now, offset, opts));
}

function* session(tx: Tx, studentId: string, now: Date, offset: number, opts: ServiceOptions): Work<Session> {
	const today = dayNumber(now, offset);
	const start = dayStart(today, offset);
	const end = dayStart(today + 1, offset);
	const settings = yield* settingsOf(tx, studentId);
	const done = doneToday(yield* logsRepo.effectiveCountsSince(tx, studentId, start));
	const left = remainingLimits(settings, done);

	const queue = buildQueue({
		now,
		learning: yield* cardsRepo.learningDue(tx, studentId, end, HEAD),
		learningCount: yield* cardsRepo.countLearningDue(tx, studentId, end, MAX_LEARNING_COUNT),
		reviews: yield* cardsRepo.reviewsDue(tx, studentId, end, Math.min(left.reviewsLeft, HEAD)),
		reviewCount: yield* cardsRepo.countReviewsDue(tx, studentId, end, left.reviewsLeft),
		newCards: yield* cardsRepo.newCards(tx, studentId, Math.min(left.newLeft, HEAD)),
		newCount: yield* cardsRepo.countNew(tx, studentId, left.newLeft)
	});

	const reviewedToday = done.total;
	const result: Session = {
		counts: queue.counts,
		current: null,
		canUndo: reviewedToday > 0,
		reviewedToday,
		nextDue: null,
		limitReached: { new: false, review: false },
		streak: 0,
		totalCards: 0
	};
	const head = queue.order[0];
	if (head) {
		result.current = yield* cardView(tx, head, now, cachedScheduler(settings.desiredRetention, settings.parameters, opts.fuzz ?? true));
		return result;
	}
	result.nextDue = queue.nextLearningDue ?? (yield* cardsRepo.nextDue(tx, studentId, now));
	result.limitReached = {
		new: left.newLeft === 0 && (yield* cardsRepo.countNew(tx, studentId, 1)) > 0,
		review: left.reviewsLeft === 0 && (yield* cardsRepo.countReviewsDue(tx, studentId, end, 1)) > 0
	};
	result.streak = yield* studyStreak(tx, studentId, today, offset);
	result.totalCards = cardCounts(yield* cardsRepo.countsByState(tx, studentId)).total;
	return result;
}

function* cardView(tx: Tx, cardId: string, now: Date, f: ReturnType<typeof createScheduler>): Work<CardView | null> {
	const row = yield* cardsRepo.view(tx, cardId);
	if (!row) return null;
	const p = preview(f, cardsRepo.stateOf(row.card), now, row.card.id);
	return {
		cardId: row.card.id,
		questionId: row.question.id,
		type: row.question.type,
		prompt: row.question.prompt,
		choices: row.question.choices,
		answer: row.question.answer,
		evidence: row.question.evidenceText,
		lang: row.set.lang,
		setId: row.set.id,
		setTitle: row.set.title,
		articleId: row.set.articleId,
		state: row.card.state,
		reps: row.card.reps,
		lapses: row.card.lapses,
		intervals: { 1: p[1].intervalMs, 2: p[2].intervalMs, 3: p[3].intervalMs, 4: p[4].intervalMs }
	};
}

/** A typed answer graded by the engine, and the rating it suggests. */
export async function suggestRating(store: Store, studentId: string, cardId: string, typed: string): Promise<{ verdict: 'correct' | 'close' | 'wrong'; rating: Grade } | null> {
	const row = await store.read((tx) => cardsRepo.view(tx, cardId));
	if (!row || row.card.studentId !== studentId) return null;
	const q = row.question;
	let verdict: 'correct' | 'close' | 'wrong';
	try {
		verdict = checkAnswer(typed.slice(0, 500), { type: q.type, answer: q.answer, answerValue: q.answerValue, choices: q.choices }, row.set.lang, row.publishedAt ?? undefined).verdict;
	} catch {
		verdict = 'wrong';
	}
	return { verdict, rating: verdict === 'correct' ? Rating.Good : verdict === 'close' ? Rating.Hard : Rating.Again };
}

// ---------------------------------------------------------------- recording and undo

export interface ReviewInput {
	studentId: string;
	cardId: string;
	/** Generated by the client: the same id twice records one review. */
	reviewId: string;
	rating: Grade;
	durationMs?: number | null;
	now: Date;
}

export interface ReviewOutcome {
	reviewId: string;
	cardId: string;
	rating: number;
	state: number;
	due: Date;
	duplicate: boolean;
}

const MAX_DURATION_MS = 10 * 60_000;

export function recordReview(store: Store, input: ReviewInput, opts: ServiceOptions = {}): Promise<ReviewOutcome> {
	const fuzz = opts.fuzz ?? true;
	// Repeatable read on PostgreSQL: two answers to one card (two tabs) cannot both apply to the
	// state before either; the second is run again and finds the first.
	return store.write((tx) => record(tx, input, fuzz), { isolation: 'repeatable read' });
}

/** A submission whose review id exists: the same student's same review again, or a conflict. */
function* duplicate(tx: Tx, input: ReviewInput): Work<ReviewOutcome | null> {
	const existing = yield* logsRepo.getById(tx, input.reviewId);
	if (!existing) return null;
	if (existing.studentId !== input.studentId || existing.kind !== 'review') throw new ReviewError('conflict');
	return { reviewId: existing.id, cardId: existing.cardId, rating: existing.rating, state: existing.stateAfter, due: yield* nextDueAfter(tx, existing), duplicate: true };
}

// The path every answer takes: on SQLite its three statements are better-sqlite3 statements
// prepared once per connection (cards.ts, review-logs.ts), the state goes through ts-fsrs as
// epoch milliseconds, and the log's snapshot is written as JSON by hand.
function* record(tx: Tx, input: ReviewInput, fuzz: boolean): Work<ReviewOutcome> {
	const owned = yield* cardsRepo.ownedWithSettings(tx, input.cardId, input.studentId);
	if (!owned) return (yield* duplicate(tx, input)) ?? notRecorded('not_found');
	if (owned.suspended) return (yield* duplicate(tx, input)) ?? notRecorded('suspended');
	const before = owned.state;
	const f = schedulerFor(owned.desiredRetention ?? DEFAULT_RETENTION, owned.parameters, fuzz);
	const { card: after, log } = reviewStored(f, before, input.now.getTime(), input.rating, input.cardId);
	const duration = input.durationMs == null || !Number.isFinite(input.durationMs) ? null : Math.round(Math.min(MAX_DURATION_MS, Math.max(0, input.durationMs)));
	// The log row goes first: if its id exists, this is a repeated submission and nothing is written.
	const inserted = yield* logsRepo.insertReview(tx, [
		input.reviewId,
		input.cardId,
		input.studentId,
		log.rating,
		log.stateBefore,
		log.stateAfter,
		log.due,
		log.stability,
		log.difficulty,
		log.elapsedDays,
		log.lastElapsedDays,
		log.scheduledDays,
		log.learningSteps,
		duration,
		snapshotJson(before),
		log.reviewedAt
	]);
	if (!inserted) return (yield* duplicate(tx, input))!;
	yield* cardsRepo.writeState(tx, owned.key, after);
	return { reviewId: input.reviewId, cardId: input.cardId, rating: input.rating, state: after.state, due: new Date(after.due), duplicate: false };
}

function notRecorded(code: ReviewErrorCode): never {
	throw new ReviewError(code);
}

// Keyed by the stored parameters' text, so a hit skips parsing and validating them; the last hit
// is kept apart because one student's answers come in a row with the same settings.
const schedulersByStoredParameters = new Map<string, ReturnType<typeof createScheduler>>();
let lastScheduler: { retention: number; parameters: string | null; fuzz: boolean; f: ReturnType<typeof createScheduler> } | null = null;

function schedulerFor(desiredRetention: number, storedParameters: string | null, enableFuzz: boolean) {
	const last = lastScheduler;
	if (last && last.retention === desiredRetention && last.parameters === storedParameters && last.fuzz === enableFuzz) return last.f;
	const key = `${desiredRetention}|${enableFuzz}|${storedParameters ?? ''}`;
	let f = schedulersByStoredParameters.get(key);
	if (!f) {
		if (schedulersByStoredParameters.size >= 64) schedulersByStoredParameters.delete(schedulersByStoredParameters.keys().next().value!);
		const parameters = storedParameters == null ? null : (JSON.parse(storedParameters) as number[] | null);
		f = cachedScheduler(desiredRetention, usableParameters(parameters) ?? null, enableFuzz);
		schedulersByStoredParameters.set(key, f);
	}
	lastScheduler = { retention: desiredRetention, parameters: storedParameters, fuzz: enableFuzz, f };
	return f;
}

// Building a ts-fsrs instance costs more than applying a review; a handful of settings are live at once.
const schedulers = new Map<string, ReturnType<typeof createScheduler>>();

function cachedScheduler(desiredRetention: number, parameters: number[] | null, enableFuzz: boolean) {
	const key = `${desiredRetention}|${enableFuzz}|${parameters?.join(',') ?? ''}`;
	let f = schedulers.get(key);
	if (!f) {
		if (schedulers.size >= 64) schedulers.delete(schedulers.keys().next().value!);
		f = createScheduler({ desiredRetention, parameters, enableFuzz });
		schedulers.set(key, f);
	}
	return f;
}

// The log keeps the card before the review; a repeated submission reports the card's due as it
// is now when that review is still the card's latest, which is what the first answer said.
function* nextDueAfter(tx: Tx, log: { cardId: string; reviewedAt: Date }): Work<Date> {
	return (yield* cardsRepo.getById(tx, log.cardId))?.due ?? log.reviewedAt;
}

export interface UndoOutcome {
	undoId: string;
	cardId: string;
	undone: string;
	duplicate: boolean;
}

/**
 * Cancels the student's latest review of today that is not already cancelled: the card gets back
 * exactly the state saved in that review's `cardBefore` (ts-fsrs's rollback would move `due` to
 * the review time), and an 'undo' row is appended. Nothing is rewritten.
 */
export function undoLast(store: Store, input: { studentId: string; undoId: string; now: Date; offset: number }): Promise<UndoOutcome> {
	return store.write(function* (tx): Work<UndoOutcome> {
		const existing = yield* logsRepo.getById(tx, input.undoId);
		if (existing) {
			if (existing.studentId !== input.studentId || existing.kind !== 'undo' || !existing.undoes) throw new ReviewError('conflict');
			return { undoId: existing.id, cardId: existing.cardId, undone: existing.undoes, duplicate: true };
		}
		const start = dayStart(dayNumber(input.now, input.offset), input.offset);
		const target = effective(yield* logsRepo.recentFull(tx, input.studentId, start))[0];
		if (!target || !target.cardBefore) throw new ReviewError('nothing_to_undo');
		const card = yield* cardsRepo.getById(tx, target.cardId);
		if (!card) throw new ReviewError('nothing_to_undo');
		const current = cardsRepo.stateOf(card);
		const restored = fromSnapshot(target.cardBefore);
		yield* cardsRepo.updateState(tx, card.id, restored);
		const at = new Date(Math.max(input.now.getTime(), target.reviewedAt.getTime()));
		yield* logsRepo.insert(tx, {
			id: input.undoId,
			cardId: card.id,
			studentId: input.studentId,
			kind: 'undo',
			undoes: target.id,
			rating: 0,
			stateBefore: current.state,
			stateAfter: restored.state,
			due: restored.due,
			stability: restored.stability,
			difficulty: restored.difficulty,
			elapsedDays: restored.elapsedDays,
			lastElapsedDays: 0,
			scheduledDays: restored.scheduledDays,
			learningSteps: restored.learningSteps,
			cardBefore: snapshot(current),
			reviewedAt: at
		});
		return { undoId: input.undoId, cardId: card.id, undone: target.id, duplicate: false };
	}, { isolation: 'repeatable read' });
}

// ---------------------------------------------------------------- adding cards

/**
 * Called inside the quiz submission's transaction: every question answered becomes a card unless
 * the student has one already. A wrong answer gives a new card due now; a right one counts as a
 * first "Good" review (logged with kind 'quiz'), so the card comes back after its first step.
 */
export function* addCardsFromQuiz(tx: Tx, studentId: string, results: { questionId: string; correct: boolean }[], now: Date): Work<void> {
	const settings = yield* settingsOf(tx, studentId);
	const f = cachedScheduler(settings.desiredRetention, settings.parameters, true);
	for (const r of results) {
		const id = newId();
		const empty = newCardState(now);
		if (!r.correct) {
			yield* cardsRepo.insertIfAbsent(tx, { id, studentId, questionId: r.questionId, ...cardsRepo.stateColumns(empty) });
			continue;
		}
		const { card, log } = review(f, empty, now, Rating.Good, id);
		if (!(yield* cardsRepo.insertIfAbsent(tx, { id, studentId, questionId: r.questionId, ...cardsRepo.stateColumns(card) }))) continue;
		yield* logsRepo.insert(tx, { id: newId(), cardId: id, studentId, kind: 'quiz', ...log, cardBefore: snapshot(empty) });
	}
}

/**
 * Whether an assignment opens its set's flashcards to a student: a card shows its answer, so the
 * teacher must have made it study material, or the student must have submitted its quiz.
 */
const opensCards = ({ assignments, quizAttempts }: Tables, studentId: string) =>
	sql<boolean>`(${assignments.studyMaterial} = true or exists (select 1 from ${quizAttempts} where ${quizAttempts.assignmentId} = ${assignments.id} and ${quizAttempts.studentId} = ${studentId} and ${quizAttempts.submittedAt} is not null))`;

/** Whether the student may turn a set into flashcards, by an assignment in one of their classes (opensCards). */
export function* setAccess({ db, t }: Tx, studentId: string, setId: string): Work<'open' | 'quiz_first' | 'forbidden'> {
	const { assignments, enrollments } = t;
	const rows = yield* run(
		db
			.select({ open: opensCards(t, studentId) })
			.from(assignments)
			.innerJoin(enrollments, and(eq(enrollments.classId, assignments.classId), eq(enrollments.studentId, studentId)))
			.where(eq(assignments.setId, setId))
	);
	if (!rows.length) return 'forbidden';
	return rows.some((r) => !!r.open) ? 'open' : 'quiz_first';
}

/** "Add this set to my flashcards": new cards for the published questions (approved, not deleted) the student has no card for. */
export function addSetToCards(store: Store, studentId: string, setId: string, now: Date): Promise<{ added: number; existing: number }> {
	return store.write(function* (tx) {
		const access = yield* setAccess(tx, studentId, setId);
		if (access !== 'open') throw new ReviewError(access);
		const { questions } = tx.t;
		const qs = yield* run(
			tx.db
				.select({ id: questions.id })
				.from(questions)
				.where(and(eq(questions.setId, setId), questionsRepo.published(tx.t)))
				.orderBy(asc(questions.position))
		);
		const have = yield* cardsRepo.questionIdsWithCards(tx, studentId, qs.map((q) => q.id));
		let added = 0;
		for (const [i, q] of qs.entries()) {
			if (have.has(q.id)) continue;
			// New cards come in the order they were added: a millisecond apart keeps the set's order.
			const state = newCardState(new Date(now.getTime() + i));
			if (yield* cardsRepo.insertIfAbsent(tx, { id: newId(), studentId, questionId: q.id, ...cardsRepo.stateColumns(state) })) added++;
		}
		return { added, existing: qs.length - added };
	});
}

/** Sets the student may add (see setAccess), with how many of their questions are not cards yet. */
export async function setsToAdd(store: Store, studentId: string) {
	const rows = await store.read(({ db, t }) => {
		const { assignments, cards, classes, enrollments, questions, questionSets } = t;
		return run(
			db
				.select({
					setId: questionSets.id,
					title: questionSets.title,
					className: classes.name,
					questions: count(questions.id),
					missing: sql<number>`sum(case when ${questions.id} is not null and not exists (select 1 from ${cards} where ${cards.studentId} = ${studentId} and ${cards.questionId} = ${questions.id}) then 1 else 0 end)`.mapWith(Number)
				})
				.from(enrollments)
				.innerJoin(classes, eq(classes.id, enrollments.classId))
				.innerJoin(assignments, eq(assignments.classId, enrollments.classId))
				.innerJoin(questionSets, eq(questionSets.id, assignments.setId))
				.leftJoin(questions, and(eq(questions.setId, questionSets.id), questionsRepo.published(t)))
				.where(and(eq(enrollments.studentId, studentId), opensCards(t, studentId)))
				.groupBy(questionSets.id, questionSets.title, classes.id, classes.name)
				.orderBy(desc(max(assignments.publishedAt)))
		);
	});
	return rows.filter((r, i, all) => all.findIndex((x) => x.setId === r.setId) === i);
}

// ---------------------------------------------------------------- statistics

const STATS_WINDOW_DAYS = 371;

function* studyStreak(tx: Tx, studentId: string, today: number, offset: number, windowLogs?: logsRepo.SlimLog[]): Work<number> {
	const from = dayStart(today - STATS_WINDOW_DAYS, offset);
	const logs = windowLogs ?? (yield* logsRepo.since(tx, studentId, from));
	const days = new Set(effective(logs).map((l) => dayNumber(l.reviewedAt, offset)));
	let n = streak(days, today);
	// A streak longer than the window continues with older days (undo rows there are not worth reading).
	if (n > 0 && days.has(today - STATS_WINDOW_DAYS) && n >= STATS_WINDOW_DAYS) {
		for (const d of yield* logsRepo.reviewDaysBefore(tx, studentId, from, offset)) days.add(d);
		n = streak(days, today);
	}
	return n;
}

export function getStats(store: Store, studentId: string, now: Date, offset: number, weekStart: 0 | 1 = 1) {
	return store.read((tx) => stats(tx, studentId, now, offset, weekStart));
}

function* stats(tx: Tx, studentId: string, now: Date, offset: number, weekStart: 0 | 1) {
	const today = dayNumber(now, offset);
	const logs = yield* logsRepo.since(tx, studentId, dayStart(today - STATS_WINDOW_DAYS, offset));
	const reviews = effective(logs);
	const perDay = new Map<number, number>();
	for (const l of reviews) {
		const d = dayNumber(l.reviewedAt, offset);
		perDay.set(d, (perDay.get(d) ?? 0) + 1);
	}
	const within = (days: number) => {
		const from = dayStart(today - days + 1, offset).getTime();
		return reviews.filter((l) => l.reviewedAt.getTime() >= from);
	};
	return {
		today,
		reviewsToday: perDay.get(today) ?? 0,
		streak: yield* studyStreak(tx, studentId, today, offset, logs),
		heatmap: heatmap(perDay, today, 26, weekStart),
		forecast: forecast(yield* cardsRepo.dueByDay(tx, studentId, dayStart(today + 30, offset), offset), today, 30),
		retention: { week: retention(within(7)), month: retention(within(30)), year: retention(within(365)) },
		cards: cardCounts(yield* cardsRepo.countsByState(tx, studentId))
	};
}

export type Stats = Awaited<ReturnType<typeof getStats>>;

// ---------------------------------------------------------------- settings and parameters

export function getSettings(store: Store, studentId: string) {
	return store.read(function* (tx) {
		const s = yield* settingsOf(tx, studentId);
		return { ...s, reviewCount: yield* logsRepo.countReviews(tx, studentId), minReviews: MIN_REVIEWS };
	});
}

export async function saveSettings(store: Store, studentId: string, input: SettingsInput) {
	const parsed = parseSettings(input);
	if ('errors' in parsed) return parsed;
	await store.write((tx) => settingsRepo.upsert(tx, studentId, parsed.values));
	return parsed;
}

function* histories(tx: Tx, studentId: string): Work<CardHistory[]> {
	const rows = yield* logsRepo.history(tx, studentId);
	const kept = rows.filter((r) => r.kind !== 'undo');
	const undone = new Set(rows.filter((r) => r.kind === 'undo' && r.undoes).map((r) => r.undoes));
	const byCard = new Map<string, CardHistory>();
	for (const r of kept) {
		if (undone.has(r.id) || r.rating < 1 || r.rating > 4) continue;
		let h = byCard.get(r.cardId);
		if (!h) byCard.set(r.cardId, (h = []));
		h.push({ rating: r.rating as Grade, at: r.reviewedAt.getTime() });
	}
	return [...byCard.values()];
}

export type OptimizeResult =
	| { status: 'not_enough'; have: number; need: number }
	| { status: 'fitted'; parameters: number[]; metrics: Record<string, number> };

/**
 * Fits the student's parameters to their own log (in the compute pool: a heavy student's fit takes
 * seconds) and saves them for scheduling.
 */
export async function optimizeParameters(store: Store, studentId: string, now: Date, budgetMs = 4000): Promise<OptimizeResult> {
	// The threshold counts reviews as the statistics do; the fit also reads quiz answers.
	const { have, h } = await store.read(function* (tx) {
		const have = yield* logsRepo.countReviews(tx, studentId);
		return { have, h: have < MIN_REVIEWS ? [] : yield* histories(tx, studentId) };
	});
	if (have < MIN_REVIEWS) return { status: 'not_enough', have, need: MIN_REVIEWS - have };
	// The fit stops itself at budgetMs; the pool's budget adds room for a thread to start.
	const outcome = await compute({ kind: 'fit', histories: h, budgetMs }, budgetMs + 10_000);
	if (!outcome.ok || outcome.kind !== 'fit') throw new Error('compute: unexpected outcome for a fit');
	const result = outcome.result;
	const metrics = {
		reviews: have,
		quizAnswers: countAnswers(h) - have,
		scored: result.after.n,
		logLossBefore: result.before.logLoss,
		logLossAfter: result.after.logLoss,
		rmseBefore: result.before.rmse,
		rmseAfter: result.after.rmse
	};
	await store.write((tx) => settingsRepo.upsert(tx, studentId, { parameters: result.parameters, fitMetrics: metrics, fittedAt: now }));
	return { status: 'fitted', parameters: result.parameters, metrics };
}

export async function resetParameters(store: Store, studentId: string): Promise<void> {
	await store.write((tx) => settingsRepo.upsert(tx, studentId, { parameters: null, fitMetrics: null, fittedAt: null }));
}
