// The pure parts of taking a quiz: reading the posted form, finding what was left blank,
// grading one answer (order slots, true/false buttons, a choice picked by its text) and placing
// the answer inside its evidence. No database: every value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { answerMarks, gradeAnswer, readQuizForm, unanswered, RESPONSE_MAX, type QuizSubmission } from './quizzes';

const sub = (s: Partial<QuizSubmission>): QuizSubmission => ({ shown: [], answers: {}, orders: {}, ...s });

describe('reading the quiz form', () => {
	it('reads shown questions with their version, answers and order slots', () => {
		const f = readQuizForm([
			['shown', 'q1:2'],
			['shown', 'q2:0'],
			['a:q1', 'Moscou'],
			['o:q3:0', '2'],
			['o:q3:1', '0'],
			['o:q3:9', '1']
		]);
		expect(f.shown).toEqual([
			{ questionId: 'q1', version: 2 },
			{ questionId: 'q2', version: 0 }
		]);
		expect(f.answers).toEqual({ q1: 'Moscou' });
		const slots: string[] = [];
		slots[0] = '2';
		slots[1] = '0';
		slots[9] = '1';
		expect(f.orders).toEqual({ q3: slots });
	});

	it('drops malformed entries: files, a shown line without id or integer version, slots outside 0 … 9, other keys', () => {
		const f = readQuizForm([
			['a:q1', new File(['x'], 'x.txt')],
			['shown', ':3'],
			['shown', 'q1'],
			['shown', 'q1:x'],
			['shown', 'q1:1.5'],
			['o:q3:10', '1'],
			['o:q3:-1', '1'],
			['o:q3:x', '1'],
			['o::0', '1'],
			['x:q1', 'y'],
			['answer', 'z']
		]);
		expect(f).toEqual({ shown: [], answers: {}, orders: {} });
	});

	it('cuts every value to 500 characters', () => {
		expect(RESPONSE_MAX).toBe(500);
		const f = readQuizForm([['a:q1', 'x'.repeat(600)]]);
		expect(f.answers.q1).toHaveLength(500);
	});

	it('lists the shown questions left blank, in order', () => {
		const s = sub({
			shown: ['q1', 'q2', 'q3', 'q4', 'q5'].map((questionId) => ({ questionId, version: 1 })),
			answers: { q1: 'x', q2: '   ' },
			orders: { q3: ['', '1'], q4: ['', ''] }
		});
		expect(unanswered(s)).toEqual(['q2', 'q4', 'q5']);
	});
});

