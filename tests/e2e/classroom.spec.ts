// Proves what a class lives through around one quiz: the teacher publishes it closed book; the
// student reads the article first, then starts, and the article stays hidden (quiz, reading page,
// article page) until the answers are in; the teacher archives, restores and deletes sets, and a set
// students have worked on cannot be deleted. Works without JavaScript where a form is involved.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createClass, joinClass, newPage, ready, shot, signUp, unique } from '../support/ui';

// Written for this test (not a corpus article): a few facts the engine asks about.
const ARTICLE = [
	'Harbour reopens after ten months of repairs',
	'',
	'By Jane Porter',
	'5 March 2025',
	'',
	'The harbour of Port Ellis reopened on Tuesday, 4 March 2025, after ten months of repairs that cost 12 million pounds. Mayor Alice Brennan cut the ribbon in front of 300 residents.',
	'',
	'The works began in May 2024, when a storm destroyed the northern pier. “We waited a long time for this day,” said the fisherman Tom Hale.',
	'',
	'The council did not say when the ferry service to Inishmore will resume.',
	'',
	'Subscribe to our newsletter'
].join('\n');

async function newSet(teacher: Page, title: string): Promise<string> {
	await teacher.goto('/teach/sets/new');
	await ready(teacher);
	await teacher.locator('#text').fill(ARTICLE);
	await teacher.locator('#title').fill(title);
	await teacher.getByTestId('new-set-submit').click();
	await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	const setUrl = teacher.url();
	await teacher.getByTestId('approve-all').click();
	await expect(teacher.locator('[data-testid=question][data-status=draft]')).toHaveCount(0);
	// Without JavaScript yet, the approval posts to ?/approveAll: the set's own address is the one before.
	return setUrl;
}

