import { fail, redirect } from '@sveltejs/kit';
import { requireStudent } from '$lib/server/auth/guards';
import { getStore } from '$lib/server/db';
import { joinClass, listStudentClasses } from '$lib/server/services/classes';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (async (event) => {
	const student = requireStudent(event);
	return { classes: await listStudentClasses(getStore(), student.id) };
}) satisfies PageServerLoad;

export const actions = {
	// Namespaced under `joinClass` so JoinClassForm can show the outcome on whatever page holds it.
	default: async (event) => {
		const student = requireStudent(event);
		const form = await readForm(event.request);
		const code = String(form.get('code') ?? '').slice(0, 50);
		const result = await joinClass(getStore(), student.id, code);
		switch (result.status) {
			case 'joined':
				redirect(303, `/study?joined=${result.class.id}`);
			case 'already_member':
				return { joinClass: { code, ok: true, message: m.classes_join_already({ name: result.class.name }) } };
			case 'archived':
				return fail(400, { joinClass: { code, ok: false, message: m.classes_join_archived({ name: result.class.name }) } });
			case 'demo_class':
				return fail(400, { joinClass: { code, ok: false, message: m.classes_join_demo() } });
			case 'empty':
				return fail(400, { joinClass: { code, ok: false, message: m.classes_join_empty() } });
			default:
				return fail(400, { joinClass: { code, ok: false, message: m.classes_join_not_found() } });
		}
	}
} satisfies Actions;
