// Bodies named in lower case before their acronym: "le peloton de gendarmerie de haute montagne
// (PGHM)", "the state emergency service (SES)". The capitalised-name scanner does not see them; the
// acronym in brackets says where the name starts: its letters are the initials of the name's words.
import type { Article, Fact } from '../types';

const ACRONYM = /\([\s\u00a0]*(\p{Lu}[\p{Lu}&]{1,7})[\s\u00a0]*\)/gu;
// Little words an acronym skips ("peloton de gendarmerie", "Department of Health").
export const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'à', 'en', 'sur', 'pour', 'and', 'of', 'the', 'for', 'on', 'in', '&']);
const WORD = /[\p{L}\p{M}'’&-]+/gu;

/** The words before `end` in the sentence, as [start, end, word] from the last one back. */
function wordsBefore(text: string, from: number, end: number): [number, number, string][] {
	const out: [number, number, string][] = [];
	for (const m of text.slice(from, end).matchAll(WORD)) out.push([from + m.index, from + m.index + m[0].length, m[0]]);
	return out.reverse();
}

/** Where the name spelled by `letters` starts, reading the words back from the bracket; null when they do not spell it. */
function nameStart(words: [number, number, string][], letters: string[]): number | null {
	let i = letters.length - 1;
	let start: number | null = null;
	let content = 0;
	for (const [s, , raw] of words.slice(0, 14)) {
		// "d’études" counts for its "é"; "de" and "of" are skipped.
		const w = raw.replace(/^[dlDL]['’]/u, '');
		if (ACRONYM_SKIPPED.has(w.toLowerCase())) {
			if (start === null) return null;
			continue;
		}
		const initial = w.normalize('NFD')[0]?.toUpperCase();
		if (initial !== letters[i]) return null;
		start = s + (raw.length - w.length);
		content++;
		if (--i < 0) return content >= 2 ? start : null;
	}
	return null;
}

export function extractAcronymNames(article: Article, facts: readonly Fact[]): Fact[] {
	const text = article.text;
	const out: Fact[] = [];
	for (const s of article.sentences) {
		const sentence = text.slice(s.start, s.end);
		for (const m of sentence.matchAll(ACRONYM)) {
			const bracket = s.start + m.index;
			const letters = [...m[1].replace(/&/g, '')];
			if (letters.length < 2) continue;
			const start = nameStart(wordsBefore(text, s.start, bracket), letters);
			if (start === null) continue;
			const end = bracket - (/[\s\u00a0]*$/u.exec(text.slice(start, bracket))?.[0].length ?? 0);
			const name = text.slice(start, end);
			// "la rougeole, les oreillons et la rubéole (ROR)": a list spelled by a vaccine's name is no body.
			if (/[\d,;]/.test(name)) continue;
			// A name the scanners already found whole stays theirs; a piece of it ("Centre" of "Centre
			// national d’études spatiales (CNES)") gives way (extractEntities drops it).
			const named = facts.filter((f) => (f.type === 'organisation' || f.type === 'person' || f.type === 'place') && f.start < end && f.end > start);
			if (named.some((f) => f.type !== 'organisation' || f.start < start || f.end >= end)) continue;
			out.push({ id: `organisation-${start}`, type: 'organisation', value: name, text: name, start, end, sentence: s.index, confidence: 0.75 });
		}
	}
	return out;
}