describe('grading one answer', () => {
	// The fixture's order question: shown b, c, a; the right order a → b → c is indices 2, 0, 1.
	const order = { type: 'order' as const, answer: 'a → b → c', answerValue: '2,0,1', choices: ['b', 'c', 'a'] };

	it('order: the slots name shown choices; a missing or out-of-range slot is wrong', () => {
		expect(gradeAnswer(order, sub({ orders: { q: ['2', '0', '1'] } }), 'q', 'fr')).toEqual({ response: 'a → b → c', verdict: 'correct' });
		expect(gradeAnswer(order, sub({ orders: { q: ['1', '2', '0'] } }), 'q', 'fr')).toEqual({ response: 'c → a → b', verdict: 'wrong' });
		expect(gradeAnswer(order, sub({ orders: { q: ['2', '0'] } }), 'q', 'fr')).toEqual({ response: 'a → b → …', verdict: 'wrong' });
		expect(gradeAnswer(order, sub({ orders: { q: ['3', '0', '1'] } }), 'q', 'fr')).toEqual({ response: '… → b → c', verdict: 'wrong' });
		expect(gradeAnswer(order, sub({ orders: { q: ['x', '0', '1'] } }), 'q', 'fr')).toEqual({ response: '… → b → c', verdict: 'wrong' });
		expect(gradeAnswer(order, sub({}), 'q', 'fr')).toEqual({ response: '… → … → …', verdict: 'wrong' });
	});

	const tf = { type: 'truefalse' as const, answer: 'Faux', answerValue: 'false', choices: ['Vrai', 'Faux'] };

	it('true/false: the buttons are stored as their label; typed text is graded as typed', () => {
		expect(gradeAnswer(tf, sub({ answers: { q: 'false' } }), 'q', 'fr')).toEqual({ response: 'Faux', verdict: 'correct' });
		expect(gradeAnswer(tf, sub({ answers: { q: 'true' } }), 'q', 'fr')).toEqual({ response: 'Vrai', verdict: 'wrong' });
		expect(gradeAnswer(tf, sub({ answers: { q: ' faux ' } }), 'q', 'fr')).toEqual({ response: 'faux', verdict: 'correct' });
		expect(gradeAnswer(tf, sub({ answers: { q: 'peut-être' } }), 'q', 'fr')).toEqual({ response: 'peut-être', verdict: 'wrong' });
		expect(gradeAnswer({ ...tf, choices: [] }, sub({ answers: { q: 'true' } }), 'q', 'fr')).toEqual({ response: 'true', verdict: 'wrong' });
		expect(gradeAnswer({ ...tf, answerValue: 'true', choices: [] }, sub({ answers: { q: 'true' } }), 'q', 'fr')).toEqual({ response: 'true', verdict: 'correct' });
	});

	it('a choice picked is graded as that choice, strictly, not as typed text', () => {
		// Typed, "Moscow" is one letter from "Moscou" (close, which counts); picked, it is another choice.
		const mcq = { type: 'mcq' as const, answer: 'Moscou', answerValue: 'Moscou', choices: ['Moscow', 'Moscou'] };
		expect(gradeAnswer(mcq, sub({ answers: { q: 'Moscow' } }), 'q', 'fr')).toEqual({ response: 'Moscow', verdict: 'wrong' });
		expect(gradeAnswer(mcq, sub({ answers: { q: 'Moscou' } }), 'q', 'fr')).toEqual({ response: 'Moscou', verdict: 'correct' });
		expect(gradeAnswer({ ...mcq, type: 'whosaid' }, sub({ answers: { q: 'Moscow' } }), 'q', 'fr').verdict).toBe('wrong');
		// Not among the choices: graded as typed text.
		expect(gradeAnswer({ ...mcq, choices: ['Minsk', 'Moscou'] }, sub({ answers: { q: 'Moscow' } }), 'q', 'fr')).toEqual({ response: 'Moscow', verdict: 'close' });
		// Only ten choices have letters: an eleventh is graded as typed text.
		const eleven = { ...mcq, choices: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'Moscou', 'Moscow'] };
		expect(gradeAnswer(eleven, sub({ answers: { q: 'Moscow' } }), 'q', 'fr').verdict).toBe('close');
		expect(gradeAnswer({ ...eleven, choices: eleven.choices.slice(1) }, sub({ answers: { q: 'Moscow' } }), 'q', 'fr').verdict).toBe('wrong');
	});

	it('typed answers are trimmed; a blank or missing one is wrong', () => {
		const short = { type: 'short' as const, answer: 'Moscou', answerValue: 'Moscou', choices: [] };
		expect(gradeAnswer(short, sub({ answers: { q: '  Moscou ' } }), 'q', 'fr')).toEqual({ response: 'Moscou', verdict: 'correct' });
		expect(gradeAnswer(short, sub({ answers: { q: '   ' } }), 'q', 'fr')).toEqual({ response: '', verdict: 'wrong' });
		expect(gradeAnswer(short, sub({}), 'q', 'fr')).toEqual({ response: '', verdict: 'wrong' });
	});

	it('a date is read against the article’s publication day', () => {
		const cloze = { type: 'cloze' as const, answer: '17 janvier 2025', answerValue: '2025-01-17', choices: [] };
		// "hier" in an article of 18 January 2025 is the 17th.
		expect(gradeAnswer(cloze, sub({ answers: { q: 'hier' } }), 'q', 'fr', '2025-01-18').verdict).toBe('correct');
		expect(gradeAnswer(cloze, sub({ answers: { q: 'hier' } }), 'q', 'fr', '2025-01-19').verdict).toBe('wrong');
	});
});

describe('marking the answer in its evidence', () => {
	// Evidence from offset 10 to 50 of the article; marks are relative to its start.
	const q = { answer: 'Moscou', evidenceText: 'Signé à Moscou le 17 janvier, pour vingt ans, à deux.', evidenceStart: 10, evidenceEnd: 50, factIds: ['f1', 'f2'], type: 'short' as const };

	it('uses the question’s facts that lie inside the evidence, in order', () => {
		const facts = [
			{ engineId: 'f2', start: 30, end: 50 },
			{ engineId: 'f1', start: 10, end: 14 },
			{ engineId: 'f3', start: 20, end: 25 }
		];
		expect(answerMarks(q, facts)).toEqual([
			[0, 4],
			[20, 40]
		]);
		// A fact starting before the evidence or ending after it is left out; then the answer's text is found.
		expect(answerMarks(q, [{ engineId: 'f1', start: 9, end: 14 }, { engineId: 'f2', start: 30, end: 51 }])).toEqual([[8, 14]]);
	});

	it('otherwise finds the answer’s text, whatever its case, except for true/false and order questions', () => {
		expect(answerMarks({ ...q, answer: 'moscou', evidenceStart: null }, [{ engineId: 'f1', start: 10, end: 14 }])).toEqual([[8, 14]]);
		expect(answerMarks({ ...q, evidenceEnd: null }, [{ engineId: 'f1', start: 10, end: 14 }])).toEqual([[8, 14]]);
		expect(answerMarks({ ...q, type: 'truefalse' }, [])).toEqual([]);
		expect(answerMarks({ ...q, type: 'order' }, [])).toEqual([]);
		expect(answerMarks({ ...q, answer: '' }, [])).toEqual([]);
		expect(answerMarks({ ...q, answer: 'Téhéran' }, [])).toEqual([]);
		expect(answerMarks({ ...q, type: 'cloze', answer: 'Signé' }, [])).toEqual([[0, 5]]);
	});
});
