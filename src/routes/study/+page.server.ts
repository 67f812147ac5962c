import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { studentDashboard } from '$lib/server/services/quizzes';
import { listStudentClasses } from '$lib/server/services/classes';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const student = requireStudent(event);
	// After joining, ?joined=<class id> names the class, for a class the student is really in.
	const joinedId = event.url.searchParams.get('joined');
	const joined = joinedId ? ((await listStudentClasses(getStore(), student.id)).find((c) => c.id === joinedId) ?? null) : null;
	return { ...(await studentDashboard(getStore(), student.id)), name: student.displayName, joined: joined && { name: joined.name, teacherName: joined.teacherName } };
}) satisfies PageServerLoad;
