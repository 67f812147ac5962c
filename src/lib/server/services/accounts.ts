// Use cases for accounts: sign-up, sign-in with rate limiting, and where a user lands afterwards.
// Results carry error codes, not sentences: the routes translate them.
import { lockKey, type Store } from '$lib/server/db/store';
import type { User } from '$lib/server/db/schema';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { newId } from '$lib/server/ids';
import * as usersRepo from '$lib/server/repo/users';
import { isUniqueViolation } from '../db/errors';
import { oneLine } from './text';
import { attemptWait, HOUR_MS, MINUTE_MS } from './rate-limit';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const EMAIL_MAX = 254;
export const NAME_MAX = 80;

/**
 * Guessing is slowed per (account, address) pair, never locked: after FREE_FAILURES failed
 * sign-ins within the window, each next try waits twice as long as the one before (10 s, 20 s,
 * 40 s … up to MAX_DELAY). The owner on another address (home, a phone) is never slowed by
 * someone else's guesses, and one student's typos do not slow the classmates behind the same
 * school address.
 */
export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 10_000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** Sign-ups per address: a class signing up together passes, a script creating accounts does not. */
export const SIGNUPS_PER_MINUTE = 30;
export const SIGNUPS_PER_HOUR = 300;
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type Role = 'teacher' | 'student';
export type Locale = 'en' | 'fr';

export function normaliseEmail(value: unknown): string {
	return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

export function dashboardFor(role: Role): string {
	return role === 'teacher' ? '/teach' : '/study';
}

/**
 * A same-site path to go to after signing in, or null. Rejects `//host` and `/\host`, which
 * browsers treat as another site, and anything with control characters.
 */
export function safeRedirectTarget(value: unknown): string | null {
	if (typeof value !== 'string' || value.length > 2000) return null;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
	if (/[\u0000-\u001f\u007f]/.test(value)) return null;
	// A Location header carries bytes, not text: "/é" or "/日本" are sent percent-encoded.
	const url = new URL(value, 'http://same.site');
	return url.origin === 'http://same.site' ? url.pathname + url.search + url.hash : null;
}

export interface SignUpInput {
	email: string;
	displayName: string;
	password: string;
	role: string;
	locale: string;
	/** The client's address, for the sign-up rate limit. */
	address?: string;
}

export type SignUpField = 'email' | 'displayName' | 'password' | 'role';
export type SignUpError =
	| 'email_required'
	| 'email_invalid'
	| 'email_too_long'
	| 'email_taken'
	| 'name_required'
	| 'name_too_long'
	| 'password_too_short'
	| 'password_too_long'
	| 'role_required';

export type SignUpResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid'; errors: Partial<Record<SignUpField, SignUpError>> }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateSignUp(input: SignUpInput) {
	const email = normaliseEmail(input.email);
	const displayName = oneLine(input.displayName);
	const password = input.password ?? '';
	const errors: Partial<Record<SignUpField, SignUpError>> = {};
	if (!email) errors.email = 'email_required';
	else if (email.length > EMAIL_MAX) errors.email = 'email_too_long';
	else if (!EMAIL_SHAPE.test(email)) errors.email = 'email_invalid';
	if (!displayName) errors.displayName = 'name_required';
	else if (displayName.length > NAME_MAX) errors.displayName = 'name_too_long';
	if (password.length < PASSWORD_MIN) errors.password = 'password_too_short';
	else if (password.length > PASSWORD_MAX) errors.password = 'password_too_long';
	if (input.role !== 'teacher' && input.role !== 'student') errors.role = 'role_required';
	const locale: Locale = input.locale === 'fr' ? 'fr' : 'en';
	return { email, displayName, password, role: input.role as Role, locale, errors };
}

const SIGNUP_LIMITS = [
	{ count: SIGNUPS_PER_MINUTE, windowMs: MINUTE_MS },
	{ count: SIGNUPS_PER_HOUR, windowMs: HOUR_MS }
];

