// Proves a teacher can import an article from its web address in the browser: the test serves a
// news page itself (on 127.0.0.1 — the app server runs with IMPORT_ALLOW_PRIVATE=1, see
// playwright.config.ts), the teacher types a short address that redirects to it, and lands on the
// new set with the page's headline, its publication date from the page's JSON-LD and questions.
// Refusals are shown on the form in the teacher's language with the address kept in the field:
// another scheme, the cloud metadata address (refused whatever the setting), a 404 and a PDF.
import { test, expect } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { newPage, signUp, ready } from '../support/ui';

const paragraphs = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8').split(/\n\s*\n/);
const [headline, standfirst] = paragraphs;
const body = paragraphs.slice(2).filter((p) => !/^Par |^\d{1,2} janvier 2025/.test(p));
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${headline} | Le Journal</title>
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-01-24T21:54:00+01:00', author: { '@type': 'Person', name: 'Adam Morrow' } })}</script>
<script>document.title = 'hijacked';</script></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>${headline}</h1><p>${standfirst}</p>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: http.Server;
let base = '';

test.beforeAll(async () => {
	server = http.createServer((req, res) => {
		if (req.url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
		if (req.url === '/s/abc') return void res.writeHead(302, { location: '/article' }).end();
		if (req.url === '/report.pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
		res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
	server.closeAllConnections();
	server.close();
});

test('a teacher imports an article from a URL and gets its questions', async ({ browser }) => {
	test.setTimeout(120_000);
	const teacher = await newPage(browser, 'en-US');
	await signUp(teacher, 'teacher', 'Claire Martin', 'en');
	await teacher.goto('/teach/sets/new');
	await ready(teacher);
	await teacher.getByTestId('new-set-url').fill(`${base}/s/abc`);
	await teacher.getByTestId('new-set-submit').click();
	await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/, { timeout: 60_000 });
	await expect(teacher.getByTestId('set-title')).toHaveText(headline);
	// The date comes from the page's JSON-LD: the text the engine read has no date line.
	await expect(teacher.locator('.page-header')).toContainText('2025');
	// The page's author and the address it came from (after the redirect) are shown with the set.
	await expect(teacher.locator('.page-header')).toContainText('By Adam Morrow');
	await expect(teacher.getByTestId('set-source')).toHaveText(`Source: ${new URL(base).host}`);
	expect(await teacher.getByTestId('question').count()).toBeGreaterThan(3);
	await expect(teacher.locator('[data-testid=article-text]')).toContainText('Massoud Pezechkian');
	await expect(teacher.locator('[data-testid=article-text]')).not.toContainText('Accueil');
	await expect(teacher).not.toHaveTitle(/hijacked/);
});

test('refused addresses are explained on the form, in French, with the address kept', async ({ browser }) => {
	test.setTimeout(120_000);
	const teacher = await newPage(browser, 'fr-FR');
	await signUp(teacher, 'teacher', 'Jeanne Petit', 'fr');
	const cases: [string, RegExp][] = [
		['ftp://example.org/article.html', /http:\/\/ et https:\/\//],
		['http://169.254.169.254/latest/meta-data/', /réseau privé ou interne/],
		[`${base}/missing`, /HTTP 404/],
		[`${base}/report.pdf`, /ne mène pas à une page web/]
	];
	for (const [url, message] of cases) {
		await teacher.goto('/teach/sets/new');
		await ready(teacher);
		await teacher.getByTestId('new-set-url').fill(url);
		await teacher.getByTestId('new-set-submit').click();
		await expect(teacher.getByTestId('new-set-error')).toContainText(message);
		await expect(teacher.getByTestId('new-set-url')).toHaveValue(url);
		await expect(teacher).toHaveURL(/\/teach\/sets\/new$/);
	}
});
