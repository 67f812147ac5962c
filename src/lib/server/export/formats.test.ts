import { describe, expect, it } from 'vitest';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { DOMParser } from 'linkedom';
import { orderItemsInAnswerOrder as orderedItems } from '$lib/engine/questions/order';
import { csv, questionsCsv, questionsGift, questionsMoodleXml, resultsCsv, type ExportQuestion } from './formats';

const q = (over: Partial<ExportQuestion>): ExportQuestion => ({ type: 'short', prompt: '', answer: '', answerValue: '', choices: [], evidenceText: '', ...over });
const mcq = q({ type: 'mcq', prompt: 'Où le traité a-t-il été signé ?', answer: 'Moscou', answerValue: 'Moscou', choices: ['Téhéran', 'Moscou', 'Bakou'], evidenceText: 'Signé à Moscou le 17 janvier.' });
const tf = q({ type: 'truefalse', prompt: 'Vrai ou faux : le traité contient une clause de défense.', answer: 'Faux', answerValue: 'false', choices: ['Vrai', 'Faux'] });
const cloze = q({ type: 'cloze', prompt: 'Le traité a été signé le _____ à Moscou.', answer: '17 janvier 2025', answerValue: '2025-01-17' });
const order = q({ type: 'order', prompt: 'Remettez dans l’ordre.', answer: 'a → b → c', answerValue: '2,0,1', choices: ['b', 'c', 'a'] });
const short = q({ type: 'short', prompt: 'Score: 3:1 {final}?', answer: 'a=b~c#d' });

describe('CSV', () => {
	it('starts with a BOM, quotes what needs it, ends lines with CRLF, and uses ; in French', () => {
		expect(csv([['a', 'b'], ['x, y', 'il a dit "oui"']], 'en')).toBe('\uFEFFa,b\r\n"x, y","il a dit ""oui"""\r\n');
		expect(csv([['élève', 'a;b'], ['été', '2']], 'fr')).toBe('\uFEFFélève;"a;b"\r\nété;2\r\n');
	});

	it('keeps a cell that starts like a formula as text', () => {
		expect(csv([['=HYPERLINK("x")', '-3', '+33 6 12']], 'en')).toBe('\uFEFF"\'=HYPERLINK(""x"")",-3,\'+33 6 12\r\n');
	});

	it('writes one row per question, an order question’s answer as its items in order', () => {
		expect(orderedItems(order)).toEqual(['a', 'b', 'c']);
		const lines = questionsCsv([mcq, order], 'fr').slice(1).split('\r\n');
		expect(lines[0]).toBe('type;question;réponse;choix;preuve');
		expect(lines[1]).toBe('mcq;Où le traité a-t-il été signé ?;Moscou;Téhéran | Moscou | Bakou;Signé à Moscou le 17 janvier.');
		expect(lines[2]).toBe('order;Remettez dans l’ordre.;a → b → c;b | c | a;');
	});
});

describe('Moodle GIFT', () => {
	it('writes each type the way Moodle reads it, with GIFT’s special characters escaped', () => {
		const out = questionsGift('Russie: Iran', [mcq, tf, cloze, order, short]);
		expect(out).toContain('$CATEGORY: $course$/Lectio/Russie: Iran\n');
		expect(out).toContain('::Q1::Où le traité a-t-il été signé ? {\n\t=Moscou\n\t~Téhéran\n\t~Bakou ####Signé à Moscou le 17 janvier.\n}');
		expect(out).toContain('::Q2::Vrai ou faux \\: le traité contient une clause de défense. {FALSE}');
		expect(out).toContain('::Q3::Le traité a été signé le {=17 janvier 2025} à Moscou.');
		expect(out).toContain('::Q4::Remettez dans l’ordre. {\n\t=1 -> a\n\t=2 -> b\n\t=3 -> c\n}');
		expect(out).toContain('::Q5::Score\\: 3\\:1 \\{final\\}? {=a\\=b\\~c\\#d}');
	});
});

describe('Moodle XML', () => {
	it('writes multichoice, truefalse, shortanswer and matching questions, escaped', () => {
		const out = questionsMoodleXml('A & B', [mcq, tf, cloze, order]);
		expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
		expect(out).toContain('<category><text>$course$/Lectio/A &amp; B</text></category>');
		expect(out).toContain('<question type="multichoice">');
		expect(out).toContain('<answer fraction="100" format="plain_text"><text>Moscou</text></answer>');
		expect(out).toContain('<answer fraction="0" format="plain_text"><text>Bakou</text></answer>');
		expect(out).toMatch(/<question type="truefalse">[\s\S]*fraction="0" format="plain_text"><text>true[\s\S]*fraction="100" format="plain_text"><text>false/);
		expect(out).toMatch(/<question type="shortanswer">[\s\S]*<text>Le traité a été signé le _____ à Moscou.<\/text>[\s\S]*<text>17 janvier 2025<\/text>/);
		expect(out).toContain('<subquestion format="plain_text"><text>2</text><answer><text>b</text></answer></subquestion>');
		expect(out.match(/<question type=/g)).toHaveLength(5);
	});
});

