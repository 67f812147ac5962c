// Proves the account rules: sign-up validation and normalised, unique emails; sign-in that
// answers one generic failure; and the per-account and per-address rate limits.
import { describe, it, expect, beforeEach } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db';
import * as usersRepo from '$lib/server/repo/users';
import { loginAttempts } from '$lib/server/db/schema';
import {
	signUp,
	signIn,
	safeRedirectTarget,
	normaliseEmail,
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_ADDRESS
} from './accounts';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});

const base = { email: 'Ada@Example.org ', displayName: '  Ada   Lovelace ', password: 'correct horse', role: 'teacher', locale: 'fr' };
const MIN = 60 * 1000;

describe('signUp', () => {
	it('creates a user with a normalised email, a hashed password and the chosen locale', async () => {
		const result = await signUp(db, base);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user).toMatchObject({ email: 'ada@example.org', displayName: 'Ada Lovelace', role: 'teacher', locale: 'fr' });
		expect(result.user.passwordHash).toMatch(/^\$argon2id\$/);
	});

	it('refuses a second account for the same email, whatever its case', async () => {
		await signUp(db, base);
		const again = await signUp(db, { ...base, email: 'ADA@example.ORG' });
		expect(again).toEqual({ ok: false, errors: { email: 'email_taken' } });
	});

	it('reports every bad field at once', async () => {
		const result = await signUp(db, { email: 'nope', displayName: ' ', password: 'short', role: 'admin', locale: 'de' });
		expect(result).toEqual({
			ok: false,
			errors: { email: 'email_invalid', displayName: 'name_required', password: 'password_too_short', role: 'role_required' }
		});
		const long = await signUp(db, { ...base, email: `${'a'.repeat(250)}@x.org`, displayName: 'x'.repeat(81), password: 'p'.repeat(201) });
		expect(long).toEqual({ ok: false, errors: { email: 'email_too_long', displayName: 'name_too_long', password: 'password_too_long' } });
	});

	it('accepts passwords of exactly 8 and 200 characters', async () => {
		expect((await signUp(db, { ...base, email: 'a@b.co', password: '12345678' })).ok).toBe(true);
		expect((await signUp(db, { ...base, email: 'b@b.co', password: 'x'.repeat(200) })).ok).toBe(true);
	});
});

describe('signIn', () => {
	beforeEach(async () => {
		await signUp(db, base);
	});
	const attempt = (password: string, address = '10.0.0.1', email = ' ADA@example.org', now?: Date) =>
		signIn(db, { email, password, address }, now);

	it('signs in with the right password, whatever the email case and spaces', async () => {
		const result = await attempt('correct horse');
		expect(result.ok).toBe(true);
	});

	it('answers the same for a wrong password and an unknown email', async () => {
		expect(await attempt('wrong password')).toEqual({ ok: false, reason: 'invalid' });
		expect(await attempt('correct horse', '10.0.0.1', 'nobody@example.org')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('asks for both fields without counting an attempt', async () => {
		expect(await attempt('')).toEqual({ ok: false, reason: 'missing' });
		expect(usersRepo.countAttempts(db)).toBe(0);
	});

	it('locks an account after 5 failures for 15 minutes, even with the right password', async () => {
		const start = new Date('2025-01-01T10:00:00Z');
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			expect((await attempt('wrong password', `10.0.0.${i}`, undefined, new Date(start.getTime() + i * MIN))).ok).toBe(false);
		}
		const locked = await attempt('correct horse', '10.9.9.9', undefined, new Date(start.getTime() + 5 * MIN));
		expect(locked).toEqual({ ok: false, reason: 'rate_limited', retryAfterMinutes: 10 });
		// Once the oldest failure leaves the window, one more try is allowed.
		const later = await attempt('correct horse', '10.9.9.9', undefined, new Date(start.getTime() + 15 * MIN + 1));
		expect(later.ok).toBe(true);
	});

	it('does not count successful sign-ins', async () => {
		const now = new Date();
		for (let i = 0; i < 10; i++) expect((await attempt('correct horse', '10.0.0.1', undefined, now)).ok).toBe(true);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await attempt('wrong password', '10.0.0.1', undefined, now);
		expect((await attempt('correct horse', '10.0.0.1', undefined, now)).ok).toBe(true);
	});

	it('limits one address to 20 failures across accounts', async () => {
		const now = new Date('2025-01-01T10:00:00Z');
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
			await attempt('guess', '192.0.2.7', `victim${i}@example.org`, now);
		}
		const blocked = await attempt('correct horse', '192.0.2.7', undefined, new Date(now.getTime() + MIN));
		expect(blocked).toEqual({ ok: false, reason: 'rate_limited', retryAfterMinutes: 14 });
		// The real owner on another address is not affected.
		expect((await attempt('correct horse', '198.51.100.1', undefined, new Date(now.getTime() + MIN))).ok).toBe(true);
	});

	it('prunes attempts older than a day', async () => {
		db.insert(loginAttempts).values({ email: 'old@x.org', address: '1.1.1.1', success: false, at: new Date(Date.now() - 2 * 24 * 60 * MIN) }).run();
		await attempt('wrong password');
		expect(usersRepo.countAttempts(db)).toBe(1);
	});
});

describe('helpers', () => {
	it('keeps redirects on this site', () => {
		expect(safeRedirectTarget('/teach/classes?x=1')).toBe('/teach/classes?x=1');
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'teach', '/a\nb', null, 42]) {
			expect(safeRedirectTarget(bad)).toBeNull();
		}
	});

	it('normalises emails', () => {
		expect(normaliseEmail('  Ada@Example.ORG ')).toBe('ada@example.org');
		expect(normaliseEmail(undefined)).toBe('');
	});
});
