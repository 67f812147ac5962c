// How likely a teacher is to accept a question as it is, 0–1: a logistic model fitted on the
// questions two raters read on the development split of the real-article corpus
// (docs/engine-evaluation.md). Its inputs are what the raters' reasons pointed at: the kind of
// question, the kind of fact, a long blank, a headline that gives the answer, a single capitalised
// word any reader guesses, a pronoun with nothing before it, a count or a year the sentence gives
// away, where in the article the fact stands. Refit it (`npx tsx scripts/fit-confidence.ts`) when
// the raters have read a new set.
import type { Article, Fact, FactType, Question, Sentence } from '../types';
import type { Candidate } from './rank';
import { containsWords, normalizeText, wordsMadeFrom } from '../text/normalize';
import { datePrecisionOf, MONTH_ALT, MONTHS, SEASON_MONTHS } from '../text/format';
import { latestYearNamed } from '../text/calendar';
import { BOUND_WORDS, countWords, escapeRegExp, S } from '../text/patterns';
import { monthNumber, WEEKDAY_ALT } from '../text/lexicon';
import { contentWords } from '../text/function-words';
import { demonymCountry, isFirstName, isOrgHead, isRoleWord, lookupPlace } from '../extract/gazetteer';
import { reportedOn } from '../extract/events';
import { CARDINAL_WORD, numberWordsPattern, ordinalPattern, parseNumber, parseOrdinal } from '../text/numbers';

/**
 * The default output keeps questions at or above this (engine option `minConfidence`): what is
 * left out is the clearly broken. Set with the weights, which the demanding raters pulled down (a
 * third of the questions they read passed): at 0.04 the dev split keeps about 23 questions an
 * article as before the refit, and the seed's template questions on its main event ("Quelle est
 * la durée de l’accord ?", rated low as a kind) stay in the set, after the more likely ones (at
 * 0.05 the refit of the eighth session cut three of them).
 */
export const CONFIDENCE_FLOOR = 0.04;

/** What kind of question it is, as the raters' table counts them. */
export type QuestionKind = 'worded' | 'relation' | 'count' | 'cloze' | 'cloze-mcq' | 'truefalse' | 'quote' | 'role' | 'order';

export function kindOf(c: Pick<Candidate, 'question' | 'fact' | 'copiesSentence'>): QuestionKind {
	const q = c.question;
	if (q.type === 'order') return 'order';
	if (q.type === 'truefalse') return 'truefalse';
	if (c.fact.type === 'quote' && (q.type === 'whosaid' || q.type === 'short')) return 'quote';
	if (c.fact.type === 'role' && q.type !== 'cloze' && !c.copiesSentence) return 'role';
	if (c.fact.type === 'event' && q.type !== 'cloze' && !c.copiesSentence) return 'relation';
	if (c.fact.type === 'quantity' && q.type !== 'cloze' && !c.copiesSentence) return 'count';
	if (q.type === 'cloze') return 'cloze';
	if (c.copiesSentence) return 'cloze-mcq';
	return 'worded';
}

// Fitted weights (logit scale), rounded, by `scripts/fit-confidence.ts --split
// dev,fresh23,fresh24,…,fresh32` (thirty-second session) on the raters' verdicts: 4,166 questions the
// engine still asks, read by two raters on 359 real articles with the brief in the evaluation notes
// (28 % acceptable); each weight held towards the previous fit (dev and fresh4–8, 1,647 questions),
// the ones set by hand (`SET_BY_HAND`) held where they were. Held out ten groups of articles at a
// time, the six rated questions per article this model ranks first were 38.9 % acceptable against
// 37.4 % with the previous weights (first three 47.9 against 46.2 %; log loss 0.558 → 0.530). The
// wider reading struck dates, places, organisations, true/false items and late facts harder, and
// kept negations, quotes and roles more. The template questions built on an event label ("In what
// year was the visit of hospitals?") stay among the least accepted kinds; a blank that runs past
// three words, an organisation, a headline that gives the answer and a late fact cost most; a
// figure, a negation and a fact from the headline, standfirst or first paragraph gain.
export const WEIGHTS: Record<string, number> = {
	bias: -0.07,
	'kind:worded': -0.81,
	'kind:cloze': 0.07,
	'kind:cloze-mcq': -0.05,
	'kind:truefalse': -0.90,
	// "Who said …?": the raters of the tenth session kept 1 of 16 on dev (0 of 14 in English), of the
	// story's actors as of figures met once ("the answer is only the speaker of a quote"); set by
	// hand from the fitted 0.16, as far down as keeps the ones the gold facts ask above the floor.
	'kind:quote': -1.0,
	// "Who is X, according to the article?": raters kept 1 of 16 (eleventh session) and 0 of 11 on dev
	// (twelfth: a minor figure's post, one of several true descriptions, or the headline's words).
	// Set by hand from the fitted 0.43 (at -0.6 dev's gold lost 3 of its 25 role facts below the floor, here 1).
	// Then 4 of 41 on dev, fresh34 and fresh35 (thirty-fifth session): -1.0, ordering only (ORDER_ONLY),
	// so the question follows the others without leaving the set.
	'kind:role': -1.0,
	// "What did X announce?": raters kept 3 of 30 on dev and fresh14–21 (vague, the headline's own
	// event, a fragment), where the fitted 1.13 predicted a quarter. Set by hand (twenty-first
	// session); the gold facts the corpus asks this way stay in the set, further down.
	'kind:relation': 0.3,
	// "How many … ?": fitted to nothing of its own on the 19 such questions of the 4,166 read
	// (thirty-second refit): the count's own features say it.
	'kind:count': 0.00,
	'fact:date': -0.55,
	'fact:duration': -0.12,
	'fact:quantity': 0.20,
	'fact:ordinal': -0.01,
	'fact:money': 0.59,
	'fact:percent': 0.45,
	'fact:person': 0.24,
	'fact:place': -0.71,
	'fact:organisation': -1.35,
	'fact:quote': 0.56,
	'fact:negation': 0.68,
	'fact:event': -0.50,
	'fact:role': 0.12,
	factConfidence: 0.63,
	inferred: -0.05,
	longPrompt: -0.12,
	longAnswerTyped: -0.96,
	longAnswerChoice: -0.36,
	// Raised by hand from the fitted -0.46: the twelfth session's raters struck every dev question
	// whose answer the headline gives (20 of 20), a phrase's words or a digit ordinal ("2nd") included.
	answerInTitle: -1.0,
	oneCapitalisedWord: -0.33,
	digit: 0.32,
	cut: -0.71,
	topic: -0.14,
	lede: 0.29,
	pronounOpening: -0.09,
	smallCount: -0.46,
	// A time of day as the answer ("à _____" → 11h, "Shortly before _____" → 1 a.m.): raters kept none
	// of 5 on dev and fresh14–17. Set by hand from the fitted -0.42. A match's minute ("in the 11th
	// minute") counts as one: raters kept none of 5 on dev and fresh14–18.
	timeOfDay: -1.0,
	// A year one off the year the stem names ("returning from an 1849-1850 tour … in _____" → 1851,
	// "en 2019 … contre _____"): fitted -0.58, yet raters kept none of the 17 such questions the first
	// twelve still held on dev and fresh23–30 ("previous year", "computable"). Set by hand (thirtieth
	// session): most leave the set; one gold fact of dev leaves the first twelve, none the set. Still
	// none of 12 on dev and fresh34–40 (fortieth session): ordered last, down to the floor (below).
	neighbourYear: -3,
	listNeighbour: -0.33,
	listItem: -0.37,
	// Who said a remark, or what post is held, by someone the article names once.
	namedOnce: -0.88,
	// On top of it, who said it: raters kept none of 26 such questions, which the fitted weights still
	// put in the first twelve; set by hand, as far as keeps them above the floor (the corpus's gold
	// facts ask some). Most of it now stands in kind:quote, which every "who said" question pays.
	attributedOnce: -0.2,
	// Someone's age ("un Girondin de 45 ans", "the 63-year-old told reporters"), but for an age at
	// death or one a law sets: raters kept 3 of 21 against about 31 % of counts (set by hand from
	// that gap, on the logit scale; the gold facts of the corpus ask some, so they stay in the set).
	personAge: -1.0,
	// The day a fact was told ("it was announced on March 15", "a study published March 17", and from
	// the thirty-second session an aside after the story, ", a annoncé lundi l’agence"): raters kept
	// none of 9; set by hand (the corpus's gold facts ask one, so it stays above the floor).
	reportedOn: -1.0,
	// "Who said: “…”?" with the name to type, not to choose (an article with too few people for three
	// wrong speakers): the forty-first session's raters kept 3 of 25 on dev and fresh41 ("trivial: the
	// only person quoted", "a minor figure", "a repeat"), against 45 % of the others, after the
	// kind's -1.0. Ordered last, down to the floor, not out of the set (the gold facts ask quotes).
	typedSpeaker: -3,
	// A blank that is who spoke ("“…,” _____ said", "selon _____"): the same attribution as "who
	// said", in a sentence; raters of the tenth session kept none of 7 on dev. Set by hand.
	speakerBlank: -1.0,
	// A day worked out from the publication date ("died peacefully on Thursday" → March 10, 2016, the
	// article's date under the prompt): the twelfth session's raters kept none of 15 on dev ("date
	// arithmetic, not a fact of the story"), against 36 % overall. Set by hand: it stays in the set.
	// At -1.0 it still stood among the first six of 20 articles of dev and fresh19–23 (a lede's day);
	// raters kept none of 11 on dev and fresh23 (twenty-second session): ordering only, as far as a
	// date of the body (the gold facts ask some of these days).
	relativeDay: -2.0,
	// A bound as the answer ("more than _____", "plus de _____", "up to _____"): the twelfth session's
	// raters kept 1 of 19 on dev ("asks a bound, not the figure"). Set by hand: it stays in the set.
	// (One end of a range, "aged five to _____", is no blank at all: questions/index.ts, rangeBound.)
	// A date that bounds a span ("until _____", "entre mi-_____ et mai") weighs the same.
	boundBlank: -1.0,
	// An event that is one common noun: dev's raters kept 1 of 6 ("vague", "obvious"). Set by hand.
	bareNoun: -0.7,
	// A blank opening a sentence of nine words or fewer ("_____ pour les autres partis."): raters of
	// dev and fresh14 kept 1 of 9 ("fragment without context", "minor figure's name"). Set by hand.
	shortOpeningBlank: -1.0,
	// Words the stem gives to "she" or "il" ("…,” she told the paper", "avance-t-il"): raters kept none
	// of 11 on dev and fresh14–16 ("unclear pronoun", or the quote's detail). Set by hand.
	pronounSpeaker: -1.0,
	// A figure about a year before the one an article reports on ("1.2 million tonnes in 2019"
	// in a 2021 article, "les ventes ont baissé de 12 % l’an dernier"; undated, the lede's year or
	// "the year before" in words, twenty-fourth session): as first read (the nearest
	// year of the sentence), raters kept 3 of 21 on fresh14–18 against 48 % of the other figures, 0 of
	// 5 on dev (a refit on 1,689 verdicts: -1.67); as reviewed (the figure's own clause and date, no
	// comparison base, no month of the last six), none of the 6 it finds there. Set by hand.
	earlierYear: -1.0,
	// The base a figure is compared with, as a blank ("compared to the _____ of 2020", "up from 7.6 %
	// in _____"): raters kept none of the 3 fresh23 asked ("trivial comparison period"); the same
	// class as a figure about an earlier year. Set by hand; none of 7 on dev and fresh34–40: ordered last.
	comparisonBase: -3,
	// A date from below the headline, standfirst and first paragraph ("the hall, built in 1931",
	// "convicted in September 1996", "the meeting on March 24"): raters kept 1 of 90 such questions
	// on fresh14–18 and 3 of 47 on dev, against 22 % and 60 % of the lede's dates and about 30 % of
	// the body's other facts (a refit on 1,689 verdicts: -1.71). Set by hand; ordering only: gold
	// facts ask some.
	bodyDate: -1.5,
	// The place a sentence opens on, its scene ("Au _____, la passation de pouvoir a eu lieu…", "En
	// _____, la fusion sera soumise aux urnes"): raters kept none of 3 on dev and fresh14–19 ("region
	// everyone knows", "the country of the story"). Set by hand.
	openingSetting: -1.0,
	// A continent, an ocean or a sea, a part of the world ("l'océan Indien", "Afrique de l'Ouest",
	// "the North Sea"): raters kept none of 9 on dev and fresh14–21 ("region everyone knows"). Set by hand;
	// at -1.0 the first twelve still held 16 on dev and fresh23–30, all struck (thirtieth session).
	worldRegion: -2.0,
	// The whole a count is out of ("16 cantons sur _____", "108 sur _____", "held 45 of _____ seats")
	// or the stretch a figure spreads over ("prévu sur _____", "un suivi régulier sur _____"): raters
	// kept none of 21 on dev and fresh14–21 ("background total, not the result", "trivial"). Set by hand;
	// none of 9 on dev and fresh34–40: ordered last.
	totalBlank: -3,
	// A name the stem gives away: a word of it, a form of it or its acronym outside the blank
	// ("Ferruaspis brocksi … honoring _____"): raters kept none of 13 on dev and fresh23 (twenty-second
	// session's raters, "given away by prompt"). Set by hand.
	answerEcho: -1.0,
	// A true/false statement of eight words or fewer ("Anita Brookner married.", "La victime a porté
	// plainte."): raters kept none of 8 on dev and fresh23 (twenty-second session: unclear referent,
	// a fragment, given by the headline). Set by hand; ordering only (negations the gold facts ask).
	shortStatement: -1.5,
	// The name of someone who does a job in the story, not its actor: the judge, the prosecutor, the
	// lawyer, the detective, the spokesperson, the coach, the statistician ("sous la présidence du
	// magistrat _____", "Attorney _____ conducting the defence", "_____, the club’s coach, said"):
	// raters kept 1 of 12 such names on dev, fresh23 and fresh24 ("minor figure's name"), against 39 %
	// of the other people's names. Set by hand; ordering only (the corpus's gold facts ask a
	// statistician's remark).
	functionaryName: -1.0,
	// The edition of a recurring event as the answer ("la _____ des Voiles de Saint-Barth" → 7e
	// édition, "the Grand prix of the _____" → 45e festival): raters kept none of 4 on dev, fresh23 and
	// fresh24 ("trivial detail (edition number)"). Set by hand; ordering only (a gold fact of the
	// corpus asks Cannes's 78th).
	editionNumber: -1.5,
	// The share of ballots or polling stations counted when a result was given ("selon un décompte
	// portant sur _____ des bureaux de vote", "after 98 % of ballots were counted"): raters kept none
	// of 3 on fresh24 ("trivial detail (share counted)"). Set by hand.
	countedShare: -1.5,
	// A count the stem gives in parts ("les fossiles de _____ : un adulte…, ainsi que 2 jeunes", "a staff
	// of _____: 744 nurses, 351 doctors and 1,564 others"): the student adds them up; raters struck
	// such questions as "computable from the prompt". Set by hand; ordering only (a gold fact of
	// the corpus asks one such count).
	sumOfParts: -1.5,
	// A figure in a stem of five figures or more ("grew 8.1% in construction, 5.7% in industry, _____ in
	// financial services, 4.3% in…", "36 cas, celle de Kibombo 12 et _____ à Samba"): raters kept 3 of 27
	// on dev, fresh41 and fresh42 ("trivial detail in a long list"), against 36 % of the others; a fit
	// of this weight alone gave -0.9 to -1.2 (held-out first six 46.3 → 47.1 %). Set by hand (forty-second session).
	crowdedFigures: -1.0,
	// A place as the owner of what the sentence speaks of ("one of _____’s most remote provinces", "the
	// _____-based organisation", "_____’s parliament"): the story's country or region, which raters kept 2 of
	// 11 times on dev, fresh41 and fresh42 ("trivial: the article's main country"). Set by hand.
	placeOwner: -1.0,
	// A name with a bracket after it ("Alexandre Aja (Crawl)", "à _____ (Tarn)"): one of a list of credits
	// or a town given with its département; raters kept 1 of 10 on dev, fresh41 and fresh42. Set by hand.
	bracketAfter: -1.0,
	// Where the fact stands, 0 (first sentence) to 1 (last): later is background.
	position: -1.06,
};

