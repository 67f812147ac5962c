// Proves the teacher's review of a set: an article becomes a stored set, edits bump the version
// (and re-derive what the grader compares with), reordering, rejecting, deleting and restoring,
// adding by hand, "approve all", and publishing (once per class, refused with nothing approved).
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '$lib/server/db';
import { articles, facts as factsTable, assignments, cards, classes, questionSets, questions, quizAttempts } from '$lib/server/db/schema';
import { teacherDashboard } from './reports';
import { newId } from '$lib/server/ids';
import {
	addQuestion,
	answerValueFor,
	approveAll,
	archiveSet,
	changeQuestionStatus,
	deleteSet,
	deletionImpact,
	createSetFromArticle,
	createSetFromForm,
	ARTICLES_PER_HOUR,
	editQuestion,
	getSetEditor,
	moveQuestion,
	publishSet,
	parseDueDate,
	validateQuestion
} from './question-sets';
import { addUser, seedWorld } from './quiz-fixture';
import { docx, pdf } from '$lib/server/import/document-fixtures';
import type { WorkResult } from '$lib/server/db/store';
import { runNow } from '$lib/server/db/sqlite-store';

let db: Db;
let w: WorkResult<ReturnType<typeof seedWorld>>;
const later = new Date('2025-03-01T10:00:00Z');

beforeEach(() => {
	db = openDatabase(':memory:');
	w = runNow(db, (tx) => seedWorld(tx));
});

const row = (id: string) => db.select().from(questions).where(eq(questions.id, id)).get()!;
const order = () => getSetEditor(db, w.teacher, w.setId)!.questions.map((q) => q.id);

