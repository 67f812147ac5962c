// Review use cases: today's session, recording a review, undo, adding cards (from a quiz or a
// whole set), statistics, settings and the parameter fit. Each write is one transaction that
// composes the repositories with the pure scheduler (src/lib/srs).
import { and, eq, asc, sql, desc } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { assignments, cards, classes, enrollments, questions, questionSets, quizAttempts } from '$lib/server/db/schema';
import * as schema from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import * as cardsRepo from '$lib/server/repo/cards';
import * as logsRepo from '$lib/server/repo/review-logs';
import * as questionsRepo from '$lib/server/repo/questions';
import * as settingsRepo from '$lib/server/repo/study-settings';
import { perConnection, type Conn } from '$lib/server/repo/conn';
import { runNow } from '$lib/server/db/sqlite-store';
import type { Tx, Work } from '$lib/server/db/store';
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

export function getSession(db: Db, studentId: string, now: Date, offset: number, opts: ServiceOptions = {}): Session {
	const today = dayNumber(now, offset);
	const start = dayStart(today, offset);
	const end = dayStart(today + 1, offset);
	const settings = runNow(db, (r) => settingsOf(r, studentId));
	const done = doneToday(logsRepo.effectiveCountsSince(db, studentId, start));
	const left = remainingLimits(settings, done);

	const queue = buildQueue({
		now,
		learning: cardsRepo.learningDue(db, studentId, end, HEAD),
		learningCount: cardsRepo.countLearningDue(db, studentId, end, MAX_LEARNING_COUNT),
		reviews: cardsRepo.reviewsDue(db, studentId, end, Math.min(left.reviewsLeft, HEAD)),
		reviewCount: cardsRepo.countReviewsDue(db, studentId, end, left.reviewsLeft),
		newCards: cardsRepo.newCards(db, studentId, Math.min(left.newLeft, HEAD)),
		newCount: cardsRepo.countNew(db, studentId, left.newLeft)
	});

	const reviewedToday = done.total;
	const session: Session = {
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
		session.current = cardView(db, head, now, cachedScheduler(settings.desiredRetention, settings.parameters, opts.fuzz ?? true));
		return session;
	}
	session.nextDue = queue.nextLearningDue ?? cardsRepo.nextDue(db, studentId, now);
	session.limitReached = {
		new: left.newLeft === 0 && cardsRepo.countNew(db, studentId, 1) > 0,
		review: left.reviewsLeft === 0 && cardsRepo.countReviewsDue(db, studentId, end, 1) > 0
	};
	session.streak = studyStreak(db, studentId, today, offset);
	session.totalCards = cardCounts(cardsRepo.countsByState(db, studentId)).total;
	return session;
}

