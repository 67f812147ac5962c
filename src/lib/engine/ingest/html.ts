// HTML → plain article text. linkedom gives a DOM without a browser (and is small enough to ship
// to one); Mozilla Readability (Firefox's reader view) finds the article body among navigation,
// comments and ads. The result is plain text — title, blank line, paragraphs separated by blank
// lines — which then goes through the same cleaning as pasted text, so offsets refer to it.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { normaliseIsoDate } from './metadata';

// Loaded on the first HTML page, not with the engine: most articles are pasted text, and the two
// libraries hold ~18 MB in every thread that loads them (the compute pool's worker, measured).
// A synchronous require keeps analyze() synchronous; both packages ship CommonJS.
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function domLibraries() {
	if (!libraries) {
		const require = createRequire(import.meta.url);
		libraries = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
	}
	return libraries;
}

export interface HtmlArticle {
	text: string;
	title: string | null;
	author: string | null;
	published: string | null;
	updated: string | null;
}

const dropped = 'script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, figure, select, object, embed, dialog';
const blockTags = new Set([
	'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI',
	'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'FIGCAPTION', 'HR',
	'ADDRESS', 'BODY'
]);

type El = {
	nodeType: number;
	tagName?: string;
	textContent: string | null;
	childNodes: ArrayLike<El>;
	getAttribute?(name: string): string | null;
};

/** Paragraph texts of a DOM subtree: each block element and each <br> ends a paragraph. */
function paragraphsOf(root: El): string[] {
	const out: string[] = [];
	let buffer = '';
	const flush = () => {
		const t = buffer.replace(/[ \t\n\r\f]+/g, ' ').trim();
		if (t) out.push(t);
		buffer = '';
	};
	const walk = (node: El) => {
		if (node.nodeType === 3) {
			buffer += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1) return;
		const tag = (node.tagName ?? '').toUpperCase();
		if (tag === 'BR') return flush();
		const block = blockTags.has(tag);
		if (block) flush();
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
		if (block) flush();
	};
	walk(root);
	flush();
	return out;
}

function cleanTitle(title: string | null | undefined): string | null {
	if (!title) return null;
	const t = title.replace(/\s+/g, ' ').trim();
	return t || null;
}

type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|Posting|Report|Blog|WebPage)$/;

/**
 * Names of a JSON-LD author: a string, a Person (or untyped) object, a reference to one elsewhere
 * in the graph (WordPress's Yoast writes `"author": {"@id": "…#/schema/person/…"}`), or a list of
 * them; organisations are not bylines.
 */
function ldNames(value: unknown, byId: Map<string, JsonLdNode>): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((v) => ldNames(v, byId));
	if (value && typeof value === 'object') {
		let node = value as JsonLdNode;
		if (typeof node['@id'] === 'string' && !('name' in node)) node = byId.get(node['@id']) ?? node;
		const types = ([] as unknown[]).concat(node['@type'] ?? []);
		if (types.some((t) => t === 'Organization' || t === 'NewsMediaOrganization')) return [];
		return typeof node.name === 'string' ? [node.name] : [];
	}
	return [];
}

/** The article's byline and dates from schema.org JSON-LD blocks (a graph, a list or one object). */
function readJsonLd(scripts: ArrayLike<{ textContent: string | null }>): { author: string | null; published: string | null; updated: string | null } {
	const nodes: JsonLdNode[] = [];
	const collect = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') {
			nodes.push(v as JsonLdNode);
			if ('@graph' in v) collect((v as JsonLdNode)['@graph']);
		}
	};
	for (let i = 0; i < scripts.length; i++) {
		try {
			collect(JSON.parse(scripts[i].textContent ?? ''));
		} catch {
			// A broken block says nothing; the others may.
		}
	}
	const typed = (n: JsonLdNode) => ([] as unknown[]).concat(n['@type'] ?? []).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
	// The article itself before a page or a breadcrumb that also carries dates.
	const ranked = [...nodes.filter((n) => typed(n) && !/WebPage$/.test(String(n['@type']))), ...nodes.filter(typed), ...nodes];
	const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
	const published = ranked.map((n) => str(n.datePublished) ?? str(n.dateCreated)).find(Boolean) ?? null;
	const updated = ranked.map((n) => str(n.dateModified)).find(Boolean) ?? null;
	const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
	const names = ranked.map((n) => ldNames(n.author, byId).map((x) => x.trim()).filter(Boolean)).find((l) => l.length) ?? [];
	return { author: names.length ? [...new Set(names)].join(', ') : null, published, updated };
}

