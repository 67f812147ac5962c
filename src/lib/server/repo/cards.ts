// Queries on `cards` (FSRS state per student and question). Every reader joins the question so a
// card always shows the question's current wording and a deleted question's cards stay hidden.
import { and, asc, count, eq, gte, inArray, isNull, lt, lte, min, sql } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { CardRow } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db';
import type { CardState, StoredCardState } from '$lib/srs/scheduler';
import type { QueueCard } from '$lib/srs/queue';
import { perConnection } from '../db/per-connection';
import { localDay } from './local-day';
import { call, first, instant, prepared, run, type Tables, type Tx, type Work } from '$lib/server/db/store';

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

export function* getById({ db, t }: Tx, cardId: string): Work<CardRow | undefined> {
	return yield* first(db.select().from(t.cards).where(eq(t.cards.id, cardId)).limit(1));
}

/** Inserts unless the student already has a card for the question; true when inserted. */
export function* insertIfAbsent({ db, t }: Tx, row: Tables['cards']['$inferInsert']): Work<boolean> {
	const { cards } = t;
	const added = yield* run(db.insert(cards).values(row).onConflictDoNothing({ target: [cards.studentId, cards.questionId] }).returning({ id: cards.id }));
	return added.length === 1;
}

export function* updateState({ db, t }: Tx, cardId: string, s: CardState): Work<void> {
	yield* run(db.update(t.cards).set(stateColumns(s)).where(eq(t.cards.id, cardId)));
}

const live = ({ cards, questions }: Tables) => and(eq(cards.suspended, false), isNull(questions.deletedAt));
const queueColumns = ({ cards }: Tables) => ({ id: cards.id, state: cards.state, due: cards.due });
const ph = (name: string) => sql.placeholder(name);

// The queue's statements run on every answer: prepared once per connection (store.ts `prepared`),
// which is most of what keeps today's queue fast for a student with 100k cards.
function* dueInStates(tx: Tx, states: number[], studentId: string, before: Date, limit: number): Work<QueueCard[]> {
	return yield* prepared<QueueCard>(
		tx,
		`due_${states.join('_')}`,
		({ db, t }) =>
			db
				.select(queueColumns(t))
				.from(t.cards)
				.innerJoin(t.questions, eq(t.questions.id, t.cards.questionId))
				.where(and(eq(t.cards.studentId, ph('studentId')), live(t), inArray(t.cards.state, states), lt(t.cards.due, ph('before'))))
				.orderBy(asc(t.cards.due))
				.limit(ph('limit')),
		{ studentId, before: instant(tx, before), limit }
	);
}

/** Learning and relearning cards due before `before` (the end of the student's day), by due. */
export function* learningDue(tx: Tx, studentId: string, before: Date, limit: number): Work<QueueCard[]> {
	return limit > 0 ? yield* dueInStates(tx, [1, 3], studentId, before, limit) : [];
}

/** Review cards due before `before`, oldest first. */
export function* reviewsDue(tx: Tx, studentId: string, before: Date, limit: number): Work<QueueCard[]> {
	return limit > 0 ? yield* dueInStates(tx, [2], studentId, before, limit) : [];
}

/** Counts at most `cap` rows: the page shows "200" whether 200 or 20,000 are waiting. */
function* cappedCount(tx: Tx, states: number[], values: { studentId: string; before?: Date; cap: number }): Work<number> {
	const withBefore = values.before !== undefined;
	const rows = yield* prepared<{ n: number }>(
		tx,
		`count_${states.join('_')}_${withBefore}`,
		({ db, t }) => {
			const inner = db
				.select({ one: sql`1` })
				.from(t.cards)
				.innerJoin(t.questions, eq(t.questions.id, t.cards.questionId))
				.where(and(eq(t.cards.studentId, ph('studentId')), live(t), inArray(t.cards.state, states), withBefore ? lt(t.cards.due, ph('before')) : undefined))
				.limit(ph('cap'))
				.as('capped');
			return db.select({ n: count() }).from(inner);
		},
		withBefore ? { studentId: values.studentId, before: instant(tx, values.before!), cap: values.cap } : { studentId: values.studentId, cap: values.cap }
	);
	return rows[0]?.n ?? 0;
}

export function* countReviewsDue(tx: Tx, studentId: string, before: Date, cap: number): Work<number> {
	return cap > 0 ? yield* cappedCount(tx, [2], { studentId, before, cap }) : 0;
}
export function* countLearningDue(tx: Tx, studentId: string, before: Date, cap: number): Work<number> {
	return cap > 0 ? yield* cappedCount(tx, [1, 3], { studentId, before, cap }) : 0;
}
export function* countNew(tx: Tx, studentId: string, cap: number): Work<number> {
	return cap > 0 ? yield* cappedCount(tx, [0], { studentId, cap }) : 0;
}

/** New cards in the order they were added (their `due` is their creation time). */
export function* newCards(tx: Tx, studentId: string, limit: number): Work<QueueCard[]> {
	if (limit <= 0) return [];
	return yield* prepared<QueueCard>(
		tx,
		'new_cards',
		({ db, t }) =>
			db
				.select(queueColumns(t))
				.from(t.cards)
				.innerJoin(t.questions, eq(t.questions.id, t.cards.questionId))
				.where(and(eq(t.cards.studentId, ph('studentId')), live(t), eq(t.cards.state, 0)))
				.orderBy(asc(t.cards.due))
				.limit(ph('limit')),
		{ studentId, limit }
	);
}

