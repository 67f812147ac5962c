// Proves the session lifetime: a token finds its user until it expires, the expiry slides forward
// only once half of it has passed (the only time the hook sends the cookie again), and an expired
// or signed-out token finds no one.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '$lib/server/db';
import { sessions, users } from '$lib/server/db/schema';
import { createSession, invalidateSession, validateSession } from './session';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T08:00:00Z');
let db: Db;

beforeEach(() => {
	db = openDatabase(':memory:');
	db.insert(users).values({ id: 'u1', email: 'ada@example.org', passwordHash: 'x', displayName: 'Ada', role: 'student', createdAt: start }).run();
});

const storedExpiry = () => db.select().from(sessions).all()[0]?.expiresAt.getTime();

describe('validateSession', () => {
	it('finds the user and keeps the expiry while more than half of it is left', () => {
		const { token, expiresAt } = createSession(db, 'u1', start);
		const later = new Date(start.getTime() + 14 * DAY);
		expect(validateSession(db, token, later)).toEqual({ user: expect.objectContaining({ id: 'u1', role: 'student' }), expiresAt, renewed: false });
		expect(storedExpiry()).toBe(expiresAt.getTime());
	});

	it('slides the expiry thirty days ahead once half of it has passed, and says so', () => {
		const { token } = createSession(db, 'u1', start);
		const later = new Date(start.getTime() + 16 * DAY);
		const found = validateSession(db, token, later);
		expect(found?.renewed).toBe(true);
		expect(found?.expiresAt.getTime()).toBe(later.getTime() + 30 * DAY);
		expect(storedExpiry()).toBe(later.getTime() + 30 * DAY);
		// The next request, a minute later, needs no new cookie.
		expect(validateSession(db, token, new Date(later.getTime() + 60_000))?.renewed).toBe(false);
	});

	it('forgets an expired token, and a signed-out one', () => {
		const { token } = createSession(db, 'u1', start);
		expect(validateSession(db, token, new Date(start.getTime() + 31 * DAY))).toBeNull();
		expect(db.select().from(sessions).where(eq(sessions.userId, 'u1')).all()).toEqual([]);
		const second = createSession(db, 'u1', start);
		invalidateSession(db, second.token);
		expect(validateSession(db, second.token, start)).toBeNull();
		expect(validateSession(db, 'not-a-token', start)).toBeNull();
	});
});
