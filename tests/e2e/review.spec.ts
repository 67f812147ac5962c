// Proves the daily review loop: a visitor enters the demo as its student and adds the study-material
// set to their flashcards, reviews five cards with the keyboard alone (Space shows, 1–4 answers), undoes the
// last one with Ctrl+Z (the card and the remaining counts come back), and sees today's reviews in
// the statistics (heatmap, forecast, counts). Also: typed answers get a suggested rating, the
// settings validate in both languages, a student with a year of reviews fits personal parameters
// and sees log loss and RMSE before and after, and the whole loop works without JavaScript.
// Screenshots of the card front/back, the statistics and the settings (also fitted) go to test-results/screens/.
import { test, expect, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { default_w } from 'ts-fsrs';
import { MIN_REVIEWS, simulate } from '../../src/lib/srs/optimizer';
import { ready } from '../support/ui';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

/** The demo student of a fresh sandbox (its English set is study material) with that set added to the flashcards. */
async function studentWithCards(browser: Browser, opts: { locale?: 'en' | 'fr'; js?: boolean; width?: number } = {}) {
	const locale = opts.locale ?? 'en';
	const context = await browser.newContext({
		locale: locale === 'fr' ? 'fr-FR' : 'en-US',
		javaScriptEnabled: opts.js ?? true,
		viewport: { width: opts.width ?? 1280, height: 900 }
	});
	const page = await context.newPage();
	await page.goto('/');
	if (opts.js !== false) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByTestId('demo-student').click();
	await page.waitForURL(/\/study$/);
	await expect(page.getByTestId('assignment-todo').first()).toBeVisible();

	await page.goto('/review');
	await expect(page.getByTestId('review-empty')).toBeVisible();
	// Only the study-material set is offered: the quiz set's cards come after its quiz.
	await expect(page.getByTestId('add-set')).toHaveCount(1);
	await page.getByTestId('add-set').click();
	await expect(page.getByTestId('added-set')).toBeVisible();
	if (!opts.js && opts.js !== undefined) await page.goto('/review');
	await expect(page.getByTestId('flashcard')).toBeVisible();
	// The signed-in student, found by the session cookie the way the server does (SHA-256 of the token).
	const token = (await context.cookies()).find((c) => c.name === 'session')!.value;
	const sessionId = createHash('sha256').update(token).digest('hex');
	return { page, context, sessionId };
}

const count = async (page: Page, kind: 'new' | 'learning' | 'review') => Number(await page.getByTestId(`count-${kind}`).locator('b').innerText());

test('five cards with the keyboard alone, Ctrl+Z undoes the last, the statistics follow', async ({ browser }) => {
	test.setTimeout(120_000);
	const { page, context } = await studentWithCards(browser);

	await page.goto('/review/stats');
	await expect(page.getByTestId('stat-today').locator('b')).toHaveText('0');
	await page.goto('/review');
	const startNew = await count(page, 'new');
	expect(startNew).toBeGreaterThanOrEqual(5);
	await shot(page, 'review-front');

	const seen: string[] = [];
	let beforeLast = { new: 0, learning: 0, review: 0, card: '' };
	for (const [i, key] of ['3', '1', '3', '4', '2'].entries()) {
		const card = page.getByTestId('flashcard');
		const id = (await card.getAttribute('data-card-id'))!;
		seen.push(id);
		if (i === 4) beforeLast = { new: await count(page, 'new'), learning: await count(page, 'learning'), review: await count(page, 'review'), card: id };
		await expect(page.getByTestId('answer')).toBeHidden();
		await page.keyboard.press('Space');
		await expect(page.getByTestId('answer')).toBeVisible();
		await expect(page.getByTestId('grade-1')).toContainText(/\d+ min/);
		if (i === 0) await shot(page, 'review-back');
		await page.keyboard.press(key);
		await expect(page.getByTestId('answer')).toBeHidden();
		await expect(page.getByTestId('count-new').locator('b')).toHaveText(String(startNew - i - 1));
	}
	expect(new Set(seen).size).toBe(5);

	// Ctrl+Z: the last card is back on screen and the counts are as they were before it.
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('count-new').locator('b')).toHaveText(String(beforeLast.new));
	await expect(page.getByTestId('flashcard')).toHaveAttribute('data-card-id', beforeLast.card);
	expect(await count(page, 'learning')).toBe(beforeLast.learning);

	await page.goto('/review/stats');
	await expect(page.getByTestId('stat-today').locator('b')).toHaveText('4');
	await expect(page.getByTestId('stat-streak').locator('b')).toHaveText('1');
	await expect(page.getByTestId('heatmap').locator('rect[data-count="4"]')).toHaveCount(1);
	// Four cards answered today are due within the next days: they show up in the forecast.
	const forecastTotal = await page.getByTestId('forecast').locator('rect[data-count]').evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
	expect(forecastTotal).toBe(4);
	await shot(page, 'review-stats');
	await context.close();
});

