import { getDb } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { studentDashboard } from '$lib/server/services/quizzes';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const student = requireStudent(event);
	return { ...studentDashboard(getDb(), student.id), name: student.displayName };
}) satisfies PageServerLoad;
