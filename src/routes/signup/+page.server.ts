import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { waitLabel } from '$lib/i18n/wait';
import { getStore } from '$lib/server/db';
import { startSession } from '$lib/server/auth/start-session';
import { dashboardFor, safeRedirectTarget, signUp, type SignUpError } from '$lib/server/services/accounts';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

const errorText: Record<SignUpError, () => string> = {
	email_required: m.auth_error_email_required,
	email_invalid: m.auth_error_email_invalid,
	email_too_long: m.auth_error_email_too_long,
	email_taken: m.auth_error_email_taken,
	name_required: m.auth_error_name_required,
	name_too_long: m.auth_error_name_too_long,
	password_too_short: m.auth_error_password_too_short,
	password_too_long: m.auth_error_password_too_long,
	role_required: m.auth_error_role_required
};

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, dashboardFor(locals.user.role));
	return { locale: locals.locale, redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo')) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		// Signed in already: the dashboard, as the page itself does, not a second account.
		if (locals.user) redirect(303, dashboardFor(locals.user.role));
		const form = await readForm(request);
		const values = {
			email: String(form.get('email') ?? ''),
			displayName: String(form.get('displayName') ?? ''),
			role: String(form.get('role') ?? ''),
			locale: String(form.get('locale') ?? locals.locale)
		};
		const result = await signUp(getStore(), { ...values, password: String(form.get('password') ?? ''), address: getClientAddress() });
		if (!result.ok && result.reason === 'rate_limited') {
			return fail(429, { values, errors: {}, message: m.auth_error_signup_rate_limited({ wait: waitLabel(result.retryAfterSeconds) }) });
		}
		if (!result.ok) {
			const errors = Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, errorText[code]()]));
			// Everything typed comes back except the password, which is never echoed.
			return fail(400, { values, errors, message: null });
		}
		await startSession(getStore(), cookies, url, result.user);
		redirect(303, safeRedirectTarget(form.get('redirectTo')) ?? dashboardFor(result.user.role));
	}
} satisfies Actions;
