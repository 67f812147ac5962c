// The append-only review log: rows are inserted, never updated or deleted. Undo is a new row
// (kind 'undo') naming the review it cancels; readers drop cancelled reviews (srs/queue `effective`).
import { and, asc, count, desc, eq, gte, lt, notInArray, sql } from 'drizzle-orm';
import type { ReviewLogRow as ReviewLog } from '$lib/server/db/schema';
import { perConnection } from '../db/per-connection';
import { localDay } from './local-day';
import type Database from 'better-sqlite3';
import type { Db } from '$lib/server/db';
import { call, first, instant, prepared, run, type Tables, type Tx, type Work } from '$lib/server/db/store';

export type NewLog = Tables['reviewLogs']['$inferInsert'];

export function* getById({ db, t }: Tx, id: string): Work<ReviewLog | undefined> {
	return yield* first(db.select().from(t.reviewLogs).where(eq(t.reviewLogs.id, id)).limit(1));
}

export function* insert({ db, t }: Tx, row: NewLog): Work<void> {
	yield* run(db.insert(t.reviewLogs).values(row));
}

const slim = ({ reviewLogs }: Tables) => ({
	id: reviewLogs.id,
	cardId: reviewLogs.cardId,
	kind: reviewLogs.kind,
	undoes: reviewLogs.undoes,
	rating: reviewLogs.rating,
	stateBefore: reviewLogs.stateBefore,
	scheduledDays: reviewLogs.scheduledDays,
	reviewedAt: reviewLogs.reviewedAt
});

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
export function* since({ db, t }: Tx, studentId: string, from: Date): Work<SlimLog[]> {
	const { reviewLogs } = t;
	return yield* run(
		db
			.select(slim(t))
			.from(reviewLogs)
			.where(and(eq(reviewLogs.studentId, studentId), gte(reviewLogs.reviewedAt, from)))
			.orderBy(asc(reviewLogs.reviewedAt))
	);
}

/**
 * Reviews since an instant that still count (kind 'review', not undone), per state before the
 * review: the daily caps in one aggregate, so a busy day costs a few rows, not hundreds. Prepared
 * once per connection: it runs on every answer.
 */
export function* effectiveCountsSince(tx: Tx, studentId: string, from: Date): Work<{ stateBefore: number; n: number }[]> {
	const p = (name: string) => sql.placeholder(name);
	return yield* prepared<{ stateBefore: number; n: number }>(
		tx,
		'effective_counts',
		({ db, t }) => {
			const { reviewLogs } = t;
			const undone = db
				.select({ id: reviewLogs.undoes })
				.from(reviewLogs)
				.where(and(eq(reviewLogs.studentId, p('studentId')), gte(reviewLogs.reviewedAt, p('from')), eq(reviewLogs.kind, 'undo')));
			return db
				.select({ stateBefore: reviewLogs.stateBefore, n: count() })
				.from(reviewLogs)
				.where(and(eq(reviewLogs.studentId, p('studentId')), gte(reviewLogs.reviewedAt, p('from')), eq(reviewLogs.kind, 'review'), notInArray(reviewLogs.id, undone)))
				.groupBy(reviewLogs.stateBefore);
		},
		{ studentId, from: instant(tx, from) }
	);
}

/**
 * Full rows since an instant, newest first: what undo chooses from. Rows of one instant come in
 * the order they were written on SQLite (rowid); PostgreSQL has no such order, and takes the id.
 */
export function* recentFull({ db, t, dialect }: Tx, studentId: string, from: Date, limit = 500): Work<ReviewLog[]> {
	const { reviewLogs } = t;
	return yield* run(
		db
			.select()
			.from(reviewLogs)
			.where(and(eq(reviewLogs.studentId, studentId), gte(reviewLogs.reviewedAt, from)))
			.orderBy(desc(reviewLogs.reviewedAt), dialect === 'sqlite' ? desc(sql`rowid`) : desc(reviewLogs.id))
			.limit(limit)
	);
}

/** Local days with a review before `before`, newest first; to extend a streak older than the stats window. */
export function* reviewDaysBefore({ db, t, dialect }: Tx, studentId: string, before: Date, offset: number): Work<number[]> {
	const { reviewLogs } = t;
	const day = localDay(dialect, reviewLogs.reviewedAt, offset);
	const rows = yield* run(
		db
			.selectDistinct({ day })
			.from(reviewLogs)
			.where(and(eq(reviewLogs.studentId, studentId), eq(reviewLogs.kind, 'review'), lt(reviewLogs.reviewedAt, before)))
			.orderBy(desc(day))
	);
	return rows.map((r) => r.day);
}

/**
 * The student's reviews as the app counts them everywhere (statistics, settings, the fit's
 * threshold): flashcards answered in a review session, less the undone ones. Quiz answers are not
 * reviews (the fit still reads them as each card's first answer). An undo row cancels one review.
 */
export function* countReviews({ db, t }: Tx, studentId: string): Work<number> {
	const { reviewLogs } = t;
	const row = yield* first(
		db
			.select({
				n: sql<number>`coalesce(sum(case when ${reviewLogs.kind} = 'review' then 1 else 0 end), 0) - count(distinct ${reviewLogs.undoes})`.mapWith(Number)
			})
			.from(reviewLogs)
			.where(eq(reviewLogs.studentId, studentId))
	);
	return row?.n ?? 0;
}

/** Every graded row of a student (reviews and quiz answers, undo rows too), per card in time order: the optimizer's input. */
export function* history({ db, t }: Tx, studentId: string) {
	const { reviewLogs } = t;
	return yield* run(
		db
			.select({ id: reviewLogs.id, cardId: reviewLogs.cardId, kind: reviewLogs.kind, undoes: reviewLogs.undoes, rating: reviewLogs.rating, reviewedAt: reviewLogs.reviewedAt })
			.from(reviewLogs)
			.where(eq(reviewLogs.studentId, studentId))
			.orderBy(asc(reviewLogs.cardId), asc(reviewLogs.reviewedAt))
	);
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
const writes = (db: Db) => preparedWrites(db.$client);

/** Appends a 'review' row; false when its id is already there (the submission was repeated). */
export function* insertReview(tx: Tx, values: ReviewRowValues): Work<boolean> {
	if (tx.dialect === 'sqlite') {
		const statement = writes(tx.db as unknown as Db).insertReview;
		return yield* call(() => statement.run(...values).changes > 0);
	}
	const [id, cardId, studentId, rating, stateBefore, stateAfter, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, durationMs, cardBefore, reviewedAt] = values;
	const { reviewLogs } = tx.t;
	const added = yield* run(
		tx.db
			.insert(reviewLogs)
			.values({ id, cardId, studentId, kind: 'review', rating, stateBefore, stateAfter, due: new Date(due), stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, durationMs, cardBefore: JSON.parse(cardBefore), reviewedAt: new Date(reviewedAt) })
			.onConflictDoNothing({ target: reviewLogs.id })
			.returning({ id: reviewLogs.id })
	);
	return added.length > 0;
}
