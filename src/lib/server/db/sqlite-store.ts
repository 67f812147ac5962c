// The Store on SQLite (store.ts): each use case runs synchronously inside one better-sqlite3
// transaction, on the connection the app already has.
import { is } from 'drizzle-orm';
import { SQLiteSelectBase } from 'drizzle-orm/sqlite-core';
import type { Db } from './index';
import * as tables from './schema';
import { driveSync, isCall, isRaw, type QueryDb, type Step, type Store, type Tx, type Work } from './store';

/** A builder's result, now: selects and `.returning()` give rows, other writes their run result. */
function execute(db: QueryDb, step: Step): unknown {
	if (isRaw(step)) return db.all(step.sql);
	if (isCall(step)) return step.f();
	const query = step as unknown as { all(): unknown; run(): unknown; config?: { returning?: unknown } };
	return is(query, SQLiteSelectBase) || query.config?.returning ? query.all() : query.run();
}

const stores = new WeakMap<Db, Store>();

/** The store over an open SQLite database (one per connection). */
export function sqliteStore(db: Db): Store {
	const known = stores.get(db);
	if (known) return known;
	const tx: Tx = { db: db as unknown as QueryDb, t: tables, dialect: 'sqlite' };
	const drive = <T>(work: (tx: Tx) => Work<T>) => driveSync(work(tx), (step) => execute(tx.db, step));
	// IMMEDIATE: a write takes the lock when it begins, so two connections (a script beside the
	// server) never both read and then fail to upgrade.
	const inTransaction = db.$client.transaction(<T>(work: (tx: Tx) => Work<T>): T => drive(work));
	const store: Store = {
		dialect: 'sqlite',
		write: <T>(work: (tx: Tx) => Work<T>) => settle(() => inTransaction.immediate(work) as T),
		read: (work) => settle(() => drive(work)),
		close: async () => {
			db.$client.close();
		}
	};
	stores.set(db, store);
	return store;
}

function settle<T>(f: () => T): Promise<T> {
	try {
		return Promise.resolve(f());
	} catch (error) {
		return Promise.reject(error);
	}
}
