// The function words that tell French from English (language detection) and that a question's
// key words leave out (evidence). A module of its own: the server thread reads these without
// loading the language models.
import type { Lang } from '../types';
import { normalizeText } from './normalize';

// Function words frequent in one language and rare in the other (so "a", "on", "son" are left out).
export const stopwords: Record<Lang, Set<string>> = {
	fr: new Set(
		'le la les des du un une et est sont dans pour par sur avec qui que ne pas plus il elle ils elles nous vous au aux ces cette ce mais ou donc été être avoir leur leurs selon entre après avant depuis sous lors déjà aussi très où été fait a-t-il été'.split(
			' '
		)
	),
	en: new Set(
		'the of and to in is are was were that this with for by from at it its he she they we you be been has have had not but which who what their there after before said would will could about into over than also'.split(
			' '
		)
	)
};

/** Whether a word is one of the function words above, in either language (a question may mix them). */
export function isFunctionWord(word: string): boolean {
	const w = word.toLowerCase();
	return stopwords.fr.has(w) || stopwords.en.has(w);
}

/** The words of a text that carry its meaning: normalised, three letters or more, no function word. */
export function contentWords(text: string): string[] {
	return normalizeText(text)
		.split(' ')
		.filter((w) => w.length >= 3 && !isFunctionWord(w));
}
