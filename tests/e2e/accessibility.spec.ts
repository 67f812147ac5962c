// Proves every page passes axe (WCAG 2.1 A and AA rules) with no serious or critical violation, in
// French and English, light and dark; and that the quiz and the review work with the keyboard alone.
// The pages come from two demo sandboxes (a teacher's and a student's) plus the public pages.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { enterDemo } from '../support/ui';
import AxeBuilder from '@axe-core/playwright';

const COMBOS = [
	{ locale: 'en', theme: 'light' },
	{ locale: 'fr', theme: 'dark' },
	{ locale: 'fr', theme: 'light' },
	{ locale: 'en', theme: 'dark' }
] as const;

async function setPrefs(context: BrowserContext, locale: string, theme: string) {
	await context.addCookies([
		{ name: 'PARAGLIDE_LOCALE', value: locale, url: test.info().project.use.baseURL! },
		{ name: 'theme', value: theme, url: test.info().project.use.baseURL! }
	]);
}

async function audit(page: Page, path: string): Promise<string[]> {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(path.includes('missing') ? 500 : 400);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('every page passes axe in French and English, light and dark', async ({ browser }) => {
	// Every page in four variants: 2.2 min alone here, 4.1 min beside the other workers in a full
	// clean-clone run, and it ran out of 5 minutes once on a loaded machine.
	test.setTimeout(480_000);
	const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const studentContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const teacher = await enterDemo(teacherContext, 'teacher');
	const student = await enterDemo(studentContext, 'student');

	// The teacher's pages.
	const setHref = (await teacher.getByTestId('set-row').first().locator('a.set-title').getAttribute('href'))!;
	const reportHref = (await teacher.getByTestId('set-row').first().locator('a[href^="/teach/assignments/"]').first().getAttribute('href'))!;
	const classHref = (await teacher.locator('a[href^="/teach/classes/"]').first().getAttribute('href'))!;
	const teacherPages = ['/teach', '/teach/classes', classHref, '/teach/sets/new', setHref, `${setHref}/publish`, reportHref];

	// The student's: one quiz submitted (its result and article), the other left open.
	const quizzes = await student.getByTestId('assignment-todo').locator('a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(quizzes.length).toBe(2);
	const [done, open] = quizzes.map((href) => href.replace(/\/read$/, ''));
	await student.goto(done);
	await student.getByTestId('quiz-submit').click();
	await student.getByTestId('quiz-confirm-submit').click();
	await student.waitForURL(/\/result$/);
	const articleHref = (await student.locator('a[href^="/articles/"]').first().getAttribute('href'))!;
	const studentPages = ['/study', '/study/join', `${open}/read`, open, `${done}/result`, articleHref, '/review', '/review/settings', '/review/stats'];

	const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const visitor = await anonymous.newPage();
	const publicPages = ['/', '/signin', '/signup', '/missing-page'];

	const violations: string[] = [];
	for (const { locale, theme } of COMBOS) {
		for (const [context, page, paths] of [
			[anonymous, visitor, publicPages],
			[teacherContext, teacher, teacherPages],
			[studentContext, student, studentPages]
		] as const) {
			await setPrefs(context, locale, theme);
			for (const path of paths) violations.push(...(await audit(page, path)).map((v) => `[${locale}/${theme}] ${v}`));
		}
	}
	expect(violations).toEqual([]);
});

test('the quiz with the keyboard alone: skip link, answer, submit, and the confirmation takes the focus', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
	const page = await enterDemo(context, 'student');
	const quiz = (await page.getByTestId('assignment-todo').locator('a.title').first().getAttribute('href'))!.replace(/\/read$/, '');
	await page.goto(quiz);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const focused = () => page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? document.activeElement?.tagName);

	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	// From the main content, Tab reaches the first question's first field.
	for (let i = 0; i < 30 && (await focused()) !== 'quiz-question'; i++) await page.keyboard.press('Tab');
	expect(await focused()).toBe('quiz-question');
	const first = page.getByTestId('quiz-question').first();
	const kind = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
	if (kind === 'radio') await page.keyboard.press('Space');
	else await page.keyboard.type('an answer');
	await expect(first.locator('input:checked, input[type=text]:not([value=""])').first()).toBeAttached();

	// On to the submit button, then Enter: the confirmation says what is unanswered and takes the focus.
	for (let i = 0; i < 200 && (await focused()) !== 'quiz-submit'; i++) await page.keyboard.press('Tab');
	await expect(page.getByTestId('quiz-submit')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('quiz-confirm-submit')).toBeFocused();
	await expect(page.getByTestId('quiz-unanswered')).toContainText('have no answer yet');
});
