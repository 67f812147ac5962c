import { error, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { getQuizResult } from '$lib/server/services/quizzes';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const student = requireStudent(event);
	const result = await getQuizResult(getStore(), student.id, event.params.assignmentId);
	if (result.status === 'not_found') error(404, 'Not Found');
	if (result.status === 'not_submitted') redirect(303, `/study/quiz/${event.params.assignmentId}`);
	return { ...result, assignmentId: event.params.assignmentId };
}) satisfies PageServerLoad;
