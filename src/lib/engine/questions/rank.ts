// Ranking and filtering of candidate questions: drop what a teacher would strike out (answer given
// away by the prompt, duplicates, too-short prompts, broken choices, metadata), then pick one
// question per fact in order of importance before any second one, varying the question types.
import { containsWords, normalizeText } from '../text/normalize';
import type { AnyRange, Article, Fact, Question, QuestionTrace, QuestionType } from '../types';
import { answerInTitle, confidenceOf, relativeDay } from './confidence';
import { demonymCountry, lookupPlace } from '../extract/gazetteer';
import { isPageNote } from '../ingest/shape';
import { clozePrefix } from './templates';
import { WEEKDAY_ALT } from '../text/lexicon';

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
	/** The answer is the article's own subject (named in four sentences or more). */
	topic?: boolean;
	/** A figure about a year before the article's (confidence.ts, aboutEarlierYear). */
	earlierYear?: boolean;
	/** normalizeText(prompt), filled in by the ranker. */
	promptKey?: string;
}

const MIN_PROMPT_WORDS = 4;
// The label of a multiple-choice prompt, normalised (a true/false statement may be short: "Brookner married.").
const CUT_OPENING = new RegExp(`^(?:${clozePrefix('fr')}|${clozePrefix('en')})?…`, 'u');
const PROMPT_LABEL = new RegExp(`^(?:${normalizeText(clozePrefix('fr'))}|${normalizeText(clozePrefix('en'))})(?: |$)`);
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
/** …and per question already answered by the same name: "who said" then "which spokesman" is one fact twice. */
const NAME_DECAY = 0.2;
const NAMED = new Set(['person', 'quote', 'organisation']);

function overlaps(a: AnyRange, start: number, end: number): boolean {
	return start < a[1] && end > a[0];
}


/** At least `n` words in a normalised string (single spaces), without splitting it. */
function hasWords(s: string, n: number): boolean {
	if (!s) return false;
	let count = 1;
	for (let i = s.indexOf(' '); i >= 0 && count < n; i = s.indexOf(' ', i + 1)) count++;
	return count >= n;
}

