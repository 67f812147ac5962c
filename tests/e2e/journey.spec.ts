// Proves the whole teaching journey end to end: a teacher signs up, creates a class, pastes the
// seed article, sees its facts highlighted beside the generated questions, edits a question,
// approves all and publishes to the class; a student signs up, joins with the code, takes the quiz
// (some answers right, some wrong), sees the score and the sentence that proves each answer; the
// teacher opens the results and sees the student's score and the item analysis. It screenshots
// every main page (desktop, phone width 390 px, dark theme) into test-results/screens/.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createClass, newPage, shot, signUp, unique, ready } from '../support/ui';

const ARTICLE = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
interface Expected {
	type: string;
	answer: string;
	choices: string[];
	order: string[];
}

test('teacher → class → article → questions → publish → student quiz → result → report', async ({ browser }) => {
	// The longest journey of the suite: two users, the engine on the seed, a 30-question quiz.
	test.setTimeout(360_000);
	const teacher = await newPage(browser, 'en-US');

	// --- Teacher: account, class, article.
	await signUp(teacher, 'teacher', 'Claire Martin', 'en');
	const className = `Year 11 news ${unique()}`;
	const code = await createClass(teacher, className);

	await teacher.goto('/teach/sets/new');
	await ready(teacher);
	await shot(teacher, 'set-new');
	await teacher.locator('#text').fill(ARTICLE);
	await teacher.getByTestId('new-set-submit').click();
	await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/, { timeout: 60_000 });

	// --- The article with its facts highlighted, the questions beside it.
	const highlights = teacher.locator('[data-testid=article-text] mark.hl');
	expect(await highlights.count()).toBeGreaterThan(5);
	await expect(teacher.locator('[data-testid=article-text] mark[data-fact-type=date]').first()).toBeVisible();
	await expect(teacher.getByTestId('highlight-legend')).toBeVisible();
	// Only the facts the questions ask about are highlighted; every fact found comes on demand.
	const asked = await highlights.count();
	await teacher.locator('section.article').screenshot({ path: 'test-results/screens/set-editor-article.png' });
	await teacher.getByTestId('highlight-toggle').click();
	await expect(teacher).toHaveURL(/facts=all/);
	await expect.poll(() => highlights.count()).toBeGreaterThan(asked);
	await teacher.getByTestId('highlight-toggle').click();
	await expect.poll(() => highlights.count()).toBe(asked);
	const questions = teacher.getByTestId('question');
	const count = await questions.count();
	expect(count).toBeGreaterThan(3);
	// The engine's questions come most confident first, each saying how sure the engine is.
	const confidences = (await questions.evaluateAll((els) => els.map((e) => e.getAttribute('data-confidence')))).map(Number);
	expect(confidences.every((c, i) => c > 0 && (i === 0 || c <= confidences[i - 1]))).toBe(true);
	await expect(questions.first()).toContainText(/likely fine as it is|worth a look|check before use|probablement utilisable telle quelle|à relire|à vérifier avant usage/);

	// Selecting a question outlines its evidence sentence in the article.
	await questions.first().getByTestId('show-evidence').click();
	await expect(teacher.locator('[data-testid=article-text] .evidence').first()).toBeVisible();
	await expect(questions.first()).toHaveClass(/selected/);
	await shot(teacher, 'set-editor');

	// Edit the first question's wording: the version goes up.
	const first = questions.first();
	await first.getByTestId('edit-toggle').click();
	const prompt = first.locator('textarea[name=prompt]');
	const edited = `${(await prompt.inputValue()).trim()} (relisez le 2e paragraphe)`;
	await prompt.fill(edited);
	await first.getByTestId('save-question').click();
	await expect(first.getByTestId('question-prompt')).toHaveText(edited);
	await expect(first).toContainText('edited (v2)');

	// Turn a multiple-choice question into a short answer: the choices go, the answer stays.
	const mcqId = (await teacher.locator('[data-testid=question][data-type=mcq]').first().getAttribute('id'))!;
	const retyped = teacher.locator(`#${mcqId}`);
	const mcqAnswer = (await retyped.getAttribute('data-answer'))!;
	await retyped.getByTestId('edit-toggle').click();
	await retyped.getByTestId('edit-type').selectOption('short');
	await expect(retyped.locator('textarea[name=choices]')).toHaveCount(0);
	await expect(retyped.getByTestId('edit-form')).toContainText('later ones are graded as this new type');
	await retyped.scrollIntoViewIfNeeded();
	await retyped.screenshot({ path: 'test-results/screens/question-retype.png' });
	await retyped.getByTestId('save-question').click();
	await expect(retyped).toHaveAttribute('data-type', 'short');
	await expect(retyped.getByTestId('question-answer')).toHaveText(mcqAnswer);

	// Approve all, then note what each question expects (the student will get some wrong on purpose).
	await teacher.getByTestId('approve-all').click();
	await expect(teacher.locator('[data-testid=question][data-status=draft]')).toHaveCount(0);
	const expected: Expected[] = [];
	for (let i = 0; i < count; i++) {
		const q = questions.nth(i);
		expected.push({
			type: (await q.getAttribute('data-type'))!,
			answer: (await q.getAttribute('data-answer'))!,
			choices: await q.locator('ul.choices li').allInnerTexts(),
			order: await q.locator('ol.choices li').allInnerTexts()
		});
	}

	// --- Publish to the class with a due date.
	await teacher.getByTestId('publish-link').click();
	await teacher.waitForURL(/\/publish$/);
	await expect(teacher.getByLabel(className)).toBeChecked();
	await teacher.locator('#due').fill('2031-06-30');
	await shot(teacher, 'publish');
	await teacher.getByTestId('publish-submit').click();
	await expect(teacher.getByTestId('publish-done')).toBeVisible();

	await teacher.goto('/teach');
	await expect(teacher.getByTestId('set-row').first()).toContainText(className);
	await shot(teacher, 'teacher-dashboard');

	// --- Student: account (in French), join with the code, take the quiz.
	const student = await newPage(browser, 'fr-FR');
	await signUp(student, 'student', 'Noah Bennett', 'fr');
	await student.locator('#join-code').fill(code.toLowerCase());
	await student.getByTestId('join-class-form').locator('button').click();
	await student.waitForURL(/\/study\?joined=/);
	await expect(student.getByTestId('joined-class')).toBeVisible();
	const todo = student.getByTestId('assignment-todo');
	await expect(todo).toHaveCount(1);
	await expect(todo).toContainText('30 juin');
	await shot(student, 'student-dashboard');

	// The assignment opens on its article: a heading, the date in French, no footer; then the quiz.
	await todo.getByRole('link').first().click();
	await student.waitForURL(/\/study\/quiz\/[0-9a-f-]{36}\/read$/);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText(/Russie/);
	await expect(student.getByTestId('article-reader').locator('time')).toHaveText(/janvier 2025/);
	await expect(student.getByTestId('book-mode').first()).toContainText('Livre ouvert');
	await shot(student, 'reading');
	await student.getByTestId('start-quiz').first().click();
	await student.waitForURL(/\/study\/quiz\/[0-9a-f-]{36}$/);
	// Open book (the default): the article stays beside the questions.
	await expect(student.getByTestId('open-book').getByTestId('article-reader')).toBeVisible();
	const quizQuestions = student.getByTestId('quiz-question');
	await expect(quizQuestions).toHaveCount(count);
	// The article stays in view beside the questions as the student scrolls (viewport capture).
	await quizQuestions.nth(3).scrollIntoViewIfNeeded();
	await student.screenshot({ path: 'test-results/screens/quiz-open-book.png' });
	// Sending too early only asks: every question is still unanswered, nothing is stored.
	await student.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await student.getByTestId('quiz-submit').click();
	await expect(student.getByTestId('quiz-unanswered')).toHaveText(`${count} questions sur ${count} n’ont pas encore de réponse.`);
	await expect(student).toHaveURL(/\/study\/quiz\/[0-9a-f-]{36}$/);
	let right = 0;
	let enterTried = false;
	for (let i = 0; i < count; i++) {
		const q = quizQuestions.nth(i);
		const e = expected[i];
		// Right on even questions, wrong on odd ones.
		const correct = i % 2 === 0;
		if (correct) right++;
		if (e.type === 'mcq' || e.type === 'whosaid' || e.type === 'truefalse') {
			const labels = (await q.locator('label.option').allInnerTexts()).map((s) => s.trim());
			const pick = correct ? e.answer : labels.find((l) => l !== e.answer)!;
			await q.locator('label.option', { hasText: pick }).first().click();
		} else if (e.type === 'order') {
			const items = correct ? e.order : [...e.order].reverse();
			const selects = q.locator('select');
			for (let p = 0; p < items.length; p++) await selects.nth(p).selectOption({ label: items[p] });
		} else {
			const field = q.locator('input[type=text]');
			await field.fill(correct ? e.answer : 'zzz');
			if (!enterTried) {
				// Enter moves to the next question; it does not send the one-attempt quiz.
				enterTried = true;
				await field.press('Enter');
				await expect(field).not.toBeFocused();
				await expect(student).toHaveURL(/\/study\/quiz\/[0-9a-f-]{36}$/);
			}
		}
	}
	await shot(student, 'quiz');
	// Submitting asks first, with the count of unanswered questions (here none), then sends.
	await student.getByTestId('quiz-submit').click();
	await expect(student.getByTestId('quiz-unanswered')).toHaveText(`Les ${count} questions ont une réponse.`);
	await expect(student.getByTestId('quiz-confirm-submit')).toBeFocused();
	await student.getByTestId('quiz-confirm').screenshot({ path: 'test-results/screens/quiz-confirm.png' });
	await student.getByTestId('quiz-confirm-submit').click();
	await student.waitForURL(/\/result$/);

	// --- The result: the score, each answer, and the sentence that proves it.
	const pct = Math.round((right / count) * 100);
	await expect(student.getByTestId('result-score')).toHaveText(`${pct} %`);
	await expect(student.getByTestId('result-item')).toHaveCount(count);
	await expect(student.locator('[data-testid=result-item][data-verdict=wrong]')).toHaveCount(count - right);
	await expect(student.getByTestId('evidence').first()).toBeVisible();
	await expect(student.getByTestId('evidence').locator('mark').first()).toBeVisible();
	await shot(student, 'result');
	const resultUrl = student.url();

	// The evidence link opens the article with that sentence marked.
	await student.getByRole('link', { name: 'Voir dans l’article' }).first().click();
	await student.waitForURL(/\/articles\//);
	await expect(student.locator('[data-testid=article-text] .evidence').first()).toBeVisible();

	// Opening the quiz again (the back button) shows the same result, not a second attempt.
	await student.goto(resultUrl.replace(/\/result$/, ''));
	await expect(student).toHaveURL(/\/result$/);
	await student.goto('/study');
	await expect(student.getByTestId('done-score')).toHaveText(`${pct} %`);

	// --- Teacher: the results and the item analysis.
	await teacher.goto('/teach');
	await teacher.getByTestId('set-row').first().getByRole('link', { name: className }).click();
	await teacher.waitForURL(/\/teach\/assignments\//);
	await expect(teacher.getByTestId('report-submitted')).toHaveText('1 / 1');
	await expect(teacher.getByTestId('report-student').first()).toContainText('Noah Bennett');
	// Two students may share a name: the email tells them apart.
	await expect(teacher.getByTestId('report-student-email').first()).toContainText('@example.org');
	await expect(teacher.getByTestId('report-student-score').first()).toContainText(`${pct} %`);
	await expect(teacher.getByTestId('item-row')).toHaveCount(count);
	await expect(teacher.getByTestId('item-discrimination').first()).toHaveText('—');
	await teacher.getByTestId('report-student').first().locator('summary').click();
	await shot(teacher, 'assignment-report');

	// --- Phone width and dark theme.
	await teacher.setViewportSize({ width: 390, height: 844 });
	await shot(teacher, 'assignment-report-390');
	await teacher.goto('/teach');
	await shot(teacher, 'teacher-dashboard-390');
	await teacher.getByTestId('set-row').first().locator('a.set-title').click();
	await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/);
	await shot(teacher, 'set-editor-390');
	await student.setViewportSize({ width: 390, height: 844 });
	await student.goto('/study');
	await shot(student, 'student-dashboard-390');
	await student.getByTestId('done-score').click();
	await student.waitForURL(/\/result$/);
	await shot(student, 'result-390');

	await teacher.setViewportSize({ width: 1280, height: 900 });
	await teacher.context().addCookies([{ name: 'theme', value: 'dark', url: teacher.url() }]);
	await teacher.reload();
	await shot(teacher, 'set-editor-dark');
});

