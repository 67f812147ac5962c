// Queries for the questions of a set. Soft-deleted rows stay (answers and cards point at them);
// "live" reads leave them out.
import { and, asc, count, eq, inArray, isNull, max, ne } from 'drizzle-orm';
import { first, run, type Tables, type Tx, type Work } from '$lib/server/db/store';
import type { QuestionRow } from '$lib/server/db/schema';

export type NewQuestion = Tables['questions']['$inferInsert'];

export function* insert({ db, t }: Tx, row: NewQuestion): Work<void> {
	yield* run(db.insert(t.questions).values(row));
}

export function* findInSet({ db, t }: Tx, setId: string, id: string): Work<QuestionRow | undefined> {
	const { questions } = t;
	return yield* first(
		db
			.select()
			.from(questions)
			.where(and(eq(questions.id, id), eq(questions.setId, setId)))
			.limit(1)
	);
}

/** All questions of a set, deleted ones included, in teacher order. */
export function* listAll({ db, t }: Tx, setId: string): Work<QuestionRow[]> {
	const { questions } = t;
	return yield* run(db.select().from(questions).where(eq(questions.setId, setId)).orderBy(asc(questions.position), asc(questions.createdAt)));
}

export function* listLive({ db, t }: Tx, setId: string): Work<QuestionRow[]> {
	const { questions } = t;
	return yield* run(
		db
			.select()
			.from(questions)
			.where(and(eq(questions.setId, setId), isNull(questions.deletedAt)))
			.orderBy(asc(questions.position), asc(questions.createdAt))
	);
}

/** What students see of a set: its questions approved and not deleted. */
export const published = ({ questions }: Tables) => and(isNull(questions.deletedAt), eq(questions.status, 'approved'));

/** The published questions, in teacher order. */
export function* listPublished({ db, t }: Tx, setId: string): Work<QuestionRow[]> {
	const { questions } = t;
	return yield* run(
		db
			.select()
			.from(questions)
			.where(and(eq(questions.setId, setId), published(t)))
			.orderBy(asc(questions.position), asc(questions.createdAt))
	);
}

export function* byIds({ db, t }: Tx, ids: string[]): Work<QuestionRow[]> {
	if (!ids.length) return [];
	return yield* run(db.select().from(t.questions).where(inArray(t.questions.id, ids)));
}

export function* nextPosition({ db, t }: Tx, setId: string): Work<number> {
	const row = yield* first(db.select({ p: max(t.questions.position) }).from(t.questions).where(eq(t.questions.setId, setId)));
	return (row?.p ?? -1) + 1;
}

export function* update({ db, t }: Tx, id: string, values: Partial<Omit<QuestionRow, 'id' | 'setId' | 'createdAt'>>): Work<void> {
	yield* run(db.update(t.questions).set(values).where(eq(t.questions.id, id)));
}

export function* approveAllDrafts({ db, t }: Tx, setId: string, now: Date): Work<number> {
	const { questions } = t;
	const approved = yield* run(
		db
			.update(questions)
			.set({ status: 'approved', updatedAt: now })
			.where(and(eq(questions.setId, setId), isNull(questions.deletedAt), eq(questions.status, 'draft')))
			.returning({ id: questions.id })
	);
	return approved.length;
}

export function* countApproved({ db, t }: Tx, setId: string): Work<number> {
	const { questions } = t;
	return (yield* first(db.select({ n: count() }).from(questions).where(and(eq(questions.setId, setId), published(t)))))?.n ?? 0;
}

/** A question taken out of circulation takes its flashcards with it (and back again on restore). */
export function* suspendCards({ db, t }: Tx, questionId: string, suspended: boolean): Work<void> {
	const { cards } = t;
	yield* run(db.update(cards).set({ suspended }).where(and(eq(cards.questionId, questionId), ne(cards.suspended, suspended))));
}
