// The article as a student reads it: the text without what the engine set aside as not the article
// (footers, captions, promos, a cut-off last sentence), in paragraphs, without the headline when
// the page shows it as its heading.
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

export function readingParagraphs(text: string, removed: readonly AnyRange[], title: string | null): string[] {
	const ranges = [...removed].sort((a, b) => a[0] - b[0]);
	let kept = '';
	let at = 0;
	for (const [start, end] of ranges) {
		if (start > at) kept += text.slice(at, start);
		// A removed range inside a paragraph leaves the paragraph's two halves joined by a space.
		kept += /\n\s*$/.test(text.slice(0, start)) || /^\s*\n/.test(text.slice(end)) ? '\n' : ' ';
		at = Math.max(at, end);
	}
	kept += text.slice(at);
	const paragraphs = kept
		.split(/\n+/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter((p) => /[\p{L}\p{N}]/u.test(p));
	if (title && paragraphs[0] && sameLine(paragraphs[0], title)) paragraphs.shift();
	return paragraphs;
}

const sameLine = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
