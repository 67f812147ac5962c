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

// Path tokens that are no words of a headline: ids ("a289946", "idCNL1N1E70V9", "enn25080804660"),
// long digit runs (a date "20210310", an article number), a file extension.
const ID_TOKEN = /^(?=.*\d)(?=.*\p{L})[\p{L}\d]{6,}$|^\d{5,}$/u;

/**
 * The headline a teacher gives an article that was pasted without one: the title typed for the set
 * (the students see it above the questions), or the page's own when it is imported by its address.
 * The stored texts lost it; a news address still carries it in its words
 * ("…/rougeole-pres-de-500-cas-en-2024…"), which the raters read with the questions. Null when no
 * part of the address reads like a headline (a number, one or two words).
 */
export function headlineFromUrl(url: string): string | null {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return null;
	}
	const wordsIn = (tokens: string[]) => tokens.filter((w) => /\p{L}{2}/u.test(w)).length;
	let best: string[] = [];
	for (const raw of path.split('/')) {
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			segment = raw;
		}
		const words = segment
			.replace(/\.(?:s?html?|php|aspx?|cms)$/i, '')
			.split(/[-_+;,.]+/)
			.filter((w) => w && !ID_TOKEN.test(w));
		if (wordsIn(words) > wordsIn(best)) best = words;
	}
	return wordsIn(best) >= 3 ? best.join(' ') : null;
}

/**
 * What the evaluation tells the engine of an article: its publication day (a teacher who knows it
 * gives it; a partial date as it is) and the headline a teacher would give it (`headlineFromUrl`;
 * the engine uses it only when the text has none of its own).
 */
export function engineOptionsFor(a: { published: string | null; url: string }): { published?: string; title?: string } {
	const title = headlineFromUrl(a.url);
	return { ...(a.published ? { published: a.published } : {}), ...(title ? { title } : {}) };
}
