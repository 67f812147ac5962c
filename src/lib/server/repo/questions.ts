// Queries for the questions of a set. Soft-deleted rows stay (answers and cards point at them);
// "live" reads leave them out.
import { and, asc, count, eq, inArray, isNull, max, ne } from 'drizzle-orm';
import type { Conn } from './conn';
import { cards, questions, type QuestionRow } from '$lib/server/db/schema';

export type NewQuestion = typeof questions.$inferInsert;

export function insert(db: Conn, row: NewQuestion): void {
	db.insert(questions).values(row).run();
}

export function findInSet(db: Conn, setId: string, id: string): QuestionRow | undefined {
	return db
		.select()
		.from(questions)
		.where(and(eq(questions.id, id), eq(questions.setId, setId)))
		.get();
}

/** All questions of a set, deleted ones included, in teacher order. */
export function listAll(db: Conn, setId: string): QuestionRow[] {
	return db.select().from(questions).where(eq(questions.setId, setId)).orderBy(asc(questions.position), asc(questions.createdAt)).all();
}

export function listLive(db: Conn, setId: string): QuestionRow[] {
	return db
		.select()
		.from(questions)
		.where(and(eq(questions.setId, setId), isNull(questions.deletedAt)))
		.orderBy(asc(questions.position), asc(questions.createdAt))
		.all();
}

/** What students see of a set: its questions approved and not deleted. */
export const published = and(isNull(questions.deletedAt), eq(questions.status, 'approved'));

/** The published questions, in teacher order. */
export function listPublished(db: Conn, setId: string): QuestionRow[] {
	return db.select().from(questions).where(and(eq(questions.setId, setId), published)).orderBy(asc(questions.position), asc(questions.createdAt)).all();
}

export function byIds(db: Conn, ids: string[]): QuestionRow[] {
	if (!ids.length) return [];
	return db.select().from(questions).where(inArray(questions.id, ids)).all();
}

export function nextPosition(db: Conn, setId: string): number {
	const row = db.select({ p: max(questions.position) }).from(questions).where(eq(questions.setId, setId)).get();
	return (row?.p ?? -1) + 1;
}

export function update(db: Conn, id: string, values: Partial<Omit<QuestionRow, 'id' | 'setId' | 'createdAt'>>): void {
	db.update(questions).set(values).where(eq(questions.id, id)).run();
}

export function approveAllDrafts(db: Conn, setId: string, now: Date): number {
	return db
		.update(questions)
		.set({ status: 'approved', updatedAt: now })
		.where(and(eq(questions.setId, setId), isNull(questions.deletedAt), eq(questions.status, 'draft')))
		.run().changes;
}

export function countApproved(db: Conn, setId: string): number {
	return db.select({ n: count() }).from(questions).where(and(eq(questions.setId, setId), published)).get()?.n ?? 0;
}

/** A question taken out of circulation takes its flashcards with it (and back again on restore). */
export function suspendCards(db: Conn, questionId: string, suspended: boolean): void {
	db.update(cards).set({ suspended }).where(and(eq(cards.questionId, questionId), ne(cards.suspended, suspended))).run();
}
