import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { assignmentReport } from '$lib/server/services/reports';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const teacher = requireTeacher(event);
	const report = await assignmentReport(getStore(), teacher.id, event.params.id);
	if (!report) error(404, 'Not Found');
	return report;
}) satisfies PageServerLoad;