describe('results for a gradebook', () => {
	it('has one row per student, empty for those who have not submitted, and one answer and 1/0 per question', () => {
		const rows = [
			{ displayName: 'Léa Martin', email: 'lea@example.org', submittedAt: new Date('2025-03-01T10:05:00Z'), score: 0.5, correctCount: 1, total: 2, durationMs: 450_000, answers: [{ position: 1, response: 'Moscou', correct: true }, { position: 2, response: '', correct: false }] },
			{ displayName: 'Sam Lee', email: 'sam@example.org', submittedAt: null, score: null, correctCount: null, total: null, durationMs: null, answers: [] }
		];
		const lines = resultsCsv(2, rows, 'fr').slice(1).split('\r\n');
		expect(lines[0]).toBe('élève;e-mail;rendu (UTC);score %;justes;questions;durée (min);Q1;Q1 ✓;Q2;Q2 ✓');
		// 450 000 ms = 7.5 min, written with a decimal comma in French.
		expect(lines[1]).toBe('Léa Martin;lea@example.org;2025-03-01 10:05;50;1;2;"7,5";Moscou;1;;0');
		expect(lines[2]).toBe('Sam Lee;sam@example.org;;;;;;;;;');
		expect(resultsCsv(2, rows, 'en').split('\r\n')[1]).toContain(',7.5,');
	});
});

describe('exports read back by the tools that import them', () => {
	const all = [mcq, tf, cloze, order, short];

	it('GIFT parses with a GIFT parser into the same questions, answers and choices', () => {
		const parsed = parseGift(questionsGift('Russie: Iran', all));
		expect(parsed[0]).toMatchObject({ type: 'Category', title: '$course$/Lectio/Russie: Iran' });
		const [q1, q2, q3, q4, q5] = parsed.slice(1) as GIFTQuestion[] as never[] as Record<string, never>[];
		expect(parsed).toHaveLength(6);
		expect(q1).toMatchObject({ type: 'MC', title: 'Q1', stem: { text: 'Où le traité a-t-il été signé ?' }, globalFeedback: { text: 'Signé à Moscou le 17 janvier.' } });
		expect((q1.choices as unknown as { isCorrect: boolean; text: { text: string } }[]).map((c) => [c.text.text, c.isCorrect])).toEqual([
			['Moscou', true],
			['Téhéran', false],
			['Bakou', false]
		]);
		expect(q2).toMatchObject({ type: 'TF', isTrue: false, stem: { text: 'Vrai ou faux : le traité contient une clause de défense.' } });
		expect(q3).toMatchObject({ type: 'Short', hasEmbeddedAnswers: true });
		expect((q3.choices as unknown as { text: { text: string } }[])[0].text.text).toBe('17 janvier 2025');
		expect((q4.matchPairs as unknown as { subquestion: { text: string }; subanswer: string }[]).map((p) => [p.subquestion.text, p.subanswer])).toEqual([
			['1', 'a'],
			['2', 'b'],
			['3', 'c']
		]);
		expect(q5).toMatchObject({ type: 'Short', stem: { text: 'Score: 3:1 {final}?' } });
		expect((q5.choices as unknown as { text: { text: string } }[])[0].text.text).toBe('a=b~c#d');
	});

	it('Moodle XML has the structure Moodle’s importer reads, question by question', () => {
		const doc = new DOMParser().parseFromString(questionsMoodleXml('A & B', all), 'text/xml');
		const quiz = doc.documentElement;
		expect(quiz.tagName).toBe('quiz');
		const questions = [...quiz.children].filter((c) => c.getAttribute('type') !== 'category');
		expect(questions.map((q) => q.getAttribute('type'))).toEqual(['multichoice', 'truefalse', 'shortanswer', 'matching', 'shortanswer']);
		const text = (el: Element | null | undefined) => el?.querySelector('text')?.textContent;
		for (const q of questions) {
			expect(text(q.querySelector('name'))).toMatch(/^Q\d$/);
			expect(q.querySelector('questiontext')?.getAttribute('format')).toBe('plain_text');
			const answers = [...q.children].filter((c) => c.tagName === 'answer');
			const fractions = answers.map((a) => Number(a.getAttribute('fraction')));
			if (q.getAttribute('type') === 'matching') {
				const subs = [...q.children].filter((c) => c.tagName === 'subquestion');
				expect(subs.length).toBeGreaterThanOrEqual(2);
				for (const s of subs) expect(text(s.querySelector('answer'))).toBeTruthy();
			} else {
				// Exactly one full-mark answer, the others none.
				expect(fractions.filter((f) => f === 100)).toHaveLength(1);
				expect(fractions.every((f) => f === 0 || f === 100)).toBe(true);
			}
		}
		expect(text(questions[0].querySelector('answer[fraction="100"]'))).toBe('Moscou');
		expect(text(questions[1].querySelector('answer[fraction="100"]'))).toBe('false');
		expect(text(quiz.querySelector('category'))).toBe('$course$/Lectio/A & B');
	});
});
