// Queries for question sets and the article they were made from. Teacher-facing reads are scoped
// by owner so someone else's id simply finds nothing.
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { first, rows, run, type Tx, type Work } from '$lib/server/db/store';
import type { ArticleRow, FactRow, QuestionSet } from '$lib/server/db/schema';

export function* findById({ db, t }: Tx, id: string): Work<QuestionSet | undefined> {
	return yield* first(db.select().from(t.questionSets).where(eq(t.questionSets.id, id)).limit(1));
}

export function* findForOwner({ db, t }: Tx, ownerId: string, id: string): Work<QuestionSet | undefined> {
	const { questionSets } = t;
	return yield* first(
		db
			.select()
			.from(questionSets)
			.where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId)))
			.limit(1)
	);
}

export function* article({ db, t }: Tx, articleId: string): Work<ArticleRow | undefined> {
	return yield* first(db.select().from(t.articles).where(eq(t.articles.id, articleId)).limit(1));
}

export function* factsOf({ db, t }: Tx, articleId: string): Work<FactRow[]> {
	const { facts } = t;
	return yield* run(db.select().from(facts).where(eq(facts.articleId, articleId)).orderBy(asc(facts.start), asc(facts.end)));
}

export function* setArchived({ db, t }: Tx, id: string, archivedAt: Date | null): Work<void> {
	yield* run(db.update(t.questionSets).set({ archivedAt }).where(eq(t.questionSets.id, id)));
}

/** What a deletion would take with it: students' quiz attempts and flashcards of the set's questions. */
export function* studentWork({ db, t }: Tx, id: string): Work<{ attempts: number; cards: number; assignments: number }> {
	const { assignments, cards, questions, quizAttempts } = t;
	const n = count();
	const [assigned] = yield* run(db.select({ n }).from(assignments).where(eq(assignments.setId, id)));
	const [attempts] = yield* run(db.select({ n }).from(quizAttempts).innerJoin(assignments, eq(assignments.id, quizAttempts.assignmentId)).where(eq(assignments.setId, id)));
	const [cardCount] = yield* run(db.select({ n }).from(cards).innerJoin(questions, eq(questions.id, cards.questionId)).where(eq(questions.setId, id)));
	return { assignments: assigned.n, attempts: attempts.n, cards: cardCount.n };
}

/**
 * Before counting a set's student work to decide a deletion: on PostgreSQL, locks the rows a new
 * card or quiz attempt must reference (its questions, its assignments), so none can be added
 * between the count and the delete, whose cascade would take it along. SQLite runs one
 * transaction at a time already.
 */
export function* lockForDeletion(tx: Tx, id: string): Work<void> {
	if (tx.dialect !== 'pg') return;
	const { assignments, questions } = tx.t;
	yield* rows(sql`select 1 from ${questions} where ${questions.setId} = ${id} for update`);
	yield* rows(sql`select 1 from ${assignments} where ${assignments.setId} = ${id} for update`);
}

/** Deletes the set (questions and assignments cascade) and its article when no other set uses it. */
export function* remove({ db, t }: Tx, id: string, articleId: string): Work<void> {
	const { articles, questionSets } = t;
	yield* run(db.delete(questionSets).where(eq(questionSets.id, id)));
	const others = yield* first(db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.articleId, articleId)).limit(1));
	if (!others) yield* run(db.delete(articles).where(eq(articles.id, articleId)));
}

export function* touch({ db, t }: Tx, id: string, now: Date): Work<void> {
	yield* run(db.update(t.questionSets).set({ updatedAt: now }).where(eq(t.questionSets.id, id)));
}

export interface SetSummary {
	id: string;
	title: string;
	lang: 'en' | 'fr';
	createdAt: Date;
	updatedAt: Date;
	archivedAt: Date | null;
	/** The article's own publication date as the teacher or the page gave it (ISO day or datetime). */
	articlePublishedAt: string | null;
	approved: number;
	draft: number;
	rejected: number;
}

export function* listForOwner({ db, t }: Tx, ownerId: string): Work<SetSummary[]> {
	const { articles, questions, questionSets } = t;
	const live = and(eq(questions.setId, questionSets.id), isNull(questions.deletedAt));
	// PostgreSQL counts in bigint, which its driver hands over as text.
	const countOf = (status: string) => sql<number>`(select count(*) from ${questions} where ${live} and ${questions.status} = ${status})`.mapWith(Number);
	return yield* run(
		db
			.select({
				id: questionSets.id,
				title: questionSets.title,
				lang: questionSets.lang,
				createdAt: questionSets.createdAt,
				updatedAt: questionSets.updatedAt,
				archivedAt: questionSets.archivedAt,
				articlePublishedAt: articles.publishedAt,
				approved: countOf('approved'),
				draft: countOf('draft'),
				rejected: countOf('rejected')
			})
			.from(questionSets)
			.innerJoin(articles, eq(articles.id, questionSets.articleId))
			.where(eq(questionSets.ownerId, ownerId))
			.orderBy(desc(questionSets.updatedAt))
	);
}

export interface SetAssignment {
	id: string;
	setId: string;
	classId: string;
	className: string;
	dueAt: Date | null;
	publishedAt: Date;
}

/** Every assignment of the owner's sets, with the class name, for dashboards. */
export function* assignmentsForOwner({ db, t }: Tx, ownerId: string): Work<SetAssignment[]> {
	const { assignments, classes, questionSets } = t;
	return yield* run(
		db
			.select({
				id: assignments.id,
				setId: assignments.setId,
				classId: assignments.classId,
				className: classes.name,
				dueAt: assignments.dueAt,
				publishedAt: assignments.publishedAt
			})
			.from(assignments)
			.innerJoin(questionSets, eq(questionSets.id, assignments.setId))
			.innerJoin(classes, eq(classes.id, assignments.classId))
			.where(eq(questionSets.ownerId, ownerId))
			.orderBy(asc(classes.name))
	);
}
