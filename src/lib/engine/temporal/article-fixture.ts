// Test helper: an Article built from plain text without the full ingest (one paragraph per
// non-empty line, sentences from the shared segmenter), so temporal tests stand on their own.
import { segmentSentences } from '../segment';
import type { Article, Lang, Span } from '../types';

export function articleFrom(text: string, lang: Lang): Article {
	const paragraphs: Span[] = [];
	const re = /[^\n]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const lead = m[0].length - m[0].trimStart().length;
		const start = m.index + lead;
		const end = m.index + m[0].trimEnd().length;
		if (end > start) paragraphs.push({ start, end });
	}
	return {
		text,
		title: null,
		lead: null,
		author: null,
		published: null,
		updated: null,
		lang,
		removed: [],
		metadata: [],
		paragraphs,
		sentences: segmentSentences(text, lang, paragraphs)
	};
}
