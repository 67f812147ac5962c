// Ranking and filtering of candidate questions: drop what a teacher would strike out (answer given
// away by the prompt, duplicates, too-short prompts, broken choices, metadata), then pick one
// question per fact in order of importance before any second one, varying the question types.
import { normalizeText } from './answer-check';
import type { Article, Fact, Question, QuestionType } from './types';

export interface Candidate {
	question: Question;
	/** The fact the question is mainly about (for order questions: the earliest). */
	fact: Fact;
	/** Importance of the fact (higher first). */
	factScore: number;
	/** Preference among the fact's candidates (higher first). */
	typeScore: number;
	/** Normalised strings that must not appear in the prompt (answer, surname, surface). */
	giveaways: string[];
	/** The prompt is the article's sentence with a blank (an mcq built on a cloze). */
	copiesSentence?: boolean;
	/** normalizeText(prompt), filled in by the ranker. */
	promptKey?: string;
}

const MIN_PROMPT_WORDS = 4;
/** Share of one type allowed among the first questions. */
const TYPE_SHARE = 0.4;
const VARIETY_WINDOW = 10;
const MAX_PER_FACT = 2;
/** Questions with the same answer value (the same date, the same city…) across facts. */
const MAX_PER_VALUE = 3;
/** Score lost per fact of the same kind, and per question with the same answer, already chosen. */
const FACT_TYPE_DECAY = 0.05;
const VALUE_DECAY = 0.2;
// Quotes and negations ask about what was said or denied, not about one more value of the sentence.
const SPREAD_EXEMPT = new Set(['quote', 'negation', 'order']);
/** …and per question already drawn from the same sentence, so the quiz covers the article. */
const SENTENCE_DECAY = 0.08;

function overlaps(a: [number, number], start: number, end: number): boolean {
	return start < a[1] && end > a[0];
}


/** Why a candidate is unusable, or null when it is fine. */
export function rejectReason(c: Candidate, article: Article): string | null {
	const q = c.question;
	const prompt = (c.promptKey ??= normalizeText(q.prompt));
	if (prompt.split(' ').length < MIN_PROMPT_WORDS) return 'short prompt';
	// The quoted words of a whosaid prompt are the article's, the speaker's name must not be among them.
	const padded = ` ${prompt} `;
	for (const g of c.giveaways) if (g && padded.includes(` ${g} `)) return 'answer in prompt';
	if (article.removed.some((r) => overlaps(r, q.evidence.start, q.evidence.end))) return 'metadata';
	if (article.metadata.some((r) => overlaps(r, q.evidence.start, q.evidence.end))) return 'metadata';
	if (q.type === 'mcq' || q.type === 'whosaid') {
		const keys = q.choices.map(normalizeText);
		if (q.choices.length !== 4 || new Set(keys).size !== 4) return 'bad choices';
		if (keys.filter((k) => k === normalizeText(q.answer)).length !== 1) return 'answer not a choice';
	}
	if (q.type === 'order') {
		if (q.choices.length < 3 || new Set(q.choices.map(normalizeText)).size !== q.choices.length) return 'bad order items';
	}
	// A headline copied into a cloze or a true/false item asks nothing the reader has to retain.
	const sentence = article.sentences[c.fact.sentence];
	if (sentence && sentence.paragraph === 0 && (q.type === 'cloze' || q.type === 'truefalse' || c.copiesSentence) && c.fact.type !== 'negation')
		return 'title';
	if (!q.answer.trim() || !q.answerValue.trim()) return 'no answer';
	return null;
}

// The same answer for another event is another fact ("Moscou" where the accord was signed, "Moscou"
// where Assad fled); for the same kind of event it is a repeat.
function eventHead(event: string | undefined): string {
	if (!event) return '';
	const w = normalizeText(event).split(' ').filter((t) => !['le', 'la', 'les', 'l', 'un', 'une', 'the', 'a', 'an'].includes(t));
	return w[0] ?? '';
}

function c0IsValue(list: Candidate[]): boolean {
	return list.some((c) => c.question.type !== 'truefalse');
}

