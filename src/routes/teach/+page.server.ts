import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { teacherDashboard } from '$lib/server/services/reports';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const teacher = requireTeacher(event);
	return { ...teacherDashboard(getDb(), teacher.id), name: teacher.displayName };
}) satisfies PageServerLoad;
