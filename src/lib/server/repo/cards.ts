// Queries on `cards` (FSRS state per student and question). Every reader joins the question so a
// card always shows the question's current wording and a deleted question's cards stay hidden.
import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { articles, cards, questions, questionSets, type CardRow } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db';
import type { CardState } from '$lib/srs/scheduler';
import type { QueueCard } from '$lib/srs/queue';
import { perConnection, type Conn } from './conn';
import { run, type Tx, type Work } from '$lib/server/db/store';
import { localDay } from './local-day';

const live = and(eq(cards.suspended, false), isNull(questions.deletedAt));

export function stateOf(row: CardRow): CardState {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsedDays: row.elapsedDays,
		scheduledDays: row.scheduledDays,
		learningSteps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		lastReview: row.lastReview
	};
}

export function stateColumns(s: CardState) {
	return {
		due: s.due,
		stability: s.stability,
		difficulty: s.difficulty,
		elapsedDays: s.elapsedDays,
		scheduledDays: s.scheduledDays,
		learningSteps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state,
		lastReview: s.lastReview
	};
}

export function getById(tx: Conn, cardId: string) {
	return tx.select().from(cards).where(eq(cards.id, cardId)).get();
}

/** Inserts unless the student already has a card for the question; true when inserted. */
export function* insertIfAbsent({ db, t }: Tx, row: typeof cards.$inferInsert): Work<boolean> {
	const { cards } = t;
	const added = yield* run(db.insert(cards).values(row).onConflictDoNothing({ target: [cards.studentId, cards.questionId] }).returning({ id: cards.id }));
	return added.length === 1;
}

export function updateState(tx: Conn, cardId: string, s: CardState): void {
	tx.update(cards).set(stateColumns(s)).where(eq(cards.id, cardId)).run();
}

const queueColumns = { id: cards.id, state: cards.state, due: cards.due };
// Placeholders compared in a WHERE are bound as given (no column mapping): instants go in as epoch ms.
const ph = (name: string) => sql.placeholder(name);

// The queue's statements run on every answer; building and preparing them once per connection
// (instead of per call) is most of what keeps today's queue fast for a student with 100k cards.
const statementCache = perConnection((_: Conn) => new Map<string, unknown>());
function stmt<T>(tx: Conn, name: string, build: () => T): T {
	const m = statementCache(tx);
	let s = m.get(name) as T | undefined;
	if (!s) m.set(name, (s = build()));
	return s;
}

function dueInStates(tx: Conn, states: number[]) {
	return stmt(tx, `due:${states}`, () =>
		tx
			.select(queueColumns)
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(and(eq(cards.studentId, ph('studentId')), live, inArray(cards.state, states), lt(cards.due, ph('before'))))
			.orderBy(asc(cards.due))
			.limit(ph('limit'))
			.prepare()
	);
}

/** Learning and relearning cards due before `before` (the end of the student's day), by due. */
export function learningDue(tx: Conn, studentId: string, before: Date, limit: number): QueueCard[] {
	return limit > 0 ? dueInStates(tx, [1, 3]).all({ studentId, before: before.getTime(), limit }) : [];
}

/** Review cards due before `before`, oldest first. */
export function reviewsDue(tx: Conn, studentId: string, before: Date, limit: number): QueueCard[] {
	return limit > 0 ? dueInStates(tx, [2]).all({ studentId, before: before.getTime(), limit }) : [];
}

/** Counts at most `cap` rows: the page shows "200" whether 200 or 20,000 are waiting. */
function cappedCount(tx: Conn, states: number[], withBefore: boolean) {
	return stmt(tx, `count:${states}:${withBefore}`, () => {
		const inner = tx
			.select({ one: sql`1` })
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(and(eq(cards.studentId, ph('studentId')), live, inArray(cards.state, states), withBefore ? lt(cards.due, ph('before')) : undefined))
			.limit(ph('cap'))
			.as('capped');
		return tx.select({ n: sql<number>`count(*)` }).from(inner).prepare();
	});
}

export const countReviewsDue = (tx: Conn, studentId: string, before: Date, cap: number) =>
	cap > 0 ? (cappedCount(tx, [2], true).get({ studentId, before: before.getTime(), cap })?.n ?? 0) : 0;
export const countLearningDue = (tx: Conn, studentId: string, before: Date, cap: number) =>
	cap > 0 ? (cappedCount(tx, [1, 3], true).get({ studentId, before: before.getTime(), cap })?.n ?? 0) : 0;
export const countNew = (tx: Conn, studentId: string, cap: number) => (cap > 0 ? (cappedCount(tx, [0], false).get({ studentId, cap })?.n ?? 0) : 0);

/** New cards in the order they were added (their `due` is their creation time). */
export function newCards(tx: Conn, studentId: string, limit: number): QueueCard[] {
	if (limit <= 0) return [];
	return stmt(tx, 'new', () =>
		tx
			.select(queueColumns)
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(and(eq(cards.studentId, ph('studentId')), live, eq(cards.state, 0)))
			.orderBy(asc(cards.due))
			.limit(ph('limit'))
			.prepare()
	).all({ studentId, limit });
}