export function htmlToArticle(html: string): HtmlArticle {
	const { parseHTML, Readability } = domLibraries();
	const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
	const { document } = parseHTML(page);
	const meta = (selector: string): string | null => {
		const el = document.querySelector(selector);
		const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
		return v && v.trim() ? v.trim() : null;
	};
	// <meta> by name or property, whatever their case ("Author", "og:article:published_time").
	const metas = new Map<string, string>();
	for (const el of [...document.querySelectorAll('meta[content]')]) {
		const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const value = el.getAttribute('content')?.trim();
		if (key && value && !metas.has(key)) metas.set(key, value);
	}
	/** The first of these <meta> (in this order) whose value `read` accepts. */
	const first = <T>(keys: string[], read: (v: string) => T | null): T | null => {
		for (const k of keys) {
			const v = metas.get(k);
			const r = v === undefined ? null : read(v);
			if (r !== null) return r;
		}
		return null;
	};
	// JSON-LD (schema.org NewsArticle…), which many sites use instead of meta tags; read here because
	// its <script> goes with the others below.
	const ld = readJsonLd(document.querySelectorAll('script[type="application/ld+json" i]'));

	// Metadata first: Readability rewrites the document.
	const h1 = cleanTitle(document.querySelector('article h1, main h1, h1')?.textContent);
	const docTitle = cleanTitle(metas.get('og:title') ?? document.querySelector('title')?.textContent);
	// article:author is often the author's page (a URL): not a name.
	const person = (v: string | null) => (v && !/^https?:/i.test(v) ? cleanTitle(v.replace(/^(?:par|by)\s+/i, '')) : null);
	let author = first(['author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator'], person) ?? person(ld.author);
	if (!author) author = cleanTitle(document.querySelector('[rel="author"], [itemprop="author"]')?.textContent);
	let published =
		first(['article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished'], normaliseIsoDate) ??
		normaliseIsoDate(ld.published ?? meta('time[itemprop="datePublished" i]')) ??
		first(['pubdate', 'publish-date', 'publishdate', 'parsely-pub-date', 'dcterms.created', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'sailthru.date', 'date'], normaliseIsoDate) ??
		normaliseIsoDate(meta('time[datetime]'));
	const updated =
		first(['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified'], normaliseIsoDate) ??
		normaliseIsoDate(ld.updated ?? meta('time[itemprop="dateModified" i]'));

	for (const el of [...document.querySelectorAll(dropped)]) el.remove();

	let paragraphs: string[] = [];
	let readabilityTitle: string | null = null;
	let byline: string | null = null;
	try {
		const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
		if (parsed?.content) {
			const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
			paragraphs = paragraphsOf(content.body as unknown as El);
			readabilityTitle = cleanTitle(parsed.title);
			byline = cleanTitle(parsed.byline);
			// Readability also reads JSON-LD, which some sites use instead of meta tags.
			published ??= normaliseIsoDate(parsed.publishedTime);
		}
	} catch {
		// Readability gives up on odd documents; the plain body walk below still finds the text.
	}
	if (!paragraphs.length) {
		const { document: again } = parseHTML(page);
		for (const el of [...again.querySelectorAll(`${dropped}, header`)]) el.remove();
		if (again.body) paragraphs = paragraphsOf(again.body as unknown as El);
	}

	// <title> usually ends with the site's name ("Big news | Site"): keep the headline part.
	const siteless = docTitle?.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/u, '') ?? null;
	const title = h1 ?? readabilityTitle ?? siteless;
	if (title && paragraphs[0] === title) paragraphs.shift();
	const blocks = title ? [title, ...paragraphs] : paragraphs;
	return {
		text: blocks.join('\n\n'),
		title,
		author: author ?? (byline && byline.length < 80 ? byline.replace(/^(?:par|by)\s+/i, '') : null),
		published,
		updated
	};
}
