// POST only: a link or a prefetch must never sign anyone out.
import { redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { SESSION_COOKIE, clearSessionCookie, invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals }) => redirect(303, locals.user ? '/' : '/signin')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) await invalidateSession(getStore(), token);
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
} satisfies Actions;
