// What the browser journeys share: a fresh account signed up through the form, a page at a given
// locale and width, and full-page screenshots into test-results/screens/.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough password';
export const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

export async function shot(page: Page, name: string) {
	// From the top: a sticky header otherwise lands in the middle of a full-page capture.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * Waits for the page's hydration before typing: a field filled before it may be emptied by it (seen
 * on a loaded machine). A page without JavaScript never hydrates: it goes on after a few seconds.
 */
export async function ready(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 5_000 }).catch(() => undefined);
}

export async function signUp(page: Page, role: 'teacher' | 'student', name: string, locale: 'en' | 'fr') {
	await page.goto('/signup');
	await ready(page);
	await page.locator(`input[name=role][value=${role}]`).check();
	await page.locator('#displayName').fill(name);
	await page.locator('#email').fill(`${role}-${unique()}@example.org`);
	await page.locator('#password').fill(PASSWORD);
	await page.locator('#locale').selectOption(locale);
	await page.locator('form button.btn-primary').click();
	await page.waitForURL(role === 'teacher' ? /\/teach$/ : /\/study$/);
	// (The landing page is loaded anew: typed before it hydrates, a field may be emptied — the
	// journey's join code was, on a loaded machine, and its form never posted.)
	await ready(page);
}

export async function newPage(browser: Browser, locale: string, width = 1280) {
	const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
	return context.newPage();
}

/** A class made through the classes page; returns its join code. */
export async function createClass(teacher: Page, name: string): Promise<string> {
	await teacher.goto('/teach/classes');
	await ready(teacher);
	await teacher.locator('#class-name').fill(name);
	await teacher.locator('#class-name').press('Enter');
	const code = (await teacher.getByTestId('active-classes').locator('li', { hasText: name }).getByTestId('join-code').innerText()).trim();
	expect(code).toMatch(/^[A-Z0-9]{6}$/);
	return code;
}

export async function joinClass(student: Page, code: string) {
	await student.goto('/study');
	await ready(student);
	await student.locator('#join-code').fill(code);
	await student.getByTestId('join-class-form').locator('button').click();
	await student.waitForURL(/\/study\?joined=/);
}

/** "Enter as the demo teacher/student": a sandbox of one's own, signed in. */
export async function enterDemo(context: BrowserContext, role: 'teacher' | 'student'): Promise<Page> {
	const page = await context.newPage();
	await page.goto('/');
	await page.getByTestId(`demo-${role}`).click();
	await page.waitForURL(role === 'teacher' ? /\/teach$/ : /\/study$/, { timeout: 60_000 });
	return page;
}
