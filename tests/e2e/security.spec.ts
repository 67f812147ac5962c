// Proves the browser-side defences: every response carries the security headers (and pages come
// compressed) and a CSP that
// runs no inline script without the page's nonce; no page can be framed by another site; every
// page a visitor, a teacher and a student reach works under that CSP (it hydrates, and the
// browser reports no violation); and each "enter the demo" click gets a sandbox of its own.
import { test, expect, type Page } from '@playwright/test';

/** Records every CSP violation the page reports (init scripts run outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const console: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) console.push(msg.text());
	});
	return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

/** Visits a page, waits until Svelte has hydrated it (its scripts ran under the CSP) and checks nothing was blocked. */
async function visit(page: Page, path: string, violations: () => Promise<string[]>) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(500);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(await violations(), path).toEqual([]);
}

test('every response carries the security headers and a CSP without inline scripts', async ({ request }) => {
	for (const path of ['/', '/signin', '/signup', '/no-such-page', '/healthz']) {
		const response = await request.get(path);
		const h = response.headers();
		expect(h['x-frame-options'], path).toBe('DENY');
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('same-origin');
		// Served over plain http here: HSTS would lock a school's http server out of browsers.
		expect(h['strict-transport-security'], path).toBeUndefined();
		if (path === '/healthz') continue;
		// Pages travel compressed (the browser asks for it; a statistics page is ~50 KB of HTML).
		if (path !== '/no-such-page') expect(h['content-encoding'], path).toMatch(/^(br|gzip)$/);
		const csp = h['content-security-policy'];
		expect(csp, path).toContain("frame-ancestors 'none'");
		expect(csp, path).toContain("object-src 'none'");
		const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
		expect(scriptSrc, path).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+'$/);
	}
});

test('another site cannot frame the sign-in page', async ({ page, baseURL }) => {
	await page.setContent(`<iframe src="${baseURL}/signin" width="600" height="400"></iframe>`);
	await page.waitForTimeout(1500);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	expect(await frame.locator('#email').count()).toBe(0);
});

test('every page works under the CSP, for a visitor, the demo teacher and the demo student', async ({ browser }) => {
	test.setTimeout(120_000);
	const visitor = await (await browser.newContext({ locale: 'en-US' })).newPage();
	const seenByVisitor = await watchCsp(visitor);
	for (const path of ['/', '/signin', '/signup', '/no-such-page']) await visit(visitor, path, seenByVisitor);

	// The demo teacher: the dashboard, the classes, each set, its publish page, its results and the article.
	const teacher = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	const seenByTeacher = await watchCsp(teacher);
	await visit(teacher, '/', seenByTeacher);
	await teacher.getByTestId('demo-teacher').click();
	await teacher.waitForURL(/\/teach$/);
	await expect(teacher.getByTestId('set-row')).toHaveCount(2);
	const teacherLinks = await teacher.locator('a[href^="/teach/"], a[href^="/articles/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
	await visit(teacher, '/teach/classes', seenByTeacher);
	const classLinks = await teacher.locator('a[href^="/teach/classes/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const pages = [...new Set([...teacherLinks, ...classLinks])].filter((href) => !href.endsWith('/new'));
	expect(pages.filter((p) => /^\/teach\/sets\/[^/]+$/.test(p))).toHaveLength(2);
	for (const path of pages) await visit(teacher, path, seenByTeacher);
	const setPage = pages.find((p) => /^\/teach\/sets\/[^/]+$/.test(p))!;
	await visit(teacher, `${setPage}/publish`, seenByTeacher);
	await visit(teacher, '/teach/sets/new', seenByTeacher);

	// The demo student of another sandbox: the quiz, the review and its statistics and settings.
	const student = await (await browser.newContext({ locale: 'en-US' })).newPage();
	const seenByStudent = await watchCsp(student);
	await visit(student, '/', seenByStudent);
	await student.getByTestId('demo-student').click();
	await student.waitForURL(/\/study$/);
	const quiz = await student.locator('a[href^="/study/quiz/"]').first().getAttribute('href');
	for (const path of ['/study', quiz!, '/study/join', '/review', '/review/stats', '/review/settings']) await visit(student, path, seenByStudent);

	// Two clicks, two sandboxes: another visitor's demo teacher has another class, with its own student only.
	const classPage = pages.find((p) => /^\/teach\/classes\/[^/]+$/.test(p))!;
	await visit(teacher, classPage, seenByTeacher);
	await expect(teacher.getByTestId('roster').locator('tbody tr')).toHaveCount(1);
	const firstCode = await teacher.getByTestId('join-code').innerText();
	const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
	await other.goto('/');
	await other.getByTestId('demo-teacher').click();
	await other.waitForURL(/\/teach$/);
	await other.goto('/teach/classes');
	const otherCode = await other.getByTestId('join-code').first().innerText();
	expect(otherCode).toMatch(/^[A-Z0-9]{6}$/);
	expect(otherCode).not.toBe(firstCode);
});