/**
 * The weights above set by hand (each one's comment says from what): a refit holds them, for the
 * raters' verdicts behind them are too few to move them by themselves.
 */
export const SET_BY_HAND = new Set(['crowdedFigures', 'placeOwner', 'bracketAfter', 'typedSpeaker', 'kind:quote', 'kind:role', 'kind:relation', 'answerInTitle', 'timeOfDay', 'neighbourYear', 'attributedOnce', 'personAge', 'reportedOn', 'speakerBlank', 'relativeDay', 'boundBlank', 'bareNoun', 'shortOpeningBlank', 'pronounSpeaker', 'earlierYear', 'comparisonBase', 'bodyDate', 'openingSetting', 'worldRegion', 'totalBlank', 'answerEcho', 'shortStatement', 'functionaryName', 'editionNumber', 'countedShare', 'sumOfParts']);

// (Not a list's marker, "1.)", "2)".)
const PART_NUMBER = new RegExp(`(?<![\\p{L}\\d.,])(?:\\d{1,3}(?:[,\\s\\u00a0\\u202f]\\d{3})+|\\d+)(?![\\d]|[.,]\\d|\\.?\\))|(?<![\\p{L}])${CARDINAL_WORD}`, 'giu');
const NOT_A_PART_AFTER = new RegExp(`^[\\s\\u00a0-]*(?:${MONTH_ALT}|years?|ans?|années?|mois|months?|weeks?|semaines?|days?|jours?|hours?|heures?|minutes?|h(?![\\p{L}])|%|per${S}*cent|pour${S}*cent)(?![\\p{L}])`, 'iu');
const NOT_A_PART_BEFORE = new RegExp(`(?:(?:${MONTH_ALT})[\\s\\u00a0]+|\\p{Lu}[\\p{L}.-]*[\\s\\u00a0]+)$`, 'u');
const ONE_AFTER_COLON = /[:;][\s\u00a0]*(?:une?|one|an?)[\s\u00a0]+\p{L}/iu;

/** Whether numbers of the stem (two or more, "un" after a colon counting one) add up to the answer's count. */
export function sumOfParts(stem: string, answerValue: string): boolean {
	const total = Number(answerValue);
	if (!stem.includes('_____') || !Number.isInteger(total) || total < 2) return false;
	// ("1,564" groups thousands in English; "vingt" and "twenty" are read in their own language.)
	const read = (w: string) => (/\d,\d{3}/u.test(w) ? parseNumber(w, 'en') : (parseNumber(w, 'fr') ?? parseNumber(w, 'en')));
	const text = stem.replace('_____', ' ');
	// (No day, year, length of time or label: "Le 3 mars, _____ blessés dans 2 villages", "Route 8",
	// "Four years after the flood, _____ families in 2 camps".)
	const numbers = [...text.matchAll(PART_NUMBER)]
		.filter((m) => !NOT_A_PART_AFTER.test(text.slice((m.index ?? 0) + m[0].length)) && !NOT_A_PART_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index)))
		.map((m) => read(m[0]));
	// (A table of figures, "19 gold, 12 silver and 9 bronze, … 11 gold, 13 silver…", adds up by chance.)
	if (numbers.length > 5) return false;
	const parts = numbers.filter((n): n is number => n !== null && Number.isInteger(n) && n > 0 && n < total);
	if (ONE_AFTER_COLON.test(stem)) parts.push(1);
	if (parts.length < 2) return false;
	for (let mask = 1; mask < 1 << parts.length; mask++) {
		let sum = 0;
		let n = 0;
		for (let i = 0; i < parts.length; i++) if (mask & (1 << i)) (sum += parts[i]), n++;
		if (n >= 2 && sum === total) return true;
	}
	return false;
}

