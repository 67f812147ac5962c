import { redirect } from '@sveltejs/kit';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import { THEME_COOKIE, parseTheme } from '$lib/theme';
import { getStore } from '$lib/server/db';
import * as usersRepo from '$lib/server/repo/users';
import { safeRedirectTarget } from '$lib/server/services/accounts';
import { cookieOptions } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

const YEAR = 60 * 60 * 24 * 365;

/** Only same-site paths: never redirect a visitor to another site. */
const back = (form: FormData) => safeRedirectTarget(form.get('redirectTo')) ?? '/';

export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
	locale: async ({ request, cookies, locals, url }) => {
		const form = await readForm(request);
		const locale = String(form.get('locale') ?? '');
		if (isLocale(locale)) {
			// Readable by the client runtime too, so it must not be HttpOnly.
			cookies.set(cookieName, locale, cookieOptions(url, { maxAge: YEAR, httpOnly: false }));
			if (locals.user) await getStore().write((tx) => usersRepo.setLocale(tx, locals.user!.id, locale));
		}
		redirect(303, back(form));
	},
	theme: async ({ request, cookies, url }) => {
		const form = await readForm(request);
		cookies.set(THEME_COOKIE, parseTheme(String(form.get('theme') ?? '')), cookieOptions(url, { maxAge: YEAR, httpOnly: false }));
		redirect(303, back(form));
	}
} satisfies Actions;
