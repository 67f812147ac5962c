// The append-only review log: rows are inserted, never updated or deleted. Undo is a new row
// (kind 'undo') naming the review it cancels; readers drop cancelled reviews (srs/queue `effective`).
import { and, asc, desc, eq, gte, lt, notInArray, sql } from 'drizzle-orm';
import { reviewLogs } from '$lib/server/db/schema';
import { perConnection, type Conn } from './conn';
import { run, type Tx, type Work } from '$lib/server/db/store';
import { localDay } from './local-day';
import type Database from 'better-sqlite3';
import type { Db } from '$lib/server/db';

export type NewLog = typeof reviewLogs.$inferInsert;


export function getById(tx: Conn, id: string) {
	return tx.select().from(reviewLogs).where(eq(reviewLogs.id, id)).get();
}

export function* insert({ db, t }: Tx, row: NewLog): Work<void> {
	yield* run(db.insert(t.reviewLogs).values(row));
}

const slim = {
	id: reviewLogs.id,
	cardId: reviewLogs.cardId,
	kind: reviewLogs.kind,
	undoes: reviewLogs.undoes,
	rating: reviewLogs.rating,
	stateBefore: reviewLogs.stateBefore,
	scheduledDays: reviewLogs.scheduledDays,
	reviewedAt: reviewLogs.reviewedAt
};

export type SlimLog = {
	id: string;
	cardId: string;
	kind: 'review' | 'undo' | 'quiz';
	undoes: string | null;
	rating: number;
	stateBefore: number;
	scheduledDays: number;
	reviewedAt: Date;
};

/** A student's rows since an instant, oldest first (review_logs_student_time_idx). */
export function since(tx: Conn, studentId: string, from: Date): SlimLog[] {
	return tx
		.select(slim)
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, studentId), gte(reviewLogs.reviewedAt, from)))
		.orderBy(asc(reviewLogs.reviewedAt))
		.all();
}

/**
 * Reviews since an instant that still count (kind 'review', not undone), per state before the
 * review: the daily caps in one aggregate, so a busy day costs a few rows, not hundreds.
 */
export function effectiveCountsSince(tx: Conn, studentId: string, from: Date): { stateBefore: number; n: number }[] {
	return countsStatement(tx).all({ studentId, from: from.getTime() }); // placeholders in a WHERE are bound as given: epoch ms
}

// Prepared once per connection: it runs on every answer.
function buildCounts(tx: Conn) {
	const p = (name: string) => sql.placeholder(name);
	const undone = tx
		.select({ id: reviewLogs.undoes })
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, p('studentId')), gte(reviewLogs.reviewedAt, p('from')), eq(reviewLogs.kind, 'undo')));
	return tx
		.select({ stateBefore: reviewLogs.stateBefore, n: sql<number>`count(*)` })
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, p('studentId')), gte(reviewLogs.reviewedAt, p('from')), eq(reviewLogs.kind, 'review'), notInArray(reviewLogs.id, undone)))
		.groupBy(reviewLogs.stateBefore)
		.prepare();
}

const countsStatement = perConnection(buildCounts);

/** Full rows since an instant, newest first: what undo chooses from. */
export function recentFull(tx: Conn, studentId: string, from: Date, limit = 500) {
	return tx
		.select()
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, studentId), gte(reviewLogs.reviewedAt, from)))
		.orderBy(desc(reviewLogs.reviewedAt), desc(sql`rowid`))
		.limit(limit)
		.all();
}

/** Local days with a review before `before`, newest first; to extend a streak older than the stats window. */
export function reviewDaysBefore(tx: Conn, studentId: string, before: Date, offset: number): number[] {
	const day = localDay(reviewLogs.reviewedAt, offset);
	return tx
		.selectDistinct({ day })
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, studentId), eq(reviewLogs.kind, 'review'), lt(reviewLogs.reviewedAt, before)))
		.orderBy(desc(day))
		.all()
		.map((r) => r.day);
}

/**
 * The student's reviews as the app counts them everywhere (statistics, settings, the fit's
 * threshold): flashcards answered in a review session, less the undone ones. Quiz answers are not
 * reviews (the fit still reads them as each card's first answer). An undo row cancels one review.
 */
export function countReviews(tx: Conn, studentId: string): number {
	const row = tx
		.select({
			n: sql<number>`coalesce(sum(case when ${reviewLogs.kind} = 'review' then 1 else 0 end), 0) - count(distinct ${reviewLogs.undoes})`
		})
		.from(reviewLogs)
		.where(eq(reviewLogs.studentId, studentId))
		.get();
	return row?.n ?? 0;
}

/** Every graded row of a student (reviews and quiz answers, undo rows too), per card in time order: the optimizer's input. */
export function history(tx: Conn, studentId: string) {
	return tx
		.select({ id: reviewLogs.id, cardId: reviewLogs.cardId, kind: reviewLogs.kind, undoes: reviewLogs.undoes, rating: reviewLogs.rating, reviewedAt: reviewLogs.reviewedAt })
		.from(reviewLogs)
		.where(eq(reviewLogs.studentId, studentId))
		.orderBy(asc(reviewLogs.cardId), asc(reviewLogs.reviewedAt))
		.all();
}

/** The columns of a review row, in the order `writes().insertReview` binds them. */
export type ReviewRowValues = [
	id: string,
	cardId: string,
	studentId: string,
	rating: number,
	stateBefore: number,
	stateAfter: number,
	due: number,
	stability: number,
	difficulty: number,
	elapsedDays: number,
	lastElapsedDays: number,
	scheduledDays: number,
	learningSteps: number,
	durationMs: number | null,
	cardBefore: string,
	reviewedAt: number
];

// Plain better-sqlite3 statements for the path that runs on every answer (see cards.ts `writes`).
function prepareWrites(c: Database.Database) {
	return {
		/** A 'review' row; an existing id inserts nothing (changes 0): the submission was repeated. */
		insertReview: c.prepare<ReviewRowValues>(
			`insert into review_logs (id, card_id, student_id, kind, undoes, rating, state_before, state_after, due, stability, difficulty,
			                          elapsed_days, last_elapsed_days, scheduled_days, learning_steps, duration_ms, card_before, reviewed_at)
			 values (?, ?, ?, 'review', null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			 on conflict (id) do nothing`
		)
	};
}

const preparedWrites = perConnection(prepareWrites);

/** Prepared once per connection: the statements recording a review runs on every answer. */
export const writes = (db: Db) => preparedWrites(db.$client);
