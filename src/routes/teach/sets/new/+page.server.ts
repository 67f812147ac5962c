import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { createSetFromForm } from '$lib/server/services/question-sets';
import { newSetError } from '$lib/i18n/teach-errors';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	requireTeacher(event);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const form = await event.request.formData();
		const file = form.get('file');
		const values = {
			text: String(form.get('text') ?? ''),
			title: String(form.get('title') ?? ''),
			published: String(form.get('published') ?? '')
		};
		const result = await createSetFromForm(getDb(), teacher.id, { ...values, file: file instanceof File ? file : null });
		if (!result.ok) {
			const message = result.error === 'engine' ? result.engine![event.locals.locale] : newSetError(result.error);
			return fail(400, { ...values, error: message });
		}
		redirect(303, `/teach/sets/${result.setId}`);
	}
} satisfies Actions;
