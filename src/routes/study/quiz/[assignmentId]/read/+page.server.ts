import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { openReading } from '$lib/server/services/quizzes';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const student = requireStudent(event);
	const reading = await openReading(getStore(), student.id, event.params.assignmentId);
	if (reading.status === 'not_found') error(404, 'Not Found');
	return { ...reading, assignmentId: event.params.assignmentId };
}) satisfies PageServerLoad;