describe('creating a set from an article', () => {
	it('stores the article, its facts and draft questions from the seed article', async () => {
		const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
		const { setId } = await createSetFromArticle(db, { ownerId: w.teacher, input: text });
		const editor = getSetEditor(db, w.teacher, setId)!;
		expect(editor.set.lang).toBe('fr');
		expect(editor.facts.length).toBeGreaterThan(5);
		expect(editor.questions.length).toBeGreaterThan(3);
		expect(editor.questions.every((q) => q.status === 'draft')).toBe(true);
		const stored = db.select().from(factsTable).where(eq(factsTable.articleId, editor.article.id)).all();
		expect(stored).toHaveLength(editor.facts.length);
		for (const f of stored) expect(editor.article.cleanText.slice(f.start, f.end)).toBe(f.text);
	});

	it('gives the engine the teacher’s title, so a question its headline answers is not drafted', async () => {
		const text = 'Lena Markov won the Harbury marathon on Sunday in 2 hours 31 minutes. She beat the course record set in 2019 by four minutes, organisers said.';
		const answers = async (title?: string) => {
			const { setId } = await createSetFromArticle(db, { ownerId: w.teacher, input: text, published: '2025-04-07', ...(title ? { title } : {}) });
			return getSetEditor(db, w.teacher, setId)!.questions.map((q) => q.answer);
		};
		expect(await answers()).toContain('Lena Markov');
		expect(await answers('Lena Markov wins the Harbury marathon')).not.toContain('Lena Markov');
	});

	it('sends the editor the article’s text once: no original input, sentences or per-fact copies', async () => {
		const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
		const { setId } = await createSetFromArticle(db, { ownerId: w.teacher, input: text });
		const editor = getSetEditor(db, w.teacher, setId)!;
		expect(Object.keys(editor.article).sort()).toEqual(['author', 'cleanText', 'id', 'lang', 'publishedAt', 'removed', 'sourceUrl', 'title']);
		expect(Object.keys(editor.facts[0]).sort()).toEqual(['end', 'id', 'start', 'type', 'used', 'value']);
		// A passage no question quotes appears once in the page's data (it was there three times).
		const json = JSON.stringify(editor);
		const passages = editor.article.cleanText.split(/(?<=\.) |\n+/).filter((p) => p.length > 60 && p !== editor.article.title && !/["\n\\]/.test(p) && !editor.questions.some((q) => q.evidenceText.includes(p.slice(0, 40))));
		expect(passages.length).toBeGreaterThan(1);
		for (const p of passages) expect(json.split(p).length - 1).toBe(1);
	});

	it('reads an uploaded Word file or PDF, and refuses a damaged or scanned one with its reason', async () => {
		const paragraphs = ['Le port de Sète a rouvert mardi 4 mars 2025 après dix mois de travaux.', 'Les travaux ont coûté 12 millions d’euros, a précisé la maire Anne Leroy.', '« Nous attendions ce jour depuis longtemps », a déclaré le pêcheur Marc Vidal.'];
		const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
		const fromWord = await createSetFromForm(db, w.teacher, { text: '', file: file(docx(paragraphs), 'port.docx'), title: '', published: '' });
		expect(fromWord).toMatchObject({ ok: true });
		if (fromWord.ok) expect(getSetEditor(db, w.teacher, fromWord.setId)!.article.cleanText).toContain('12 millions d’euros');
		const fromPdf = await createSetFromForm(db, w.teacher, { text: '', file: file(pdf(['Le port de S\xe8te a rouvert mardi 4 mars 2025 apr\xe8s', 'dix mois de travaux.', 'Ils ont co\xfbt\xe9 12 millions.']), 'port.pdf'), title: '', published: '' });
		expect(fromPdf).toMatchObject({ ok: true });
		if (fromPdf.ok) expect(getSetEditor(db, w.teacher, fromPdf.setId)!.article.cleanText).toContain('rouvert mardi 4 mars 2025 après dix mois de travaux.');
		expect(await createSetFromForm(db, w.teacher, { text: '', file: file(new Uint8Array([1, 2, 3]), 'port.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'document', document: 'corrupt' });
		expect(await createSetFromForm(db, w.teacher, { text: '', file: file(pdf([]), 'scan.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'document', document: 'no_text' });
		expect(await createSetFromForm(db, w.teacher, { text: '', file: file(new Uint8Array(3 * 1024 * 1024 + 1), 'big.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'file_too_large' });
		expect(await createSetFromForm(db, w.teacher, { text: '', file: file(new Uint8Array([1]), 'old.doc'), title: '', published: '' })).toEqual({ ok: false, error: 'file_type' });
	});

	it('explains an unusable article in both languages and writes nothing', async () => {
		const empty = await createSetFromForm(db, w.teacher, { text: '   ', file: null, title: '', published: '' });
		expect(empty).toMatchObject({ ok: false, error: 'engine' });
		if (!empty.ok) expect(empty.engine?.fr).toMatch(/vide/);
	});

	it('takes at most 60 articles an hour from one teacher, refused ones included', async () => {
		const start = new Date('2026-03-02T08:00:00Z');
		for (let i = 0; i < ARTICLES_PER_HOUR; i++) {
			expect(await createSetFromForm(db, w.teacher, { text: ' ', file: null, title: '', published: '' }, new Date(start.getTime() + i * 1000))).toMatchObject({ error: 'engine' });
		}
		const refused = await createSetFromForm(db, w.teacher, { text: 'Un texte.', file: null, title: '', published: '' }, new Date(start.getTime() + 30 * 60_000));
		// The first of the sixty leaves the hour at 09:00:00, 30 minutes later.
		expect(refused).toEqual({ ok: false, error: 'rate_limited', retryAfterSeconds: 1800 });
		const other = runNow(db, (tx) => addUser(tx, 'teacher', 'Bob'));
		expect(await createSetFromForm(db, other, { text: ' ', file: null, title: '', published: '' }, start)).toMatchObject({ error: 'engine' });
	});

	it('refuses other file types and text files over 1 MB', async () => {
		const image = new File(['GIF89a'], 'a.gif');
		expect(await createSetFromForm(db, w.teacher, { text: '', file: image, title: '', published: '' })).toMatchObject({ error: 'file_type' });
		const big = new File(['a'.repeat(1024 * 1024 + 1)], 'a.txt');
		expect(await createSetFromForm(db, w.teacher, { text: '', file: big, title: '', published: '' })).toMatchObject({ error: 'file_too_large' });
		expect(await createSetFromForm(db, w.teacher, { text: 'x', file: null, title: '', published: '2025-13-40' })).toMatchObject({ error: 'bad_date' });
	});

	it('reads an uploaded text file', async () => {
		const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
		const result = await createSetFromForm(db, w.teacher, { text: '', file: new File([text], 'article.txt'), title: 'Mon titre', published: '' });
		expect(result.ok).toBe(true);
		if (result.ok) expect(getSetEditor(db, w.teacher, result.setId)!.set.title).toBe('Mon titre');
	});
});

describe('the facts the editor highlights', () => {
	it('marks the facts a live question asks about, and no others', () => {
		const used = () => Object.fromEntries(getSetEditor(db, w.teacher, w.setId)!.facts.map((f) => [f.value, f.used]));
		expect(used()).toEqual({ '2025-01-17': true, Moscou: true, P20Y: true, 'Vladimir Poutine': true });
		changeQuestionStatus(db, w.teacher, w.setId, w.q.mcq, 'delete', later);
		expect(used()).toMatchObject({ Moscou: false, 'Vladimir Poutine': true });
	});
});

describe('editing a question', () => {
	it('bumps the version and the update time', () => {
		const r = editQuestion(db, w.teacher, w.setId, w.q.mcq, { type: null, prompt: 'Dans quelle ville ?', answer: 'moscou', choices: 'Moscou\nBakou\nKiev' }, later);
		expect(r.ok).toBe(true);
		expect(row(w.q.mcq)).toMatchObject({ prompt: 'Dans quelle ville ?', answer: 'Moscou', choices: ['Moscou', 'Bakou', 'Kiev'], version: 2, updatedAt: later });
	});

	it('does not bump the version when nothing changed', () => {
		const q = row(w.q.mcq);
		editQuestion(db, w.teacher, w.setId, w.q.mcq, { type: null, prompt: q.prompt, answer: q.answer, choices: q.choices.join('\n') }, later);
		expect(row(w.q.mcq).version).toBe(1);
	});

	it('re-derives the graded value when the answer changes, keeps it otherwise', () => {
		editQuestion(db, w.teacher, w.setId, w.q.cloze, { type: null, prompt: 'Signé le ____.', answer: '17 janvier 2025', choices: '' });
		expect(row(w.q.cloze).answerValue).toBe('2025-01-17');
		editQuestion(db, w.teacher, w.setId, w.q.cloze, { type: null, prompt: 'Signé le ____.', answer: '18 janvier 2025', choices: '' });
		expect(row(w.q.cloze)).toMatchObject({ answerValue: '2025-01-18', version: 3 });
		expect(answerValueFor('Vladimir Poutine', 'fr')).toBe('Vladimir Poutine');
		expect(answerValueFor('2 300', 'fr')).toBe('2300');
	});

	it('refuses bad input with a reason, and changes nothing', () => {
		const bad = (input: Record<string, string>, id = w.q.mcq) =>
			editQuestion(db, w.teacher, w.setId, id, { type: null, prompt: 'P', answer: 'Moscou', choices: 'Moscou\nBakou', ...input });
		expect(bad({ prompt: '  ' })).toEqual({ ok: false, error: 'prompt_required' });
		expect(bad({ prompt: 'x'.repeat(501) })).toEqual({ ok: false, error: 'prompt_too_long' });
		expect(bad({ answer: 'Paris' })).toEqual({ ok: false, error: 'answer_not_in_choices' });
		expect(bad({ choices: 'Moscou' })).toEqual({ ok: false, error: 'choices_too_few' });
		expect(bad({ choices: 'Moscou\nmoscou' })).toEqual({ ok: false, error: 'choices_duplicate' });
		expect(bad({ answer: 'peut-être' }, w.q.truefalse)).toEqual({ ok: false, error: 'truefalse_answer' });
		expect(row(w.q.mcq).version).toBe(1);
	});

	it('edits a true/false answer and an order question', () => {
		editQuestion(db, w.teacher, w.setId, w.q.truefalse, { type: null, prompt: 'Le traité dure 20 ans.', answer: 'true', choices: '' });
		expect(row(w.q.truefalse)).toMatchObject({ answer: 'Vrai', answerValue: 'true' });
		editQuestion(db, w.teacher, w.setId, w.q.order, { type: null, prompt: 'Ordre ?', answer: '', choices: 'un\ndeux\ntrois' });
		const o = row(w.q.order);
		expect(o.answerValue.split(',').map((i) => o.choices[Number(i)])).toEqual(['un', 'deux', 'trois']);
		expect(o.choices).not.toEqual(['un', 'deux', 'trois']);
	});

	it('changes a question\'s type: the new type\'s rules apply and nothing of the old answer is kept', () => {
		// Short answer → multiple choice: needs choices holding the answer.
		expect(editQuestion(db, w.teacher, w.setId, w.q.short, { type: 'mcq', prompt: 'Qui a signé pour l’Iran ?', answer: 'Massoud Pezeshkian', choices: '' })).toEqual({ ok: false, error: 'choices_too_few' });
		expect(editQuestion(db, w.teacher, w.setId, w.q.short, { type: 'mcq', prompt: 'Qui a signé pour l’Iran ?', answer: 'massoud pezeshkian', choices: 'Massoud Pezeshkian\nHassan Rohani\nEbrahim Raïssi' })).toEqual({ ok: true });
		expect(row(w.q.short)).toMatchObject({ type: 'mcq', answer: 'Massoud Pezeshkian', choices: ['Massoud Pezeshkian', 'Hassan Rohani', 'Ebrahim Raïssi'], version: 2 });
		// True/false → short answer: the answer is the text typed, not the stored 'false'.
		expect(editQuestion(db, w.teacher, w.setId, w.q.truefalse, { type: 'short', prompt: 'Que ne contient pas le traité ?', answer: 'une clause de défense mutuelle', choices: '' })).toEqual({ ok: true });
		expect(row(w.q.truefalse)).toMatchObject({ type: 'short', answer: 'une clause de défense mutuelle', answerValue: 'une clause de défense mutuelle', choices: [] });
		// Order → true/false, with the labels of the set's language.
		expect(editQuestion(db, w.teacher, w.setId, w.q.order, { type: 'truefalse', prompt: 'Le traité a été signé à Moscou.', answer: 'vrai', choices: '' })).toEqual({ ok: true });
		expect(row(w.q.order)).toMatchObject({ type: 'truefalse', answer: 'Vrai', answerValue: 'true', choices: ['Vrai', 'Faux'] });
		expect(editQuestion(db, w.teacher, w.setId, w.q.mcq, { type: 'essay', prompt: 'x', answer: 'y', choices: '' })).toEqual({ ok: false, error: 'bad_type' });
	});

	it('is not found for another teacher or another set', () => {
		const other = runNow(db, (tx) => addUser(tx, 'teacher', 'Bob'));
		expect(editQuestion(db, other, w.setId, w.q.mcq, { type: null, prompt: 'x', answer: 'Moscou', choices: 'Moscou\nB' })).toEqual({ ok: false, error: 'not_found' });
		expect(changeQuestionStatus(db, other, w.setId, w.q.mcq, 'delete')).toEqual({ ok: false, error: 'not_found' });
		expect(getSetEditor(db, other, w.setId)).toBeNull();
	});
});

describe('reordering', () => {
	it('swaps with the neighbour and ignores moves past the ends', () => {
		const start = order();
		moveQuestion(db, w.teacher, w.setId, start[1], 'up');
		expect(order()).toEqual([start[1], start[0], ...start.slice(2)]);
		moveQuestion(db, w.teacher, w.setId, start[1], 'up');
		expect(order()).toEqual([start[1], start[0], ...start.slice(2)]);
		moveQuestion(db, w.teacher, w.setId, start[5], 'down');
		moveQuestion(db, w.teacher, w.setId, start[0], 'down');
		expect(order()).toEqual([start[1], start[2], start[0], ...start.slice(3)]);
	});

	it('skips deleted questions and repairs tied positions', () => {
		const start = order();
		changeQuestionStatus(db, w.teacher, w.setId, start[1], 'delete');
		moveQuestion(db, w.teacher, w.setId, start[2], 'up');
		expect(order().slice(0, 2)).toEqual([start[2], start[0]]);
		db.update(questions).set({ position: 0 }).where(eq(questions.setId, w.setId)).run();
		const tied = order();
		moveQuestion(db, w.teacher, w.setId, tied[0], 'down');
		expect(order().slice(0, 2)).toEqual([tied[1], tied[0]]);
	});
});

describe('status changes', () => {
	it('rejects, restores to draft, and approves all drafts only', () => {
		changeQuestionStatus(db, w.teacher, w.setId, w.q.mcq, 'reject');
		expect(row(w.q.mcq).status).toBe('rejected');
		changeQuestionStatus(db, w.teacher, w.setId, w.q.mcq, 'restore');
		expect(row(w.q.mcq).status).toBe('draft');
		changeQuestionStatus(db, w.teacher, w.setId, w.q.short, 'reject');
		expect(approveAll(db, w.teacher, w.setId)).toEqual({ ok: true, approved: 1 });
		expect(row(w.q.mcq).status).toBe('approved');
		expect(row(w.q.short).status).toBe('rejected');
	});

	it('deletes softly, suspends the cards, and restores both', () => {
		db.insert(cards).values({ id: newId(), studentId: w.student, questionId: w.q.mcq, due: later }).run();
		changeQuestionStatus(db, w.teacher, w.setId, w.q.mcq, 'delete', later);
		expect(row(w.q.mcq).deletedAt).toEqual(later);
		expect(db.select().from(cards).get()!.suspended).toBe(true);
		const editor = getSetEditor(db, w.teacher, w.setId)!;
		expect(editor.deleted.map((q) => q.id)).toEqual([w.q.mcq]);
		changeQuestionStatus(db, w.teacher, w.setId, w.q.mcq, 'restore');
		expect(row(w.q.mcq).deletedAt).toBeNull();
		expect(db.select().from(cards).get()!.suspended).toBe(false);
	});
});

describe('adding a question by hand', () => {
	it('adds an approved question at the end, with its evidence found in the article', () => {
		const r = addQuestion(db, w.teacher, w.setId, { type: 'short', prompt: 'Avec qui ?', answer: 'Massoud Pezeshkian', choices: '' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const q = row(r.id);
		expect(q).toMatchObject({ origin: 'teacher', status: 'approved', position: 6 });
		expect(q.evidenceText).toContain('Massoud Pezeshkian');
		expect(order().at(-1)).toBe(r.id);
	});

	it('finds the proving sentence of a paraphrased answer or a true/false statement, and none for an unrelated question', () => {
		const add = (type: string, prompt: string, answer: string) => {
			const r = addQuestion(db, w.teacher, w.setId, { type, prompt, answer, choices: '' });
			if (!r.ok) throw new Error(r.error);
			return row(r.id);
		};
		expect(add('short', 'Pour combien de temps le traité est-il signé ?', '20 années').evidenceText).toMatch(/^Le 17 janvier/);
		expect(add('truefalse', 'Le traité contient une clause de défense mutuelle.', 'faux').evidenceText).toMatch(/ne contient pas de clause/);
		expect(add('short', 'Quelle est la capitale du Japon ?', 'Tokyo')).toMatchObject({ evidenceText: '', evidenceStart: null });
	});

	it('an edited hand-written question without evidence finds it in its new wording', () => {
		const r = addQuestion(db, w.teacher, w.setId, { type: 'short', prompt: 'Où ?', answer: 'au Kremlin', choices: '' });
		if (!r.ok) throw new Error(r.error);
		expect(row(r.id).evidenceText).toBe('');
		expect(editQuestion(db, w.teacher, w.setId, r.id, { type: 'short', prompt: 'Où le traité a-t-il été signé ?', answer: 'Moscou', choices: '' })).toEqual({ ok: true });
		expect(row(r.id)).toMatchObject({ evidenceText: expect.stringMatching(/^Le 17 janvier/), evidenceStart: 13 });
	});

	it('stores a decade or a week typed by the teacher as a date, and keeps it one when edited', () => {
		const r = addQuestion(db, w.teacher, w.setId, { type: 'short', prompt: 'Quand la coopération a-t-elle commencé ?', answer: 'les années 1990', choices: '' });
		if (!r.ok) throw new Error(r.error);
		expect(row(r.id).answerValue).toBe('199X');
		editQuestion(db, w.teacher, w.setId, r.id, { type: null, prompt: 'Quand la coopération a-t-elle commencé ?', answer: 'années 80', choices: '' });
		expect(row(r.id).answerValue).toBe('198X');
		const wk = addQuestion(db, w.teacher, w.setId, { type: 'short', prompt: 'Quelle semaine ?', answer: 'semaine du 13 janvier 2025', choices: '' });
		if (!wk.ok) throw new Error(wk.error);
		expect(row(wk.id).answerValue).toBe('2025-W03');
	});

	it('validates by type', () => {
		expect(addQuestion(db, w.teacher, w.setId, { type: 'essay', prompt: 'x', answer: 'y', choices: '' })).toEqual({ ok: false, error: 'bad_type' });
		expect(addQuestion(db, w.teacher, w.setId, { type: 'short', prompt: 'x', answer: '', choices: '' })).toEqual({ ok: false, error: 'answer_required' });
		expect(validateQuestion({ type: 'truefalse', prompt: 'x', answer: 'faux', choices: '' }, 'en')).toMatchObject({ ok: true, content: { answer: 'False', choices: ['True', 'False'], answerValue: 'false' } });
		expect(validateQuestion({ type: 'mcq', prompt: 'x', answer: 'a', choices: Array.from({ length: 9 }, (_, i) => `c${i}`).join('\n') + '\na' }, 'en')).toEqual({ ok: false, error: 'choices_too_many' });
	});
});

describe('publishing', () => {
	it('creates one assignment per class and only moves the due date the second time', () => {
		const second = newId();
		db.insert(classes).values({ id: second, teacherId: w.teacher, name: '1re B', joinCode: 'XYZ789' }).run();
		const march = new Date('2025-03-01T08:00:00Z');
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId, second, second], due: '2025-03-10' }, march)).toEqual({ ok: true, created: 1, updated: 1 });
		expect(db.select().from(assignments).where(eq(assignments.classId, second)).get()?.openBook).toBe(true);
		expect(publishSet(db, w.teacher, w.setId, { classIds: [second], due: '2025-03-12', studyMaterial: true, openBook: false }, march)).toEqual({ ok: true, created: 0, updated: 1 });
		const rows = db.select().from(assignments).where(eq(assignments.classId, second)).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].dueAt?.toISOString()).toBe('2025-03-12T23:59:59.000Z');
		expect(rows[0].studyMaterial).toBe(true);
		expect(rows[0].openBook).toBe(false);
	});

	it('refuses a due date whose day has ended everywhere, and keeps years below 100 as written', () => {
		// 2025-03-09 ends at 2025-03-10 11:59:59 UTC in UTC−12, the last place to finish it.
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '2025-03-09' }, new Date('2025-03-10T11:00:00Z'))).toMatchObject({ ok: true });
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '2025-03-09' }, new Date('2025-03-10T12:00:00Z'))).toEqual({ ok: false, error: 'past_due' });
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '0099-03-09' }, new Date('2025-03-10T12:00:00Z'))).toEqual({ ok: false, error: 'past_due' });
		expect((parseDueDate('0099-03-09') as Date).toISOString()).toBe('0099-03-09T23:59:59.000Z');
		expect((parseDueDate('0000-01-01') as Date).getUTCFullYear()).toBe(0);
	});

	it('refuses with nothing approved, no class, a bad date, or someone else’s or an archived class', () => {
		expect(publishSet(db, w.teacher, w.setId, { classIds: [], due: '' })).toEqual({ ok: false, error: 'no_class' });
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '31/02/2025' })).toEqual({ ok: false, error: 'bad_due' });
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '2025-02-31' })).toEqual({ ok: false, error: 'bad_due' });
		const bob = runNow(db, (tx) => addUser(tx, 'teacher', 'Bob'));
		const bobs = newId();
		db.insert(classes).values({ id: bobs, teacherId: bob, name: 'B', joinCode: 'BOB234' }).run();
		expect(publishSet(db, w.teacher, w.setId, { classIds: [bobs], due: '' })).toEqual({ ok: false, error: 'bad_class' });
		db.update(classes).set({ archivedAt: later }).where(eq(classes.id, w.classId)).run();
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '' })).toEqual({ ok: false, error: 'bad_class' });
		db.update(questions).set({ status: 'draft' }).where(eq(questions.setId, w.setId)).run();
		expect(publishSet(db, w.teacher, w.setId, { classIds: [w.classId], due: '' })).toEqual({ ok: false, error: 'no_approved' });
		expect(publishSet(db, bob, w.setId, { classIds: [bobs], due: '' })).toEqual({ ok: false, error: 'not_found' });
	});
});

