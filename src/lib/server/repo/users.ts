// Queries for users and the sign-in attempts that guard them. Emails arrive here already
// normalised (trimmed, lower-case): the services own that rule. Each is a step of a use case,
// run by the Store on SQLite or PostgreSQL (db/store.ts).
import { and, asc, count, eq, gt, gte, lt, desc } from 'drizzle-orm';
import { first, run, type Tx, type Work } from '$lib/server/db/store';
import type { User } from '$lib/server/db/schema';

export type NewUser = Tx['t']['users']['$inferInsert'];

export function* findByEmail({ db, t }: Tx, email: string): Work<User | undefined> {
	return yield* first(db.select().from(t.users).where(eq(t.users.email, email)).limit(1));
}

export function* findById({ db, t }: Tx, id: string): Work<User | undefined> {
	return yield* first(db.select().from(t.users).where(eq(t.users.id, id)).limit(1));
}

export function* insert({ db, t }: Tx, row: NewUser): Work<void> {
	yield* run(db.insert(t.users).values(row));
}

/** The language the interface follows this user in, from one browser to another. */
export function* setLocale({ db, t }: Tx, id: string, locale: 'en' | 'fr'): Work<void> {
	yield* run(db.update(t.users).set({ locale }).where(eq(t.users.id, id)));
}

/**
 * What is counted: sign-ins and sign-ups (by address), demo sandboxes (by address) and articles
 * sent to the engine (by teacher: the teacher's id stands in the address column).
 */
export type AttemptKind = 'signin' | 'signup' | 'demo' | 'article';

export function* recordAttempt({ db, t }: Tx, row: { kind: AttemptKind; email: string; address: string; success: boolean; at: Date }): Work<number> {
	const [{ id }] = yield* run(db.insert(t.loginAttempts).values(row).returning({ id: t.loginAttempts.id }));
	return id;
}

export function* markAttemptSucceeded({ db, t }: Tx, id: number): Work<void> {
	yield* run(db.update(t.loginAttempts).set({ success: true }).where(eq(t.loginAttempts.id, id)));
}

/**
 * Times of the failed sign-ins of one account from one address since `since` and since the
 * pair's last successful sign-in, newest first.
 */
export function* recentFailures({ db, t }: Tx, pair: { email: string; address: string }, since: Date, limit: number): Work<Date[]> {
	const a = t.loginAttempts;
	const samePair = and(eq(a.kind, 'signin'), eq(a.email, pair.email), eq(a.address, pair.address));
	const lastSuccess = (yield* first(
		db
			.select({ at: a.at })
			.from(a)
			.where(and(samePair, eq(a.success, true), gte(a.at, since)))
			.orderBy(desc(a.at))
			.limit(1)
	))?.at;
	const failures = yield* run(
		db
			.select({ at: a.at })
			.from(a)
			.where(and(samePair, eq(a.success, false), gt(a.at, lastSuccess ?? new Date(since.getTime() - 1))))
			.orderBy(desc(a.at))
			.limit(limit)
	);
	return failures.map((r) => r.at);
}

/** Times of the attempts of one kind (successful or not) from one address since `since`, oldest first. */
export function* recentAttempts({ db, t }: Tx, kind: AttemptKind, address: string, since: Date): Work<Date[]> {
	const a = t.loginAttempts;
	const found = yield* run(
		db
			.select({ at: a.at })
			.from(a)
			.where(and(eq(a.kind, kind), eq(a.address, address), gte(a.at, since)))
			.orderBy(asc(a.at))
	);
	return found.map((r) => r.at);
}

export function* pruneAttempts({ db, t }: Tx, before: Date): Work<void> {
	yield* run(db.delete(t.loginAttempts).where(lt(t.loginAttempts.at, before)));
}

export function* countAttempts({ db, t }: Tx): Work<number> {
	return (yield* first(db.select({ n: count() }).from(t.loginAttempts)))?.n ?? 0;
}