// The noun after an edition's ordinal ("7e édition", "the 45th festival"; not "season" nor
// "session": "the second season in a row", "the first session of the new parliament").
const EDITION_NOUN = /^[\s\u00a0]*(?:édition|edition|festival)(?![\p{L}])/iu;
// What a share of the count is of ("25 % des bureaux de vote", "98 % of the ballots counted"; "48 %
// des bulletins exprimés", "55% of the ballots cast" are the result: the ballots must be counted).
const COUNTED_AFTER = /^[\s\u00a0]*(?:des|of(?:[\s\u00a0]+the)?)[\s\u00a0]+(?:bureaux[\s\u00a0]+de[\s\u00a0]+vote|(?:bulletins|suffrages|voix)[\s\u00a0]+dépouillé(?:e?s)?|(?:ballots|votes)[\s\u00a0]+(?:counted|tallied)|polling[\s\u00a0]+(?:stations|places)|precincts)(?![\p{L}])/iu;
/** A share of the count after counting's own words ("après le dépouillement de 98 % des bulletins", "with 62% of ballots counted"). */
const COUNTED_BEFORE = /(?<![\p{L}])(?:dépouillement|décompte|comptage|counting|count)[\s\u00a0]+(?:de|d['’]|of)[\s\u00a0]*$/iu;
const COUNTED_THING = /^[\s\u00a0]*(?:des|of(?:[\s\u00a0]+the)?)[\s\u00a0]+(?:bulletins|suffrages|voix|ballots|votes)(?![\p{L}])/iu;

// The jobs of those who serve a story rather than act in it.
const FUNCTIONARY = `(?:judge|justice|magistrate?|detective|prosecutor|spokes(?:man|woman|person)|statistician|coach|lawyer|attorney|counsel|inspector|constable|sergeant|superintendent|coroner|registrar|clerk|juge|procureure?|substitut|avocate?(?:[\\s\\u00a0]+générale?)?|porte-parole|entraîneur|entraîneuse|commissaire|gendarme|policière?|enquêt(?:eur|rice)|greffière?)`;
const FUNCTIONARY_WORD = new RegExp(`(?<![\\p{L}])(?<!(?:de${S}+la|of|for|du|des|à${S}+la)${S}+)${FUNCTIONARY}(?![\\p{L}])`, 'giu');
// Between the job and the blank, a capitalised word that is no post ("Detective Garda _____"; not
// "Justice Minister _____"): checked with case, as the job is without.
const JOB_TO_BLANK = /^(?:[\s\u00a0]+(\p{Lu}[\p{L}'’-]*))?[\s\u00a0]+_____/u;
// "_____, the club’s coach, said", "_____, avocate générale, a requis…" (not "_____, whose lawyer asked…").
const JOB_AFTER_BLANK = new RegExp(`_____,[\\s\\u00a0]+(?:(?:the|a|an|la|le|l['’]|un|une)[\\s\\u00a0]*)?(?:(?!whose|dont)[\\p{L}'’-]+[\\s\\u00a0]+){0,2}?${FUNCTIONARY}[\\s\\u00a0]*(?:,|of|de|du|d['’])`, 'iu');

/** The job right before the blank ("la juge _____", "Detective Garda _____"; not "le ministre de la Justice _____") or in an apposition after it ("_____, the club’s coach,"). */
export function functionaryBlank(stem: string): boolean {
	if (JOB_AFTER_BLANK.test(stem)) return true;
	for (const m of stem.matchAll(FUNCTIONARY_WORD)) {
		const between = JOB_TO_BLANK.exec(stem.slice((m.index ?? 0) + m[0].length));
		if (between && !(between[1] && isRoleWord(between[1].toLowerCase()))) return true;
	}
	return false;
}
const FUNCTIONARY_ROLE = new RegExp(`^(?:(?:deputy|chief|senior|assistant|premier|première|adjointe?)[\\s\\u00a0]+)?${FUNCTIONARY}(?![\\p{L}])`, 'iu');

/** A continent, an ocean, a sea or a part of the world named after one ("Southeast Asia", "l’Asie du Sud-Est"; not "South Africa", nor "America" for the country). */
const WORLD_REGION =
	/^(?!South[\s\u00a0]+Africa$|(?:l['’][\s\u00a0]*)?Afrique[\s\u00a0]+du[\s\u00a0]+Sud|America$|(?:l['’][\s\u00a0]*)?Amérique$)(?:l['’][\s\u00a0]*|the[\s\u00a0]+)?(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Sub-Saharan|South-?[Ee]ast|South-?[Ww]est|North-?[Ee]ast|North-?[Ww]est)[\s\u00a0]+)?(?:Afrique|Africa|Europe|Asie|Asia|Amérique|America|Océanie|Oceania|Antarctique|Antarctica|Arctique|Arctic|océan[\s\u00a0]+\p{L}+|(?:the[\s\u00a0]+)?\p{Lu}\p{L}+[\s\u00a0]+Ocean|Atlantique|Atlantic|Pacifique|Pacific|Méditerranée|Mediterranean|mer[\s\u00a0]+\p{L}+(?:[\s\u00a0]+\p{L}+)?|(?:the[\s\u00a0]+)?(?:North|Baltic|Black|Red|Caspian|Caribbean)[\s\u00a0]+Sea|Caraïbes|Caribbean|Moyen-Orient|Proche-Orient|Middle[\s\u00a0]+East|Sahel|Maghreb)(?:[\s\u00a0]+(?:de[\s\u00a0]+l['’][\s\u00a0]*)?(?:Ouest|Est|Nord|Sud|australe|centrale|subsaharienne|du[\s\u00a0]+(?:Nord|Sud)(?:-(?:Est|Ouest))?|latine))?(?:[\s\u00a0]*\([^()]{1,12}\))?$/u;

/** The whole after a count ("16 sur _____", "45 of _____", "3 out of _____"), or "sur _____" in French. */
const TOTAL_BLANK = /(?<![\p{L}\d])\d{1,3}(?:[,\s\u00a0\u202f]\d{3})*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+)?(?:out[\s\u00a0]+of|of)[\s\u00a0]+_____|(?<![\p{L}])sur[\s\u00a0]+_____/u;

/** A sentence opening on its place: "Au _____, …", "En _____, …", "In _____, …". */
const OPENING_SETTING = /^(?:Au|Aux|En|In|À|A|At)[\s\u00a0]+_____[\s\u00a0]*,/u;

/** An age worth asking: at a death ("mort à l'âge de 53 ans") or set by a law ("la retraite à 65 ans"). */
const AGE_KEPT = /(?<![\p{L}])(?:mort|morte|décédée?|décès|meurt|s['’]est[\s\u00a0]+éteinte?|died|dies|dead|death|passed[\s\u00a0]+away|retraite|retirement|pension|âge[\s\u00a0]+(?:légal|minimum|limite)|(?:legal|minimum|voting)[\s\u00a0]+age)(?![\p{L}])/iu;

/**
 * A day worked out from the publication date ("died on Thursday", "hier", "ce samedi" → March 10,
 * 2016): a date the article infers, to the day, from words without a digit.
 */
export function relativeDay(fact: Pick<Fact, 'type' | 'inferred' | 'text' | 'precision' | 'value'>): boolean {
	return fact.type === 'date' && !!fact.inferred && !/\d/.test(fact.text) && /^(?:day|time)$/.test(fact.precision ?? datePrecisionOf(fact.value) ?? '');
}

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
/** `holder`: for a post, whose it is (the headline gives it away beside their name). */
export function answerInTitle(q: Question, article: Pick<Article, 'title'>, factType?: FactType, holder?: string): boolean {
	if (titleHolds(article, q.answer)) return true;
	// A phrase most of whose words the headline has ("a new world tour" under "… announce world tour",
	// "Ministry of Health" under "health ministry to conduct…").
	if (article.title && mostWordsIn(q.answer, article.title)) return true;
	if (factType === 'person') {
		// The surname, or a middle name the headline calls the person by ("Justice Mugambe" for Lydia Mugambe Ssali).
		// (A middle name that is also a first name, "Anne Marie Roy", is no surname; a surname is: "Cliff Richard".)
		const names = q.answer.trim().split(/[\s\u00a0]+/u);
		const later = names.slice(1);
		if (later.some((name, i) => name.length >= 3 && /^\p{Lu}/u.test(name) && (i === later.length - 1 || !isFirstName(name)) && titleHolds(article, name))) return true;
		// "Lai Chin-te" under "William Lai…": a surname put first, before a hyphenated given name as
		// Chinese and Korean names are written ("Faith Kipyegon" under "Faith leaders…" is none).
		if (names.length === 2 && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(names[1]) && titleHolds(article, names[0])) return true;
		// "… : Bandiougou dit tout": a first name no list knows calls one person only, written with its
		// capital inside a headline in sentence case ("Faith leaders call for calm" opens on a word).
		if (names.length >= 2 && names[0].length >= 4 && !isFirstName(names[0]) && !lookupPlace(names[0]) && article.title && /(?:^|\s)\p{Ll}{4,}/u.test(article.title) && new RegExp(`\\S[\\s\\u00a0]+${escapeRegExp(names[0])}(?![\\p{L}])`, 'u').test(article.title)) return true;
	}
	// "Newcastle councillor Nigel Todd dies…" for "Labour councillor", "Mayor Urmas Klaas…" for "mayor of
	// the city": the headline names the post beside its holder's surname.
	// (Any of the holder's names: "President Xi meets Biden" for Xi Jinping.)
	const named = !!holder && holder.trim().split(/[\s\u00a0]+/u).some((n) => n.length >= 2 && /^\p{Lu}/u.test(n) && titleHolds(article, n));
	if (factType === 'role' && article.title && named && q.answer.toLowerCase().split(/[\s\u00a0'’-]+/u).some((w) => w.length >= 3 && isRoleWord(w) && titleHolds(article, w))) return true;
	// "…sikkim and kurseongs biodiversity": a headline read from an address (small letters only) keeps a
	// possessive's s.
	if ((factType === 'place' || factType === 'person' || factType === 'organisation') && article.title && !/\p{Lu}/u.test(article.title) && /^\p{Lu}\p{Ll}{3,}$/u.test(q.answer.trim()) && titleHolds(article, `${q.answer.trim()}s`)) return true;
	// "nepal pm pushpa kamal dahal" for "Prime Minister": the post's usual abbreviation.
	if (POST_ABBREVIATIONS[normalizeText(q.answer)]?.some((a) => titleHolds(article, a))) return true;
	// "zambian ex minister sent to prison" for Zambia: a word made from the place's name.
	if (factType === 'place' && article.title && wordsMadeFrom(q.answer, article.title).length > 0) return true;
	// "Polish GDP grew…" for Poland: the country's adjective.
	if (factType === 'place' && article.title) {
		const country = lookupPlace(q.answer.trim());
		if (country?.kind === 'country' && normalizeText(article.title).split(' ').some((w) => w.length > 3 && demonymCountry(w) === country.country)) return true;
	}
	// "La ville de Sion pourrait grossir en juin" for "18 juin 2023": the month of a day.
	if (factType === 'date' && article.title && MONTH_NAMES.some((m) => ` ${normalizeText(q.answer)} `.includes(` ${m} `) && titleHolds(article, m))) return true;
	// "new £1.4m Saintfield community centre" (an address: "new 1 4m") for £1.4 million; a currency's
	// letters may be glued to the figure ("K7.2 billion", "Rs3bn").
	const scaled = /(\d+(?:[.,]\d+)?)[\s\u00a0]*(millions?|billion|milliards?|bn|m)(?![\p{L}])/iu.exec(q.answer);
	if (scaled && article.title) {
		const [whole, decimals] = scaled[1].split(/[.,]/);
		const mantissa = decimals ? `${whole}[. ]${decimals}` : whole;
		const suffix = /^(?:b|milliard)/i.test(scaled[2]) ? '(?:bn|b|billion|milliards?)' : '(?:m|mn|millions?)';
		if (new RegExp(`(?:^|\\s)(?:[a-z]{1,3})?${mantissa}\\s?${suffix}(?:\\s|$)`).test(normalizeText(article.title))) return true;
	}
	// "Over £270k of funding" for £270,000: thousands as a "k".
	const amount = factType === 'money' ? /^(\d+(?:\.\d+)?) [A-Z]{3}$/.exec(q.answerValue) : null;
	if (amount && article.title && Number(amount[1]) >= 1000 && new RegExp(`(?:^|\\s)[a-z]{0,3}${String(Number(amount[1]) / 1000).replace('.', '[. ]')}k(?:\\s|$)`).test(normalizeText(article.title))) return true;
	// A length of time is given away by its number ("13 ans après ses débuts" for "13 longues années").
	// ("six years and four months" under "… sentenced to six years": its first unit.)
	const number = /^-?\d+(?:\.\d+)?$/.test(q.answerValue) ? q.answerValue : factType === 'duration' ? (/^PT?(\d+(?:\.\d+)?)[YMWDHS]/.exec(q.answerValue)?.[1] ?? null) : null;
	if (!number || !article.title || /^\d{4}$/.test(number)) return false;
	// "125 000 habitants" is 125000.
	const digits = normalizeText(article.title)
		.replace(/(\d),(\d)/g, '$1.$2')
		.replace(/(\d) (?=\d{3}(?!\d))/g, '$1');
	// The decimal mark as written; a headline read from an address drops it ("taux-a-275" for 2.75; two
	// digits only under one of six words or more in small letters, "…-a-42-en-2024" for 4.2 %) or
	// makes it a space ("kishane-thompsons-9-77-and…").
	const [whole, decimals] = number.split('.');
	const fromAddress = decimals !== undefined && /^[\p{Ll}\d ]+$/u.test(article.title) && countWords(article.title) >= 6;
	const marks = decimals === undefined ? '' : `(?:\\.${whole.length + decimals.length >= 3 || fromAddress ? '|' : ''}${fromAddress ? '| ' : ''})`;
	if (new RegExp(`(?:^|\\s)${whole}${decimals === undefined ? '' : marks + decimals}(?:\\s|$)`).test(digits)) return true;
	// "Près de 500 cas" gives away 483 among options a hundred apart: an approximate figure within a
	// tenth of the answer (typed, 483 is still to be recalled: raters kept that blank).
	if (q.type === 'mcq') for (const m of digits.matchAll(ABOUT_NUMBER)) if (Math.abs(Number(m[1]) - Number(number)) <= 0.1 * Number(m[1])) return true;
	// Written in words: "Troisième cyberattaque contre un hôpital" gives "troisième attaque" away,
	// "quatre fois plus" gives "4 fois" (from two up: "un", "one" are articles as often as numbers).
	const n = Number(number);
	if (n >= 2 && numbersInWords(article.title).has(n)) return true;
	// In digits, an ordinal gives away an ordinal only ("2nd cholera campaign" asks "second", never "two doses").
	return factType === 'ordinal' && [...article.title.matchAll(DIGIT_ORDINAL)].some((m) => Number(m[1]) === n);
}

// A post and how headlines shorten it.
const POST_ABBREVIATIONS: Record<string, string[]> = {
	// (And the post's other name: "nomme O. Sonko chef de gouvernement".)
	'prime minister': ['pm', 'head of government'],
	'premier ministre': ['pm', 'chef de gouvernement', 'chef du gouvernement'],
	'chief minister': ['cm'],
	'member of parliament': ['mp'],
	'chief executive': ['ceo'],
	'chief executive officer': ['ceo'],
	'president directeur general': ['pdg']
};
// ("may" and "march" are verbs in a headline as often as months.)
const MONTH_NAMES = [...MONTHS.fr, ...MONTHS.en].map((m) => normalizeText(m)).filter((m) => m !== 'may' && m !== 'march');

// "près de 500", "nearly 500" in a headline's normalised words.
const ABOUT_NUMBER = /(?:^|\s)(?:pres de|environ|quelque|presque|plus de|about|nearly|almost|around|some|more than|over) (\d+(?:\.\d+)?)(?=\s|$)/g;

// The number words and ordinals the engine reads in running text, in either language.
const NUMBER_WORDS = (['fr', 'en'] as const).map((lang) => ({ lang, cardinal: new RegExp(numberWordsPattern(lang), 'giu'), ordinal: new RegExp(ordinalPattern(lang), 'giu') }));

const DIGIT_ORDINAL = /(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th|e|er|re|ère|ème|eme)(?![\p{L}\p{N}])/giu;

// The words of a phrase that carry its meaning, cut to five letters ("nouvelle" and "nouveau" meet).
function contentStems(s: string): string[] {
	return contentWords(s)
		.filter((w) => !/^\d/.test(w))
		.map((w) => w.slice(0, 5));
}

// The headline's stems, once per headline: every candidate asks.
const titleStems = new Map<string, Set<string>>();

/** Whether a phrase of two words or more has two thirds of them in the headline. */
function mostWordsIn(phrase: string, title: string): boolean {
	const words = contentStems(phrase);
	if (words.length < 2) return false;
	let inTitle = titleStems.get(title);
	if (!inTitle) {
		if (titleStems.size > 100) titleStems.clear();
		inTitle = new Set(contentStems(title));
		titleStems.set(title, inTitle);
	}
	return words.filter((w) => inTitle.has(w)).length * 3 >= words.length * 2;
}

// The numbers a headline writes in words ("Troisième…", "vingt-deux"), read once per headline: every candidate asks.
const wordNumbers = new Map<string, Set<number>>();
function numbersInWords(title: string): Set<number> {
	let found = wordNumbers.get(title);
	if (found) return found;
	found = new Set<number>();
	for (const { lang, cardinal, ordinal } of NUMBER_WORDS) {
		for (const m of title.matchAll(cardinal)) found.add(parseNumber(m[0], lang) ?? NaN);
		// In words only: the digits are compared above.
		for (const m of title.matchAll(ordinal)) if (!/\d/.test(m[0])) found.add(parseOrdinal(m[0], lang) ?? NaN);
	}
	if (wordNumbers.size > 100) wordNumbers.clear();
	wordNumbers.set(title, found);
	return found;
}

/**
 * Whether a text names a month of the season a date value is ("2021-summer" and "juillet", "Jan. 15"):
 * by its full name or cut short with its dot ("Jan Peters" is no January), never "Mars" (the planet),
 * "may" and "march" only after a preposition ("end in May").
 */
function seasonMonthIn(text: string, value: string): boolean {
	const season = /^\d{4}-(spring|summer|autumn|winter)$/.exec(value)?.[1];
	if (!season) return false;
	const [first, last] = SEASON_MONTHS[season];
	for (const m of text.matchAll(/\p{L}+\.?/gu)) {
		const w = m[0].toLowerCase();
		const word = w.replace(/\.$/u, '');
		if ((!FULL_MONTH_NAMES.has(word) && !w.endsWith('.')) || m[0].startsWith('Mars')) continue;
		if ((word === 'may' || word === 'march') && !/(?:^|[\s\u00a0\u202f])(?:in|since|until|till|from|by|of|early|late|mid|next|last)[\s\u00a0\u202f-]+$/iu.test(text.slice(0, m.index))) continue;
		const n = monthNumber(w, 'fr') ?? monthNumber(w, 'en');
		if (n !== null && ((n >= first && n <= last) || (n + 12 >= first && n + 12 <= last))) return true;
	}
	return false;
}
// The months' full names in both languages, accents as written ("février", "août").
const FULL_MONTH_NAMES = new Set([...MONTHS.fr, ...MONTHS.en].map((name) => name.toLowerCase()));

/**
 * Whether the stem writes, before its blank, the ordinal before the answer's (`n` − 1) with the
 * answer's noun after it ("une première révision … une _____" → deuxième révision) or with "and"
 * leaving the noun out ("the 59th and _____" → 60th day). ("Le Premier ministre … son _____ mandat",
 * "On May 1st, she won her _____ title", "_____ was his first ever podium" name no first of the same.)
 */
function predecessorBefore(stem: string, answer: string, n: number): boolean {
	const before = stem.slice(0, stem.indexOf('_____'));
	const noun = normalizeText(answer).split(' ').slice(1).pop();
	const ordinals = [...NUMBER_WORDS.flatMap(({ lang, ordinal }) => [...before.matchAll(ordinal)].map((m) => ({ end: m.index + m[0].length, value: parseOrdinal(m[0], lang) }))), ...[...before.matchAll(DIGIT_ORDINAL)].map((m) => ({ end: m.index + m[0].length, value: Number(m[1]) }))];
	return ordinals.some(({ end, value }) => {
		if (value !== n - 1) return false;
		const next = before.slice(end);
		if (/^[\s\u00a0\u202f]*(?:and|et|,)[\s\u00a0\u202f]*(?:the[\s\u00a0\u202f]+|la[\s\u00a0\u202f]+|le[\s\u00a0\u202f]+)?$/iu.test(next)) return true;
		return !!noun && normalizeText(next).split(' ').slice(0, 3).includes(noun);
	});
}

const words = countWords;

/** The words a question's stem starts with, its "Complétez :" / "True or false:" label taken off. */
function stemOf(prompt: string): string {
	return prompt.replace(/^(?:Complétez|Fill in the blank|Vrai ou faux|True or false)\s*:\s*/u, '').replace(/^[«“"…\s]+/u, '');
}

// A stem that opens on a pronoun or a bare "the commune" leaves the reader asking who or what.
const PRONOUN_OPENING =
	/^(?:il|elle|ils|elles|cela|ça|ce|c['’]est|on|en|y|it|it['’]s|they|she|he|this|these|that|those|its|their|her|his|them|we|celle-ci|celui-ci|ceux-ci|celles-ci|ce[\s\u00a0]+dernier|cette[\s\u00a0]+dernière|ces[\s\u00a0]+derni[eè]re?s|the[\s\u00a0]+(?:latter|former)|ici|here|là-bas|over[\s\u00a0]+there|le[\s\u00a0]+précédent|la[\s\u00a0]+précédente|the[\s\u00a0]+previous[\s\u00a0]+one)(?![\p{L}-])/iu;
/**
 * "_____ plus qu’une année de pluie à Paris.", "_____ pour les autres partis.", "_____ continued.":
 * a blank opening a sentence of nine words or fewer asks for what the sentence is about, and the
 * rest says too little to tell (raters kept 1 of 9).
 */
function shortOpeningBlank(stem: string): boolean {
	const sentence = stem
		.replace(/[\s\u00a0]*\((?:article|publié)[^)]*\)[\s\u00a0]*$/u, '')
		.split(/(?<=[.!?…])[\s\u00a0]+/u)
		.find((x) => x.includes('_____'));
	return !!sentence && /^[«“"\s\u00a0]*_____/u.test(sentence) && countWords(sentence) <= 9;
}

// "We’ve easily played that song _____ times", "… after five losses helped us": someone speaking, with
// the quotation marks and the speaker in another sentence. (Capitalised "My" in "Money In My Pocket"
// is a title; French "nous" mid-sentence is often reported speech: "le ministre précise que nous…".)
// ("Ma famille vit à _____", "C’est un ami qui m’a menée à _____": French too, "nous" inside left
// out; "M’Baye" is a name, "C’mon" no "mon".)
// (A French possessive before a lower-case word: "Ma Long", "Ma Ying-jeou" are names. "I" is the pronoun
// before a contraction or a verb; before a noun it is a numeral: "Phase I trial", "World War I veterans".)
const I_VERB = String.raw`I(?=['’]|[\s\u00a0]+(?:am|was|were|have|had|think|thought|know|knew|feel|felt|want|wanted|say|said|will|would|can|could|do|did|don|didn|never|just|also|really|still|went|got|saw|see|love|like|hope|believe|guess|mean|remember|need|told|should|must|met|took|made|came|gave|began|became|spent|found|left|lost|heard|wrote|ran|\p{Ll}+ed)(?![\p{L}]))`;
const FIRST_PERSON_OPENING = new RegExp(String.raw`^(?:We|Nous|Je|J['’]|Moi)(?![\p{L}])|^${I_VERB}|^(?:Our|My)(?![\p{L}])|^(?:Ma|Mon|Mes)(?=[\s\u00a0]+\p{Ll})|^M['’](?=\p{Ll})`, 'u');
const FIRST_PERSON_INSIDE = new RegExp(String.raw`(?<![\p{L}'’])(?:(?:we|us|our|ours|my|me|je|moi|mon|ma|mes)(?![\p{L}])|${I_VERB})|(?<![\p{L}'’])[jm]['’](?=\p{L})`, 'u');

// "Tavana, vous rempilez pour un second mandat…", "Yes, you read that correctly": an interviewer's
// question or the page talking to its reader ("thank-you", "rendez-vous" are nouns). In small letters,
// or opening the sentence, a possessive before a small word ("Votre abonnement…", "Your ticket…"):
// "Marianne Vos", "Your Party" are names.
const SECOND_PERSON = /(?<![\p{L}'’-])(?:you|your|yours|vous|votre|vos)(?![\p{L}'’-])|^(?:You|Vous)(?![\p{L}'’-])|^(?:Your|Votre|Vos)(?=[\s\u00a0]+\p{Ll})/u;

/** The sentence of the stem that holds the blank, when the stem quotes no one. */
function unquotedBlankSentence(stem: string): string | null {
	if (/[«»“”"]/u.test(stem)) return null;
	return stem.split(/(?<=[.!?…])[\s\u00a0]+/u).find((x) => x.includes('_____')) ?? stem;
}

/** A sentence in the first person without quotation marks: its speaker is elsewhere. */
const unattributedSpeech = (sentence: string) => FIRST_PERSON_OPENING.test(sentence) || FIRST_PERSON_INSIDE.test(sentence);

/** "Le Sénégalais élève des dromadaires…", "La Française a remporté…": a nationality noun standing for someone named before. */
function demonymOpening(stem: string): boolean {
	const m = /^(?:Le|La|L['’])[\s\u00a0]*(\p{Lu}[\p{L}-]+)[\s\u00a0]+\p{Ll}/u.exec(stem);
	return !!m && !!demonymCountry(m[1]);
}

// The blank is the one who speaks: before a verb of saying ("“…,” _____ said", "Health Secretary
// _____ confirmed that…"), after "said", "selon", "according to", after a French verb of saying put
// before its subject ("indique lundi _____", "souligne encore _____", "fait valoir son président
// _____"), or the source of figures ("selon les dernières données de _____").
// After the blank, verbs that may also be the story ("X confirmed his candidacy") count only with "that".
// "…, _____ announced.", "…, _____ reported on Saturday.": a verb closing the sentence (but for its
// day) attributes what went before; "announced a ban" is the story.
// (The day by name: the regexes it goes into are case-insensitive, where \p{Lu} would match any letter.)
const ANNOUNCED_LAST = `(?:announced|reported|confirmed)(?=(?:${S}+(?:on${S}+(?:${WEEKDAY_ALT.en})|today|yesterday))?${S}*(?:[.;!]|$))`;
const SAYS_AFTER_EN = `said|says|told|added|explained|noted|stated|insisted|argued|admitted|recalled|wrote|tweeted|remarked|stressed|pointed out|maintained|commented|(?:confirmed|warned|claimed|revealed|announced)(?: on (?:${WEEKDAY_ALT.en}))? that|${ANNOUNCED_LAST}`;
const SAYS_AFTER_FR = 'explique|précise|affirme|indique|ajoute|souligne|déclare|détaille|fait valoir|rappelle|insiste|témoigne|confie|raconte|poursuit|conclut|assure|estime';
const SAID_FR = 'déclaré|indiqué|expliqué|précisé|affirmé|ajouté|souligné|dit|confié|annoncé|assuré|estimé|rappelé|reconnu|détaillé|témoigné';
const SAYS_BEFORE_FR = 'explique|précise|affirme|indique|ajoute|souligne|déclare|annonce|estime|rapporte|détaille|fait valoir|observe|relève|rappelle|poursuit|conclut|insiste|note|assure|témoigne|confie|glisse|commente|résume|reconnaît|martèle|plaide|avance|raconte|lance|tranche|admet';
const spaced = (list: string) => list.replace(/ /g, `${S}+`);
// What may stand between a French verb of saying and its subject ("souligne encore _____", "indique lundi soir _____").
const SAYS_WHEN = `(?:${S}+(?:encore|aussi|ainsi|également|alors|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:${S}+(?:soir|matin))?)?`;
const ACCORDING = `(?:selon|d['’]après|according${S}+to)`;
const SPEAKER_BLANK = new RegExp(
	[
		`_____${S}*[”"»’]?${S}*,?${S}+(?:${spaced(SAYS_AFTER_EN)}|a${S}+(?:${SAID_FR})|${spaced(SAYS_AFTER_FR)})(?![\\p{L}])`,
		// "_____, Chairperson of the Community Trust said: “…”": the name, its post, then the words.
		`_____${S}*,${S}*[^,;.“”«»"]{3,80}?,?${S}+(?:${spaced(SAYS_AFTER_EN)}|a${S}+(?:${SAID_FR})|${spaced(SAYS_AFTER_FR)})(?:${S}*:|${S}+[“"«])`,
		// "According to Dr _____", "selon M. _____": a title may stand before the name.
		`(?<![\\p{L}])(?:said|says|selon|according${S}+to|a${S}+(?:${SAID_FR}))${S}+(?:(?:Dr|Mr|Mrs|Ms|Prof|M|Mme|Me|Pr)\\.?${S}+)?_____`,
		// "détaille _____", "souligne encore _____", "indique lundi soir _____", "fait valoir son président _____".
		`(?<![\\p{L}])(?:${spaced(SAYS_BEFORE_FR)})${SAYS_WHEN}(?:${S}+(?:son|sa|leur|le|la)${S}+\\p{Ll}[\\p{Ll}-]*)?${S}+_____`,
		`(?<![\\p{L}])${ACCORDING}${S}+(?:les?|la|l['’]|the)${S}*(?:[\\p{L}’'-]+${S}+){0,3}?(?:de|du|des|d['’]|of|from)${S}*_____`
	].join('|'),
	'iu'
);
// A body as the blank of who reported ("indique lundi _____", "selon _____", "the _____ said") or of
// the outlet that carried the words ("in an interview with _____"): not "_____ a annoncé la
// fermeture de son usine", where the body acts (the story).
const REPORTING_BODY_BLANK = new RegExp(
	[
		`_____${S}*[”"»’]?${S}*,?${S}+(?:said|says|told|stated|noted|${ANNOUNCED_LAST})(?![\\p{L}])`,
		`(?<![\\p{L}])${ACCORDING}${S}+(?:les?|la|l['’]|the)?${S}*(?:[\\p{L}’'-]+${S}+){0,3}?(?:(?:de|du|des|d['’]|of|from)${S}*)?_____`,
		`(?<![\\p{L}])(?:${spaced(SAYS_BEFORE_FR)})${SAYS_WHEN}${S}+(?:(?:le|la|les|l['’])${S}*)?_____`,
		// The outlet that carried the words: "in an interview with _____", "told _____", "rapportées
		// par l’agence _____", "cité par _____", "dans un entretien accordé à _____".
		`(?<![\\p{L}])(?:in${S}+an${S}+interview${S}+with|(?:told|speaking${S}+to|interviewed${S}+by|reported${S}+by|quoted${S}+by)(?:${S}+the)?|(?:rapporté|rapportée|rapportés|rapportées|cité|citée|cités|citées|relayé|relayée|relayés|relayées)${S}+par|(?:dans${S}+)?un${S}+entretien${S}+(?:accordé${S}+(?:à|au)|avec))${S}+(?:(?:l['’]|le|la|les)${S}*)?(?:(?:agence|journal|quotidien|chaîne|radio|newspaper|agency|broadcaster|daily)${S}+)?_____`
	].join('|'),
	'iu'
);
// "…,” she told the paper", "avance-t-il", "said he": words quoted from someone the stem names by a pronoun only.
const PRONOUN_SPEAKER = new RegExp(
	`(?:[”"»’],?${S}+(?:she|he|they)${S}+(?:${spaced(SAYS_AFTER_EN)})|(?:said|says|added|explained)${S}+(?:she|he)|-t-(?:il|elle|ils|elles)|(?:dit|${SAYS_BEFORE_FR})-(?:il|elle|ils|elles))(?![\\p{L}])`,
	'iu'
);

// An event that is one common noun ("une attaque", "a walkout", "la majorité"): what anyone guesses.
const BARE_NOUN = /^(?:(?:a|an|the|un|une|le|la|les|des)[\s\u00a0]+|l['’])?\p{Ll}[\p{Ll}-]*$/u;

// The blank is a bound, not an amount: "more than _____", "jusqu’à _____", "plus de _____".
const BOUND_BLANK = new RegExp(`(?<![\\p{L}])(?:${BOUND_WORDS})[\\s\\u00a0]*_____`, 'iu');
// An end of a range of figures: "des peines allant de _____ avec sursis à huit ans", "between 3 and
// _____ metres", and the second of two ages, "âgés de 20 et _____" (raters kept none of 4 on dev and
// fresh41–43). ("Âgé de 45 ans, le prévenu a été condamné à _____": an age and another figure.)
const RANGE_NUMBER = '(?:\\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)(?![\\p{L}]))';
const RANGE_OPENING = '(?:allant[\\s\\u00a0]+de|ranging[\\s\\u00a0]+from|between|entre|varying[\\s\\u00a0]+from|variant[\\s\\u00a0]+de)';
const RANGE_BOUND_BLANK = new RegExp(
	`(?<![\\p{L}])(?:${RANGE_OPENING}(?:[\\s\\u00a0]*_____[^.;,_]{0,40}?[\\s\\u00a0](?:à|au|to|and|et)[\\s\\u00a0]+${RANGE_NUMBER}|[\\s\\u00a0]+${RANGE_NUMBER}[^.;,_]{0,40}?[\\s\\u00a0](?:à|au|to|and|et)[\\s\\u00a0]*_____)|(?:âgée?s?[\\s\\u00a0]+de|aged)[\\s\\u00a0]+(?:\\d+(?:[\\s\\u00a0]+ans)?[\\s\\u00a0]+(?:et|and|à|to)[\\s\\u00a0]*_____|_____(?:[\\s\\u00a0]+ans)?[\\s\\u00a0]+(?:et|and|à|to)[\\s\\u00a0]+\\d))`,
	'iu'
);
const NUMERIC_FACTS = new Set<FactType>(['quantity', 'money', 'percent', 'duration']);
// A date that bounds a span: "from _____ until…", "jusqu’au _____", "entre mi-_____ et mai",
// "du _____ au 31 mars", "_____ to November 2": raters kept none of 9 on dev and fresh14–18. The
// other end is a date ("to 11 counts", "et 6,4 % en 2023" pair figures, not days), and "du _____"
// alone is a date's complement ("la séance du _____").
const MONTH_WORD = `(?:${MONTH_ALT})(?![\\p{L}])`;
const OTHER_END = `(?:(?:le${S}+)?\\d{1,2}(?:er)?${S}+${MONTH_WORD}|(?:mid-|mi-)?${MONTH_WORD}|\\d{4}(?![\\d,.])|(?:fin|début|late|early)${S}+(?:${MONTH_WORD}|\\d{4}))`;
const DATE_BOUND_BLANK = new RegExp(
	`(?<![\\p{L}])(?:[Ee]ntre|[Bb]etween|[Jj]usqu['’]au|[Jj]usqu['’]à|[Uu]ntil|[Tt]ill)${S}+(?:le${S}+|la${S}+|l['’]|mi-|mid-)?_____|(?<![\\p{L}])[Ff]rom${S}+_____${S}+(?:to|until|through)${S}|(?<![\\p{L}])[Dd]u${S}+_____${S}+au${S}|_____${S}*(?:et|and|au|to|until|-|–)${S}+${OTHER_END}|(?<![\\p{L}])(?:[Dd]u|[Ff]rom|[Bb]etween|[Ee]ntre)${S}+[^_.;]{1,30}?${S}+(?:au|to|until|et|and|-|–)${S}+(?:le${S}+)?_____`,
	'u'
);
// A short run of words holding a share or an amount ("115%", "7.6 per cent", "$6.9 million"), within
// a clause ("from 10 Downing Street in _____" is no comparison).
const FIGURE_WORDS = `(?:[^_.;]|\\.(?=\\d)){0,20}?\\d[\\d.,\\s\\u00a0\\u202f]*(?:%|per${S}*cent|pour${S}*cent|${S}*(?:millions?|milliards?|billions?|bn))(?:[^_.;]|\\.(?=\\d)){0,20}?`;
/**
 * The blank is what a figure is compared with, not the figure: "compared to the _____ of 2020",
 * "up from 7.6 % in _____", "from 115 % during the _____", "up from _____ in 2022", "contre 3 % en
 * _____", "contre _____ l’an dernier" (a figure's own base after it: FIGURE_BASE_BLANK). The base is a figure or a period before the story's
 * (raters struck the three fresh23 asked, "trivial comparison period").
 */
const COMPARISON_BASE_BLANK = new RegExp(
	[
		`(?<![\\p{L}])(?:par${S}+rapport${S}+(?:à|au|aux)|comparée?s?${S}+(?:à|au|aux)|compared${S}+(?:to|with)|versus|vs\\.?)${S}+(?:(?:the|la|le|les|l['’])${S}*)?_____`,
		`(?<![\\p{L}])from${S}+${FIGURE_WORDS}${S}+(?:in|during)${S}+(?:the${S}+)?_____`,
		`(?<![\\p{L}])(?:up|down)${S}+from${S}+_____`,
		`(?<![\\p{L}])contre${S}+${FIGURE_WORDS}${S}+(?:en|au)${S}+_____`,
		`(?<![\\p{L}])contre${S}+_____${S}+(?:en${S}+\\d|au${S}+(?:premier|deuxième|second|troisième|quatrième|même)|l['’]an|un${S}+an|l['’]année|le${S}+mois|lors)`
	].join('|'),
	'iu'
);

/**
 * A figure's base after the new figure: "decreased to 103 % … from _____ during the fourth quarter",
 * "after a decrease of _____ in Q1", "après _____ en juin". Figures only: "resigned after _____ in
 * office", "après _____ au pouvoir" are lengths of time.
 */
const FIGURE_BASE_BLANK = new RegExp(
	[
		`(?<![\\p{L}])from${S}+_____${S}+(?:in|during|at|a${S}+year|last|the${S}+(?:previous|prior|same))(?![\\p{L}])`,
		`(?<![\\p{L}])after${S}+(?:(?:a|an)${S}+(?:[\\p{L}-]+${S}+)?(?:decrease|increase|decline|rise|fall|drop|contraction|growth|gain|loss)${S}+of${S}+)?_____${S}+(?:in|during|the${S}+(?:previous|prior)|a${S}+year|last)(?![\\p{L}])`,
		`(?<![\\p{L}])après${S}+(?:(?:une?)${S}+(?:[\\p{L}-]+${S}+)?(?:baisse|hausse|progression|croissance|contraction|recul|repli|chute|augmentation|diminution)${S}+de${S}+)?_____${S}+(?:en|au|l['’]an|l['’]année|le${S}+mois|un${S}+an)(?![\\p{L}])`
	].join('|'),
	'iu'
);

// ("21h00", "9 h", "10:30 a.m.")
const TIME_OF_DAY = /\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?h\b|\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b/iu;

// A year that opens a span to now ("depuis 2011", "since 2019"): the figure is today's.
const SPAN_OPENING = /(?:depuis|since|from|dès|between|entre)[\s\u00a0]+(?:(?:le|la|l['’]|the|début|fin|early|late|mid-?)[\s\u00a0]*)*$/iu;
// The base a figure is compared with ("up 8 % on last year", "par rapport à l’an dernier"): the figure is this year's.
const COMPARED_BASE = /(?<![\p{L}])(?:par[\s\u00a0]+rapport[\s\u00a0]+à|comparé[\s\u00a0]+à|compared[\s\u00a0]+(?:with|to)|than|on|over|versus|vs\.?|contre|sur)[\s\u00a0]+(?:(?:la|le|l['’]|the|same[\s\u00a0]+period|même[\s\u00a0]+période)[\s\u00a0]*)*$/iu;
// The year before the one reported, in words ("l’an dernier", "last year", "a year earlier").
const YEAR_BEFORE = /(?<![\p{L}])(?:l['’]an[\s\u00a0]+(?:dernier|passé)|l['’]année[\s\u00a0]+(?:dernière|passée|précédente)|un[\s\u00a0]+an[\s\u00a0]+(?:plus[\s\u00a0]+tôt|auparavant)|last[\s\u00a0]+year|the[\s\u00a0]+(?:previous|prior)[\s\u00a0]+year|the[\s\u00a0]+year[\s\u00a0]+before|a[\s\u00a0]+year[\s\u00a0]+(?:earlier|before|ago))(?![\p{L}])/giu;
// What ends a clause: a semicolon or a colon, a comma that is no decimal or thousands mark.
const CLAUSE_END = /[;:]|,(?!\d)/u;

/**
 * The year a dated article reports on: the latest year it names up to its publication's ("the
 * 2020 budget", published in January 2021, reports on 2020), else the publication's. An undated
 * article reports on the latest year its headline, standfirst and lede name ("Malaysia’s economy
 * grew 5.6 % in the first quarter of 2023"), but a year something is due by ("d’ici 2030", "by
 * 2030"): its body's latest year may be a forecast's. NaN when they name none.
 */
export function reportedYear(sentences: readonly Pick<Sentence, 'text' | 'paragraph'>[], published: string | null | undefined): number {
	const year = Number(/^(\d{4})/.exec(published ?? '')?.[1] ?? NaN);
	if (Number.isFinite(year)) return latestYearNamed(sentences, year) || year;
	let latest = NaN;
	for (const s of sentences) {
		if (s.paragraph > 2) continue;
		for (const m of s.text.matchAll(YEAR_IN_LEDE)) if (!DUE_BY.test(s.text.slice(Math.max(0, (m.index ?? 0) - 48), m.index)) && !(+m[1] <= latest)) latest = +m[1];
	}
	return latest;
}

const YEAR_IN_LEDE = /(?<![\p{L}\p{N}.,\/-])((?:19|20)\d\d)(?![\p{L}\p{N}\/-]|[.,]\d)/gu;
// "d’ici 2030", "by 2030", "until the end of 2030", "horizon 2030", "jusqu’en 2030", "its budget
// for 2026", "the IMF expects growth of 5 % in 2026": a year things are due by, planned or forecast for.
const DUE_BY = /(?<![\p{L}])(?:by|until|till|through|d['’]ici|jusqu['’](?:en|à)|horizon|à[\s\u00a0]+l['’]horizon|avant|before|for|pour)[\s\u00a0]+(?:(?:the[\s\u00a0]+end[\s\u00a0]+of|la[\s\u00a0]+fin[\s\u00a0]+de|fin|la|l['’]|l['’]année|l['’]exercice|the[\s\u00a0]+(?:year|fiscal[\s\u00a0]+year))[\s\u00a0]*)?$|(?<![\p{L}])(?:expects?|expected|forecasts?|projects?|projected|predicts?|anticipates?|prévoit|prévoient|prévue?s?|table[\s\u00a0]+sur|attend|attendue?s?|budget|objectif|target|goal|plan)(?![\p{L}])[^.;:]{0,40}$/iu;

/** The month six months before a publication date ("2017-01-12" → "2016-07"), or undefined. */
export function sixMonthsBefore(published: string | null | undefined): string | undefined {
	const m = /^(\d{4})-(\d{2})/.exec(published ?? '');
	if (!m) return undefined;
	const months = Number(m[1]) * 12 + Number(m[2]) - 1 - 6;
	return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/**
 * A figure about a year before the article's ("Le groupe a vendu 40 000 voitures en 2019" in a
 * 2021 article, "les ventes ont baissé de 12 % l’an dernier"): the nearest date of the sentence in
 * the figure's own clause, or in a short clause opening the sentence ("En 2019, …"), with no other
 * figure between them, is of a year before the article's. A date that opens a span to now ("depuis
 * 2011") or that the figure is compared with ("up 8 % on last year") is no such year; nor is a
 * year in another clause ("Fondée en 1998, la société emploie 4 000 personnes") or an age; nor a
 * month of the last six before the publication (`recent`, from sixMonthsBefore). Words that say
 * the year before ("l’année dernière, …", "a year earlier, …") count in the same clause or one
 * opening it, dated or not, but a change measured from them ("up 5 % from a year ago").
 */
export function aboutEarlierYear(
	sentence: Pick<Sentence, 'start' | 'text'>,
	fact: Pick<Fact, 'type' | 'start' | 'end' | 'role'>,
	dates: readonly Pick<Fact, 'start' | 'end' | 'value'>[],
	referenceYear: number,
	recent?: string
): boolean {
	if (fact.type !== 'percent' && fact.type !== 'money' && fact.type !== 'quantity') return false;
	if (fact.role === 'age') return false;
	const text = sentence.text;
	const at = fact.start - sentence.start;
	const end = fact.end - sentence.start;
	// "En 2019, …", "Le 3 mars 2019, …": a date alone opening the sentence ("Fondée en 1998, …" is a clause of its own).
	const opening = text.search(CLAUSE_END);
	const openingClause = (d: { a: number; b: number }) =>
		opening > 0 && d.b <= opening && contentWords(text.slice(0, d.a) + ' ' + text.slice(d.b, opening)).length === 0;
	// "L’année dernière, la fréquentation avait totalisé 210 000 festivaliers", "the year before, it
	// had sold 300": words that say the year before, even where no date is known.
	// (Most sentences name no year in words: a cheap test first, as this runs once per candidate.)
	for (const m of /year|l['’]an|un\san/iu.test(text) ? text.matchAll(YEAR_BEFORE) : []) {
		const a = m.index ?? 0;
		const b = a + m[0].length;
		if (a < end && b > at) continue;
		const between = a < at ? text.slice(b, at) : text.slice(end, a);
		// ("rose 5 % from a year ago", "depuis l’an dernier": what the change is measured from.)
		const lead = text.slice(Math.max(0, a - 30), a);
		if (COMPARED_BASE.test(lead) || SPAN_OPENING.test(lead) || /\d/u.test(between)) continue;
		if (!CLAUSE_END.test(between) || openingClause({ a, b })) return true;
		// "…; a year earlier, they had fallen 2 %": the words open the figure's clause.
		if (a < at && /(?:^|[;:,])[\s\u00a0]*(?:(?:and|but|et|mais)[\s\u00a0]+)?$/iu.test(text.slice(0, a)) && /^[\s\u00a0]*,/u.test(between) && !CLAUSE_END.test(between.replace(/^[\s\u00a0]*,/u, ''))) return true;
	}
	if (!Number.isFinite(referenceYear)) return false;
	let nearest: { year: number; distance: number } | null = null;
	for (const d of dates) {
		const a = d.start - sentence.start;
		const b = d.end - sentence.start;
		if (a < 0 || b > text.length || (a < end && b > at)) continue;
		const between = a < at ? text.slice(b, at) : text.slice(end, a);
		const sameClause = !CLAUSE_END.test(between);
		if (!sameClause && !openingClause({ a, b })) continue;
		if (/\d/u.test(between)) continue;
		const before = text.slice(Math.max(0, a - 30), a);
		if (SPAN_OPENING.test(before) || COMPARED_BASE.test(before)) continue;
		const years = (d.value.match(/\d{4}/gu) ?? []).map(Number);
		if (!years.length) continue;
		// "En décembre" in a January article is the news, not a year before.
		if (recent && /^\d{4}-\d{2}/u.test(d.value) && d.value.slice(0, 7) >= recent) continue;
		const distance = a < at ? at - b : a - end;
		if (!nearest || distance < nearest.distance) nearest = { year: Math.max(...years), distance };
	}
	return !!nearest && nearest.year < referenceYear;
}

/** A year in the stem one away from the answer's ("500 cases in 2024, four times more than in _____"). */
function neighbourYear(stem: string, answerValue: string): boolean {
	if (!/^\d{4}$/.test(answerValue)) return false;
	const y = Number(answerValue);
	return [...stem.matchAll(/\b(\d{4})\b/gu)].some((m) => Math.abs(Number(m[1]) - y) === 1);
}

/** Another number beside the blank, in a list or a range ("10 wickets, _____, an innings…", "between _____ and 16 million"). */
function listNeighbour(stem: string): boolean {
	return (
		/\d[\p{L}\s%.]{0,20}(?:,|\bet|\band|\bou|\bor|\bà|\bto|-)\s*(?:an?\s|une?\s|the\s)?(?:\p{L}+\s)?_____/u.test(stem) ||
		/_____\s*(?:,|\bet\b|\band\b|\bou\b|\bor\b|\bà\b|\bto\b|-)\s*(?:an?\s|une?\s|the\s)?(?:\p{L}+\s)?\d/u.test(stem)
	);
}

export interface ConfidenceInput extends Pick<Candidate, 'question' | 'fact' | 'copiesSentence' | 'topic' | 'earlierYear'> {}

// The article's words once per article: how often a name comes back says whether its bearer is one
// of the story's actors or a figure met once (a spokesperson, a band member quoted in passing).
const wordsCache = new WeakMap<readonly Sentence[], string>();
function articleWords(sentences: readonly Sentence[]): string {
	let w = wordsCache.get(sentences);
	if (w === undefined) {
		w = ` ${sentences.map((s) => normalizeText(s.text)).join(' ')} `;
		wordsCache.set(sentences, w);
	}
	return w;
}

/** The person a question asks about or answers with: the speaker, the person named, the holder of a role. */
function personOf(c: ConfidenceInput): string | null {
	const f = c.fact;
	// A quote's value is its speaker's full name.
	if (f.type === 'person' || f.type === 'quote') return f.value;
	if (f.type === 'role') return f.person ?? null;
	return null;
}

/** Named once in the article (by surname: "Kevin Barlow … Barlow said" is twice). */
export function namedOnce(name: string, sentences: readonly Sentence[]): boolean {
	const surname = normalizeText(name).split(' ').filter((w) => w.length >= 3).pop();
	if (!surname) return false;
	const text = articleWords(sentences);
	const first = text.indexOf(` ${surname} `);
	return first >= 0 && text.indexOf(` ${surname} `, first + 1) < 0;
}

// Words a name shares with many others, which say nothing of which one it is ("Kolombangara Island"
// beside "the Solomon Islands", "Department" beside "department"): the organisation heads
// (gazetteer.ts) and the words of places and of titles below.
const GENERIC_NAME_WORDS = new Set(
	'island islands ile iles river riviere lake lac mount mont street road avenue rue saint sainte santa north south east west nord sud est ouest new nouveau nouvelle grand grande great royal national nationale state states etats unis republic republique federal federale general generale city ville county province'.split(' ')
);
const genericNameWord = (w: string) => GENERIC_NAME_WORDS.has(w) || isOrgHead(w[0].toUpperCase() + w.slice(1));

/**
 * Whether the stem names what its blank asks: a word of the answer's name, or a form of it, outside
 * the blank ("Ferruaspis brocksi, or Brock’s iron shield fish, … honoring _____" → Jochen Brocks;
 * "the _____ (IISc)" → Indian Institute of Science; "La Foire de Saint-Ours d’Aoste … en _____" →
 * Vallée d’Aoste). Raters kept none of 13 such questions on dev and fresh23 ("given away by prompt").
 * Names only: a figure or a date shares its unit or month with its sentence without giving it.
 */
export function answerEcho(stem: string, answer: string): boolean {
	if (!stem.includes('_____') || /\d/.test(answer)) return false;
	const names = answer.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu) ?? [];
	const answerWords = names.flatMap((n) => normalizeText(n).split(' ')).filter((w) => w.length >= 4 && !genericNameWord(w));
	const rest = stem.replace('_____', ' ');
	// "Brock’s" is a form of Brocks, as "brocksi" is; "Roshan" is not one of "Roshana".
	const stemWords = normalizeText(rest.replace(/(?<=\p{L})['’]s(?![\p{L}])/gu, 's')).split(' ');
	if (answerWords.some((a) => stemWords.some((w) => w.startsWith(a) && w.length - a.length <= 2))) return true;
	// "_____ (IISc)": the acronym of the name asked, beside it.
	const initials = names.map((n) => n[0]).join('');
	return initials.length >= 2 && [...rest.matchAll(/\((\p{Lu}[\p{L}&.]{1,9})\)/gu)].some((m) => m[1].replace(/[^\p{Lu}]/gu, '') === initials);
}

// "_____’s most remote provinces", "_____'s parliament", "the _____-based group".
const PLACE_OWNER = /_____(?:['’]s(?![\p{L}])|-based(?![\p{L}]))/u;
// "_____ (Crawl)", "à _____ (Tarn)": a bracket opening on a word right after the blank (not a party's
// label, "(LFI)", "(R-Texas)").
const BRACKET_AFTER_BLANK = /_____[\s\u00a0]*\([\s\u00a0]*\p{Lu}\p{Ll}/u;

// A figure of the stem: digits, grouped or decimal ("8.1%", "1 270", "4,5"), not a year.
const STEM_FIGURE = /(?<![\p{L}\p{N}.,])\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?![\p{N}])/gu;
// Times of day and numeric dates, no figures of the sentence: "9:30", "9 a.m.", "16h15", "9 h 30", "12/03/2024".
const TIME_OR_DATE = /(?<![\p{L}\p{N}])(?:\d{1,2}(?::\d{2})?[\s\u00a0]?[ap]\.?m\.?|\d{1,2}:\d{2}|\d{1,2}[\s\u00a0]?h(?:[\s\u00a0]?\d{2})?(?![\p{L}])|\d{1,2}\/\d{1,2}\/\d{2,4})/giu;
// The publication day a stem may carry after it: "(article publié le vendredi 1er mai 2024)".
const PUBLISHED_NOTE = /\((?:article publié le|article published on)[^()]*\)/gu;
const YEAR_ALONE = /^(?:1[89]|20)\d\d$/u;

/** How many figures (years aside) the stem holds with the blank's: "grew 8.1% in construction, 5.7% in industry, _____ in services…" holds six. */
export function stemFigures(stem: string): number {
	return [...stem.replace(PUBLISHED_NOTE, ' ').replace(TIME_OR_DATE, ' ').replace('_____', ' 0 ').matchAll(STEM_FIGURE)].filter((m) => !YEAR_ALONE.test(m[0])).length;
}

/** What the model reads of one question: feature name → value (absent = 0). */
export function confidenceFeatures(c: ConfidenceInput, article: Pick<Article, 'title' | 'sentences'>): Record<string, number> {
	const q = c.question;
	const x: Record<string, number> = { bias: 1, [`kind:${kindOf(c)}`]: 1, [`fact:${c.fact.type}`]: 1 };
	x.factConfidence = (c.fact.confidence ?? 0.8) - 0.8;
	if (c.fact.inferred) x.inferred = 1;
	x.longPrompt = Math.max(0, words(q.prompt) - 25) / 10;
	const typed = q.type === 'cloze' || q.type === 'short';
	// "Institut national de défense civile (Indeci)": the student may type the acronym alone.
	const typedWords = typed && /\(\p{Lu}[\p{L}\p{N}&.-]{1,9}\)$/u.test(q.answer.trim()) ? 1 : words(q.answer);
	x[typed ? 'longAnswerTyped' : 'longAnswerChoice'] = Math.max(0, typedWords - 3) / 3;
	if (answerInTitle(q, article, c.fact.type, c.fact.person)) x.answerInTitle = 1;
	if (/^\p{Lu}[\p{L}’'-]+$/u.test(q.answer.trim())) x.oneCapitalisedWord = 1;
	if (/\d/.test(q.answer)) x.digit = 1;
	if (q.prompt.includes('…')) x.cut = 1;
	if (c.topic) x.topic = 1;
	if (c.earlierYear) x.earlierYear = 1;
	const stem = stemOf(q.prompt);
	if (q.type !== 'whosaid' && (PRONOUN_OPENING.test(stem) || demonymOpening(stem))) x.pronounOpening = 1;
	if (shortOpeningBlank(stem)) x.shortOpeningBlank = 1;
	// Someone speaking without quotation marks: in the first person, the speaker is in another
	// sentence; in the second, an interviewer asks or the page talks to its reader.
	const unquoted = unquotedBlankSentence(stem);
	if (unquoted !== null && unattributedSpeech(unquoted)) x.unattributedSpeech = 1;
	if (unquoted !== null && SECOND_PERSON.test(unquoted)) x.secondPerson = 1;
	if (q.type !== 'whosaid' && PRONOUN_SPEAKER.test(stem)) x.pronounSpeaker = 1;
	if (c.fact.type === 'quantity' && Number(q.answerValue) <= 3) x.smallCount = 1;
	// "in the 11th minute", "dès la 11e minute": the time on a match's clock is a time of day too.
	if (TIME_OF_DAY.test(q.answer) || (c.fact.type === 'ordinal' && /^minutes?$/iu.test(c.fact.unit ?? ''))) x.timeOfDay = 1;
	// (A sum or a share "sur _____" is the figure itself: "le plan porte sur _____ d'euros".)
	if ((c.fact.type === 'quantity' || c.fact.type === 'duration' || c.fact.type === 'ordinal') && TOTAL_BLANK.test(stem)) x.totalBlank = 1;
	if ((NUMERIC_FACTS.has(c.fact.type) && (BOUND_BLANK.test(stem) || RANGE_BOUND_BLANK.test(stem))) || (c.fact.type === 'date' && DATE_BOUND_BLANK.test(stem))) x.boundBlank = 1;
	if (c.fact.type === 'place' && OPENING_SETTING.test(stem)) x.openingSetting = 1;
	if (c.fact.type === 'place' && WORLD_REGION.test(q.answer.trim())) x.worldRegion = 1;
	if (c.fact.type === 'quote' && q.type === 'short') x.typedSpeaker = 1;
	if (((c.fact.type === 'person' || c.fact.type === 'quote') && SPEAKER_BLANK.test(stem)) || (c.fact.type === 'organisation' && REPORTING_BODY_BLANK.test(stem))) x.speakerBlank = 1;
	if (c.fact.type === 'date' && article.sentences[c.fact.sentence] && reportedOn(article.sentences[c.fact.sentence], c.fact)) x.reportedOn = 1;
	// A day the text names by its weekday or as "hier", worked out from the publication date.
	if (relativeDay(c.fact)) x.relativeDay = 1;
	if (c.fact.type === 'event' && BARE_NOUN.test(q.answer.trim())) x.bareNoun = 1;
	if (c.fact.role === 'age' && !AGE_KEPT.test(article.sentences[c.fact.sentence]?.text ?? '')) x.personAge = 1;
	if (neighbourYear(stem, q.answerValue)) x.neighbourYear = 1;
	if (c.fact.type === 'place' && PLACE_OWNER.test(stem)) x.placeOwner = 1;
	if ((c.fact.type === 'person' || c.fact.type === 'place') && BRACKET_AFTER_BLANK.test(stem)) x.bracketAfter = 1;
	// A figure among many of one sentence: a breakdown's line, not the story's figure.
	if (stem.includes('_____') && /\d/u.test(q.answer) && stemFigures(stem) >= 5) x.crowdedFigures = 1;
	if (stem.includes('_____') && listNeighbour(stem)) x.listNeighbour = 1;
	// The headline, the standfirst and the first paragraph say what the article is about; a bulleted
	// summary under the headline says it again, and is read as list markup.
	const sentence = article.sentences[c.fact.sentence];
	if ((sentence?.paragraph ?? 9) <= 2 && !sentence?.listItem) x.lede = 1;
	// A date below the first paragraph (or in a bulleted line) is a detail of the telling far more than any other fact.
	else if (c.fact.type === 'date' && q.type !== 'order' && sentence) x.bodyDate = 1;
	// A bulleted line ("* Le Prix du jury remis à…") is a list item, not a sentence to complete.
	if (sentence?.listItem) x.listItem = 1;
	// Who said a remark, or what post holds, someone the article names once: a detail, not the story.
	const person = personOf(c);
	if (person && namedOnce(person, article.sentences)) {
		x.namedOnce = 1;
		// "Who said …?" of that figure: the question is the attribution alone.
		if (c.fact.type === 'quote') x.attributedOnce = 1;
	}
	if (c.fact.type === 'person' && (functionaryBlank(stem) || FUNCTIONARY_ROLE.test(c.fact.role ?? ''))) x.functionaryName = 1;
	if (c.fact.type === 'event' && c.fact.relation === 'purpose') x.purposeBlank = 1;
	if (c.fact.type === 'quantity' && c.fact.role !== 'age' && sumOfParts(stem, q.answerValue)) x.sumOfParts = 1;
	if (sentence && (c.fact.type === 'ordinal' || c.fact.type === 'percent')) {
		const after = sentence.text.slice(c.fact.end - sentence.start, c.fact.end - sentence.start + 40);
		if (c.fact.type === 'ordinal' && (EDITION_NOUN.test(after) || EDITION_NOUN.test(c.fact.text.replace(/^\S+/u, '')))) x.editionNumber = 1;
		const lead = sentence.text.slice(Math.max(0, c.fact.start - sentence.start - 30), c.fact.start - sentence.start);
		if (c.fact.type === 'percent' && (COUNTED_AFTER.test(after) || (COUNTED_BEFORE.test(lead) && COUNTED_THING.test(after)))) x.countedShare = 1;
	}
	if (c.fact.type !== 'date' && answerEcho(stem, q.answer)) x.answerEcho = 1;
	// "Après une première révision en juin, … une _____ du budget" → deuxième révision, "on the 59th and
	// _____ of the session" → 60th day: the ordinal just before the answer's gives it away.
	if (c.fact.type === 'ordinal' && stem.includes('_____') && Number(q.answerValue) >= 2 && predecessorBefore(stem, q.answer, Number(q.answerValue))) x.answerEcho = 1;
	// "Il retrouvera son public en _____ du 17 juillet au 8 août" → été 2021: a month of the season asked.
	if (c.fact.type === 'date' && stem.includes('_____') && seasonMonthIn(stem.replace('_____', ' '), c.fact.value)) x.answerEcho = 1;
	// "True or false: The injured party could have defended himself.", "La victime a porté plainte.":
	// a statement of eight words or fewer says too little to tell whom or what it is about.
	if (q.type === 'truefalse' && countWords(stem) <= 8) x.shortStatement = 1;
	if (c.fact.type !== 'person' && c.fact.type !== 'place' && c.fact.type !== 'organisation' && COMPARISON_BASE_BLANK.test(stem)) x.comparisonBase = 1;
	if ((c.fact.type === 'percent' || c.fact.type === 'money' || c.fact.type === 'quantity') && FIGURE_BASE_BLANK.test(stem)) x.comparisonBase = 1;
	// The later in the article, the more a fact is background.
	if (sentence && article.sentences.length > 1) x.position = c.fact.sentence / (article.sentences.length - 1);
	return x;
}

/**
 * Features that order a question after the others without leaving it out: a date from the body, a
 * day worked out from the publication date, a short true/false statement, the name of the judge or
 * the spokesperson, an edition's number, a count the stem gives in parts, "Who is X?" and "Who said…?"
 * with the name to type are weak questions, not
 * broken ones, and the corpus's gold facts ask some (the floor would drop a fifth of the fixtures'
 * dates). They lower the confidence down to the floor, not below it. So do a year one off the
 * stem's, the base of a comparison and the whole a count is out of (none of 28 kept on dev and
 * fresh34–40; leaving them out of the set cost dev three gold facts).
 */
const ORDER_ONLY = new Set(['typedSpeaker', 'bodyDate', 'relativeDay', 'shortStatement', 'functionaryName', 'editionNumber', 'sumOfParts', 'kind:role', 'neighbourYear', 'comparisonBase', 'totalBlank']);

/**
 * Features whose questions raters have never kept, so they have no weight: a first-person sentence
 * whose speaker is in another one ("We’ve easily played that song _____ times"; none of 5 on dev and
 * fresh15, "unattributed quote", then none of 9 on dev and fresh34 in the thirty-fourth session), one
 * in the second person (an interviewer's question, the page talking to its reader: none of 5 on dev,
 * fresh34 and fresh35, thirty-fifth session) and
 * what an action was for ("afin de _____", "in order to _____"; none of 14 on dev and fresh14–19,
 * "vague", "guessable without the article", then none of 5). Such a question's confidence is 0: below
 * the floor, it leaves the set (it stays where every question is asked for, minConfidence 0). Leaving
 * them out of dev's and fresh34's first twelve cost dev two gold facts (285 → 283).
 */
export const LEAVE_OUT: ReadonlySet<string> = new Set(['unattributedSpeech', 'secondPerson', 'purposeBlank']);
/** Whether a question's features put it out of every set. */
export const leftOut = (features: Record<string, number>) => Object.keys(features).some((k) => LEAVE_OUT.has(k));

export function confidenceOf(c: ConfidenceInput, article: Pick<Article, 'title' | 'sentences'>, weights: Record<string, number> = WEIGHTS): number {
	let z = 0;
	let ordering = 0;
	const x = confidenceFeatures(c, article);
	if (leftOut(x)) return 0;
	for (const [k, v] of Object.entries(x)) {
		const w = (weights[k] ?? 0) * v;
		z += w;
		if (ORDER_ONLY.has(k)) ordering += w;
	}
	const p = 1 / (1 + Math.exp(-z));
	const floored = ordering ? Math.max(p, Math.min(1 / (1 + Math.exp(-(z - ordering))), CONFIDENCE_FLOOR)) : p;
	return Math.round(floored * 100) / 100;
}

// A question's answer by value and by words, normalised ("ONS", "the ONS").
function answerForms(q: Pick<Question, 'answer' | 'answerValue'>): string[] {
	return [...new Set([normalizeText(q.answerValue), normalizeText(q.answer)])].filter((a) => a.length > 0);
}

// One answer inside the other as whole words: a name, a phrase, or a year ("2021" in "11 octobre
// 2021"); a bare figure is no part of another ("5 %", folded to "5", is not held in "5 milliards").
function holds(long: string, short: string): boolean {
	return long === short || ((/\p{L}/u.test(short) || /^(?:19|20)\d\d$/.test(short)) && containsWords(long, short));
}

/** Confidence lost per question of the same sentence ranked above (and by a true/false item after one). */
const SENTENCE_REPEAT = 0.05;
const SENTENCE_REPEAT_TRUE_FALSE = 0.05;

/**
 * A second question drawn from a sentence already asked is a weaker one than its confidence says:
 * on dev and fresh23–27 raters accepted 35 % of the first questions of a sentence and 22 % of the
 * next ones (true/false items after another question of their sentence, 16 %), and the ones this
 * moves out of the first twelve had been accepted at 11 %. Each question loses SENTENCE_REPEAT per
 * more confident question of its sentence (a true/false item a little more), so the first twelve
 * cover more of the article. A question whose answer holds, or is held by, the answer of a more
 * confident one of its sentence ("1984", then "the 1984 Booker Prize"; "NSC", then "Who is Mike
 * Summers?" → "Chair of the NSC") repeats it and gives it away: raters had struck all 7 such
 * second questions they read on dev and fresh19–28; it goes to the floor, at the end of the set (dropping it
 * cost five gold facts on dev: a role and its organisation, a person and a phrase naming them). So
 * does a true/false item on the fact a more confident question of its sentence asks (the figure of
 * the blank, changed): raters accepted 14 % of the 133 such items the first twelve held on dev and
 * fresh23–30 ("repeat"), against 27 % of the other true/false items; the thirty-fourth session's
 * raters none of the 11 still in dev's and fresh34's first twelve, so they are left out of the set
 * (returned; dev loses one gold negation, asked only by such an item its raters had struck).
 * Mutates `confidence`, down to the floor the set was kept at, not below it.
 */
export function spreadOverSentences<Q extends Pick<Question, 'confidence' | 'type' | 'evidence' | 'answer' | 'answerValue'> & { factIds?: readonly string[] }>(questions: readonly Q[], floor: number): Q[] {
	const repeats: Q[] = [];
	const bySentence = new Map<number, typeof questions[number][]>();
	for (const q of questions) {
		if (q.confidence === undefined) continue;
		const list = bySentence.get(q.evidence.start);
		if (list) list.push(q);
		else bySentence.set(q.evidence.start, [q]);
	}
	for (const list of bySentence.values()) {
		if (list.length < 2) continue;
		// (Stable: equals keep the engine's order.)
		list.sort((a, b) => b.confidence! - a.confidence!);
		const asked: string[] = [];
		const factsAsked = new Set<string>();
		list.forEach((q, i) => {
			const answers = q.type === 'truefalse' ? [] : answerForms(q);
			const statedAgain = q.type === 'truefalse' && !!q.factIds?.some((id) => factsAsked.has(id));
			const repeat = answers.some((a) => asked.some((p) => holds(a, p) || holds(p, a))) || statedAgain;
			asked.push(...answers);
			for (const id of q.factIds ?? []) factsAsked.add(id);
			if (i === 0) return;
			if (statedAgain) repeats.push(q);
			const loss = repeat ? Infinity : SENTENCE_REPEAT * i + (q.type === 'truefalse' ? SENTENCE_REPEAT_TRUE_FALSE : 0);
			q.confidence = Math.max(Math.min(floor, q.confidence!), Math.round((q.confidence! - loss) * 100) / 100);
		});
	}
	return repeats;
}

/**
 * The same answer asked again from another sentence ("Grand Ole Opry" three times, "Preston" as
 * the speaker of three remarks, "Argentine" twice): of the 144 such questions the first twelve held
 * on dev and fresh34–36, raters accepted 18 (12 %, "repeat"), against 31 % of the others, and a
 * shift of -0.8 on the logit scale left 48 of them in the first twelve of dev and fresh41, of which
 * the forty-first session's raters kept 3 (6 %, against 45 % of the others). Each such question,
 * after the most confident one with its answer, goes to the floor the set was kept at, after the
 * others (ordering only: the gold facts ask the same person in two events). Who said a quote, chosen
 * among four, is left as it is (raters of earlier sessions kept the second speaker question as often as
 * the first; typed, it is ordered last anyway: typedSpeaker), and so
 * are true/false items (their answer is "true" or "false") and order questions (theirs is a
 * sequence). Mutates `confidence`.
 */
export function spreadOverAnswers<Q extends Pick<Question, 'confidence' | 'type' | 'evidence' | 'answer' | 'answerValue'>>(questions: readonly Q[], floor: number): void {
	const asked: { forms: string[]; sentence: number }[] = [];
	const byConfidence = questions
		.filter((q) => q.confidence !== undefined && q.type !== 'truefalse' && q.type !== 'whosaid' && q.type !== 'order')
		.sort((a, b) => b.confidence! - a.confidence!);
	for (const q of byConfidence) {
		const forms = answerForms(q);
		const sentence = q.evidence.start;
		if (asked.some((p) => p.sentence !== sentence && forms.some((a) => p.forms.some((f) => holds(a, f) || holds(f, a))))) q.confidence = Math.min(floor, q.confidence!);
		asked.push({ forms, sentence });
	}
}

/**
 * The order a set shows its questions in (the editor, then the quiz): the most confident first,
 * the engine's ranking (importance, variety) breaking ties. The evaluation reads the first twelve
 * in this order, as a teacher sees them. (Asking each fact once before any twice, and a sentence or
 * an answer already asked about later, put more gold facts in the first twelve — 45 → 55 % on dev
 * — but on a blind set two raters accepted 21 % of such twelve against 28 % for the engine before;
 * the same questions in the order of confidence read better. They judged each question alone, so
 * the cloze and the multiple choice of one good blank counted as two good questions: a set now
 * asks each answer of a sentence once (rank.ts), and a repeat no longer stands beside its twin.)
 */
export function teacherOrder<T extends Pick<Question, 'confidence'>>(questions: readonly T[]): T[] {
	return questions
		.map((q, rank) => ({ q, rank }))
		.sort((a, b) => (b.q.confidence ?? 0) - (a.q.confidence ?? 0) || a.rank - b.rank)
		.map(({ q }) => q);
}