const LABEL = /^[\s«"“]*(\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+[\p{L}'’-]+){0,2})[\s\u00a0]*:[\s\u00a0]/u;
// Words that make the part before a colon a clause ("Selon lui :", "He said:"), not a label.
const CLAUSE_WORD = /(?<![\p{L}])(?:selon|lui|elle|il|ils|elles|he|she|they|it|we|said|says|dit|déclare|explique|ajoute|according|to|a|est|is|was)(?![\p{L}])/iu;

function labelLine(text: string): boolean {
	const m = LABEL.exec(text);
	return !!m && !CLAUSE_WORD.test(m[1]);
}

/** "Hyderabad: With the introduction of…": one word and a colon opening the lede is a dateline, not a label. */
function datelineOpening(article: Article, index: number, text: string): boolean {
	const sentence = article.sentences[index];
	const prev = article.sentences[index - 1];
	const opensParagraph = !prev || prev.paragraph !== sentence?.paragraph;
	return !!sentence && sentence.paragraph <= 2 && opensParagraph && /^[\s«"“]*\p{Lu}[\p{L}'’-]*[\s\u00a0]*:/u.test(text);
}

/** Significant digits of the first number in a string ("158 586,85 euros" → 8, "$18.5 billion" → 3). */
function significantDigits(s: string): number {
	const m = /\d[\d\s\u00a0\u202f.,]*\d|\d/u.exec(s);
	return m ? m[0].replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length : 0;
}

const SHORT_BRACKET_BLANK = /\([\s\u00a0]*(?:[^()\s]+[\s\u00a0]+){0,3}[^()\s]*_____[^()\s]*(?:[\s\u00a0]+[^()\s]+){0,3}[\s\u00a0]*\)/u;
// A capitalised name, and a preposition of place ("à Kigali, au _____", "Kourou, en _____").
const NAME_BEFORE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*[\s\u00a0]*`;
const IN_PLACE = String.raw`(?:au|aux|en|in|dans[\s\u00a0]+(?:le|la|les)|dans[\s\u00a0]+l['’])[\s\u00a0]*`;
const BLANK_ENDS = String.raw`[\s\u00a0]*(?:[,.;:)]|$)`;
const APPOSITION_BLANK = new RegExp(`${NAME_BEFORE},[\\s\\u00a0]*(?:${IN_PLACE})?_____${BLANK_ENDS}`, 'u');
// "depuis Kourou, en _____ française,", "Villefranche-sur-Saône dans le _____,": the region or the
// country after a named place only says where that place is (raters struck all such blanks).
const LOCATOR_BLANK = new RegExp(`${NAME_BEFORE},?[\\s\\u00a0]+${IN_PLACE}_____(?:[\\s\\u00a0]+\\p{Ll}+)?${BLANK_ENDS}`, 'u');


// Whether a sentence is a page note, read once per sentence (every candidate of it asks).
const pageNotes = new WeakMap<Article, Map<string, boolean>>();
function pageNoteAt(article: Article, evidence: { text: string }): boolean {
	let seen = pageNotes.get(article);
	if (!seen) pageNotes.set(article, (seen = new Map()));
	let is = seen.get(evidence.text);
	if (is === undefined) seen.set(evidence.text, (is = isPageNote(evidence.text)));
	return is;
}

// "les lundi 3 et mardi _____ octobre", "ce dimanche 7 février et le lendemain, lundi _____": a day
// next to the day the stem gives, one after the other (two days a week apart are read, not counted).
// A day number without its month is read as a count ("les lundi _____ et mardi 4"): the rule asks both.
const WEEK = [WEEKDAY_ALT.fr.split('|'), WEEKDAY_ALT.en.split('|').map((d) => d.toLowerCase())];
const DAY_BLANK_PAIR = new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT.fr}|${WEEKDAY_ALT.en})[\\s\\u00a0]+(?:le[\\s\\u00a0]+)?(_____|\\d{1,2}(?:er)?(?![\\d]))[^.;_]{0,40}?(?<![\\p{L}])(?:et|and|puis|then)(?![\\p{L}])[,\\s\\u00a0]+(?:(le[\\s\\u00a0]+lendemain|the[\\s\\u00a0]+next[\\s\\u00a0]+day)[,\\s\\u00a0]+)?(?:le[\\s\\u00a0]+|on[\\s\\u00a0]+)?(${WEEKDAY_ALT.fr}|${WEEKDAY_ALT.en})[\\s\\u00a0]+(?:le[\\s\\u00a0]+)?(_____|\\d{1,2}(?:er)?(?![\\d]))`, 'iu');
function neighbourDayBlank(prompt: string): boolean {
	const m = DAY_BLANK_PAIR.exec(prompt);
	if (!m || (m[2] === '_____') === (m[5] === '_____')) return false;
	const index = (d: string) => WEEK.map((w) => w.indexOf(d.toLowerCase())).find((k) => k >= 0) ?? -1;
	return !!m[3] || (index(m[4]) - index(m[1]) + 7) % 7 === 1;
}

/** Why a candidate is unusable, or null when it is fine. */
export function rejectReason(c: Candidate, article: Article): string | null {
	const q = c.question;
	const prompt = (c.promptKey ??= normalizeText(q.prompt));
	// (The words of the stem: "Fill in the blank: _____." around a dateline "Dar es Salaam." asks nothing.)
	if (!hasWords(prompt.replace(PROMPT_LABEL, ''), MIN_PROMPT_WORDS)) return 'short prompt';
	// "Are you also playing … your first _____?": a question the article asks states nothing.
	if ((q.type === 'cloze' || c.copiesSentence || q.type === 'truefalse') && /\?[\s\u00a0"”»]*$/u.test(q.evidence.text)) return 'question';
	// "Grimpez avec notre équipe à bord de ce précieux hélicoptère…" closing a standfirst, "Nous
	// publions le communiqué ci-dessous.": the page speaking of itself, not the story.
	if (pageNoteAt(article, q.evidence)) return 'promo';
	// "46 du MoDem (_____)", "_____ pour UDI (…);": a line of a list of results, not a sentence.
	// (Read on real pages, every such line of up to 14 words was a bullet, a caption or a headline;
	// one ending on a comma is a cut bullet whatever its length.)
	if ((q.type === 'cloze' || c.copiesSentence || q.type === 'truefalse') && !/[.!?…»"”][\s\u00a0]*$/u.test(q.evidence.text) && (!hasWords(normalizeText(q.evidence.text), 15) || /,[\s\u00a0]*$/u.test(q.evidence.text))) return 'list item';
	// "245 sièges pour la coalition Ensemble, dont :", "131 sièges pour la Nupes (…);": a line of a list.
	if ((q.type === 'cloze' || c.copiesSentence || q.type === 'truefalse') && /[;:][\s\u00a0]*$/u.test(q.evidence.text) && !hasWords(normalizeText(q.evidence.text), 20)) return 'list item';
	// "Investissement : près de 500 000 € …", "Avec trois illustrations : …": a label and a colon
	// open a line of notes, not a sentence that says what it is about.
	// (Worded questions too: their event is read from the same notes, "Quand aura lieu les près de 500 000 € ?".)
	if (c.fact.type !== 'quote' && labelLine(q.evidence.text) && !datelineOpening(article, c.fact.sentence, q.evidence.text)) return 'label line';
	// The quoted words of a whosaid prompt are the article's, the speaker's name must not be among them.
	for (const g of c.giveaways) if (g && containsWords(prompt, g)) return 'answer in prompt';
	const { start, end } = q.evidence;
	for (const r of article.removed) if (overlaps(r, start, end)) return 'metadata';
	for (const r of article.metadata) if (overlaps(r, start, end)) return 'metadata';
	// "à Kigali, au _____.", "Oxley, _____, of Ladbrooke Road", "Bernard Pivot, _____, a décrit…": a
	// blank set off by commas after a name is its locator, an age, a title or the next of a list —
	// raters kept none of 30.
	if ((q.type === 'cloze' || q.type === 'mcq') && APPOSITION_BLANK.test(q.prompt)) return 'apposition';
	if ((q.type === 'cloze' || q.type === 'mcq') && c.fact.type === 'place' && LOCATOR_BLANK.test(q.prompt)) return 'apposition';
	// "Herning (_____)", "$US130,000 (_____)", "Yamina (_____) party": what a bracket adds is a
	// locator, a conversion or a translation (1 of 14 kept; a day in brackets, "le second tour (15
	// mars)", is the news); "respectivement quatrième et _____", "nine, two, _____ and eight, in that
	// order": a pairing to unpick (none of 8).
	// A blank anywhere inside a short bracket is the same aside ("(52.10 _____ dollars)"); a long one
	// is a clause of its own ("(déjà condamné pour le meurtre … à _____ en 1991)").
	if ((q.type === 'cloze' || q.type === 'mcq') && ((c.fact.type !== 'date' && SHORT_BRACKET_BLANK.test(q.prompt)) || /(?<![\p{L}])(?:respectivement|respectively|in[\s\u00a0]+that[\s\u00a0]+order|dans[\s\u00a0]+cet[\s\u00a0]+ordre)(?![\p{L}])/iu.test(q.prompt))) return 'aside';
	// "158 586,85 euros", "$8,162,196": an amount of five significant digits or more is recognised
	// among options, not typed (raters kept none of 9 typed; its multiple choice stays).
	if (q.type === 'cloze' && (c.fact.type === 'money' || c.fact.type === 'quantity') && significantDigits(q.answer) >= 5) return 'too precise to type';
	if (q.type === 'mcq' || q.type === 'whosaid') {
		if (q.choices.length !== 4) return 'bad choices';
		const keys = q.choices.map(normalizeText);
		if (new Set(keys).size !== 4) return 'bad choices';
		const answer = normalizeText(q.answer);
		let n = 0;
		for (const k of keys) if (k === answer) n++;
		if (n !== 1) return 'answer not a choice';
	}
	if (q.type === 'order') {
		if (q.choices.length < 3 || new Set(q.choices.map(normalizeText)).size !== q.choices.length) return 'bad order items';
	}
	const sentence = article.sentences[c.fact.sentence];
	// "*Le Grand Prix du Jury décerné à ‘’Valeur sentimentale’’, de _____.": a bulleted line is a
	// line of a list, not a sentence to complete (raters kept none).
	if (sentence?.listItem && (q.type === 'cloze' || q.type === 'truefalse' || c.copiesSentence)) return 'list item';
	// A headline copied into a cloze or a true/false item asks nothing the reader has to retain.
	if (sentence && sentence.paragraph === 0 && (q.type === 'cloze' || q.type === 'truefalse' || c.copiesSentence) && c.fact.type !== 'negation')
		return 'title';
	if (!q.answer.trim() || !q.answerValue.trim()) return 'no answer';
	// The headline gives away what it names; a footnote marker is no answer.
	// A blank the headline fills asks nothing (worded questions only lose confidence: a closed-book
	// quiz does not show the headline).
	if ((q.type === 'cloze' || c.copiesSentence) && answerInTitle(q, article, c.fact.type, c.fact.person)) return 'answer in title';
	// "Les pluies ont provoqué 27 morts" under a headline saying 17: the headline settles it.
	if (q.type === 'truefalse' && c.fact.type !== 'negation' && answerInTitle({ ...q, answer: c.fact.text, answerValue: c.fact.value }, article)) return 'answer in title';
	if (/\[\d{1,3}\]/.test(q.answer)) return 'footnote';
	// "… dans une déclaration à l’agence Tap, le _____, ajoutant…": a long sentence cut before the
	// clause that holds the blank lost its subject (raters kept none of 26 such stems).
	if ((q.type === 'cloze' || q.type === 'mcq') && CUT_OPENING.test(q.prompt)) return 'cut before its subject';
	// "dans le top _____ du Grimaldi Forum" → "trois historique", "ne s’est classé dans le top _____":
	// the size of a ranking is no count (and "not in the top 3" is as true of the top 2).
	if ((q.type === 'cloze' || q.type === 'mcq') && /(?<![\p{L}])top[\s\u00a0]+_____/iu.test(q.prompt)) return 'ranking';
	// "died peacefully on _____ (article published on Friday, March 11, 2016)" → March 10, 2016: a day
	// the article writes as "Thursday" or "hier" is counted from the publication date, not typed from
	// the text (raters kept none of 11 such blanks; its multiple choice, 5 of 8, stays). Asked in
	// other words ("À quelle date a eu lieu le vote… ?"), it lacks the note that says when the
	// article appeared: only the sentence with its note and options asks it.
	if (relativeDay(c.fact) && (q.type === 'cloze' || (q.type !== 'truefalse' && !c.copiesSentence))) return 'computed day';
	// "les lundi 3 et mardi _____ octobre", "dimanche 7 février et le lendemain, lundi _____": a day
	// the stem gives the day before or after of is counted, not read.
	if ((c.fact.type === 'date' || c.fact.type === 'quantity') && q.prompt.includes('_____') && neighbourDayBlank(q.prompt)) return 'counted from the day beside it';
	// "Le réalisateur iranien … en _____" → Iran, "the Lebanese president … in _____" → Lebanon.
	if (c.fact.type === 'place' && q.type !== 'truefalse') {
		const country = lookupPlace(q.answerValue)?.country;
		if (country && q.prompt.split(/[^\p{L}-]+/u).some((w) => w.length > 3 && demonymCountry(w) === country)) return 'answer in prompt';
	}
	return null;
}

// The same answer for another event is another fact ("Moscou" where the accord was signed, "Moscou"
// where Assad fled); for the same kind of event it is a repeat.
function eventHead(event: string | undefined): string {
	if (!event) return '';
	const w = normalizeText(event).split(' ').filter((t) => !['le', 'la', 'les', 'l', 'un', 'une', 'the', 'a', 'an'].includes(t));
	return w[0] ?? '';
}

interface Entry {
	c: Candidate;
	type: QuestionType;
	score: number;
	promptKey: string;
	/** Same answer value for the same kind of event (quotes: the quote itself). */
	valueKey: string;
	/** One question of each type per fact. */
	slotKey: string;
	/** The name answered (person, organisation, place, speaker), whatever the fact's type. */
	nameKey: string;
	/** Its answer in its sentence, by value and by words (no two questions of a set share one). */
	answerSlots: string[];
}

interface Group {
	entries: Entry[];
	head: Entry;
	/** The head's keys as small integers, so the decays are array reads (they are recomputed per pick). */
	typeId: number;
	valueId: number;
	nameId: number;
	sentence: number;
	/** The group's first question asks for the value when it can (true/false only comes second). */
	valueFirst: boolean;
	exempt: boolean;
	used: number;
}

const byTypeScore = (a: Entry, b: Entry) => b.c.typeScore - a.c.typeScore || (a.c.question.id < b.c.question.id ? -1 : 1);

/** Picks and orders up to `max` questions. Deterministic: ties break on ids. */
export function rankCandidates(candidates: Candidate[], article: Article, max: number, trace?: QuestionTrace, everyForm = false): Question[] {
	// Best valid candidate of each id, then of each identical prompt (prompt keys are per type).
	const byId = new Map<string, Candidate>();
	const score = (c: Candidate) => c.factScore + c.typeScore;
	for (const c of candidates) {
		const reason = rejectReason(c, article);
		if (reason !== null) {
			trace?.(c.fact.id, `${c.question.type} refused: ${reason}`);
			continue;
		}
		const prev = byId.get(c.question.id);
		if (!prev || score(c) > score(prev)) byId.set(c.question.id, c);
	}
	const byPrompt = new Map<QuestionType, Map<string, Candidate>>();
	for (const c of byId.values()) {
		let m = byPrompt.get(c.question.type);
		if (!m) byPrompt.set(c.question.type, (m = new Map()));
		const k = c.promptKey!;
		const prev = m.get(k);
		if (!prev || score(c) > score(prev) || (score(c) === score(prev) && c.question.id < prev.question.id)) {
			if (prev && trace && prev.fact.id !== c.fact.id) trace(prev.fact.id, `${prev.question.type}: the same prompt asks another fact`);
			m.set(k, c);
		} else if (trace && prev.fact.id !== c.fact.id) trace(c.fact.id, `${c.question.type}: the same prompt asks another fact`);
	}
	// Group by fact (an order question is a group of its own); groups by importance.
	const byKey = new Map<string, Entry[]>();
	for (const m of byPrompt.values())
		for (const c of m.values()) {
			const q = c.question;
			const key = q.type === 'order' ? q.id : c.fact.id;
			const entry: Entry = {
				c,
				type: q.type,
				score: score(c),
				promptKey: c.promptKey!,
				// Two quotes of one speaker are two questions, not a repeat.
				valueKey: c.fact.type === 'quote' ? c.fact.id : `${c.fact.type}|${normalizeText(q.answerValue)}|${eventHead(c.fact.event)}`,
				slotKey: `${q.type}|${q.factIds[0]}`,
				// A role is asked about its holder: "Who is X?" and "Which mayor is mentioned?" are one fact.
				nameKey: NAMED.has(c.fact.type) ? normalizeText(c.fact.value) : c.fact.type === 'role' && c.fact.person ? normalizeText(c.fact.person) : '',
				// (By the value and by the words: "deux bâtiments" is typed as words and offered as a count.)
				answerSlots: [normalizeText(q.answerValue), normalizeText(q.answer)].map((a) => `${a}|${q.evidence.start}`)
			};
			const list = byKey.get(key);
			if (list) list.push(entry);
			else byKey.set(key, [entry]);
		}
	const ids = new Map<string, number>();
	const intern = (k: string) => {
		let id = ids.get(k);
		if (id === undefined) ids.set(k, (id = ids.size));
		return id;
	};
	const order: Group[] = [];
	for (const entries of byKey.values()) {
		entries.sort(byTypeScore);
		const head = entries[0];
		const f = head.c.fact;
		order.push({
			entries,
			head,
			typeId: intern(`t|${f.type}`),
			valueId: intern(`v|${head.valueKey}`),
			nameId: head.nameKey && f.type !== 'quote' ? intern(`n|${head.nameKey}`) : -1,
			sentence: f.sentence,
			valueFirst: entries.some((e) => e.type !== 'truefalse'),
			exempt: SPREAD_EXEMPT.has(f.type),
			used: 0
		});
	}
	order.sort((a, b) => b.head.c.factScore - a.head.c.factScore || (a.head.c.question.id < b.head.c.question.id ? -1 : 1));

	const out: Question[] = [];
	const typeCount = new Map<QuestionType, number>();
	const valueCount = new Map<string, number>();
	// A taken entry's prompt is seen, so the entry itself is never taken twice.
	const seenPrompts = new Set<string>();
	const chosenSlots = new Set<string>();
	// One true/false item per sentence: two about the same statement answer each other.
	const trueFalseSentences = new Set<number>();
	// One question per answer of a sentence: the cloze, the multiple choice and the worded question
	// of one blank ("dont _____ importés", then the same with options) ask the same thing, and the
	// second's options give the first away. A fact's second question is a true/false item, or none.
	const answeredSlots = new Set<string>();
	const asksValue = (e: Entry) => !everyForm && e.type !== 'truefalse' && e.type !== 'order';
	const typeLimit = Math.ceil(VARIETY_WINDOW * TYPE_SHARE);
	// Variety is a preference: when every remaining candidate is of a type past its share, the
	// share gives way rather than ending the set early.
	let varied = true;
	const allowed = (e: Entry): boolean => {
		if (chosenSlots.has(e.slotKey) || seenPrompts.has(e.promptKey)) return false;
		if (e.type === 'truefalse' && trueFalseSentences.has(e.c.question.evidence.start)) return false;
		if (asksValue(e) && e.answerSlots.some((k) => answeredSlots.has(k))) return false;
		if (e.type !== 'truefalse' && e.type !== 'order' && (valueCount.get(e.valueKey) ?? 0) >= MAX_PER_VALUE) return false;
		// Within the first questions no type may pass its share.
		if (varied && out.length < VARIETY_WINDOW && (typeCount.get(e.type) ?? 0) + 1 > typeLimit) return false;
		return true;
	};
	const take = (e: Entry) => {
		e.c.question.confidence = confidenceOf(e.c, article);
		seenPrompts.add(e.promptKey);
		typeCount.set(e.type, (typeCount.get(e.type) ?? 0) + 1);
		valueCount.set(e.valueKey, (valueCount.get(e.valueKey) ?? 0) + 1);
		out.push(e.c.question);
		chosenSlots.add(e.slotKey);
		if (e.type === 'truefalse') trueFalseSentences.add(e.c.question.evidence.start);
		if (asksValue(e)) for (const k of e.answerSlots) answeredSlots.add(k);
	};
	// The best allowed candidate of a group, types already frequent a little less preferred.
	const pickFrom = (g: Group): Entry | undefined => {
		const n = Math.max(1, out.length);
		const skipTrueFalse = g.used === 0 && g.valueFirst;
		let best: Entry | undefined;
		let bestKey = -Infinity;
		for (const e of g.entries) {
			if (skipTrueFalse && e.type === 'truefalse') continue;
			if (!allowed(e)) continue;
			const k = e.c.typeScore - 0.3 * ((typeCount.get(e.type) ?? 0) / n);
			if (!best || k > bestKey || (k === bestKey && e.c.question.id < best.c.question.id)) {
				best = e;
				bestKey = k;
			}
		}
		return best;
	};
	// Counts by interned key: fact types chosen, answers given, names answered, questions per sentence.
	const keyCount = new Float64Array(ids.size + 1);
	const sentenceCount = new Map<number, number>();
	const idOf = (k: string) => ids.get(k) ?? ids.size;
	// Diminishing returns: the fifth place or the third "Moscou" is worth less than a first quote.
	const effective = (g: Group) =>
		g.head.c.factScore -
		FACT_TYPE_DECAY * keyCount[g.typeId] -
		VALUE_DECAY * keyCount[g.valueId] -
		(g.nameId >= 0 ? NAME_DECAY * keyCount[g.nameId] : 0) -
		(g.exempt ? 0 : SENTENCE_DECAY * (sentenceCount.get(g.sentence) ?? 0));
	// Rounds: the first question of every fact before the second of any.
	for (let round = 0; round < MAX_PER_FACT && out.length < max; round++) {
		const pending = order.filter((g) => g.used === round && !(round > 0 && g.head.type === 'order'));
		const eff = new Float64Array(pending.length);
		const tried = new Uint8Array(pending.length);
		while (out.length < max && pending.length) {
			for (let i = 0; i < pending.length; i++) eff[i] = effective(pending[i]);
			tried.fill(0, 0, pending.length);
			let bestIdx = -1;
			let bestPick: Entry | undefined;
			// Highest effective score first (earlier group on ties); only the leaders are asked for a candidate.
			for (let tries = 0; tries < pending.length; tries++) {
				let i = -1;
				for (let j = 0; j < pending.length; j++) if (!tried[j] && (i < 0 || eff[j] > eff[i])) i = j;
				tried[i] = 1;
				const e = pickFrom(pending[i]);
				if (!e) continue;
				bestIdx = i;
				bestPick = e;
				break;
			}
			if (!bestPick) {
				if (!varied || out.length >= VARIETY_WINDOW) break;
				varied = false;
				continue;
			}
			const g = pending.splice(bestIdx, 1)[0];
			take(bestPick);
			g.used = round + 1;
			if (round === 0) keyCount[g.typeId]++;
			keyCount[idOf(`v|${bestPick.valueKey}`)]++;
			if (bestPick.nameKey) keyCount[idOf(`n|${bestPick.nameKey}`)]++;
			if (!g.exempt) sentenceCount.set(g.sentence, (sentenceCount.get(g.sentence) ?? 0) + 1);
		}
	}
	if (trace) {
		const asked = new Set(out.map((q) => q.factIds[0]));
		for (const g of order)
			if (!asked.has(g.head.c.fact.id)) trace(g.head.c.fact.id, `${g.entries.map((e) => e.type).join(', ')} valid but not chosen (score ${g.head.score.toFixed(2)}; asked: ${out.length} of ${max})`);
	}
	return out;
}
