// Proves the account rules: sign-up validation and normalised, unique emails; sign-in that
// answers one generic failure; and the per-account and per-address rate limits.
import { describe, it, expect, beforeEach } from 'vitest';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';
import * as usersRepo from '$lib/server/repo/users';
import {
	signUp,
	signIn,
	safeRedirectTarget,
	normaliseEmail,
	signInDelay,
	FREE_FAILURES,
	MAX_DELAY_MS,
	SIGNUPS_PER_MINUTE,
	SIGNUPS_PER_HOUR
} from './accounts';

const base = { email: 'Ada@Example.org ', displayName: '  Ada   Lovelace ', password: 'correct horse', role: 'teacher', locale: 'fr' };
const MIN = 60 * 1000;

describe.each(DIALECTS)('accounts on %s', (dialect) => {
	const store = freshStore(dialect);

	describe('signUp', () => {
		it('creates a user with a normalised email, a hashed password and the chosen locale', async () => {
			const result = await signUp(store(), base);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.user).toMatchObject({ email: 'ada@example.org', displayName: 'Ada Lovelace', role: 'teacher', locale: 'fr' });
			expect(result.user.passwordHash).toMatch(/^\$argon2id\$/);
		});

		it('refuses a second account for the same email, whatever its case', async () => {
			await signUp(store(), base);
			const again = await signUp(store(), { ...base, email: 'ADA@example.ORG' });
			expect(again).toEqual({ ok: false, reason: 'invalid', errors: { email: 'email_taken' } });
		});

		it('reports every bad field at once', async () => {
			const result = await signUp(store(), { email: 'nope', displayName: ' ', password: 'short', role: 'admin', locale: 'de' });
			expect(result).toEqual({
				ok: false,
				reason: 'invalid',
				errors: { email: 'email_invalid', displayName: 'name_required', password: 'password_too_short', role: 'role_required' }
			});
			const long = await signUp(store(), { ...base, email: `${'a'.repeat(250)}@x.org`, displayName: 'x'.repeat(81), password: 'p'.repeat(201) });
			expect(long).toEqual({ ok: false, reason: 'invalid', errors: { email: 'email_too_long', displayName: 'name_too_long', password: 'password_too_long' } });
		});

		it('accepts passwords of exactly 8 and 200 characters', async () => {
			expect((await signUp(store(), { ...base, email: 'a@b.co', password: '12345678' })).ok).toBe(true);
			expect((await signUp(store(), { ...base, email: 'b@b.co', password: 'x'.repeat(200) })).ok).toBe(true);
		});

		it('counts sign-ups sent at the same moment from one address exactly once each', async () => {
			const now = new Date('2025-01-01T10:00:00Z');
			const results = await Promise.all(
				Array.from({ length: SIGNUPS_PER_MINUTE + 10 }, (_, i) => signUp(store(), { ...base, email: `p${i}@x.org`, password: 'p', address: '203.0.113.9' }, now))
			);
			expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(10);
			expect(await store().read(usersRepo.countAttempts)).toBe(SIGNUPS_PER_MINUTE);
		});

		it('limits sign-ups per address per minute and per hour, counting refused ones too', async () => {
			const start = new Date('2025-01-01T10:00:00Z');
			const from = (address: string, i: number, now: Date) => signUp(store(), { ...base, email: `s${address}-${i}@x.org`, password: 'p', address }, now);
			// A class of 30 signs up in one minute (wrong passwords count as attempts too).
			for (let i = 0; i < SIGNUPS_PER_MINUTE; i++) expect((await from('192.0.2.1', i, new Date(start.getTime() + i * 1000))).ok).toBe(false);
			expect(await from('192.0.2.1', 99, new Date(start.getTime() + 30_000))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 30 });
			// Another address is not limited: its sign-up is judged on its fields.
			expect(await from('198.51.100.2', 0, new Date(start.getTime() + 30_000))).toEqual({ ok: false, reason: 'invalid', errors: { password: 'password_too_short' } });
			// The hourly limit: ten bursts of 30 spread over the hour, then a wait until the first leaves the hour.
			for (let burst = 1; burst < SIGNUPS_PER_HOUR / SIGNUPS_PER_MINUTE; burst++)
				for (let i = 0; i < SIGNUPS_PER_MINUTE; i++) await from('192.0.2.1', burst * 100 + i, new Date(start.getTime() + burst * 120_000 + i * 1000));
			expect(await from('192.0.2.1', 999, new Date(start.getTime() + 59 * 60_000))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 60 });
		});
	});

	describe('signIn', () => {
		beforeEach(async () => {
			await signUp(store(), base);
		});
		const attempt = (password: string, address = '10.0.0.1', email = ' ADA@example.org', now?: Date) =>
			signIn(store(), { email, password, address }, now);

		it('signs in with the right password, whatever the email case and spaces', async () => {
			const result = await attempt('correct horse');
			expect(result.ok).toBe(true);
		});

		it('answers the same for a wrong password and an unknown email', async () => {
			expect(await attempt('wrong password')).toEqual({ ok: false, reason: 'invalid' });
			expect(await attempt('correct horse', '10.0.0.1', 'nobody@example.org')).toEqual({ ok: false, reason: 'invalid' });
		});

		it('asks for both fields without counting an attempt', async () => {
			const before = (await store().read(usersRepo.countAttempts));
			expect(await attempt('')).toEqual({ ok: false, reason: 'missing' });
			expect((await store().read(usersRepo.countAttempts))).toBe(before);
		});

		const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

		it('slows guesses down per account and address with a doubling wait, never locking', async () => {
			const start = new Date('2025-01-01T10:00:00Z');
			// Three free failures, then 10 s, 20 s, 40 s after the latest failure (computed by hand).
			for (let i = 0; i < FREE_FAILURES; i++) expect(await attempt('wrong password', '10.0.0.1', undefined, at(start, i))).toEqual({ ok: false, reason: 'invalid' });
			expect(await attempt('correct horse', '10.0.0.1', undefined, at(start, 3))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 9 });
			expect(await attempt('wrong password', '10.0.0.1', undefined, at(start, 12))).toEqual({ ok: false, reason: 'invalid' });
			expect(await attempt('wrong password', '10.0.0.1', undefined, at(start, 13))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 19 });
			expect(await attempt('wrong password', '10.0.0.1', undefined, at(start, 32))).toEqual({ ok: false, reason: 'invalid' });
			expect(await attempt('correct horse', '10.0.0.1', undefined, at(start, 71))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 1 });
			// The owner on another address is not slowed at all, and the wait ends.
			expect((await attempt('correct horse', '198.51.100.1', undefined, at(start, 33))).ok).toBe(true);
			expect((await attempt('correct horse', '10.0.0.1', undefined, at(start, 72))).ok).toBe(true);
		});

		it('caps the wait', () => {
			const now = new Date('2025-01-01T10:00:00Z');
			const failures = Array.from({ length: 40 }, () => now);
			expect(signInDelay(failures, now)).toBe(MAX_DELAY_MS / 1000);
			expect(signInDelay(failures.slice(0, FREE_FAILURES - 1), now)).toBe(0);
			expect(signInDelay(failures.slice(0, FREE_FAILURES), now)).toBe(10);
		});

		it('forgets failures older than the window', async () => {
			const now = new Date('2025-01-01T10:00:00Z');
			for (let i = 0; i < 6; i++) await attempt('wrong password', '10.0.0.1', undefined, at(now, i * 100));
			expect((await attempt('correct horse', '10.0.0.1', undefined, at(now, 501))).ok).toBe(false);
			expect((await attempt('correct horse', '10.0.0.1', undefined, at(now, 15 * 60 + 301))).ok).toBe(true);
		});

		it('starts counting again after a successful sign-in from the same address', async () => {
			const now = new Date('2025-01-01T10:00:00Z');
			for (let i = 0; i < FREE_FAILURES - 1; i++) await attempt('wrong password', '10.0.0.1', undefined, at(now, i));
			expect((await attempt('correct horse', '10.0.0.1', undefined, at(now, 5))).ok).toBe(true);
			for (let i = 0; i < FREE_FAILURES - 1; i++) await attempt('wrong password', '10.0.0.1', undefined, at(now, 6 + i));
			expect((await attempt('correct horse', '10.0.0.1', undefined, at(now, 9))).ok).toBe(true);
		});

		it('does not slow classmates behind the same address', async () => {
			const now = new Date('2025-01-01T10:00:00Z');
			for (let i = 0; i < 30; i++) await attempt('guess', '192.0.2.7', `victim${i}@example.org`, now);
			expect((await attempt('correct horse', '192.0.2.7', undefined, at(now, 1))).ok).toBe(true);
		});

		it('prunes attempts older than a day', async () => {
			await store().write(({ db, t }) => run(db.insert(t.loginAttempts).values({ email: 'old@x.org', address: '1.1.1.1', success: false, at: new Date(Date.now() - 2 * 24 * 60 * MIN) })));
			await attempt('wrong password');
			// What is left: the sign-up of beforeEach and this attempt.
			expect((await store().read(usersRepo.countAttempts))).toBe(2);
		});
	});
});

