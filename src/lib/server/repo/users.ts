// Queries for users and the sign-in attempts that guard them. Emails arrive here already
// normalised (trimmed, lower-case): the services own that rule.
import { and, asc, count, eq, gt, gte, lt, desc } from 'drizzle-orm';
import type { Conn } from './conn';
import { loginAttempts, users, type User } from '$lib/server/db/schema';

export type NewUser = typeof users.$inferInsert;

export function findByEmail(db: Conn, email: string): User | undefined {
	return db.select().from(users).where(eq(users.email, email)).get();
}

export function findById(db: Conn, id: string): User | undefined {
	return db.select().from(users).where(eq(users.id, id)).get();
}

export function insert(db: Conn, row: NewUser): void {
	db.insert(users).values(row).run();
}

/**
 * What is counted: sign-ins and sign-ups (by address), demo sandboxes (by address) and articles
 * sent to the engine (by teacher: the teacher's id stands in the address column).
 */
export type AttemptKind = 'signin' | 'signup' | 'demo' | 'article';

export function recordAttempt(db: Conn, row: { kind: AttemptKind; email: string; address: string; success: boolean; at: Date }): number {
	return Number(db.insert(loginAttempts).values(row).run().lastInsertRowid);
}

export function markAttemptSucceeded(db: Conn, id: number): void {
	db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id)).run();
}

/**
 * Times of the failed sign-ins of one account from one address since `since` and since the
 * pair's last successful sign-in, newest first.
 */
export function recentFailures(db: Conn, pair: { email: string; address: string }, since: Date, limit: number): Date[] {
	const samePair = and(eq(loginAttempts.kind, 'signin'), eq(loginAttempts.email, pair.email), eq(loginAttempts.address, pair.address));
	const lastSuccess = db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(and(samePair, eq(loginAttempts.success, true), gte(loginAttempts.at, since)))
		.orderBy(desc(loginAttempts.at))
		.limit(1)
		.get()?.at;
	return db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(and(samePair, eq(loginAttempts.success, false), gt(loginAttempts.at, lastSuccess ?? new Date(since.getTime() - 1))))
		.orderBy(desc(loginAttempts.at))
		.limit(limit)
		.all()
		.map((r) => r.at);
}

/** Times of the attempts of one kind (successful or not) from one address since `since`, oldest first. */
export function recentAttempts(db: Conn, kind: AttemptKind, address: string, since: Date): Date[] {
	return db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(and(eq(loginAttempts.kind, kind), eq(loginAttempts.address, address), gte(loginAttempts.at, since)))
		.orderBy(asc(loginAttempts.at))
		.all()
		.map((r) => r.at);
}

export function pruneAttempts(db: Conn, before: Date): void {
	db.delete(loginAttempts).where(lt(loginAttempts.at, before)).run();
}

export function countAttempts(db: Conn): number {
	return db.select({ n: count() }).from(loginAttempts).get()?.n ?? 0;
}
