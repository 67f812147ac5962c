// Queries for question sets and the article they were made from. Teacher-facing reads are scoped
// by owner so someone else's id simply finds nothing.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Conn } from './conn';
import { articles, assignments, cards, classes, facts, questionSets, questions, quizAttempts, type ArticleRow, type FactRow, type QuestionSet } from '$lib/server/db/schema';

export function findById(db: Conn, id: string): QuestionSet | undefined {
	return db.select().from(questionSets).where(eq(questionSets.id, id)).get();
}

export function findForOwner(db: Conn, ownerId: string, id: string): QuestionSet | undefined {
	return db
		.select()
		.from(questionSets)
		.where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId)))
		.get();
}

export function article(db: Conn, articleId: string): ArticleRow | undefined {
	return db.select().from(articles).where(eq(articles.id, articleId)).get();
}

export function factsOf(db: Conn, articleId: string): FactRow[] {
	return db.select().from(facts).where(eq(facts.articleId, articleId)).orderBy(asc(facts.start), asc(facts.end)).all();
}

export function setArchived(db: Conn, id: string, archivedAt: Date | null): void {
	db.update(questionSets).set({ archivedAt }).where(eq(questionSets.id, id)).run();
}

/** What a deletion would take with it: students' quiz attempts and flashcards of the set's questions. */
export function studentWork(db: Conn, id: string): { attempts: number; cards: number; assignments: number } {
	const n = sql<number>`count(*)`;
	return {
		assignments: db.select({ n }).from(assignments).where(eq(assignments.setId, id)).get()!.n,
		attempts: db.select({ n }).from(quizAttempts).innerJoin(assignments, eq(assignments.id, quizAttempts.assignmentId)).where(eq(assignments.setId, id)).get()!.n,
		cards: db.select({ n }).from(cards).innerJoin(questions, eq(questions.id, cards.questionId)).where(eq(questions.setId, id)).get()!.n
	};
}

/** Deletes the set (questions and assignments cascade) and its article when no other set uses it. */
export function remove(db: Conn, id: string, articleId: string): void {
	db.delete(questionSets).where(eq(questionSets.id, id)).run();
	const others = db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.articleId, articleId)).limit(1).get();
	if (!others) db.delete(articles).where(eq(articles.id, articleId)).run();
}

export function touch(db: Conn, id: string, now: Date): void {
	db.update(questionSets).set({ updatedAt: now }).where(eq(questionSets.id, id)).run();
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

export function listForOwner(db: Conn, ownerId: string): SetSummary[] {
	const live = and(eq(questions.setId, questionSets.id), isNull(questions.deletedAt));
	return db
		.select({
			id: questionSets.id,
			title: questionSets.title,
			lang: questionSets.lang,
			createdAt: questionSets.createdAt,
			updatedAt: questionSets.updatedAt,
			archivedAt: questionSets.archivedAt,
			articlePublishedAt: articles.publishedAt,
			approved: sql<number>`(select count(*) from ${questions} where ${live} and ${questions.status} = 'approved')`,
			draft: sql<number>`(select count(*) from ${questions} where ${live} and ${questions.status} = 'draft')`,
			rejected: sql<number>`(select count(*) from ${questions} where ${live} and ${questions.status} = 'rejected')`
		})
		.from(questionSets)
		.innerJoin(articles, eq(articles.id, questionSets.articleId))
		.where(eq(questionSets.ownerId, ownerId))
		.orderBy(desc(questionSets.updatedAt))
		.all();
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
export function assignmentsForOwner(db: Conn, ownerId: string): SetAssignment[] {
	return db
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
		.all();
}
