// Proves quiz taking: the attempt starts when the quiz is opened, a submission is graded (lenient
// where the grader is), stored with the version seen and turned into flashcards in one go, a second
// submission changes nothing, and questions edited or deleted meanwhile never break it.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getArticleForReader } from './articles';
import { changeQuestionStatus, editQuestion } from './question-sets';
import { getQuizResult, openQuiz, openReading, readQuizForm, studentDashboard, submitQuiz, unanswered, type QuizSubmission } from './quizzes';
import { assignmentReport } from './reports';
import { addUser, seedWorld } from './quiz-fixture';
import { first, run, type WorkResult } from '$lib/server/db/store';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';

describe.each(DIALECTS)('quizzes on %s', (dialect) => {
	const store = freshStore(dialect);

	let w: WorkResult<ReturnType<typeof seedWorld>>;
	const t0 = new Date('2025-02-01T09:00:00Z');
	const t1 = new Date('2025-02-01T09:07:30Z');

	beforeEach(async () => {
		w = await store().write((tx) => seedWorld(tx));
	});

	function form(entries: [string, string][]): QuizSubmission {
		return readQuizForm(entries);
	}

	/** Everything the quiz page posts for the questions it showed, with the given answers. */
	function submission(opened: { id: string; version: number }[], answers: Record<string, string>, orders: Record<string, string[]> = {}) {
		const entries: [string, string][] = opened.map((q) => ['shown', `${q.id}:${q.version}`]);
		for (const [id, a] of Object.entries(answers)) entries.push([`a:${id}`, a]);
		for (const [id, slots] of Object.entries(orders)) slots.forEach((s, i) => entries.push([`o:${id}:${i}`, s]));
		return form(entries);
	}

	async function open(now = t0) {
		const quiz = await openQuiz(store(), w.student, w.assignmentId, now);
		if (quiz.status !== 'open') throw new Error(quiz.status);
		return quiz;
	}

	describe('opening a quiz', () => {
		it('starts the attempt once, and shows no answers', async () => {
			const quiz = await open(t0);
			expect(quiz.questions).toHaveLength(6);
			expect(quiz.questions[0]).not.toHaveProperty('answer');
			await open(t1);
			const rows = (await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))));
			expect(rows).toHaveLength(1);
			expect(rows[0].startedAt).toEqual(t0);
			expect(rows[0].submittedAt).toBeNull();
		});

		it('is a 404 for a student outside the class and for an unknown id', async () => {
			const other = await store().write((tx) => addUser(tx, 'student', 'Eve'));
			expect((await openQuiz(store(), other, w.assignmentId)).status).toBe('not_found');
			expect((await openQuiz(store(), w.student, 'nope')).status).toBe('not_found');
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))))).toHaveLength(0);
		});

		it('leaves out draft, rejected and deleted questions', async () => {
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.short, 'reject');
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.cloze, 'delete');
			expect((await open()).questions.map((q) => q.id)).not.toContain(w.q.short);
			expect((await open()).questions).toHaveLength(4);
		});
	});

	describe('submitting a quiz', () => {
		it('grades each type, counts "close" as right, and stores score and duration', async () => {
			const quiz = await open(t0);
			const result = await submitQuiz(
				store(),
				w.student,
				w.assignmentId,
				submission(
					quiz.questions,
					{
						[w.q.mcq]: 'Moscou', // right
						[w.q.cloze]: '17/01/2025', // right: the same date written another way
						[w.q.truefalse]: 'true', // wrong
						[w.q.short]: 'Poutnie', // close: a typo in the surname
						[w.q.number]: '3' // wrong: "3" is a choice, not "the third choice"
					},
					{ [w.q.order]: ['2', '0', '1'] } // right
				),
				t1
			);
			expect(result).toMatchObject({ status: 'submitted', already: false });
			const attempt = (await store().read(({ db, t }) => first(db.select().from(t.quizAttempts).limit(1))))!;
			expect(attempt).toMatchObject({ correctCount: 4, total: 6, durationMs: 450_000, submittedAt: t1 });
			expect(attempt.score).toBeCloseTo(4 / 6);
			const answers = (await store().read(({ db, t }) => run(db.select().from(t.quizAnswers))));
			const verdict = (id: string) => answers.find((a) => a.questionId === id)!;
			expect(verdict(w.q.mcq).verdict).toBe('correct');
			expect(verdict(w.q.cloze).verdict).toBe('correct');
			expect(verdict(w.q.truefalse)).toMatchObject({ verdict: 'wrong', response: 'Vrai' });
			expect(verdict(w.q.short)).toMatchObject({ verdict: 'close', correct: true });
			expect(verdict(w.q.number).verdict).toBe('wrong');
			expect(verdict(w.q.order)).toMatchObject({ verdict: 'correct', response: 'a → b → c' });
			expect(answers.every((a) => a.questionVersion === 1)).toBe(true);
		});

		it('marks an order with an empty slot wrong, and an empty answer wrong', async () => {
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, {}, { [w.q.order]: ['2', '', '1'] }), t1);
			const answers = (await store().read(({ db, t }) => run(db.select().from(t.quizAnswers))));
			expect(answers).toHaveLength(6);
			expect(answers.every((a) => a.verdict === 'wrong')).toBe(true);
			expect(answers.find((a) => a.questionId === w.q.order)!.response).toBe('a → … → c');
		});

		it('does not create a second attempt or change the score on a second submission', async () => {
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Bakou' }), t1);
			const again = await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou' }), t1);
			expect(again).toMatchObject({ status: 'submitted', already: true });
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))))).toHaveLength(1);
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAnswers))))).toHaveLength(6);
			expect((await store().read(({ db, t }) => first(db.select().from(t.quizAttempts).limit(1))))!.correctCount).toBe(0);
			expect((await openQuiz(store(), w.student, w.assignmentId)).status).toBe('submitted');
		});

		it('grades an edited question against its new answer and keeps the version the student saw', async () => {
			const quiz = await open();
			expect((await editQuestion(store(), w.teacher, w.setId, w.q.short, { type: null, prompt: 'Qui a signé pour l’Iran ?', answer: 'Massoud Pezeshkian', choices: '' })).ok).toBe(true);
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.short]: 'Pezeshkian' }), t1);
			const a = (await store().read(({ db, t }) => first(db.select().from(t.quizAnswers).where(eq(t.quizAnswers.questionId, w.q.short)).limit(1))))!;
			expect(a).toMatchObject({ verdict: 'correct', questionVersion: 1 });
			const result = await getQuizResult(store(), w.student, w.assignmentId);
			if (result.status !== 'ok') throw new Error(result.status);
			expect(result.items.find((i) => i.questionId === w.q.short)!.edited).toBe(true);
		});

		it('skips a question deleted meanwhile, and one approved meanwhile that was never shown', async () => {
			const quiz = await open();
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'delete');
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.cloze, 'reject');
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou', [w.q.short]: 'Poutine' }), t1);
			const attempt = (await store().read(({ db, t }) => first(db.select().from(t.quizAttempts).limit(1))))!;
			expect(attempt).toMatchObject({ total: 4, correctCount: 1 });
			const ids = (await store().read(({ db, t }) => run(db.select().from(t.quizAnswers)))).map((a) => a.questionId);
			expect(ids).not.toContain(w.q.mcq);
			expect(ids).not.toContain(w.q.cloze);
		});

		it('turns every graded question into a card: missed ones due now, right ones reviewed once', async () => {
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou' }), t1);
			const rows = (await store().read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.studentId, w.student)))));
			expect(rows).toHaveLength(6);
			const right = rows.find((c) => c.questionId === w.q.mcq)!;
			expect(right.reps).toBe(1);
			expect(right.lastReview).toEqual(t1);
			expect(right.due.getTime()).toBeGreaterThan(t1.getTime());
			const missed = rows.filter((c) => c.questionId !== w.q.mcq);
			expect(missed.every((c) => c.reps === 0 && c.due.getTime() <= t1.getTime())).toBe(true);
			expect((await store().read(({ db, t }) => run(db.select().from(t.reviewLogs)))).map((l) => l.kind)).toEqual(['quiz']);
		});

		it('is a 404 for a student outside the class, and writes nothing', async () => {
			const other = await store().write((tx) => addUser(tx, 'student', 'Eve'));
			expect((await submitQuiz(store(), other, w.assignmentId, form([]), t1)).status).toBe('not_found');
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))))).toHaveLength(0);
		});

		it('reads a posted form defensively', async () => {
			const s = readQuizForm([
				['shown', 'q1:2'],
				['shown', 'broken'],
				['a:q1', 'x'.repeat(900)],
				['o:q2:1', '0'],
				['o:q2:99', '1'],
				['o:q2:x', '1']
			]);
			expect(s.shown).toEqual([{ questionId: 'q1', version: 2 }]);
			expect(s.answers.q1).toHaveLength(500);
			expect(s.orders.q2[1]).toBe('0');
			expect(s.orders.q2).toHaveLength(2);
		});

		it('counts the shown questions left without an answer (blank text, no choice, no position)', async () => {
			const s = readQuizForm([
				['shown', 'q1:1'],
				['shown', 'q2:1'],
				['shown', 'q3:1'],
				['shown', 'q4:1'],
				['shown', 'q5:1'],
				['a:q1', 'Moscou'],
				['a:q2', '   '],
				['o:q3:0', ''],
				['o:q3:1', ''],
				['o:q4:2', '1'],
				['a:q9', 'not shown']
			]);
			expect(unanswered(s)).toEqual(['q2', 'q3', 'q5']);
		});
	});

	describe('results', () => {
		it('shows each answer with the right answer and where it sits in the evidence', async () => {
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou', [w.q.cloze]: '18 janvier' }), t1);
			const result = await getQuizResult(store(), w.student, w.assignmentId);
			if (result.status !== 'ok') throw new Error(result.status);
			expect(result.items.map((i) => i.questionId)).toEqual(Object.values(w.q));
			const cloze = result.items[1];
			expect(cloze).toMatchObject({ verdict: 'wrong', answer: '17 janvier 2025', response: '18 janvier' });
			const [[s, e]] = cloze.marks;
			expect(cloze.evidenceText.slice(s, e)).toBe('17 janvier');
		});

		it('sends back to the quiz before submission', async () => {
			await open();
			expect((await getQuizResult(store(), w.student, w.assignmentId)).status).toBe('not_submitted');
		});
	});

	describe('student dashboard', () => {
		it('sorts assignments into to do, overdue and done', async () => {
			expect((await studentDashboard(store(), w.student, t0)).todo).toHaveLength(1);
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou' }), t1);
			const d = await studentDashboard(store(), w.student, t1);
			expect(d.todo).toHaveLength(0);
			expect(d.done[0]).toMatchObject({ id: w.assignmentId, correctCount: 1, total: 6 });
		});
	});

	describe('assignment report', () => {
		it('is only for the teacher who owns the set', async () => {
			const other = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			expect(await assignmentReport(store(), other, w.assignmentId)).toBeNull();
			expect(await assignmentReport(store(), w.teacher, 'nope')).toBeNull();
		});

		it('lists scores and item statistics, and recall once cards are reviewed', async () => {
			const quiz = await open();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou', [w.q.number]: '3' }), t1);
			const r = (await assignmentReport(store(), w.teacher, w.assignmentId, new Date('2025-02-03T09:00:00Z')))!;
			expect(r.submitted).toBe(1);
			expect(r.students[0]).toMatchObject({ displayName: 'Sam', correctCount: 1, total: 6 });
			const mcq = r.questions.find((q) => q.questionId === w.q.mcq)!;
			expect(mcq).toMatchObject({ facility: 1, discrimination: null });
			// One respondent: no distractor is flagged as never chosen (that needs 5 answers).
			expect(mcq.unusedDistractors).toEqual([]);
			const place = r.facts.find((f) => f.text === 'Moscou')!;
			expect(place.recall).toBeGreaterThan(0.5);
			expect(place.recall).toBeLessThan(1);
			expect(r.facts.find((f) => f.text === '17 janvier')!.recall).toBeNull();
		});
	});

	describe('reading before the quiz, open and closed book', () => {
		const reading = async () => {
			const r = await openReading(store(), w.student, w.assignmentId);
			if (r.status !== 'open') throw new Error(r.status);
			return r;
		};
		const paragraphs = ['Russie-Iran. Le 17 janvier, Vladimir Poutine et Massoud Pezeshkian ont signé à Moscou un traité de 20 ans. Il ne contient pas de clause de défense mutuelle.'];
		const articleFor = async (who: string) => await getArticleForReader(store(), { id: who, role: 'student' }, w.articleId);

		it('shows the article without its footer and does not start the attempt', async () => {
			expect(await reading()).toMatchObject({ attempt: 'none', openBook: true, questionCount: 6, article: { title: 'Russie-Iran', publishedAt: '2025-01-24', paragraphs } });
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))))).toHaveLength(0);
			expect(await openReading(store(), await store().write((tx) => addUser(tx, 'student', 'Outsider')), w.assignmentId)).toEqual({ status: 'not_found' });
		});

		it('keeps the article beside the questions of an open-book quiz', async () => {
			expect(await open()).toMatchObject({ openBook: true, article: { paragraphs } });
			expect(await reading()).toMatchObject({ attempt: 'started', article: { paragraphs } });
			expect(await articleFor(w.student)).not.toBeNull();
		});

		it('hides the article of a closed-book quiz from its start to its submission, everywhere', async () => {
			await store().write(({ db, t }) => run(db.update(t.assignments).set({ openBook: false }).where(eq(t.assignments.id, w.assignmentId))));
			expect(await reading()).toMatchObject({ attempt: 'none', openBook: false, article: { paragraphs } });
			expect(await articleFor(w.student)).not.toBeNull();
			const quiz = await open();
			expect(quiz).toMatchObject({ openBook: false, article: null });
			expect(await reading()).toMatchObject({ attempt: 'started', article: null });
			expect(await articleFor(w.student)).toBeNull();
			// Another student who has not started still reads it.
			const other = await store().write((tx) => addUser(tx, 'student', 'Lou'));
			await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: w.classId, studentId: other })));
			expect(await articleFor(other)).not.toBeNull();
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, {}), t1);
			expect(await reading()).toMatchObject({ attempt: 'submitted', article: { paragraphs } });
			expect(await articleFor(w.student)).not.toBeNull();
		});
	});

	describe('grading replayed or malformed forms', () => {
		const attemptRow = async () => (await store().read(({ db, t }) => first(db.select().from(t.quizAttempts).limit(1))))!;
		const answerOf = async (id: string) => (await store().read(({ db, t }) => first(db.select().from(t.quizAnswers).where(eq(t.quizAnswers.questionId, id)).limit(1))))!;

		it('grades every published question when the form comes without its shown list', async () => {
			await open();
			// No "shown" field at all: the six published questions of the fixture are graded. Right: the
			// mcq (Moscou) and the order (2,0,1); the four left blank are wrong. 2 / 6.
			const s = form([
				[`a:${w.q.mcq}`, 'Moscou'],
				[`o:${w.q.order}:0`, '2'],
				[`o:${w.q.order}:1`, '0'],
				[`o:${w.q.order}:2`, '1']
			]);
			expect(s.shown).toEqual([]);
			expect(await submitQuiz(store(), w.student, w.assignmentId, s, t1)).toMatchObject({ status: 'submitted', already: false });
			expect(await attemptRow()).toMatchObject({ total: 6, correctCount: 2 });
			expect((await attemptRow()).score).toBeCloseTo(2 / 6);
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAnswers))))).toHaveLength(6);
			expect((await answerOf(w.q.mcq)).verdict).toBe('correct');
			expect((await answerOf(w.q.order)).verdict).toBe('correct');
			// Each graded question became a card.
			expect((await store().read(({ db, t }) => run(db.select().from(t.cards))))).toHaveLength(6);
		});

		it('refuses an order index outside the shown choices instead of reading the positions 1-based', async () => {
			const quiz = await open();
			// Three choices, indices 0–2. "3,1,2" read 1-based would be 2,0,1, the right order; but the
			// form sends 0-based indices, so 3 is out of range: the slot is empty and the answer wrong.
			await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, {}, { [w.q.order]: ['3', '1', '2'] }), t1);
			// Choices as shown: b, c, a. Slot 0 empty (…), slot 1 = c, slot 2 = a.
			expect(await answerOf(w.q.order)).toMatchObject({ verdict: 'wrong', correct: false, response: '… → c → a' });
			expect((await attemptRow()).correctCount).toBe(0);
		});

		it('a form replayed without the quiz ever being opened starts and ends the attempt at once; replaying it again changes nothing', async () => {
			// Never opened: the attempt starts at the submission, so it lasted 0 ms.
			const s = submission([{ id: w.q.mcq, version: 1 }, { id: w.q.short, version: 1 }], { [w.q.mcq]: 'Moscou', [w.q.short]: 'Poutine' });
			expect(await submitQuiz(store(), w.student, w.assignmentId, s, t1)).toMatchObject({ status: 'submitted', already: false });
			// Only the two questions listed as shown are graded: 2 right of 2.
			expect(await attemptRow()).toMatchObject({ startedAt: t1, submittedAt: t1, durationMs: 0, total: 2, correctCount: 2 });
			const cardsBefore = (await store().read(({ db, t }) => run(db.select().from(t.cards))));
			const logsBefore = (await store().read(({ db, t }) => run(db.select().from(t.reviewLogs))));
			// The same form an hour later, and a wrong one: the first submission stands.
			const later = new Date(t1.getTime() + 3_600_000);
			expect(await submitQuiz(store(), w.student, w.assignmentId, s, later)).toMatchObject({ status: 'submitted', already: true });
			expect(await submitQuiz(store(), w.student, w.assignmentId, submission([{ id: w.q.mcq, version: 1 }], { [w.q.mcq]: 'Bakou' }), later)).toMatchObject({ already: true });
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAttempts))))).toHaveLength(1);
			expect(await attemptRow()).toMatchObject({ submittedAt: t1, total: 2, correctCount: 2 });
			expect((await store().read(({ db, t }) => run(db.select().from(t.quizAnswers))))).toHaveLength(2);
			expect((await store().read(({ db, t }) => run(db.select().from(t.cards))))).toEqual(cardsBefore);
			expect((await store().read(({ db, t }) => run(db.select().from(t.reviewLogs))))).toEqual(logsBefore);
		});

		it('grades a submission after the due date like any other, and it leaves the overdue list', async () => {
			await store().write(({ db, t }) => run(db.update(t.assignments).set({ dueAt: new Date('2025-02-01T08:00:00Z') })));
			// t0 (09:00) is an hour after the due date (08:00).
			expect((await studentDashboard(store(), w.student, t0)).overdue).toHaveLength(1);
			const quiz = await open(t0);
			expect(await submitQuiz(store(), w.student, w.assignmentId, submission(quiz.questions, { [w.q.mcq]: 'Moscou' }), t1)).toMatchObject({ already: false });
			expect(await attemptRow()).toMatchObject({ total: 6, correctCount: 1, durationMs: 450_000 });
			const d = await studentDashboard(store(), w.student, t1);
			expect(d.overdue).toHaveLength(0);
			expect(d.done[0]).toMatchObject({ id: w.assignmentId, correctCount: 1, total: 6 });
		});
	});
});
