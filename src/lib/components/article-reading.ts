// The article as a student reads it: the text without what the engine set aside as not the article
// (footers, captions, promos, a cut-off last sentence) nor its metadata lines (byline, date line,
// shown above the text instead), in paragraphs, without the headline the page shows as its heading.
import type { AnyRange } from '$lib/engine/types';

/** The article as the reading view and an open-book quiz show it. */
export interface ReadingArticle {
	title: string | null;
	author: string | null;
	publishedAt: string | null;
	sourceUrl: string | null;
	lang: 'en' | 'fr';
	paragraphs: string[];
}

/**
 * Each line of `text` becomes a paragraph, less its removed ranges. With the engine's sentences
 * given, a line holding none of them (a byline, a date line) is metadata and left out.
 */
export function readingParagraphs(
	text: string,
	removed: readonly AnyRange[],
	title: string | null,
	sentences?: readonly { start: number; end: number }[]
): string[] {
	const ranges = [...removed].sort((a, b) => a[0] - b[0]);
	const paragraphs: string[] = [];
	let lineStart = 0;
	// Lines and sentences both run in text order: one pass over each, not every sentence per line.
	let next = 0;
	for (const line of text.split('\n')) {
		const a = lineStart;
		const b = a + line.length;
		lineStart = b + 1;
		if (sentences) {
			while (next < sentences.length && sentences[next].end <= a) next++;
			if (!(next < sentences.length && sentences[next].start < b)) continue;
		}
		const pieces: string[] = [];
		let at = a;
		for (const [start, end] of ranges) {
			if (end <= at || start >= b) continue;
			if (start > at) pieces.push(text.slice(at, start));
			at = Math.max(at, end);
		}
		if (at < b) pieces.push(text.slice(at, b));
		const p = pieces.join(' ').replace(/\s+/g, ' ').trim();
		if (/[\p{L}\p{N}]/u.test(p)) paragraphs.push(p);
	}
	if (title && paragraphs[0] && sameLine(paragraphs[0], title)) paragraphs.shift();
	return paragraphs;
}

const sameLine = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The host of an article's source address, to show it by name; null without a usable address. */
export function sourceHost(url: string | null): string | null {
	try {
		return url ? new URL(url).host : null;
	} catch {
		return null;
	}
}
