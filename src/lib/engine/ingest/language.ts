// Language detection: franc's trigram model on a sample, restricted to the languages news text is
// commonly written in (restricting keeps it ~1 ms and stops rare languages winning on names), with a
// stopword vote for text too short for trigrams to mean anything.
import { francAll } from 'franc';
import type { Lang } from '../types';
import { stopwords } from '../text/function-words';

const candidates = [
	'fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'ron', 'swe', 'dan', 'nob', 'fin',
	'tur', 'ces', 'hun', 'cat', 'vie', 'ind', 'rus', 'ukr', 'ell', 'heb', 'arb', 'pes', 'cmn',
	'jpn', 'kor', 'hin', 'tha'
];

const iso3To1: Record<string, Lang> = { fra: 'fr', eng: 'en' };

const wordPattern = /[\p{L}’'-]+/gu;

function stopwordScores(text: string): { fr: number; en: number; words: number } {
	let fr = 0;
	let en = 0;
	let words = 0;
	for (const m of text.matchAll(wordPattern)) {
		const w = m[0].toLowerCase();
		words++;
		if (stopwords.fr.has(w)) fr++;
		if (stopwords.en.has(w)) en++;
	}
	return { fr, en, words };
}

// Function words make up a third or more of French or English prose, while Spanish, Italian or
// Portuguese only share a few ("la", "que", "il") with these lists: requiring a large share, a big
// sample and a wide margin keeps any language franc might call otherwise out of the shortcut.
const clearMinWords = 40;
const clearMinShare = 0.2;
const clearMinRatio = 4;

function clearStopwordVote(votes: { fr: number; en: number; words: number }): Lang | null {
	if (votes.words < clearMinWords) return null;
	const best: Lang = votes.fr > votes.en ? 'fr' : 'en';
	const other = best === 'fr' ? votes.en : votes.fr;
	if (votes[best] < votes.words * clearMinShare) return null;
	return votes[best] >= Math.max(1, other) * clearMinRatio ? best : null;
}

/** Below this many letters franc's trigram statistics are unreliable. */
const minFrancLength = 60;

export function detectLanguage(text: string): { lang: Lang | null; detected: string } {
	// 1,000 characters are plenty for trigrams on prose, and franc's cost is linear in the sample.
	const sample = text.slice(0, 1000);
	let votes: ReturnType<typeof stopwordScores> | null = null;
	const byStopwords = (minShare: number): Lang | null => {
		votes ??= stopwordScores(text.slice(0, 2000));
		if (votes.fr === votes.en) return null;
		const best: Lang = votes.fr > votes.en ? 'fr' : 'en';
		// A single shared-looking word in a long text is not evidence.
		return votes[best] >= Math.max(1, votes.words * minShare) ? best : null;
	};

	let letters = 0;
	for (let i = 0; i < sample.length && letters < minFrancLength; i++) {
		if (/\p{L}/u.test(sample[i])) letters++;
	}
	if (letters < minFrancLength) {
		const lang = byStopwords(0.08);
		return { lang, detected: lang === 'fr' ? 'fra' : lang === 'en' ? 'eng' : 'und' };
	}

	// franc is a large share of a whole analysis; prose with a lopsided French/English function-word
	// vote cannot be anything else, so only ambiguous or foreign text pays for trigrams.
	const clear = clearStopwordVote((votes ??= stopwordScores(text.slice(0, 2000))));
	if (clear) return { lang: clear, detected: clear === 'fr' ? 'fra' : 'eng' };

	const ranked = francAll(sample, { only: candidates, minLength: 10 });
	const top = ranked[0]?.[0] ?? 'und';
	if (iso3To1[top]) return { lang: iso3To1[top], detected: top };
	// Trigrams can be fooled by a text dense in foreign names; a clear stopword majority wins back.
	const lang = byStopwords(0.15);
	if (lang) return { lang, detected: lang === 'fr' ? 'fra' : 'eng' };
	return { lang: null, detected: top };
}
