// Writing an article's facts: a long article has thousands. On SQLite one statement prepared per
// connection runs per row inside the caller's transaction (a drizzle insert built per batch held
// the server's thread five times as long); on PostgreSQL a few multi-row inserts, one round trip
// each.
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { call, run, type Tables, type Tx, type Work } from '$lib/server/db/store';
import { perConnection } from '../db/per-connection';

export type NewFact = Tables['facts']['$inferInsert'] & { extra: Record<string, unknown> };

const insertFact = perConnection((db: Db) =>
	db
		.insert(db._.fullSchema.facts)
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

// PostgreSQL takes at most 65,535 parameters a statement: 500 rows of ten columns stay far below.
const ROWS_PER_INSERT = 500;

export function* insertMany(tx: Tx, rows: NewFact[]): Work<void> {
	if (tx.dialect === 'sqlite') {
		const statement = insertFact(tx.db as unknown as Db);
		// drizzle maps each value as its column says (extra becomes JSON here).
		yield* call(() => {
			for (const row of rows) statement.run(row);
		});
		return;
	}
	for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) yield* run(tx.db.insert(tx.t.facts).values(rows.slice(i, i + ROWS_PER_INSERT)));
}
