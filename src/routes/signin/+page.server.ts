import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { waitLabel } from '$lib/i18n/wait';
import { getStore } from '$lib/server/db';
import { startSession } from '$lib/server/auth/start-session';
import { dashboardFor, safeRedirectTarget, signIn } from '$lib/server/services/accounts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo ?? dashboardFor(locals.user.role));
	return { redirectTo };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		if (locals.user) redirect(303, dashboardFor(locals.user.role));
		const form = await readForm(request);
		const email = String(form.get('email') ?? '');
		const result = await signIn(getStore(), { email, password: String(form.get('password') ?? ''), address: getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'rate_limited') return fail(429, { email, message: m.auth_error_rate_limited({ wait: waitLabel(result.retryAfterSeconds) }) });
			// One message for a wrong email and a wrong password: never say which.
			return fail(400, { email, message: result.reason === 'missing' ? m.auth_error_missing() : m.auth_error_invalid_credentials() });
		}
		await startSession(getStore(), cookies, url, result.user);
		redirect(303, safeRedirectTarget(form.get('redirectTo')) ?? dashboardFor(result.user.role));
	}
} satisfies Actions;
