// Proves the teacher's review of a set: an article becomes a stored set, edits bump the version
// (and re-derive what the grader compares with), reordering, rejecting, deleting and restoring,
// adding by hand, "approve all", and publishing (once per class, refused with nothing approved).
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { teacherDashboard } from './reports';
import { newId } from '$lib/server/ids';
import { addQuestion, answerValueFor, approveAll, archiveSet, changeQuestionStatus, deleteSet, deletionImpact, createSetFromArticle, createSetFromForm, ARTICLES_PER_HOUR, editQuestion, getSetEditor, moveQuestion, publishSet, parseDueDate, validateQuestion } from './question-sets';
import { addUser, seedWorld } from './quiz-fixture';
import { docx, pdf } from '$lib/server/import/document-fixtures';
import { first, run, type WorkResult } from '$lib/server/db/store';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';

describe.each(DIALECTS)('question sets on %s', (dialect) => {
	const store = freshStore(dialect);

	let w: WorkResult<ReturnType<typeof seedWorld>>;
	const later = new Date('2025-03-01T10:00:00Z');

	beforeEach(async () => {
		w = await store().write((tx) => seedWorld(tx));
	});

	const row = async (id: string) => (await store().read(({ db, t }) => first(db.select().from(t.questions).where(eq(t.questions.id, id)).limit(1))))!;
	const order = async () => (await getSetEditor(store(), w.teacher, w.setId))!.questions.map((q) => q.id);

	describe('creating a set from an article', () => {
		it('stores the article, its facts and draft questions from the seed article', async () => {
			const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
			const { setId } = await createSetFromArticle(store(), { ownerId: w.teacher, input: text });
			const editor = (await getSetEditor(store(), w.teacher, setId))!;
			expect(editor.set.lang).toBe('fr');
			expect(editor.facts.length).toBeGreaterThan(5);
			expect(editor.questions.length).toBeGreaterThan(3);
			expect(editor.questions.every((q) => q.status === 'draft')).toBe(true);
			const stored = (await store().read(({ db, t }) => run(db.select().from(t.facts).where(eq(t.facts.articleId, editor.article.id)))));
			expect(stored).toHaveLength(editor.facts.length);
			for (const f of stored) expect(editor.article.cleanText.slice(f.start, f.end)).toBe(f.text);
		});

		it('gives the engine the teacher’s title, so a question its headline answers is not drafted', async () => {
			const text = 'Lena Markov won the Harbury marathon on Sunday in 2 hours 31 minutes. She beat the course record set in 2019 by four minutes, organisers said.';
			const answers = async (title?: string) => {
				const { setId } = await createSetFromArticle(store(), { ownerId: w.teacher, input: text, published: '2025-04-07', ...(title ? { title } : {}) });
				return (await getSetEditor(store(), w.teacher, setId))!.questions.map((q) => q.answer);
			};
			expect(await answers()).toContain('Lena Markov');
			expect(await answers('Lena Markov wins the Harbury marathon')).not.toContain('Lena Markov');
		});

		it('sends the editor the article’s text once: no original input, sentences or per-fact copies', async () => {
			const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
			const { setId } = await createSetFromArticle(store(), { ownerId: w.teacher, input: text });
			const editor = (await getSetEditor(store(), w.teacher, setId))!;
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
			const fromWord = await createSetFromForm(store(), w.teacher, { text: '', file: file(docx(paragraphs), 'port.docx'), title: '', published: '' });
			expect(fromWord).toMatchObject({ ok: true });
			if (fromWord.ok) expect((await getSetEditor(store(), w.teacher, fromWord.setId))!.article.cleanText).toContain('12 millions d’euros');
			const fromPdf = await createSetFromForm(store(), w.teacher, { text: '', file: file(pdf(['Le port de S\xe8te a rouvert mardi 4 mars 2025 apr\xe8s', 'dix mois de travaux.', 'Ils ont co\xfbt\xe9 12 millions.']), 'port.pdf'), title: '', published: '' });
			expect(fromPdf).toMatchObject({ ok: true });
			if (fromPdf.ok) expect((await getSetEditor(store(), w.teacher, fromPdf.setId))!.article.cleanText).toContain('rouvert mardi 4 mars 2025 après dix mois de travaux.');
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: file(new Uint8Array([1, 2, 3]), 'port.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'document', document: 'corrupt' });
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: file(pdf([]), 'scan.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'document', document: 'no_text' });
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: file(new Uint8Array(3 * 1024 * 1024 + 1), 'big.pdf'), title: '', published: '' })).toEqual({ ok: false, error: 'file_too_large' });
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: file(new Uint8Array([1]), 'old.doc'), title: '', published: '' })).toEqual({ ok: false, error: 'file_type' });
		});

		it('explains an unusable article in both languages and writes nothing', async () => {
			const empty = await createSetFromForm(store(), w.teacher, { text: '   ', file: null, title: '', published: '' });
			expect(empty).toMatchObject({ ok: false, error: 'engine' });
			if (!empty.ok) expect(empty.engine?.fr).toMatch(/vide/);
		});

		it('takes at most 60 articles an hour from one teacher, refused ones included', async () => {
			const start = new Date('2026-03-02T08:00:00Z');
			for (let i = 0; i < ARTICLES_PER_HOUR; i++) {
				expect(await createSetFromForm(store(), w.teacher, { text: ' ', file: null, title: '', published: '' }, new Date(start.getTime() + i * 1000))).toMatchObject({ error: 'engine' });
			}
			const refused = await createSetFromForm(store(), w.teacher, { text: 'Un texte.', file: null, title: '', published: '' }, new Date(start.getTime() + 30 * 60_000));
			// The first of the sixty leaves the hour at 09:00:00, 30 minutes later.
			expect(refused).toEqual({ ok: false, error: 'rate_limited', retryAfterSeconds: 1800 });
			const other = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			expect(await createSetFromForm(store(), other, { text: ' ', file: null, title: '', published: '' }, start)).toMatchObject({ error: 'engine' });
		});

		it('refuses other file types and text files over 1 MB', async () => {
			const image = new File(['GIF89a'], 'a.gif');
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: image, title: '', published: '' })).toMatchObject({ error: 'file_type' });
			const big = new File(['a'.repeat(1024 * 1024 + 1)], 'a.txt');
			expect(await createSetFromForm(store(), w.teacher, { text: '', file: big, title: '', published: '' })).toMatchObject({ error: 'file_too_large' });
			expect(await createSetFromForm(store(), w.teacher, { text: 'x', file: null, title: '', published: '2025-13-40' })).toMatchObject({ error: 'bad_date' });
		});

		it('reads an uploaded text file', async () => {
			const text = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
			const result = await createSetFromForm(store(), w.teacher, { text: '', file: new File([text], 'article.txt'), title: 'Mon titre', published: '' });
			expect(result.ok).toBe(true);
			if (result.ok) expect((await getSetEditor(store(), w.teacher, result.setId))!.set.title).toBe('Mon titre');
		});
	});

	describe('the facts the editor highlights', () => {
		it('marks the facts a live question asks about, and no others', async () => {
			const used = async () => Object.fromEntries((await getSetEditor(store(), w.teacher, w.setId))!.facts.map((f) => [f.value, f.used]));
			expect(await used()).toEqual({ '2025-01-17': true, Moscou: true, P20Y: true, 'Vladimir Poutine': true });
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'delete', later);
			expect(await used()).toMatchObject({ Moscou: false, 'Vladimir Poutine': true });
		});
	});

	describe('editing a question', () => {
		it('bumps the version and the update time', async () => {
			const r = await editQuestion(store(), w.teacher, w.setId, w.q.mcq, { type: null, prompt: 'Dans quelle ville ?', answer: 'moscou', choices: 'Moscou\nBakou\nKiev' }, later);
			expect(r.ok).toBe(true);
			expect(await row(w.q.mcq)).toMatchObject({ prompt: 'Dans quelle ville ?', answer: 'Moscou', choices: ['Moscou', 'Bakou', 'Kiev'], version: 2, updatedAt: later });
		});

		it('does not bump the version when nothing changed', async () => {
			const q = await row(w.q.mcq);
			await editQuestion(store(), w.teacher, w.setId, w.q.mcq, { type: null, prompt: q.prompt, answer: q.answer, choices: q.choices.join('\n') }, later);
			expect((await row(w.q.mcq)).version).toBe(1);
		});

		it('re-derives the graded value when the answer changes, keeps it otherwise', async () => {
			await editQuestion(store(), w.teacher, w.setId, w.q.cloze, { type: null, prompt: 'Signé le ____.', answer: '17 janvier 2025', choices: '' });
			expect((await row(w.q.cloze)).answerValue).toBe('2025-01-17');
			await editQuestion(store(), w.teacher, w.setId, w.q.cloze, { type: null, prompt: 'Signé le ____.', answer: '18 janvier 2025', choices: '' });
			expect(await row(w.q.cloze)).toMatchObject({ answerValue: '2025-01-18', version: 3 });
			expect(answerValueFor('Vladimir Poutine', 'fr')).toBe('Vladimir Poutine');
			expect(answerValueFor('2 300', 'fr')).toBe('2300');
		});

		it('refuses bad input with a reason, and changes nothing', async () => {
			const bad = async (input: Record<string, string>, id = w.q.mcq) =>
				await editQuestion(store(), w.teacher, w.setId, id, { type: null, prompt: 'P', answer: 'Moscou', choices: 'Moscou\nBakou', ...input });
			expect(await bad({ prompt: '  ' })).toEqual({ ok: false, error: 'prompt_required' });
			expect(await bad({ prompt: 'x'.repeat(501) })).toEqual({ ok: false, error: 'prompt_too_long' });
			expect(await bad({ answer: 'Paris' })).toEqual({ ok: false, error: 'answer_not_in_choices' });
			expect(await bad({ choices: 'Moscou' })).toEqual({ ok: false, error: 'choices_too_few' });
			expect(await bad({ choices: 'Moscou\nmoscou' })).toEqual({ ok: false, error: 'choices_duplicate' });
			expect(await bad({ answer: 'peut-être' }, w.q.truefalse)).toEqual({ ok: false, error: 'truefalse_answer' });
			expect((await row(w.q.mcq)).version).toBe(1);
		});

		it('edits a true/false answer and an order question', async () => {
			await editQuestion(store(), w.teacher, w.setId, w.q.truefalse, { type: null, prompt: 'Le traité dure 20 ans.', answer: 'true', choices: '' });
			expect(await row(w.q.truefalse)).toMatchObject({ answer: 'Vrai', answerValue: 'true' });
			await editQuestion(store(), w.teacher, w.setId, w.q.order, { type: null, prompt: 'Ordre ?', answer: '', choices: 'un\ndeux\ntrois' });
			const o = await row(w.q.order);
			expect(o.answerValue.split(',').map((i) => o.choices[Number(i)])).toEqual(['un', 'deux', 'trois']);
			expect(o.choices).not.toEqual(['un', 'deux', 'trois']);
		});

		it('changes a question\'s type: the new type\'s rules apply and nothing of the old answer is kept', async () => {
			// Short answer → multiple choice: needs choices holding the answer.
			expect(await editQuestion(store(), w.teacher, w.setId, w.q.short, { type: 'mcq', prompt: 'Qui a signé pour l’Iran ?', answer: 'Massoud Pezeshkian', choices: '' })).toEqual({ ok: false, error: 'choices_too_few' });
			expect(await editQuestion(store(), w.teacher, w.setId, w.q.short, { type: 'mcq', prompt: 'Qui a signé pour l’Iran ?', answer: 'massoud pezeshkian', choices: 'Massoud Pezeshkian\nHassan Rohani\nEbrahim Raïssi' })).toEqual({ ok: true });
			expect(await row(w.q.short)).toMatchObject({ type: 'mcq', answer: 'Massoud Pezeshkian', choices: ['Massoud Pezeshkian', 'Hassan Rohani', 'Ebrahim Raïssi'], version: 2 });
			// True/false → short answer: the answer is the text typed, not the stored 'false'.
			expect(await editQuestion(store(), w.teacher, w.setId, w.q.truefalse, { type: 'short', prompt: 'Que ne contient pas le traité ?', answer: 'une clause de défense mutuelle', choices: '' })).toEqual({ ok: true });
			expect(await row(w.q.truefalse)).toMatchObject({ type: 'short', answer: 'une clause de défense mutuelle', answerValue: 'une clause de défense mutuelle', choices: [] });
			// Order → true/false, with the labels of the set's language.
			expect(await editQuestion(store(), w.teacher, w.setId, w.q.order, { type: 'truefalse', prompt: 'Le traité a été signé à Moscou.', answer: 'vrai', choices: '' })).toEqual({ ok: true });
			expect(await row(w.q.order)).toMatchObject({ type: 'truefalse', answer: 'Vrai', answerValue: 'true', choices: ['Vrai', 'Faux'] });
			expect(await editQuestion(store(), w.teacher, w.setId, w.q.mcq, { type: 'essay', prompt: 'x', answer: 'y', choices: '' })).toEqual({ ok: false, error: 'bad_type' });
		});

		it('is not found for another teacher or another set', async () => {
			const other = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			expect(await editQuestion(store(), other, w.setId, w.q.mcq, { type: null, prompt: 'x', answer: 'Moscou', choices: 'Moscou\nB' })).toEqual({ ok: false, error: 'not_found' });
			expect(await changeQuestionStatus(store(), other, w.setId, w.q.mcq, 'delete')).toEqual({ ok: false, error: 'not_found' });
			expect(await getSetEditor(store(), other, w.setId)).toBeNull();
		});
	});

	describe('reordering', () => {
		it('swaps with the neighbour and ignores moves past the ends', async () => {
			const start = await order();
			await moveQuestion(store(), w.teacher, w.setId, start[1], 'up');
			expect(await order()).toEqual([start[1], start[0], ...start.slice(2)]);
			await moveQuestion(store(), w.teacher, w.setId, start[1], 'up');
			expect(await order()).toEqual([start[1], start[0], ...start.slice(2)]);
			await moveQuestion(store(), w.teacher, w.setId, start[5], 'down');
			await moveQuestion(store(), w.teacher, w.setId, start[0], 'down');
			expect(await order()).toEqual([start[1], start[2], start[0], ...start.slice(3)]);
		});

		it('skips deleted questions and repairs tied positions', async () => {
			const start = await order();
			await changeQuestionStatus(store(), w.teacher, w.setId, start[1], 'delete');
			await moveQuestion(store(), w.teacher, w.setId, start[2], 'up');
			expect((await order()).slice(0, 2)).toEqual([start[2], start[0]]);
			await store().write(({ db, t }) => run(db.update(t.questions).set({ position: 0 }).where(eq(t.questions.setId, w.setId))));
			const tied = await order();
			await moveQuestion(store(), w.teacher, w.setId, tied[0], 'down');
			expect((await order()).slice(0, 2)).toEqual([tied[1], tied[0]]);
		});
	});

	describe('status changes', () => {
		it('rejects, restores to draft, and approves all drafts only', async () => {
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'reject');
			expect((await row(w.q.mcq)).status).toBe('rejected');
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'restore');
			expect((await row(w.q.mcq)).status).toBe('draft');
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.short, 'reject');
			expect(await approveAll(store(), w.teacher, w.setId)).toEqual({ ok: true, approved: 1 });
			expect((await row(w.q.mcq)).status).toBe('approved');
			expect((await row(w.q.short)).status).toBe('rejected');
		});

		it('deletes softly, suspends the cards, and restores both', async () => {
			await store().write(({ db, t }) => run(db.insert(t.cards).values({ id: newId(), studentId: w.student, questionId: w.q.mcq, due: later })));
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'delete', later);
			expect((await row(w.q.mcq)).deletedAt).toEqual(later);
			expect((await store().read(({ db, t }) => first(db.select().from(t.cards).limit(1))))!.suspended).toBe(true);
			const editor = (await getSetEditor(store(), w.teacher, w.setId))!;
			expect(editor.deleted.map((q) => q.id)).toEqual([w.q.mcq]);
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'restore');
			expect((await row(w.q.mcq)).deletedAt).toBeNull();
			expect((await store().read(({ db, t }) => first(db.select().from(t.cards).limit(1))))!.suspended).toBe(false);
		});
	});

	describe('adding a question by hand', () => {
		it('adds an approved question at the end, with its evidence found in the article', async () => {
			const r = await addQuestion(store(), w.teacher, w.setId, { type: 'short', prompt: 'Avec qui ?', answer: 'Massoud Pezeshkian', choices: '' });
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			const q = await row(r.id);
			expect(q).toMatchObject({ origin: 'teacher', status: 'approved', position: 6 });
			expect(q.evidenceText).toContain('Massoud Pezeshkian');
			expect((await order()).at(-1)).toBe(r.id);
		});

		it('finds the proving sentence of a paraphrased answer or a true/false statement, and none for an unrelated question', async () => {
			const add = async (type: string, prompt: string, answer: string) => {
				const r = await addQuestion(store(), w.teacher, w.setId, { type, prompt, answer, choices: '' });
				if (!r.ok) throw new Error(r.error);
				return await row(r.id);
			};
			expect((await add('short', 'Pour combien de temps le traité est-il signé ?', '20 années')).evidenceText).toMatch(/^Le 17 janvier/);
			expect((await add('truefalse', 'Le traité contient une clause de défense mutuelle.', 'faux')).evidenceText).toMatch(/ne contient pas de clause/);
			expect(await add('short', 'Quelle est la capitale du Japon ?', 'Tokyo')).toMatchObject({ evidenceText: '', evidenceStart: null });
		});

		it('an edited hand-written question without evidence finds it in its new wording', async () => {
			const r = await addQuestion(store(), w.teacher, w.setId, { type: 'short', prompt: 'Où ?', answer: 'au Kremlin', choices: '' });
			if (!r.ok) throw new Error(r.error);
			expect((await row(r.id)).evidenceText).toBe('');
			expect(await editQuestion(store(), w.teacher, w.setId, r.id, { type: 'short', prompt: 'Où le traité a-t-il été signé ?', answer: 'Moscou', choices: '' })).toEqual({ ok: true });
			expect(await row(r.id)).toMatchObject({ evidenceText: expect.stringMatching(/^Le 17 janvier/), evidenceStart: 13 });
		});

		it('stores a decade or a week typed by the teacher as a date, and keeps it one when edited', async () => {
			const r = await addQuestion(store(), w.teacher, w.setId, { type: 'short', prompt: 'Quand la coopération a-t-elle commencé ?', answer: 'les années 1990', choices: '' });
			if (!r.ok) throw new Error(r.error);
			expect((await row(r.id)).answerValue).toBe('199X');
			await editQuestion(store(), w.teacher, w.setId, r.id, { type: null, prompt: 'Quand la coopération a-t-elle commencé ?', answer: 'années 80', choices: '' });
			expect((await row(r.id)).answerValue).toBe('198X');
			const wk = await addQuestion(store(), w.teacher, w.setId, { type: 'short', prompt: 'Quelle semaine ?', answer: 'semaine du 13 janvier 2025', choices: '' });
			if (!wk.ok) throw new Error(wk.error);
			expect((await row(wk.id)).answerValue).toBe('2025-W03');
		});

		it('validates by type', async () => {
			expect(await addQuestion(store(), w.teacher, w.setId, { type: 'essay', prompt: 'x', answer: 'y', choices: '' })).toEqual({ ok: false, error: 'bad_type' });
			expect(await addQuestion(store(), w.teacher, w.setId, { type: 'short', prompt: 'x', answer: '', choices: '' })).toEqual({ ok: false, error: 'answer_required' });
			expect(validateQuestion({ type: 'truefalse', prompt: 'x', answer: 'faux', choices: '' }, 'en')).toMatchObject({ ok: true, content: { answer: 'False', choices: ['True', 'False'], answerValue: 'false' } });
			expect(validateQuestion({ type: 'mcq', prompt: 'x', answer: 'a', choices: Array.from({ length: 9 }, (_, i) => `c${i}`).join('\n') + '\na' }, 'en')).toEqual({ ok: false, error: 'choices_too_many' });
		});
	});

	describe('publishing', () => {
		it('creates one assignment per class and only moves the due date the second time', async () => {
			const second = newId();
			await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: second, teacherId: w.teacher, name: '1re B', joinCode: 'XYZ789' })));
			const march = new Date('2025-03-01T08:00:00Z');
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId, second, second], due: '2025-03-10' }, march)).toEqual({ ok: true, created: 1, updated: 1 });
			expect((await store().read(({ db, t }) => first(db.select().from(t.assignments).where(eq(t.assignments.classId, second)).limit(1))))?.openBook).toBe(true);
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [second], due: '2025-03-12', studyMaterial: true, openBook: false }, march)).toEqual({ ok: true, created: 0, updated: 1 });
			const rows = (await store().read(({ db, t }) => run(db.select().from(t.assignments).where(eq(t.assignments.classId, second)))));
			expect(rows).toHaveLength(1);
			expect(rows[0].dueAt?.toISOString()).toBe('2025-03-12T23:59:59.000Z');
			expect(rows[0].studyMaterial).toBe(true);
			expect(rows[0].openBook).toBe(false);
		});

		it('refuses a due date whose day has ended everywhere, and keeps years below 100 as written', async () => {
			// 2025-03-09 ends at 2025-03-10 11:59:59 UTC in UTC−12, the last place to finish it.
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '2025-03-09' }, new Date('2025-03-10T11:00:00Z'))).toMatchObject({ ok: true });
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '2025-03-09' }, new Date('2025-03-10T12:00:00Z'))).toEqual({ ok: false, error: 'past_due' });
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '0099-03-09' }, new Date('2025-03-10T12:00:00Z'))).toEqual({ ok: false, error: 'past_due' });
			expect((parseDueDate('0099-03-09') as Date).toISOString()).toBe('0099-03-09T23:59:59.000Z');
			expect((parseDueDate('0000-01-01') as Date).getUTCFullYear()).toBe(0);
		});

		it('refuses with nothing approved, no class, a bad date, or someone else’s or an archived class', async () => {
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [], due: '' })).toEqual({ ok: false, error: 'no_class' });
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '31/02/2025' })).toEqual({ ok: false, error: 'bad_due' });
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '2025-02-31' })).toEqual({ ok: false, error: 'bad_due' });
			const bob = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			const bobs = newId();
			await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: bobs, teacherId: bob, name: 'B', joinCode: 'BOB234' })));
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [bobs], due: '' })).toEqual({ ok: false, error: 'bad_class' });
			await store().write(({ db, t }) => run(db.update(t.classes).set({ archivedAt: later }).where(eq(t.classes.id, w.classId))));
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '' })).toEqual({ ok: false, error: 'bad_class' });
			await store().write(({ db, t }) => run(db.update(t.questions).set({ status: 'draft' }).where(eq(t.questions.setId, w.setId))));
			expect(await publishSet(store(), w.teacher, w.setId, { classIds: [w.classId], due: '' })).toEqual({ ok: false, error: 'no_approved' });
			expect(await publishSet(store(), bob, w.setId, { classIds: [bobs], due: '' })).toEqual({ ok: false, error: 'not_found' });
		});
	});

	describe('archiving and deleting a set', () => {
		const titles = async () => {
			const d = await teacherDashboard(store(), w.teacher);
			return { live: d.sets.map((s) => s.id), archived: d.archivedSets.map((s) => s.id) };
		};

		it('archives out of the dashboard’s list and restores unchanged, for the owner only', async () => {
			const bob = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			expect(await archiveSet(store(), bob, w.setId, true)).toBe(false);
			expect(await titles()).toEqual({ live: [w.setId], archived: [] });
			expect(await archiveSet(store(), w.teacher, w.setId, true, later)).toBe(true);
			expect(await titles()).toEqual({ live: [], archived: [w.setId] });
			expect((await teacherDashboard(store(), w.teacher)).archivedSets[0]).toMatchObject({ archivedAt: later, articlePublishedAt: '2025-01-24', approved: 6 });
			// The students' assignment carries on while the set is archived.
			expect((await store().read(({ db, t }) => run(db.select().from(t.assignments).where(eq(t.assignments.setId, w.setId)))))).toHaveLength(1);
			expect(await archiveSet(store(), w.teacher, w.setId, false)).toBe(true);
			expect(await titles()).toEqual({ live: [w.setId], archived: [] });
		});

		it('deletes a set nobody has worked on, with its assignments and its article', async () => {
			expect(await deletionImpact(store(), w.teacher, w.setId)).toEqual({ title: 'Russie-Iran', assignments: 1, attempts: 0, cards: 0 });
			expect(await deleteSet(store(), await store().write((tx) => addUser(tx, 'teacher', 'Bob')), w.setId)).toEqual({ ok: false, error: 'not_found' });
			expect(await deleteSet(store(), w.teacher, w.setId)).toEqual({ ok: true });
			expect((await store().read(({ db, t }) => run(db.select().from(t.questionSets))))).toHaveLength(0);
			expect((await store().read(({ db, t }) => run(db.select().from(t.questions))))).toHaveLength(0);
			expect((await store().read(({ db, t }) => run(db.select().from(t.assignments))))).toHaveLength(0);
			expect((await store().read(({ db, t }) => run(db.select().from(t.articles))))).toHaveLength(0);
		});

		it('keeps the article while another set is made from it', async () => {
			const other = newId();
			await store().write(({ db, t }) => run(db.insert(t.questionSets).values({ id: other, ownerId: w.teacher, articleId: w.articleId, title: 'Russie-Iran (2)', lang: 'fr' })));
			expect(await deleteSet(store(), w.teacher, other)).toEqual({ ok: true });
			expect((await store().read(({ db, t }) => run(db.select().from(t.articles))))).toHaveLength(1);
			expect((await titles()).live).toEqual([w.setId]);
		});

		it('refuses once a student has a quiz attempt or a flashcard from it, and loses nothing', async () => {
			await store().write(({ db, t }) => run(db.insert(t.quizAttempts).values({ id: newId(), assignmentId: w.assignmentId, studentId: w.student, startedAt: later })));
			expect(await deleteSet(store(), w.teacher, w.setId)).toEqual({ ok: false, error: 'has_results', attempts: 1, cards: 0 });
			await store().write(({ db, t }) => run(db.delete(t.quizAttempts)));
			await store().write(({ db, t }) => run(db.insert(t.cards).values({ id: newId(), studentId: w.student, questionId: w.q.mcq, due: later })));
			expect(await deleteSet(store(), w.teacher, w.setId)).toEqual({ ok: false, error: 'has_results', attempts: 0, cards: 1 });
			expect((await store().read(({ db, t }) => run(db.select().from(t.questions))))).toHaveLength(6);
		});
	});
});
