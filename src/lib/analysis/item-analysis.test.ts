import { describe, expect, it } from 'vitest';
import { analyseItems, thirds, type AnalysedAttempt, type AnalysedQuestion } from './item-analysis';

// Six students, three questions. Q1 is an mcq (answer "Moscou"), Q2 a short answer, Q3 an mcq
// whose key the weaker students find more often (a suspect question).
//
//            Q1        Q2   Q3       total
//   ana      Moscou ✓  ✓    Paris ✗  2/3 = 0.667
//   ben      Moscou ✓  ✓    Paris ✗  2/3 = 0.667
//   chloé    Moscou ✓  ✓    Rome ✓   3/3 = 1.000
//   dan      Moscou ✓  ✗    Paris ✗  1/3 = 0.333
//   eve      Berlin ✗  ✗    Rome ✓   1/3 = 0.333
//   fred     Berlin ✗  ✗    Rome ✓   1/3 = 0.333
//
// Sorted by total (ties by id): chloé 1, ana .667, ben .667, dan .333, eve .333, fred .333.
// Thirds of 6 = 2 each: upper = {chloé, ana}, lower = {eve, fred}.
//   Q1 facility 4/6 = 0.667; upper 2/2 − lower 0/2 = +1
//   Q2 facility 3/6 = 0.5;   upper 2/2 − lower 0/2 = +1
//   Q3 facility 3/6 = 0.5;   upper 1/2 − lower 2/2 = −0.5 → negative
// Choices picked: Q1 Moscou 4, Berlin 2, Londres 0 (unused), Madrid 0 (unused);
//                 Q3 Rome 3, Paris 3, Lyon 0 (unused).
const questions: AnalysedQuestion[] = [
	{ id: 'q1', type: 'mcq', answer: 'Moscou', choices: ['Moscou', 'Berlin', 'Londres', 'Madrid'] },
	{ id: 'q2', type: 'short', answer: '20 ans', choices: [] },
	{ id: 'q3', type: 'mcq', answer: 'Rome', choices: ['Paris', 'Rome', 'Lyon'] }
];

function attempt(studentId: string, q1: string, q2: boolean, q3: string): AnalysedAttempt {
	const answers = [
		{ questionId: 'q1', response: q1, correct: q1 === 'Moscou' },
		{ questionId: 'q2', response: q2 ? '20 ans' : '10 ans', correct: q2 },
		{ questionId: 'q3', response: q3, correct: q3 === 'Rome' }
	];
	return { studentId, score: answers.filter((a) => a.correct).length / 3, answers };
}

const attempts = [
	attempt('ana', 'Moscou', true, 'Paris'),
	attempt('ben', 'Moscou', true, 'Paris'),
	attempt('chloe', 'Moscou', true, 'Rome'),
	attempt('dan', 'Moscou', false, 'Paris'),
	attempt('eve', 'Berlin', false, 'Rome'),
	attempt('fred', 'Berlin', false, 'Rome')
];

describe('item analysis', () => {
	it('cuts the class into upper and lower thirds by total score', () => {
		const g = thirds(attempts)!;
		expect(g.upper.map((a) => a.studentId)).toEqual(['chloe', 'ana']);
		expect(g.lower.map((a) => a.studentId)).toEqual(['eve', 'fred']);
	});

	it('matches the hand-computed facility and discrimination', () => {
		const [q1, q2, q3] = analyseItems(questions, attempts);
		expect(q1).toMatchObject({ answered: 6, correct: 4, facility: 0.667, discrimination: 1, negative: false });
		expect(q2).toMatchObject({ answered: 6, correct: 3, facility: 0.5, discrimination: 1, negative: false });
		expect(q3).toMatchObject({ answered: 6, correct: 3, facility: 0.5, discrimination: -0.5, negative: true });
	});

	it('counts the choices and flags the distractors nobody picked', () => {
		const [q1, q2, q3] = analyseItems(questions, attempts);
		expect(q1.choiceCounts).toEqual([
			{ choice: 'Moscou', count: 4, isAnswer: true },
			{ choice: 'Berlin', count: 2, isAnswer: false },
			{ choice: 'Londres', count: 0, isAnswer: false },
			{ choice: 'Madrid', count: 0, isAnswer: false }
		]);
		expect(q1.unusedDistractors).toEqual(['Londres', 'Madrid']);
		expect(q2.choiceCounts).toBeNull();
		expect(q3.unusedDistractors).toEqual(['Lyon']);
	});

	it('gives no discrimination under three students, and no facility without answers', () => {
		const [q1] = analyseItems(questions, attempts.slice(0, 2));
		expect(q1.facility).toBe(1);
		expect(q1.discrimination).toBeNull();
		// One respondent: nothing to conclude about the distractors either (issue: "3 never chosen" on every question).
		expect(q1.unusedDistractors).toEqual([]);
		expect(analyseItems(questions, attempts.slice(0, 5))[0].unusedDistractors).toEqual(['Londres', 'Madrid']);
		expect(analyseItems(questions, attempts.slice(0, 4))[0].unusedDistractors).toEqual([]);
		const [none] = analyseItems(questions, []);
		expect(none).toMatchObject({ answered: 0, facility: null, discrimination: null, unusedDistractors: [] });
	});

	it('does not depend on the order of the rows', () => {
		const a = analyseItems(questions, attempts);
		const b = analyseItems(questions, [...attempts].reverse());
		expect(b).toEqual(a);
	});

	it('leaves out students who never saw a question added later', () => {
		const late = attempts.map((a, i) => (i < 3 ? { ...a, answers: a.answers.filter((x) => x.questionId !== 'q2') } : a));
		const [, q2] = analyseItems(questions, late);
		expect(q2).toMatchObject({ answered: 3, correct: 0, facility: 0 });
		// Upper third (chloé, ana) never answered q2: no discrimination can be computed.
		expect(q2.discrimination).toBeNull();
	});
});

