// The append-only review log: rows are inserted, never updated or deleted. Undo is a new row
// (kind 'undo') naming the review it cancels; readers drop cancelled reviews (srs/queue `effective`).
import { and, asc, desc, eq, gte, lt, notInArray, sql } from 'drizzle-orm';
import { reviewLogs } from '$lib/server/db/schema';
import type { Tx } from './cards';
import type { Db } from '$lib/server/db';

export type NewLog = typeof reviewLogs.$inferInsert;


export function getById(tx: Tx, id: string) {
	return tx.select().from(reviewLogs).where(eq(reviewLogs.id, id)).get();
}

export function insert(tx: Tx, row: NewLog): void {
	tx.insert(reviewLogs).values(row).run();
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
export function since(tx: Tx, studentId: string, from: Date): SlimLog[] {
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
export function effectiveCountsSince(tx: Tx, studentId: string, from: Date): { stateBefore: number; n: number }[] {
	let q = countsStatements.get(tx);
	if (!q) countsStatements.set(tx, (q = buildCounts(tx)));
	return q.all({ studentId, from: from.getTime() }); // placeholders in a WHERE are bound as given: epoch ms
}

// Prepared once per connection: it runs on every answer.
function buildCounts(tx: Tx) {
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

const countsStatements = new WeakMap<Tx, ReturnType<typeof buildCounts>>();

/** Full rows since an instant, newest first: what undo chooses from. */
export function recentFull(tx: Tx, studentId: string, from: Date, limit = 500) {
	return tx
		.select()
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, studentId), gte(reviewLogs.reviewedAt, from)))
		.orderBy(desc(reviewLogs.reviewedAt), desc(sql`rowid`))
		.limit(limit)
		.all();
}

/** Local days with a review before `before`, newest first; to extend a streak older than the stats window. */
export function reviewDaysBefore(tx: Tx, studentId: string, before: Date, offset: number): number[] {
	const day = sql<number>`(cast(${reviewLogs.reviewedAt} + ${offset * 60_000} as integer) / 86400000)`;
	return tx
		.selectDistinct({ day })
		.from(reviewLogs)
		.where(and(eq(reviewLogs.studentId, studentId), eq(reviewLogs.kind, 'review'), lt(reviewLogs.reviewedAt, before)))
		.orderBy(desc(day))
		.all()
		.map((r) => r.day);
}

/** Every graded row of a student (reviews and quiz answers, undo rows too), per card in time order: the optimizer's input. */
export function history(tx: Tx, studentId: string) {
	return tx
		.select({ id: reviewLogs.id, cardId: reviewLogs.cardId, kind: reviewLogs.kind, undoes: reviewLogs.undoes, rating: reviewLogs.rating, reviewedAt: reviewLogs.reviewedAt })
		.from(reviewLogs)
		.where(eq(reviewLogs.studentId, studentId))
		.orderBy(asc(reviewLogs.cardId), asc(reviewLogs.reviewedAt))
		.all();
}

function prepareWrites(db: Db) {
	const p = (name: string) => sql.placeholder(name);
	return {
		getById: db.select().from(reviewLogs).where(eq(reviewLogs.id, p('id'))).prepare(),
		insert: db
			.insert(reviewLogs)
			.values({
				id: p('id'),
				cardId: p('cardId'),
				studentId: p('studentId'),
				kind: p('kind'),
				undoes: p('undoes'),
				rating: p('rating'),
				stateBefore: p('stateBefore'),
				stateAfter: p('stateAfter'),
				due: p('due'),
				stability: p('stability'),
				difficulty: p('difficulty'),
				elapsedDays: p('elapsedDays'),
				lastElapsedDays: p('lastElapsedDays'),
				scheduledDays: p('scheduledDays'),
				learningSteps: p('learningSteps'),
				durationMs: p('durationMs'),
				cardBefore: p('cardBefore'),
				reviewedAt: p('reviewedAt')
			})
			.onConflictDoNothing({ target: reviewLogs.id })
			.prepare()
	};
}

const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareWrites>>();

/** Prepared once per database: the statements recording a review runs on every answer. */
export function writes(db: Db) {
	let w = preparedByDb.get(db);
	if (!w) preparedByDb.set(db, (w = prepareWrites(db)));
	return w;
}
