// Proves the Store's promises on both databases: a use case is one transaction (a throw leaves
// nothing behind), raw statements and dialect calls run inside it; on SQLite nothing of another
// request runs between its steps; on PostgreSQL a serialisation conflict is run again instead of
// failing, and a dropped connection neither fails the next use case nor takes the process down.
import { describe, it, expect, inject } from 'vitest';
import { sql, eq } from 'drizzle-orm';
import pg from 'pg';
import { DIALECTS, freshStore } from './stores.fixture';
import { call, first, rows, run, type Tx, type Work } from './store';
import { pgStore } from './pg-store';
import { probeWrite, writeFailureReason } from './index';

const user = (id: string) => ({ id, email: `${id}@x.test`, passwordHash: 'x', displayName: id, role: 'student' as const });
const count = ({ db, t }: Tx) => first(db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(t.users));

describe.each(DIALECTS)('the Store on %s', (dialect) => {
	const store = freshStore(dialect);

	it('rolls a use case back whole when it throws', async () => {
		await expect(
			store().write(function* ({ db, t }) {
				yield* run(db.insert(t.users).values(user('a')));
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect((await store().read(count))?.n).toBe(0);
		await store().write(({ db, t }) => run(db.insert(t.users).values(user('b'))));
		expect((await store().read(count))?.n).toBe(1);
	});

	it('runs raw statements and the dialect’s own calls inside the transaction', async () => {
		const found = await store().write(function* ({ db, t }): Work<{ n: number; called: string }> {
			yield* run(db.insert(t.users).values(user('c')));
			const [row] = yield* rows<{ n: number | string }>(sql`select count(*) as n from ${t.users}`);
			const called = yield* call(() => `on ${dialect}`);
			return { n: Number(row.n), called };
		});
		expect(found).toEqual({ n: 1, called: `on ${dialect}` });
	});

	it('gives a step’s error to the use case, which may go on', async () => {
		const outcome = await store().write(function* ({ db, t }) {
			yield* run(db.insert(t.users).values(user('d')));
			try {
				yield* call(() => {
					throw new Error('refused');
				});
			} catch (error) {
				return (error as Error).message;
			}
			return 'not thrown';
		});
		expect(outcome).toBe('refused');
		expect((await store().read(count))?.n).toBe(1);
	});
});

describe('the Store on SQLite', () => {
	const store = freshStore('sqlite');

	it('lets nothing of another request run between a use case’s steps', async () => {
		const seen: string[] = [];
		const slow = store().write(function* ({ db, t }) {
			yield* run(db.insert(t.users).values(user('first')));
			seen.push('first wrote');
			yield* call(() => seen.push('first still inside'));
			return yield* first(db.select().from(t.users).where(eq(t.users.id, 'second')));
		});
		const other = store().write(function* ({ db, t }) {
			seen.push('second began');
			yield* run(db.insert(t.users).values(user('second')));
		});
		expect(await slow).toBeUndefined();
		await other;
		expect(seen).toEqual(['first wrote', 'first still inside', 'second began']);
	});
});

describe('the Store on PostgreSQL', () => {
	const store = freshStore('pg');

	it('runs a use case again when PostgreSQL aborts it for a serialisation conflict', async () => {
		await store().write(({ db, t }) => run(db.insert(t.users).values([user('x'), user('y')])));
		let attempts = 0;
		// Each reads both rows and changes one: under SERIALIZABLE, one of two concurrent runs must abort.
		const swap = (target: string) =>
			store().write(
				function* ({ db, t }) {
					attempts++;
					const all = yield* run(db.select().from(t.users).orderBy(t.users.id));
					yield* call(() => new Promise((done) => setTimeout(done, 50)));
					yield* run(db.update(t.users).set({ displayName: all.map((u) => u.displayName).join('+') }).where(eq(t.users.id, target)));
				},
				{ isolation: 'serializable' }
			);
		await Promise.all([swap('x'), swap('y')]);
		expect(attempts).toBeGreaterThan(2);
		const names = await store().read(({ db, t }) => run(db.select({ name: t.users.displayName }).from(t.users).orderBy(t.users.id)));
		// As if one ran after the other, in either order: the second saw the first's change (without
		// the retry both would have read the two old names, a write skew: 'x+y' twice).
		const [x, y] = names.map((n) => n.name);
		expect([
			['x+y', 'x+y+y'],
			['x+x+y', 'x+y']
		]).toContainEqual([x, y]);
	});

	it('says in a few words why a write is refused, though drizzle wraps the server’s error', async () => {
		// A standby, or a server made read-only: every connection of the pool refuses writes.
		const [{ name }] = await store().read(() => rows<{ name: string }>(sql`select current_database() as name`));
		await store().write(() => rows(sql.raw(`alter database ${name} set default_transaction_read_only = on`)));
		const context = inject('postgres');
		if ('missing' in context) throw new Error(context.missing);
		const readOnly = pgStore(context.urlTemplate.replace('%s', name), { poolSize: 1 });
		try {
			const error = await probeWrite(readOnly).then(() => null, (e: unknown) => e);
			expect(error).not.toBeNull();
			expect(writeFailureReason(error)).toBe('the server is read-only (a standby?)');
		} finally {
			await readOnly.close();
		}
	});

	it('survives its connections being cut, and the next use case gets a new one', async () => {
		const [{ name }] = await store().read(() => rows<{ name: string }>(sql`select current_database() as name`));
		const context = inject('postgres');
		if ('missing' in context) throw new Error(context.missing);
		const admin = new pg.Client({ connectionString: context.urlTemplate.replace('%s', 'postgres') });
		await admin.connect();
		try {
			const { rows: cut } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
			expect(cut.length).toBeGreaterThan(0);
		} finally {
			await admin.end();
		}
		await new Promise((done) => setTimeout(done, 100));
		expect((await store().read(count))?.n).toBe(0);
	});
});
