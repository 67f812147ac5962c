// The Store on PostgreSQL (store.ts): a connection pool; each use case is one transaction whose
// queries are awaited, with the isolation it asks for, run again when PostgreSQL aborts it for a
// conflict with another transaction (serialisation failure, deadlock).
import pg from 'pg';
import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as tables from './schema-pg';
import { errorCode } from './errors';
import { driveAsync, isCall, isRaw, type Isolation, type QueryDb, type Step, type Store, type Tables, type Tx, type Work } from './store';

export type PgDb = NodePgDatabase<typeof tables>;

// Any number, the same on every node: the key of the lock held while migrating.
const MIGRATION_LOCK = 7_310_013;

const RETRIED = new Set(['40001', '40P01']);
const ATTEMPTS = 10;

async function execute(db: PgDb, step: Step): Promise<unknown> {
	if (isRaw(step)) return (await db.execute(step.sql)).rows;
	if (isCall(step)) return await step.f();
	return await step;
}

export interface PgStoreOptions {
	/** Connections this node keeps open at most (PG_POOL_SIZE). */
	poolSize?: number;
}

export function pgStore(url: string, options: PgStoreOptions = {}): Store & { db: PgDb; pool: pg.Pool } {
	const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
	// A connection that drops (the server restarts, a failover, a network cut) must not take the
	// node down: the query in flight fails with its error, the pool opens a new connection.
	pool.on('error', (error) => console.error(`PostgreSQL: an idle connection failed (${error.message}); the pool opens another.`));
	pool.on('connect', (client) => client.on('error', () => {}));
	const db = drizzle(pool, { schema: tables });
	const txOf = (d: unknown): Tx => ({ db: d as QueryDb, t: tables as unknown as Tables, dialect: 'pg' });
	return {
		dialect: 'pg',
		db,
		pool,
		async write<T>(work: (tx: Tx) => Work<T>, options: { isolation?: Isolation } = {}): Promise<T> {
			for (let attempt = 1; ; attempt++) {
				try {
					return await db.transaction((t) => driveAsync(work(txOf(t)), (step) => execute(t as unknown as PgDb, step)), {
						isolationLevel: options.isolation ?? 'read committed'
					});
				} catch (error) {
					if (attempt >= ATTEMPTS || !RETRIED.has(errorCode(error) ?? '')) throw error;
					// A little later, at a random moment: the transactions that collided do not meet again.
					await new Promise((done) => setTimeout(done, Math.random() * 5 * attempt));
				}
			}
		},
		read: (work) => driveAsync(work(txOf(db)), (step) => execute(db, step)),
		close: () => pool.end()
	};
}

/**
 * Applies the PostgreSQL migrations (drizzle/pg/). Several nodes may start at once: an advisory
 * lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migratePg(pool: pg.Pool, migrationsFolder = resolve('drizzle/pg')): Promise<void> {
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
		try {
			await migrate(drizzle(client), { migrationsFolder });
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
		}
	} finally {
		client.release();
	}
}
