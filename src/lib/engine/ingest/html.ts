// HTML → plain article text. linkedom gives a DOM without a browser (and is small enough to ship
// to one); Mozilla Readability (Firefox's reader view) finds the article body among navigation,
// comments and ads. The result is plain text — title, blank line, paragraphs separated by blank
// lines — which then goes through the same cleaning as pasted text, so offsets refer to it.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { normaliseIsoDate } from './metadata';

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

export function htmlToArticle(html: string): HtmlArticle {
	const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
	const { document } = parseHTML(page);
	const meta = (selector: string): string | null => {
		const el = document.querySelector(selector);
		const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
		return v && v.trim() ? v.trim() : null;
	};

	// Metadata first: Readability rewrites the document.
	const h1 = cleanTitle(document.querySelector('article h1, main h1, h1')?.textContent);
	const docTitle = cleanTitle(meta('meta[property="og:title"]') ?? document.querySelector('title')?.textContent);
	let author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
	if (author && /^https?:/i.test(author)) author = null;
	if (!author) author = cleanTitle(document.querySelector('[rel="author"], [itemprop="author"]')?.textContent);
	let published = normaliseIsoDate(
		meta('meta[property="article:published_time"]') ??
			meta('meta[itemprop="datePublished"]') ??
			meta('time[datetime]') ??
			meta('meta[name="date"]')
	);
	const updated = normaliseIsoDate(meta('meta[property="article:modified_time"]') ?? meta('meta[itemprop="dateModified"]'));

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