/** Picks and orders up to `max` questions. Deterministic: ties break on ids. */
export function rankCandidates(candidates: Candidate[], article: Article, max: number): Question[] {
	const valid = candidates.filter((c) => rejectReason(c, article) === null);
	// Best candidate of each id, then of each identical prompt.
	const byId = new Map<string, Candidate>();
	const score = (c: Candidate) => c.factScore + c.typeScore;
	for (const c of valid) {
		const prev = byId.get(c.question.id);
		if (!prev || score(c) > score(prev)) byId.set(c.question.id, c);
	}
	const byPrompt = new Map<string, Candidate>();
	for (const c of byId.values()) {
		const k = `${c.question.type}|${c.promptKey}`;
		const prev = byPrompt.get(k);
		if (!prev || score(c) > score(prev) || (score(c) === score(prev) && c.question.id < prev.question.id)) byPrompt.set(k, c);
	}
	// Group by fact (an order question is a group of its own); groups by importance.
	const groups = new Map<string, Candidate[]>();
	for (const c of byPrompt.values()) {
		const key = c.question.type === 'order' ? c.question.id : c.fact.id;
		const list = groups.get(key) ?? [];
		list.push(c);
		groups.set(key, list);
	}
	for (const list of groups.values())
		list.sort((a, b) => b.typeScore - a.typeScore || (a.question.id < b.question.id ? -1 : 1));
	const order = [...groups.values()].sort(
		(a, b) => b[0].factScore - a[0].factScore || (a[0].question.id < b[0].question.id ? -1 : 1)
	);

	const out: Question[] = [];
	const typeCount = new Map<QuestionType, number>();
	const valueCount = new Map<string, number>();
	const seenPrompts = new Set<string>();
	const promptKeys = new Map<Candidate, string>();
	const valueKeys = new Map<Candidate, string>();
	for (const list of groups.values())
		for (const c of list) {
			promptKeys.set(c, c.promptKey ?? normalizeText(c.question.prompt));
			// Two quotes of one speaker are two questions, not a repeat.
			valueKeys.set(
				c,
				c.fact.type === 'quote' ? c.fact.id : `${c.fact.type}|${normalizeText(c.question.answerValue)}|${eventHead(c.fact.event)}`
			);
		}
	const valueKey = (c: Candidate) => valueKeys.get(c)!;
	const share = (t: QuestionType) => (typeCount.get(t) ?? 0) / Math.max(1, out.length);
	const allowed = (c: Candidate): boolean => {
		const q = c.question;
		if (seenPrompts.has(promptKeys.get(c)!)) return false;
		if (q.type !== 'truefalse' && q.type !== 'order' && (valueCount.get(valueKey(c)) ?? 0) >= MAX_PER_VALUE) return false;
		// Within the first questions no type may pass its share.
		if (out.length < VARIETY_WINDOW && (typeCount.get(q.type) ?? 0) + 1 > Math.ceil(VARIETY_WINDOW * TYPE_SHARE)) return false;
		return true;
	};
	const chosen = new Set<Candidate>();
	const chosenTypes = new Set<string>();
	const take = (c: Candidate) => {
		const q = c.question;
		seenPrompts.add(promptKeys.get(c)!);
		typeCount.set(q.type, (typeCount.get(q.type) ?? 0) + 1);
		valueCount.set(valueKey(c), (valueCount.get(valueKey(c)) ?? 0) + 1);
		out.push(q);
		chosen.add(c);
		chosenTypes.add(`${q.type}|${q.factIds[0]}`);
	};
	const used = new Map<Candidate[], number>();
	const factTypeCount = new Map<string, number>();
	const pickFrom = (list: Candidate[]): Candidate | undefined => {
		const options = list
			.filter((c) => !chosen.has(c) && allowed(c))
			.filter((c) => !chosenTypes.has(`${c.question.type}|${c.question.factIds[0]}`))
			.sort(
				(a, b) =>
					b.typeScore - 0.3 * share(b.question.type) - (a.typeScore - 0.3 * share(a.question.type)) ||
					(a.question.id < b.question.id ? -1 : 1)
			);
		// A fact's first question asks for its value; a true/false variant only comes second.
		if ((used.get(list) ?? 0) === 0 && c0IsValue(list)) return options.find((c) => c.question.type !== 'truefalse');
		return options[0];
	};
	// Diminishing returns: the fifth place or the third "Moscou" is worth less than a first quote.
	const sentenceCount = new Map<number, number>();
	const effective = (list: Candidate[]) =>
		list[0].factScore -
		FACT_TYPE_DECAY * (factTypeCount.get(list[0].fact.type) ?? 0) -
		VALUE_DECAY * (valueCount.get(valueKey(list[0])) ?? 0) -
		(SPREAD_EXEMPT.has(list[0].fact.type) ? 0 : SENTENCE_DECAY * (sentenceCount.get(list[0].fact.sentence) ?? 0));
	// Rounds: the first question of every fact before the second of any.
	for (let round = 0; round < MAX_PER_FACT && out.length < max; round++) {
		const pending = order.filter((l) => (used.get(l) ?? 0) === round && !(round > 0 && l[0].question.type === 'order'));
		while (out.length < max && pending.length) {
			let bestIdx = -1;
			let bestPick: Candidate | undefined;
			// Highest effective score first; only the leaders are asked for an allowed candidate.
			const ranked = pending.map((l, i) => ({ i, e: effective(l) })).sort((a, b) => b.e - a.e || a.i - b.i);
			for (const { i } of ranked) {
				const c = pickFrom(pending[i]);
				if (!c) continue;
				bestIdx = i;
				bestPick = c;
				break;
			}
			if (!bestPick) break;
			const list = pending.splice(bestIdx, 1)[0];
			take(bestPick);
			used.set(list, round + 1);
			if (round === 0) factTypeCount.set(list[0].fact.type, (factTypeCount.get(list[0].fact.type) ?? 0) + 1);
			if (!SPREAD_EXEMPT.has(list[0].fact.type))
				sentenceCount.set(list[0].fact.sentence, (sentenceCount.get(list[0].fact.sentence) ?? 0) + 1);
		}
	}
	return out;
}