export async function signUp(store: Store, input: SignUpInput, now = new Date()): Promise<SignUpResult> {
	const v = validateSignUp(input);
	const address = input.address || 'unknown';
	// Counted and recorded in one transaction holding the address's lock: parallel sign-ups from one
	// address cannot all pass the limit.
	const gate = await store.write(function* (tx) {
		const wait = yield* attemptWait(tx, 'signup', address, SIGNUP_LIMITS, now);
		if (wait > 0) return { wait, attemptId: 0 };
		yield* usersRepo.pruneAttempts(tx, new Date(now.getTime() - ATTEMPT_RETENTION_MS));
		return { wait: 0, attemptId: yield* usersRepo.recordAttempt(tx, { kind: 'signup', email: v.email, address, success: false, at: now }) };
	});
	if (gate.wait > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: gate.wait };

	if (!v.errors.email && (await store.read((tx) => usersRepo.findByEmail(tx, v.email)))) v.errors.email = 'email_taken';
	// Hash before answering, even when the address is taken: "already exists" costs a caller as
	// much as creating an account, so probing which emails have accounts is no cheaper.
	const passwordHash = v.errors.password ? '' : await hashPassword(v.password);
	if (Object.keys(v.errors).length > 0) return { ok: false, reason: 'invalid', errors: v.errors };

	const id = newId();
	try {
		return {
			ok: true,
			user: await store.write(function* (tx) {
				yield* usersRepo.insert(tx, { id, email: v.email, passwordHash, displayName: v.displayName, role: v.role, locale: v.locale });
				yield* usersRepo.markAttemptSucceeded(tx, gate.attemptId);
				return (yield* usersRepo.findById(tx, id))!;
			})
		};
	} catch (error) {
		// Two sign-ups for one address raced past the check above.
		if (isUniqueViolation(error)) return { ok: false, reason: 'invalid', errors: { email: 'email_taken' } };
		throw error;
	}
}

export interface SignInInput {
	email: string;
	password: string;
	address: string;
}

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'missing' | 'invalid' }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

/** The wait before the next try after `failures` (newest first) of one account from one address. */
export function signInDelay(failures: Date[], now: Date): number {
	if (failures.length < FREE_FAILURES) return 0;
	const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures.length - FREE_FAILURES), MAX_DELAY_MS);
	const wait = failures[0].getTime() + delay - now.getTime();
	return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

export async function signIn(store: Store, input: SignInInput, now = new Date()): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const password = input.password ?? '';
	if (!email || !password) return { ok: false, reason: 'missing' };
	const address = input.address || 'unknown';

	// Check the delay and record the attempt as a failure in one transaction holding the pair's
	// lock, so parallel guesses cannot all slip through while the hash is being verified.
	const gate = await store.write(function* (tx) {
		yield* lockKey(tx, `signin:${email}|${address}`);
		const failures = yield* usersRepo.recentFailures(tx, { email, address }, new Date(now.getTime() - RATE_WINDOW_MS), 64);
		const wait = signInDelay(failures, now);
		if (wait > 0) return { wait, attemptId: 0, user: undefined };
		yield* usersRepo.pruneAttempts(tx, new Date(now.getTime() - ATTEMPT_RETENTION_MS));
		const attemptId = yield* usersRepo.recordAttempt(tx, { kind: 'signin', email, address, success: false, at: now });
		return { wait: 0, attemptId, user: yield* usersRepo.findByEmail(tx, email) };
	});
	if (gate.wait > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: gate.wait };
	const user = gate.user;
	let valid = false;
	if (password.length > PASSWORD_MAX) valid = false;
	else if (user) valid = await verifyPassword(user.passwordHash, password);
	else {
		// Same work as a real check, so timing does not reveal which addresses have accounts.
		dummyHash ??= hashPassword('not-a-real-password');
		await verifyPassword(await dummyHash, password);
	}
	if (!user || !valid) return { ok: false, reason: 'invalid' };
	await store.write((tx) => usersRepo.markAttemptSucceeded(tx, gate.attemptId));
	return { ok: true, user };
}
