// How likely a teacher is to accept a question as it is, 0–1: a logistic model fitted on the
// questions two raters read on the development split of the real-article corpus (627 questions, after six rounds of reading,
// docs/engine-evaluation.md). Its inputs are what the raters' reasons pointed at: the kind of
// question, the kind of fact, a long blank, a headline that gives the answer, a single capitalised
// word any reader guesses, a number to find. Refit it when the raters read a new set.
import type { Article, FactType, Question } from '../types';
import type { Candidate } from './rank';
import { normalizeText } from '../text/normalize';
import { countWords } from '../text/patterns';

/** The default output keeps questions at or above this (engine option `minConfidence`). */
export const CONFIDENCE_FLOOR = 0.3;

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

// Fitted weights (logit scale, L2-regularised), rounded. The template questions built on an event
// label ("In what year was the visit of hospitals?") were the least accepted kind, roles the most;
// a blank that runs past three words, an event phrase, the article's own subject or a headline
// that gives the answer cost most.
const BIAS = 0.31;
const KIND: Record<QuestionKind, number> = { worded: -1.29, cloze: 0.49, 'cloze-mcq': 0.16, truefalse: -0.32, quote: 0.42, role: 0.53, order: 0 };
const FACT: Record<FactType, number> = {
	date: 0.37,
	duration: 0.15,
	quantity: 0.43,
	ordinal: -0.16,
	money: 0.35,
	percent: 0.54,
	person: 0.01,
	place: -0.49,
	organisation: -0.79,
	quote: 0.42,
	negation: 0.06,
	event: -1.12,
	role: 0.23
};
const W = {
	factConfidence: 0.55,
	inferred: 0.49,
	longPrompt: -0.12,
	// A long answer to type ("blank too long to type") costs more than twice one to pick.
	longAnswerTyped: -1.24,
	longAnswerChoice: -0.5,
	answerInTitle: -0.6,
	oneCapitalisedWord: -0.5,
	digit: 0.07,
	cut: -0.24,
	topic: -0.37
	// A pronoun opening was fitted positive (it mostly comes with the sentence before it) and is
	// left out: both raters named an unresolved pronoun every time they met one.
};


/** Whether the headline holds a phrase, as whole words. */
export function titleHolds(article: Pick<Article, 'title'>, phrase: string): boolean {
	if (!article.title) return false;
	const key = normalizeText(phrase);
	return key !== '' && ` ${normalizeText(article.title)} `.includes(` ${key} `);
}

/**
 * Whether the headline holds the answer: its words, its number ("dies aged 87" for "87 years"), or
 * for a person the surname ("Abdoul Mbaye" under "… ABDOUL AZIZ MBAYE", "Michel Sleimane" under
 * "la rencontre Ouattara-Sleimane").
 */
export function answerInTitle(q: Question, article: Pick<Article, 'title'>, factType?: FactType): boolean {
	if (titleHolds(article, q.answer)) return true;
	if (factType === 'person') {
		const surname = q.answer.trim().split(/[\s\u00a0]+/u).at(-1) ?? '';
		if (surname.length >= 3 && /^\p{Lu}/u.test(surname) && titleHolds(article, surname)) return true;
	}
	const number = /^-?\d+(?:\.\d+)?$/.test(q.answerValue) ? q.answerValue : null;
	if (!number || !article.title || /^\d{4}$/.test(number)) return false;
	const digits = normalizeText(article.title).replace(/(\d),(\d)/g, '$1.$2');
	return new RegExp(`(?:^|\\s)${number.replace('.', '\\.')}(?:\\s|$)`).test(digits);
}

const words = countWords;

export interface ConfidenceInput extends Pick<Candidate, 'question' | 'fact' | 'copiesSentence' | 'topic'> {}

export function confidenceOf(c: ConfidenceInput, article: Pick<Article, 'title'>): number {
	const q = c.question;
	let z = BIAS + KIND[kindOf(c)] + (FACT[c.fact.type] ?? 0);
	z += W.factConfidence * ((c.fact.confidence ?? 0.8) - 0.8);
	if (c.fact.inferred) z += W.inferred;
	z += W.longPrompt * (Math.max(0, words(q.prompt) - 25) / 10);
	const typed = q.type === 'cloze' || q.type === 'short';
	// "Institut national de défense civile (Indeci)": the student may type the acronym alone.
	const typedWords = typed && /\(\p{Lu}[\p{L}\p{N}&.-]{1,9}\)$/u.test(q.answer.trim()) ? 1 : words(q.answer);
	z += (typed ? W.longAnswerTyped : W.longAnswerChoice) * (Math.max(0, typedWords - 3) / 3);
	if (answerInTitle(q, article, c.fact.type)) z += W.answerInTitle;
	if (/^\p{Lu}[\p{L}’'-]+$/u.test(q.answer.trim())) z += W.oneCapitalisedWord;
	if (/\d/.test(q.answer)) z += W.digit;
	if (q.prompt.includes('…')) z += W.cut;
	if (c.topic) z += W.topic;
	return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}

/**
 * The order a set shows its questions in (the editor, then the quiz): the most confident first,
 * the engine's ranking (importance, variety) breaking ties. The evaluation reads the first twelve
 * in this order, as a teacher sees them.
 */
export function teacherOrder<T extends Pick<Question, 'confidence'>>(questions: readonly T[]): T[] {
	return questions
		.map((q, rank) => ({ q, rank }))
		.sort((a, b) => (b.q.confidence ?? 0) - (a.q.confidence ?? 0) || a.rank - b.rank)
		.map(({ q }) => q);
}
