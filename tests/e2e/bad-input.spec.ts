// Proves that bad input over HTTP gets a clear answer in the sender's language and changes
// nothing: empty, blank and 10 MB articles, a binary upload, a lying extension, invalid UTF-8, a
// malformed multipart body, missing and duplicated fields, an unknown join code, another class's
// ids, a cross-origin post and oversized headers — each compared with a dump of the database
// before and after. And a script-laden HTML article never runs its scripts in Chromium.
import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { twoClassServer, type SeededClass, type TwoClassWorld } from '../support/load-world';
import { dumpData, postAction } from '../support/http';

const PORT = 4395;
const BASE = `http://127.0.0.1:${PORT}`;
let world: TwoClassWorld;
let path: string;
let a: SeededClass;
let b: SeededClass;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	world = await twoClassServer(PORT, 'bad', { a: 1, b: 1 });
	({ path, a, b } = world);
});
test.afterAll(() => world.stop());

const dump = () => dumpData(path);

const fr = (cookie: string) => `${cookie}; PARAGLIDE_LOCALE=fr`;
const en = (cookie: string) => `${cookie}; PARAGLIDE_LOCALE=en`;

const action = (path: string, cookie: string, body: FormData | URLSearchParams, headers: Record<string, string> = {}) => postAction(BASE, path, cookie, body, headers);

const article = (fields: Record<string, string | Blob>) => {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	return form;
};

test('bad articles get a clear message in the teacher’s language and store nothing', async () => {
	test.setTimeout(60_000);
	const before = dump();
	const cases: [string, FormData, string, RegExp][] = [
		['empty', article({ text: '', title: '', published: '' }), 'fr', /vide/],
		['blank', article({ text: ' \n\t \u00a0 ', title: '', published: '' }), 'en', /empty/],
		['binary', article({ text: '', file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 255, 254])]), title: '', published: '' }), 'fr', /binaire|fichier/i],
		['lying extension', (() => { const f = article({ text: '', title: '', published: '' }); f.set('file', new Blob(['%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >>\u0000\u0001\u0002stream'.repeat(40)]), 'article.html'); return f; })(), 'en', /binary|text/i],
		['invalid UTF-8', (() => { const f = article({ text: '', title: '', published: '' }); f.set('file', new Blob([new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i % 3 ? 0xff : 0xc3)))]), 'article.txt'); return f; })(), 'fr', /binaire|texte|lisible/i],
		['wrong file type', (() => { const f = article({ text: '', title: '', published: '' }); f.set('file', new Blob(['x']), 'slides.pptx'); return f; })(), 'en', /\.txt/],
		['10 MB', article({ text: 'Un mot. '.repeat(1_300_000), title: '', published: '' }), 'fr', /dépasse ce que le serveur accepte/],
		['bad date', article({ text: 'Le 17 janvier, le traité a été signé à Moscou.', title: '', published: '2025-02-31' }), 'en', /date/i]
	];
	for (const [name, form, lang, message] of cases) {
		const result = await action('/teach/sets/new', lang === 'fr' ? fr(a.teacherCookie) : en(a.teacherCookie), form);
		expect(result.type, name).toBe('failure');
		expect(result.status, name).toBeGreaterThanOrEqual(400);
		expect(result.text, name).toMatch(message);
	}
	expect(dump()).toBe(before);
});