// Seven students (7 is not divisible by 3): each third holds floor(7 / 3) = 2 students, not
// ceil(7 / 3) = 3. Scores are given (sorted a → g); q2 was added after c and e had submitted.
//
//          score   q1   q2   q3
//   a      1.0     ✓    ✓    ✓
//   b      0.9     ✓    ✓    ✗
//   c      0.8     ✗    —    ✓
//   d      0.5     ✓    ✗    ✓
//   e      0.3     ✗    —    ✗
//   f      0.2     ✓    ✓    ✗
//   g      0.1     ✗    ✗    ✓
//
// Upper = {a, b}, lower = {f, g}.
//   q1: facility 4/7 = 0.571; upper 2/2 − lower 1/2 = +0.5   (with thirds of 3: 2/3 − 1/3 = 0.333)
//   q2: answered by 5, right 3: facility 3/5 = 0.6 (not 3/7 = 0.429); upper 2/2 − lower 1/2 = +0.5
//   q3: facility 4/7 = 0.571; upper 1/2 − lower 1/2 = 0 → not negative
describe('item analysis of a class not divisible by three', () => {
	const qs: AnalysedQuestion[] = ['q1', 'q2', 'q3'].map((id) => ({ id, type: 'short', answer: 'x', choices: [] }));
	const row = (studentId: string, score: number, marks: (boolean | null)[]): AnalysedAttempt => ({
		studentId,
		score,
		answers: marks.flatMap((m, i) => (m === null ? [] : [{ questionId: `q${i + 1}`, response: m ? 'x' : 'y', correct: m }]))
	});
	const seven = [
		row('a', 1.0, [true, true, true]),
		row('b', 0.9, [true, true, false]),
		row('c', 0.8, [false, null, true]),
		row('d', 0.5, [true, false, true]),
		row('e', 0.3, [false, null, false]),
		row('f', 0.2, [true, true, false]),
		row('g', 0.1, [false, false, true])
	];

	it('cuts thirds of floor(n / 3): 2 of 7, 1 of 5, 2 of 8', () => {
		const g7 = thirds(seven)!;
		expect(g7.upper.map((a) => a.studentId)).toEqual(['a', 'b']);
		expect(g7.lower.map((a) => a.studentId)).toEqual(['f', 'g']);
		const g5 = thirds(seven.slice(0, 5))!; // a b c d e: floor(5 / 3) = 1
		expect(g5.upper.map((a) => a.studentId)).toEqual(['a']);
		expect(g5.lower.map((a) => a.studentId)).toEqual(['e']);
		const g8 = thirds([...seven, row('h', 0.05, [false, false, false])])!; // floor(8 / 3) = 2
		expect(g8.upper.map((a) => a.studentId)).toEqual(['a', 'b']);
		expect(g8.lower.map((a) => a.studentId)).toEqual(['g', 'h']);
	});

	it('matches the hand-computed facility (over those who answered) and discrimination', () => {
		const [q1, q2, q3] = analyseItems(qs, seven);
		expect(q1).toMatchObject({ answered: 7, correct: 4, facility: 0.571, discrimination: 0.5, negative: false });
		expect(q2).toMatchObject({ answered: 5, correct: 3, facility: 0.6, discrimination: 0.5, negative: false });
		expect(q3).toMatchObject({ answered: 7, correct: 4, facility: 0.571, discrimination: 0, negative: false });
	});
});

describe('item analysis at its edges', () => {
	const row = (studentId: string, score: number, answers: AnalysedAttempt['answers']): AnalysedAttempt => ({ studentId, score, answers });

	it('needs three students for thirds: none with two, one each with three', () => {
		const three = [row('x', 0.2, []), row('y', 0.9, []), row('z', 0.5, [])];
		expect(thirds(three.slice(0, 2))).toBeNull();
		const g = thirds(three)!;
		expect(g.upper.map((a) => a.studentId)).toEqual(['y']);
		expect(g.lower.map((a) => a.studentId)).toEqual(['x']);
	});

	it('gives no discrimination when the lower third never saw the question', () => {
		// Thirds of 3: upper = {y} (0.9), lower = {x} (0.2); only y and z answered q.
		const qs: AnalysedQuestion[] = [{ id: 'q', type: 'short', answer: 'a', choices: [] }];
		const three = [
			row('x', 0.2, []),
			row('y', 0.9, [{ questionId: 'q', response: 'a', correct: true }]),
			row('z', 0.5, [{ questionId: 'q', response: 'b', correct: false }])
		];
		expect(analyseItems(qs, three)[0]).toMatchObject({ answered: 2, correct: 1, facility: 0.5, discrimination: null, negative: false });
	});

	it('counts the choices of a who-said question, and of no question whose type has no choices', () => {
		const qs: AnalysedQuestion[] = [
			{ id: 'w', type: 'whosaid', answer: 'Poutine', choices: ['Poutine', 'Pezeshkian'] },
			{ id: 'c', type: 'cloze', answer: 'Moscou', choices: ['Moscou', 'Téhéran'] }
		];
		const one = row('s', 1, [
			{ questionId: 'w', response: 'Poutine', correct: true },
			{ questionId: 'c', response: 'Moscou', correct: true }
		]);
		const [w, c] = analyseItems(qs, [one]);
		expect(w.choiceCounts).toEqual([
			{ choice: 'Poutine', count: 1, isAnswer: true },
			{ choice: 'Pezeshkian', count: 0, isAnswer: false }
		]);
		expect(c.choiceCounts).toBeNull();
		expect(c.unusedDistractors).toEqual([]);
	});
});