function cardView(db: Db, cardId: string, now: Date, f: ReturnType<typeof createScheduler>): CardView | null {
	const row = cardsRepo.view(db, cardId);
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
export function suggestRating(db: Db, studentId: string, cardId: string, typed: string): { verdict: 'correct' | 'close' | 'wrong'; rating: Grade } | null {
	const row = cardsRepo.view(db, cardId);
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

export function recordReview(db: Db, input: ReviewInput, opts: ServiceOptions = {}): ReviewOutcome {
	return recorderFor(db)(input, opts.fuzz ?? true);
}

// One better-sqlite3 transaction function per connection, built once: drizzle's `transaction`
// builds a new one (and a transaction object) on every call, which costs as much as the writes.
const recorderFor = perConnection((db: Db) => {
	const cardsW = cardsRepo.writes(db);
	const logsW = logsRepo.writes(db);
	// Its statements and the drizzle reads of the repeated-submission path share the connection,
	// so all of them run inside this transaction.
	const duplicate = (input: ReviewInput): ReviewOutcome | null => {
		const existing = logsRepo.getById(db, input.reviewId);
		if (!existing) return null;
		if (existing.studentId !== input.studentId || existing.kind !== 'review') throw new ReviewError('conflict');
		return { reviewId: existing.id, cardId: existing.cardId, rating: existing.rating, state: existing.stateAfter, due: nextDueAfter(db, existing), duplicate: true };
	};
	return db.$client.transaction((input: ReviewInput, fuzz: boolean): ReviewOutcome => {
		const owned = cardsW.ownedWithSettings.get(input.cardId, input.studentId);
		if (!owned) return duplicate(input) ?? notRecorded('not_found');
		const [rowid, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, desiredRetention, parameters] = owned;
		if (suspended) return duplicate(input) ?? notRecorded('suspended');
		const before: StoredCardState = { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview };
		const f = schedulerFor(desiredRetention ?? DEFAULT_RETENTION, parameters, fuzz);
		const { card: after, log } = reviewStored(f, before, input.now.getTime(), input.rating, input.cardId);
		const duration = input.durationMs == null || !Number.isFinite(input.durationMs) ? null : Math.round(Math.min(MAX_DURATION_MS, Math.max(0, input.durationMs)));
		// The log row goes first: if its id exists, this is a repeated submission and nothing is written.
		const inserted = logsW.insertReview.run(
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
		).changes;
		if (!inserted) return duplicate(input)!;
		cardsW.update.run(
			after.due,
			after.stability,
			after.difficulty,
			after.elapsedDays,
			after.scheduledDays,
			after.learningSteps,
			after.reps,
			after.lapses,
			after.state,
			after.lastReview,
			rowid
		);
		return { reviewId: input.reviewId, cardId: input.cardId, rating: input.rating, state: after.state, due: new Date(after.due), duplicate: false };
	});
});

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
function nextDueAfter(tx: Conn, log: { cardId: string; reviewedAt: Date }): Date {
	return cardsRepo.getById(tx, log.cardId)?.due ?? log.reviewedAt;
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
export function undoLast(db: Db, input: { studentId: string; undoId: string; now: Date; offset: number }): UndoOutcome {
	return db.transaction((tx) => {
		const existing = logsRepo.getById(tx, input.undoId);
		if (existing) {
			if (existing.studentId !== input.studentId || existing.kind !== 'undo' || !existing.undoes) throw new ReviewError('conflict');
			return { undoId: existing.id, cardId: existing.cardId, undone: existing.undoes, duplicate: true };
		}
		const start = dayStart(dayNumber(input.now, input.offset), input.offset);
		const target = effective(logsRepo.recentFull(tx, input.studentId, start))[0];
		if (!target || !target.cardBefore) throw new ReviewError('nothing_to_undo');
		const card = cardsRepo.getById(tx, target.cardId);
		if (!card) throw new ReviewError('nothing_to_undo');
		const current = cardsRepo.stateOf(card);
		const restored = fromSnapshot(target.cardBefore);
		cardsRepo.updateState(tx, card.id, restored);
		const at = new Date(Math.max(input.now.getTime(), target.reviewedAt.getTime()));
		runNow(tx, (r) => logsRepo.insert(r, {
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
		}));
		return { undoId: input.undoId, cardId: card.id, undone: target.id, duplicate: false };
	});
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
const opensCards = (studentId: string) =>
	sql<boolean>`(${assignments.studyMaterial} = 1 or exists (select 1 from ${quizAttempts} where ${quizAttempts.assignmentId} = ${assignments.id} and ${quizAttempts.studentId} = ${studentId} and ${quizAttempts.submittedAt} is not null))`;

/** Whether the student may turn a set into flashcards, by an assignment in one of their classes (opensCards). */
export function setAccess(db: Conn, studentId: string, setId: string): 'open' | 'quiz_first' | 'forbidden' {
	const rows = db
		.select({ open: opensCards(studentId) })
		.from(assignments)
		.innerJoin(enrollments, and(eq(enrollments.classId, assignments.classId), eq(enrollments.studentId, studentId)))
		.where(eq(assignments.setId, setId))
		.all();
	if (!rows.length) return 'forbidden';
	return rows.some((r) => !!r.open) ? 'open' : 'quiz_first';
}

/** "Add this set to my flashcards": new cards for the published questions (approved, not deleted) the student has no card for. */
export function addSetToCards(db: Db, studentId: string, setId: string, now: Date): { added: number; existing: number } {
	return db.transaction((tx) => {
		const access = setAccess(tx, studentId, setId);
		if (access !== 'open') throw new ReviewError(access);
		const qs = tx
			.select({ id: questions.id })
			.from(questions)
			.where(and(eq(questions.setId, setId), questionsRepo.published(schema)))
			.orderBy(asc(questions.position))
			.all();
		const have = cardsRepo.questionIdsWithCards(tx, studentId, qs.map((q) => q.id));
		let added = 0;
		qs.forEach((q, i) => {
			if (have.has(q.id)) return;
			// New cards come in the order they were added: a millisecond apart keeps the set's order.
			const state = newCardState(new Date(now.getTime() + i));
			if (runNow(tx, (r) => cardsRepo.insertIfAbsent(r, { id: newId(), studentId, questionId: q.id, ...cardsRepo.stateColumns(state) }))) added++;
		});
		return { added, existing: qs.length - added };
	});
}

/** Sets the student may add (see setAccess), with how many of their questions are not cards yet. */
export function setsToAdd(db: Db, studentId: string) {
	return db
		.select({
			setId: questionSets.id,
			title: questionSets.title,
			className: classes.name,
			questions: sql<number>`count(${questions.id})`,
			missing: sql<number>`sum(case when ${questions.id} is not null and not exists (select 1 from ${cards} where ${cards.studentId} = ${studentId} and ${cards.questionId} = ${questions.id}) then 1 else 0 end)`
		})
		.from(enrollments)
		.innerJoin(classes, eq(classes.id, enrollments.classId))
		.innerJoin(assignments, eq(assignments.classId, enrollments.classId))
		.innerJoin(questionSets, eq(questionSets.id, assignments.setId))
		.leftJoin(questions, and(eq(questions.setId, questionSets.id), questionsRepo.published(schema)))
		.where(
			and(eq(enrollments.studentId, studentId), opensCards(studentId))
		)
		.groupBy(questionSets.id, classes.id)
		.orderBy(desc(assignments.publishedAt))
		.all()
		.filter((r, i, all) => all.findIndex((x) => x.setId === r.setId) === i);
}

// ---------------------------------------------------------------- statistics

const STATS_WINDOW_DAYS = 371;

function studyStreak(db: Conn, studentId: string, today: number, offset: number, windowLogs?: logsRepo.SlimLog[]): number {
	const from = dayStart(today - STATS_WINDOW_DAYS, offset);
	const logs = windowLogs ?? logsRepo.since(db, studentId, from);
	const days = new Set(effective(logs).map((l) => dayNumber(l.reviewedAt, offset)));
	let n = streak(days, today);
	// A streak longer than the window continues with older days (undo rows there are not worth reading).
	if (n > 0 && days.has(today - STATS_WINDOW_DAYS) && n >= STATS_WINDOW_DAYS) {
		for (const d of logsRepo.reviewDaysBefore(db, studentId, from, offset)) days.add(d);
		n = streak(days, today);
	}
	return n;
}

export function getStats(db: Db, studentId: string, now: Date, offset: number, weekStart: 0 | 1 = 1) {
	const today = dayNumber(now, offset);
	const logs = logsRepo.since(db, studentId, dayStart(today - STATS_WINDOW_DAYS, offset));
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
		streak: studyStreak(db, studentId, today, offset, logs),
		heatmap: heatmap(perDay, today, 26, weekStart),
		forecast: forecast(cardsRepo.dueByDay(db, studentId, dayStart(today + 30, offset), offset), today, 30),
		retention: { week: retention(within(7)), month: retention(within(30)), year: retention(within(365)) },
		cards: cardCounts(cardsRepo.countsByState(db, studentId))
	};
}

export type Stats = ReturnType<typeof getStats>;

// ---------------------------------------------------------------- settings and parameters

export function getSettings(db: Db, studentId: string) {
	const s = runNow(db, (r) => settingsOf(r, studentId));
	return { ...s, reviewCount: logsRepo.countReviews(db, studentId), minReviews: MIN_REVIEWS };
}

export function saveSettings(db: Db, studentId: string, input: SettingsInput) {
	const parsed = parseSettings(input);
	if ('errors' in parsed) return parsed;
	db.transaction((tx) => runNow(tx, (r) => settingsRepo.upsert(r, studentId, parsed.values)));
	return parsed;
}

function histories(db: Conn, studentId: string): CardHistory[] {
	const rows = logsRepo.history(db, studentId);
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
export async function optimizeParameters(db: Db, studentId: string, now: Date, budgetMs = 4000): Promise<OptimizeResult> {
	// The threshold counts reviews as the statistics do; the fit also reads quiz answers.
	const have = logsRepo.countReviews(db, studentId);
	if (have < MIN_REVIEWS) return { status: 'not_enough', have, need: MIN_REVIEWS - have };
	const h = histories(db, studentId);
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
	db.transaction((tx) => runNow(tx, (r) => settingsRepo.upsert(r, studentId, { parameters: result.parameters, fitMetrics: metrics, fittedAt: now })));
	return { status: 'fitted', parameters: result.parameters, metrics };
}

export function resetParameters(db: Db, studentId: string): void {
	db.transaction((tx) => runNow(tx, (r) => settingsRepo.upsert(r, studentId, { parameters: null, fitMetrics: null, fittedAt: null })));
}
