// The real-article corpus: gold files committed in tests/corpus/, texts cached (never committed)
// in .cache/corpus/. See tests/corpus/README.md for how the texts are fetched and how the split
// between dev and test was fixed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/**
 * The fixed split: per language, ids sorted by their SHA-256 hex digest; the first third is test,
 * the rest dev (tests/corpus/README.md).
 */
export function splitOf(id: string, allIds: readonly string[]): 'dev' | 'test' {
	const lang = id.slice(0, 3);
	const sameLang = allIds.filter((other) => other.slice(0, 3) === lang);
	const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
	const ordered = [...sameLang].sort((a, b) => (digest(a) < digest(b) ? -1 : digest(a) > digest(b) ? 1 : 0));
	return ordered.indexOf(id) < Math.floor(sameLang.length / 3) ? 'test' : 'dev';
}

export function loadCorpus(): { file: CorpusFile; text: string | null }[] {
	const names = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
	return names.map((name) => {
		const file = JSON.parse(readFileSync(resolve(CORPUS_DIR, name), 'utf8')) as CorpusFile;
		const path = resolve(CACHE_DIR, `${file.id}.txt`);
		return { file, text: existsSync(path) ? readFileSync(path, 'utf8') : null };
	});
}

/** An article of a fresh set (tests/<set>/articles.json): read by raters, no gold facts. */
export interface FreshArticle {
	id: string;
	url: string;
	query: string;
	rank: number;
	lang: Lang;
	kind: string;
	published: string | null;
}

const ROOT = resolve(import.meta.dirname ?? '.', '..');

/** The articles of a fresh set with their cached texts (null when not fetched again yet). */
export function loadFreshSet(set: string): { article: FreshArticle; text: string | null }[] {
	const articles = JSON.parse(readFileSync(resolve(ROOT, 'tests', set, 'articles.json'), 'utf8')) as FreshArticle[];
	return articles.map((article) => {
		const path = resolve(ROOT, '.cache', set, `${article.id}.txt`);
		return { article, text: existsSync(path) ? readFileSync(path, 'utf8') : null };
	});
}