test('a student outside the class gets a 404 on the quiz', async ({ browser }) => {
	const page = await newPage(browser, 'en-US');
	await signUp(page, 'student', 'Outsider', 'en');
	const response = await page.goto('/study/quiz/00000000-0000-0000-0000-000000000000');
	expect(response?.status()).toBe(404);
});

test('the new-set form explains bad input in the user’s language and keeps what was pasted', async ({ browser }) => {
	const page = await newPage(browser, 'fr-FR');
	await signUp(page, 'teacher', 'Inès Morel', 'fr');
	await page.goto('/teach/sets/new');
	await page.getByTestId('new-set-submit').click();
	await expect(page.getByTestId('new-set-error')).toContainText('L’article est vide');

	await page.locator('#text').fill('Quelques mots collés ici.');
	await page.locator('#file').setInputFiles({ name: 'article.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: Buffer.from('PK') });
	await page.getByTestId('new-set-submit').click();
	await expect(page.getByTestId('new-set-error')).toContainText('.txt, .md, .html, .pdf et Word .docx');
	await expect(page.locator('#text')).toHaveValue('Quelques mots collés ici.');
	// A PDF that is not one says so, and the pasted text stays.
	await page.locator('#file').setInputFiles({ name: 'article.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
	await page.getByTestId('new-set-submit').click();
	await expect(page.getByTestId('new-set-error')).toContainText('Ce fichier ne peut pas être ouvert');
	await expect(page.locator('#text')).toHaveValue('Quelques mots collés ici.');

	await page.locator('#file').setInputFiles([]);
	await page.locator('#text').fill('Dies ist ein deutscher Artikel über die Zusammenarbeit zwischen Russland und dem Iran, der in Moskau unterzeichnet wurde und zwanzig Jahre gilt.');
	await page.getByTestId('new-set-submit').click();
	await expect(page.getByTestId('new-set-error')).toContainText('allemand');
	await expect(page.locator('#text')).toHaveValue(/deutscher Artikel/);
});

test('without JavaScript, a failed edit or addition comes back open: a question changed to multiple choice asks for its choices, then saves', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await signUp(page, 'teacher', 'Noa Lemaire', 'en');
	await page.goto('/teach/sets/new');
	await ready(page);
	await page.locator('#text').fill(ARTICLE);
	await page.getByTestId('new-set-submit').click();
	await page.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/, { timeout: 60_000 });

	const id = (await page.locator('[data-testid=question][data-type=short], [data-testid=question][data-type=cloze]').first().getAttribute('id'))!;
	const q = page.locator(`#${id}`);
	const answer = (await q.getAttribute('data-answer'))!;
	await q.getByTestId('edit-toggle').click();
	await q.getByTestId('edit-type').selectOption('mcq');
	await q.getByTestId('save-question').click();
	// The page comes back with the form open, the type kept, the error said and the choices field there.
	await expect(q.getByTestId('edit-error')).toContainText('at least');
	await expect(q.getByTestId('edit-type')).toHaveValue('mcq');
	await q.locator('textarea[name=choices]').fill(`${answer}\nan invented answer\nanother invented answer`);
	await q.getByTestId('save-question').click();
	await expect(q).toHaveAttribute('data-type', 'mcq');
	await expect(q.locator('ul.choices li')).toHaveCount(3);

	// A hand-written question missing its answer comes back open with the error and what was typed.
	await page.locator('details.add > summary').click();
	await page.locator('#add-prompt').fill('Who signed the treaty for Russia?');
	await page.getByTestId('add-submit').click();
	await expect(page.getByTestId('add-form').getByRole('alert')).toBeVisible();
	await expect(page.locator('#add-prompt')).toHaveValue('Who signed the treaty for Russia?');
	await context.close();
});
