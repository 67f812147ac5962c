// Use cases for accounts: sign-up, sign-in with rate limiting, and where a user lands afterwards.
// Results carry error codes, not sentences: the routes translate them.
import type { Db } from '$lib/server/db';
import type { User } from '$lib/server/db/schema';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { newId } from '$lib/server/ids';
import * as usersRepo from '$lib/server/repo/users';
import { isUniqueViolation } from './db-errors';
import { oneLine } from './text';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const EMAIL_MAX = 254;
export const NAME_MAX = 80;

/** Failed sign-ins allowed per window, per account and per client address. */
export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
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
	return value;
}

export interface SignUpInput {
	email: string;
	displayName: string;
	password: string;
	role: string;
	locale: string;
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

export type SignUpResult = { ok: true; user: User } | { ok: false; errors: Partial<Record<SignUpField, SignUpError>> };

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

export async function signUp(db: Db, input: SignUpInput): Promise<SignUpResult> {
	const v = validateSignUp(input);
	if (!v.errors.email && usersRepo.findByEmail(db, v.email)) v.errors.email = 'email_taken';
	if (Object.keys(v.errors).length > 0) return { ok: false, errors: v.errors };

	// Hash outside the transaction: better-sqlite3 transactions cannot await.
	const passwordHash = await hashPassword(v.password);
	const id = newId();
	try {
		db.transaction((tx) => {
			usersRepo.insert(tx, {
				id,
				email: v.email,
				passwordHash,
				displayName: v.displayName,
				role: v.role,
				locale: v.locale
			});
		});
	} catch (error) {
		// Two sign-ups for one address raced past the check above.
		if (isUniqueViolation(error)) return { ok: false, errors: { email: 'email_taken' } };
		throw error;
	}
	return { ok: true, user: usersRepo.findById(db, id)! };
}

export interface SignInInput {
	email: string;
	password: string;
	address: string;
}

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'missing' | 'invalid' }
	| { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

let dummyHash: Promise<string> | undefined;

/** Minutes until the oldest failure that keeps the count at the limit leaves the window. */
function retryAfter(failures: Date[], limit: number, now: Date): number | null {
	if (failures.length < limit) return null;
	const freesAt = failures[limit - 1].getTime() + RATE_WINDOW_MS;
	return Math.max(1, Math.ceil((freesAt - now.getTime()) / 60000));
}

export async function signIn(db: Db, input: SignInInput, now = new Date()): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const password = input.password ?? '';
	if (!email || !password) return { ok: false, reason: 'missing' };
	const address = input.address || 'unknown';

	// Check the limits and record the attempt as a failure in one synchronous transaction, so
	// parallel guesses cannot all slip under the limit while the hash is being verified.
	const gate = db.transaction((tx) => {
		const since = new Date(now.getTime() - RATE_WINDOW_MS);
		const wait = Math.max(
			retryAfter(usersRepo.recentFailures(tx, { email }, since, MAX_FAILURES_PER_ACCOUNT), MAX_FAILURES_PER_ACCOUNT, now) ?? 0,
			retryAfter(usersRepo.recentFailures(tx, { address }, since, MAX_FAILURES_PER_ADDRESS), MAX_FAILURES_PER_ADDRESS, now) ?? 0
		);
		if (wait > 0) return { wait, attemptId: 0 };
		usersRepo.pruneAttempts(tx, new Date(now.getTime() - ATTEMPT_RETENTION_MS));
		return { wait: 0, attemptId: usersRepo.recordAttempt(tx, { email, address, success: false, at: now }) };
	});
	if (gate.wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMinutes: gate.wait };

	const user = usersRepo.findByEmail(db, email);
	let valid = false;
	if (password.length > PASSWORD_MAX) valid = false;
	else if (user) valid = await verifyPassword(user.passwordHash, password);
	else {
		// Same work as a real check, so timing does not reveal which addresses have accounts.
		dummyHash ??= hashPassword('not-a-real-password');
		await verifyPassword(await dummyHash, password);
	}
	if (!user || !valid) return { ok: false, reason: 'invalid' };
	usersRepo.markAttemptSucceeded(db, gate.attemptId);
	return { ok: true, user };
}
