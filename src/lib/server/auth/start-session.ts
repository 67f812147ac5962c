// After sign-up or sign-in: the session cookie, and the language cookie set to the user's saved
// locale, so the interface follows the user from one browser to another.
import type { Cookies } from '@sveltejs/kit';
import { cookieName, cookieMaxAge } from '$lib/paraglide/runtime';
import type { Store } from '$lib/server/db/store';
import { cookieOptions } from '$lib/server/cookies';
import { createSession, setSessionCookie } from './session';

export async function startSession(store: Store, cookies: Cookies, url: URL, user: { id: string; locale: 'en' | 'fr' }): Promise<void> {
	const { token, expiresAt } = await createSession(store, user.id);
	setSessionCookie(cookies, url, token, expiresAt);
	// Readable by paraglide's client runtime, hence not HttpOnly.
	cookies.set(cookieName, user.locale, cookieOptions(url, { maxAge: cookieMaxAge, httpOnly: false }));
}
