// Opens the app's database once, lazily — the SQLite file, or a PostgreSQL pool when DATABASE_URL
// names a server: `vite build` imports server modules, so nothing here may touch the disk or the
// network at import time. Migrations run from the `init` hook at start-up (openStore).
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { run, type Store } from './store';
import { errorCode } from './errors';
import { sqliteStore } from './sqlite-store';
import { migratePg, pgStore } from './pg-store';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/app.db';
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

/** A `DATABASE_URL` this version cannot serve (another server's URL than PostgreSQL's). */
export class DatabaseUrlError extends Error {}

/** `postgres://…` and `postgresql://…` name a PostgreSQL server; anything else a SQLite file. */
export function isPostgresUrl(url = process.env.DATABASE_URL): boolean {
	return /^postgres(?:ql)?:\/\//i.test(url?.trim() ?? '');
}

/** A PostgreSQL URL as it may be printed: host (or socket folder), port and database, never the user or password. */
export function redactedUrl(url: string): string {
	const m = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/:?]*)(?::(\d+))?(\/[^?]*)?(?:\?(.*))?$/i.exec(url.trim());
	if (!m) return 'the server DATABASE_URL names';
	const host = decodeURIComponent(m[1]) || new URLSearchParams(m[4] ?? '').get('host') || 'localhost';
	return `${host}:${m[2] ?? 5432}${m[3] ?? ''}`;
}

/**
 * `DATABASE_URL` may be a plain path or a `file:` URL; `:memory:` is kept as is. Another server's
 * URL (`mysql://…`) is refused in one line rather than read as a file name: the app would
 * otherwise create a SQLite file under a folder named "mysql:" and run on it.
 */
export function databasePath(url = process.env.DATABASE_URL): string {
	const raw = url && url.trim() ? url.trim() : DEFAULT_DATABASE_PATH;
	if (raw === ':memory:') return raw;
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase();
	if (scheme && scheme !== 'file')
		throw new DatabaseUrlError(
			`DATABASE_URL names a ${scheme} server, but Lectio keeps its data in a SQLite file or on PostgreSQL: set DATABASE_URL to a file path such as ${DEFAULT_DATABASE_PATH}, or to a postgres:// URL.`
		);
	return resolve(raw.replace(/^file:(\/\/)?/, ''));
}

export function openDatabase(path: string, migrationsFolder = resolve('drizzle')): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// WAL makes NORMAL durable across application crashes; only a power loss can drop the last commit.
	sqlite.pragma('synchronous = NORMAL');
	// With NORMAL, the only fsyncs are a checkpoint's, and SQLite checkpoints on the committing
	// thread, the one answering requests: at its default (every 1000 pages, ~150 reviews) they
	// took half the time of recording a review and stalled every request in flight. Every 4000
	// pages (a WAL up to 16 MB) makes a quarter as many, for the same durability.
	sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
	const db = drizzle(sqlite, { schema }) as Db;
	migrate(db, { migrationsFolder });
	return db;
}

/** Rewrites one row: fails when the disk is full, the file read-only or its folder gone, the server away. */
export async function probeWrite(store: Store, now = new Date()): Promise<void> {
	await store.write(({ db, t }) => run(db.insert(t.healthChecks).values({ id: 1, at: now }).onConflictDoUpdate({ target: t.healthChecks.id, set: { at: now } })));
}

/** Why the database cannot be written, in a few words an operator can act on. */
export function writeFailureReason(error: unknown): string {
	// (PostgreSQL's SQLSTATE comes wrapped in drizzle's query error, as its cause.)
	const code = errorCode(error) ?? '';
	if (/READONLY|EROFS/.test(code)) return 'the file or its folder is read-only';
	if (/EACCES|EPERM|SQLITE_PERM|SQLITE_AUTH/.test(code)) return 'permission denied';
	if (/SQLITE_FULL|ENOSPC/.test(code)) return 'the disk is full';
	if (/EEXIST|ENOTDIR/.test(code)) return 'a file stands where its folder should be';
	if (/CANTOPEN|ENOENT/.test(code)) return 'the file cannot be created or opened there';
	// PostgreSQL and its connection.
	if (code === 'ECONNREFUSED') return 'nothing answers at that address';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name is unknown';
	if (code === 'ETIMEDOUT') return 'the server does not answer';
	if (code === '28P01' || code === '28000') return 'the user name or password is refused';
	if (code === '3D000') return 'the database does not exist';
	if (code === '42501') return 'the user may not write there';
	if (code === '53100') return 'the server’s disk is full';
	if (code === '25006') return 'the server is read-only (a standby?)';
	return error instanceof Error ? error.message : String(error);
}

let instance: Db | undefined;

function getDb(): Db {
	instance ??= openDatabase(databasePath());
	return instance;
}

let server: Store | undefined;

/**
 * The app's Store (db/store.ts): a PostgreSQL pool when DATABASE_URL names a server (PG_POOL_SIZE
 * connections per node, 10 unless set), else the SQLite file, opened lazily.
 */
export function getStore(): Store {
	// Every request asks for it: the PostgreSQL pool, once made, is answered first.
	if (server) return server;
	if (isPostgresUrl()) {
		const size = Number(process.env.PG_POOL_SIZE);
		server ??= pgStore(process.env.DATABASE_URL!.trim(), { poolSize: Number.isInteger(size) && size > 0 ? size : 10 });
		return server;
	}
	return sqliteStore(getDb());
}

/**
 * Opens the app's database and brings it up to date: SQLite's migrations run as the file opens,
 * PostgreSQL's (drizzle/pg/) under a lock several starting nodes share. Then one write proves it
 * takes writes.
 */
export async function openStore(): Promise<Store> {
	const store = getStore();
	if (store.dialect === 'pg') await migratePg((store as ReturnType<typeof pgStore>).pool);
	await probeWrite(store);
	return store;
}

/** For tests and scripts that point the app at another file. */
export function setDb(db: Db | undefined): void {
	instance = db;
}

export { schema };
