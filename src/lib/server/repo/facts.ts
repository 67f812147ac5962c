// Writing an article's facts: a long article has thousands, so one prepared statement per
// connection, run per row inside the caller's transaction (a drizzle insert built per batch held
// the server's thread five times as long).
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { facts } from '$lib/server/db/schema';
import { perConnection } from './conn';

export type NewFact = typeof facts.$inferInsert & { extra: Record<string, unknown> };

const insertFact = perConnection((db: Db) =>
	db
		.insert(facts)
		.values({
			id: sql.placeholder('id'),
			articleId: sql.placeholder('articleId'),
			engineId: sql.placeholder('engineId'),
			type: sql.placeholder('type'),
			value: sql.placeholder('value'),
			text: sql.placeholder('text'),
			start: sql.placeholder('start'),
			end: sql.placeholder('end'),
			sentence: sql.placeholder('sentence'),
			extra: sql.placeholder('extra')
		})
		.prepare()
);

/** Call inside a transaction on `db` (better-sqlite3 runs the statements on its one connection). */
export function insertMany(db: Db, rows: NewFact[]): void {
	const statement = insertFact(db);
	// drizzle maps each value as its column says (extra becomes JSON here).
	for (const row of rows) statement.run(row);
}