/** Everything the review page shows about a card: the question as it reads today and its set. */
export function view(tx: Conn, cardId: string) {
	return stmt(tx, 'view', () =>
		tx
			.select({
				card: cards,
				question: {
					id: questions.id,
					type: questions.type,
					prompt: questions.prompt,
					answer: questions.answer,
					answerValue: questions.answerValue,
					choices: questions.choices,
					evidenceText: questions.evidenceText,
					deletedAt: questions.deletedAt
				},
				set: { id: questionSets.id, title: questionSets.title, lang: questionSets.lang, articleId: questionSets.articleId },
				/** The article's publication date: typed answers like "hier" are read against it, as in quizzes. */
				publishedAt: articles.publishedAt
			})
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.innerJoin(questionSets, eq(questionSets.id, questions.setId))
			.innerJoin(articles, eq(articles.id, questionSets.articleId))
			.where(eq(cards.id, ph('cardId')))
			.prepare()
	).get({ cardId });
}

/** The earliest due among cards already started (new cards are not "due" in that sense). */
export function nextDue(tx: Conn, studentId: string, after: Date): Date | null {
	const row = tx
		.select({ due: sql<number>`min(${cards.due})` })
		.from(cards)
		.innerJoin(questions, eq(questions.id, cards.questionId))
		.where(and(eq(cards.studentId, studentId), live, inArray(cards.state, [1, 2, 3]), gte(cards.due, after)))
		.get();
	return row?.due != null ? new Date(row.due) : null;
}

/** Started cards due before `until`, counted per local day (offset in minutes east of UTC). */
export function dueByDay(tx: Conn, studentId: string, until: Date, offset: number) {
	const day = localDay(cards.due, offset);
	return tx
		.select({ day, count: sql<number>`count(*)` })
		.from(cards)
		.innerJoin(questions, eq(questions.id, cards.questionId))
		.where(and(eq(cards.studentId, studentId), live, inArray(cards.state, [1, 2, 3]), lte(cards.due, until)))
		.groupBy(day)
		.all();
}

/** Card counts per state; cards of deleted questions count as suspended. */
export function countsByState(tx: Conn, studentId: string) {
	return tx
		.select({
			state: cards.state,
			suspended: sql<boolean>`(${cards.suspended} or ${questions.deletedAt} is not null)`.mapWith(Boolean),
			count: sql<number>`count(*)`
		})
		.from(cards)
		.innerJoin(questions, eq(questions.id, cards.questionId))
		.where(eq(cards.studentId, studentId))
		.groupBy(cards.state, sql`2`)
		.all();
}

export function questionIdsWithCards(tx: Conn, studentId: string, questionIds: string[]): Set<string> {
	if (questionIds.length === 0) return new Set();
	const rows = tx
		.select({ q: cards.questionId })
		.from(cards)
		.where(and(eq(cards.studentId, studentId), inArray(cards.questionId, questionIds)))
		.all();
	return new Set(rows.map((r) => r.q));
}

// Recording a review is the hot path (every answer), so its statements are plain better-sqlite3
// statements prepared once per connection: drizzle's per-call placeholder filling and row mapping
// cost more than the statements themselves. Columns come back raw: instants as epoch ms,
// booleans as 0/1, JSON as text.

/**
 * A student's card with what recording a review needs, as one positional row (better-sqlite3's
 * raw mode: no object per row): the FSRS fields, then flags and the owner's settings.
 */
export type OwnedCardRow = [
	rowid: number,
	due: number,
	stability: number,
	difficulty: number,
	elapsedDays: number,
	scheduledDays: number,
	learningSteps: number,
	reps: number,
	lapses: number,
	state: number,
	lastReview: number | null,
	/** Also set while the card's question is deleted or rejected: the question-sets service keeps it so. */
	suspended: 0 | 1,
	desiredRetention: number | null,
	/** study_settings.parameters as stored (JSON text). */
	parameters: string | null
];

function prepareWrites(c: Database.Database) {
	return {
		/** (cardId, studentId): the card and its owner's settings in one read. */
		ownedWithSettings: c
			.prepare<[string, string], OwnedCardRow>(
				`select c.rowid, c.due, c.stability, c.difficulty, c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses,
				        c.state, c.last_review, c.suspended, s.desired_retention, s.parameters
				   from cards c
				   left join study_settings s on s.student_id = c.student_id
				  where c.id = ? and c.student_id = ?`
			)
			.raw(true),
		/** (due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, rowid) */
		// By rowid, read just before in the same transaction: one B-tree search fewer than by id.
		update: c.prepare<[number, number, number, number, number, number, number, number, number, number | null, number]>(
			`update cards set due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?, learning_steps = ?,
			        reps = ?, lapses = ?, state = ?, last_review = ?
			  where rowid = ?`
		)
	};
}

const preparedWrites = perConnection(prepareWrites);

export const writes = (db: Db) => preparedWrites(db.$client);
