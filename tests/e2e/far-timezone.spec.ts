// Proves that a student's day is their own, run in Pacific/Kiritimati (UTC+14, the earliest
// clock on Earth): of two cards due a minute either side of the student's next local midnight,
// the review shows the first now (due later today) and not the second (due tomorrow), whatever
// the server's own day says; reviewing it counts for the student's today in the statistics.
// Whenever the UTC date and Kiritimati's differ (14 hours a day) a server that used its own day
// would get one of the two wrong: the first card once local midnight is tomorrow in UTC terms,
// the second once it is still today.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const OFFSET_MS = 14 * 3_600_000;

/** The next midnight in UTC+14, as an instant. */
function nextLocalMidnight(now: number): number {
	const local = now + OFFSET_MS;
	return local - (local % 86_400_000) + 86_400_000 - OFFSET_MS;
}

test('a student fourteen hours ahead reviews by their own day', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(-840);
	await page.getByTestId('demo-student').click();
	await page.waitForURL(/\/study$/);
	await page.goto('/review');
	await page.getByTestId('add-set').click();
	await expect(page.getByTestId('flashcard')).toBeVisible();
	// The review page told the server the browser's offset.
	expect((await context.cookies()).find((c) => c.name === 'tz_offset')?.value).toBe('840');

	// Every card a review card due in a month, but two: one due a minute before the student's next
	// midnight, one a minute after.
	const token = (await context.cookies()).find((c) => c.name === 'session')!.value;
	const db = new Database('.e2e-data/e2e.db');
	db.pragma('busy_timeout = 5000');
	const student = db.prepare('select user_id from sessions where id = ?').pluck().get(createHash('sha256').update(token).digest('hex')) as string;
	const cards = db.prepare('select id from cards where student_id = ? order by id').pluck().all(student) as string[];
	expect(cards.length).toBeGreaterThan(2);
	const midnight = nextLocalMidnight(Date.now());
	const lastReview = Date.now() - 5 * 86_400_000;
	const set = db.prepare('update cards set state = 2, due = ?, stability = 5, difficulty = 5, reps = 1, scheduled_days = 5, last_review = ? where id = ?');
	db.transaction(() => {
		for (const id of cards) set.run(Date.now() + 30 * 86_400_000, lastReview, id);
		set.run(midnight - 60_000, lastReview, cards[0]);
		set.run(midnight + 60_000, lastReview, cards[1]);
	})();
	db.close();

	await page.goto('/review');
	await expect(page.getByTestId('count-review').locator('b')).toHaveText('1');
	await expect(page.getByTestId('count-new').locator('b')).toHaveText('0');
	await expect(page.getByTestId('flashcard')).toHaveAttribute('data-card-id', cards[0]);
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	// Nothing else is due before the student's midnight: the card due a minute after it waits.
	await expect(page.getByTestId('review-done')).toBeVisible();
	await page.goto('/review/stats');
	await expect(page.getByTestId('stat-today').locator('b')).toHaveText('1');
	await context.close();
});
