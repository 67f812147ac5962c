import { fail } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { getStore } from '$lib/server/db';
import { createClass, listTeacherClasses } from '$lib/server/services/classes';
import { m } from '$lib/paraglide/messages';
import { classNameError } from './class-messages';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = ((event) => {
	const teacher = requireTeacher(event);
	return listTeacherClasses(getStore(), teacher.id);
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const result = await createClass(getStore(), teacher.id, form.get('name'));
		if (!result.ok) return fail(400, { name: result.name, error: classNameError(result.error, result.name) });
		return { created: { id: result.class.id, message: m.classes_created({ name: result.class.name, code: result.class.joinCode }) } };
	}
} satisfies Actions;
