// Opaque random session tokens in an HttpOnly cookie; the database stores only their SHA-256,
// so reading the database does not let anyone impersonate a user.
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import { prepared, run, type Store, type Tx } from '$lib/server/db/store';
import { cookieOptions } from '$lib/server/cookies';
import type { User } from '$lib/server/db/schema';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
const SESSION_DAYS = 30;

export type SessionUser = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'locale' | 'isDemo'>;

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function createSession(store: Store, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
	await store.write(({ db, t }) => run(db.insert(t.sessions).values({ id: hashToken(token), userId, expiresAt, createdAt: now })));
	return { token, expiresAt };
}

// Every request reads its session: prepared once per SQLite connection (drizzle would otherwise
// build the query anew each time, a tenth of a review submission's cost), a named prepared
// statement on PostgreSQL (parsed once per connection).
function* sessionLookup(tx: Tx, id: string) {
	const build = ({ db, t }: Tx) => {
		const { sessions, users } = t;
		return db
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
			.where(eq(sessions.id, sql.placeholder('id')));
	};
	return (yield* prepared<Awaited<ReturnType<typeof build>>[number]>(tx, 'session_lookup', build, { id }))[0];
}

/**
 * The user behind a token, sliding the expiry forward when half of it has passed. `renewed` says
 * the expiry moved, the only time the browser needs the cookie again: sending it with every
 * response cost each request a cookie to serialise (a twentieth of a review submission's time).
 * Every request asks: a read, and a write only when the expiry moves or the session is over.
 */
export async function validateSession(store: Store, token: string, now = new Date()): Promise<{ user: SessionUser; expiresAt: Date; renewed: boolean } | null> {
	const id = hashToken(token);
	const row = await store.read((tx) => sessionLookup(tx, id));
	if (!row) return null;
	if (row.expiresAt.getTime() <= now.getTime()) {
		await store.write(({ db, t }) => run(db.delete(t.sessions).where(eq(t.sessions.id, id))));
		return null;
	}
	const { expiresAt: stored, ...user } = row;
	if (stored.getTime() - now.getTime() >= (SESSION_DAYS / 2) * DAY) return { user, expiresAt: stored, renewed: false };
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
	await store.write(({ db, t }) => run(db.update(t.sessions).set({ expiresAt }).where(eq(t.sessions.id, id))));
	return { user, expiresAt, renewed: true };
}

export async function invalidateSession(store: Store, token: string): Promise<void> {
	await store.write(({ db, t }) => run(db.delete(t.sessions).where(eq(t.sessions.id, hashToken(token)))));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, cookieOptions(url, { httpOnly: true, expires: expiresAt }));
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, cookieOptions(url, { httpOnly: true }));
}
