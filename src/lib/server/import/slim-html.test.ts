// Proves that a fetched page is slimmed without losing what the engine reads: scripts, styles,
// SVG and comments go, JSON-LD metadata, <meta>, ids, classes and the text stay — so a 1 MB news
// page fits the engine's 500,000 characters and reads the same.
import { describe, expect, it } from 'vitest';
import { slimHtml } from './slim-html';
import { htmlToArticle } from '$lib/engine/ingest/html';

const page = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Titre | Site</title>
<meta property="article:published_time" content="2025-01-24T21:54:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Adam Morrow"}}</script>
<script>window.tracker = "${'x'.repeat(300_000)}";</script><style>.a{color:red}${'.b{}'.repeat(50_000)}</style>
<link rel="stylesheet" href="/a.css"></head>
<body><!-- ${'commentaire '.repeat(10_000)} --><svg viewBox="0 0 10 10"><path d="${'M0 0L1 1'.repeat(20_000)}"/></svg>
<div id="main" class="article-body" style="margin:0" data-track="${'y'.repeat(1000)}" onclick="steal()">
<h1>Les écoles ouvrent plus tôt</h1><p>Le ministre a annoncé mardi un plan pour les écoles &amp; les lycées.</p></div></body></html>`;

describe('slimHtml', () => {
	it('drops scripts, styles, SVG, comments and noisy attributes, keeps JSON-LD, metadata and text', () => {
		expect(page.length).toBeGreaterThan(500_000);
		const slim = slimHtml(page);
		expect(slim.length).toBeLessThan(2_000);
		expect(slim).not.toMatch(/tracker|color:red|<svg|commentaire|onclick|data-track|style=|stylesheet/);
		expect(slim).toContain('application/ld+json');
		expect(slim).toContain('<div id="main" class="article-body">');
		expect(slim).toContain('les écoles &amp; les lycées');
		const before = htmlToArticle(page);
		const after = htmlToArticle(slim);
		expect(after).toEqual(before);
		expect(after).toMatchObject({ title: 'Les écoles ouvrent plus tôt', author: 'Adam Morrow', published: '2025-01-24T21:54' });
	});

	it('leaves a fragment (no <html>) as it is', () => {
		expect(slimHtml('<p>Un texte</p><script>x()</script>')).toBe('<p>Un texte</p><script>x()</script>');
	});
});
