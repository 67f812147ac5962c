// The result page's data: only for a student of the class once the quiz is submitted, every item
// in set order flagged edited or deleted when the teacher changed it afterwards, and the totals.
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { changeQuestionStatus, editQuestion } from './question-sets';
import { getQuizResult, openQuiz, readQuizForm, submitQuiz } from './quizzes';
import { addUser, seedWorld } from './quiz-fixture';

const t0 = new Date('2025-02-01T09:00:00Z');
const t1 = new Date('2025-02-01T09:07:30Z');

describe.each(DIALECTS)('quiz result on %s', (dialect) => {
	const store = freshStore(dialect);

	it('is for the class’s students after submission, flags later edits and deletions, and gives the totals', async () => {
		const w = await store().write((tx) => seedWorld(tx));
		const outsider = await store().write((tx) => addUser(tx, 'student', 'Zoé'));
		expect(await getQuizResult(store(), outsider, w.assignmentId)).toEqual({ status: 'not_found' });
		expect(await getQuizResult(store(), w.student, 'nope')).toEqual({ status: 'not_found' });
		expect(await getQuizResult(store(), w.student, w.assignmentId)).toEqual({ status: 'not_submitted' });

		const quiz = await openQuiz(store(), w.student, w.assignmentId, t0);
		if (quiz.status !== 'open') throw new Error(quiz.status);
		const entries: [string, string][] = quiz.questions.map((q) => ['shown', `${q.id}:${q.version}`]);
		entries.push([`a:${w.q.mcq}`, 'Moscou'], [`a:${w.q.short}`, 'Poutine']);
		await submitQuiz(store(), w.student, w.assignmentId, readQuizForm(entries), t1);

		await editQuestion(store(), w.teacher, w.setId, w.q.short, { type: null, prompt: 'Qui a signé pour l’Iran ?', answer: 'Massoud Pezeshkian', choices: '' });
		await changeQuestionStatus(store(), w.teacher, w.setId, w.q.cloze, 'delete');
		const r = await getQuizResult(store(), w.student, w.assignmentId);
		if (r.status !== 'ok') throw new Error(r.status);
		// Six questions, two right (mcq, short): 2 / 6; 7 min 30 s between opening and submitting.
		expect(r).toMatchObject({ title: 'Russie-Iran', lang: 'fr', articleId: w.articleId, score: 2 / 6, correctCount: 2, total: 6, durationMs: 450_000, submittedAt: t1 });
		expect(r.items.map((i) => i.questionId)).toEqual(Object.values(w.q));
		expect(r.items.map((i) => i.edited)).toEqual([false, false, false, true, false, false]);
		expect(r.items.map((i) => i.deleted)).toEqual([false, true, false, false, false, false]);
		expect(r.items.map((i) => i.correct)).toEqual([true, false, false, true, false, false]);
	});
});
