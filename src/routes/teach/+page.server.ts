import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { teacherDashboard } from '$lib/server/services/reports';
import { archiveSet } from '$lib/server/services/question-sets';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const teacher = requireTeacher(event);
	// The set page sends the teacher here after a deletion (with the set's title) or an archiving (its id).
	const deleted = event.url.searchParams.get('deleted')?.slice(0, 200) || null;
	const archived = event.url.searchParams.get('archived');
	return { ...(await teacherDashboard(getStore(), teacher.id)), name: teacher.displayName, deleted, archived };
}) satisfies PageServerLoad;

async function setArchived(event: Parameters<Actions[string]>[0], archived: boolean) {
	const teacher = requireTeacher(event);
	const setId = String((await readForm(event.request)).get('setId') ?? '');
	if (!await archiveSet(getStore(), teacher.id, setId, archived)) error(404, 'Not Found');
	return { [archived ? 'archived' : 'restored']: setId };
}

export const actions = {
	archive: (event) => setArchived(event, true),
	restore: (event) => setArchived(event, false)
} satisfies Actions;