test('closed book: read first, then the article is hidden from the start of the quiz to its submission', async ({ browser }) => {
	test.setTimeout(180_000);
	const teacher = await newPage(browser, 'en-US');
	await signUp(teacher, 'teacher', 'Ruth Okafor', 'en');
	const className = `Harbour class ${unique()}`;
	const code = await createClass(teacher, className);
	const setUrl = await newSet(teacher, 'Port Ellis harbour');

	await teacher.goto(`${setUrl}/publish`);
	await ready(teacher);
	await teacher.getByTestId('closed-book').check();
	await teacher.getByTestId('publish-submit').click();
	await expect(teacher.getByTestId('publish-done')).toBeVisible();
	await expect(teacher.getByTestId('publish-form')).toContainText('closed book');

	const student = await newPage(browser, 'en-GB');
	await signUp(student, 'student', 'Ada Lowe', 'en');
	await joinClass(student, code);
	await student.getByTestId('assignment-todo').getByRole('link', { name: 'Start' }).click();
	await student.waitForURL(/\/read$/);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Harbour reopens after ten months of repairs');
	const reader = student.getByTestId('article-reader');
	await expect(reader).toContainText('By Jane Porter');
	await expect(reader.locator('time')).toHaveText('March 5, 2025');
	await expect(reader).toContainText('Mayor Alice Brennan');
	// What is not the article (the newsletter line) is not shown.
	await expect(reader).not.toContainText('Subscribe');
	await expect(student.getByTestId('book-mode').first()).toContainText('Closed book');
	await shot(student, 'reading-closed-book');

	await student.getByTestId('start-quiz').first().click();
	await student.waitForURL(/\/study\/quiz\/[0-9a-f-]{36}$/);
	await expect(student.getByTestId('closed-book-note')).toBeVisible();
	await expect(student.getByTestId('article-reader')).toHaveCount(0);
	const quizUrl = student.url();
	// Going back to the reading page does not bring the article back.
	await student.goto(`${quizUrl}/read`);
	await expect(student.getByTestId('closed-book-hidden')).toBeVisible();
	await expect(student.getByTestId('article-reader')).toHaveCount(0);
	await student.getByTestId('start-quiz').click();
	await student.waitForURL(quizUrl);

	await student.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await student.getByTestId('quiz-submit').click();
	await student.getByTestId('quiz-confirm-submit').click();
	await student.waitForURL(/\/result$/);
	// Once submitted, the article is back.
	await student.goto(`${quizUrl}/read`);
	await expect(student.getByTestId('article-reader')).toContainText('Mayor Alice Brennan');
	await expect(student.getByTestId('start-top')).toContainText('You have taken this quiz');

	// The teacher's report says how the quiz was taken.
	await teacher.goto('/teach');
	await teacher.getByTestId('set-row').first().getByRole('link', { name: className }).click();
	await expect(teacher.getByTestId('report-book')).toHaveText('closed book');

	// The results for a gradebook: one row for the student, in the teacher's language.
	const results = await teacher.request.get(`${teacher.url()}/results`);
	expect(results.headers()['content-disposition']).toMatch(/^attachment; filename="port-ellis-harbour-harbour-class-.*\.results\.csv"$/);
	const rows = (await results.text()).trimEnd().split('\r\n');
	expect(rows[0].startsWith('\uFEFFstudent,email,submitted (UTC),score %')).toBe(true);
	expect(rows[1]).toMatch(/^Ada Lowe,student-.*@example\.org,\d{4}-\d\d-\d\d \d\d:\d\d,0,0,/);

	// Exports, and the Lectio file imported back as a new set with the same questions.
	await teacher.goto(setUrl);
	const csv = await teacher.request.get(`${setUrl}/export/csv`);
	expect((await csv.text()).startsWith('\uFEFFtype,prompt,answer,choices,evidence\r\n')).toBe(true);
	const gift = await (await teacher.request.get(`${setUrl}/export/gift`)).text();
	expect(gift).toMatch(/^::Q1::/m);
	const questionCount = await teacher.getByTestId('question').count();
	const download = teacher.waitForEvent('download');
	await teacher.getByTestId('export-json').click();
	const name = (await download).suggestedFilename();
	expect(name).toBe('port-ellis-harbour.lectio.json');
	const buffer = readFileSync(await (await download).path());
	await teacher.goto('/teach/sets/new');
	await ready(teacher);
	await teacher.locator('#file').setInputFiles({ name, mimeType: 'application/json', buffer });
	await teacher.locator('#title').fill('Port Ellis harbour (copy)');
	await teacher.getByTestId('new-set-submit').click();
	await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/);
	await expect(teacher.getByTestId('set-title')).toHaveText('Port Ellis harbour (copy)');
	await expect(teacher.getByTestId('question')).toHaveCount(questionCount);
	await expect(teacher.locator('[data-testid=question][data-status=draft]')).toHaveCount(0);
	await teacher.getByTestId('delete-set').click();
	await teacher.getByTestId('delete-confirm-submit').click();
	await teacher.waitForURL(/\/teach\?deleted=/);

	// A set a student has answered cannot be deleted; it can be archived and restored.
	await teacher.goto(setUrl);
	await teacher.getByTestId('delete-set').click();
	await expect(teacher.getByTestId('delete-refused')).toContainText('1 quiz attempts');
	await teacher.goto('/teach');
	const row = teacher.getByTestId('set-row').filter({ hasText: 'Port Ellis harbour' });
	await expect(row.getByTestId('set-dates')).toContainText('article of March 5, 2025');
	await row.getByTestId('archive-set').click();
	await expect(teacher.getByTestId('set-archived')).toContainText('“Port Ellis harbour” is archived');
	await expect(teacher.getByTestId('set-row')).toHaveCount(0);
	await expect(teacher.getByTestId('archived-set-row')).toHaveCount(1);
	await shot(teacher, 'teacher-dashboard-archived');
	await teacher.getByTestId('restore-set').click();
	await expect(teacher.getByTestId('set-row')).toHaveCount(1);
	// Students keep their result meanwhile.
	await student.goto('/study');
	await expect(student.getByTestId('assignment-done')).toHaveCount(1);
});

test('without JavaScript, a set nobody has taken is deleted after a confirmation', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
	const teacher = await context.newPage();
	await signUp(teacher, 'teacher', 'Marc Lenoir', 'fr');
	const code = await createClass(teacher, `Classe ${unique()}`);
	expect(code).toBeTruthy();
	const setUrl = await newSet(teacher, 'Le port à supprimer');
	await teacher.goto(`${setUrl}/publish`);
	await teacher.getByTestId('publish-submit').click();
	await expect(teacher.getByTestId('publish-done')).toBeVisible();

	const noJs = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false, storageState: await context.storageState() });
	const page = await noJs.newPage();
	await page.goto(setUrl);
	await page.getByTestId('delete-set').click();
	const confirm = page.getByTestId('delete-confirm');
	await expect(confirm).toContainText('Supprimer définitivement « Le port à supprimer » ?');
	await expect(confirm).toContainText('retirée de la classe');
	await confirm.screenshot({ path: 'test-results/screens/set-delete-confirm.png' });
	await page.getByTestId('delete-confirm-submit').click();
	await page.waitForURL(/\/teach\?deleted=/);
	await expect(page.getByTestId('set-deleted')).toHaveText('« Le port à supprimer » est supprimée.');
	await expect(page.getByTestId('set-row')).toHaveCount(0);
	expect((await page.goto(setUrl))?.status()).toBe(404);
});
