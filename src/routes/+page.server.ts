import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getStore } from '$lib/server/db';
import { startSession } from '$lib/server/auth/start-session';
import { createSandbox, demoEnabled } from '$lib/server/services/demo';
import { waitLabel } from '$lib/i18n/wait';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (() => ({ demo: demoEnabled() })) satisfies PageServerLoad;

/** Every click builds the visitor's own sandbox and signs them in as its teacher or its student. */
async function enterDemo(role: 'teacher' | 'student', event: RequestEvent) {
	if (!demoEnabled()) error(404, 'Not Found');
	const result = await createSandbox(getStore(), { address: event.getClientAddress(), locale: event.locals.locale === 'fr' ? 'fr' : 'en' });
	if (!result.ok) return fail(429, { message: m.home_demo_rate_limited({ wait: waitLabel(result.retryAfterSeconds) }) });
	await startSession(getStore(), event.cookies, event.url, result[role]);
	redirect(303, role === 'teacher' ? '/teach' : '/study');
}

export const actions = {
	demoTeacher: (event) => enterDemo('teacher', event),
	demoStudent: (event) => enterDemo('student', event)
} satisfies Actions;
