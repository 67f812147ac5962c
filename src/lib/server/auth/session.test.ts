// Proves the session lifetime, on SQLite and PostgreSQL: a token finds its user until it expires,
// the expiry slides forward only once half of it has passed (the only time the hook sends the
// cookie again), and an expired or signed-out token finds no one.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';
import { createSession, invalidateSession, validateSession } from './session';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T08:00:00Z');

describe.each(DIALECTS)('validateSession on %s', (dialect) => {
	const store = freshStore(dialect);
	beforeEach(async () => {
		await store().write(({ db, t }) => run(db.insert(t.users).values({ id: 'u1', email: 'ada@example.org', passwordHash: 'x', displayName: 'Ada', role: 'student', createdAt: start })));
	});
	const stored = () => store().read(({ db, t }) => run(db.select().from(t.sessions).where(eq(t.sessions.userId, 'u1'))));
	const storedExpiry = async () => (await stored())[0]?.expiresAt.getTime();

	it('finds the user and keeps the expiry while more than half of it is left', async () => {
		const { token, expiresAt } = await createSession(store(), 'u1', start);
		const later = new Date(start.getTime() + 14 * DAY);
		expect(await validateSession(store(), token, later)).toEqual({ user: expect.objectContaining({ id: 'u1', role: 'student', isDemo: false }), expiresAt, renewed: false });
		expect(await storedExpiry()).toBe(expiresAt.getTime());
	});

	it('slides the expiry thirty days ahead once half of it has passed, and says so', async () => {
		const { token } = await createSession(store(), 'u1', start);
		const later = new Date(start.getTime() + 16 * DAY);
		const found = await validateSession(store(), token, later);
		expect(found?.renewed).toBe(true);
		expect(found?.expiresAt.getTime()).toBe(later.getTime() + 30 * DAY);
		expect(await storedExpiry()).toBe(later.getTime() + 30 * DAY);
		// The next request, a minute later, needs no new cookie.
		expect((await validateSession(store(), token, new Date(later.getTime() + 60_000)))?.renewed).toBe(false);
	});

	it('forgets an expired token, and a signed-out one', async () => {
		const { token } = await createSession(store(), 'u1', start);
		expect(await validateSession(store(), token, new Date(start.getTime() + 31 * DAY))).toBeNull();
		expect(await stored()).toEqual([]);
		const second = await createSession(store(), 'u1', start);
		await invalidateSession(store(), second.token);
		expect(await validateSession(store(), second.token, start)).toBeNull();
		expect(await validateSession(store(), 'not-a-token', start)).toBeNull();
	});
});
