// A question set written out for the tools teachers already use: a spreadsheet (CSV), Moodle
// (GIFT and Moodle XML) and a gradebook (the results of one assignment as CSV). Pure: rows in,
// text out. Anki's .apkg and the app's own JSON live beside this file.
import type { QuestionRow } from '$lib/server/db/schema';
import type { StudentRow } from '$lib/server/services/reports';
import { orderItemsInAnswerOrder } from '$lib/engine/questions/order';

export type ExportQuestion = Pick<QuestionRow, 'type' | 'prompt' | 'answer' | 'answerValue' | 'choices' | 'evidenceText'>;

const BLANK = /_{3,}/;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- CSV

/**
 * Excel opens a CSV with the list separator of its language: a comma in English, a semicolon in
 * French. The BOM makes it read UTF-8 (accents intact); lines end with CRLF as RFC 4180 says.
 */
export function csv(rows: (string | number | null)[][], lang: 'en' | 'fr'): string {
	const sep = lang === 'fr' ? ';' : ',';
	const cell = (v: string | number | null) => {
		const s = v === null ? '' : String(v);
		// A leading = + - @ would run as a formula in a spreadsheet: a quote in front keeps it text.
		const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
		return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\uFEFF' + rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

const CSV_HEAD = { en: ['type', 'prompt', 'answer', 'choices', 'evidence'], fr: ['type', 'question', 'réponse', 'choix', 'preuve'] };

export function questionsCsv(questions: ExportQuestion[], lang: 'en' | 'fr'): string {
	return csv(
		[CSV_HEAD[lang], ...questions.map((q) => [q.type, oneLine(q.prompt), q.type === 'order' ? orderItemsInAnswerOrder(q).join(' → ') : q.answer, q.choices.join(' | '), oneLine(q.evidenceText)])],
		lang
	);
}

// ---------------------------------------------------------------- GIFT

/** GIFT's special characters are ~ = # { } : and the backslash itself. */
const giftPart = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
const gift = (s: string) => giftPart(s.trim());

function giftAnswers(q: ExportQuestion): string {
	const wrong = q.choices.filter((c) => c !== q.answer);
	return `{\n\t=${gift(q.answer)}\n${wrong.map((c) => `\t~${gift(c)}\n`).join('')}}`;
}

/** Moodle GIFT (the category line is read as it is, unescaped): multiple choice, true/false, short answer, cloze as "missing word", order as matching. */
export function questionsGift(title: string, questions: ExportQuestion[]): string {
	const out = [`// ${oneLine(title)}`, `$CATEGORY: $course$/Lectio/${oneLine(title).replace(/\//g, '-')}`, ''];
	questions.forEach((q, i) => {
		const name = `::Q${i + 1}::`;
		const feedback = q.evidenceText ? ` ####${gift(q.evidenceText)}` : '';
		switch (q.type) {
			case 'truefalse':
				out.push(`${name}${gift(q.prompt)} {${q.answerValue === 'true' ? 'TRUE' : 'FALSE'}${feedback}}`);
				break;
			case 'mcq':
			case 'whosaid':
				out.push(`${name}${gift(q.prompt)} ${giftAnswers(q).replace(/\n}$/, `${feedback}\n}`)}`);
				break;
			case 'order':
				out.push(`${name}${gift(q.prompt)} {\n${orderItemsInAnswerOrder(q).map((item, p) => `\t=${p + 1} -> ${gift(item)}\n`).join('')}}`);
				break;
			case 'cloze': {
				const blank = q.choices.length ? giftAnswers(q).replace(/\n\t?/g, ' ') : `{=${gift(q.answer)}}`;
				const [before, after] = q.prompt.split(BLANK, 2);
				out.push(after === undefined ? `${name}${gift(q.prompt)} ${blank}` : `${name}${giftPart(before.trimStart())}${blank}${giftPart(after.trimEnd())}`);
				break;
			}
			default:
				out.push(`${name}${gift(q.prompt)} {=${gift(q.answer)}${feedback}}`);
		}
		out.push('');
	});
	return out.join('\n');
}

// ---------------------------------------------------------------- Moodle XML

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (s: string) => `<text>${xml(oneLine(s))}</text>`;
const answer = (fraction: number, s: string) => `    <answer fraction="${fraction}" format="plain_text">${text(s)}</answer>`;

function xmlQuestion(q: ExportQuestion, n: number): string {
	const head = (type: string) => [
		`  <question type="${type}">`,
		`    <name>${text(`Q${n}`)}</name>`,
		`    <questiontext format="plain_text">${text(q.prompt)}</questiontext>`,
		`    <generalfeedback format="plain_text">${text(q.evidenceText)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>'
	];
	if (q.type === 'truefalse')
		return [...head('truefalse'), answer(q.answerValue === 'true' ? 100 : 0, 'true'), answer(q.answerValue === 'true' ? 0 : 100, 'false'), '  </question>'].join('\n');
	if (q.type === 'order')
		return [
			...head('matching'),
			'    <shuffleanswers>true</shuffleanswers>',
			...orderItemsInAnswerOrder(q).map((item, p) => `    <subquestion format="plain_text">${text(String(p + 1))}<answer>${text(item)}</answer></subquestion>`),
			'  </question>'
		].join('\n');
	if (q.choices.length)
		return [
			...head('multichoice'),
			'    <single>true</single>',
			'    <shuffleanswers>true</shuffleanswers>',
			'    <answernumbering>abc</answernumbering>',
			...q.choices.map((c) => answer(c === q.answer ? 100 : 0, c)),
			'  </question>'
		].join('\n');
	return [...head('shortanswer'), '    <usecase>0</usecase>', answer(100, q.answer), '  </question>'].join('\n');
}

export function questionsMoodleXml(title: string, questions: ExportQuestion[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		`  <question type="category"><category>${text(`$course$/Lectio/${title}`)}</category></question>`,
		...questions.map((q, i) => xmlQuestion(q, i + 1)),
		'</quiz>',
		''
	].join('\n');
}

// ---------------------------------------------------------------- results

/** A student's line of the assignment report (services/reports), as much of it as the gradebook needs. */
export type ResultRow = Pick<StudentRow, 'displayName' | 'email' | 'submittedAt' | 'score' | 'correctCount' | 'total' | 'durationMs'> & {
	answers: Pick<StudentRow['answers'][number], 'position' | 'response' | 'correct'>[];
};

const RESULT_HEAD = {
	en: ['student', 'email', 'submitted (UTC)', 'score %', 'correct', 'questions', 'time (min)'],
	fr: ['élève', 'e-mail', 'rendu (UTC)', 'score %', 'justes', 'questions', 'durée (min)']
};

/** One row per student of the class (those who have not submitted have empty cells), one answer and one 1/0 column per question. */
export function resultsCsv(questionCount: number, rows: ResultRow[], lang: 'en' | 'fr'): string {
	const dec = (n: number) => (lang === 'fr' ? String(n).replace('.', ',') : String(n));
	const head = [...RESULT_HEAD[lang]];
	for (let n = 1; n <= questionCount; n++) head.push(`Q${n}`, `Q${n} ✓`);
	const body = rows.map((r) => {
		const byPosition = new Map(r.answers.map((a) => [a.position, a]));
		const cells: (string | number | null)[] = [
			r.displayName,
			r.email,
			r.submittedAt ? r.submittedAt.toISOString().slice(0, 16).replace('T', ' ') : null,
			r.score === null ? null : Math.round(r.score * 100),
			r.correctCount,
			r.total,
			r.durationMs === null ? null : dec(Math.round(r.durationMs / 6000) / 10)
		];
		for (let n = 1; n <= questionCount; n++) {
			const a = byPosition.get(n);
			cells.push(a ? a.response : null, a ? (a.correct ? 1 : 0) : null);
		}
		return cells;
	});
	return csv([head, ...body], lang);
}
