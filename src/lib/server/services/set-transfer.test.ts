// Proves the exports: only the owner gets them, CSV/GIFT/XML hold the approved questions, the JSON
// re-imports as an identical set (through the new-set form too), and a bad file is refused with
// its reason and writes nothing; an assignment's results come out one row per student.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { questions } from '$lib/server/db/schema';
import { createSetFromForm, changeQuestionStatus } from './question-sets';
import { exportResults, exportSet, fileStem, importSetFile, setFile } from './set-transfer';
import { parseSetFile } from '$lib/server/export/set-file';
import { openQuiz, readQuizForm, submitQuiz } from './quizzes';
import { addUser, seedWorld } from './quiz-fixture';
import { first, run, type WorkResult } from '$lib/server/db/store';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';

describe.each(DIALECTS)('set transfer on %s', (dialect) => {
	const store = freshStore(dialect);

	let w: WorkResult<ReturnType<typeof seedWorld>>;
	const now = new Date('2025-03-01T10:00:00Z');

	beforeEach(async () => {
		w = await store().write((tx) => seedWorld(tx));
	});

	const jsonFile = (body: string, name = 'set.lectio.json') => new File([body], name, { type: 'application/json' });
	/** A set file without what differs by nature between two copies (nothing, once ids are left out). */
	const exported = async (owner: string, setId: string) => (await setFile(store(), owner, setId))!;

	describe('exporting a set', () => {
		it('gives the owner each format and anyone else nothing', async () => {
			expect(await exportSet(store(), await store().write((tx) => addUser(tx, 'teacher', 'Bob')), w.setId, 'csv')).toBeNull();
			expect(await exportSet(store(), w.teacher, w.setId, 'csv')).toMatchObject({ filename: 'russie-iran.csv', contentType: 'text/csv; charset=utf-8' });
			expect((await exportSet(store(), w.teacher, w.setId, 'gift'))?.filename).toBe('russie-iran.gift.txt');
			expect((await exportSet(store(), w.teacher, w.setId, 'xml'))?.body).toContain('<question type="matching">');
			expect(fileStem('Élections : « le 2e tour »')).toBe('elections-le-2e-tour');
			expect(fileStem('«»')).toBe('lectio');
		});

		it('puts only the approved questions in CSV, GIFT and XML', async () => {
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.mcq, 'reject', now);
			const csv = (await exportSet(store(), w.teacher, w.setId, 'csv'))!.body;
			// The BOM, a header, then the five approved questions (French: semicolons).
			expect(csv.startsWith('\uFEFFtype;question;réponse;choix;preuve\r\n')).toBe(true);
			expect(csv.trimEnd().split('\r\n')).toHaveLength(6);
			expect(csv).not.toContain('Où le traité');
			expect((await exportSet(store(), w.teacher, w.setId, 'gift'))!.body.match(/^::Q\d+::/gm)).toHaveLength(5);
		});
	});

	describe('the Lectio file', () => {
		it('re-imports as an identical set, statuses, order and facts included', async () => {
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.short, 'reject', now);
			const file = await exported(w.teacher, w.setId);
			const parsed = parseSetFile(JSON.stringify(file));
			expect(parsed.ok).toBe(true);
			const other = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
			const copy = await importSetFile(store(), other, parsed.ok ? parsed.file : file, now);
			expect(await exported(other, copy)).toEqual(file);
			expect((await store().read(({ db, t }) => run(db.select().from(t.questions).where(eq(t.questions.setId, copy))))).map((q) => q.status)).toEqual(['approved', 'approved', 'approved', 'rejected', 'approved', 'approved']);
		});

		it('comes back through the new-set form, without running the engine, under the title given', async () => {
			const body = (await exportSet(store(), w.teacher, w.setId, 'json'))!.body;
			const result = await createSetFromForm(store(), w.teacher, { text: '', file: jsonFile(body), title: 'Copie', published: '' }, now);
			expect(result).toMatchObject({ ok: true, questions: 6 });
			if (result.ok) expect((await store().read(({ db, t }) => first(db.select().from(t.questionSets).where(eq(t.questionSets.id, result.setId)).limit(1))))?.title).toBe('Copie');
		});

		it('refuses a file that is not JSON, not a set, from a newer version or damaged, and writes nothing', async () => {
			const file = await exported(w.teacher, w.setId);
			const damaged = { ...file, questions: [{ ...file.questions[0], evidenceEnd: 10_000 }] };
			const cases: [string, string][] = [
				['{"format": "lectio-question-set", "version": 1, "set": ', 'not_json'],
				['{"name": "a package.json"}', 'not_a_set'],
				[JSON.stringify({ ...file, version: 2 }), 'newer_version'],
				[JSON.stringify(damaged), 'invalid'],
				[JSON.stringify({ ...file, set: { title: '', lang: 'fr' } }), 'invalid'],
				[JSON.stringify({ ...file, facts: [file.facts[0], file.facts[0]] }), 'invalid']
			];
			for (const [body, error] of cases) {
				expect(await createSetFromForm(store(), w.teacher, { text: '', file: jsonFile(body), title: '', published: '' }, now)).toEqual({ ok: false, error: 'set_file', setFile: error });
			}
			expect((await store().read(({ db, t }) => run(db.select().from(t.questionSets))))).toHaveLength(1);
		});
	});

	describe('results for a gradebook', () => {
		it('has a row per student of the class, with each answer and whether it was right', async () => {
			const quiz = await openQuiz(store(), w.student, w.assignmentId, now);
			if (quiz.status !== 'open') throw new Error(quiz.status);
			const entries: [string, string][] = quiz.questions.map((q) => ['shown', `${q.id}:${q.version}`]);
			entries.push([`a:${w.q.mcq}`, 'Moscou'], [`a:${w.q.short}`, 'Medvedev']);
			await submitQuiz(store(), w.student, w.assignmentId, readQuizForm(entries), new Date(now.getTime() + 90_000));
			const absentId = await store().write((tx) => addUser(tx, 'student', 'Absent'));
			await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: w.classId, studentId: absentId })));
			expect(await exportResults(store(), await store().write((tx) => addUser(tx, 'teacher', 'Bob')), w.assignmentId, 'en')).toBeNull();
			const lines = (await exportResults(store(), w.teacher, w.assignmentId, 'en'))!.body.slice(1).trimEnd().split('\r\n');
			expect(lines[0]).toBe('student,email,submitted (UTC),score %,correct,questions,time (min),Q1,Q1 ✓,Q2,Q2 ✓,Q3,Q3 ✓,Q4,Q4 ✓,Q5,Q5 ✓,Q6,Q6 ✓');
			// Sam answered 2 of 6, one right (the multiple choice, first in the set): 17 %, 1.5 minutes.
			// The order question left alone is stored as three empty slots.
			const sam = lines.find((l) => l.startsWith('Sam,'))!;
			expect(sam).toBe(`Sam,${sam.split(',')[1]},2025-03-01 10:01,17,1,6,1.5,Moscou,1,,0,,0,Medvedev,0,… → … → …,0,,0`);
			const absent = lines.find((l) => l.startsWith('Absent,'))!;
			expect(absent.split(',').slice(2)).toEqual(Array(17).fill(''));
		});
	});
});
