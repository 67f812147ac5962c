// Proves the new-set form's URL import end to end against a page served by this test on
// 127.0.0.1: the page's article becomes a set with questions, its title, byline and date read from
// the page's metadata and its address kept; a page that redirects to 127.0.0.1 is refused when
// IMPORT_ALLOW_PRIVATE is off and nothing is stored; a refusal says why (and the HTTP status);
// a file wins over a URL and a URL over pasted text; imports count in the teacher's hourly limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { isForbiddenAddress } from '$lib/server/import/address';
import type { FetchPageOptions } from '$lib/server/import/fetch-page';
import { ARTICLES_PER_HOUR, createSetFromForm, getSetEditor } from './question-sets';
import { seedWorld } from './quiz-fixture';
import { first, run, type WorkResult } from '$lib/server/db/store';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';

describe.each(DIALECTS)('URL import on %s', (dialect) => {
	const store = freshStore(dialect);

	const fixture = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8').split(/\n\s*\n/);
	const [headline, standfirst] = fixture;
	// The byline and date lines are left out of the page's text: they come from its metadata only.
	const body = fixture.slice(2).filter((p) => !/^Par |^\d{1,2} janvier 2025/.test(p));
	const ARTICLE_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
	<title>${headline} | Le Journal</title>
	<meta property="og:title" content="${headline}">
	<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: '2025-01-24T21:54:00+01:00', author: [{ '@type': 'Person', name: 'Adam Morrow' }] })}</script>
	<script>${'var pad = "' + 'x'.repeat(600_000) + '";'}</script>
	</head><body><nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
	<article><h1>${headline}</h1><p class="chapo">${standfirst}</p>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
	<footer>© Le Journal</footer></body></html>`;

	let server: http.Server;
	let port: number;
	const hits: string[] = [];

	beforeAll(async () => {
		server = http.createServer((req, res) => {
			hits.push(req.url ?? '/');
			if (req.url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_PAGE);
			if (req.url === '/short') return void res.writeHead(301, { location: '/article' }).end();
			if (req.url === '/to-loopback') return void res.writeHead(302, { location: `http://127.0.0.1:${port}/article` }).end();
			if (req.url === '/notes.txt') return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(fixture.join('\n\n'));
			res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Introuvable</h1>');
		});
		port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
	});
	afterAll(() => {
		server.closeAllConnections();
		server.close();
	});

	let w: WorkResult<ReturnType<typeof seedWorld>>;
	beforeEach(async () => {
		w = await store().write((tx) => seedWorld(tx));
		hits.length = 0;
	});

	/** "journal.test" stands for a public news site (127.0.0.1 here); every other address is judged for real, private ones refused. */
	const asPublicSite: FetchPageOptions = {
		resolve: async (host) => (host === 'journal.test' ? [{ address: '127.0.0.1', family: 4 }] : []),
		isForbidden: (address, host) => (host === 'journal.test' ? false : isForbiddenAddress(address, false))
	};
	const form = (url: string, extra: Partial<{ text: string; file: File | null; title: string }> = {}) => ({ text: '', file: null, title: '', published: '', url, ...extra });
	const sets = async () => (await store().read(({ db, t }) => run(db.select().from(t.questionSets)))).length - 1; // the seeded world has one set

	describe('importing a set from a URL', () => {
		it('reads the page’s article and metadata, makes questions and keeps the address', async () => {
			const result = await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/short`), new Date(), { fetch: asPublicSite });
			expect(result).toMatchObject({ ok: true });
			if (!result.ok) return;
			expect(result.questions).toBeGreaterThan(3);
			const editor = (await getSetEditor(store(), w.teacher, result.setId))!;
			expect(editor.set.title).toBe(headline);
			expect(editor.set.lang).toBe('fr');
			expect(editor.article).toMatchObject({ title: headline, author: 'Adam Morrow', publishedAt: '2025-01-24T21:54', sourceUrl: `http://journal.test:${port}/article` });
			expect(editor.article.cleanText).toContain('Massoud Pezechkian');
			expect(editor.article.cleanText).not.toMatch(/Accueil|Le Journal|var pad/);
			// Stored as an uploaded .html file is, without the page's scripts (600 KB of them here).
			const row = (await store().read(({ db, t }) => first(db.select().from(t.articles).where(eq(t.articles.id, editor.article.id)).limit(1))))!;
			expect(row.inputFormat).toBe('html');
			expect(row.originalInput.length).toBeLessThan(20_000);
			expect(row.originalInput).toContain('application/ld+json');
			expect(hits).toEqual(['/short', '/article']);
		});

		it('with IMPORT_ALLOW_PRIVATE reads a page on 127.0.0.1 directly, text/plain as text', async () => {
			const result = await createSetFromForm(store(), w.teacher, form(`http://127.0.0.1:${port}/notes.txt`), new Date(), { fetch: { allowPrivate: true } });
			expect(result).toMatchObject({ ok: true });
			if (result.ok) expect((await store().read(({ db, t }) => run(db.select().from(t.articles)))).find((a) => a.sourceUrl?.endsWith('/notes.txt'))?.inputFormat).toBe('text');
		});

		it('refuses a page that redirects to 127.0.0.1 when the setting is off, storing nothing', async () => {
			const result = await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/to-loopback`), new Date(), { fetch: { ...asPublicSite, allowPrivate: false } });
			expect(result).toEqual({ ok: false, error: 'url', url: 'private_address' });
			expect(hits).toEqual(['/to-loopback']);
			expect(await sets()).toBe(0);
			// And the app's own default (no IMPORT_ALLOW_PRIVATE in the test's environment) refuses 127.0.0.1 typed directly.
			expect(process.env.IMPORT_ALLOW_PRIVATE ?? '').toBe('');
			expect(await createSetFromForm(store(), w.teacher, form(`http://127.0.0.1:${port}/article`))).toEqual({ ok: false, error: 'url', url: 'private_address' });
			expect(hits).toEqual(['/to-loopback']);
		});

		it('says why a page could not be read', async () => {
			expect(await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/gone`), new Date(), { fetch: asPublicSite })).toEqual({ ok: false, error: 'url', url: 'http_status', status: 404 });
			expect(await createSetFromForm(store(), w.teacher, form('ftp://journal.test/article'))).toEqual({ ok: false, error: 'url', url: 'scheme' });
			expect(await createSetFromForm(store(), w.teacher, form('pas une adresse'))).toEqual({ ok: false, error: 'url', url: 'bad_url' });
			expect(await createSetFromForm(store(), w.teacher, form('http://169.254.169.254/latest/meta-data/'), new Date(), { fetch: { allowPrivate: true } })).toEqual({ ok: false, error: 'url', url: 'private_address' });
			expect(await sets()).toBe(0);
		});

		it('takes a file before a URL, and a URL before pasted text', async () => {
			const file = new File([fixture.join('\n\n')], 'article.txt');
			const withFile = await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/article`, { file }), new Date(), { fetch: asPublicSite });
			expect(withFile).toMatchObject({ ok: true });
			expect(hits).toEqual([]);
			const withText = await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/article`, { text: 'Un autre texte.' }), new Date(), { fetch: asPublicSite });
			expect(withText).toMatchObject({ ok: true });
			expect(hits).toEqual(['/article']);
		});

		it('counts imports in the teacher’s hourly article limit, refused pages included, malformed addresses not', async () => {
			const start = new Date('2026-03-02T08:00:00Z');
			for (let i = 0; i < 5; i++) expect(await createSetFromForm(store(), w.teacher, form('::not a url::'), start)).toMatchObject({ url: 'bad_url' });
			for (let i = 0; i < ARTICLES_PER_HOUR; i++) {
				const at = new Date(start.getTime() + i * 1000);
				expect(await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/gone`), at, { fetch: asPublicSite })).toMatchObject({ url: 'http_status' });
			}
			const refused = await createSetFromForm(store(), w.teacher, form(`http://journal.test:${port}/article`), new Date(start.getTime() + 30 * 60_000), { fetch: asPublicSite });
			expect(refused).toEqual({ ok: false, error: 'rate_limited', retryAfterSeconds: 1800 });
			// Refused before the fetch: the page was not requested.
			expect(hits.filter((h) => h === '/article')).toEqual([]);
			// A pasted article is refused too: one limit for both.
			expect(await createSetFromForm(store(), w.teacher, form('', { text: 'Un texte.' }), new Date(start.getTime() + 30 * 60_000))).toMatchObject({ error: 'rate_limited' });
		});
	});
});
