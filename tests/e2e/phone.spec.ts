// Proves the app on a phone (390 px): no page scrolls sideways, every navigation link is on
// screen (the bar wraps instead of hiding its end), the item-analysis table keeps facility and
// discrimination on screen, and chart labels are drawn at 10 px or more. Screenshots: *-390.png.
import { test, expect, type Page } from '@playwright/test';
import { enterDemo } from '../support/ui';

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function navOnScreen(page: Page) {
	const boxes = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
	expect(boxes.length).toBeGreaterThan(2);
	for (const b of boxes) expect(b.left >= 0 && b.right <= 390).toBe(true);
}

/** The smallest label of the page's charts as drawn: font size times the SVG's scale. */
const smallestChartLabel = (page: Page) =>
	page.evaluate(() =>
		Math.min(
			...[...document.querySelectorAll('svg[viewBox] text')].map((t) => {
				const svg = t.closest('svg')!;
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return parseFloat(getComputedStyle(t).fontSize) * scale;
			})
		)
	);

test('phone width: navigation, item analysis and charts stay readable', async ({ browser }) => {
	test.setTimeout(180_000);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', isMobile: true, hasTouch: true });
	const student = await enterDemo(context, 'student');
	await navOnScreen(student);
	await student.screenshot({ path: 'test-results/screens/nav-390.png' });
	for (const path of ['/study', '/review', '/review/settings', '/review/stats']) {
		await student.goto(path);
		expect(await noSidewaysScroll(student), path).toBe(true);
	}
	await student.goto('/review/stats');
	expect(await smallestChartLabel(student)).toBeGreaterThanOrEqual(9.9);
	await student.screenshot({ path: 'test-results/screens/stats-390.png', fullPage: true });

	const teacher = await enterDemo(context, 'teacher');
	await navOnScreen(teacher);
	const report = (await teacher.getByTestId('set-row').first().locator('a[href^="/teach/assignments/"]').first().getAttribute('href'))!;
	for (const path of ['/teach', '/teach/classes', report]) {
		await teacher.goto(path);
		expect(await noSidewaysScroll(teacher), path).toBe(true);
	}
	await teacher.goto(report);
	const row = teacher.getByTestId('item-row').first();
	for (const cell of [row.getByTestId('item-facility'), row.getByTestId('item-discrimination')]) {
		const box = (await cell.boundingBox())!;
		expect(box.x >= 0 && box.x + box.width <= 390).toBe(true);
	}
	await teacher.getByTestId('item-table').scrollIntoViewIfNeeded();
	await teacher.screenshot({ path: 'test-results/screens/item-analysis-390.png' });
});
