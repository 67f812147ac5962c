// Opens the SQLite database once, lazily: `vite build` imports server modules, so nothing
// here may touch the disk at import time. Migrations run from the `init` hook at start-up.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import type { Store } from './store';
import { sqliteStore } from './sqlite-store';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/app.db';
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

/** A `DATABASE_URL` this version cannot serve (a server's URL rather than a file). */
export class DatabaseUrlError extends Error {}

/**
 * `DATABASE_URL` may be a plain path or a `file:` URL; `:memory:` is kept as is. A server's URL
 * (`postgres://…`) is refused in one line rather than read as a file name: the app would
 * otherwise create a SQLite file under a folder named "postgres:" and run on it.
 */
export function databasePath(url = process.env.DATABASE_URL): string {
	const raw = url && url.trim() ? url.trim() : DEFAULT_DATABASE_PATH;
	if (raw === ':memory:') return raw;
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase();
	if (scheme && scheme !== 'file')
		throw new DatabaseUrlError(
			`DATABASE_URL names a ${scheme} server, but this version keeps its data in a SQLite file (PostgreSQL is not served yet): set DATABASE_URL to a file path such as ${DEFAULT_DATABASE_PATH}.`
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

/** Rewrites one row: fails when the disk is full, the file read-only or its folder gone. */
export function probeWrite(db: Db, now = new Date()): void {
	db.insert(schema.healthChecks).values({ id: 1, at: now }).onConflictDoUpdate({ target: schema.healthChecks.id, set: { at: now } }).run();
}

/** Why the database cannot be written, in a few words an operator can act on. */
export function writeFailureReason(error: unknown): string {
	const code = String((error as { code?: unknown })?.code ?? '');
	if (/READONLY|EROFS/.test(code)) return 'the file or its folder is read-only';
	if (/EACCES|EPERM|SQLITE_PERM|SQLITE_AUTH/.test(code)) return 'permission denied';
	if (/SQLITE_FULL|ENOSPC/.test(code)) return 'the disk is full';
	if (/EEXIST|ENOTDIR/.test(code)) return 'a file stands where its folder should be';
	if (/CANTOPEN|ENOENT/.test(code)) return 'the file cannot be created or opened there';
	return error instanceof Error ? error.message : String(error);
}

let instance: Db | undefined;

export function getDb(): Db {
	instance ??= openDatabase(databasePath());
	return instance;
}

/** The app's Store (db/store.ts): the use cases that run on either database take it. */
export function getStore(): Store {
	return sqliteStore(getDb());
}

/** For tests and scripts that point the app at another file. */
export function setDb(db: Db | undefined): void {
	instance = db;
}

export { schema };