test('malformed, missing, duplicated and foreign input is refused without a 500 and without a change', async () => {
	const before = dump();
	// A multipart body that does not follow its boundary: 400, with the error page's explanation.
	const broken = await fetch(`${BASE}/review?/rate`, {
		method: 'POST',
		headers: { cookie: fr(a.students[0].cookie), origin: BASE, 'content-type': 'multipart/form-data; boundary=XYZ', accept: 'text/html' },
		body: '--XYZ\r\nContent-Disposition: form-data; name="cardId"\r\n\r\nabc'
	});
	expect(broken.status).toBe(400);
	expect(await broken.text()).toContain('Le formulaire n’a pas pu être lu');

	// Missing fields, and a rating out of range.
	expect(await action('/review?/rate', en(a.students[0].cookie), new URLSearchParams({}))).toMatchObject({ type: 'failure', status: 400 });
	expect(await action('/review?/rate', en(a.students[0].cookie), new URLSearchParams({ cardId: a.students[0].cards[0], reviewId: randomUUID(), rating: '9' }))).toMatchObject({ status: 400 });
	// Another class's card and set: not found, never their data.
	const foreign = await action('/review?/rate', en(a.students[0].cookie), new URLSearchParams({ cardId: b.students[0].cards[0], reviewId: randomUUID(), rating: '3' }));
	expect(foreign).toMatchObject({ type: 'failure', status: 404 });
	expect((await action('/review?/addSet', en(a.students[0].cookie), new URLSearchParams({ setId: b.setId }))).status).toBe(403);
	const otherSet = await fetch(`${BASE}/teach/sets/${b.setId}`, { headers: { cookie: a.teacherCookie } });
	expect(otherSet.status).toBe(404);
	// Duplicated fields: the first counts, the join code is still unknown.
	const join = await action('/study/join', fr(a.students[0].cookie), new URLSearchParams([['code', 'ZZZZZZ'], ['code', 'ABCDEF']]));
	expect(join).toMatchObject({ type: 'failure', status: 400 });
	expect(join.text).toContain('Aucune classe n’a ce code');
	// A post from another site.
	const crossSite = await fetch(`${BASE}/study/join`, {
		method: 'POST',
		headers: { cookie: a.students[0].cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		body: 'code=ABCDEF'
	});
	expect(crossSite.status).toBe(403);
	// A POST to a page without actions, then headers far over Node's limit.
	const noActions = await fetch(`${BASE}/study`, { method: 'POST', headers: { cookie: en(a.students[0].cookie), origin: BASE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
	expect(noActions.status).toBe(405);
	expect(await noActions.text()).toContain('This page does not take forms');
	const huge = await fetch(`${BASE}/study`, { headers: { cookie: a.students[0].cookie, 'x-padding': 'x'.repeat(40_000) } });
	expect(huge.status).toBe(431);
	expect(dump()).toBe(before);
	// And the server is still fine.
	expect((await fetch(`${BASE}/healthz`)).status).toBe(200);
});

test('a script-laden HTML article is read as text; none of its scripts runs in the browser', async ({ browser }) => {
	const html = `<html><head><title>Le traité</title><script>window.__pwned = 1</script></head><body>
		<article><h1>Le traité</h1><p>Le 17 janvier 2025, Vladimir Poutine et Massoud Pezeshkian ont signé à Moscou un traité de partenariat de 20 ans.<img src=x onerror="window.__pwned = 2"></p>
		<p>Le texte ne contient pas de clause de défense mutuelle, a précisé le Kremlin.<script>window.__pwned = 3</script></p>
		<p><a href="javascript:window.__pwned = 4">lire</a> Les deux pays veulent renforcer leur coopération militaire.</p></article></body></html>`;
	const form = article({ text: '', title: '', published: '' });
	form.set('file', new Blob([html], { type: 'text/html' }), 'article.html');
	const created = await action('/teach/sets/new', fr(a.teacherCookie), form);
	expect(created.type).toBe('redirect');
	const editor = created.location!;
	expect(editor).toMatch(/^\/teach\/sets\//);
	const context = await browser.newContext({ locale: 'fr-FR' });
	await context.addCookies([{ name: 'session', value: a.teacherCookie.split('=')[1], url: BASE }]);
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto(`${BASE}${editor}`);
	await expect(page.getByText('Vladimir Poutine').first()).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
	// Nothing of the article's markup reached the DOM: no handler attribute, no javascript: link,
	// and no script but the app's own (which carry the page's CSP nonce).
	expect(await page.locator('[onerror], [onclick], a[href^="javascript:"]').count()).toBe(0);
	expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.nonce && !s.src).length)).toBe(0);
	await context.close();
});