test('typed answers suggest a rating; the settings validate and save', async ({ browser }) => {
	const { page, context } = await studentWithCards(browser, { locale: 'fr' });
	await page.getByTestId('typed-toggle').click();
	await page.getByTestId('typed-answer').fill('zzzz certainement faux');
	await page.getByTestId('typed-answer').press('Enter');
	await expect(page.getByTestId('typed-verdict')).toContainText('Pas tout à fait');
	await expect(page.getByTestId('grade-1')).toHaveClass(/suggested/);
	await expect(page.getByTestId('grade-1')).toContainText('1 min');
	await expect(page.getByTestId('grade-4')).toContainText(/\d+ j/);
	await shot(page, 'review-typed-fr');
	await page.keyboard.press('1');
	await expect(page.getByTestId('typed-answer')).toBeVisible();

	await page.goto('/review/settings');
	await ready(page);
	await page.locator('#retention').fill('99');
	await page.getByTestId('save-settings').click();
	await expect(page.getByText('Choisissez une rétention entre 80 et 97 %.')).toBeVisible();
	await expect(page.locator('#retention')).toHaveValue('99');
	await page.locator('#retention').fill('85');
	await page.locator('#newPerDay').fill('3');
	await page.getByTestId('save-settings').click();
	await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
	await expect(page.getByTestId('optimizer')).toContainText('Encore');
	await shot(page, 'review-settings-fr');
	await page.goto('/review');
	await expect(page.getByTestId('count-new').locator('b')).toHaveText('2');
	await context.close();
});

test('with enough reviews, "optimise my parameters" fits them and shows log loss and RMSE before and after', async ({ browser }) => {
	test.setTimeout(120_000);
	const { page, context, sessionId } = await studentWithCards(browser);
	// A year of history for this student's cards, written straight into the server's database:
	// reviews of a memory that forgets faster than ts-fsrs's defaults assume.
	const db = new Database('.e2e-data/e2e.db');
	db.pragma('busy_timeout = 5000');
	const student = db.prepare(`select user_id from sessions where id = ?`).pluck().get(sessionId) as string;
	const cardIds = db.prepare(`select id from cards where student_id = ?`).pluck().all(student) as string[];
	// (The demo set's cards are few — one question per answer of a sentence —: a memory that forgets
	// faster still, when needed, gives the year the optimiser's minimum of reviews.)
	const memory = [...default_w];
	let histories: ReturnType<typeof simulate> = [];
	for (const [w0, w8] of [[0.6, 1.3], [0.4, 1.0], [0.3, 0.9], [0.2, 0.8]]) {
		memory[0] = w0;
		memory[8] = w8;
		histories = simulate(memory, { cards: cardIds.length, days: 360, seed: 3, start: Date.now() - 400 * 86_400_000 });
		if (histories.reduce((n, h) => n + h.length, 0) > MIN_REVIEWS) break;
	}
	const insert = db.prepare(
		`insert into review_logs (id, card_id, student_id, kind, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
		 values (?, ?, ?, 'review', ?, 2, 2, ?, 1, 5, 0, 0, ?)`
	);
	let written = 0;
	db.transaction(() => {
		histories.forEach((h, i) => {
			for (const r of h) insert.run(randomUUID(), cardIds[i], student, r.rating, r.at, r.at), written++;
		});
	})();
	db.close();
	expect(written).toBeGreaterThan(MIN_REVIEWS);

	await page.goto('/review/settings');
	await expect(page.getByTestId('optimizer')).toContainText(`${written} reviews so far: enough to fit`);
	await expect(page.getByTestId('optimize')).toBeEnabled();
	await page.getByTestId('optimize').click();
	const table = page.getByTestId('fit-metrics');
	await expect(table).toBeVisible({ timeout: 20_000 });
	const cells = async (row: number) => (await table.locator('tbody tr').nth(row).locator('td').allInnerTexts()).map(Number);
	const [lossBefore, lossAfter] = await cells(0);
	const [rmseBefore, rmseAfter] = await cells(1);
	expect(lossAfter).toBeLessThanOrEqual(lossBefore);
	expect(lossBefore).toBeGreaterThan(0);
	expect(rmseBefore).toBeGreaterThanOrEqual(0);
	expect(rmseAfter).toBeGreaterThanOrEqual(0);
	await shot(page, 'review-settings-fitted');
	// The fit is kept: the page shows it on the next visit too.
	await page.goto('/review/settings');
	await expect(page.getByTestId('fit-metrics')).toBeVisible();
	await context.close();
});

test('the whole loop works without JavaScript', async ({ browser }) => {
	const { page, context } = await studentWithCards(browser, { js: false });
	const startNew = await count(page, 'new');
	const first = await page.getByTestId('flashcard').getAttribute('data-card-id');
	await page.getByTestId('show-answer').click();
	await expect(page.getByTestId('answer')).toBeVisible();
	await page.getByTestId('grade-3').click();
	await expect(page.getByTestId('count-new').locator('b')).toHaveText(String(startNew - 1));
	expect(await page.getByTestId('flashcard').getAttribute('data-card-id')).not.toBe(first);
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('count-new').locator('b')).toHaveText(String(startNew));
	await expect(page.getByTestId('flashcard')).toHaveAttribute('data-card-id', first!);
	await context.close();
});

test('phone width and dark theme', async ({ browser }) => {
	const { page, context } = await studentWithCards(browser, { width: 390 });
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByTestId('show-answer').click();
	await expect(page.getByTestId('answer')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await shot(page, 'review-back-phone-dark');
	for (const path of ['/review/stats', '/review/settings']) {
		await page.goto(path);
		const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(wide, path).toBeLessThanOrEqual(0);
		await shot(page, `${path.slice(1).replace('/', '-')}-phone-dark`);
	}
	await context.close();
});
