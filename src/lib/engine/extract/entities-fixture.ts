// Test helper for the entity extractors: builds an Article by hand (paragraphs = blank-line
// blocks, sentences from segment.ts) so these tests do not depend on the full ingest stage.
import { segmentSentences } from '../ingest/segment';
import type { Article, ExtractContext, Lang, Span } from '../types';

export interface FixtureOptions {
	/** Paragraphs whose text starts with one of these are metadata (byline, date line). */
	metadataPrefixes?: RegExp;
	/** Everything from the first paragraph starting with this is boilerplate. */
	boilerplateStart?: string;
}

export function articleFrom(text: string, lang: Lang, opts: FixtureOptions = {}): Article {
	const paragraphs: Span[] = [];
	const metadata: [number, number][] = [];
	const removed: [number, number][] = [];
	const re = /[^\n]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const span = { start: m.index, end: m.index + m[0].length };
		if (m[0].trim() === '') continue;
		if (opts.boilerplateStart && m[0].startsWith(opts.boilerplateStart)) {
			removed.push([span.start, text.length]);
			break;
		}
		if (opts.metadataPrefixes?.test(m[0])) {
			metadata.push([span.start, span.end]);
			continue;
		}
		paragraphs.push(span);
	}
	const title = paragraphs.length ? text.slice(paragraphs[0].start, paragraphs[0].end) : null;
	return {
		text,
		title,
		lead: null,
		author: null,
		published: null,
		updated: null,
		lang,
		removed,
		metadata,
		paragraphs,
		sentences: segmentSentences(text, lang, paragraphs)
	};
}

export function contextFrom(text: string, lang: Lang, reference = '2025-01-24', opts: FixtureOptions = {}): ExtractContext {
	return { article: articleFrom(text, lang, opts), reference, referencePrecision: 'day' };
}

export const SEED_OPTIONS: FixtureOptions = {
	metadataPrefixes: /^(?:Par |\d{1,2}\s+\p{L}+\s+\d{4}\s+\d)/u,
	boilerplateStart: 'Soutenez Epoch Times'
};
