import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { AsyncLocalStorage } from 'node:async_hooks';
import { extractLocaleFromRequest, overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';
import { DatabaseUrlError, databasePath, getStore, isPostgresUrl, openStore, redactedUrl, writeFailureReason } from '$lib/server/db';
import { closeLegacyDemo, demoEnabled, purgeSandboxes } from '$lib/server/services/demo';
import {
	SESSION_COOKIE,
	validateSession,
	setSessionCookie,
	clearSessionCookie
} from '$lib/server/auth/session';
import { THEME_COOKIE, parseTheme } from '$lib/theme';

const PURGE_EVERY_MS = 60 * 60 * 1000;

export const init: ServerInit = async () => {
	const postgres = isPostgresUrl();
	let where = '';
	try {
		where = postgres ? redactedUrl(process.env.DATABASE_URL!) : databasePath();
		await openStore(); // opens the file or the pool, applies the migrations, tries a write
	} catch (error) {
		// One line an operator can act on, not a stack trace (and never the password).
		console.error(
			error instanceof DatabaseUrlError
				? error.message
				: postgres
					? `Cannot use the PostgreSQL database at ${where}: ${writeFailureReason(error)}. Check DATABASE_URL and the server.`
					: `Cannot use the database at ${where}: ${writeFailureReason(error)}. Set DATABASE_URL to a writable file.`
		);
		process.exit(1);
	}
	await closeLegacyDemo(getStore());
	setInterval(() => purgeSandboxes(getStore()).catch((error) => console.error('demo sandboxes not purged:', error)), PURGE_EVERY_MS).unref();
	const origin = process.env.ORIGIN ?? `http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost'}:${process.env.PORT ?? 3000}`;
	console.log(`\nLectio is ready: ${origin}`);
	if (demoEnabled()) console.log(`  demo: open ${origin} and choose "Enter as the demo teacher" or "Enter as the demo student" (a sandbox of your own, deleted after 24 h; DEMO=off turns it off)\n`);
	else console.log('  demo: off (DEMO=off)\n');
};

const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await validateSession(getStore(), token);
		if (session) {
			event.locals.user = session.user;
			if (session.renewed) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

// The language comes from the cookie the switch writes, else Accept-Language (paraglide's
// strategy, read by its runtime). Paraglide's own middleware also clones every request for URL
// strategies this app does not use, which cost a review submission a tenth of its time: this
// keeps the request and only scopes the locale to it, in the store the runtime reads.
const localeStore = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStore);

const i18nHandle: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	event.locals.locale = locale;
	const theme = parseTheme(event.cookies.get(THEME_COOKIE));
	return localeStore.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%theme%', theme)
		})
	);
};

// The headers the CSP (svelte.config.js) does not cover. HSTS only when the site is served over
// https (ORIGIN or the proxy says so): on a plain-http school server it would lock browsers out.
const securityHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	const set = (name: string, value: string) => {
		if (!headers.has(name)) headers.set(name, value);
	};
	try {
		set('X-Frame-Options', 'DENY');
		set('X-Content-Type-Options', 'nosniff');
		set('Referrer-Policy', 'same-origin');
		set('Cross-Origin-Opener-Policy', 'same-origin');
		set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
		if (event.url.protocol === 'https:') set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	} catch {
		// A response with immutable headers (a fetch passed through) keeps its own.
	}
	return response;
};

export const handle = sequence(securityHandle, authHandle, i18nHandle);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	// The page shows a translated message by status; never leak internals.
	return { message: status === 404 ? 'Not Found' : 'Internal Error' };
};
