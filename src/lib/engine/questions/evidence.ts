// Finds the sentence that proves a question a teacher wrote by hand: the one that contains its
// answer word for word, else the one that shares most of the answer's and the question's content
// words. No sentence at all is better than a wrong one, so a weak match is refused.
import { normalizeText } from '../text/normalize';
import { contentWords } from '../text/function-words';

export interface HandWritten {
	prompt: string;
	/** Empty for questions whose answer is not a phrase of the article (true/false, order). */
	answer: string;
}

/** Question words: in a prompt, they say nothing about which sentence answers it. */
const QUESTION_WORDS = new Set('how when where why whom whose quand comment pourquoi combien quel quelle quels quelles lequel laquelle lesquels lesquelles'.split(' '));

/** Words that carry meaning: numbers, and the content words that are no question words. */
function meaningWords(text: string): Set<string> {
	const out = new Set(normalizeText(text).split(' ').filter((w) => /^\d+$/.test(w)));
	for (const w of contentWords(text)) if (!QUESTION_WORDS.has(w)) out.add(w);
	return out;
}

/**
 * Index of the sentence that proves `q`, or -1. A sentence counts when it holds the whole answer
 * (the first such one wins), or failing that when it holds at least half of the answer's content
 * words and enough of the question's that together they make three or more (answer words count
 * twice); the best such sentence wins, the earliest on a tie.
 */
export function findEvidence(sentences: readonly { text: string }[], q: HandWritten): number {
	const answer = normalizeText(q.answer);
	if (answer) {
		const i = sentences.findIndex((s) => ` ${normalizeText(s.text)} `.includes(` ${answer} `));
		if (i >= 0) return i;
	}
	const answerWords = meaningWords(q.answer);
	const promptWords = meaningWords(q.prompt);
	for (const w of answerWords) promptWords.delete(w);
	let best = -1;
	let bestScore = 0;
	sentences.forEach((s, i) => {
		const words = new Set(normalizeText(s.text).split(' '));
		let fromAnswer = 0;
		for (const w of answerWords) if (words.has(w)) fromAnswer++;
		if (answerWords.size > 0 && fromAnswer * 2 < answerWords.size) return;
		let fromPrompt = 0;
		for (const w of promptWords) if (words.has(w)) fromPrompt++;
		// Without answer words (true/false) most of the statement must be there.
		if (answerWords.size === 0 && fromPrompt * 2 < promptWords.size) return;
		const score = 2 * fromAnswer + fromPrompt;
		if (score >= 3 && score > bestScore) {
			best = i;
			bestScore = score;
		}
	});
	return best;
}
