// Queries for users and the sign-in attempts that guard them. Emails arrive here already
// normalised (trimmed, lower-case): the services own that rule.
import { and, count, eq, gte, lt, desc } from 'drizzle-orm';
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

export function recordAttempt(db: Conn, row: { email: string; address: string; success: boolean; at: Date }): number {
	return Number(db.insert(loginAttempts).values(row).run().lastInsertRowid);
}

export function markAttemptSucceeded(db: Conn, id: number): void {
	db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id)).run();
}

/** Times of the failed attempts since `since`, newest first, for one account or one address. */
export function recentFailures(db: Conn, by: { email: string } | { address: string }, since: Date, limit: number): Date[] {
	const who = 'email' in by ? eq(loginAttempts.email, by.email) : eq(loginAttempts.address, by.address);
	return db
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(and(who, eq(loginAttempts.success, false), gte(loginAttempts.at, since)))
		.orderBy(desc(loginAttempts.at))
		.limit(limit)
		.all()
		.map((r) => r.at);
}

export function pruneAttempts(db: Conn, before: Date): void {
	db.delete(loginAttempts).where(lt(loginAttempts.at, before)).run();
}

export function countAttempts(db: Conn): number {
	return db.select({ n: count() }).from(loginAttempts).get()?.n ?? 0;
}