/** Everything the review page shows about a card: the question as it reads today and its set. Prepared: it runs on every answer. */
export function* view(tx: Tx, cardId: string) {
	const build = ({ db, t }: Tx) => {
		const { articles, cards, questions, questionSets } = t;
		return db
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
			.where(eq(cards.id, ph('cardId')));
	};
	const found = yield* prepared<Awaited<ReturnType<typeof build>>[number]>(tx, 'card_view', build, { cardId });
	return found[0];
}

/** The earliest due among cards already started (new cards are not "due" in that sense). */
export function* nextDue({ db, t }: Tx, studentId: string, after: Date): Work<Date | null> {
	const { cards, questions } = t;
	const row = yield* first(
		db
			.select({ due: min(cards.due) })
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(and(eq(cards.studentId, studentId), live(t), inArray(cards.state, [1, 2, 3]), gte(cards.due, after)))
	);
	return row?.due ?? null;
}

/** Started cards due before `until`, counted per local day (offset in minutes east of UTC). */
export function* dueByDay({ db, t, dialect }: Tx, studentId: string, until: Date, offset: number): Work<{ day: number; count: number }[]> {
	const { cards, questions } = t;
	const day = localDay(dialect, cards.due, offset);
	return yield* run(
		db
			.select({ day, count: count() })
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(and(eq(cards.studentId, studentId), live(t), inArray(cards.state, [1, 2, 3]), lte(cards.due, until)))
			.groupBy(day)
	);
}

/** Card counts per state; cards of deleted questions count as suspended. */
export function* countsByState({ db, t }: Tx, studentId: string): Work<{ state: number; suspended: boolean; count: number }[]> {
	const { cards, questions } = t;
	const suspended = sql<boolean>`(${cards.suspended} or ${questions.deletedAt} is not null)`.mapWith(Boolean);
	return yield* run(
		db
			.select({ state: cards.state, suspended, count: count() })
			.from(cards)
			.innerJoin(questions, eq(questions.id, cards.questionId))
			.where(eq(cards.studentId, studentId))
			.groupBy(cards.state, suspended)
	);
}

export function* questionIdsWithCards({ db, t }: Tx, studentId: string, questionIds: string[]): Work<Set<string>> {
	if (questionIds.length === 0) return new Set();
	const { cards } = t;
	const rows = yield* run(
		db
			.select({ q: cards.questionId })
			.from(cards)
			.where(and(eq(cards.studentId, studentId), inArray(cards.questionId, questionIds)))
	);
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
type OwnedCardRow = [
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

const writes = (db: Db) => preparedWrites(db.$client);

/** What recording a review needs of a student's card, in one read: its FSRS state (instants in ms) and its owner's settings. */
export interface OwnedCard {
	/** Where to write it back: SQLite's rowid (read in the same transaction), else the card's id. */
	key: number | string;
	state: StoredCardState;
	/** Also set while the card's question is deleted or rejected: the question-sets service keeps it so. */
	suspended: boolean;
	desiredRetention: number | null;
	/** study_settings.parameters as JSON text, the scheduler cache's key. */
	parameters: string | null;
}

export function* ownedWithSettings(tx: Tx, cardId: string, studentId: string): Work<OwnedCard | undefined> {
	if (tx.dialect === 'sqlite') {
		const statement = writes(tx.db as unknown as Db).ownedWithSettings;
		const row = yield* call(() => statement.get(cardId, studentId));
		if (!row) return undefined;
		const [rowid, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, desiredRetention, parameters] = row;
		return { key: rowid, state: { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview }, suspended: !!suspended, desiredRetention, parameters };
	}
	const { cards, studySettings } = tx.t;
	const found = yield* first(
		tx.db
			.select({ card: cards, desiredRetention: studySettings.desiredRetention, parameters: studySettings.parameters })
			.from(cards)
			.leftJoin(studySettings, eq(studySettings.studentId, cards.studentId))
			.where(and(eq(cards.id, cardId), eq(cards.studentId, studentId)))
			.limit(1)
	);
	if (!found) return undefined;
	const c = found.card;
	return {
		key: c.id,
		state: { ...stateColumns(stateOf(c)), due: c.due.getTime(), lastReview: c.lastReview ? c.lastReview.getTime() : null },
		suspended: c.suspended,
		desiredRetention: found.desiredRetention,
		parameters: found.parameters == null ? null : JSON.stringify(found.parameters)
	};
}

/** Writes a card's new FSRS state (instants in ms) where `ownedWithSettings` found it. */
export function* writeState(tx: Tx, key: number | string, s: StoredCardState): Work<void> {
	if (tx.dialect === 'sqlite') {
		const statement = writes(tx.db as unknown as Db).update;
		yield* call(() => statement.run(s.due, s.stability, s.difficulty, s.elapsedDays, s.scheduledDays, s.learningSteps, s.reps, s.lapses, s.state, s.lastReview, key as number));
		return;
	}
	yield* updateState(tx, key as string, { ...s, due: new Date(s.due), lastReview: s.lastReview === null ? null : new Date(s.lastReview) });
}