describe('helpers', () => {
	it('keeps redirects on this site', () => {
		expect(safeRedirectTarget('/teach/classes?x=1')).toBe('/teach/classes?x=1');
		// A Location header holds bytes: characters above U+00FF leave percent-encoded.
		expect(safeRedirectTarget('/study?q=日本#été')).toBe('/study?q=%E6%97%A5%E6%9C%AC#%C3%A9t%C3%A9');
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'teach', '/a\nb', null, 42]) {
			expect(safeRedirectTarget(bad)).toBeNull();
		}
	});

	it('normalises emails', () => {
		expect(normaliseEmail('  Ada@Example.ORG ')).toBe('ada@example.org');
		expect(normaliseEmail(undefined)).toBe('');
	});
});

describe.each(DIALECTS)('a class signing in at once on %s', (dialect) => {
	// As many connections as a busy node holds: gates then really run side by side.
	const store = freshStore(dialect, { poolSize: 30 });

	it('lets sixty students sign in together: gates of different students never abort each other', async () => {
		const now = new Date('2025-01-01T10:00:00Z');
		const emails = Array.from({ length: 60 }, (_, i) => `pupil${i}@example.org`);
		// Accounts written directly: hashing sixty passwords would be the test's whole time.
		await store().write(({ db, t }) => run(db.insert(t.users).values(emails.map((email, i) => ({ id: `p${i}`, email, passwordHash: 'not-argon2', displayName: `P${i}`, role: 'student' as const })))));
		const results = await Promise.all(emails.map((email, i) => signIn(store(), { email, password: 'wrong password', address: `10.1.0.${i}` }, now)));
		expect(results.every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
		expect(await store().read(usersRepo.countAttempts)).toBe(60);
	});
});
