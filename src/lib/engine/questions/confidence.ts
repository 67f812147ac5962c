// How likely a teacher is to accept a question as it is, 0–1. The table is the share of questions
// of each kind that two raters accepted on the development split of the real-article corpus
// (docs/engine-evaluation.md), smoothed toward the overall rate; the fact's own confidence and
// the signs raters struck most often (a long blank, a long prompt, an inferred value) move it.
import type { Article, FactType, Question } from '../types';
import type { Candidate } from './rank';
import { normalizeText } from '../text/normalize';

/** The default output keeps questions at or above this (engine option `minConfidence`). */
export const CONFIDENCE_FLOOR = 0.5;

/** What kind of question it is, as the raters' table counts them. */
export type QuestionKind = 'worded' | 'cloze' | 'cloze-mcq' | 'truefalse' | 'quote' | 'role' | 'order';

export function kindOf(c: Pick<Candidate, 'question' | 'fact' | 'copiesSentence'>): QuestionKind {
	const q = c.question;
	if (q.type === 'order') return 'order';
	if (q.type === 'truefalse') return 'truefalse';
	if (c.fact.type === 'quote' && (q.type === 'whosaid' || q.type === 'short')) return 'quote';
	if (c.fact.type === 'role' && q.type !== 'cloze' && !c.copiesSentence) return 'role';
	if (q.type === 'cloze') return 'cloze';
	if (c.copiesSentence) return 'cloze-mcq';
	return 'worded';
}

// Acceptance by kind and by fact type (dev split, two raters reconciled). A kind or type the
// raters saw fewer than 8 times falls back on the overall rate.
const BY_KIND: Record<QuestionKind, number> = {
	worded: 0.7,
	cloze: 0.75,
	'cloze-mcq': 0.75,
	truefalse: 0.7,
	quote: 0.85,
	role: 0.8,
	order: 0.7
};
const BY_FACT: Partial<Record<FactType, number>> = {};
const OVERALL = 0.72;

/** Whether the headline holds the answer, as whole words. */
export function answerInTitle(q: Question, article: Article): boolean {
	if (!article.title) return false;
	const title = ` ${normalizeText(article.title)} `;
	const answer = normalizeText(q.answer);
	return answer !== '' && title.includes(` ${answer} `);
}

const PRONOUN_OPENING = /^(?:il|elle|ils|elles|ce|cela|c['’]|(?:le|la) (?:premier|première|second|seconde)|it|he|she|they|this|these|the (?:first|second|former|latter))(?![\p{L}])/iu;

function words(s: string): number {
	return s.trim().split(/\s+/u).filter(Boolean).length;
}

export function confidenceOf(c: Candidate, article: Article): number {
	const q: Question = c.question;
	const kind = kindOf(c);
	const byKind = BY_KIND[kind] ?? OVERALL;
	const byFact = BY_FACT[c.fact.type] ?? OVERALL;
	// Both tables agree on most questions; where they differ, each moves the estimate half way.
	let p = byKind + byFact - OVERALL;
	p += 0.15 * ((c.fact.confidence ?? 0.8) - 0.8);
	if (c.fact.inferred) p -= 0.05;
	// A long blank is rarely filled word for word, a long prompt is rarely read to its end.
	if (q.type === 'cloze' && words(q.answer) > 5) p -= 0.1;
	if (words(q.prompt) > 40) p -= 0.05;
	if (answerInTitle(q, article)) p -= 0.2;
	if (c.topic) p -= 0.2;
	// A prompt that opens on a pronoun leaves the reader to guess who "elle" or "they" is.
	if (PRONOUN_OPENING.test(q.prompt.replace(/^(?:Complétez|Fill in the blank|Vrai ou faux|True or false) ?: /u, ''))) p -= 0.15;
	return Math.round(Math.min(1, Math.max(0, p)) * 100) / 100;
}
