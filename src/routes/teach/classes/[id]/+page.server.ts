import { error, fail } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { getStore } from '$lib/server/db';
import * as classes from '$lib/server/services/classes';
import type { ClassNameError } from '$lib/server/services/classes';
import { m } from '$lib/paraglide/messages';
import { classNameError } from '../class-messages';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (async (event) => {
	const teacher = requireTeacher(event);
	const found = await classes.getTeacherClass(getStore(), teacher.id, event.params.id);
	// Someone else's class and a class that does not exist look the same.
	if (!found) error(404, 'Not Found');
	return found;
}) satisfies PageServerLoad;

export const actions = {
	rename: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const result = await classes.renameClass(getStore(), teacher.id, event.params.id, form.get('name'));
		if (!result.ok) {
			if (result.error === 'not_found') error(404, 'Not Found');
			return fail(400, { rename: { name: result.name, error: classNameError(result.error as ClassNameError, result.name) } });
		}
		return { message: m.classes_renamed() };
	},
	regenerate: async (event) => {
		const teacher = requireTeacher(event);
		const code = await classes.regenerateJoinCode(getStore(), teacher.id, event.params.id);
		if (!code) error(404, 'Not Found');
		return { message: m.classes_regenerated({ code }) };
	},
	archive: async (event) => {
		const teacher = requireTeacher(event);
		if (!(await classes.setArchived(getStore(), teacher.id, event.params.id, true))) error(404, 'Not Found');
		return { message: m.classes_archived_done() };
	},
	unarchive: async (event) => {
		const teacher = requireTeacher(event);
		if (!(await classes.setArchived(getStore(), teacher.id, event.params.id, false))) error(404, 'Not Found');
		return { message: m.classes_unarchived_done() };
	},
	remove: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const outcome = await classes.removeStudent(getStore(), teacher.id, event.params.id, String(form.get('studentId') ?? ''));
		if (outcome.status === 'not_found') error(404, 'Not Found');
		return { message: outcome.status === 'removed' ? m.classes_removed({ name: outcome.name }) : m.classes_remove_not_member() };
	}
} satisfies Actions;
