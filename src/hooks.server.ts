import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDb } from '$lib/server/db';
import { ensureDemo } from '$lib/server/services/demo';
import {
	SESSION_COOKIE,
	validateSession,
	setSessionCookie,
	clearSessionCookie
} from '$lib/server/auth/session';
import { THEME_COOKIE, parseTheme } from '$lib/theme';

export const init: ServerInit = async () => {
	const db = getDb(); // opens the file and applies the migrations in drizzle/
	const demo = await ensureDemo(db);
	const origin = process.env.ORIGIN ?? `http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost'}:${process.env.PORT ?? 3000}`;
	console.log(`\nLectio is ready: ${origin}`);
	console.log(`  demo teacher: ${demo.teacher.email} / ${demo.password}`);
	console.log(`  demo student: ${demo.student.email} / ${demo.password}\n`);
};

const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = validateSession(getDb(), token);
		if (session) {
			event.locals.user = session.user;
			setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

// The language comes from the cookie the switch writes, else Accept-Language (paraglide's strategy).
const i18nHandle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		const theme = parseTheme(event.cookies.get(THEME_COOKIE));
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale).replace('%theme%', theme)
		});
	});

export const handle = sequence(authHandle, i18nHandle);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	// The page shows a translated message by status; never leak internals.
	return { message: status === 404 ? 'Not Found' : 'Internal Error' };
};
