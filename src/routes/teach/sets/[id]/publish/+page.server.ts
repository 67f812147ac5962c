import { error, fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { getPublishForm, publishSet } from '$lib/server/services/question-sets';
import { publishError } from '$lib/i18n/teach-errors';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (async (event) => {
	const teacher = requireTeacher(event);
	const data = await getPublishForm(getStore(), teacher.id, event.params.id);
	if (!data) error(404, 'Not Found');
	return data;
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const values = { classIds: form.getAll('classId').map(String), due: String(form.get('due') ?? ''), studyMaterial: form.get('studyMaterial') === '1', openBook: form.get('book') !== 'closed' };
		const result = await publishSet(getStore(), teacher.id, event.params.id, values);
		if (!result.ok) {
			if (result.error === 'not_found') error(404, 'Not Found');
			return fail(400, { ...values, error: publishError(result.error) });
		}
		return { ...values, published: result };
	}
} satisfies Actions;
