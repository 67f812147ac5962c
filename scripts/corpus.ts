// The real-article corpus: gold files committed in tests/corpus/, texts cached (never committed)
// in .cache/corpus/. See tests/corpus/README.md for how the texts are fetched and how the split
// between dev and test was fixed.
import { resolve } from 'node:path';
import type { Lang } from '../src/lib/engine/types';

export const CORPUS_DIR = resolve(import.meta.dirname ?? '.', '../tests/corpus');
export const CACHE_DIR = resolve(import.meta.dirname ?? '.', '../.cache/corpus');

export const FACT_TYPES_GOLD = [
	'date', 'duration', 'quantity', 'ordinal', 'money', 'percent', 'person', 'role', 'place',
	'organisation', 'quote', 'negation', 'event'
] as const;
export type GoldType = (typeof FACT_TYPES_GOLD)[number];

export interface CorpusFact {
	id: string;
	type: GoldType;
	subject: string;
	value: string;
	surface: string;
	question: string;
	distractors?: string[];
	note?: string;
}

export interface CorpusFile {
	id: string;
	url: string;
	query: string;
	rank?: number;
	lang: Lang;
	published: string | null;
	kind?: string;
	title: string | null;
	/** Lines of the text that are not article content (banner, caption, crosshead, promo, cut-off end). */
	not_content?: string[];
	/** Every named person in the text, as written the first time. */
	people: string[];
	facts: CorpusFact[];
}
