// Opaque random session tokens in an HttpOnly cookie; the database stores only their SHA-256,
// so reading the database does not let anyone impersonate a user.
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { perConnection } from '$lib/server/repo/conn';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { cookieOptions } from '$lib/server/cookies';
import { sessions, users, type User } from '$lib/server/db/schema';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
const SESSION_DAYS = 30;

export type SessionUser = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'locale' | 'isDemo'>;

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function createSession(db: Db, userId: string, now = new Date()): { token: string; expiresAt: Date } {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
	db.insert(sessions).values({ id: hashToken(token), userId, expiresAt, createdAt: now }).run();
	return { token, expiresAt };
}

// Every request reads its session: one statement prepared per connection (drizzle would build
// and prepare the query anew each time, a tenth of a review submission's cost).
const sessionLookup = perConnection((db: Db) =>
	db
		.select({
			expiresAt: sessions.expiresAt,
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role,
			locale: users.locale,
			isDemo: users.isDemo
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare()
);

/**
 * The user behind a token, sliding the expiry forward when half of it has passed. `renewed` says
 * the expiry moved, the only time the browser needs the cookie again: sending it with every
 * response cost each request a cookie to serialise (a twentieth of a review submission's time).
 */
export function validateSession(db: Db, token: string, now = new Date()): { user: SessionUser; expiresAt: Date; renewed: boolean } | null {
	const id = hashToken(token);
	const row = sessionLookup(db).get({ id });
	if (!row) return null;
	if (row.expiresAt.getTime() <= now.getTime()) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	const { expiresAt: stored, ...user } = row;
	if (stored.getTime() - now.getTime() >= (SESSION_DAYS / 2) * DAY) return { user, expiresAt: stored, renewed: false };
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
	db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
	return { user, expiresAt, renewed: true };
}

export function invalidateSession(db: Db, token: string): void {
	db.delete(sessions).where(eq(sessions.id, hashToken(token))).run();
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, cookieOptions(url, { httpOnly: true, expires: expiresAt }));
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, cookieOptions(url, { httpOnly: true }));
}