describe('archiving and deleting a set', () => {
	const titles = () => {
		const d = teacherDashboard(db, w.teacher);
		return { live: d.sets.map((s) => s.id), archived: d.archivedSets.map((s) => s.id) };
	};

	it('archives out of the dashboard’s list and restores unchanged, for the owner only', () => {
		const bob = runNow(db, (tx) => addUser(tx, 'teacher', 'Bob'));
		expect(archiveSet(db, bob, w.setId, true)).toBe(false);
		expect(titles()).toEqual({ live: [w.setId], archived: [] });
		expect(archiveSet(db, w.teacher, w.setId, true, later)).toBe(true);
		expect(titles()).toEqual({ live: [], archived: [w.setId] });
		expect(teacherDashboard(db, w.teacher).archivedSets[0]).toMatchObject({ archivedAt: later, articlePublishedAt: '2025-01-24', approved: 6 });
		// The students' assignment carries on while the set is archived.
		expect(db.select().from(assignments).where(eq(assignments.setId, w.setId)).all()).toHaveLength(1);
		expect(archiveSet(db, w.teacher, w.setId, false)).toBe(true);
		expect(titles()).toEqual({ live: [w.setId], archived: [] });
	});

	it('deletes a set nobody has worked on, with its assignments and its article', () => {
		expect(deletionImpact(db, w.teacher, w.setId)).toEqual({ title: 'Russie-Iran', assignments: 1, attempts: 0, cards: 0 });
		expect(deleteSet(db, runNow(db, (tx) => addUser(tx, 'teacher', 'Bob')), w.setId)).toEqual({ ok: false, error: 'not_found' });
		expect(deleteSet(db, w.teacher, w.setId)).toEqual({ ok: true });
		expect(db.select().from(questionSets).all()).toHaveLength(0);
		expect(db.select().from(questions).all()).toHaveLength(0);
		expect(db.select().from(assignments).all()).toHaveLength(0);
		expect(db.select().from(articles).all()).toHaveLength(0);
	});

	it('keeps the article while another set is made from it', () => {
		const other = newId();
		db.insert(questionSets).values({ id: other, ownerId: w.teacher, articleId: w.articleId, title: 'Russie-Iran (2)', lang: 'fr' }).run();
		expect(deleteSet(db, w.teacher, other)).toEqual({ ok: true });
		expect(db.select().from(articles).all()).toHaveLength(1);
		expect(titles().live).toEqual([w.setId]);
	});

	it('refuses once a student has a quiz attempt or a flashcard from it, and loses nothing', () => {
		db.insert(quizAttempts).values({ id: newId(), assignmentId: w.assignmentId, studentId: w.student, startedAt: later }).run();
		expect(deleteSet(db, w.teacher, w.setId)).toEqual({ ok: false, error: 'has_results', attempts: 1, cards: 0 });
		db.delete(quizAttempts).run();
		db.insert(cards).values({ id: newId(), studentId: w.student, questionId: w.q.mcq, due: later }).run();
		expect(deleteSet(db, w.teacher, w.setId)).toEqual({ ok: false, error: 'has_results', attempts: 0, cards: 1 });
		expect(db.select().from(questions).all()).toHaveLength(6);
	});
});
