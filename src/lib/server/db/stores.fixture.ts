// For tests of the use cases that run on both databases: `describe.each(DIALECTS)` and, inside,
// `const store = freshStore(dialect)`, which gives each test an empty, migrated database of its
// own — an in-memory SQLite file, or a PostgreSQL database copied from the template the global
// setup migrated (tests/support/postgres-setup.ts).
import { afterEach, beforeEach, inject } from 'vitest';
import pg from 'pg';
import { openDatabase } from './index';
import { sqliteStore } from './sqlite-store';
import { pgStore } from './pg-store';
import type { Dialect, Store } from './store';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'pg'];

let made = 0;

async function admin(sql: string): Promise<void> {
	const context = inject('postgres');
	if ('missing' in context) throw new Error(context.missing);
	const client = new pg.Client({ connectionString: context.urlTemplate.replace('%s', 'postgres') });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

/** A fresh store per test (registered with beforeEach/afterEach); call it inside a describe. */
export function freshStore(dialect: Dialect, options: { poolSize?: number } = {}): () => Store {
	let store: Store | undefined;
	let database: string | undefined;
	beforeEach(async () => {
		if (dialect === 'sqlite') {
			store = sqliteStore(openDatabase(':memory:'));
			return;
		}
		const context = inject('postgres');
		if ('missing' in context) throw new Error(context.missing);
		database = `test_${process.pid}_${++made}`;
		await admin(`CREATE DATABASE ${database} TEMPLATE ${context.template}`);
		store = pgStore(context.urlTemplate.replace('%s', database), { poolSize: options.poolSize ?? 4 });
	});
	afterEach(async () => {
		await store?.close();
		store = undefined;
		if (database) await admin(`DROP DATABASE ${database}`);
		database = undefined;
	});
	return () => {
		if (!store) throw new Error('freshStore: no store outside a test');
		return store;
	};
}
