// Scores an engine result against a hand-written gold file (tests/fixtures/articles/*.facts.json).
// Pure: the caller reads the files. The bar is deliberately about what a teacher would accept:
// a question whose answer is the gold value AND whose evidence shows the sentence the fact is in,
// so a right answer drawn from the wrong sentence does not count.

import type { EngineResult, FactType, Lang, Question, Span } from './types';
import { escapeRegExp } from './text/patterns';

export interface GoldFact {
	id: string;
	type: FactType | 'role';
	subject: string;
	value: string;
	/** How the article writes it (whitespace and apostrophes may differ from the text). */
	surface: string;
	question: string;
	distractors: string[];
	note?: string;
}

export interface GoldFile {
	about: string;
	article: string;
	lang: Lang;
	title: string | null;
	author: string | null;
	published: string | null;
	updated: string | null;
	boilerplate: { starts_with: string; rule: string } | null;
	facts: GoldFact[];
}

export interface GoldScore {
	/** Ids of the scored gold facts some question answers. */
	matched: string[];
	missed: string[];
	/** Questions whose evidence reaches into the boilerplate (must be 0). */
	boilerplateQuestions: number;
	/** matched / total, 0..1 (0 when nothing is scored). */
	score: number;
	total: number;
}

/** Gold ids that describe article metadata rather than quiz content. */
export const UNSCORED_FACT_IDS: readonly string[] = ['author'];

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;

/** Whitespace (incl. no-break spaces) collapsed, apostrophes straightened, lower case. */
export function normalizeSurface(s: string): string {
	return s.replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().toLowerCase();
}

/** normalizeSurface plus accents removed and outer punctuation dropped: for comparing values. */
export function normalizeValue(s: string): string {
	return normalizeSurface(s.normalize('NFD').replace(/\p{M}/gu, ''))
		.replace(/^[\s"'«»“”.,;:!?()]+|[\s"'«»“”.,;:!?()]+$/g, '')
		.normalize('NFC');
}

const SPACE_CLASS = '[\\s\\u00a0\\u202f\\u2007\\u2009]';

/**
 * Finds `surface` in `text` tolerating whitespace and apostrophe differences (the gold files are
 * typed with plain spaces while articles carry U+00A0/U+202F and curly apostrophes).
 */
export function locateSurface(text: string, surface: string, from = 0): Span | null {
	const parts = surface
		.replace(APOSTROPHES, "'")
		.trim()
		.split(SPACES)
		.map((word) => escapeRegExp(word).replace(/'/g, "['\u2019\u2018\u02bc]"));
	if (parts.length === 0 || parts[0] === '') return null;
	// (The engine repairs a space typed before a comma or after a hyphen, "durant , a", "31- 03- 2020":
	// the gold surface copied from the paste still finds its words.)
	const joined = parts.reduce((re, word, i) => (i === 0 ? word : `${re}${/-$/u.test(parts[i - 1]) || /^[,;.]/u.test(word) ? SPACE_CLASS + '*' : SPACE_CLASS + '+'}${word}`), '');
	const re = new RegExp(joined, 'giu');
	re.lastIndex = from;
	const m = re.exec(text);
	return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function lastWord(name: string): string {
	const words = normalizeValue(name).split(' ');
	return words[words.length - 1] ?? '';
}

/** Event values list their acceptable parts: "a, b et c" → [a, b, c]. */
export function eventParts(value: string): string[] {
	return value
		.split(/,|\s+et\s+|\s+and\s+/u)
		.map(normalizeValue)
		.filter((p) => p.length > 0);
}

/** Whether one answer string gives the gold value, under the rules of the fact's type. */
export function answerMatches(answer: string, gold: Pick<GoldFact, 'type' | 'value'>): boolean {
	if (!answer) return false;
	switch (gold.type) {
		case 'role': {
			// "ministre des Affaires étrangères" is given by "le ministre des Affaires étrangères" and
			// by "ministre des Affaires étrangères et de la Communauté nationale"; "ministre" alone is not.
			const given = normalizeValue(answer).replace(/^(l'|le |la |les |the |a |an )/, '');
			const wanted = normalizeValue(gold.value).replace(/^(l'|le |la |les |the |a |an )/, '');
			if (given.includes(wanted)) return true;
			return wanted.includes(given) && given.split(' ').length >= Math.min(2, wanted.split(' ').length);
		}
		case 'person':
		case 'quote': {
			const surname = lastWord(gold.value);
			return surname !== '' && lastWord(answer) === surname;
		}
		case 'event': {
			const given = normalizeValue(answer);
			return eventParts(gold.value).some((part) => given.includes(part));
		}
		default:
			return normalizeValue(answer) === normalizeValue(gold.value);
	}
}

/** Whether the question's evidence shows the gold surface. */
export function evidenceShows(question: Question, text: string, surface: string): boolean {
	const wanted = normalizeSurface(surface);
	if (wanted === '') return false;
	const { evidence } = question;
	if (evidence.text && normalizeSurface(evidence.text).includes(wanted)) return true;
	// Fall back on the span itself in case the evidence text was trimmed or reworded.
	const slice = text.slice(evidence.start, evidence.end);
	return slice !== '' && normalizeSurface(slice).includes(wanted);
}

/** Whether the question's normalised or displayed answer gives the gold value. */
export function questionAnswers(question: Question, gold: Pick<GoldFact, 'type' | 'value'>): boolean {
	return answerMatches(question.answerValue, gold) || answerMatches(question.answer, gold);
}

export function questionMatchesFact(question: Question, text: string, gold: GoldFact): boolean {
	return questionAnswers(question, gold) && evidenceShows(question, text, gold.surface);
}

/** Offset where the boilerplate starts in `text`, or null when the gold file declares none. */
export function boilerplateStart(text: string, gold: GoldFile): number | null {
	if (!gold.boilerplate?.starts_with) return null;
	return locateSurface(text, gold.boilerplate.starts_with)?.start ?? null;
}

export function scoreGold(result: EngineResult, gold: GoldFile): GoldScore {
	const scored = gold.facts.filter((f) => !UNSCORED_FACT_IDS.includes(f.id));
	const matched: string[] = [];
	const missed: string[] = [];
	for (const fact of scored) {
		const hit = result.questions.some((q) => questionMatchesFact(q, result.text, fact));
		(hit ? matched : missed).push(fact.id);
	}
	const start = boilerplateStart(result.text, gold);
	const boilerplateQuestions =
		start === null
			? 0
			: result.questions.filter((q) => q.evidence.end > start && q.evidence.start < result.text.length)
					.length;
	return {
		matched,
		missed,
		boilerplateQuestions,
		score: scored.length === 0 ? 0 : matched.length / scored.length,
		total: scored.length
	};
}
