import { error, fail, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireStudent } from '$lib/server/auth/guards';
import { openQuiz, readQuizForm, submitQuiz, unanswered } from '$lib/server/services/quizzes';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (async (event) => {
	const student = requireStudent(event);
	const quiz = await openQuiz(getStore(), student.id, event.params.assignmentId);
	if (quiz.status === 'not_found') error(404, 'Not Found');
	if (quiz.status === 'submitted') redirect(303, `/study/quiz/${event.params.assignmentId}/result`);
	return quiz;
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const student = requireStudent(event);
		const form = await readForm(event.request);
		const submission = readQuizForm(form.entries());
		// One attempt only: the first press says how many questions are unanswered and asks to
		// confirm (Enter in a text field lands here too); the answers come back untouched.
		if (form.get('confirm') !== '1') {
			const quiz = await openQuiz(getStore(), student.id, event.params.assignmentId);
			if (quiz.status === 'not_found') error(404, 'Not Found');
			if (quiz.status === 'submitted') redirect(303, `/study/quiz/${event.params.assignmentId}/result`);
			const missing = unanswered(submission);
			return fail(400, { confirm: { unanswered: missing.length, total: submission.shown.length, first: missing[0] ?? null }, given: submission });
		}
		const result = await submitQuiz(getStore(), student.id, event.params.assignmentId, submission);
		if (result.status === 'not_found') error(404, 'Not Found');
		// A second submission lands on the result of the first one.
		redirect(303, `/study/quiz/${event.params.assignmentId}/result`);
	}
} satisfies Actions;
