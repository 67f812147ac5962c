// One domain code on two databases (issue 13): SQLite, embedded, for a school; PostgreSQL for a
// district running several app nodes. A use case is written once, as a generator that yields the
// drizzle queries it needs and gets their results back:
//
//   const user = yield* first(tx.db.select().from(tx.t.users).where(eq(tx.t.users.id, id)));
//
// and a Store runs it in one transaction. On PostgreSQL each query is awaited inside a real
// transaction with the isolation the use case asks for. On SQLite (better-sqlite3: one connection,
// synchronous) the same generator is driven synchronously inside one better-sqlite3 transaction:
// no other request's statement can run inside it, nothing waits on a lock, and a write costs what
// it cost before. Either way the caller gets a promise. Work that is slow and not the database's
// (hashing a password, the engine) happens before or after, never inside.
import { sql, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as sqliteTables from './schema';
import { perConnection } from './per-connection';

/** The tables, typed once (SQLite's definitions; schema-parity.test.ts proves PostgreSQL's are the same). */
export type Tables = typeof sqliteTables;

/** The query builder: typed as SQLite's, which PostgreSQL's matches for what use cases call. */
export type QueryDb = BaseSQLiteDatabase<'sync', Database.RunResult, Tables>;

export type Dialect = 'sqlite' | 'pg';

/** What a use case works with inside its transaction: the builder, the dialect's tables. */
export interface Tx {
	readonly db: QueryDb;
	readonly t: Tables;
	readonly dialect: Dialect;
}

/** A raw statement's rows, where the builder cannot say it (yielded by `rows`). */
interface RawQuery {
	readonly step: 'raw';
	readonly sql: SQL;
}

/** A dialect's own call on its connection (yielded by `call`): synchronous on SQLite, awaited on PostgreSQL. */
interface Call {
	readonly step: 'call';
	readonly f: () => unknown;
}

export type Step = PromiseLike<unknown> | RawQuery | Call;
export type Work<T> = Generator<Step, T, unknown>;
/** What a use case's work returns. */
export type WorkResult<W> = W extends Work<infer T> ? T : never;

/** A query's result: `yield* run(query)`. Inserts, updates and deletes that need to know what they changed use `.returning()`. */
export function* run<T>(query: PromiseLike<T>): Work<T> {
	return (yield query) as T;
}

/** A select's first row, or undefined. */
export function* first<T>(query: PromiseLike<T[]>): Work<T | undefined> {
	return ((yield query) as T[])[0];
}

/** The rows of a raw SQL statement (both dialects must accept its text). */
export function* rows<T>(statement: SQL): Work<T[]> {
	return (yield { step: 'raw', sql: statement }) as T[];
}

/**
 * Runs `f` as a step: where a dialect has a faster way of its own (a statement better-sqlite3
 * prepared once, a multi-row insert on PostgreSQL), the use case branches on `tx.dialect` and
 * calls it here, inside its transaction.
 */
export function* call<T>(f: () => T | Promise<T>): Work<T> {
	return (yield { step: 'call', f }) as T;
}

/** A builder with placeholders, preparable on either dialect. */
interface Preparable {
	prepare(name?: string): unknown;
}

// Per SQLite connection, its prepared statements by key.
const statementsOf = perConnection((_db: object) => new Map<string, { all(values: Record<string, unknown>): unknown[] }>());

/**
 * The rows of a query that runs on every answer. On SQLite it is prepared once per connection
 * (`key` names it) and only its placeholders are bound per call: building and preparing it anew
 * cost more than running it. On PostgreSQL it goes out as a named prepared statement, which each
 * pooled connection parses once (the query is still built per call: a prepared query is bound to
 * the transaction's client). Placeholders are bound as given, without the column's mapping:
 * pass instants through `instant`.
 */
export function* prepared<T>(tx: Tx, key: string, build: (tx: Tx) => Preparable, values: Record<string, unknown>): Work<T[]> {
	if (tx.dialect === 'sqlite') {
		const cache = statementsOf(tx.db);
		let statement = cache.get(key);
		if (!statement) cache.set(key, (statement = build(tx).prepare() as { all(values: Record<string, unknown>): unknown[] }));
		const ready = statement;
		return (yield* call(() => ready.all(values))) as T[];
	}
	const statement = build(tx).prepare(key) as { execute(values: Record<string, unknown>): Promise<unknown[]> };
	return (yield* call(() => statement.execute(values))) as T[];
}

/**
 * Holds a lock on `key` until the transaction ends: use cases that count something and then add
 * to it (the attempt limits) take it, so two of them for one key run one after the other while
 * other keys go on in parallel. On PostgreSQL an advisory lock (serialisable isolation would make
 * every gate conflict with every other through the table they all scan); on SQLite nothing to do,
 * a transaction already runs alone.
 */
export function* lockKey(tx: Tx, key: string): Work<void> {
	if (tx.dialect === 'pg') yield* rows(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** An instant as a placeholder takes it: epoch milliseconds in SQLite's integer columns, a timestamp in PostgreSQL's. */
export function instant(tx: Tx, at: Date): number | Date {
	return tx.dialect === 'sqlite' ? at.getTime() : at;
}

export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

export interface Store {
	readonly dialect: Dialect;
	/**
	 * Runs `work` in one transaction and returns its result; a throw rolls everything back.
	 * `isolation` is PostgreSQL's (SQLite transactions are serialisable); a transaction PostgreSQL
	 * aborts for a conflict is run again.
	 */
	write<T>(work: (tx: Tx) => Work<T>, options?: { isolation?: Isolation }): Promise<T>;
	/** Runs reads that need no transaction (on PostgreSQL, each statement sees committed data). */
	read<T>(work: (tx: Tx) => Work<T>): Promise<T>;
	/** Closes the connections. */
	close(): Promise<void>;
}

/** Drives a use case, executing each query it yields with `exec` (synchronously or not). */
export function driveSync<T>(work: Work<T>, exec: (step: Step) => unknown): T {
	let next = work.next();
	while (!next.done) {
		let value: unknown;
		try {
			value = exec(next.value);
		} catch (error) {
			next = work.throw(error);
			continue;
		}
		next = work.next(value);
	}
	return next.value;
}

export async function driveAsync<T>(work: Work<T>, exec: (step: Step) => Promise<unknown>): Promise<T> {
	let next = work.next();
	while (!next.done) {
		let value: unknown;
		try {
			value = await exec(next.value);
		} catch (error) {
			next = work.throw(error);
			continue;
		}
		next = work.next(value);
	}
	return next.value;
}

// Told apart by a field, not by class: a module loaded twice (a test's fresh import) still agrees.
export function isRaw(step: Step): step is RawQuery {
	return (step as Partial<RawQuery>).step === 'raw';
}

export function isCall(step: Step): step is Call {
	return (step as Partial<Call>).step === 'call';
}
