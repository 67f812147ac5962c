import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { getSettings, optimizeParameters, resetParameters, saveSettings } from '$lib/server/services/review';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

const field = (form: FormData, name: string) => String(form.get(name) ?? '').slice(0, 20);

export const load = (async (event) => {
	const user = requireStudent(event);
	return { settings: await getSettings(getStore(), user.id) };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireStudent(event);
		const form = await readForm(event.request);
		const values = { retention: field(form, 'retention'), newPerDay: field(form, 'newPerDay'), reviewsPerDay: field(form, 'reviewsPerDay') };
		const result = await saveSettings(getStore(), user.id, values);
		if ('errors' in result) return fail(400, { values, errors: result.errors });
		return { saved: true };
	},
	optimize: async (event) => {
		const user = requireStudent(event);
		return { optimized: await optimizeParameters(getStore(), user.id, new Date()) };
	},
	reset: async (event) => {
		const user = requireStudent(event);
		await resetParameters(getStore(), user.id);
		return { reset: true };
	}
} satisfies Actions;
