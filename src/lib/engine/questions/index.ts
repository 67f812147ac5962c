// Questions from facts, in the article's language: multiple choice, cloze, true/false, short
// answer, "who said", chronological order. Each fact yields a few candidates (a worded question
// when a grammatical template fits, a cloze of its sentence always); rank.ts keeps the best.
import { inOrder, normalizeText, wordsMadeFrom } from '../text/normalize';
import { balanceQuotes } from '../text/quote-marks';
import { CARDINAL_WORD, numberWordsPattern, parseNumber, roundCount } from '../text/numbers';
import { BOUND_WORDS, countWords, escapeRegExp, PENALTY_WHOLE_BEFORE, PREPOSITION_OPENING, S } from '../text/patterns';
import { CURRENCY_SYMBOL_ALT, CURRENCY_WORD_ALT, DURATION_UNIT_ALT, elides, HONORIFIC_ALT, IMPERSONAL_IL_AFTER, ROUGHLY, TELLING_EN, TELLING_FR_DONE, TELLING_FR_NOW, tenseNear, TIME_ZONES, WEEKDAY_ALT, WEEKDAYS } from '../text/lexicon';
import { aliasesOf, countryOfCity, isCapital, isNewsAgency, distractorsFor, isFamous, roundCountOptions, seededShuffle, type Option, type Range } from './distractors';
import { demonymCountry, isFirstName, isOrgHead, isPosition, isRoleWord, isTitle, lookupPlace } from '../extract/gazetteer';
import { hashString } from '../../seeded-random';
import { weekdayOf } from '../text/calendar';
import { countModifiers, datePrecisionOf, dateSpan, formatDate, formatFactValue, formatOrdinal, MONTH_ALT, MONTHS, parseIsoDate, SEASONS, spellable, spelledInText } from '../text/format';
import { rankCandidates, type Candidate } from './rank';
import { ACRONYM_SKIPPED } from '../extract/acronyms';
import { speakerLines } from '../extract/quotes';
import { QUANTITY_OPENERS, scaleAfter, SINGLE_COUNT } from '../extract/temporal/numeric';
import { aboutEarlierYear, namedOnce, reportedYear, sixMonthsBefore, spreadOverAnswers, spreadOverSentences, titleHolds } from './confidence';
import { gendersOf, type Gender } from './gender';
import {
	capitalize,
	clozePrefix,
	datePrompt,
	durationPrompt,
	howManyPrompt,
	orderPrompt,
	personEventPrompt,
	placePrompt,
	positionPrompt,
	quotePrompt,
	relationPrompt,
	rolePrompt,
	trueFalseLabels,
	trueFalsePrompt
} from './templates';
import type { AnyRange, Article, Evidence, Fact, FactType, Lang, Question, QuestionTrace, QuestionType, Sentence } from '../types';

export const BLANK = '_____';

// How often teachers kept a question on each kind of fact (1,589 questions read on real articles,
// 26 % kept: figures of money and shares 40–47 %, counts and durations 31 %, dates 19 %, places 20 %,
// roles 16 %, bodies' names 13 %; docs/engine-evaluation.md, eighth session).
const TYPE_WEIGHT: Record<FactType, number> = {
	date: 0.9,
	duration: 0.95,
	negation: 0.95,
	quote: 1.1,
	person: 0.85,
	place: 0.65,
	organisation: 0.6,
	event: 0.95,
	money: 1,
	percent: 0.95,
	// The position someone holds is what a reader is asked about people most often.
	role: 0.85,
	// "la troisième acquisition", "fourth defeat": the rank of an event is a fact worth retaining.
	ordinal: 0.9,
	quantity: 0.9
};

const BASE_DIFFICULTY: Record<QuestionType, number> = {
	truefalse: 0.2,
	mcq: 0.35,
	whosaid: 0.4,
	cloze: 0.55,
	order: 0.65,
	short: 0.7
};

const MAX_CLOZE_WORDS = 70;
const MAX_QUOTE_WORDS = 30;
// A phrase asked by a worded question is read as one of four options up to this length, and typed
// up to the shorter one ("a new species of dinosaur", not a clause to copy out).
const MAX_RELATION_ANSWER_WORDS = 10;
const MAX_TYPED_RELATION_WORDS = 7;
const DEMONSTRATIVE_START = /^(?:ce|cet|cette|ces|this|that|these|those)(?![\p{L}])/iu;
const MAX_EVENT_WORDS = 16;
// "Un décès a été rapporté.", "Un cas a été signalé Outre-mer.", "Le ministère public était de cet
// avis.": a short flipped statement about something indefinite, or that points back, cannot be told
// true or false without the article's context (raters kept none; "Une alerte au tsunami a été émise"
// names what it is about).
function vagueStatement(statement: string): boolean {
	const n = words(statement);
	return (n <= 6 && /^(?:un|une|a|an)(?![\p{L}])/iu.test(statement)) || (n <= 8 && /(?<![\p{L}])(?:ce|cet|cette|ces|this|that|these|those)[\s\u00a0]+\p{L}/iu.test(statement));
}
// A noun phrase with its determiner whose one list closes on "and"/"et" ("the cost of clothes, fuel and transport").
const CLOSED_LIST_PHRASE = /^(?:the|a|an|le|la|les|l['’]|un|une|des|du|de[\s\u00a0]+la)[\s\u00a0]+[^,]+,[^,]+(?:,[^,]+)?[\s\u00a0](?:and|et|or|ou)[\s\u00a0]+\S+(?:[\s\u00a0]+\S+)?$/iu;
/** Mentions of one value (the tenth "Russie") considered for questions. */
const MAX_MENTIONS_PER_VALUE = 4;
/** The first body paragraph restates the story's main facts (news are written top-down). */
const LEDE_BONUS = 0.35;
/** Score lost by a person named once, and by their role and their words. */
const MINOR_FIGURE = 0.2;

interface Ctx {
	article: Article;
	lang: Lang;
	facts: Fact[];
	articleDates: string[];
	people: string[];
	genders: Map<string, Gender>;
	/** The other names the article gives each person ("X dit Y"). */
	aliases: Map<string, Set<string>>;
	/** Reference date YYYY-MM-DD (publication date): later dates are planned events. */
	reference: string;
	/** The publication date as known (a day, a month or a year), for the note under relative dates. */
	published: string | null;
	scores: Map<string, number>;
	bySentence: Map<number, Fact[]>;
	/** `type|value` of the facts in the title and lead, and in the body. */
	headlineValues: Set<string>;
	bodyValues: Set<string>;
	/** The text in lower case with straight apostrophes curled, for phrase counts. */
	lowerText?: string;
	/** The words the text writes in lower case. */
	lowerWordSet?: Set<string>;
	/** The person the article names most (what "he"/"she" in a stem most often stands for); null when none. */
	mainPerson?: string | null;
	/** Each word of a place's or a body's name → the normalised names it is in. */
	nameWords?: Map<string, Set<string>>;
	/** Distractors per kind and value: a name met ten times gets the same options. */
	distractors: Map<string, Option[]>;
	/** Why a fact got no question, for the evaluation (absent in the app). */
	trace?: QuestionTrace;
	/** Facts per sentence: a dense sentence is usually a key one. */
	density: Map<number, number>;
	/** People with their folded surname and role, computed once per article. */
	persons: { f: Fact; surname: string; roleKey: string }[];
	/** `type|value` of every usable fact. */
	typeValues: Set<string>;
	/** The first paragraph after the title and lead. */
	ledeParagraph: number;
}

const words = countWords;


function surnameOf(name: string): string {
	const w = normalizeText(name).split(' ');
	return w[w.length - 1] ?? '';
}

/** The sentences covering the fact (a quote may run over several). */
function evidenceFor(article: Article, fact: Fact): Evidence {
	const own = article.sentences[fact.sentence];
	let start = own.start;
	let end = own.end;
	if (fact.start >= own.start && fact.end <= own.end) return { start, end, text: own.text };
	for (const s of article.sentences) {
		if (s.end > fact.start && s.start < fact.end) {
			start = Math.min(start, s.start);
			end = Math.max(end, s.end);
		}
	}
	return { start, end, text: article.text.slice(start, end) };
}

/** Runs of white space as one space, trimmed (the regex pass only when there is something to do). */
function collapseSpaces(s: string): string {
	return /[^\S ]| {2}|^ | $/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

// "But only 42 percent…", "Also, the band…", "Mais l'établissement…", "Car Jean Martin…": a
// sentence that answers the one before it reads on its own without its opening connective.
const CONNECTIVE_BARE = 'however|but|and|moreover|meanwhile|nevertheless|yet|mais|cependant|pourtant|toutefois|néanmoins|et|car|donc';
const CONNECTIVE_WITH_COMMA =
	"also|still|besides|furthermore|additionally|likewise|similarly|or|as a result|therefore|thus|in addition|instead|next|then|finally|in this context|in that context|in this regard|against this backdrop|par ailleurs|en outre|de plus|d['’]ailleurs|parallèlement|ainsi|alors|en revanche|ensuite|enfin|dans ce contexte|dans ce cadre|à cet égard|de surcroît|en plus|de même";
const CONNECTIVE = new RegExp(`^(?:(?:${CONNECTIVE_BARE})(?:[\\s\\u00a0]*,)?|(?:${CONNECTIVE_WITH_COMMA})[\\s\\u00a0]*,)[\\s\\u00a0]+(?=\\S)`, 'iu');
// The same words alone, as what opens a clause before its comma ("Par ailleurs, 300 passagers…").
const CONNECTIVE_ALONE = new RegExp(`^(?:${CONNECTIVE_BARE}|${CONNECTIVE_WITH_COMMA})$`, 'iu');
const CROSS_REFERENCE = /[\s\u00a0]*\((?:see|voir|lire|read|cf\.?)[\s\u00a0][^()]{1,40}\)/giu;
// "She said that the appeal was filed…", "Il a précisé que la salle…": the frame around a statement
// whose speaker is a pronoun says nothing the statement needs; the statement itself names its subject.
const REPORTING_FRAME =
	/^(?:(?:he|she|they)[\s\u00a0]+(?:said|says|added|noted|stated|explained|argued|claimed|confirmed|insisted|told[\s\u00a0]+(?:the[\s\u00a0]+)?(?:court|jury|tribunal|reporters|journalists))[\s\u00a0]+that[\s\u00a0]+|(?:il|elle|ils|elles)[\s\u00a0]+(?:a|ont)[\s\u00a0]+(?:ajouté|expliqué|précisé|indiqué|déclaré|affirmé|souligné|estimé|rappelé|assuré|confirmé)[\s\u00a0]+qu(?:e[\s\u00a0]+|['’]))(?=\S)/iu;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|his|her|its|their|il|elle|ils|elles|on|je|nous|vous|c['’]|ce|cela|ça|this|that|these|those)(?![\p{L}])/iu;

/** A sentence without its opening connective, or its pronoun speaker's "she said that", capitalised again. */
export function withoutConnective(raw: string): string {
	// "deCODE Genetics, which is owned by Amgen (see BioNews 686), completed…": a cross-reference to
	// another page is no part of the statement.
	const text = raw.replace(CROSS_REFERENCE, '');
	const m = CONNECTIVE.exec(text);
	const t = m && m[0].length < text.length ? capitalize(text.slice(m[0].length)) : text;
	const frame = REPORTING_FRAME.exec(t);
	if (!frame || PRONOUN_SUBJECT.test(t.slice(frame[0].length))) return t;
	return capitalize(t.slice(frame[0].length));
}

// "around _____ (50 miles)", "une amende de _____ (environ 300 euros)": the same measure in another
// unit or currency, in brackets after the blank, gives the answer away (raters: "computable from the
// prompt"); the stem goes on without it.
const CONVERSION_UNIT = String.raw`(?:(?:square|sq\.?|cubic|carrés?)[\s\u00a0]+)?(?:miles?|mi|kilom[eè]t(?:er|re)s?|km²?|feet|foot|ft|met(?:er|re)s?|mètres?|m|acres?|hectares?|ha|pounds?|lbs?|kilo(?:gram)?s?|kg|tons?|tonnes?|°[FC]|degrees(?:[\s\u00a0]+(?:Fahrenheit|Celsius))?|gallons?|lit(?:er|re)s?|inch(?:es)?|in|cm|mph|km/h|knots|yards?)`;
const CONVERSION_AFTER = new RegExp(
	String.raw`^[\s\u00a0]*\((?:(?:about|around|some|roughly|nearly|almost|approximately|more than|over|environ|près de|plus de|soit)[\s\u00a0]+)?(?:(?:${CURRENCY_SYMBOL_ALT})[\s\u00a0]?\d[\d,.\s\u00a0]*(?:million|billion|m|bn|k)?|\d[\d,.\s\u00a0]*(?:${CONVERSION_UNIT}|${CURRENCY_WORD_ALT}|(?:${CURRENCY_SYMBOL_ALT}))(?:[\s\u00a0]+(?:million|billion|millions|milliards))?)\)`,
	'iu'
);

/**
 * The sentence with the fact's span blanked, cut to the clauses around the blank when the
 * sentence is long. Null when the span is not inside the sentence.
 */
export function clozeOf(sentence: Sentence, span: { start: number; end: number }): string | null {
	if (span.start < sentence.start || span.end > sentence.end) return null;
	let a = span.start - sentence.start;
	let b = span.end - sentence.start;
	b += CONVERSION_AFTER.exec(sentence.text.slice(b))?.[0].length ?? 0;
	// "Zaha Hadid’s [Heydar Aliyev] Center": the editor's brackets go with the words they held.
	if (sentence.text[a - 1] === '[' && sentence.text[b] === ']') {
		a -= 1;
		b += 1;
	}
	const text = withoutConnective(sentence.text.slice(0, a) + BLANK + sentence.text.slice(b));
	if (words(text) <= MAX_CLOZE_WORDS) return balanceQuotes(collapseSpaces(text));
	// Clause boundaries: commas, semicolons, colons, and quote marks that open or close a clause (not
	// the marks around a word inside one: "about _____ of them had “very large” findings").
	const cuts = [0];
	const re = /[,;:]\s+|(?<=[,;:.!?]\s*)[«“]\s*|\s*[»”](?=\s*[,;:.!?]|\s*$)\s*/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) cuts.push(m.index + m[0].length);
	cuts.push(text.length);
	const blankAt = text.indexOf(BLANK);
	let i = cuts.findIndex((c, k) => c <= blankAt && (cuts[k + 1] ?? Infinity) > blankAt);
	let j = i + 1;
	const piece = () => text.slice(cuts[i], cuts[j]);
	while (words(piece()) < 12 && (i > 0 || j < cuts.length - 1)) {
		if (j < cuts.length - 1) j++;
		if (words(piece()) < 12 && i > 0) i--;
	}
	// "… _____, that destroyed a large home": a blank needs the words that lead to it.
	while (i > 0 && words(text.slice(cuts[i], blankAt)) < 4 && words(text.slice(cuts[i - 1], cuts[j])) <= MAX_CLOZE_WORDS + 8) i--;
	// "Home Minister Amit Shah, … said in _____ on Thursday": a short opening clause is the subject
	// the rest needs, so it stays in front of the cut.
	const opening = text.slice(0, cuts[1]).replace(/[,;:]\s*$/, '').trim();
	const keepOpening = i > 0 && !opening.includes(BLANK) && words(opening) <= 6 && !/[«“"]/.test(opening);
	if (keepOpening && i === 1) i = 0;
	let out = piece().replace(/\s+/g, ' ').trim().replace(/[,;:«“]\s*$/, '').trim();
	if (keepOpening && i > 1) out = `${collapseSpaces(opening)} … ${out}`;
	else if (cuts[i] > 0) out = `… ${out}`;
	if (cuts[j] < text.length) out = `${out} …`;
	return balanceQuotes(out);
}

// Signs that an "event" is a copied clause rather than a noun phrase: finite verbs, relative
// pronouns, a title, a capitalised determiner inside, a demonstrative, a dangling ending.
const FR_CLAUSE = /(?:^|\s)d['’](?:est|a|ont|était|ami|amie)(?=\s|$)|(?:^|\s)(?:s['’]est|s['’]était|s['’]sont|se|a|ont|est|sont|sera|seront|aura|avait|était|entrera|que|qu['’]|qui|dont|où|il|elle|ils|celle|celui|ceux|M\.|Mme)(?=\s|$)|\s(?:L['’]|Le|La|Les)\s?\p{L}|(?:^|\s)(?:de|du|des|d['’]|à|au|aux|la|le|les|l['’]|et|en|par|signé|signée|existant)$/u;
const EN_CLAUSE = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|said|says|that|which|who|whom|he|she|they|according|after|before|since|Mr\.|Mrs\.|Ms\.)(?=\s|$)|(?:^|\s)(?:of|to|in|on|at|by|the|a|an|and|for)$|^(?:for|after|before|since|during|in|on|at|by|with|from|to|of|as|because|when|while|if|following|including|according|despite|amid|under|over|through|throughout|without|within|among|against|toward|towards|via|per|last|this|next)\s|\s(?:\w+ed)\s(?:out|up|off|down)\b/u;
const FR_VERB_LED = /^\p{Ll}+(?:er|ir|re)\s+(?:le|la|les|l['’]|un|une|de\s+\d|\d)|^\p{Ll}+(?:é|ée|és|ées|i|ie|is|u|ue|us)\s+(?:à|au|aux|par|sur|dans|pour|avec|chez)\s|(?:^|\s)(?:doit|doivent|peut|peuvent|pourrait|pourraient|devrait|devraient|va|vont|représentait|représente|fait|font)(?=\s|$)/u;
const EN_VERB_LED = /^(?:\p{Ll}+ed|set|held|said|made|took|sent|began|won|lost|up|down)\s|(?:^|\s)(?:them|it|can|could|should|may|might|must)(?=\s|$)/u;
const FR_START = /^(?:pour|après|avant|depuis|pendant|dans|en|à|au|aux|par|avec|de|du|des|sur|sous|selon|quand|lorsque|si|car|mais|et|ou|suite|malgré|parmi|sans|vers|chez|lors|là|ici|dont|ce|cette|cet)\s/i;

// A template says "Quand a eu lieu <event> ?": the event must be headed by a noun of happening.
// Checking the head positively catches clauses the patterns above let through ("lancée depuis
// Cap Canaveral", "l'Agence … confirme l'arrivée"); a refused event falls back to a cloze.
// Determiners and the few adjectives that come before the head noun ("first review", "nouvelle visite").
const FR_DET = /^(?:(?:la|le|les|l['’]|un|une|des|du)\s?)?(?:(?:premier|première|deuxième|second|seconde|dernier|dernière|nouveau|nouvel|nouvelle|grande?|vaste|brève|courte|longue)\s)?/u;
const EN_DET = /^(?:(?:the|a|an)\s)?(?:(?:first|second|third|last|final|new|official|formal|brief|long|short|major|joint)\s)?/u;
// French adverbs by their ending ("officiellement", "récemment", "également") and a few more.
// (The ones named are adverbs whatever follows; an ending alone may be a noun's.)
const FR_NAMED_ADVERBS = 'conformément|précisément|notamment|seulement|justement|immédiatement|directement|également|finalement|actuellement|officiellement|récemment';
const FR_ADVERB = String.raw`\p{Ll}+(?:ellement|amment|emment|iquement|ivement|eusement|airement|ablement|alement)|${FR_NAMED_ADVERBS}`;
// An adverb, "là" or a finite verb inside a label: its complement runs into the clause.
const CLAUSE_INSIDE = new RegExp(String.raw`\s(?:${FR_ADVERB}|là|meurt|meurent|\p{Ll}*vient|\p{Ll}*viennent|(?:ob|sou|re|main|dé|con|ap|par)tient|part|partent|reste|restent)(?=\s|$)`, 'u');
// (An ending alone may be a noun's, "renouvellement du bail": before a complement it is one; the adverbs
// named are adverbs whatever follows, "également de la partie".)
const FR_ADVERB_OPENING = new RegExp(String.raw`^(?:(?:${FR_NAMED_ADVERBS}|aussi|déjà|toujours|désormais)\s|(?:${FR_ADVERB})\s(?!(?:de|du|des)\s|d['’]))`, 'u');
const FR_EVENT_HEAD =
	/^(?:\p{Ll}+(?:tion|sion|ment|ure|age|ance|ence|ite|ade|ise|té|ès|aite|ote|ort)|entrée|arrivée|rentrée|tournée|levée|percée|montée|poussée|durée|vote|crise|guerre|finale|match|sommet|refuge|envoi|annonce|accord|traité|mort|décès|vol|raid|plan|projet|rachat|achat|séisme|incendie|attentat|scrutin|tour|course|mission|fuite|victoire|défaite|réunion|visite|chute|hausse|baisse|naissance|début|fin|ouverture|fermeture|sortie|rencontre|élection|accusation|adoption|signature|cérémonie|opération|offensive|attaque|grève|manifestation|inondation|tempête|éruption|explosion|accident|arrestation|condamnation)s?$/u;
const EN_EVENT_HEAD =
	/^(?:\p{Ll}+(?:ing|tion|sion|ment|ure|ance|ence|ery|ship|age|al)|entry|deal|vote|war|crisis|final|match|summit|launch|attack|visit|election|treaty|agreement|plan|project|trial|strike|storm|flood|fire|race|mission|death|win|victory|defeat|release|arrival|departure|return|rescue|sale|purchase|merger|takeover|acquisition|announcement|ceremony|talks|meeting|opening|closing|collapse|crash|explosion|eruption|arrest|birth|start|end|beginning|review|debut|return)s?$/u;

function headedByEventNoun(e: string, lang: Lang): boolean {
	const rest = e.replace(lang === 'fr' ? FR_DET : EN_DET, '');
	const head = rest.split(/[\s,]/u)[0] ?? '';
	return (lang === 'fr' ? FR_EVENT_HEAD : EN_EVENT_HEAD).test(head);
}

/** A noun-phrase event usable in a template: short, not a clause, and not giving the answer away. */
const eventCache = new Map<string, string | null>();

export function usableEventText(event: string | undefined, lang: Lang): string | null {
	if (!event) return null;
	const key = `${lang}|${event}`;
	const hit = eventCache.get(key);
	if (hit !== undefined) return hit;
	const v = checkEvent(event, lang);
	if (eventCache.size > 5000) eventCache.clear();
	eventCache.set(key, v);
	return v;
}

function checkEvent(event: string, lang: Lang): string | null {
	const e = event.trim().replace(/\s+/g, ' ');
	if (!e || words(e) > MAX_EVENT_WORDS) return null;
	// A noun phrase starts with a lower-case noun or a determiner ("la signature", "signing of").
	if (/^\p{Lu}/u.test(e) && !/^(?:L['’]|Le|La|Les|The)\s?/u.test(e)) return null;
	if ((lang === 'fr' ? FR_CLAUSE : EN_CLAUSE).test(e)) return null;
	if (lang === 'fr' && FR_START.test(e)) return null;
	// "le renversement de Pierre meurt accidentellement", "la signature de là son premier lancement":
	// an adverb, "là" or a finite verb inside means the complement runs into the clause.
	// ("la démission de Pierre Maudet revient au gouvernement": any form of "venir" or "tenir", or a
	// French auxiliary, is the clause's verb; in English "a" is an article.)
	if (CLAUSE_INSIDE.test(e)) return null;
	if (lang === 'fr' && /\s(?:a|ont|est|sont|était|étaient|avait|avaient)(?=\s|$)/u.test(e)) return null;
	// "également lauréat du prix…", "conformément à l’annonce": an adverb opens an apposition or a
	// clause, not an event's name (FR_EVENT_HEAD takes a word in -ment for a noun; English heads exclude
	// adverbs already). ("renouvellement du bail", "signalement de la disparition": a noun in -ment
	// takes a complement.)
	if (lang === 'fr' && FR_ADVERB_OPENING.test(e)) return null;
	if (/\s{2,}|\s[,.;:]/.test(event)) return null;
	// "annonce de lundi l’acquisition de 85": a weekday or a dangling number means a cut-up clause.
	// A clause led by a verb ("réduire de 30 % les rejets", "décédée à Rennes", "set at the stadium").
	if ((lang === 'fr' ? FR_VERB_LED : EN_VERB_LED).test(e)) return null;
	if (!headedByEventNoun(e, lang)) return null;
	// "le début de Tout" ("Tout avait commencé…"), "the start of it": a pronoun names no event.
	// (Case kept: "la création d’Elle", "the closing of It" name a magazine and a film.)
	if (/(?:^|\s)(?:de|d['’]|of)\s*(?:[Tt]out|tous|rien|cela|ça|ceci|celui-ci|celle-ci|lui|elle|eux|everything|nothing|it|this|that|them)$/u.test(e)) return null;
	// "the averaging at 3.2% in the quarter", "rising to 5 %": a verb of change with its figure is a
	// clause ("the meeting at 10 Downing Street" is an event).
	if (lang === 'en' && /^(?:the\s+)?(?:averaging|rising|falling|standing|climbing|dropping|growing|increasing|decreasing|declining|reaching|totalling|totaling|amounting|hovering|sitting)\s+(?:at|to|by|from|around|about|near|over|under|above|below)\s+(?:[$€£]|\d)/u.test(e)) return null;
	// "recording its lowest level", "signing the deal": a participle and its object are a clause (the
	// event noun takes "of": "the signing of the deal").
	if (lang === 'en' && /^(?:[Tt]he\s+)?\p{Ll}{2,}ing\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\s/u.test(e)) return null;
	// "the adoption of through", "la signature de": a label cut after its preposition names nothing.
	if (/(?:^|\s)(?:of|to|by|for|with|through|from|in|on|at|de|du|des|à|au|aux|par|pour|avec|sur|en)$/iu.test(e)) return null;
	if (/\d$|(?:^|\s)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s|$)/i.test(e)) return null;
	// "la condamnation de 22 octobre à des peines…": a date inside is the clause's, cut up.
	if (/(?:^|\s)\d{1,2}(?:er)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s|$)/iu.test(e)) return null;
	// "l’ouverture d’ie procès du Pr": an abbreviated title at the end is a name cut off.
	if (/\s(?:Pr|Dr|Me|Mgr|Mr|Mme|M)\.?$/u.test(e)) return null;
	// "the publication of March": a month is no complement that names an event.
	if (/(?:^|\s)(?:of|de|d['’])\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s|$)/iu.test(e)) return null;
	// "the publication of a novella", "the visit of hospitals": an event the reader cannot tell
	// apart from others has an indefinite or bare plural complement.
	if (/(?:^|\s)(?:of|de|d['’])\s*(?:a|an|some|un|une|des|certains|plusieurs)\s/iu.test(e) || /(?:^|\s)of\s+\p{Ll}+s(?:\s|$)/u.test(e)) return null;
	return e;
}

function usableEvent(fact: Fact, giveaways: string[], lang: Lang): string | null {
	const e = usableEventText(fact.event, lang);
	if (!e) return null;
	const n = normalizeText(e);
	if (giveaways.some((g) => g && ` ${n} `.includes(` ${g} `))) return null;
	return e;
}

function difficulty(ctx: Ctx, type: QuestionType, fact: Fact, extra = 0): number {
	const n = Math.max(1, ctx.article.sentences.length - 1);
	let d = BASE_DIFFICULTY[type] + 0.15 * (fact.sentence / n) + extra;
	if (fact.inferred) d += 0.05;
	return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100;
}

function factScore(ctx: Ctx, fact: Fact): number {
	let v = ctx.scores.get(fact.id);
	if (v === undefined) {
		v = computeFactScore(ctx, fact);
		ctx.scores.set(fact.id, v);
	}
	return v;
}

const GENERIC_ROLE =
	/(?:^|\s)(?:worker|workers|resident|residents|member|members|official|officials|student|students|witness|survivor|fan|volunteer|habitant|habitante|membre|ouvrier|ouvriere|etudiant|etudiante|temoin|survivant|survivante|benevole|responsable)$/;

function computeFactScore(ctx: Ctx, fact: Fact): number {
	const sentence = ctx.article.sentences[fact.sentence];
	const n = Math.max(1, ctx.article.sentences.length - 1);
	let s = TYPE_WEIGHT[fact.type] ?? 0.5;
	const named = fact.type === 'place' || fact.type === 'person' || fact.type === 'organisation';
	const complement = !named || isComplement(ctx.article, fact);
	// Title and lead name the main facts; the body states them in full. So a value the title or
	// lead mentions is important wherever it is, and its body mention makes the better question.
	const key = `${fact.type}|${normalizeText(fact.value)}`;
	if (complement && ctx.headlineValues.has(key)) s += 0.25;
	if (sentence.paragraph <= 1 && ctx.bodyValues.has(key)) s -= 0.15;
	if (usableEventText(fact.event, ctx.lang)) s += 0.15;
	s += 0.04 * Math.min(5, ctx.density.get(fact.sentence) ?? 1);
	// Earlier is a little more important; a quiz still covers the whole article.
	s -= 0.1 * (fact.sentence / n);
	// The opening paragraph of the body (the lede) states the story's who, what, when and where.
	if (sentence.paragraph === ctx.ledeParagraph) s += LEDE_BONUS;
	s *= 0.6 + 0.4 * (fact.confidence ?? 0.8);
	if (!complement) s -= fact.type === 'place' ? 0.35 : 0.2;
	// "l'Institut … (USGS)": the acronym repeats the name just given.
	if (fact.type === 'organisation' && /^\p{Lu}{2,}$/u.test(fact.text) && /\(\s*$/.test(ctx.article.text.slice(Math.max(0, fact.start - 2), fact.start)))
		s -= 0.4;
	// "premières troupes": first is rarely the fact.
	if (fact.type === 'ordinal' && Number(fact.value) <= 1) s -= 0.3;
	// An event phrase the article keeps repeating ("accord de partenariat") is its topic, not a detail.
	// An event phrase wrapping another fact ("accord … de 20 ans") is asked better through that fact.
	if (fact.type === 'event' && (ctx.bySentence.get(fact.sentence) ?? []).some((g) => wrapsAsked(g) && g.start >= fact.start && g.end <= fact.end))
		s -= 0.2;
	// "le président iranien Massoud Pezechkian": the mention that says who the person is.
	if (fact.type === 'person' && fact.role && roleJustBefore(ctx.article, fact)) s += 0.1;
	// "the British worker Graham Fagg": a role any of many people hold says little about them.
	if (fact.type === 'role' && GENERIC_ROLE.test(normalizeText(fact.value))) s -= 0.3;
	// Someone the article names once is a minor figure: their role, their name or their words are a detail.
	const holder = fact.type === 'role' ? fact.person : fact.type === 'person' || fact.type === 'quote' ? fact.value : undefined;
	if (holder && !ctx.headlineValues.has(`person|${normalizeText(holder)}`) && namedOnce(holder, ctx.article.sentences)) s -= MINOR_FIGURE;
	// "les deux pays": a count any reader knows without the article.
	if (fact.type === 'quantity' && Number(fact.value) <= 2) s -= 0.3;
	// A negation said in a quotation is the speaker's claim: the article's own statements come first.
	if (fact.type === 'negation' && inQuote(ctx.article.text, sentence.start, fact.start)) s -= 0.3;
	// A few words quoted inside reported speech are a phrase, not a statement to attribute.
	if (fact.type === 'quote' && fact.quote && /^[«“"\s]*\p{Ll}/u.test(fact.quote)) s -= 0.25;
	// Short, striking quotes make the best "who said" items; long ones read like a paragraph.
	if (fact.type === 'quote' && fact.quote) s -= 0.02 * Math.max(0, words(fact.quote) - 10);
	return Math.round(s * 1000) / 1000;
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
const ATTRIBUTION = new Set(['selon', 'apres', 'according']);
const SPEECH = new Set([
	'declare', 'dit', 'ajoute', 'affirme', 'precise', 'explique', 'souligne', 'indique', 'estime', 'note', 'lance',
	'regrette', 'martele', 'said', 'says', 'told', 'added', 'explained', 'noted', 'stressed', 'wrote'
]);
const PREPOSITIONS = new Set([
	'a', 'en', 'au', 'aux', 'dans', 'avec', 'par', 'vers', 'de', 'du', 'pour', 'contre',
	'in', 'at', 'to', 'with', 'by', 'from', 'into', 'against'
]);
const CITY_LOCATIVE = new Set(['a', 'dans', 'vers', 'depuis', 'in', 'at', 'to', 'from', 'near', 'outside']);
const COUNTRY_LOCATIVE = new Set(['en', 'au', 'aux', 'dans', 'vers', 'depuis', 'in', 'to', 'from', 'across', 'throughout']);
const OTHER_LOCATIVE = new Set(['a', 'en', 'au', 'aux', 'dans', 'in', 'at']);

/** The last words before a fact, folded (plain word lists: regexes over the window cost too much per fact). */
function wordsBefore(article: Article, fact: Fact, n: number): string[] {
	const w = normalizeText(article.text.slice(Math.max(0, fact.start - 48), fact.start)).split(' ');
	// The first word of the window may be cut.
	return (fact.start > 48 ? w.slice(1) : w).slice(-n);
}

// "à Moscou", "avec Vladimir Poutine", "par l'agence…": a name that completes an action is worth
// asking about; a name as the subject of "a déclaré" much less.
function isComplement(article: Article, fact: Fact): boolean {
	const before = wordsBefore(article, fact, 5);
	// "selon le président russe X", "according to X": the source of a claim, not a participant.
	if (before.some((w) => ATTRIBUTION.has(w))) return false;
	if (fact.type === 'place') return placeLocative(before, fact.placeKind);
	if (fact.type === 'person') {
		// ", a déclaré X" / "said X": the speaker of a quote, asked by a "who said" item instead.
		if (!roleJustBefore(article, fact) && before.slice(-4).some((w) => SPEECH.has(w))) return false;
		return true;
	}
	if (before.slice(-4).some((w) => PREPOSITIONS.has(w))) return true;
	return !!fact.role;
}

function wrapsAsked(g: Fact): boolean {
	if (g.type === 'quantity') return Number(g.value) > 2;
	return g.type === 'date' || g.type === 'duration' || g.type === 'money' || g.type === 'percent';
}

function occurrences(ctx: Ctx, phrase: string): number {
	const hay = (ctx.lowerText ??= ctx.article.text.toLowerCase().replace(/'/g, '’').replace(/[\u00a0\u202f]/g, ' '));
	const needle = phrase.toLowerCase().replace(/['’]/g, '’');
	if (needle.length < 4) return 0;
	let n = 0;
	for (let i = hay.indexOf(needle); i >= 0 && n < 5; i = hay.indexOf(needle, i + needle.length)) n++;
	return n;
}

// Where something happens: "à Moscou", "en Russie", "in Geneva"; "à la Russie" (dative) and
// "de l'Iran" (genitive) only name the country.
function placeLocative(before: string[], kind: Fact['placeKind']): boolean {
	const w = [...before];
	if (kind === 'city') return CITY_LOCATIVE.has(w[w.length - 1] ?? '');
	while (w.length && ARTICLES.has(w[w.length - 1])) w.pop();
	const last = w[w.length - 1] ?? '';
	if (kind === 'country' || kind === 'region' || kind === 'continent') return COUNTRY_LOCATIVE.has(last);
	return OTHER_LOCATIVE.has(last);
}

function roleJustBefore(article: Article, fact: Fact): boolean {
	const role = fact.role ? normalizeText(fact.role) : '';
	if (!role) return false;
	const before = normalizeText(article.text.slice(Math.max(0, fact.start - role.length - 12), fact.start));
	return before.endsWith(role);
}

function locativeBefore(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 12), fact.start).toLowerCase();
	return /(?:^|\s)(?:à|en|au|aux|dans|in|at)\s*$/.test(before);
}

function sinceBefore(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 24), fact.start).toLowerCase();
	return /(?:depuis|since)\s+(?:(?:le|la|l['’])\s*)?(?:mois\s+d['’]|month\s+of\s+)?$/.test(before) || /^(?:depuis|since)\s/i.test(fact.text);
}

/**
 * "from 2005 to date there were 58 cases and 38 people had died", "de 2005 à ce jour": the start of a
 * span still open, a count's period, not the day of the clause's event ("the death of 38 people" was
 * asked as 2005).
 */
function openSpanStart(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 8), fact.start).toLowerCase();
	return /(?:^|\s)(?:from|de)\s+$/.test(before) && TO_DATE.test(article.text.slice(fact.end, fact.end + 30));
}
const TO_DATE = /^[\s\u00a0]+(?:to[\s\u00a0]+date|to[\s\u00a0]+this[\s\u00a0]+day|until[\s\u00a0]+now|till[\s\u00a0]+now|to[\s\u00a0]+the[\s\u00a0]+present|à[\s\u00a0]+ce[\s\u00a0]+jour|à[\s\u00a0]+nos[\s\u00a0]+jours|jusqu['’]à[\s\u00a0]+(?:aujourd['’]hui|ce[\s\u00a0]+jour|présent))(?![\p{L}])/iu;

const PHOTO_POINTER = /[\s\u00a0]*\((?:[Ff]ile[\s\u00a0]+)?(?:[Pp]hotos?(?:[\s\u00a0]+(?:d['’]archives?|ci-dessus|ci-contre))?|[Pp]ictured|[Ee]n[\s\u00a0]+photo|[Cc]i-dessus|[Aa]bove)\)/gu;

function makeQuestion(
	ctx: Ctx,
	type: QuestionType,
	fact: Fact,
	prompt: string,
	answer: string,
	answerValue: string,
	choices: string[],
	extraDifficulty = 0,
	factIds: string[] = [fact.id]
): Question {
	return {
		id: `q-${type}-${factIds[0]}`,
		type,
		// A hard-wrapped paste keeps its line breaks inside sentences: a prompt is one line, and
		// a wiki's footnote markers ("altitude[1]") and a page's pointers to its photo ("son
		// directeur, Hien Sié (photo), a…", "Ann Cole (pictured)") are no part of it.
		prompt: collapseSpaces(prompt.replace(/\[\d{1,3}\]/g, '').replace(PHOTO_POINTER, '')),
		// …and so is an answer ("Albert\nLord" wrapped in the middle of the name).
		answer: /[\n\r\t]/.test(answer) ? collapseSpaces(answer) : answer,
		answerValue,
		choices,
		factIds,
		evidence: evidenceFor(ctx.article, fact),
		difficulty: difficulty(ctx, type, fact, extraDifficulty)
	};
}

/**
 * Four options, or null. A wrong option the prompt already names ("… met UK Prime Minister Rishi
 * Sunak" with "Rishi Sunak" among the options for the other blank) is never offered.
 */
// A pronoun that stands for a person: in a stem that has one, it is most often the article's subject.
// (French "il" is impersonal in "il faut", "il y a", "il s'agit", "il ne faut pas", "il n'y a"…: lexicon.ts.)
const PERSON_PRONOUN = new RegExp(`(?<![\\p{L}])(?:he|him|his|she|her|il(?!${IMPERSONAL_IL_AFTER})|lui|elle)(?![\\p{L}])`, 'iu');

function mcqChoices(fact: Fact, answer: string, distractors: Option[], prompt = '', subject?: string): string[] | null {
	const said = ` ${normalizeText(prompt)} `;
	// "He accepted a loan from _____" offered Chaka Fattah, the "he" himself: no option the stem's pronoun is.
	const pointedAt = subject && PERSON_PRONOUN.test(prompt) ? normalizeText(subject) : null;
	const named = (label: string) => {
		const k = normalizeText(label);
		const short = k.replace(/ \d{4}$/, '');
		if (k === '' || said.includes(` ${k} `) || (short !== k && short.includes(' ') && said.includes(` ${short} `))) return true;
		// "Warnock, Ossoff and the other 45 members…": a person the prompt names by surname is no wrong option.
		const last = k.split(' ').at(-1) ?? '';
		return (fact.type === 'person' || fact.type === 'quote') && k.includes(' ') && last.length > 2 && said.includes(` ${last} `);
	};
	const before = prompt.slice(0, Math.max(0, prompt.indexOf(BLANK)));
	// "… dont 3 ont pu être reliées" with "3 situations" among the options, "sur les 1,7 reçues" with
	// "1,7 million de doses": a figure the prompt writes is no wrong option for another.
	const figures = NUMERIC.has(fact.type) ? new Set([...prompt.matchAll(FIGURE)].map((m) => figureKey(m[0]))) : null;
	const writtenFigure = (label: string) => {
		const first = label.match(FIGURE)?.[0];
		return !!first && !!figures?.has(figureKey(first));
	};
	// "en mai et _____" offered "mai 2023": a month or a day the prompt pairs with the blank is its
	// partner, never a wrong option.
	const partner = (label: string) => {
		const short = label.replace(/[\s\u00a0]+\d{4}$/u, '').trim();
		if (fact.type !== 'date' || short === label.trim()) return false;
		const s = escapeRegExp(short);
		return new RegExp(`(?<![\\p{L}\\d])${s}${S}*(?:et|and|ou|or|,|[-–])${S}*${BLANK}|${BLANK}${S}*(?:et|and|ou|or|,|[-–])${S}*${s}(?![\\p{L}\\d])`, 'iu').test(prompt);
	};
	const usable = (prompt ? distractors.filter((d) => !named(d.label) && !partner(d.label) && normalizeText(d.value) !== pointedAt && !writtenFigure(d.label)) : distractors).filter((d) => fitsAfter(before, d.label));
	if (usable.length < 3) return null;
	return seededShuffle([answer, ...usable.slice(0, 3).map((d) => d.label)], hashString(`${fact.id}/choices`));
}

// A term of prison or of probation: a court story often gives several. (A "term" alone may be one of office.)
const PENALTY_WORD = /(?<![\p{L}])(?:sentences?|prison|jail|custody|probation|réclusion|détention|peines?|emprisonnement|sursis|incarcération)(?![\p{L}])/iu;
// A length said to be a penalty: the penalty right after it ("87-month prison term", "12 years in
// prison", "dix ans de réclusion") or right before it ("sentenced to", "condamné à", "a sentence of").
const PENALTY_AFTER = new RegExp(`^[\\s\\u00a0-]*(?:(?:in|of|de|d['’]|en)[\\s\\u00a0]+)?(?:${PENALTY_WORD.source.replace('(?<![\\p{L}])', '')})`, 'iu');
// (A penalty's noun: "à peine" is "barely".)
const PENALTY_NOUN = String.raw`(?<![\p{L}])(?<!à[\s\u00a0]+)(?:sentences?|(?:prison|jail)[\s\u00a0]+terms?|peines?(?:[\s\u00a0]+de[\s\u00a0]+prison)?)`;
const PENALTY_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:sentenced|jailed|condamnée?s?|écopée?s?)(?:[\s\u00a0]+\p{L}+){0,3}[\s\u00a0]+(?:to|à|de)|${PENALTY_NOUN}[\s\u00a0]+(?:of|de|d['’]))[\s\u00a0]*(?:(?:a|an)[\s\u00a0]+)?$`, 'iu');
// ("a sentence of 12 years": the length's own words may open on its "of".)
const PENALTY_NOUN_BEFORE = new RegExp(String.raw`${PENALTY_NOUN}[\s\u00a0]+$`, 'iu');

/**
 * "How long is the prison term meant to last?" → 87 months, the plea deal refused, in an article whose
 * sentence is 28 years (raters: "ambiguous", twice): a penalty asked by its noun alone when the article
 * gives another length said to be a penalty is one of several (a three-week trial is none).
 */
function onePenaltyOfSeveral(ctx: Ctx, fact: Fact, subject: string): boolean {
	if (!PENALTY_WORD.test(subject)) return false;
	const text = ctx.article.text;
	const before = (d: Fact) => text.slice(Math.max(0, d.start - 50), d.start);
	return ctx.facts.some((d) => d !== fact && d.type === 'duration' && d.value !== fact.value && (PENALTY_AFTER.test(text.slice(d.end, d.end + 30)) || PENALTY_BEFORE.test(before(d)) || (/^(?:of|de|d['’])[\s\u00a0]*/iu.test(d.text) && PENALTY_NOUN_BEFORE.test(before(d)))));
}

/** "In third place, X secured the first Polish podium": a place on a podium is one of three ("fifth place" is no option). */
function podiumPlace(ctx: Ctx, fact: Fact): boolean {
	// ("Fifth place was a disappointment for X, who missed the podium": off it.)
	return fact.type === 'ordinal' && Number(fact.value) <= 3 && /^(?:place|position|rang|marche)s?$/iu.test(fact.unit ?? '') && /(?<![\p{L}])podiums?(?![\p{L}])/iu.test(ctx.article.sentences[fact.sentence]?.text ?? '');
}

// "environ 9 milliards": raters read 9,5 milliards beside it as a near-duplicate (8,3 % off was read as fair).
const ROUGHLY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ROUGHLY})[\\s\\u00a0]+$`, 'iu');

// A figure as written, its thousands grouped or not ("2 959", "1,7", "14.310").
const FIGURE = /(?<![\p{L}\p{N}])\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?(?![\p{N}])/gu;
const figureKey = (written: string) => written.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.');

// French elision: after "l'" / "d'" a word starts with a vowel (or h), after "le", "la", "de", "du" it does not.
const ELIDED_BEFORE = /[ldLD]['’]$/u;
const FULL_BEFORE = /(?:^|[\s(])(?:le|la|de|du|Le|La|De|Du)\s+$/u;

// French countries ending in -e that are masculine ("au Mexique", "au Cambodge").
const MASCULINE_IN_E = /^(?:Mexique|Cambodge|Mozambique|Zimbabwe|Belize|Suriname|Bengale|Maine)$/u;

/** "au Liban" made "au Côte d’Ivoire": the preposition before a country says its gender and number. */
function countryPrepositionFits(before: string, word: string): boolean {
	const prep = /(?:^|[\s(’'])(au|aux|en)[\s\u00a0]+$/iu.exec(before)?.[1]?.toLowerCase();
	if (!prep || lookupPlace(word)?.kind !== 'country') return true;
	const plural = pluralPlace(word);
	const feminine = feminineCountry(word);
	if (prep === 'aux') return plural;
	// ("au Honduras": an aspirated h takes no elision.)
	if (prep === 'au') return !plural && !feminine && !/^[AEIOUYÂÊÎÔÛÉÈÀ]/u.test(word);
	return !plural && (feminine || elides(word));
}

// Places named in the plural ("les États-Unis", "aux Philippines", "des Alpes"); "le Pays de
// Galles", "le Laos", "du Doubs" are one.
const PLURAL_PLACE = /^(?:États-Unis|Etats-Unis|Pays-Bas|Philippines|Comores|Seychelles|Maldives|Bahamas|Émirats|Emirats|Îles|Iles|Fidji|Antilles|Caraïbes|Alpes|Pyrénées|Andes|Vosges|Cévennes|Balkans|Rocheuses|Carpates|Ardennes|Landes|Yvelines|Hauts-de-Seine|Hauts-de-France|Bouches-du-Rhône|Alpes-Maritimes|Pyrénées-Orientales|Pyrénées-Atlantiques|Hautes-Alpes|Hautes-Pyrénées|Deux-Sèvres|Côtes-d['’]Armor|Açores|Canaries|Baléares|Marquises|Tuamotu|Malouines)(?![\p{L}])/u;
const pluralPlace = (word: string) => PLURAL_PLACE.test(word);
const feminineCountry = (word: string) => /e$/u.test(word.split(/[\s\u00a0]+/u)[0]) && !MASCULINE_IN_E.test(word);

/**
 * Whether a place agrees with the article before it ("Le Mexique" made "Le France", "remonte au
 * Moyen Âge" made "au Alpes"): "le", "du", "au" take a masculine country or a place in the
 * singular, "la" a feminine country, "les", "des", "aux" a plural.
 */
function articleAgrees(before: string, word: string): boolean {
	const art = /(?:^|[\s(])(le|la|les|du|des|au|aux)[\s\u00a0]+$/iu.exec(before)?.[1]?.toLowerCase();
	const place = art ? lookupPlace(word) : undefined;
	if (!art || !place) return true;
	const plural = pluralPlace(word);
	if (art === 'les' || art === 'des' || art === 'aux') return plural;
	if (plural) return false;
	if (place.kind !== 'country') return true;
	return art === 'la' ? feminineCountry(word) : !feminineCountry(word);
}

/** Whether `word` may follow `before` ("l’Irlande", "la France": never "l’France" nor "la Irlande"; "au Liban", never "au Côte d’Ivoire"; "le Mexique", never "le France"; "au printemps", never "en printemps"). */
export function fitsAfter(before: string, word: string): boolean {
	if (ELIDED_BEFORE.test(before)) return elides(word);
	if (FULL_BEFORE.test(before) && elides(word)) return false;
	return articleAgrees(before, word) && countryPrepositionFits(before, word) && seasonPrepositionFits(before, word);
}

/** "retrouvé en _____" offered "printemps 2024": French says "au printemps", "en été, en automne, en hiver". */
function seasonPrepositionFits(before: string, word: string): boolean {
	const prep = /(?:^|[\s(’'])(au|en)[\s\u00a0]+$/iu.exec(before)?.[1]?.toLowerCase();
	if (!prep) return true;
	const season = Object.entries(SEASONS.fr).find(([, name]) => new RegExp(`^${name}(?![\\p{L}])`, 'iu').test(word))?.[0];
	if (!season) return true;
	return prep === 'en' ? season !== 'spring' : season === 'spring';
}

/** The person the article names most often, once per article; a tie names no one. */
function mainPerson(ctx: Ctx): string | undefined {
	if (ctx.mainPerson === undefined) {
		const counts = new Map<string, number>();
		for (const { f } of ctx.persons) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
		const ranked = [...counts].sort((a, b) => b[1] - a[1]);
		ctx.mainPerson = ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
	}
	return ctx.mainPerson ?? undefined;
}

/** The words the article writes in lower case (a common word capitalised in a name is no giveaway). */
function lowerWords(ctx: Ctx): Set<string> {
	return (ctx.lowerWordSet ??= new Set(ctx.article.text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*/gu) ?? []));
}

/** Whether another place or organisation of the article has `word` in its name ("Launceston" for "Launceston Castle"). */
function namesOther(ctx: Ctx, fact: Fact, word: string): boolean {
	if (!ctx.nameWords) {
		// Each word of a place's or a body's name → the names it is in, once per article.
		ctx.nameWords = new Map();
		for (const f of ctx.facts)
			if (f.type === 'place' || f.type === 'organisation') {
				const value = normalizeText(f.value);
				for (const w of value.split(' ')) {
					const names = ctx.nameWords.get(w);
					if (names) names.add(value);
					else ctx.nameWords.set(w, new Set([value]));
				}
			}
	}
	const own = normalizeText(fact.value);
	return [...(ctx.nameWords.get(normalizeText(word)) ?? [])].some((name) => name !== own);
}

/** What must not be in a prompt for this fact: the answer in its normalised forms. */
function giveawaysOf(ctx: Ctx, fact: Fact, label: string): string[] {
	const out = new Set<string>();
	const add = (s: string | undefined) => {
		const n = s ? normalizeText(s) : '';
		if (n && !/^(?:le|la|les|l|de|du|des)$/.test(n)) out.add(n);
	};
	add(label);
	add(fact.text);
	if (fact.type === 'person' || fact.type === 'quote') add(surnameOf(fact.value));
	else if (!['negation', 'event'].includes(fact.type)) add(fact.value);
	// "Justice X of the _____ … by a magistrate at the Kanifing Magistrates' Court" → "Kanifing High
	// Court", "_____ is located in the town of Launceston" → "Launceston Castle": a name's own word
	// that also names another place or body of the article (never written in lower case, no known
	// place) points to it.
	if (fact.type === 'place' || fact.type === 'organisation')
		for (const w of label.split(/[\s\u00a0]+/u))
			if (/^\p{Lu}[\p{Ll}’'-]{3,}$/u.test(w) && !lowerWords(ctx).has(w.toLowerCase()) && !lookupPlace(w) && namesOther(ctx, fact, w)) add(w);
	// "le bar fribourgeois … à _____" → Fribourg, "Kenyan officials … in _____": a word made from the
	// place's name tells it.
	if (fact.type === 'place') for (const w of wordsMadeFrom(label, ctx.article.sentences[fact.sentence]?.text ?? '')) add(w);
	if (fact.type === 'date') {
		const p = parseIsoDate(fact.value);
		// "janvier" alone in the prompt of a month question would give it away.
		if (p?.month && p.day === undefined) add(MONTHS[ctx.lang][p.month - 1]);
		// "1990" in the prompt of a question on the 1990s.
		if (p?.decade) add(String(p.year));
	}
	return [...out];
}

// ---------------------------------------------------------------- per-kind candidates

function worded(
	ctx: Ctx,
	fact: Fact,
	prompt: string,
	label: string,
	distractors: Option[],
	giveaways: string[],
	score: number,
	out: Candidate[],
	typed: boolean | 'without choices' = true
): void {
	const choices = mcqChoices(fact, label, distractors, prompt, fact.type === 'person' ? mainPerson(ctx) : undefined);
	if (choices)
		out.push({ question: makeQuestion(ctx, 'mcq', fact, prompt, label, fact.value, choices, 0), fact, factScore: score, typeScore: 0.4, giveaways });
	if (typed === true || (typed === 'without choices' && !choices)) out.push({ question: makeQuestion(ctx, 'short', fact, prompt, label, fact.value, [], 0), fact, factScore: score, typeScore: choices ? 0.34 : 0.4, giveaways });
}

/** Tells the trace (when there is one) why a form of question was not made for a fact. */
function refuse(ctx: Ctx, fact: Fact, why: string, form = 'cloze'): void {
	ctx.trace?.(fact.id, `${form} refused: ${why}`);
}

function clozes(ctx: Ctx, fact: Fact, label: string, distractors: Option[], giveaways: string[], score: number, out: Candidate[], blankEnd?: number): void {
	const sentence = ctx.article.sentences[fact.sentence];
	if (fact.type === 'date' && fact.inferred && !/\d/.test(fact.text)) {
		resolvedDateCloze(ctx, fact, label, distractors, giveaways, score, out);
		return;
	}
	const span = blankSpan(fact);
	if (blankEnd !== undefined) span.end = blankEnd;
	let cloze = clozeOf(sentence, span);
	if (!cloze) return refuse(ctx, fact, 'no sentence around the blank');
	// "Il s'agit notamment de _____." needs the sentence before it to mean anything.
	const prev = ctx.article.sentences[fact.sentence - 1];
	// "Elle est fermée depuis _____." names nothing: the sentence before says what "elle" is
	// (when it is short enough to read; otherwise the confidence says so).
	if (anaphoric(withoutConnective(sentence.text), ctx.lang) && prev && prev.paragraph > 0 && !anaphoric(withoutConnective(prev.text), ctx.lang, false) && words(cloze) < 30 && words(prev.text) <= 40 && words(prev.text) >= 5) {
		// "2 959 enfants … contre 2 058 la semaine précédente. Cela représente une hausse de _____":
		// the sentence shown before gives what the blank works out.
		if (workedOutInSentence(ctx, fact, prev)) return refuse(ctx, fact, 'computable from the sentence shown before');
		cloze = `${balanceQuotes(withoutConnective(prev.text.trim()))} ${cloze}`;
	}
	// "Cette décision s’explique par…", "Durant ces _____, …", "This was about _____ higher…": a
	// demonstrative that points at a sentence the prompt does not show leaves it without its subject
	// (raters kept none of 9; a pronoun, which mostly means the article's subject, 5 of 13).
	else if (pointsBack(withoutConnective(cloze))) return refuse(ctx, fact, 'opens on a demonstrative pointing back');
	// "part of an _____ project", "Kauppaymuthoo, an _____": the article tells the answer's first
	// sound. ("a _____" tells it too, but raters kept about half of those: most answers start so.)
	if (ctx.lang === 'en') cloze = cloze.replace(AN_BEFORE_BLANK, '$1(n)');
	const surface = ctx.article.text.slice(span.start, span.end);
	// "the Building Research Establishment (_____)" and "the _____ (BRE)": either gives the other.
	if ((fact.type === 'person' || fact.type === 'place' || fact.type === 'organisation') && acronymPair(ctx.article.text, span)) return refuse(ctx, fact, 'name beside its acronym');
	// "2017-_____", "_____3 s−1", "D_____", "_____-1850", "Hildale/ _____": a blank glued to a word,
	// a number or the other half of a pair cuts it.
	const t = ctx.article.text;
	// "Plus d'_____" (une cinquantaine de projets): an amount blanked after an elided word reads badly
	// and tells it starts with a vowel ("de l’_____" before a name or "à l’_____" before a season is French).
	if (NUMERIC.has(fact.type) && /\p{L}['’]$/u.test(t.slice(span.start - 2, span.start)) && /^\p{Ll}/u.test(t.slice(span.start, span.end))) return refuse(ctx, fact, 'amount after an elided word');
	if (/[\p{L}\p{N}]/u.test(t[span.start - 1] ?? '') || /[-–/][\s\u00a0]?$/u.test(t.slice(span.start - 2, span.start)) || /[\p{L}\p{N}]/u.test(t[span.end] ?? '') || /^(?:[-–]\p{N}|\/)/u.test(t.slice(span.end, span.end + 2))) return refuse(ctx, fact, 'blank glued to a word');
	if (trivialBlank(ctx, fact, span)) return refuse(ctx, fact, 'trivial blank');
	// "entre 1000 et _____ °C", "six à _____ fois", "from 20 to _____", "between 1990 and _____":
	// one bound of a range is no fact of its own, and its options fall on the wrong side of the other.
	if (rangeBound(t, fact, span)) return refuse(ctx, fact, 'bound of a range');
	// "New _____, Australia": a blank inside a longer name splits it.
	if ((fact.type === 'person' || fact.type === 'place' || fact.type === 'organisation') && splitsName(ctx.article.text, sentence.start, span)) return refuse(ctx, fact, 'splits a name');
	// "le président de la _____" (République), "the Secretary of _____" (State): the end of a post's name.
	if ((fact.type === 'place' || fact.type === 'organisation') && endsPost(t, sentence.start, span)) return refuse(ctx, fact, 'end of a post');
	if (fact.type === 'date' && /^\d{4}$/.test(fact.value) && NAME_BEFORE_YEAR.test(t.slice(Math.max(sentence.start, span.start - 30), span.start))) return refuse(ctx, fact, 'year of a name');
	// "“_____ a Slave”", "« Les _____ de l’espoir »": a blank taking part of a short quoted title cuts the title.
	if (cutsQuotedTitle(t, sentence, span)) return refuse(ctx, fact, 'part of a quoted title');
	// The blank stands for the words of the text; the value is what a checker compares.
	// An event's value may be a tidied list of the phrase; when it is the phrase, show what fills the blank.
	const clozeAnswer =
		fact.type === 'event' && !normalizeText(surface).includes(normalizeText(fact.value)) && !normalizeText(fact.value).includes(normalizeText(surface))
			? fact.value
			: surface;
	// "a two-day visit", "their fifth successive victory": the blank takes the words of the text,
	// and options read the same way ("third successive victory"), never "2 days" in "a _____ visit".
	// "the 90-year-old French actress" (or "71 year-old", "a 12 year old boy" as some write it): an age
	// written as an adjective takes its own words too.
	const adjectival = (fact.type === 'duration' || fact.role === 'age') && /[\p{L}\p{N}](?:[-‑](?:day|hour|week|month|year|minute|second)s?(?:[-‑]old)?|[\s\u00a0]+year[-‑\s\u00a0]old)$/iu.test(surface);
	const ordinalPhrase = fact.type === 'ordinal' && /[\s\u00a0]/u.test(surface.trim());
	if (adjectival) {
		out.push({ question: makeQuestion(ctx, 'cloze', fact, cloze, surface, fact.value, [], 0), fact, factScore: score, typeScore: 0.15, giveaways });
		return;
	}
	// "Et une _____, jeudi", "Dans une _____ se trouvent…": "troisième fois", "deuxième partie" say
	// nothing worth learning.
	if (ordinalPhrase && GENERIC_ORDINAL_NOUN.test(surface.trim().replace(/^\S+[\s\u00a0]+/u, ''))) return refuse(ctx, fact, 'generic ordinal');
	// "son _____ de France" (3e Tour): the ordinal's noun opens a name that goes on after the blank.
	if (ordinalPhrase && /\p{Lu}\p{Ll}*$/u.test(surface.trim()) && /^[\s\u00a0]+(?:de|du|des|d['’]|of)[\s\u00a0]*\p{Lu}/u.test(t.slice(span.end, span.end + 12))) return refuse(ctx, fact, 'ordinal inside a name');
	if (ordinalPhrase) {
		// ("125 000e habitant": the ordinal is its digit groups with their suffix.)
		const rest = surface.trim().replace(/^\d{1,3}(?:[\s\u00a0\u202f’']\d{3})+\S*|^\S+/u, '');
		const phrase = (o: Option) => `${o.label}${rest}`;
		out.push({ question: makeQuestion(ctx, 'cloze', fact, cloze, surface, fact.value, [], 0), fact, factScore: score, typeScore: 0.15, giveaways });
		const choices = mcqChoices(fact, phrase({ value: fact.value, label }), distractors.map((d) => ({ value: d.value, label: phrase(d) })), cloze);
		if (choices) out.push(clozeChoice(ctx, fact, cloze, phrase({ value: fact.value, label }), choices, score, giveaways));
		return;
	}
	out.push({ question: makeQuestion(ctx, 'cloze', fact, cloze, clozeAnswer, fact.value, [], 0), fact, factScore: score, typeScore: 0.15, giveaways });
	// A relative date ("lundi", "l'an dernier") fills its blank only with its own words, and a
	// bounded amount ("more than _____") is true of every smaller option.
	const bounded = boundedAmount(ctx, fact, span);
	// A time of day whose day the text does not write ("shortly after 1 a.m.") has options that do.
	const timeOnly = fact.type === 'date' && fact.precision === 'time' && fact.inferred;
	// "à _____ (Danemark)", "près de _____, dans les Pyrénées-Atlantiques": the region written after
	// the blank rules out options from elsewhere, which the gazetteer cannot place.
	const located = fact.type === 'place' && fact.placeKind !== 'country' && /^[\s\u00a0]*(?:\([\s\u00a0]*\p{Lu}[^)]{1,40}\)|,[\s\u00a0]*(?:(?:dans|in|en)[\s\u00a0]+(?:les?[\s\u00a0]+|la[\s\u00a0]+|l['’])?)?\p{Lu})/u.test(ctx.article.text.slice(span.end, span.end + 50));
	// "until 25 May" in an undated article: the year is the engine's guess from a sentence nearby, and
	// options would print it ("May 25, 2011"); the reader types the day as the text writes it. (The
	// "2023 National Arts Festival … on 22 June" writes its year in the sentence.)
	const yearGuessed = fact.type === 'date' && !ctx.published && /^\d{4}-\d{2}/.test(fact.value) && !sentence.text.includes(fact.value.slice(0, 4));
	const choices = (fact.type === 'date' && !/\d/.test(surface)) || yearGuessed || bounded || timeOnly || located ? null : mcqChoices(fact, label, distractors, cloze, fact.type === 'person' ? mainPerson(ctx) : undefined);
	// "on the 1st of June, 2018": the options read "June 1, 2018", so "the" goes into the blank.
	const the = fact.type === 'date' && /^\d+(?:st|nd|rd|th)\b/u.test(surface) ? /(?<![\p{L}])the[\s\u00a0]+$/iu.exec(ctx.article.text.slice(sentence.start, span.start)) : null;
	const choiceCloze = the ? clozeOf(sentence, { start: span.start - the[0].length, end: span.end }) ?? cloze : cloze;
	if (choices) out.push(clozeChoice(ctx, fact, choiceCloze, label, choices, score, giveaways));
}

const AN_BEFORE_BLANK = new RegExp(`(?<![\\p{L}\\p{N}’'])([Aa])n(?=[\\s\\u00a0]+${BLANK})`, 'u');

/** The multiple-choice form of a blank: the sentence with its options (it copies the article's words). */
function clozeChoice(ctx: Ctx, fact: Fact, cloze: string, answer: string, choices: string[], score: number, giveaways: string[]): Candidate {
	return {
		question: makeQuestion(ctx, 'mcq', fact, clozePrefix(ctx.lang) + cloze, answer, fact.value, choices, 0.05),
		fact,
		factScore: score,
		typeScore: 0.2,
		giveaways,
		copiesSentence: true
	};
}

// Made once per language: building a formatter costs more than the rest of a question.
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** "(article published on Tuesday, March 15, 2016)": what a relative date is read against. */
function publishedNote(ctx: Ctx): string {
	const published = ctx.published ?? '';
	const day = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0];
	if (day) {
		const locale = ctx.lang === 'fr' ? 'fr-FR' : 'en-GB';
		let format = weekdayFormats.get(locale);
		if (!format) weekdayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })));
		const weekday = format.format(new Date(`${day}T12:00:00Z`));
		const date = formatDate(day, ctx.lang);
		return ctx.lang === 'fr' ? `(article publié le ${weekday} ${date})` : `(article published on ${weekday}, ${date})`;
	}
	const partial = /^\d{4}(?:-\d{2})?$/.exec(published)?.[0];
	if (!partial) return '';
	const when = formatDate(partial, ctx.lang);
	return ctx.lang === 'fr' ? `(article publié en ${when})` : `(article published in ${when})`;
}

// What the raters called trivial, as classes: a source named for attribution ("citée par la BBC",
// "according to Reuters"), one item of a list of names ("Busia, Kasese, _____ and Obongi"), a
// detail in brackets ("(60 Moons)"), the role right before a name ("demand for _____ Narendra Modi").
// ("selon les dernières données de _____": the source of figures, too.)
const SOURCE_BEFORE = /(?:selon|d['’]après|cité(?:e|s|es)? par|rapporte|according to|told|reported by|quoted by|cited by|reports?)[\s\u00a0]+(?:(?:les?|la|l['’]|the)?[\s\u00a0]*(?:(?:dernières|derniers|nouvelles|nouveaux|latest|new)[\s\u00a0]+)?(?:données|chiffres|statistiques|estimations|figures|data|statistics|estimates)[\s\u00a0]+(?:de|du|des|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|from|of|by)?[\s\u00a0]*)?(?:l['’]|la |le |les |the )?$/iu;
// "cleanup crews tell _____ they're encouraged", "a expliqué à _____ que": the body the words were told
// to (a person there is whom they were said to, a fact of the story).
const TOLD_TO_BEFORE = /(?<![\p{L}])(?:(?:tells?|telling|(?:said|spoke|speaking|talked|talking) to)(?:[\s\u00a0]+the)?|(?:dit|déclaré|indiqué|précisé|expliqué|explique|précise|indique)[\s\u00a0]+(?:à|au)(?:[\s\u00a0]+(?:la|le|l['’]))?)[\s\u00a0]*$/iu;
// "a confié à Ouest Radio que…": confided to, when what follows is what was said ("a confié à la société
// la construction" entrusts it).
const CONFIDED_BEFORE = /(?<![\p{L}])confi(?:é|ée|e)[\s\u00a0]+(?:à|au)(?:[\s\u00a0]+(?:la|le|l['’]))?[\s\u00a0]*$/iu;
const SAID_AFTER = /^[\s\u00a0]*,?[\s\u00a0]*(?:que|qu['’]|:|«|“|")/u;
const SOURCE_OUTLETS = new Set(['instagram', 'twitter', 'x', 'facebook', 'tiktok', 'youtube', 'rfm', 'bfmtv', 'franceinfo', 'cnn', 'bbc']);
const COMMON_KNOWLEDGE = new Set(['sun', 'earth', 'moon', 'soleil', 'terre', 'lune']);

/** The Sun, the Earth, the Moon: general knowledge, not the article's (as a blank, a changed word or an option). */
function commonKnowledge(name: string): boolean {
	return COMMON_KNOWLEDGE.has(normalizeText(name));
}
const LEADER_BEFORE = /(?:President|Prime Minister|Vice President|Vice-President|Chancellor|CEO|chief executive|Premier ministre|président de la République|chancelier|chancelière)[\s\u00a0]+$/u;

/** "entre le 1er janvier et le 31 décembre 2024", "from January 1 to December 31": a bound of a calendar year. */
function yearBound(text: string, fact: Fact, span: { start: number; end: number }): boolean {
	if (fact.type !== 'date') return false;
	if (/-01-01$/.test(fact.value)) return /^[\s\u00a0]*(?:et le|and|to|au|-|–)[\s\u00a0]*(?:31 décembre|December 31)/iu.test(text.slice(span.end, span.end + 30));
	if (/-12-31$/.test(fact.value)) return /(?:1er janvier|January 1(?:st)?)[\s\u00a0]*(?:et le|and|to|au|-|–)[\s\u00a0]*$/iu.test(text.slice(Math.max(0, span.start - 30), span.start));
	return false;
}

// A sum just written ("$US130,000", "50,000 pounds", "2,5 millions d’euros"), then what opens its conversion.
const SUM_BEFORE = String.raw`\d[\d\s\u00a0,.]*(?:[\s\u00a0]?(?:bn|m|k|million|billion|milliards?|millions?|euros?|dollars?|pounds?|livres?|€|£|\$))?`;
const SUM_THEN_BRACKET = new RegExp(`${SUM_BEFORE}[\\s\\u00a0]*\\([\\s\\u00a0]*(?:about|around|environ|soit|or|ou)?[\\s\\u00a0]*$`, 'iu');
const SUM_THEN_OR = new RegExp(`${SUM_BEFORE},?[\\s\\u00a0]+(?:or|soit|ou)[\\s\\u00a0]+(?:about|around|some|roughly|environ|près de|quelque)?[\\s\\u00a0]*$`, 'iu');

// A definite article before a name: "la", "le", "les", "the", "l’".
const ARTICLE = String.raw`(?:(?:la|le|les|the)[\s\u00a0]+|l['’])`;
const ARTICLE_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}(?=\p{Lu})`, 'gu');
const END_ARTICLE = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}$`, 'u');
const ITEM_OPENING = new RegExp(String.raw`^${ARTICLE}?\p{Lu}`, 'u');
const BRIEFING_BEFORE = /(?:briefing|press conference|news conference|(?:addressing|told|speaking to)[\s\u00a0]+(?:journalists|reporters|the press)|conférence de presse|point (?:presse|de presse)|devant (?:la presse|les journalistes))(?:[\s\u00a0]+[^\s\u00a0,.;]+){0,4}?[\s\u00a0]+(?:in|at|à|en)[\s\u00a0]+$/iu;
const ORG_SOURCE_AFTER = /^(?:[\s\u00a0]*\([^)]{1,12}\))?[\s\u00a0]+(?:(?:has|had|have|a|ont)[\s\u00a0]+)?(?:said|says|précise|précisé|rapporte|rapporté|indique|indiqué|révèle|révélé|reports|reported|forecast|forecasts|estimates|estimated|estime|estimé|noted|notes|souligne|souligné)(?![\p{L}])/u;
// (Read against normalizeText's output: no accents.)
const GENERIC_INSTITUTION = /^(?:(?:the|le|la|l )?(?:federal |national |central )?(?:government|gouvernement|parliament|parlement|senate|senat|house|chambre|congress|congres|opposition|police|army|armee|state|etat|assemblee nationale|national assembly|ville|city|commune|municipalite|mairie|region|departement|province|council|conseil))$/u;

// A post right before a name, a title of address between them or not ("le maire M. Dupont").
const ROLE_BEFORE_NAME = new RegExp(`^[\\s\\u00a0,]*(?:(?:${HONORIFIC_ALT})\\.?[\\s\\u00a0]+)?\\p{Lu}`, 'u');

function trivialBlank(ctx: Ctx, fact: Fact, span: { start: number; end: number }): boolean {
	const text = ctx.article.text;
	const before = text.slice(Math.max(0, span.start - 40), span.start);
	const after = text.slice(span.end, span.end + 40);
	if ((fact.type === 'organisation' || fact.type === 'person') && SOURCE_BEFORE.test(before)) return true;
	if (fact.type === 'organisation' && (TOLD_TO_BEFORE.test(before) || (CONFIDED_BEFORE.test(before) && SAID_AFTER.test(after)))) return true;
	const value = normalizeText(fact.value);
	// "la Salle des _____ colonnes", "the Hall of _____ Pillars": the number is part of a name.
	// (A determiner before the capital: "Because of 3 injuries" opens a sentence, it names nothing.)
	if ((fact.type === 'quantity' || fact.type === 'ordinal') && /(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Tt]he|[Dd]u|[Dd]es|[Dd]e)[\s\u00a0]+\p{Lu}\p{Ll}+[\s\u00a0]+(?:des|de la|du|of the|of)[\s\u00a0]+$/u.test(before)) return true;
	// "a _____, 6-4 triumph", "serving at _____": one set of a score line, or the score at a moment of
	// the game, is a detail; the final score is what is asked.
	if (/^\d{1,3}[-–]\d{1,3}$/u.test(text.slice(span.start, span.end).trim())) {
		if (/\d{1,3}[-–]\d{1,3}\)?[\s\u00a0]*[,;/][\s\u00a0]*\(?$/u.test(before) || /^\)?[\s\u00a0]*[,;/][\s\u00a0]*\(?\d{1,3}[-–]\d{1,3}/u.test(after)) return true;
		if (/(?<![\p{L}])(?:serving at|leading|trailing|up|down|menée?s?|menait|mène|à la pause|at half-?time|at the break)[\s\u00a0]*(?:at|à)?[\s\u00a0]*$/iu.test(before)) return true;
	}
	// The wire, the radio or the network a quote was given to is no knowledge ("confie le maire à l’AFP").
	if (fact.type === 'organisation' && (isNewsAgency(fact.value) || SOURCE_OUTLETS.has(value))) return true;
	// The Sun, the Earth: general knowledge, not the article's.
	if ((fact.type === 'place' || fact.type === 'organisation') && commonKnowledge(value)) return true;
	// "Les élections législatives en _____": France, in a French article that names no other country,
	// is where any reader expects the news to happen.
	if (ctx.lang === 'fr' && value === 'france' && ctx.facts.every((f) => f.type !== 'place' || f.placeKind !== 'country' || normalizeText(f.value) === value)) return true;
	// "_____ précise qu'il s'agit du Covid-19", "the _____ said", "The _____ has forecast that…": the
	// body that reports or forecasts is the source of the fact, not what the article teaches (raters
	// kept none of 7). (One that announces, "L’Agence … a annoncé la suspension", is the actor of the news.)
	if (fact.type === 'organisation' && ORG_SOURCE_AFTER.test(after)) return true;
	// "the _____ have passed", "l’_____, les députés qui votent les lois": a government, a parliament,
	// a house or the opposition any reader names (none of 12 kept); "la _____" for "la Ville" too.
	if (fact.type === 'organisation' && GENERIC_INSTITUTION.test(value)) return true;
	if (fact.type === 'person' || fact.type === 'place' || fact.type === 'organisation') {
		// "la Bourgogne-Franche-Comté, la _____, la Normandie", "Hauts-de-France, l’_____, la
		// Nouvelle-Aquitaine": the list's names may have their articles.
		const bare = before.replace(END_ARTICLE, '').replace(ARTICLE_BEFORE_NAME, '');
		const tail = after.replace(ARTICLE_BEFORE_NAME, '');
		const listBefore = /(?:\p{Lu}[\p{L}\p{M}'’.-]*[\s\u00a0]*,[\s\u00a0]*)$|(?:,[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*[\s\u00a0]+(?:and|et|or|ou)[\s\u00a0]+)$/u.test(bare);
		const listAfter = /^[\s\u00a0]*(?:,[\s\u00a0]*\p{Lu}|(?:and|et|or|ou)[\s\u00a0]+\p{Lu}[^,.;]{0,30},)/u.test(tail) || /^[\s\u00a0]*,[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*[\s\u00a0]*(?:,|and|et)/u.test(tail);
		// "Warnock, _____ and the other 45 members…", "_____, Ossoff and the other…": one name of a group
		// any of whose members fits the blank.
		const andOthers = /^[\s\u00a0]+(?:and|et)[\s\u00a0]+(?:the[\s\u00a0]+other|les[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?autres)(?![\p{L}])/iu;
		if (listBefore && (listAfter || /^[\s\u00a0]+(?:and|et)[\s\u00a0]+\p{Lu}/u.test(tail) || andOthers.test(tail))) return true;
		const nameThenOthers = /^[\s\u00a0]*,[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)?(?=[\s\u00a0]+(?:and|et)[\s\u00a0])/u.exec(tail);
		if (nameThenOthers && andOthers.test(tail.slice(nameThenOthers[0].length))) return true;
		if (listAfter && /,[\s\u00a0]*$/.test(bare)) return true;
		// "in _____, Zombo, Pakwach and Hoima": the first or the last of three names or more.
		if (/\p{Lu}[\p{L}\p{M}'’.-]*[\s\u00a0]*,[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)?[\s\u00a0]+(?:and|et)[\s\u00a0]+$/u.test(bare)) return true;
		if (/^[\s\u00a0]*,[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)?[\s\u00a0]*,[\s\u00a0]*\p{Lu}/u.test(tail)) return true;
	}
	// "Addressing journalists in _____", "during a media briefing in _____", "en conférence de presse à
	// _____": where news was told is not the news (raters kept none).
	if (fact.type === 'place' && BRIEFING_BEFORE.test(before)) return true;
	// "My name is _____, and I play bass", "Je m’appelle _____": a speaker introducing themselves.
	if (fact.type === 'person' && /(?:^|[\s\u00a0:])(?:my name is|I['’]m|I am|je m['’]appelle|je suis|moi,? c['’]est)[\s\u00a0]*$/iu.test(before)) return true;
	// "Le Ballon blanc (_____)": the year of a work in brackets is a reference, not the news (a day
	// in brackets, "before the (May 11) election", is still the news).
	// ("Depuis le début de l’épidémie (fin _____)": a year's part in brackets is an aside too.)
	if (fact.type === 'date' && /^\d{4}$/.test(fact.value) && YEAR_PART_IN_BRACKET.test(before) && /^[\s\u00a0]*\)/.test(after)) return true;
	if ((fact.type === 'quantity' || fact.type === 'percent') && /\([^)]*$/.test(before) && /^[^(]*\)/.test(after)) return true;
	// "$US130,000 (_____)", "50,000 pounds, or about _____": the same sum in another currency.
	if (fact.type === 'money' && ((SUM_THEN_BRACKET.test(before) && /^[\s\u00a0]*\)/.test(after)) || SUM_THEN_OR.test(before))) return true;
	// "de l’_____ (34), du Gard (30)": one of a list of places with their codes.
	if (fact.type === 'place' && /^[\s\u00a0]*\(\d{1,3}[AB]?\)/u.test(after)) return true;
	// "UK Prime Minister _____", "SpaceX CEO _____", "U.S. space agency _____": a head of state or
	// government, a famous chief or an agency any reader names from the words before the blank.
	if (fact.type === 'person' && LEADER_BEFORE.test(before)) return true;
	if (fact.type === 'organisation' && /^(?:nasa|esa|fbi|cia|onu|un|nato|otan|eu|ue)$/.test(value) && /(?:agency|agence|organisation|organization|alliance)[\s\u00a0]*$/iu.test(before)) return true;
	// "Launceston, Cornwall, _____": the country after a town and its county is no knowledge.
	if (fact.type === 'place' && (fact.placeKind === 'country' || fact.placeKind === 'region') && /\p{Lu}[\p{L}\p{M}.'’-]+,[\s\u00a0]*\p{Lu}[\p{L}\p{M}.'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}.'’-]+)?,[\s\u00a0]*$/u.test(before)) return true;
	// "entre le _____ et le 31 décembre", "from January 1 to _____": the bounds of a calendar year.
	if (yearBound(text, fact, span)) return true;
	// "05:41 p.m. _____ (2241 GMT)": a time zone is no knowledge worth a blank.
	if (TIME_ZONES.has(text.slice(span.start, span.end))) return true;
	if (fact.type === 'role' && ROLE_BEFORE_NAME.test(after)) return true;
	// "_____ namely Busia, Tororo and Mbale", "de _____ : le premier …, le second …": the list that
	// follows counts the answer.
	if (fact.type === 'quantity' && listedCount(text.slice(span.end, ctx.article.sentences[fact.sentence].end)) === Number(fact.value)) return true;
	// "11 500 passages … près de _____ d’entre eux (1 251)": the share is worked out from the sentence.
	if (fact.type === 'percent' && shareComputable(ctx.bySentence.get(fact.sentence) ?? [], Number(fact.value))) return true;
	// "Valérie Donzelli, Maïwenn : _____ françaises", "avec A, B et C, les _____": the names before count it.
	if (fact.type === 'quantity' && namesListedBefore(text.slice(ctx.article.sentences[fact.sentence].start, span.start)) === Number(fact.value)) return true;
	return false;
}

const LIST_OPENER = /^[^.;:!?]{0,40}?(?:(?<![\p{L}])(?:namely|notamment|à savoir|including|dont|were|are|sont|étaient)(?![\p{L}])|:)[\s\u00a0]*(.+)$/su;

/** How many items the words after a count list ("namely A, B and C" → 3, ": le premier …, le second …" → 2), or 0. */
function listedCount(rest: string): number {
	const m = LIST_OPENER.exec(rest);
	if (!m) return 0;
	const items = m[1];
	const ordinals = items.match(/(?<![\p{L}])(?:le|la|the)[\s\u00a0]+(?:premi[eè]re?|second|seconde|deuxième|troisième|quatrième|first|second|third|fourth)(?![\p{L}])/giu);
	if (ordinals && ordinals.length >= 2) return ordinals.length;
	// (An item may open on its article: "l’Alliance nationale…, le Mouvement…"; items that hold
	// commas of their own are cut by semicolons: "A, ministre de la Défense ; B, ministre…".)
	const cuts = items.includes(';') ? /;|[\s\u00a0]+(?:et|and)[\s\u00a0]+(?=[^;]*$)/u : /,|[\s\u00a0]+(?:et|and)[\s\u00a0]+/u;
	const parts = items.split(cuts).filter((p) => ITEM_OPENING.test(p.trim()));
	return parts.length >= 2 ? parts.length : 0;
}

const NAME_ITEM = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}`;
// Where a list of names closes before its count: ", les _____", " : _____".
const LIST_CLOSE = `(?:[,:][\\s\\u00a0]*|[\\s\\u00a0]+(?:sont|étaient|are|were)(?:[\\s\\u00a0]+(?:tous|toutes|both|all))?[\\s\\u00a0]+)(?:(?:les|the|ces|ses|leurs|these|those|their|his|her|all)[\\s\\u00a0]+)?$`;
const LIST_CLOSES = new RegExp(LIST_CLOSE, 'u');
const NAMES_BEFORE = new RegExp(
	`(${NAME_ITEM}(?:[\\s\\u00a0]*,[\\s\\u00a0]*${NAME_ITEM})*(?:[\\s\\u00a0]*,[\\s\\u00a0]*|[\\s\\u00a0]+(?:et|and)[\\s\\u00a0]+)${NAME_ITEM})[\\s\\u00a0]*${LIST_CLOSE}`,
	'u'
);

/**
 * Whether two counts of the sentence (its quantity facts: not a percentage, a year or an amount)
 * give the percentage asked (1 251 of 11 500 → "près de 10 %").
 */
function shareComputable(sentenceFacts: readonly Fact[], percent: number): boolean {
	const nums = sentenceFacts.filter((f) => f.type === 'quantity').map((f) => Number(f.value)).filter((n) => n > 0 && n !== percent);
	if (nums.length < 2 || nums.length > 5 || !(percent > 0)) return false;
	for (const a of nums)
		for (const b of nums)
			if (a < b && b >= 10 && Math.abs((100 * a) / b - percent) <= Math.max(0.3, percent / 10)) return true;
	return false;
}

/** How many names a list right before a count gives ("A, B et C, les _____" → 3), or 0. */
function namesListedBefore(before: string): number {
	// Only a count right after "…, " or "… : " (with a determiner) can close a list of names; the
	// regex reads the last words only (run on every count's sentence, it backtracked on long prefixes).
	if (!LIST_CLOSES.test(before)) return 0;
	const m = NAMES_BEFORE.exec(before.slice(-160));
	return m ? m[1].split(/[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:et|and)[\s\u00a0]+/u).filter(Boolean).length : 0;
}

// "(BRE)", and in French also "(Indeci)", "(Anssi)": one capitalised word in brackets after a name.
const ACRONYM_AFTER = /^[\s\u00a0\u202f]*\((\p{Lu}[\p{Lu}\p{Ll}\p{N}&.-]{1,9})\)/u;

/** The acronym in brackets right after a name: all capitals, or a word that starts like the name ("Institut … (Indeci)"), never "Herning (Danemark)". */
function acronymAfter(text: string, span: { start: number; end: number }): RegExpExecArray | null {
	const m = ACRONYM_AFTER.exec(text.slice(span.end, span.end + 14));
	if (!m) return null;
	if (/^[\p{Lu}\p{N}&.-]+$/u.test(m[1])) return m;
	const name = text.slice(span.start, span.end).replace(/^(?:l['’]|la |le |les |the )/iu, '');
	return name[0]?.toUpperCase() === m[1][0] && !lookupPlace(m[1]) && /^\p{Lu}\p{Ll}{2,7}$/u.test(m[1]) ? m : null;
}

/** An acronym made of a name's initials, its link words left out or not ("DC" or "DOC" for "Department of Conservation"). */
function initialsMatch(name: string, acronym: string): boolean {
	const words = name.split(/[\s\u00a0'’-]+/u).filter(Boolean);
	// A word that is an acronym itself gives all its letters ("UK Health Security Agency" → "UKHSA").
	const initial = (w: string) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0].toUpperCase());
	const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map(initial).join('');
	// ("Centres départementaux de prévention santé" → "CDPS", "brigade anti-criminalité" → "BAC": every
	// word but the link words, whatever its case.)
	const meaningful = words.filter((w) => !ACRONYM_SKIPPED.has(w.toLowerCase())).map(initial).join('');
	if (capitals === acronym || words.map(initial).join('') === acronym || meaningful === acronym) return true;
	// ("Commission consultative communale d’aménagement du territoire et de mobilité" beside "CCATM": a
	// page that spells the name with one word more than its acronym has spelled it, from four letters up.)
	return acronym.length >= 4 && meaningful.length === acronym.length + 1 && meaningful[0] === acronym[0] && inOrder(acronym, meaningful);
}



/**
 * A name beside its acronym ("the Department of Conservation’s (DOC)", "the UKHSA, the UK Health
 * Security Agency"), or an acronym whose name in full follows it ("le BRGM, le Bureau de Recherches
 * Géologiques et Minières"): a blank on either is given away by the other.
 */
function spelledBeside(text: string, fact: Fact): boolean {
	const after = text.slice(fact.end, fact.end + 120);
	// The possessive may be read as part of the name ("Wildlife Service’s") or not.
	const possessive = /['’]s$/u.test(fact.text);
	const acronym = (possessive ? /^[\s\u00a0]*\((\p{Lu}{2,8})\)/u : /^['’]s[\s\u00a0]*\((\p{Lu}{2,8})\)/u).exec(after);
	if (acronym) return initialsMatch(fact.text.replace(/['’]s$/u, ''), acronym[1]);
	// "the UK Health Security Agency, the UKHSA": the acronym right after the name.
	const next = /^[\s\u00a0]*,[\s\u00a0]*(?:(?:le|la|les|the)[\s\u00a0]+|l['’])?(\p{Lu}{2,8})(?![\p{L}])/u.exec(after);
	if (next && initialsMatch(fact.text, next[1])) return true;
	// "the UKHSA, the _____": the acronym right before it.
	const prev = /(?<![\p{L}])(\p{Lu}{2,8})[\s\u00a0]*,[\s\u00a0]*(?:(?:le|la|les|the)[\s\u00a0]+|l['’])?$/u.exec(text.slice(Math.max(0, fact.start - 30), fact.start));
	if (prev && initialsMatch(fact.text, prev[1])) return true;
	if (!/^\p{Lu}{2,8}$/u.test(fact.text)) return false;
	// ("la DREAL (Direction régionale de l’environnement, de l’aménagement et du logement)": in brackets,
	// the name may hold commas.)
	const bracketed = /^[\s\u00a0]*\(((?:[\p{L}'’-]+,?[\s\u00a0]+){1,12}[\p{L}'’-]+)\)/u.exec(after);
	const spelled = bracketed ? bracketed[1].replace(/,/gu, '') : /^[\s\u00a0]*[,(][\s\u00a0]*(?:(?:le|la|les|the)[\s\u00a0]+|l['’])?(\p{L}[\p{L}'’-]*(?:[\s\u00a0]+[\p{L}'’-]+){0,8})/u.exec(after)?.[1];
	if (!spelled) return false;
	// (Lower-case words after a comma spell a two-letter acronym by chance: "the EU, even under pressure",
	// "le PS, pas seulement"; in brackets they spell it out: "le PS (parti socialiste)".)
	if (/^\p{Ll}/u.test(spelled) && fact.text.length < 3 && !/^[\s\u00a0]*\(/u.test(after)) return false;
	// (initialsMatch splits a hyphenated word too: "brigade anti-criminalité" spells BAC.)
	const words = spelled.split(/[\s\u00a0]+/u);
	// The name ends where its capitals stop making the acronym.
	for (let n = 2; n <= words.length; n++) if (initialsMatch(words.slice(0, n).join(' '), fact.text)) return true;
	return false;
}

/** Where a name's acronym in brackets ends, when one follows it ("… Establishment (BRE)"). */
function acronymEnd(text: string, fact: Fact): number | undefined {
	const m = acronymAfter(text, fact);
	return m ? fact.end + m[0].length : undefined;
}

/** A name followed by its acronym in brackets, or an acronym in brackets after its name. */
function acronymPair(text: string, span: { start: number; end: number }): boolean {
	if (acronymAfter(text, span)) return true;
	return text[span.start - 1] === '(' && text[span.end] === ')' && /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u.test(text.slice(span.start, span.end));
}

/** Whether capitalised words run on right before or after the span: the name goes on outside it. */
const COMPLEMENT_LIST_AFTER = /^,[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]+(?:et|and)[ \u00a0]+(?:de|du|des|d['’])/u;
// ("le _____ 9 de la société SpaceX": "Falcon 9", a rocket's number, before "de"/"of" too.)
const NAME_NUMBER_AFTER = /^[\s\u00a0]+(?:[2-9]|II|III|IV)(?=[\s\u00a0]*(?:[,.;:!?)»”"]|et(?![\p{L}])|and(?![\p{L}])|(?:de|du|des|of)[\s\u00a0]|d['’]|$))/u;
// A species' second word after its genus: "_____ godagedarai", "_____ brocksi", "_____ agrioensis".
const EPITHET_AFTER = new RegExp(`^[\\s\\u00a0]+(?!(?:${WEEKDAY_ALT.fr}|tsunami)(?![\\p{L}]))\\p{Ll}{5,}(?:i|ae|ensis|oides|orum|arum)(?![\\p{L}])`, 'u');
// "_____ bleu et blanc (UNAB)", "_____ en Technologies Spatiales (CURTS)": an acronym after the
// blank that starts with the answer's initials and goes on names the whole, which the blank cuts.
const LONGER_ACRONYM_AFTER = /^[^()]{1,50}\((\p{Lu}{3,8})\)/u;
// "au Palais des sports de Ouaga _____" (2000), "l’Euro _____", "Vision _____": a year right after a
// capitalised word, no month, season or preposition, is part of a name.
const NAME_BEFORE_YEAR = /(?<![\p{L}])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|In|Since|By|Until|From|Of|The|During|After|Before|Around|Circa|En|Depuis|Dès|Le|La|De|Du|Fin|Début|Mi|Pendant|Après|Avant|Vers|Jusqu|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)(?![\p{L}]))\p{Lu}[\p{L}'’-]*[\s\u00a0]+$/u;

/** Whether the words before a blank and its answer make up a post ("président de la" + "République"). */
function endsPost(text: string, sentenceStart: number, span: { start: number; end: number }): boolean {
	const before = text.slice(Math.max(sentenceStart, span.start - 40), span.start).split(/[\s\u00a0\u202f]+/u).filter(Boolean);
	const answer = text.slice(span.start, span.end).replace(/[\s\u00a0\u202f]+/gu, ' ').toLowerCase();
	for (let k = 2; k <= Math.min(4, before.length); k++) if (isRoleWord(`${before.slice(-k).join(' ').toLowerCase()} ${answer}`)) return true;
	return false;
}

/** Whether a blank on `span` cuts a name: a person's, a place's, a body's, or the year of one ("Euro 2016"). */
function splitsName(text: string, sentenceStart: number, span: { start: number; end: number }): boolean {
	const before = /(\p{Lu}[\p{L}\p{M}’'.-]*)[ \u00a0]+$/u.exec(text.slice(Math.max(sentenceStart, span.start - 30), span.start));
	// "Robert the _____ of Mortain", "the _____ and Home for Nurses": the name goes on after a link word.
	const after = /^[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}]|&|(?:of|de|du|des|and|et|for|pour|the)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|l['’])?\p{Lu})/u.test(text.slice(span.end, span.end + 20));
	if (after) return true;
	// "la Faculté de Médecine, de Pharmacie et d’Odontostomatologie": a body's name lists its
	// complements after a comma ("les maires de Dakar, de Thiès et de Kaolack" are three places).
	if (isOrgHead(text.slice(span.start, span.end).split(/[\s\u00a0]/u)[0]) && COMPLEMENT_LIST_AFTER.test(text.slice(span.end, span.end + 40))) return true;
	// "après Yékini, _____ 2, Bombardier et…": a number after a name is the name's own ("Balla Gaye 2");
	// "The son, _____., was convicted": so is an abbreviation's dot ("Chaka Fattah Jr.").
	if (NAME_NUMBER_AFTER.test(text.slice(span.end, span.end + 12))) return true;
	const answer = text.slice(span.start, span.end);
	// (Not after a place: "réunis à Kigali mercredi", "Japan tsunami".)
	if (/^\p{Lu}\p{Ll}+$/u.test(answer) && !lookupPlace(answer) && EPITHET_AFTER.test(text.slice(span.end, span.end + 30))) return true;
	const acronym = LONGER_ACRONYM_AFTER.exec(text.slice(span.end, span.end + 60))?.[1];
	const initials = answer.split(/[\s\u00a0'’-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
	if (acronym && initials.length >= 2 && acronym.length > initials.length && acronym.startsWith(initials)) return true;
	// ("… de Recherche en _____ (CRROC)": the blank is the name's end, its acronym right after it or in it.)
	const inside = /^(.*?)[\s\u00a0\u202f]*\((\p{Lu}{3,8})\)$/u.exec(answer);
	const own = inside?.[2] ?? /^[\s\u00a0\u202f]*\((\p{Lu}{3,8})\)/u.exec(text.slice(span.end, span.end + 12))?.[1];
	const ownInitials = inside ? inside[1].split(/[\s\u00a0'’-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') : initials;
	if (own && ownInitials.length >= 2 && own.length > ownInitials.length && own.endsWith(ownInitials)) return true;
	if (/(?:^|\s)(?:Jr|Sr|Inc|Ltd|Corp|Co|Bros)$/u.test(text.slice(span.start, span.end)) && /^\.[\s\u00a0]*[,;:]?[\s\u00a0]*\p{Ll}/u.test(text.slice(span.end, span.end + 6))) return true;
	const left = text.slice(Math.max(sentenceStart, span.start - 40), span.start);
	// "Richard of _____", "Henri de _____", "the Bank of _____": a name that goes on through "of".
	const of = /(?:^|[\s\u00a0(])(\p{Lu}[\p{L}\p{M}’'-]+)[ \u00a0]+(?:of|de|du|von|van)[ \u00a0]+$/u.exec(left);
	if (of && (of.index > 0 || span.start - 40 > sentenceStart) && !isTitle(of[1]) && !isRoleWord(of[1].toLowerCase())) return true;
	// "Jean-Pierre et _____" (Luc Dardenne): a first name alone shares the surname in the blank.
	const pair = /(?:^|[\s\u00a0])(\p{Lu}[\p{L}\p{M}-]+)[ \u00a0]+(?:et|and|&)[ \u00a0]+$/u.exec(left);
	if (pair && isFirstName(pair[1].split('-')[0])) return true;
	// "the Action and _____" (Solidarity Party), "la Justice et _____" (le Développement): after "the" or
	// an article and a capitalised word, a blank ending on a body's head word cuts a body's name in two
	// (names.ts reads "X and Y Party" as two: "the Labour and Conservative Party leaders" are).
	const body = /(?:^|[\s\u00a0])(?:the|le|la|l['’])[ \u00a0]*(\p{Lu}[\p{L}\p{M}-]+)[ \u00a0]+(?:and|et|&)[ \u00a0]+$/iu.exec(left);
	if (body && isOrgHead(answer.trim().split(/[\s\u00a0]+/u).at(-1) ?? '') && !lookupPlace(body[1]) && !isOrgHead(body[1])) return true;
	// "Nico and the _____": a blank inside a short title in quotes cuts the title.
	const open = /["“«‘][^"“”«»‘’]{1,60}$/u.exec(left);
	const close = /^[^"“”«»‘’]{0,40}["”»’]/u.exec(text.slice(span.end, span.end + 41));
	if (open && close && (open[0].length > 1 || close[0].length > 1) && (open[0] + close[0]).split(/\s+/u).length <= 8) return true;
	if (!before) return false;
	const word = before[1].replace(/\.$/, '');
	// "Sir _____" (Sir Ruel), "the King _____ areas": a title of nobility or a saint's is the name's own.
	if (NAME_OWN_TITLE.test(word)) return true;
	const atStart = before.index === 0 && span.start - 30 <= sentenceStart;
	return !atStart && !isTitle(before[1]) && !isTitle(word) && !isRoleWord(word.toLowerCase());
}

const NAME_OWN_TITLE = /^(?:Sir|Dame|King|Queen|Prince|Princess|Lord|Lady|Saint|St|Sainte|Ste)$/u;

/** Whether a span takes part, not all, of a short quoted title ("“12 Years a Slave”": eight words or fewer). */
function cutsQuotedTitle(text: string, sentence: { start: number; end: number }, span: { start: number; end: number }): boolean {
	const before = text.slice(sentence.start, span.start);
	const open = /[«“"][\s\u00a0\u202f]*([^«»“”"]*)$/u.exec(before);
	if (!open) return false;
	const close = /^([^«»“”"]*?)[\s\u00a0\u202f]*[»”"]/u.exec(text.slice(span.end, sentence.end));
	if (!close || (!open[1].trim() && !close[1].trim())) return false;
	// A title opens on a capital or a figure ("“Green Book”", "« Les Misérables »"); a short remark
	// quoted mid-sentence ("“a plan for peace”") does not, and a straight quote closing before the span opened none.
	const quoted = `${open[1]}${text.slice(span.start, span.end)}`.trimStart();
	// A remark quoted whole ends on its own stop or follows a colon: “France will send 300 soldiers to Mali.”
	const remark = /[.!?…][\s\u00a0\u202f]*$/u.test(close[1]) || /:[\s\u00a0\u202f]*[«“"]?[\s\u00a0\u202f]*$/u.test(before.slice(0, before.length - open[0].length + 1));
	return !remark && countWords(`${open[1]} x ${close[1]}`) <= 8 && /^[\p{Lu}\d]/u.test(quoted) && inQuote(text, sentence.start, span.start);
}

/**
 * Whether a date is after the article's: its event is to come. An article dated to the month or the
 * year only, or not at all, may tell a later day of it as past ("Tout avait commencé le 24 janvier"
 * in a January article): then only the tense of the verb nearest the date says so ("sera signé le
 * 28 janvier"), as the date rules read it (`tenseNear`).
 */
function toCome(ctx: Ctx, date: Fact): boolean {
	const key = dateKey(date.value);
	if (!key || key[0] <= Number(ctx.reference.replace(/-/g, '').slice(0, 8))) return false;
	if (/^\d{4}-\d{2}-\d{2}/.test(ctx.published ?? '')) return true;
	const s = ctx.article.sentences[date.sentence];
	return !!s && tenseNear(s.text, date.start - s.start, ctx.lang) === 'future';
}

// The verb of a birth or a death right before its place: "born in", "née à", "died at", "est mort à".
// ("born on 16 July 1928 in London", "née le 12 mars 1950 à Lyon": a date may come between.)
const LIFE_VERB_BEFORE = /(?<![\p{L}])(?:born|died|né|née|nés|nées|morte?s?|décédée?s?|meurt|mourut|s['’]est[\s\u00a0]+éteinte?)(?:[\s\u00a0,]+[\p{L}\d]+){0,5}[\s\u00a0,]+(?:in|at|à|au|en|dans)[\s\u00a0]+(?:(?:the|la|le|l['’])[\s\u00a0]*)?$/iu;

/** Whether `pos` sits inside quotation marks opened earlier in its sentence. */
function inQuote(text: string, sentenceStart: number, pos: number): boolean {
	const before = text.slice(sentenceStart, pos);
	const opened = (before.match(/[«“]/gu) ?? []).length - (before.match(/[»”]/gu) ?? []).length;
	const straight = (before.match(/"/g) ?? []).length % 2 === 1;
	return opened > 0 || straight;
}

// "une deuxième partie", "in the second half", "la seconde moitié": an ordinal of a generic part is no
// fact of its own; nor one of a figure of speech ("the first word that came to mind", "la première chose").
const GENERIC_ORDINAL_NOUN = /^(?:partie|parties|appel|temps|étape|phase|part|step|stage|round|way|half|moitié|mi-temps|words?|things?|mots?|choses?)$/iu;
// "Thursday", "today", "l'an dernier" are read against the publication day: the blank asks for the
// resolved date ("The Lok Sabha on _____ passed the bill" → "August 3, 2023"), never for the
// relative word, with the preposition a date needs in front of it.
const PART_OF_DAY = /^[\s\u00a0]+(morning|afternoon|evening|night|soir|matin|après-midi|midi|dernier|dernière|prochain|prochaine|last|next)(?![\p{L}])/iu;
const RELATIVE_LEAD_IN = /(?:^|[\s\u00a0\u202f])(?:on|in|during|this|last|next|ce|cet|cette|le|la|l['’]|en|au|dès|depuis|since)[\s\u00a0\u202f]*$/iu;

const DATE_PART_LEAD = /^(?:(?:the|la|le|l['’])[\s\u00a0]+)?(?:(?:end|start|beginning|middle|week|weekend|month)[\s\u00a0]+of|early|late|mid-?|fin|début|mi-|courant)[\s\u00a0]*/iu;
const PREPOSITION_BEFORE_DATE = /(?<![\p{L}])(?:at|on|in|by|during|until|till|from|before|after|à|en|au|pour|avant|après|jusqu['’]à|jusqu['’]en)[\s\u00a0]*$/iu;

function resolvedDateCloze(ctx: Ctx, fact: Fact, label: string, distractors: Option[], giveaways: string[], score: number, out: Candidate[]): void {
	const sentence = ctx.article.sentences[fact.sentence];
	// A quotation is never reworded ("It is good to see that today…").
	if (inQuote(ctx.article.text, sentence.start, fact.start)) return;
	if (pointsBack(withoutConnective(sentence.text))) return refuse(ctx, fact, 'opens on a demonstrative pointing back');
	const precision = fact.precision ?? datePrecisionOf(fact.value);
	if (precision !== 'day' && precision !== 'time' && precision !== 'month' && precision !== 'year' && precision !== 'season') return;
	let start = fact.start;
	const lead = RELATIVE_LEAD_IN.exec(ctx.article.text.slice(sentence.start, start));
	if (lead && !/^(?:since|depuis|dès)$/iu.test(lead[0].trim())) start = sentence.start + lead.index + (lead[0].match(/^[\s\u00a0\u202f]/u) ? 1 : 0);
	const day = precision === 'day' || precision === 'time';
	const prep = ctx.lang === 'fr' ? (day ? 'le' : /^printemps/i.test(label) ? 'au' : 'en') : day ? 'on' : 'in';
	const keep = lead && /^(?:since|depuis|dès)$/iu.test(lead[0].trim());
	let before = ctx.article.text.slice(sentence.start, start);
	let after = ctx.article.text.slice(fact.end, sentence.end);
	// "grâce à un mois de décembre hors norme", "a December like no other": the month is inside a
	// noun phrase, and "un en _____" would read as nonsense.
	if (!lead && /(?<![\p{L}])(?:un|une|des|du|a|an|the)[\s\u00a0\u202f]+$/iu.test(before)) return;
	// "last year’s race" needs the relative word itself.
	if (/^['’]s(?![\p{L}])/u.test(after)) return;
	// "Thursday morning" → "on the morning of _____", "samedi soir" → "le _____ au soir",
	// "lundi dernier" → "le _____": the part of the day stays, the relative word goes.
	// "the same quarter of last year" → "of _____", not "of in _____": the date is a noun's complement.
	let opening = keep || /(?<![\p{L}])(?:of|de|du|d['’])[\s\u00a0]*$/iu.test(before) ? '' : `${prep} `;
	// "at the end of October", "in the first week of March", "fin octobre": the part of the period stays
	// in the stem with the preposition before it ("at the end of _____", not "at in _____").
	const periodPart = start === fact.start ? DATE_PART_LEAD.exec(fact.text) : null;
	if (periodPart && periodPart[0].length < fact.text.length) {
		before += periodPart[0];
		opening = '';
	} else if (PREPOSITION_BEFORE_DATE.test(before)) opening = '';
	let trail = '';
	const part = PART_OF_DAY.exec(after);
	if (part) {
		if (!day) return;
		const word = part[1].toLowerCase();
		after = after.slice(part[0].length);
		if (ctx.lang === 'en') {
			if (!/^(?:morning|afternoon|evening|night)$/.test(word)) return;
			opening = keep ? `the ${word} of ` : `on the ${word} of `;
		} else if (word === 'matin' || word === 'soir') trail = ` au ${word}`;
		else if (word === 'après-midi') trail = ` dans l’après-midi`;
		else if (!/^(?:dernier|dernière|prochain|prochaine)$/.test(word)) return;
	}
	// "Samedi dernier, les habitants…" → "Le _____, les habitants…": the sentence's capital moves to the words before the blank.
	if (!/[\p{L}\p{N}]/u.test(before)) opening = capitalize(opening);
	const text = `${before}${opening}${BLANK}${trail}${after}`;
	const cloze = clozeOf({ ...sentence, text, start: 0, end: text.length }, { start: text.indexOf(BLANK), end: text.indexOf(BLANK) + BLANK.length });
	if (!cloze) return;
	// The reader works the date out from the day the article appeared, which the prompt gives.
	const prompt = `${cloze} ${publishedNote(ctx)}`;
	out.push({ question: makeQuestion(ctx, 'cloze', fact, prompt, label, fact.value, [], 0.05), fact, factScore: score, typeScore: 0.15, giveaways });
	const choices = mcqChoices(fact, label, distractors, cloze);
	if (choices) out.push(clozeChoice(ctx, fact, prompt, label, choices, score, giveaways));
}

// The blank covers the value, not the little words around it ("le _____", "de _____ ans" stays readable).
// ("deliberated for 36 hours over _____": the preposition stays in the prompt, the answer is the amount.)
// ("d’ici 2020", "d’ici à 2030": the whole phrase says by when, no word of it goes in the blank.)
const LEADING_FUNCTION_WORDS = /^(?:d['’]ici(?:\s+(?:à|au))?\s+|(?:de|du|des|le|la|les|pendant|durant|depuis|en|à|au|aux|par|vers|dès|sur|après|avant|jusqu['’]en|the|for|in|on|of|since|during|by|until|around|about|circa|within|over|throughout|after|before)\s+|(?:d|l)['’])/i;

const LEADING_YEAR_WORDS = new RegExp(`${LEADING_FUNCTION_WORDS.source}|^(?:fin|début|courant|early|late)\\s+|^mi-|^mid-`, 'i');

// A decade keeps its article and qualifier: "in _____" reads "the 1990s" and "the early 1990s".
const LEADING_PREPOSITIONS = /^(?:dans|en|depuis|pendant|durant|in|during|since|from|through|until)\s+/i;

const NUMERIC = new Set<Fact['type']>(['quantity', 'money', 'percent', 'duration']);
const BOUND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BOUND_WORDS})[\\s\\u00a0]*$`, 'iu');

/** "plus de _____ patients", "en moins de dix minutes": an amount the text gives as a bound only. */
function boundedAmount(ctx: Ctx, fact: Fact, span = blankSpan(fact)): boolean {
	const sentence = ctx.article.sentences[fact.sentence];
	return NUMERIC.has(fact.type) && !!sentence && BOUND_BEFORE.test(ctx.article.text.slice(Math.max(sentence.start, fact.start - 16), span.start));
}

// What may open a sentence before a count that is its subject: a short phrase and its comma
// ("In 2023, ", "Au total, "), then an approximation ("about", "près de"). "Les deux parties", "all
// five members" name a group the reader already knows: their count is no question.
const COUNT_OPENING = new RegExp(`^(?:([^,;:«»"“”()]{2,40}),[\\s\\u00a0]+)?(?:(${ROUGHLY})[\\s\\u00a0]+)?$`, 'iu');
// An opening clause of saying ("She said of the total, …") makes no question of the count after it;
// "Selon la préfecture,", "According to police,", "As the mayor said," attribute the count: they stay.
const SAYING_VERB = new RegExp(`^(?!as[\\s\\u00a0]|comme[\\s\\u00a0]|ainsi[\\s\\u00a0]que)(?:.*[\\s\\u00a0])?(?:${TELLING_EN}|a[\\s\\u00a0]+(?:${TELLING_FR_DONE})|${TELLING_FR_NOW})(?![\\p{L}])`, 'iu');
// A clause opening on a count ("Four people died…", "12 maisons ont brûlé…"), not a time ("Two days after his death").
const CLAUSE_VERB = /(?<![\p{L}])(?:died|are|were|is|was|has|have|had|ont|sont|est|avait|avaient|étaient)(?![\p{L}])/u;
const COUNT_LEAD = new RegExp(`^(?:\\d|(?:${CARDINAL_WORD})[\\s\\u00a0]+\\p{Ll})`, 'iu');
// The number at the head of a count's text ("3,000", "trois", "1.2 million").
// ("Cent cinquante citoyens", "Vingt et un prévenus", "Two hundred and five pupils": every word of a count in words.)
const COUNT_NUMBER: Record<Lang, RegExp> = {
	fr: countNumber('fr'),
	en: countNumber('en')
};
function countNumber(lang: Lang): RegExp {
	return new RegExp(`^(?:\\d[\\d\\s\\u00a0.,]*(?:[\\s\\u00a0]*(?:millions?|milliards?|billions?|thousand|mille))?|${numberWordsPattern(lang)}|[\\p{L}]+(?:-[\\p{L}]+)*)[\\s\\u00a0]+`, 'iu');
}
// A finite verb within the first words of what follows the count.
const COUNT_VERB: Record<Lang, RegExp> = {
	en: /^(?:[^\s,;:]+[\s\u00a0]+){0,3}?(?:were|was|are|is|have|has|had|will|would|could|can|did|do|\p{Ll}+ed|lost|fell|rose|went|came|took|made|left|won|got|fled|ran|became|began|held|kept|found|gave|spent|paid|sold|built|bought|brought|fought|caught|told|said|stood|met|led|sent|hit|struck|drove|flew|grew|broke|remain|live|work|face)(?![\p{L}])/u,
	fr: /^(?:[^\s,;:]+[\s\u00a0]+){0,3}?(?:ont|sont|a|est|étaient|avaient|seront|vont|doivent|peuvent|\p{Ll}+ent)(?![\p{L}])/u
};

// A rise and a fall, in either language: "rose", "up", "a bondi", "en hausse"; "fell", "down", "a reculé", "baisse".
const UP_WORDS = 'rose|risen|rising|rises|grew|grown|increased|jumped|climbed|soared|surged|gained|up|higher|augment\\p{L}*|progress\\p{L}*|bondi|grimp\\p{L}*|hausse|mont[ée]\\p{L}*';
// ("avant de descendre à 3,9 %", "tombé à", "plunged to": a fall said with a verb of going down.)
const DOWN_WORDS = 'fell|fallen|falling|falls|dropped|declined|decreased|slipped|eased|plunged|plummeted|slumped|tumbled|sank|shrank|down|lower|baiss\\p{L}*|recul\\p{L}*|chut\\p{L}*|diminu\\p{L}*|repli\\p{L}*|reflu\\p{L}*|descen\\p{L}*|redescen\\p{L}*|tomb(?:er|é|ée|és|ées|ait|aient|ant)';
const wholeWords = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
const UP_WORD = wholeWords(UP_WORDS);
const DOWN_WORD = wholeWords(DOWN_WORDS);
const CHANGE_WORD = wholeWords(`${UP_WORDS}|${DOWN_WORDS}`);
// A change said by its noun ("a 12pc decrease to…", "une croissance de 4,9 %"): a looser cue ("in the
// fall", "a sign of growth"), so the percentage must be the change between the amounts.
const CHANGE_NOUN = wholeWords('increases?|decreases?|rises?|fall|drops?|declines?|gains?|growth|croissance|évolution');

// An amount in digits or words, or a month and its year ("between May 2022 and _____").
const RANGE_NUMBER = `(?:\\d[\\d\\s\\u00a0.,]*|${CARDINAL_WORD}|(?:${MONTH_ALT})[\\s\\u00a0]+\\d{4})`;
const RANGE_UNIT = '(?:[\\s\\u00a0]*(?:%|°C|°|¢|\\$|€|£|[\\p{L}]{1,12}))?[\\s\\u00a0]*';
// The blank is the upper bound: "entre 1000 et _____", "between 20 and _____", "from 20 to _____",
// "aged five to _____",
// "six à _____" (French "à" between two amounts is always a range), "four or _____ years" (a guess
// between two amounts), "20–_____". "312 to 190" (a vote) and "grew by 34% to _____" (a change)
// are no ranges.
const RANGE_BEFORE = new RegExp(
	`(?:(?:entre|between)[\\s\\u00a0]+${RANGE_NUMBER}${RANGE_UNIT}(?:et|and)|(?:from|de|d['’]|aged)[\\s\\u00a0]+${RANGE_NUMBER}${RANGE_UNIT}(?:to|à)|(?<![\\p{L}])${RANGE_NUMBER}${RANGE_UNIT}(?:à|or|ou)|\\d[\\s\\u00a0]*[-–])[\\s\\u00a0]*$`,
	'iu'
);
// The blank is the lower bound: "entre _____ et 1400", "from _____ to 30", "_____ à 30 %", "_____–30".
const RANGE_OPENER = /(?:entre|between|from|de|d['’])[\s\u00a0]*$/iu;
const RANGE_AFTER_OPENED = new RegExp(`^${RANGE_UNIT}(?:et|and|to|à)[\\s\\u00a0]*${RANGE_NUMBER}(?![\\p{L}])`, 'iu');
const RANGE_AFTER = new RegExp(`^(?:${RANGE_UNIT}(?:à|or|ou)[\\s\\u00a0]*${RANGE_NUMBER}(?![\\p{L}])|[\\s\\u00a0]*[-–][\\s\\u00a0]*\\d)`, 'iu');

// "est passé de 87,4 ¢ à _____", "rose from 4.1% to _____": after a verb of change, "from X to" gives
// where the change started, and the blank is where it went — the news, not a bound.
const CHANGE_FROM = new RegExp(`(?:${UP_WORDS}|${DOWN_WORDS}|pass[ée]\\p{L}*|went|gone|moved)[\\s\\u00a0]+(?:from|de|d['’])[\\s\\u00a0]*${RANGE_NUMBER}${RANGE_UNIT}(?:to|à)[\\s\\u00a0]*$`, 'iu');

/** Whether an amount, a year or a month is one bound of a range ("between 20 and _____", "_____ à 30 %", "between May 2022 and _____"). */
function rangeBound(text: string, fact: Fact, span: { start: number; end: number }): boolean {
	if (!NUMERIC.has(fact.type) && !(fact.type === 'date' && /^\d{4}(?:-\d{2})?$/.test(fact.value))) return false;
	const before = text.slice(Math.max(0, span.start - 60), span.start);
	const after = text.slice(span.end, span.end + 30);
	if (fact.type === 'date' && (PART_RANGE_BEFORE.test(before) || PART_RANGE_AFTER.test(after))) return true;
	if ((RANGE_BEFORE.test(before) && !CHANGE_FROM.test(before)) || RANGE_AFTER.test(after) || (RANGE_OPENER.test(before) && RANGE_AFTER_OPENED.test(after))) return true;
	// "sentenced to 6 to _____ years", "five to _____ years", "_____-to-5 years": a bare "to" between a
	// smaller amount and a larger one is a range; "voted 312 to 190" goes down, a tally; "the 4 to _____
	// years" are four people sentenced.
	const own = amountOf(text.slice(span.start, span.end));
	const lower = BARE_TO_BEFORE.exec(before);
	const upper = BARE_TO_AFTER.exec(after);
	return (lower !== null && amountOf(lower[1]) < own) || (upper !== null && own < amountOf(upper[1]));
}

/** The amount a phrase opens on, in digits or in words ("12 years", "eight"), or NaN. */
function amountOf(s: string): number {
	const digits = /^[^\d]{0,3}?(\d+(?:\.\d+)?)/u.exec(s.replace(/(\d),(?=\d{3})/gu, '$1'));
	if (digits) return Number(digits[1]);
	const word = /^[\p{L}-]+/u.exec(s.trim())?.[0] ?? '';
	return parseNumber(word, 'en') ?? parseNumber(word, 'fr') ?? NaN;
}

const BARE_AMOUNT = `(\\d+(?:\\.\\d+)?|${CARDINAL_WORD})`;
const BARE_TO_BEFORE = new RegExp(`(?<![\\p{L}\\d.,])(?<!(?:the|these|those|les|des|ces)[\\s\\u00a0])${BARE_AMOUNT}[\\s\\u00a0]*(?:-to-|to[\\s\\u00a0]+)$`, 'iu');
const BARE_TO_AFTER = new RegExp(`^(?:-to-|[\\s\\u00a0]+to[\\s\\u00a0]+)${BARE_AMOUNT}(?![\\d.,]*[\\s\\u00a0]*(?:-to-|to[\\s\\u00a0]))`, 'iu');

// "vers la fin 2019 ou au début _____", "late _____ or early 2020": two parts of years, one span.
const YEAR_PART = '(?:fin|début|mi|milieu|late|early|mid|the[\\s\\u00a0]+(?:end|start|beginning)[\\s\\u00a0]+of)';
const YEAR_PART_IN_BRACKET = new RegExp(`\\([\\s\\u00a0]*(?:${YEAR_PART}[\\s\\u00a0-]*)?$`, 'iu');
const PART_RANGE_BEFORE = new RegExp(`${YEAR_PART}[\\s\\u00a0-]+\\d{4}[\\s\\u00a0]+(?:ou|or|à|to|et|and)[\\s\\u00a0]+(?:(?:au|à[\\s\\u00a0]+la|en|in)[\\s\\u00a0]+)?${YEAR_PART}[\\s\\u00a0-]+$`, 'iu');
const PART_RANGE_AFTER = new RegExp(`^[\\s\\u00a0]+(?:ou|or|à|to|et|and)[\\s\\u00a0]+(?:(?:au|à[\\s\\u00a0]+la|en|in)[\\s\\u00a0]+)?${YEAR_PART}[\\s\\u00a0-]+\\d{4}`, 'iu');

/** Whether a prompt holds one of the answer's give-aways as whole words ("3" is not in "2023"). */
function givenAway(prompt: string, giveaways: string[]): boolean {
	const key = ` ${normalizeText(prompt)} `;
	return giveaways.some((g) => g !== '' && key.includes(` ${g} `));
}

// "… and Pine Park was chosen", "… et le parc des Pins a été choisi": "and" before a subject (a capital
// or a determiner's noun, and up to three words more) and its verb.
const OWN_CLAUSE_AFTER_AND: Record<Lang, RegExp> = {
	en: /,?[\s\u00a0]+(?:and|but|while)[\s\u00a0]+(?:(?:the|a|an|its|their|his|her|several|many|some|few|most|other|two|three|four|five)[\s\u00a0]+[\p{L}’'-]+|others|many|some|most|\p{Lu}[\p{L}’'-]*)(?:[\s\u00a0]+[\p{L}’'-]+){0,3}?[\s\u00a0]+(?:was|were|is|are|has|have|had|will|would|said|says|took|made|gave|sent|told|chose|found|won|left|\p{Ll}{2,}ed)(?![\p{L}])/u,
	fr: /,?[\s\u00a0]+(?:et|mais)[\s\u00a0]+(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|plusieurs|certains|certaines|deux|trois|quatre|cinq)[\s\u00a0]*[\p{L}’'-]+|d['’]autres|beaucoup|\p{Lu}[\p{L}’'-]*)(?:[\s\u00a0]+[\p{L}’'-]+){0,3}?[\s\u00a0]+(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront)(?![\p{L}])/u
};

// ("Four people died, twelve are missing": after a comma, a second count with a verb of its own;
// "…on Sunday, 20 km north of the city" is no count of the sentence's.)
const SECOND_COUNT = new RegExp(
	`(?<![\\p{L}])(?:et|and)[\\s\\u00a0]+(?:\\d|${CARDINAL_WORD})|,[\\s\\u00a0]+(?:\\d|${CARDINAL_WORD})[^,;.]{0,30}?[\\s\\u00a0](?:are|were|is|was|have|has|had|remain|remained|ont|sont|est|restent|étaient|avaient)(?![\\p{L}])`,
	'iu'
);

// "…, précise également Santé publique France", "…, officials said": the source of a count, no part of the question.
const COUNT_SOURCE =
	/,[\s\u00a0]+(?:(?:(?:a|ont)[\s\u00a0]+)?(?:précise|précisé|indique|indiqué|souligne|souligné|ajoute|ajouté|explique|expliqué|annonce|annoncé|rapporte|rapporté|affirme|affirmé|selon|according[\s\u00a0]+to|said|says|reported|added)(?![\p{L}])[^,]*|[^,]{1,60}[\s\u00a0](?:said|says|reported|added|noted))$/iu;

/**
 * "Dans ces 3 grandes villes", "Les deux chefs d’Etat", "All five family members": a count after a
 * demonstrative or a definite article numbers a group the reader already knows (its members were
 * just named, so it is a dozen at most). ("the 88-year-old actress" is an age; "les cinq derniers
 * championnats", "the last three" a window.)
 */
function countOfNamedGroup(text: string, fact: Fact): boolean {
	const span = blankSpan(fact);
	if (fact.role === 'age' || /[-‑]/u.test(text.slice(span.start, span.end + 1))) return false;
	// ("the 60,000 people in the audience" are new.)
	if (Number(fact.value) > 12) return false;
	return KNOWN_GROUP_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) && !RANK_WORD_AFTER.test(text.slice(span.start, span.end + 20));
}

const KNOWN_GROUP_BEFORE = /(?<![\p{L}])(?:les|ces|leurs|the|these|those|their|all|tous[\s\u00a0]+les|toutes[\s\u00a0]+les)[\s\u00a0]+$/iu;
const RANK_WORD_AFTER = /^\S+[\s\u00a0]+(?:derni(?:er|ère)s|premi(?:er|ère)s|prochain(?:e)?s|last|first|next|past|previous)(?![\p{L}])/iu;

/** "How many Louisiana residents were still in shelters?" from a count that is its sentence's subject. */
function countQuestion(ctx: Ctx, fact: Fact): string | null {
	const sentence = ctx.article.sentences[fact.sentence];
	const t = ctx.article.text;
	if (!sentence || sentence.listItem || words(sentence.text) > 40) return null;
	// ("71 year-old Maria Lenko described…" made "how many year-old Maria Lenko described…?": an age counts nothing.)
	if (fact.role === 'age') return null;
	// "Between 40 and 60 crossings a week are planned": a range is no count to give ("How many 40
	// and 60 crossings…?").
	if (/^[\d.]+-[\d.]+$/.test(fact.value)) return null;
	const opening = COUNT_OPENING.exec(t.slice(sentence.start, fact.start));
	if (!opening) return null;
	const [, opener, about] = opening;
	// "Par ailleurs, 300 passagers…": a link to the sentence before is no part of the question.
	const intro = opener && !CONNECTIVE_ALONE.test(opener.trim()) ? opener : undefined;
	// "Four people died in the storm, twelve are missing": an intro with a count of its own is a
	// clause; "She said of the total, 2 billion…" one with a verb of saying.
	if (intro && (words(intro) > 6 || (COUNT_LEAD.test(intro) && CLAUSE_VERB.test(intro)) || SAYING_VERB.test(intro))) return null;
	// "Une vingtaine de prévenus ont comparu": "Environ combien de prévenus ont comparu ?".
	const round = ctx.lang === 'fr' ? roundCount(fact.text) : null;
	const number = round ? null : COUNT_NUMBER[ctx.lang].exec(fact.text);
	// "17 morts" in the headline answers "combien de personnes ont perdu la vie ?".
	if ((!number && !round) || (number && titleHolds(ctx.article, number[0].trim())) || titleHolds(ctx.article, fact.value)) return null;
	const noun = round ? round.noun : fact.text.slice(number![0].length).trim();
	// The rest of the sentence, to its full stop, with its verb near the start; no quote in it.
	const rest = t.slice(fact.end, sentence.end).trim();
	if (!/[.!]$/u.test(rest) || /[«»“”"?]/u.test(rest) || !noun || /[,;:()]/u.test(noun)) return null;
	// A sentence the segmenter kept with the next one because a footnote marker hid the boundary
	// ("…1349.[3] The burgeoning…") ends at its own full stop (the segmenter decides every other
	// one: "in St. John's Park" goes on); footnote markers are no words.
	const predicate = rest
		.replace(/(?:(?:\[\d{1,3}\])+[.!](?:\[\d{1,3}\])*|[.!](?:\[\d{1,3}\])+)[\s\u00a0]+\p{Lu}[\s\S]*$/u, '')
		.replace(/\[\d{1,3}\]/gu, '')
		.replace(/[\s\u00a0]*[.!]$/u, '')
		.replace(COUNT_SOURCE, '');
	// "…ont dû être créés : pour les petits, pour les grands…": a list follows, not a clause to ask;
	// "7 personnes avaient été interpellées et cinq déferrées": a second count shares the verb.
	if (/[;:]/u.test(predicate) || words(predicate) > 22 || SECOND_COUNT.test(predicate)) return null;
	// "Four sites were visited and Pine Park was chosen, largely because…": a clause with its own
	// subject after "and" is no part of what the count did.
	const own = OWN_CLAUSE_AFTER_AND[ctx.lang].exec(predicate);
	const asked = own ? predicate.slice(0, own.index) : predicate;
	const verb = COUNT_VERB[ctx.lang].exec(asked);
	if (!verb || /[,;:]/u.test(asked.slice(0, verb[0].length)) || words(asked) < 2) return null;
	return howManyPrompt(ctx.lang, { intro, approximate: !!about || !!round, noun, predicate: asked });
}

const PART_OF_DAY_LEAD = /^(?:(?:la|le|l['’]|the)[\s\u00a0]*)?(?:soirée|journée|nuit|matinée|après-midi|week-end|morning|evening|night|afternoon|weekend)[\s\u00a0]+(?:du|de|d['’]|of)[\s\u00a0]*/iu;

// "Ce jeudi 27 juin s’ouvre…", "se sont éteints samedi 4 mars": the weekday stays in the stem, the
// day written out is the blank (options "4 mars 2017" read on from "samedi", as no bare date would).
const WEEKDAY_LEAD = new RegExp(`^(?:(?:ce|this)[\\s\\u00a0]+)?(?:${WEEKDAY_ALT.fr}|${WEEKDAY_ALT.en})[\\s\\u00a0]+(?=\\d)`, 'iu');

const PART_OF_PERIOD = /^(?:end|beginning|start|middle)[\s\u00a0]+of(?![\p{L}])/iu;

function blankSpan(fact: Fact): { start: number; end: number } {
	let start = fact.start;
	let t = fact.text;
	// "une pneumonie fin _____", "rejoint début _____": a year's part stays in the stem, as "in late _____" does.
	const lead = fact.precision === 'decade' ? LEADING_PREPOSITIONS : fact.type === 'date' && /^\d{4}$/.test(fact.value) ? LEADING_YEAR_WORDS : LEADING_FUNCTION_WORDS;
	// "La soirée du _____ a sacré…": the part of the day stays in the stem, the day is the blank.
	const partOfDay = fact.type === 'date' ? PART_OF_DAY_LEAD.exec(t) : null;
	if (partOfDay && partOfDay[0].length < t.length) {
		start += partOfDay[0].length;
		t = t.slice(partOfDay[0].length);
	}
	for (let i = 0; i < 2; i++) {
		const m = lead.exec(t);
		if (!m || m[0].length >= t.length) break;
		// "until the end of May 2023": "the" belongs to "end of", whose day the options write ("until
		// _____" → "May 31, 2023", not "until the May 31, 2023").
		if (fact.type === 'date' && /^the[\s ]/iu.test(m[0]) && PART_OF_PERIOD.test(t.slice(m[0].length))) break;
		start += m[0].length;
		t = t.slice(m[0].length);
	}
	const weekday = fact.type === 'date' ? WEEKDAY_LEAD.exec(t) : null;
	if (weekday) {
		start += weekday[0].length;
		t = t.slice(weekday[0].length);
	}
	// "before 1 a.m.": the abbreviation keeps its full stop.
	const abbreviation = /[ap]\.m\.$/i.test(t) || /(?:^|[\s.])\p{Lu}\.$/u.test(t);
	const trailing = abbreviation ? /[\s,;:]+$/.exec(t) : /[\s,.;:]+$/.exec(t);
	return { start, end: fact.end - (trailing ? trailing[0].length : 0) };
}

// Events people take part in: "Qui a pris part à la signature ?" reads well, "… au refuge" does not.
const PARTICIPATIVE = /^(?:signature|sommet|réunion|rencontre|négociations?|pourparlers|cérémonie|conférence|entretien|élection|vote|débat|manifestation|forum|conseil|session|procès|signing|summit|meeting|talks|negotiations?|ceremony|conference|election|vote|debate|trial|session)$/i;

/**
 * "Quel maire élu a pris part à l’élection du maire ?", "Quel programmateur a pris part à la signature
 * du programmateur ?", "Qui a pris part à l’élection de certains ?", "Who took part in the signing of
 * of slowing down?": raters found every such question nonsense. The event names no role of the
 * person asked about (even one the prompt would not show: "Who took part in the mayor's election?"
 * asks the mayor), no pronoun for its complement, and no word twice in a row.
 */
export function soundParticipation(event: string, role: string | undefined): boolean {
	const words = normalizeText(event).split(' ');
	if (words.some((w, i) => i > 0 && w === words[i - 1])) return false;
	if (words.some((w) => VAGUE_COMPLEMENT.has(w))) return false;
	const roleWords = role ? normalizeText(role).split(' ').filter((w) => w.length > 3) : [];
	return !roleWords.some((w) => words.includes(w));
}
const VAGUE_COMPLEMENT = new Set(['certains', 'certaines', 'plusieurs', 'autres', 'some', 'others', 'several', 'those', 'ceux', 'celles', 'it', 'them']);

/** The head noun of an event's label ("la signature de l'accord" → "signature"). */
function eventHead(event: string, lang: Lang): string {
	return event.trim().replace(lang === 'fr' ? /^(?:le|la|les|l['’])\s*/i : /^the\s+/i, '').split(/[\s’']/)[0] ?? '';
}

function participative(event: string, lang: Lang): boolean {
	return PARTICIPATIVE.test(eventHead(event, lang));
}

/**
 * "290 députés ont voté pour la nomination de M. X": a person named as the complement of another noun
 * than the event's (a post's "le maire de X" aside) is what the event is about, not one who took part
 * in it ("Qui a pris part au vote de 290 députés ?" → X, a wrong answer two raters struck). ("in the
 * presence of X", "sous la présidence de X": those nouns say X was there.)
 */
function complementOfOtherNoun(text: string, fact: Fact, event: string, lang: Lang): boolean {
	const m = NOUN_OF_BEFORE.exec(text.slice(Math.max(0, fact.start - 50), fact.start));
	if (!m || isRoleWord(m[1]) || PRESENCE_NOUN.test(m[1])) return false;
	return normalizeText(m[1]) !== normalizeText(eventHead(event, lang));
}
const NOUN_OF_BEFORE = new RegExp(`(?<![\\p{L}])(\\p{Ll}{3,})${S}+(?:de${S}+|d['’]|du${S}+|des${S}+|of${S}+(?:the${S}+)?)(?:(?:${HONORIFIC_ALT})\\.?${S}+)?$`, 'u');
const PRESENCE_NOUN = /^(?:presence|présence|presidency|présidence|invitation|initiative|auspices|côtés|company|side|leadership|direction)$/u;

// Heads that a name shares with the common noun the article goes on using ("the castle", "le festival").
// Written as `normalizeText` writes them (no accents).
const HEAD_NOUNS = new Set(
	'castle festival museum hospital bridge cathedral church company council court agency university school tower volcano lake river park palace abbey club party team chateau musee hopital pont cathedrale eglise entreprise societe conseil tribunal agence universite ecole tour volcan lac parc palais abbaye parti equipe peloton piton'.split(' ')
);

/**
 * In which sentences the article names each person, place or body (normalised name → sentence
 * indexes). "Launceston Castle … the castle … the castle": a place or a body the article goes on
 * calling by its head noun is named each time.
 */
export function namedSentences(sentences: readonly Sentence[], facts: readonly Fact[], lang: Lang): Map<string, Set<number>> {
	const named = new Map<string, Set<number>>();
	for (const f of facts)
		if (f.type === 'person' || f.type === 'place' || f.type === 'organisation') {
			const k = normalizeText(f.value);
			if (!named.has(k)) named.set(k, new Set());
			named.get(k)!.add(f.sentence);
		}
	let words: string[] | undefined;
	for (const [key, seen] of named) {
		const head = headNoun(key, lang);
		if (!head) continue;
		words ??= sentences.map((s) => ` ${normalizeText(s.text)} `);
		const needle = lang === 'fr' ? [` le ${head} `, ` la ${head} `, ` les ${head} `, ` l ${head} `] : [` the ${head} `];
		words.forEach((w, i) => {
			if (needle.some((n) => w.includes(n))) seen.add(sentences[i].index);
		});
	}
	return named;
}

/** Whether a question asks the article's own subject (named in four sentences or more), what any reader knows. */
export function asksTopic(q: Question, fact: Fact, named: Map<string, Set<number>>): boolean {
	return q.type !== 'truefalse' && fact.type !== 'quote' && (named.get(normalizeText(q.answerValue))?.size ?? 0) >= 4;
}

/** The head noun of a normalised name of two words or more, when the article may use it alone: the last word in English, the first in French. */
function headNoun(key: string, lang: Lang): string | null {
	const words = key.split(' ');
	if (words.length < 2) return null;
	const head = lang === 'fr' ? words[0] : words[words.length - 1];
	return HEAD_NOUNS.has(head) ? head : null;
}

// "Cette semaine", "this year": a demonstrative that says when, not what.
const DEMONSTRATIVE_TIME = /^(?:ce|cet|cette|ces|this|these)[\s\u00a0]+(?:(?:derni(?:er|ère|ers|ères)|prochaine?s?|last|past|coming|next)[\s\u00a0]+)?(?:année|années|semaine|semaines|mois|saison|fois|matin|soir|soirée|nuit|jour|jours|week-end|été|hiver|printemps|automne|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|year|years|week|weeks|month|months|season|time|morning|evening|afternoon|weekend|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/iu;

// ("La ville de Paris a annoncé…", "The town of Harwick…" name it themselves.)
const LOCALITY_OPENING = /^(?:la|le|l['’]|the)[\s\u00a0]*(?:commune|ville|village|municipalité|localité|bourgade|town|township|municipality)(?![\p{L}])(?![\s\u00a0]+(?:de|d['’]|du|of)[\s\u00a0]*\p{Lu})/iu;

// "Durant ces _____, …": the blank is the noun of a phrase that points back.
const BLANK_AFTER_DEMONSTRATIVE = /(?<![\p{L}])(?:ce|cet|cette|ces|this|these|those)[\s\u00a0]+_____/iu;

/**
 * A stem whose subject is a demonstrative meaning something said before ("Cette décision…", "This
 * was…"; not "Cette année", "This week"), or whose blank is the noun of such a phrase. ("Pour ce
 * vol, …", "Durant ces trois années, …" in an opening phrase mostly mean the story's own.)
 */
function pointsBack(text: string): boolean {
	const t = text.trim();
	return (DEMONSTRATIVE_START.test(t) && !DEMONSTRATIVE_TIME.test(t)) || BLANK_AFTER_DEMONSTRATIVE.test(t);
}

/** Whether a day's text names a weekday it does not fall on ("le mardi 27 juillet 2016"). */
function weekdayContradicts(fact: Fact, lang: Lang): boolean {
	const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fact.value);
	const named = day ? WEEKDAY_WORD[lang].exec(fact.text) : null;
	return !!named && weekdayOf({ y: Number(day![1]), m: Number(day![2]), d: Number(day![3]) }) !== WEEKDAYS[lang][named[1].toLowerCase()];
}

// "The following month, …", "Le lendemain, …": a time counted from one the sentence before names.
const TIME_POINTING_BACK: Record<Lang, RegExp> = {
	fr: /^(?:le[\s\u00a0]+lendemain|la[\s\u00a0]+veille|(?:le|la|l['’])[\s\u00a0]*(?:jour|semaine|mois|an|année|saison)[\s\u00a0]+(?:suivante?|précédente?|d['’]après|d['’]avant))(?![\p{L}])/iu,
	en: /^the[\s\u00a0]+(?:(?:following|next|previous)[\s\u00a0]+(?:day|morning|evening|night|week|weekend|month|year|season)|day[\s\u00a0]+(?:before|after))(?![\p{L}])/iu
};

/**
 * Whether a sentence needs the one before it: a pronoun, a demonstrative, a time counted from one
 * named before. (`times` false: only what leaves the subject unnamed; "Le lendemain, le maire a
 * démissionné" names its subject and can stand before another sentence as its context.)
 */
function anaphoric(text: string, lang: Lang, times = true): boolean {
	// "Earlier, he held…", "Depuis les Jeux de 2008, ils totalisent…", "Au total, c’est son…": a
	// short opening phrase, then the pronoun.
	// ("Sur le sprint vendredi, ce dernier a terminé 2e", "Later, the latter said…".)
	const t = text.trim().replace(/^[^,;:«»“”"]{1,40},[\s\u00a0]+(?=(?:il|elle|ils|elles|ce[\s\u00a0]+derni(?:er|ère)|celui-ci|celle-ci|he|she|they|it|this|these|the[\s\u00a0]+(?:latter|former))(?![\p{L}])|c['’])/iu, '');
	if (DEMONSTRATIVE_TIME.test(t)) return false;
	// "Cet animal appartient…", "Telles sont les conclusions…", "Soit une hausse de…", "Such a
	// vote…": a demonstrative or a verbless follow-up points at the sentence before.
	// "Parmi elles, …", "Among them is…", "Of these, …": the things counted are named before;
	// "D'ici là, …", "Since then, …": the time meant too.
	// "La commune a été touchée…", "The village lost…": which one is in a sentence before, when the
	// article names several.
	if (LOCALITY_OPENING.test(t)) return true;
	// ("The following month he lodged an appeal": the time, then a pronoun all the same.)
	const time = TIME_POINTING_BACK[lang].exec(t);
	if (time) return times || anaphoric(t.slice(time[0].length).replace(/^[\s\u00a0]*,?[\s\u00a0]*/u, ''), lang, false);
	return lang === 'fr'
		? /^(?:(?:il|elle|ils|elles|ce|cet|cette|cela|ceci|ces|celui|celle|ceux|leur|leurs|son|sa|ses|tel|telle|tels|telles|soit|(?:le|la) (?:premier|première|second|seconde|dernier|dernière)|parmi[\s\u00a0]+(?:eux|elles|ceux-ci|celles-ci|lesquels|lesquelles)|l['’]une?|(?:[\p{L}\d]+|la[\s\u00a0]+plupart)[\s\u00a0]+d['’]entre[\s\u00a0]+(?:eux|elles)|le[\s\u00a0]+(?:duo|binôme|couple|trio)|d['’]ici[\s\u00a0]+là|depuis[\s\u00a0]+lors|entre-temps|à[\s\u00a0]+l['’]époque|à[\s\u00a0]+ce[\s\u00a0]+moment-là)(?![\p{L}])|c['’])/iu.test(t)
		: /^(?:it|this|these|those|they|he|she|that|his|her|their|its|such|the (?:first|second|former|latter|pair|duo|couple|trio)|both|one of them|(?:\w+ )?(?:among|of|many of|some of|most of|none of|all of|both of)[\s\u00a0]+(?:them|these|those|this(?=[\s\u00a0]*[,;:]))|(?:since|by|until)[\s\u00a0]+then|at[\s\u00a0]+(?:the|that)[\s\u00a0]+time|the[\s\u00a0]+above)\b/i.test(t);
}

// "le Vaudois", "the Kenyan": one capitalised word ending like an inhabitant's name stands for someone named before.
const DEMONYM_NOUN = /^\p{Lu}\p{Ll}+(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine|an|ane|ese|ish)$/u;

/** Such a word that names none of the article's people ("Morgan" after "Jeff Morgan" is a surname). */
function inhabitantNoun(ctx: Ctx, value: string): boolean {
	return DEMONYM_NOUN.test(value) && !ctx.facts.some((f) => f.type === 'person' && f.value.split(' ').includes(value));
}

// A statement that opens on a pronoun, a demonstrative or a plural possessive ("I know why…",
// "Those adjustments are…", "C'est…", "Their plan…") needs a speaker or a thing named before it.
// ("Her platform…", "Sa mère…" usually mean the article's subject: only a sentence to copy whole
// must do without them, in standsAlone.)
const OPENS_ON_REFERENCE: Record<Lang, RegExp> = {
	// ("Le contraire n'aurait pas de sens", "the opposite…", "the rest of…": what they stand for is before.)
	fr: /^(?:(?:il|elle|ils|elles|ce|cet|cette|ces|celui|celle|ceux|on|cela|ça|lui|leur|leurs|selon lui|selon elle|je|tu|nous|vous|mon|ma|mes|notre|nos|votre|vos|le contraire|l['’]inverse|le reste)(?![\p{L}])|[cj]['’]|[\p{L}]+[\s\u00a0]+d['’]entre[\s\u00a0]+(?:eux|elles|nous|vous)(?![\p{L}]))/iu,
	en: /^(?:he|she|it|they|this|that|these|those|their|its|i|we|you|my|our|your|the opposite|the reverse|the rest)\b/i
};

// Sentences that stand alone as a statement: no pronoun subject to resolve, no quotation.
function standsAlone(text: string, lang: Lang): boolean {
	const t = withoutConnective(text.trim());
	if (words(t) > 35 || /[«»“”"]/.test(t) || anaphoric(t, lang)) return false;
	return !OPENS_ON_REFERENCE[lang].test(t) && !(lang === 'en' && /^(?:his|her)\b/i.test(t));
}

/** A number written the way the article wrote another: its thousands separator, its decimal mark. */
function writtenLike(n: number, sample: string, lang: Lang): string {
	const group = /\d([\s\u00a0\u202f.,'’])\d{3}(?![\d])/u.exec(sample)?.[1];
	const [int, dec] = String(n).split('.');
	const grouped = group && int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
	// The decimal mark the sample writes ("9,7%" in an English article), else the language's.
	const mark = DECIMAL_COMMA.test(sample) && !group ? ',' : lang === 'fr' ? ',' : '.';
	const out = dec === undefined ? grouped : `${grouped}${mark}${dec}`;
	// ".17 seconds" stays without its zero.
	return /^[.,]/.test(sample) ? out.replace(/^0(?=[.,])/, '') : out;
}

const WEEKDAY_WORD: Record<Lang, RegExp> = {
	fr: new RegExp(`(?<![\\p{L}])(${Object.keys(WEEKDAYS.fr).join('|')})(?![\\p{L}])`, 'iu'),
	en: new RegExp(`(?<![\\p{L}])(${Object.keys(WEEKDAYS.en).join('|')})(?![\\p{L}])`, 'iu')
};

function perturbedSurface(fact: Fact, d: Option, lang: Lang): string | null {
	const surface = fact.text;
	if (fact.type === 'date') {
		const a = parseIsoDate(fact.value);
		const b = parseIsoDate(d.value);
		if (!a || !b || a.season || b.season) return null;
		let s = surface;
		if (a.year !== b.year) {
			if (!s.includes(String(a.year))) return null;
			s = s.replace(String(a.year), String(b.year));
		}
		if (a.month !== b.month && a.month && b.month) {
			const names = MONTHS[lang];
			const re = new RegExp(names[a.month - 1], 'i');
			if (!re.test(s)) return null;
			s = s.replace(re, names[b.month - 1]);
		}
		if (a.day !== b.day && a.day && b.day) {
			// "le 1er mars", "the 1st of June": the new day takes the ordinal its language writes.
			const re = new RegExp(`(?<!\\d)${a.day}(er|st|nd|rd|th)?(?!\\d)`);
			const m = re.exec(s);
			if (!m) return null;
			const day = lang === 'fr' ? (b.day === 1 ? '1er' : String(b.day)) : m[1] ? formatOrdinal(b.day, lang, false, true) : String(b.day);
			s = s.slice(0, m.index) + day + s.slice(m.index + m[0].length);
		}
		// "mercredi 3 février" made "mercredi 31 janvier": the weekday follows the day it names.
		if (b.day && b.month) {
			const names = Object.keys(WEEKDAYS[lang]);
			const weekday = WEEKDAY_WORD[lang].exec(s);
			if (weekday) {
				const name = names[new Date(Date.UTC(b.year, b.month - 1, b.day)).getUTCDay()];
				const shown = /^\p{Lu}/u.test(weekday[1]) ? name[0].toUpperCase() + name.slice(1) : name;
				s = s.slice(0, weekday.index) + shown + s.slice(weekday.index + weekday[1].length);
			}
		}
		return s === surface ? null : s;
	}
	if (['duration', 'quantity', 'money', 'percent'].includes(fact.type)) {
		// "deux milliards et 150 millions de dinars", "4 milliards 300 millions": an amount in two parts is written again as the option writes it.
		if (/(?:billions?|milliards?)[\s\u00a0]+(?:(?:and|et)[\s\u00a0]|\d)/iu.test(surface)) return d.label;
		// The whole number as written: "4 800", "177.000", "1,250", "1’241" (Swiss), ".17".
		const a = /\d{1,3}(?:[\s\u00a0\u202f.,'’]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?|\.\d+/u.exec(surface);
		const b = /\d+(?:\.\d+)?/.exec(d.value.replace(/^PT?/, ''));
		if (!a || !b) return null;
		// "£2 million" is 2000000 in the value: the wrong amount keeps the article's scale ("£1.5 million").
		const shown = parseNumber(a[0], lang) ?? NaN;
		const actual = Number(/\d+(?:\.\d+)?/.exec(fact.value.replace(/^PT?/, ''))?.[0]);
		const scale = shown > 0 && actual > 0 && Number.isFinite(actual / shown) ? actual / shown : 1;
		const wrong = Math.round((Number(b[0]) / scale) * 100) / 100;
		if (!Number.isFinite(wrong) || wrong <= 0) return null;
		return surface.slice(0, a.index) + writtenLike(wrong, a[0], lang) + surface.slice(a.index + a[0].length);
	}
	if (fact.type === 'place' || fact.type === 'person') return d.label;
	return null;
}

// True/false items restate the sentence: they have no giveaways to check.
function trueFalse(ctx: Ctx, fact: Fact, distractors: Option[], score: number, out: Candidate[]): void {
	const sentence = ctx.article.sentences[fact.sentence];
	// "31 d’Horizons.", "Vendredi 12 mars 2013. Abidjan.": a line too short to state anything.
	if (words(sentence.text) < 6) return;
	if (!standsAlone(sentence.text, ctx.lang) || fact.start < sentence.start || fact.end > sentence.end) return;
	if (yearBound(ctx.article.text, fact, fact)) return;
	// "seen from Earth" made "seen from Kuiper belt": the Earth, the Sun are no news to change.
	if ((fact.type === 'place' || fact.type === 'organisation') && commonKnowledge(fact.value)) return;
	// "67,50 dollars (58,63 dollars américains)": what a short bracket adds is a conversion or a
	// locator, asked by no blank; made false, it is no more worth asking (a day in brackets is the news).
	if (fact.type !== 'date' && inShortBracket(sentence.text, fact.start - sentence.start, fact.end - sentence.start)) return;
	// "between 11 million and 16 million years ago" made "… and 26 million …": one bound of a range
	// is asked by no blank, and raters struck it made false too.
	if (rangeBound(ctx.article.text, fact, blankSpan(fact))) return;
	const [vrai, faux] = trueFalseLabels(ctx.lang);
	const seed = hashString(`${fact.id}/tf`);
	// No item restates its sentence as true: it asks nothing the reader has to think about, and
	// raters kept none of 55. One fact in three still gets no true/false item (it used to get a true
	// one): more false items would push out better questions (raters kept a quarter of them).
	if (seed % 3 === 0) return;
	// "plus de 300 patients" made "plus de 250 patients" is still true, and "plus de 400" cannot be
	// shown false: a bounded amount gets no false statement.
	if (boundedAmount(ctx, fact)) return;
	// A false statement must stay plausible: another person or place of the article, not a stranger.
	// The Earth or the Sun is no stand-in for another place ("The Earth lies beyond Neptune").
	// (The stand-in is one of the first three options, as the multiple choice shows them; spare ones
	// are there for the options a prompt rules out.)
	const options = distractors.slice(0, 3);
	const pool =
		fact.type === 'person' || fact.type === 'place'
			? options.filter((o) => ctx.typeValues.has(`${fact.type}|${o.value}`) && !commonKnowledge(o.value))
			: options;
	// "l’Irlande" made "l’France": a stand-in fits the article before it, or the statement is not French.
	const before = ctx.article.text.slice(sentence.start, fact.start);
	const fitting = fact.type === 'person' || fact.type === 'place' || fact.type === 'organisation' ? pool.filter((o) => fitsAfter(before, o.label)) : pool;
	const d = fitting[seed % Math.max(1, fitting.length)];
	if (!d) return;
	const replacement = perturbedSurface(fact, d, ctx.lang);
	if (!replacement) return;
	// "encouraged consultant Chaka Fattah" (a name the sentence already holds) and "Perth Arena in
	// Kansas City, Australia" (a city moved out of the country written after it) are absurd, not false.
	if ((fact.type === 'person' || fact.type === 'place') && replacement.split(/[\s\u00a0]+/u).some((w) => w.length > 3 && sentence.text.includes(w))) return;
	if (fact.type === 'place' && /^[\s\u00a0]*,[\s\u00a0]*\p{Lu}/u.test(ctx.article.text.slice(fact.end, fact.end + 4))) return;
	const a = fact.start - sentence.start;
	const b = fact.end - sentence.start;
	const statement = withoutConnective(agreeArticle(sentence.text.slice(0, a), replacement, ctx.lang) + replacement + sentence.text.slice(b));
	out.push({
		question: makeQuestion(ctx, 'truefalse', fact, trueFalsePrompt(ctx.lang, statement), faux, 'false', [vrai, faux], 0.1),
		fact,
		factScore: score,
		typeScore: 0.08,
		giveaways: []
	});
}

/**
 * "after an 11-year-old girl" made "after a 7-year-old girl": the English article before a figure
 * follows how the new figure is read (an 8, an 11, an 18, an 80…; a 7, a 100).
 */
export function agreeArticle(before: string, replacement: string, lang: Lang): string {
	if (lang !== 'en' || !/^\d/.test(replacement)) return before;
	const m = /(^|[\s\u00a0(“"])(an?|An?)([\s\u00a0]+)$/u.exec(before);
	if (!m) return before;
	const head = before.slice(0, m.index + m[1].length);
	// ("Plan A 8…": a capital "A" is an article only opening the sentence or a clause.)
	if (/^A/.test(m[2]) && !/(?:^|[,;:(“"][\s\u00a0]*)$/u.test(head)) return before;
	// (eight, eighty, eight hundred; eleven, eighteen, their thousands, and "11.5".)
	const vowel = /^(?:8|1[18](?:(?:[,\s\u00a0]?\d{3})*)(?!\d))/u.test(replacement);
	return head + m[2][0] + (vowel ? 'n' : '') + m[3];
}

// A statement opens with its subject: a name, a determiner, a pronoun, a number. "said he
// discussed…" or "hided his disappointment" has lost it.
const SUBJECT_START =
	/^(?:[\p{Lu}\d«“"]|l['’]|(?:the|a|an|this|that|these|those|its|their|his|her|our|my|no|some|all|each|every|both|it|he|she|they|we|you|there|le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on|nous|vous|aucun|aucune|chaque|tous|toutes|certains|plusieurs)(?![\p{L}]))/u;

/** A statement whose subject is a person's surname, with the full name the article gives ("Brookner married" → "Anita Brookner married"); null otherwise. */
function withFullName(ctx: Ctx, statement: string): string | null {
	const m = /^(\p{Lu}[\p{L}\p{M}'’-]+)(?=[\s\u00a0])/u.exec(statement);
	if (!m) return null;
	const key = normalizeText(m[1]);
	const person = ctx.persons.find((p) => p.surname === key && words(p.f.value) >= 2);
	if (!person) return null;
	return statement.startsWith(person.f.value) ? statement : `${person.f.value}${statement.slice(m[1].length)}`;
}

/** Whether a statement starts inside its sentence, on a word the sentence writes in lower case. */
function cutMidSentence(sentence: string, statement: string): boolean {
	const head = statement.trim().slice(0, 24).toLowerCase();
	const at = sentence.toLowerCase().indexOf(head);
	return at > 0 && /\p{Ll}/u.test(sentence[at] ?? '');
}

export function hasSubject(statement: string, _lang: Lang, midSentence = false): boolean {
	const t = statement.trim();
	// "En une seule entité provinciale concerne les francophones" (cut from "…scolaires en une seule
	// entité…"), "On why they are translocating…": a phrase cut from its clause opens on a preposition
	// ("In 2019 the company did not pay…" opening its sentence has its subject after it).
	if (PREPOSITION_OPENING.test(t) && ((midSentence && !/^[^,;:]{1,80},/u.test(t)) || PREPOSITION_WH.test(t))) return false;
	// "Lequel prévoit de fusionner…", "Which was built…": a relative pronoun stands for a noun left behind.
	if (RELATIVE_OPENING.test(t)) return false;
	return SUBJECT_START.test(t);
}

const RELATIVE_OPENING = /^(?:lequel|laquelle|lesquels|lesquelles|qui|dont|which|whom|whose)(?![\p{L}])/iu;
const PREPOSITION_WH = /^\p{L}+[\s\u00a0]+(?:why|how|what|where|when|whether|pourquoi|comment|quand|où)(?![\p{L}])/iu;

/** The noun a duration measures: "un accord de partenariat stratégique de 20 ans" → "accord de partenariat stratégique". */
const LASTING_FR =
	/^(?:accord|contrat|mandat|peine|séjour|mission|traité|partenariat|programme|plan|bail|prêt|grève|guerre|trêve|suspension|interdiction|gel|moratoire|saison|voyage|chantier|travaux|procès|enquête|concession|engagement|fermeture|détention|emprisonnement|exil|règne|carrière|tournée|festival|campagne|opération|projet|pacte|alliance|coopération|formation|stage|congé|délai|période|durée)s?$/iu;

const ADDED_LENGTH_AFTER = /^[\s\u00a0]*(?:supplémentaires?|de[\s\u00a0]+plus|additional|extra|more|longer)(?![\p{L}])/iu;
const ADDED_LENGTH_BEFORE = /(?<![\p{L}])(?:prolong|allong|rallong|extend|raccourc|shorten)\p{L}*[\s\u00a0]+(?:[\p{L}’'-]+[\s\u00a0]+){0,4}(?:de|d['’]|by)[\s\u00a0]*$/iu;

function durationSubject(ctx: Ctx, fact: Fact): string | null {
	const ev = fact.event?.trim();
	if (ev && /^(?:dur[ée]e|duration)\s/i.test(ev)) return ev;
	const sentence = ctx.article.sentences[fact.sentence];
	let before = ctx.article.text.slice(sentence.start, fact.start);
	if (/^(?:de\s|d['’])/i.test(fact.text)) before += 'de ';
	// "prolonger son mandat de six mois supplémentaires", "extend the lease by two more years": the
	// length added, not the length of the mandate.
	if (ADDED_LENGTH_AFTER.test(ctx.article.text.slice(fact.end, fact.end + 20)) || ADDED_LENGTH_BEFORE.test(before)) return null;
	if (ctx.lang === 'fr') {
		const m = /(?:^|\s)(?:un|une|le|la|l['’]|son|sa|leur|ce|cet|cette)\s*([\p{L}’'-]+(?:\s+(?:de|d['’]|du|des)?\s*[\p{L}’'-]+){0,4}?)\s+(?:d['’]une\s+durée\s+)?(?:de|d['’])\s*$/u.exec(before);
		// Only a thing that lasts has a duration to ask ("la durée de l'espace" asks nothing).
		if (m && !/\d/.test(m[1]) && LASTING_FR.test(m[1].split(/[\s’']/u)[0])) return m[1];
		return null;
	}
	const after = ctx.article.text.slice(fact.end, sentence.end);
	if (/-$/.test(fact.text) || /^-?(?:year|month|week|day)/i.test(after) || /-(?:year|month|week|day)$/i.test(fact.text)) {
		const m = /^(?:-?(?:year|month|week|day)s?)?(?:-long)?\s+((?:[a-z-]+\s+){0,3}?(?:agreement|deal|treaty|contract|partnership|plan|pact|term|sentence|lease|programme|program|mission|strategy|ban|freeze|truce|ceasefire|loan|bond|war|conflict|project))\b/i.exec(after);
		if (m) return m[1];
	}
	return null;
}

// "les Jeux de _____", "des JO-_____", "the 2008 Olympics" is written after: the Games come every four years.
const OLYMPIAD_BEFORE = /(?:(?<![\p{L}])(?:Jeux(?:[\s\u00a0]+(?:olympiques|paralympiques))?|JO|JOP)[\s\u00a0]*(?:de[\s\u00a0]+|d['’]|-)|(?:Olympics|Olympic Games|Paralympics|Paralympic Games)[\s\u00a0]+(?:of|in)[\s\u00a0]+)$/u;

// "11 médailles sur 14 possibles", "20 of 50 candidates", "3 out of 10": the whole a count is part of.
// ("Cinq conseillers sur six", "three of five judges": the whole in words too.)
const WHOLE_AFTER = new RegExp(`^[\\s\\u00a0]*(?:sur|of|out of)[\\s\\u00a0]+(\\d{1,3}(?:[\\s\\u00a0,]\\d{3})*|${CARDINAL_WORD})(?![\\d.,]*[\\s\\u00a0]*(?:%|percent|pour))(?![\\p{L}])`, 'iu');

// "open seven days a week", "24 heures sur 24", "huit heures par jour": a length within a period
// is no longer than the period.
const PER_PERIOD = /^[\s\u00a0]*(?:a|an|per|each|every|par|chaque|sur)[\s\u00a0]+(?:(week|semaine|7)|(day|jour|24)|(year|an|année|12)|(month|mois))(?![\p{L}\d])/iu;

/** The most a length "per week", "per day", "per year" or "per month" can be, in its own unit. */
function perPeriodMax(fact: Fact, after: string): number | undefined {
	const m = PER_PERIOD.exec(after);
	const unit = /^PT?\d+(?:\.\d+)?([YMWDHS])$/.exec(fact.value)?.[1];
	if (!m || !unit) return undefined;
	const time = fact.value.startsWith('PT');
	if (m[1] && unit === 'D' && !time) return 7;
	if (m[2] && unit === 'H' && time) return 24;
	if (m[3] && unit === 'M' && !time) return 12;
	if (m[3] && unit === 'W' && !time) return 52;
	if (m[4] && unit === 'D' && !time) return 31;
	return undefined;
}

function wholeAfter(after: string): number | undefined {
	const m = WHOLE_AFTER.exec(after);
	if (!m) return undefined;
	const whole = /\d/u.test(m[1]) ? Number(m[1].replace(/[\s\u00a0,]/gu, '')) : (parseNumber(m[1].toLowerCase(), 'fr') ?? parseNumber(m[1].toLowerCase(), 'en'));
	return whole !== null && Number.isFinite(whole) ? whole : undefined;
}

const BODY_BEFORE_PLACE = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}-]+)(?:[\s\u00a0]+\p{Ll}[\p{L}\p{M}-]*){0,2}[\s\u00a0]+(?:de[\s\u00a0]+la|de[\s\u00a0]+l['’]|de|du|des|d['’]|of[\s\u00a0]+the|of|for)[\s\u00a0]*$/u;
const WHOLE_DIGITS = String.raw`\d{1,3}(?:[\s\u00a0\u202f,.]\d{3})+(?![\d.,]\d)|\d+`;
const SENTENCE_NUMBER = new RegExp(`(?<![\\p{L}\\d.,])(?:${WHOLE_DIGITS}|${CARDINAL_WORD})(?![\\p{L}\\d])`, 'giu');
const digitsValue = (digits: string) => Number(digits.replace(/[\s\u00a0\u202f,.]/gu, ''));
const decimalAfter = (after: string) => /^[.,]\d/u.test(after);
const WHOLE_DIGITS_FIRST = new RegExp(WHOLE_DIGITS, 'u');

// What ties a figure to the percentage of its sentence: "soit 108 sur 113", "dont 24 %", "of them",
// "(-6 %)". Without it, a percentage beside two counts relates them by chance.
const SHARE_LINK = /(?<![\p{L}])(?:soit|dont|sur|of[\s\u00a0]+them|or|that[\s\u00a0]+is|c['’]est-à-dire)(?![\p{L}])|\(/iu;
const CURRENCY_NEAR = new RegExp(`(?:(?:${CURRENCY_SYMBOL_ALT})[\\s\\u00a0]*$)|^[\\s\\u00a0]*(?:${CURRENCY_WORD_ALT}|KShs?|XOF|XAF)(?![\\p{L}])`, 'iu');

/** The whole number an amount is written with ("1 922 milliards" → 1922, "4,100 cases" → 4100), or null for a decimal. */
function writtenWhole(text: string): number | null {
	const m = WHOLE_DIGITS_FIRST.exec(text);
	if (!m || decimalAfter(text.slice(m.index + m[0].length))) return null;
	return digitsValue(m[0]);
}

// "tous les 9 mois", "for 12 years": a length of time, after a number.
const TIME_UNIT_AFTER = new RegExp(`^[\\s\\u00a0]*(?:${DURATION_UNIT_ALT})(?![\\p{L}])`, 'iu');

/**
 * A figure its sentence lets a reader work out from its other numbers: a count the others add up
 * to ("composée de six coureurs : trois hommes … et trois femmes", "50 sièges, le FPI 23 et les
 * indépendants 8, soit 81"), the total less the others; a difference of two of them ("124 832
 * administrés … soit 2 559 de plus qu’au 31 décembre 2019 (122 273)"); a change in per cent
 * ("2.959 enfants … contre 2.058 la semaine précédente, soit une hausse de 44 %"). Raters struck
 * every such blank as "computable from the prompt".
 */
function workedOutInSentence(ctx: Ctx, fact: Fact, shownBefore?: Sentence): boolean {
	const percent = fact.type === 'percent';
	// "dix fois moins": a ratio is no count for others to add up to.
	if (!percent && ((fact.type !== 'quantity' && fact.type !== 'money') || /(?<![\p{L}])(?:fois|times)(?![\p{L}])/iu.test(fact.text))) return false;
	// An amount as the sentence writes it: "1 922 milliards" is 1922 beside "251 milliards".
	// ("huit rameurs", spelled: its value.)
	const x = percent ? Number(fact.value) : /\d/.test(fact.text) ? writtenWhole(fact.text) : /^\d+$/.test(fact.value) ? Number(fact.value) : null;
	if (x === null || !Number.isFinite(x)) return false;
	const text = ctx.article.text;
	// Money is compared with money of its scale ("1 922 milliards" with "251 milliards"), never with
	// the towns or firms of its sentence.
	const money = fact.type === 'money';
	const scale = money ? scaleAfter(fact.text.slice(/\d/u.exec(fact.text)?.index ?? 0).replace(/^[\d\s\u00a0\u202f,.]+/u, '')) : 1;
	// Every whole number of the sentence (and of the one shown before it) outside the fact, in
	// digits or in words ("soit au total 81"), and its percentages with whether something ties them.
	const others: number[] = [];
	const percents: { p: number; tolerance: number }[] = [];
	let linked = false;
	for (const s of shownBefore ? [shownBefore, ctx.article.sentences[fact.sentence]] : [ctx.article.sentences[fact.sentence]]) {
		const dates = (ctx.bySentence.get(s.index) ?? []).filter((d) => d.type === 'date');
		for (const m of s.text.matchAll(SENTENCE_NUMBER)) {
			const at = s.start + m.index;
			if (at < fact.end && at + m[0].length > fact.start) continue;
			// "Ariane 5", "Ligue 1", "COVID-19": a number in a name counts nothing; nor does a year.
			// ("Some 12,400 cases": a capital opening the sentence is no name.)
			const named = /(\p{Lu}[\p{L}\p{N}]*)[\s\u00a0-]$/u.exec(text.slice(Math.max(s.start, at - 20), at));
			if ((named && !QUANTITY_OPENERS.test(named[1])) || /^(?:1[89]|20)\d\d$/.test(m[0])) continue;
			const after = text.slice(at + m[0].length, at + m[0].length + 16);
			// "tous les 9 mois": a length of time counts no thing of the sentence; "au 31 décembre" is a day (a date fact).
			if (TIME_UNIT_AFTER.test(after) || dates.some((d) => at >= d.start && at < d.end)) continue;
			if (money && (scaleAfter(after) !== scale || (scale === 1 && !CURRENCY_NEAR.test(text.slice(Math.max(s.start, at - 3), at)) && !CURRENCY_NEAR.test(after)))) continue;
			const v = /^\d/.test(m[0]) ? digitsValue(m[0]) : parseNumber(m[0], ctx.lang);
			if (v !== null && Number.isInteger(v) && v > 0 && !decimalAfter(text.slice(at + m[0].length, at + m[0].length + 2))) others.push(v);
		}
		if (!percent && x >= 10) {
			// The sentence's percentages, to their own rounding with the leeway sources take ("95 %" for 108 of 113, 95.6 %).
			for (const f of ctx.bySentence.get(s.index) ?? [])
				if (f.type === 'percent') percents.push({ p: Math.abs(Number(f.value)), tolerance: 0.6 * 10 ** -((f.value.split('.')[1] ?? '').length) });
			linked ||= SHARE_LINK.test(s.text);
		}
	}
	if (percent) {
		// The change from one count to another, to the figure's own precision.
		const places = (fact.value.split('.')[1] ?? '').length;
		const tolerance = 0.5 * 10 ** -places + 1e-9;
		for (const a of others) for (const b of others) if (a !== b && b >= 10 && Math.abs((Math.abs(a - b) / b) * 100 - x) <= tolerance) return true;
		return false;
	}
	// A share or a change the sentence gives in per cent: "95 % des sièges, soit 108 sur 113",
	// "17 050 cas, dont 24 %, soit 4 100", "passent de 762 millions à 719 millions (-6 %)". The part
	// and either end of the change, not the whole a share is taken from ("près de 17 050 cas", read
	// and kept by raters: working it out takes a division the reader does not make).
	if (x >= 10 && linked)
		for (const { p, tolerance } of percents) {
			if (!(p > 0)) continue;
			const near = (v: number) => Math.abs(v - p) <= tolerance;
			for (const b of others) if (b >= 10 && b !== x && b !== p && (near((100 * x) / b) || near((100 * Math.abs(x - b)) / b))) return true;
		}
	// Numbers of two digits or more that add up or differ by the figure are rarely a coincidence
	// ("une tous les neuf mois … dix fois moins" is one).
	if (x >= 10) for (let i = 0; i < others.length; i++) for (let j = i + 1; j < others.length; j++) {
		const [a, b] = [others[i], others[j]];
		if (a >= 10 && b >= 10 && a !== x && b !== x && (a + b === x || Math.abs(a - b) === x)) return true;
	}
	if (others.length < 2) return false;
	const sum = others.reduce((a, b) => a + b, 0);
	const max = Math.max(...others);
	return sum === x || (max > x && max - (sum - max) === x);
}

// "up from 0.4%", "contre 7,4 %", "compared with…", "as against…": what comes before the figure a new one is compared with.
const COMPARISON = `(?:(?<![\\p{L}])(?:up|down)(?:${S}+(?:slightly|sharply|marginally|significantly|only|just))?${S}+from|compared${S}+(?:with|to)|(?<![\\p{L}])as${S}+against|versus|vs\\.?|(?<![\\p{L}])contre|par${S}+rapport${S}+à|from${S}+a${S}+(?:previous|revised|prior)${S}+(?:estimate|forecast|reading|figure)${S}+of)${S}+(?:(?:seulement|only|just|about|around|roughly|approximately|nearly|almost|some|environ|près${S}+de|quelque)${S}+)?$`;
const COMPARED_WITH = new RegExp(COMPARISON, 'iu');
const COMPARED_GAP = new RegExp(`^[^.;]{0,40}?${COMPARISON}`, 'iu');

// "Spain won on home soil at _____'s Caja Magica", "victoire à domicile": the city is in the winner's own
// country, so a capital of another ("Ottawa") is ruled out by the sentence.
const HOME_GROUND = new RegExp(`(?<![\\p{L}])(?:on${S}+home${S}+(?:soil|ice|turf|ground)|home${S}+(?:crowd|fans)|à${S}+domicile|devant${S}+(?:son|leur|notre)${S}+public|sur${S}+(?:ses|leurs|nos)${S}+terres)(?![\\p{L}])`, 'iu');

/**
 * A body or letters, not someone: "BCU", "KKP", "ONG", "the Office for National Statistics", "Honduran
 * Ministry of Health". Raters kept none of the 6 "who said" questions they answered (the source of a
 * fact, or letters the article never spells out).
 */
function bodySpeaker(ctx: Ctx, speaker: string): boolean {
	if (ctx.facts.some((f) => f.type === 'person' && f.value === speaker)) return false;
	if (/^\p{Lu}{2,6}$/u.test(speaker)) return true;
	// ("Marine Tondelier" is someone, even read as a body; "Marine Corps" and "Jordan Bank" are bodies: a
	// first name opening it is read past before the head words.)
	const words = speaker.split(' ');
	const first = isFirstName(words[0]);
	if (words.slice(first ? 1 : 0).some((w) => isOrgHead(w))) return true;
	// (A single word read as a body may be a first name: "Andrea said".)
	return !first && speaker.includes(' ') && ctx.facts.some((f) => f.type === 'organisation' && f.value === speaker);
}

/** The posts the article gives a speaker ("prime minister"), as giveaway keys: two words or more, or one long one. */
function speakerPosts(ctx: Ctx, speaker: string): string[] {
	const posts = new Set<string>();
	for (const f of ctx.facts) {
		if (f.type !== 'person' || f.value !== speaker || !f.role) continue;
		const key = normalizeText(f.role);
		if (key.split(' ').length >= 2 || key.length >= 8) posts.add(key);
	}
	return [...posts];
}

/** A figure and the other figure of its change, with a rise or a fall said ("a baissé à 7,1 %, contre 7,4 %", "rose from 4.1% to _____"): its options stay on its side. */
function comparisonRange(ctx: Ctx, fact: Fact): Range | undefined {
	if (fact.type !== 'percent' && fact.type !== 'money' && fact.type !== 'quantity') return undefined;
	const s = ctx.article.sentences[fact.sentence];
	const text = ctx.article.text;
	const amount = (f: Fact) => (f.type === 'money' ? f.value.split(' ') : [f.value, f.unit ?? '']);
	const [x, unitX] = amount(fact);
	const sameKind = (ctx.bySentence.get(fact.sentence) ?? []).filter((f) => f.type === fact.type && f !== fact);
	// The other figure of a change, and the words that say which way it went: "0.7%, up from 0.4%",
	// "après une accélération à 3,4 % en 2023, elle devrait ralentir à _____", "rose from 4.1% to _____".
	const later = sameKind.filter((f) => f.start >= fact.end).sort((a, b) => a.start - b.start)[0];
	const earlier = sameKind.filter((f) => f.end <= fact.start).sort((a, b) => b.start - a.start)[0];
	const pairs: { other: Fact; said: string }[] = [];
	// ("slowed to _____ in 2024 after 3.4%": the change is said before the blank, the figure it
	// started from after it.)
	if (later && (COMPARED_GAP.test(text.slice(fact.end, later.start)) || STARTED_FROM_GAP.test(text.slice(fact.end, later.start))))
		pairs.push({ other: later, said: text.slice(s.start, fact.start) + text.slice(fact.end, later.start) });
	else if (later && changeGap(text.slice(fact.end, later.start))) pairs.push({ other: later, said: text.slice(fact.end, later.start) });
	if (earlier && changeGap(text.slice(earlier.end, fact.start))) pairs.push({ other: earlier, said: text.slice(earlier.end, fact.start) });
	// "decreased to 97% at the end of March from _____": the figure it started from, the change said before both.
	else if (earlier && STARTED_FROM_GAP.test(text.slice(earlier.end, fact.start))) pairs.push({ other: earlier, said: text.slice(s.start, earlier.start) });
	// "moderated to 3.4%, still above the historical average of _____": the side is said outright.
	for (const other of [earlier && SIDE_GAP.test(text.slice(earlier.end, fact.start)) ? earlier : null, later && SIDE_GAP.test(text.slice(fact.end, later.start)) ? later : null]) {
		if (!other) continue;
		const [y, unitY] = amount(other);
		if (unitX === unitY && Number.isFinite(Number(x)) && Number.isFinite(Number(y)) && Number(x) !== Number(y)) return Number(x) > Number(y) ? { above: Number(y) } : { below: Number(y) };
	}
	for (const { other, said } of pairs) {
		const [y, unitY] = amount(other);
		if (unitX !== unitY || !Number.isFinite(Number(x)) || !Number.isFinite(Number(y)) || Number(x) === Number(y)) continue;
		const up = UP_WORD.test(said) || SPEED_WORD.test(said);
		const down = DOWN_WORD.test(said) || SLOW_WORD.test(said);
		// One direction said: the answer is on its side of the other figure, as the prompt tells.
		if (up === down) continue;
		return Number(x) > Number(y) ? { above: Number(y) } : { below: Number(y) };
	}
	return undefined;
}

// "Out of 275 lawmakers present, 268 voted…", "Sur les 40 candidats, 12 ont…": a whole, then a part of it.
const WHOLE_LEAD = /(?:^|[,;:(][\s\u00a0]*)(?:out[\s\u00a0]+of|of[\s\u00a0]+the|sur[\s\u00a0]+les|parmi[\s\u00a0]+les)[\s\u00a0]+$/iu;

// Words of a form of address, which make no post together ("Lady Justice", "Hon. Mr Justice"): the
// titles (gazetteer.ts) and these.
const ADDRESS_WORD = /^(?:Justice|Honourable|Honorable|His|Her|Excellency|Worship|Madam|Madame|Maître)$/u;
const honorific = (w: string) => isTitle(w) || isTitle(`${w}.`) || ADDRESS_WORD.test(w);

// "15 cas …, dont 10 autochtones", "12 injured, including 3 children": a part after its whole.
const PART_LEAD = /(?:,|\()[\s\u00a0]*(?:dont|parmi[\s\u00a0]+(?:eux|elles|lesquels|lesquelles)|including|of[\s\u00a0]+(?:which|whom)|among[\s\u00a0]+them)[\s\u00a0]+(?:(?:about|around|some|nearly|almost|roughly|approximately|près[\s\u00a0]+de|environ|presque|quelque)[\s\u00a0]+)?$/iu;

// "74 of the 81 seats", "3 out of 5", "22 élus sur les 25 sièges": a part, then its whole, side by side.
// ("14 des 21 circonscriptions", "101 présents sur un total de 198", "out of a total of 40".)
const PART_OF_WHOLE_GAP = /^[\s\u00a0]*(?:out[\s\u00a0]+of(?:[\s\u00a0]+the)?|of(?:[\s\u00a0]+the)?|sur(?:[\s\u00a0]+les)?|des|[^.;\d]{0,40}?(?<![\p{L}])(?:sur|out[\s\u00a0]+of|of)[\s\u00a0]+(?:un|a)[\s\u00a0]+total[\s\u00a0]+(?:de|of))[\s\u00a0]+$/iu;


/** The side of a whole a count takes, or of a part the whole takes: options below 268 for the 275 present are absurd. */
function partRange(ctx: Ctx, fact: Fact): Range | undefined {
	if (fact.type === 'duration') {
		// "quatre ans de prison dont _____ ferme": the part is shorter than the penalty.
		const unit = /^P\d+(?:\.\d+)?([YM])$/u.exec(fact.value)?.[1];
		const s = ctx.article.sentences[fact.sentence];
		if (!unit || !PENALTY_WHOLE_BEFORE.test(ctx.article.text.slice(Math.max(s.start, fact.start - 60), fact.start))) return undefined;
		const inUnit = new RegExp(`^P\\d+(?:\\.\\d+)?${unit}$`, 'u');
		const whole = (ctx.bySentence.get(fact.sentence) ?? []).filter((f) => f.type === 'duration' && f.end <= fact.start && inUnit.test(f.value)).at(-1);
		return whole ? { below: Number(whole.value.slice(1, -1)) } : undefined;
	}
	if (fact.type !== 'quantity') return undefined;
	const s = ctx.article.sentences[fact.sentence];
	const counts = (ctx.bySentence.get(fact.sentence) ?? []).filter((f) => f.type === 'quantity' && f !== fact && Number.isFinite(Number(f.value)));
	const isPart = (f: Fact) => PART_LEAD.test(ctx.article.text.slice(Math.max(s.start, f.start - 40), f.start));
	const partOf = (part: Fact, whole: Fact) => whole.start > part.end && Number(whole.value) > Number(part.value) && PART_OF_WHOLE_GAP.test(ctx.article.text.slice(part.end, whole.start));
	const wholeAfter = counts.find((f) => partOf(fact, f));
	if (wholeAfter) return { below: Number(wholeAfter.value) };
	const partBefore = counts.find((f) => partOf(f, fact));
	if (partBefore) return { above: Number(partBefore.value) };
	if (isPart(fact)) {
		const whole = counts.filter((f) => f.end <= fact.start && Number(f.value) > Number(fact.value)).at(-1);
		if (whole) return { below: Number(whole.value) };
	} else {
		const parts = counts.filter((f) => f.start > fact.end && isPart(f) && Number(f.value) < Number(fact.value)).map((f) => Number(f.value));
		if (parts.length) return { above: Math.max(...parts) };
	}
	const isWhole = (f: Fact) => WHOLE_LEAD.test(ctx.article.text.slice(s.start, f.start));
	if (isWhole(fact)) {
		const parts = counts.filter((f) => f.start > fact.end && Number(f.value) < Number(fact.value)).map((f) => Number(f.value));
		return parts.length ? { above: Math.max(...parts) } : undefined;
	}
	const whole = counts.find((f) => f.end <= fact.start && isWhole(f) && Number(f.value) > Number(fact.value));
	return whole ? { below: Number(whole.value) } : undefined;
}

const STARTED_FROM_GAP = /^[^.;,]{0,60}?(?<![\p{L}])(?:after|from|than|après|contre)[\s\u00a0]+(?:(?:about|around|some|environ|près[\s\u00a0]+de)[\s\u00a0]+)?$/iu;

// Words between a figure and the one it is compared with, saying which side it is on.
const SIDE_GAP = /^[^.;\d]{0,40}?(?<![\p{L}])(?:above|below|higher[\s\u00a0]+than|lower[\s\u00a0]+than|au-dessus|au-dessous|en[\s\u00a0]+dessous|supérieure?s?[\s\u00a0]+à|inférieure?s?[\s\u00a0]+à)(?![\p{L}])[^.;\d]{0,40}$/iu;

/** Words between two figures of one change: short, in one clause, and saying a rise or a fall. */
function changeGap(between: string): boolean {
	return between.length <= 80 && !/[.;]/u.test(between) && (CHANGE_WORD.test(between) || SLOW_WORD.test(between) || SPEED_WORD.test(between));
}

// A rate that slows falls, one that speeds up rises ("ralentir à", "slowed to", "accélérer à").
const SLOW_WORD = /(?<![\p{L}])(?:ralenti\p{L}*|décélér\p{L}*|slow\p{L}*|eased|easing|cooled|cooling)(?![\p{L}])/iu;
const SPEED_WORD = /(?<![\p{L}])(?:accélér\p{L}*|sped up|speeds? up|picked up|quickened)(?![\p{L}])/iu;

// "de 6,1 % en 2023", "grew 3.4% in 2023": the year a figure is for, written right after it.
const YEAR_AFTER_FIGURE = /^[\s\u00a0]*(?:du[\s\u00a0]+PIB[\s\u00a0]*|of[\s\u00a0]+GDP[\s\u00a0]*)?,?[\s\u00a0]*(?:en|in)[\s\u00a0]+((?:19|20)\d\d)(?!\d)/iu;

/**
 * A figure for a year before the article's, beside a figure of the same kind for a later one
 * ("l’inflation devrait diminuer de 6,1 % en 2023 à 1,3 % cette année", in a 2024 article): the
 * forecast is the story, last year's figure its background (raters struck all three of these).
 */
function earlierYearFigure(ctx: Ctx, fact: Fact): boolean {
	if (fact.type !== 'percent' && fact.type !== 'money' && fact.type !== 'quantity') return false;
	const published = Number(ctx.published?.slice(0, 4));
	const own = YEAR_AFTER_FIGURE.exec(ctx.article.text.slice(fact.end, fact.end + 30));
	if (!own || !(Number(own[1]) < published)) return false;
	return (ctx.bySentence.get(fact.sentence) ?? []).some((f) => f !== fact && f.type === fact.type && f.start > fact.end);
}

const LAST_YEARS = /(?<![\p{L}])(?:last|previous)[\s\u00a0]+year['’]s[\s\u00a0]+$/iu;

/** The earlier figure a sentence compares a new one with ("contre 7,4 %", "up from 0.4%"): background, raters struck it. */
function comparedWith(ctx: Ctx, fact: Fact): boolean {
	if (fact.type !== 'percent' && fact.type !== 'money' && fact.type !== 'quantity') return false;
	const s = ctx.article.sentences[fact.sentence];
	const same = (ctx.bySentence.get(fact.sentence) ?? []).filter((f) => f !== fact && f.type === fact.type && f.end <= fact.start);
	// "up slightly from 9% in March and _____ last April": a second figure compared with after "and".
	const prev = same.at(-1);
	if (prev && /^[^.;,]{0,30}?(?<![\p{L}])(?:and|et)[\s\u00a0]+$/u.test(ctx.article.text.slice(prev.end, fact.start)) && comparedWith(ctx, prev)) return true;
	if (!COMPARED_WITH.test(ctx.article.text.slice(Math.max(s.start, fact.start - 40), fact.start))) return false;
	// The new figure stands before it, of the same kind.
	return same.length > 0;
}

// "at 211 Cross Road", "au 12, rue des Lilas": a house number and the street it stands in are an
// address, a detail no reader is asked to retain.
const STREET_HEAD_EN = '(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Close|Crescent|Court|Terrace|Square|Rd|St|Ave)';
const STREET_WORD_FR = '(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|route)';
const STREET_AFTER_NUMBER = new RegExp(`^(?:${S}*(?:bis|ter)(?![\\p{L}]))?,?${S}+(?:(?:\\p{Lu}[\\p{L}'’-]*${S}+){1,3}${STREET_HEAD_EN}\\.?(?![\\p{L}])|${STREET_WORD_FR}${S})`, 'u');
const NUMBER_BEFORE_STREET = new RegExp(`(?<![\\d.,])\\d{1,4}(?:${S}*(?:bis|ter))?,?${S}+$`, 'u');
const STREET_NAME = new RegExp(`(?:^${STREET_WORD_FR}${S}|${S}${STREET_HEAD_EN}\\.?$)`, 'iu');

/** A house number, or the street after one: part of an address. */
function partOfAddress(ctx: Ctx, fact: Fact): boolean {
	const text = ctx.article.text;
	if (fact.type === 'quantity') return /^\d{1,4}$/u.test(fact.text) && STREET_AFTER_NUMBER.test(text.slice(fact.end, fact.end + 60));
	if (fact.type === 'place') return STREET_NAME.test(fact.text) && NUMBER_BEFORE_STREET.test(text.slice(Math.max(0, fact.start - 12), fact.start));
	return false;
}

// "in the 12 months to March", "over the past decade", "au cours des dix dernières années": what
// opens the window a statistic is measured over.
const WINDOW_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:in|over|during)${S}+the${S}+(?:past${S}+|last${S}+|previous${S}+)?|(?<![\\p{L}])(?:au${S}+cours${S}+des|sur${S}+les|durant${S}+les|pendant${S}+les|ces)${S}+)$`, 'iu');
const WINDOW_AFTER = /^[\s\u00a0]+(?:to|ending|through)[\s\u00a0]+\p{Lu}/u;

// "an increase of 15,000 cases compared to 10 days earlier", "compared with the previous 10 days".
const COMPARED_WINDOW = new RegExp(`(?<![\\p{L}])compared${S}+(?:to|with)${S}+(?:the${S}+(?:previous|last|past|same)${S}+)?$`, 'iu');

/** A duration that is the window of a statistic ("in the 12 months to March", "au cours des dix dernières années"). */
function statisticWindow(text: string, fact: Fact): boolean {
	if (COMPARED_WINDOW.test(text.slice(Math.max(0, fact.start - 32), fact.start))) return true;
	if (!WINDOW_BEFORE.test(text.slice(Math.max(0, fact.start - 24), fact.start))) return false;
	return /(?<![\p{L}])(?:derni(?:er|ère)s|past|last)(?![\p{L}])/iu.test(fact.text) || WINDOW_AFTER.test(text.slice(fact.end, fact.end + 16));
}

// "Les deux premières journées ont été difficiles", "ses trois derniers mois", "her last 12 years at
// the club": a part of a period the story knows, named by its rank — no length to ask ("Les _____ ont
// été" → "2 jours"). French puts the rank after the number, English before it. ("For the next five
// years" is a plan's length; a count so named may be the fact: "sur les cinq derniers championnats,
// ils n'en ont gagné qu'un".)
const RANKED_PART = /(?<![\p{L}])(?:premi(?:er|ère)s|derni(?:er|ère)s)(?![\p{L}])/iu;
const PART_DETERMINER = `(?<![\\p{L}])(?:les|des|ces|ses|leurs|nos|vos|aux|the|these|its|their|his|her|our)${S}+`;
const DETERMINED = new RegExp(`${PART_DETERMINER}$`, 'iu');
const RANK_BEFORE = new RegExp(`${PART_DETERMINER}(?:first|last)${S}+$`, 'iu');

function rankedPartOfPeriod(text: string, fact: Fact): boolean {
	const before = text.slice(Math.max(0, fact.start - 20), fact.start);
	return (RANKED_PART.test(fact.text) && DETERMINED.test(before)) || RANK_BEFORE.test(before);
}

/**
 * Whether [start, end) of `s` stands inside one short pair of brackets (seven words at most, as
 * rank's blank inside a bracket): a long one is a clause of its own ("(déjà condamné pour … en 1991)").
 */
function inShortBracket(s: string, start: number, end: number): boolean {
	const open = s.lastIndexOf('(', start);
	const close = s.indexOf(')', end);
	const one = open >= 0 && close >= 0 && s.lastIndexOf(')', start) < open && (s.indexOf('(', end) < 0 || s.indexOf('(', end) > close);
	return one && words(s.slice(open + 1, close)) <= 7;
}

/** A change and both its ends in one sentence (a percentage and two amounts of one unit): each is given by the other two. */
function computableInSentence(ctx: Ctx, fact: Fact): boolean {
	if (fact.type !== 'money' && fact.type !== 'percent' && fact.type !== 'quantity') return false;
	if (workedOutInSentence(ctx, fact)) return true;
	const same = ctx.bySentence.get(fact.sentence) ?? [];
	if (partOfTotal(ctx, same, fact) || partOfNamedTotal(ctx.article.text, same, fact)) return true;
	// "43 % … 23 % … et 34 %": shares of one whole, each is 100 less the others (rounding allowed).
	const shares = same.filter((f) => f.type === 'percent' && f !== fact).map((f) => Number(f.value));
	if (fact.type === 'percent' && shares.length >= 2 && Math.abs(shares.reduce((a, b) => a + b, Number(fact.value)) - 100) <= 1) return true;
	// "… soit 55 % en interne et 45 % en devises": two shares of one whole, each the other's complement.
	if (fact.type === 'percent' && shares.some((x) => x > 0 && Math.abs(x + Number(fact.value) - 100) <= 0.5)) return true;
	if (!same.some((f) => f.type === 'percent')) return false;
	const unitOf = (f: Fact) => (f.type === 'money' ? `money|${f.value.split(' ')[1] ?? ''}` : f.type === 'quantity' && f.unit ? `quantity|${normalizeText(f.unit)}` : '');
	const byUnit = new Map<string, Fact[]>();
	for (const f of same) {
		const k = unitOf(f);
		if (k) byUnit.set(k, [...(byUnit.get(k) ?? []), f]);
	}
	const changeVerb = CHANGE_WORD.test(ctx.article.sentences[fact.sentence].text);
	// ("a 12pc decrease", "une croissance de 4,9 %": the noun beside the percentage, not "in the fall".)
	const changeNoun = same.some((f) => f.type === 'percent' && CHANGE_NOUN.test(ctx.article.text.slice(Math.max(0, f.start - 30), f.end + 20)));
	if (!changeVerb && !changeNoun) return false;
	let ends = [...byUnit.values()].find((list) => list.length >= 2);
	// (After a noun, the percentage must be the change between them.)
	if (ends && !changeVerb && !changeBetween(ends, same)) ends = undefined;
	// ("atteindre 8,5 milliards en 2018, contre 8,1 milliards en 2017": amounts without a noun of their
	// own are of one kind only when the percentage is their change.)
	ends ??= changeBetween(same.filter((f) => f.type === 'quantity' && !f.unit), same);
	return !!ends && (fact.type === 'percent' || ends.includes(fact));
}

/**
 * Two of the amounts whose change a percentage of their sentence is ("atteindre 8,5 milliards …
 * contre 8,1 milliards …, soit une croissance de 4,9 %"), to its own precision and the amounts' rounding.
 */
function changeBetween(amounts: readonly Fact[], same: readonly Fact[]): Fact[] | undefined {
	const percents = same.filter((f) => f.type === 'percent').map((f) => ({ p: Math.abs(Number(f.value)), places: (f.value.split('.')[1] ?? '').length }));
	const positive = amounts.filter((f) => Number.parseFloat(f.value) > 0);
	for (const a of positive)
		for (const b of positive) {
			const [x, y] = [Number.parseFloat(a.value), Number.parseFloat(b.value)];
			if (x <= y) continue;
			// The change from either end: a rise from y, a fall from x.
			const changes = [((x - y) / y) * 100, ((x - y) / x) * 100];
			if (percents.some(({ p, places }) => changes.some((c) => Math.abs(c - p) <= Math.max(0.5 * 10 ** -places, 0.05 * p)))) return [a, b];
		}
	return undefined;
}

/** A round power of ten after a count and "pour", "per", "for every" ("40 cas pour 10 000 habitants"): the base of a rate, not a count. */
function rateBase(text: string, fact: Fact): boolean {
	const v = Number(fact.value);
	return v >= 100 && Number.isInteger(Math.log10(v)) && RATE_BEFORE.test(text.slice(Math.max(0, fact.start - 40), fact.start));
}
// ("un banquet pour 1 000 convives" has no count before it: no rate.)
const RATE_BEFORE = /\d[\d\s\u00a0.,]*(?:[\s\u00a0]+[\p{L}'’]+){1,3}[\s\u00a0]+(?:pour|per|for[\s\u00a0]+every|sur)[\s\u00a0]+$/iu;

const DECIMAL_COMMA = /\d,\d{1,2}(?![\d])/u;

/** The interval of the duration's sentence whose days it counts ("dix jours … du 20 février au 1er mars", first and last day in or not). */
function intervalOfLength(ctx: Ctx, fact: Fact): Fact | undefined {
	const m = /^P(\d+)([DW])$/.exec(fact.value);
	if (!m) return undefined;
	const days = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
	return (ctx.bySentence.get(fact.sentence) ?? []).find((f) => {
		const ends = f.type === 'date' ? /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(f.value) : null;
		if (!ends) return false;
		const span = (Date.parse(ends[2]) - Date.parse(ends[1])) / 86_400_000;
		return span === days || span + 1 === days;
	});
}

// "13 décès dont 9 à domicile et 4 à l’hôpital", "15 people, including 6 firefighters and 9 residents".
const PARTS_FOLLOW = /^[^.;:!?«»"“”]{0,30}?(?<![\p{L}])(?:dont|parmi lesquels|parmi lesquelles|including|of whom|of which|among them)(?![\p{L}])/iu;

/** A part of a total its sentence gives with all the other parts: the total less the others. */
function partOfNamedTotal(text: string, sentenceFacts: readonly Fact[], fact: Fact): boolean {
	if (fact.type !== 'quantity') return false;
	const counts = sentenceFacts.filter((f) => f.type === 'quantity').sort((a, b) => a.start - b.start);
	for (const [i, total] of counts.entries()) {
		const lead = PARTS_FOLLOW.exec(text.slice(total.end, total.end + 48));
		if (!lead) continue;
		const parts = counts.slice(i + 1).filter((f) => f.start >= total.end + lead[0].length);
		let sum = 0;
		for (const [k, part] of parts.entries()) {
			sum += Number(part.value);
			if (k >= 1 && sum === Number(total.value)) return parts.slice(0, k + 1).includes(fact);
		}
	}
	return false;
}

/**
 * "2.2 million acres in A and 6.3 million acres in B, for a total of 8.5 million acres": three or
 * more amounts of one unit, one the sum of the others: each is given by the rest (to 0.5 %). An
 * amount the sentence compares with stands aside ("1.05trn, up from 990bn a year before, with 644.4bn
 * inside and 405.9bn abroad"); a price list that adds up by chance ("$5, $10, $15 and $40") does not.
 */
function partOfTotal(ctx: Ctx, sentenceFacts: readonly Fact[], fact: Fact): boolean {
	const unit = (f: Fact) => (f.type === 'money' ? `money|${f.value.split(' ')[1] ?? ''}` : f.type === 'quantity' && f.unit ? `quantity|${normalizeText(f.unit)}` : '');
	const key = unit(fact);
	if (!key) return false;
	const same = sentenceFacts.filter((f) => unit(f) === key);
	const addsUp = (list: readonly Fact[]) => {
		const amounts = list.map((f) => Number.parseFloat(f.value));
		if (amounts.length < 3 || amounts.some((a) => !(a > 0))) return false;
		const sum = amounts.reduce((a, b) => a + b, 0);
		const total = Math.max(...amounts);
		return Math.abs(sum - total - total) <= total * 0.005;
	};
	if (addsUp(same)) return true;
	// ("rose to 1.05trn from 990bn": the amount after a bare "from" is compared with, too.)
	const aside = (f: Fact) => comparedWith(ctx, f) || /(?<![\p{L}])from[\s\u00a0]+$/iu.test(ctx.article.text.slice(Math.max(0, f.start - 6), f.start));
	return !aside(fact) && addsUp(same.filter((f) => !aside(f)));
}

// A verb right after a capital: "Washington lifted…", "Moscou a annoncé…", "Beijing says…" (its
// subject: "le tribunal de Paris a condamné…" is a court's).
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:de|du|des|d['’]|of|in|at|à|au|en|from)[\s\u00a0]*$/iu;
const ACTING_AFTER = /^[\s\u00a0]+(?:has|have|had|is|was|will|would|could|can|says|said|\p{Ll}{3,}ed|a|avait|va|doit|veut|estime|dénonce|annonce|accuse|exige|réclame|affirme|refuse|menace)(?![\p{L}])/u;

function candidatesFor(ctx: Ctx, fact: Fact): Candidate[] {
	const out: Candidate[] = [];
	const score = factScore(ctx, fact);
	const round = ctx.lang === 'fr' && (fact.type === 'quantity' || fact.type === 'duration') ? roundCountOptions(fact) : null;
	// "9,7%" in an English article: the options write the decimal as the article does.
	const asWritten = ctx.lang === 'en' && DECIMAL_COMMA.test(fact.text) ? (s: string) => s.replace(/(\d)\.(\d{1,2})(?!\d)/gu, '$1,$2') : (s: string) => s;
	let label = asWritten(round?.answer.label ?? formatFactValue(fact, ctx.lang));
	const cycle = fact.type === 'date' && OLYMPIAD_BEFORE.test(ctx.article.text.slice(Math.max(0, fact.start - 40), fact.start)) ? 4 : 1;
	const max = fact.type === 'quantity' ? wholeAfter(ctx.article.text.slice(fact.end, fact.end + 30)) : fact.type === 'duration' ? perPeriodMax(fact, ctx.article.text.slice(fact.end, fact.end + 20)) : podiumPlace(ctx, fact) ? 3 : undefined;
	// A day worked out from the publication day and before it ("samedi dernier") already happened.
	const notAfter = fact.type === 'date' && fact.inferred && fact.value.slice(0, 10) <= ctx.reference ? ctx.reference : undefined;
	// "paralysé depuis le 8 mars": the article never writes the day's year (the publication date gives
	// it), so no option may differ by the year alone ("8 mars 2020" asks what the text does not say).
	const sameYear = fact.type === 'date' && /^\d{4}-\d{2}-\d{2}/.test(fact.value) && !/\d{4}/.test(fact.text);
	// ("le samedi 15 mars", "on Tuesday 4 March": what the blank leaves in the stem, as blankSpan cuts it.)
	const weekly = fact.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(fact.value) && WEEKDAY_WORD[ctx.lang].test(ctx.article.text.slice(fact.start, blankSpan(fact).start));
	const range = comparisonRange(ctx, fact) ?? partRange(ctx, fact);
	const rough = NUMERIC.has(fact.type) && ROUGHLY_BEFORE.test(ctx.article.text.slice(Math.max(0, fact.start - 25), fact.start));
	const government = fact.type === 'place' && fact.placeKind === 'city' && isCapital(fact.value) && ACTING_AFTER.test(ctx.article.text.slice(fact.end, fact.end + 30)) && !COMPLEMENT_BEFORE.test(ctx.article.text.slice(Math.max(0, fact.start - 12), fact.start));
	// Options read like their fact's words: two counts of one noun share them only with the same
	// modifiers, and with their number written the same way ("deux sièges" and "2 sièges", "huitième
	// édition" and "8ème édition" each take options like themselves).
	const home = fact.type === 'place' && fact.placeKind === 'city' ? countryOfCity(fact.value) : undefined;
	const homeNamed = !!home && ((ctx.bySentence.get(fact.sentence) ?? []).some((f) => f.type === 'place' && f.placeKind === 'country' && lookupPlace(f.value)?.country === home) || HOME_GROUND.test(ctx.article.sentences[fact.sentence]?.text ?? ''));
	const dKey = `${fact.type}|${fact.value}|${fact.placeKind ?? ''}|${fact.role ?? ''}|${fact.unit ?? ''}|${fact.type === 'quantity' ? (countModifiers(fact) ?? '') : ''}|${fact.type === 'quantity' || fact.type === 'ordinal' ? spelledInText(fact) : ''}|${/premi[eè]re/i.test(fact.text)}|${cycle}|${max ?? ''}|${notAfter ?? ''}|${sameYear}|${round ? 'round' : ''}|${range?.above ?? ''}|${range?.below ?? ''}|${government}|${homeNamed}|${rough}|${weekly}`;
	let distractors = ctx.distractors.get(dKey);
	if (!distractors) {
		// Two spare figures: one the prompt already writes is left out of the options (mcqChoices).
		// (So do seasons: "en _____" takes "été 2023" when "printemps 2024" does not fit after it.)
		const count = fact.type === 'date' && /-(?:spring|summer|autumn|winter)$/u.test(fact.value) ? 7 : NUMERIC.has(fact.type) ? 5 : 3;
		distractors = (round?.options ?? distractorsFor(fact, ctx.facts, ctx.lang, { articleDates: ctx.articleDates, people: ctx.people, genders: ctx.genders, aliases: ctx.aliases, cycle, max, notAfter, sameYear, range, government, homeNamed, rough, weekly }, count)).map((d) => ({ ...d, label: asWritten(d.label) }));
		ctx.distractors.set(dKey, distractors);
	}
	// A count the text spells goes in words only when the answer and its options all can (two to
	// twenty, as `formatFactValue` writes them): "dix-huit voix" beside "23 voix" reads as a slip, so
	// then all are in digits (the first three
	// options are those a question shows, but for one the prompt already writes).
	// "avec une seule femme dans le lot", "a single vote": options of two, three, four ("3 seule
	// femme"), a flipped statement ("2 seule femmes") or "combien de seule femme" cannot agree with
	// the determiner: one said so is asked in its own words only.
	const single = fact.type === 'quantity' && SINGLE_COUNT.test(fact.text.trim());
	if (fact.type === 'quantity' && !round && !single && spelledInText(fact) && Number.isFinite(Number(fact.value)) && ![fact.value, ...distractors.slice(0, 3).map((d) => d.value)].every((v) => spellable(Number(v)))) {
		const inDigits = (value: string) => asWritten(formatFactValue({ ...fact, value }, ctx.lang, true));
		label = inDigits(fact.value);
		distractors = distractors.map((d) => ({ ...d, label: inDigits(d.value) }));
	}
	if (single) distractors = [];
	const giveaways = giveawaysOf(ctx, fact, label);
	switch (fact.type) {
		case 'date': {
			// "le mardi 27 juillet 2016" (a Wednesday): the page wrote a weekday or a day wrong, and
			// which one no question can say.
			if (weekdayContradicts(fact, ctx.lang)) {
				refuse(ctx, fact, 'weekday contradicts the day', 'every form');
				break;
			}
			const event = openSpanStart(ctx.article, fact) ? null : usableEvent(fact, giveaways, ctx.lang);
			// (An event that holds another date of its sentence is none of this date's: extract/events.ts.)
			if (event) {
				const precision = fact.precision ?? datePrecisionOf(fact.value) ?? undefined;
				worded(ctx, fact, datePrompt(ctx.lang, event, precision, sinceBefore(ctx.article, fact), toCome(ctx, fact)), label, distractors, giveaways, score, out);
			}
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, score, out);
			break;
		}
		case 'duration': {
			// "rose to 0.7% in the 12 months to March", "au cours des dix dernières années": the window a
			// rate or a count is measured over is its definition, not a fact of the story.
			if (statisticWindow(ctx.article.text, fact)) {
				refuse(ctx, fact, 'the window of a statistic', 'every form');
				break;
			}
			if (rankedPartOfPeriod(ctx.article.text, fact)) {
				refuse(ctx, fact, 'a part of a period named by its rank', 'every form');
				break;
			}
			const subject = durationSubject(ctx, fact);
			// "la suspension de permis d'une durée minimum": a subject that holds its own length asks "the length of its length".
			// "un procès tenu en moins de dix minutes": a bound is no length to ask ("la durée du procès tenu en moins").
			if (subject && !boundedAmount(ctx, fact) && !giveaways.some((g) => normalizeText(subject).includes(g)) && !/(?:d['’]une|of[\s\u00a0]+a|with[\s\u00a0]+a)[\s\u00a0]+(?:durée|length|duration)(?![\p{L}])/iu.test(subject) && !onePenaltyOfSeveral(ctx, fact, subject))
				worded(ctx, fact, durationPrompt(ctx.lang, subject), label, distractors, giveaways, score, out);
			// "Pendant dix jours, … du 20 février au 1er mars": the sentence shown gives the length.
			if (intervalOfLength(ctx, fact)) {
				refuse(ctx, fact, 'given by the dates of its sentence', 'cloze and true/false');
				break;
			}
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, score, out);
			break;
		}
		case 'place': {
			// "le Parti démocratique de _____ (PDCI)", "the Bank of _____": a place in a body's name is the name's.
			const body = BODY_BEFORE_PLACE.exec(ctx.article.text.slice(Math.max(0, fact.start - 60), fact.start));
			if ((body && isOrgHead(body[1])) || partOfAddress(ctx, fact)) {
				refuse(ctx, fact, 'part of a body’s name or an address', 'every form');
				break;
			}
			const event = usableEvent(fact, giveaways, ctx.lang);
			// "won matches in India as well as abroad", "à Lyon et à Paris": one place of several is no answer to "where".
			// ("four people … in Uttarkashi and a woman and her child in Nainital": a second place of the
			// same clause after "and", further on or before.)
			const onlyPlace =
				!/^[\s\u00a0]*(?:as well as|and|or|et|ou|ainsi que)[\s\u00a0]+(?:(?:à|au|aux|en|in|at|to|the|la|le|les)[\s\u00a0]+|l['’])?(?:\p{Lu}|abroad|elsewhere|overseas|ailleurs|étranger)/u.test(ctx.article.text.slice(fact.end, fact.end + 30)) &&
				!/^[^.;:]{0,50}?(?<![\p{L}])(?:and|et)(?![\p{L}])[^.;:,]{0,50}?(?<![\p{L}])(?:in|at|à|dans)[\s\u00a0]+\p{Lu}/u.test(ctx.article.text.slice(fact.end, fact.end + 100)) &&
				!/(?<![\p{L}])(?:in|at|à|dans)[\s\u00a0]+\p{Lu}[^.;:]{0,60}?(?<![\p{L}])(?:and|et)(?![\p{L}])[^.;:]{0,50}$/u.test(ctx.article.text.slice(Math.max(0, fact.start - 110), fact.start));
			// "…Jews who settled in London, Brookner was born in 1928": a birth or a death took place where
			// its verb says ("born in Leeds", "mort à Paris"), not at another place of the sentence.
			const lifeEvent = !!event && /^(?:(?:the|la|le)\s+)?(?:birth|death|naissance|mort|décès)\s/iu.test(event);
			const lifePlace = !lifeEvent || LIFE_VERB_BEFORE.test(ctx.article.text.slice(Math.max(0, fact.start - 60), fact.start));
			// (A place right after another participle than the event's has no event: extract/events.ts.)
			if (event && onlyPlace && lifePlace && locativeBefore(ctx.article, fact))
				worded(ctx, fact, placePrompt(ctx.lang, event, fact.placeKind, (ctx.bySentence.get(fact.sentence) ?? []).some((d) => d.type === 'date' && toCome(ctx, d))), label, distractors, giveaways, score + 0.1, out);
			clozes(ctx, fact, label, distractors, giveaways, score, out, acronymEnd(ctx.article.text, fact));
			trueFalse(ctx, fact, distractors, score, out);
			break;
		}
		case 'person': {
			// A short mention of someone named in full elsewhere: the full name is the answer.
			const event = usableEvent(fact, giveaways, ctx.lang);
			const surname = surnameOf(fact.value);
			const roleKey = fact.role ? normalizeText(fact.role) : '';
			const people = ctx.persons.filter((p) => p.surname !== surname);
			const sharesRole = (list: typeof people) => list.some((p) => p.f.role && p.roleKey === roleKey);
			if (event && participative(event, ctx.lang) && soundParticipation(event, fact.role) && !complementOfOtherNoun(ctx.article.text, fact, event, ctx.lang)) {
				const sameEvent = people.filter((p) => p.f.event === fact.event);
				const role = fact.role && !sharesRole(sameEvent) ? fact.role : undefined;
				if (role || sameEvent.length === 0)
					worded(ctx, fact, personEventPrompt(ctx.lang, event, role), label, distractors, giveaways, score, out);
			}
			// "Which president is mentioned?" asks what the reader sees at a glance: the role
			// question ("Who is X?") asks the same relation the other way round. A true/false item
			// that swaps two people of the article was mostly read as absurd or as a trick (2 of 8).
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			break;
		}
		case 'organisation': {
			// "The _____’s (DOC) report", "le _____, le Bureau de recherches géologiques et minières": the
			// acronym or the name in full beside the blank gives the other away.
			if (spelledBeside(ctx.article.text, fact)) {
				refuse(ctx, fact, 'spelled out or abbreviated beside', 'every form');
				break;
			}
			// "Le Centre national d’études spatiales (CNES)": the acronym after the name would give it
			// away, so the blank takes both (the options are names; typing the acronym is right too).
			clozes(ctx, fact, label, distractors, giveaways, score, out, acronymEnd(ctx.article.text, fact));
			break;
		}
		case 'quote': {
			const quote = fact.quote?.trim();
			// A few quoted words ("« dans tous les domaines »") are a phrase, not a statement to attribute.
			// « qui a des douleurs dans le genou … »: a relative clause quoted is a phrase, not a statement.
			if (quote && words(quote) >= 5 && !(/^[«“"\s]*\p{Ll}/u.test(quote) && words(quote) < 8) && !/^[«“"\s]*(?:(?:qui|que|dont|où|which|who|whose|that)(?![\p{L}])|qu['’])/u.test(quote) && words(fact.value) >= 1 && !/^(?:il|elle|he|she|they|ils)$/i.test(fact.value) && !demonymCountry(fact.value) && !inhabitantNoun(ctx, fact.value) && !bodySpeaker(ctx, fact.value)) {
				// ("explique le Vaudois", "the Kenyan said": a nationality stands for someone named before,
				// and is no answer to "who said"; nor is a body.)
				const q = words(quote) > MAX_QUOTE_WORDS ? `${quote.split(/\s+/).slice(0, MAX_QUOTE_WORDS).join(' ')} …` : quote;
				// ("Nous espérions qu'il en sortirait": the "il", the article's subject, is not who said it.)
				const choices = mcqChoices(fact, fact.value, distractors, q, mainPerson(ctx));
				// Without three other speakers of the right kind, the reader types the name (a surname is enough).
				out.push({
					question: choices
						? makeQuestion(ctx, 'whosaid', fact, quotePrompt(ctx.lang, q), fact.value, fact.value, choices)
						: makeQuestion(ctx, 'short', fact, quotePrompt(ctx.lang, q), fact.value, fact.value, []),
					fact,
					factScore: score,
					typeScore: choices ? 0.35 : 0.3,
					// "… my duties as prime minister," he said: the speaker's post in the quote names him.
					giveaways: [surnameOf(fact.value), ...speakerPosts(ctx, fact.value)]
				});
			}
			break;
		}
		case 'negation': {
			// "Il veut être jugé." alone: who? A pronoun subject leaves the statement without its subject.
			// "Sa mort est considérée." (cut) states nothing; "n’a jamais semblé aussi fragilisée" is a
			// superlative, and its positive ("a semblé aussi fragilisée") says something else.
			const superlative = /(?:jamais|never)[\s\u00a0]+(?:\S+[\s\u00a0]+){0,2}(?:aussi|autant|si|as|so)(?![\p{L}])/iu.test(fact.text);
			// "Brookner never married": a short statement says something whole when its subject is a
			// person the article names in full ("Anita Brookner married.").
			const named = fact.statement ? withFullName(ctx, fact.statement.trim()) : null;
			const statement = named ?? fact.statement;
			if (
				statement?.trim() &&
				(words(statement) >= 5 || (named !== null && words(named) >= 3)) &&
				!vagueStatement(statement.trim()) &&
				!superlative &&
				hasSubject(statement, ctx.lang, cutMidSentence(ctx.article.sentences[fact.sentence]?.text ?? '', statement)) &&
				!OPENS_ON_REFERENCE[ctx.lang].test(statement.trim())
			) {
				const [vrai, faux] = trueFalseLabels(ctx.lang);
				out.push({
					question: makeQuestion(ctx, 'truefalse', fact, trueFalsePrompt(ctx.lang, statement), faux, 'false', [vrai, faux]),
					fact,
					factScore: score,
					typeScore: 0.35,
					giveaways: []
				});
			} else refuse(ctx, fact, statement?.trim() ? 'statement too short or vague, superlative, or without its own subject' : 'no statement', 'truefalse');
			break;
		}
		case 'event': {
			// "composée de six coureurs : trois hommes … trois femmes": a count the sentence adds up, as a phrase.
			const count = (ctx.bySentence.get(fact.sentence) ?? []).find((f) => f.type === 'quantity' && f.start === fact.start);
			if (count && workedOutInSentence(ctx, count)) {
				refuse(ctx, fact, 'a count the sentence adds up', 'every form');
				break;
			}
			// "a reçu le Premier ministre Tom Bell": someone, not something ("Qu’a reçu…?" asks a thing);
			// the person's own blank asks it.
			const person = (ctx.bySentence.get(fact.sentence) ?? []).find((f) => f.type === 'person' && f.start >= fact.start && f.end <= fact.end);
			if (person && person.end >= fact.end - 1) {
				refuse(ctx, fact, 'names a person', 'every form');
				break;
			}
			// "What did the council decide to do?": the clause's subject asked about, when it is plain.
			const prompt = fact.clause && !person ? relationPrompt(ctx.lang, fact.relation, fact.clause) : null;
			// "cette majorité", "this plan": an answer that points back at a sentence before says nothing alone.
			if (prompt && words(fact.value) <= MAX_RELATION_ANSWER_WORDS && !DEMONSTRATIVE_START.test(fact.value) && !givenAway(prompt, giveaways))
				worded(ctx, fact, prompt, fact.value, distractors, giveaways, score + 0.05, out, words(fact.value) <= MAX_TYPED_RELATION_WORDS);
			else refuse(ctx, fact, !prompt ? `no plain clause to ask (relation ${fact.relation ?? 'none'}, clause ${fact.clause ? 'yes' : 'no'})` : 'answer too long, pointing back, or given away', 'event question');
			// "pluies, inondations", "rare, important": a list glued by a comma reads as no answer; a noun
			// phrase whose list closes on "and" is one ("the increased cost of clothes, fuel and transport").
			// "avait obtenu _____" → "cette majorité": a blank filled by what points back says nothing either.
			if ((!/,/u.test(fact.value) || CLOSED_LIST_PHRASE.test(fact.value)) && !DEMONSTRATIVE_START.test(fact.value)) clozes(ctx, fact, fact.value, distractors, giveaways, score, out);
			else refuse(ctx, fact, 'a list or a phrase pointing back');
			break;
		}
		case 'role': {
			const person = fact.person;
			// The person must not be named by the role ("le maire" alone) and the prompt must not hold the role.
			// "Who is Barack Obama?" asks what every reader knows.
			// "Qui est Nicolas Mathieu ?" → "écrivain": a one-word role has many right answers; a
			// role the headline holds is given away.
			// "actrice française", "British singer": a trade and a nationality, what any reader knows of the famous.
			const labelWords = label.trim().split(/[\s\u00a0]+/u);
			// "Lady Justice", "Hon. Justice", "Sir": a form of address says no post.
			const vague = labelWords.length === 1 || (labelWords.length === 2 && labelWords.some((w) => demonymCountry(w.toLowerCase()))) || labelWords.every(honorific);
			const inTitle = titleHolds(ctx.article, label);
			const askable = person && !inTitle && !isFamous(person) && !giveaways.some((g) => normalizeText(person).includes(g));
			if (!askable) refuse(ctx, fact, !person ? 'no holder' : inTitle ? 'the headline holds it' : isFamous(person) ? 'a famous holder' : 'given away', 'role question');
			else if (vague && !isPosition(label)) refuse(ctx, fact, 'one word, or a trade and a nationality', 'role question');
			// "Le gardien Cyril Dumoulin": a position in a team is one word with one right answer.
			if (askable && isPosition(label)) worded(ctx, fact, positionPrompt(ctx.lang, person), label, distractors, giveaways, score + 0.05, out);
			else if (askable && !vague) {
				// "chef des travaux de physique à l’école municipale de …": the post, without where it is held.
				const short = shortRole(label);
				// Typed, "Who is X?" has as many right answers as X has titles ("novelist", "Booker winner"):
				// raters kept 5 of 36; with the posts the article names as options it has one.
				if (short === label) worded(ctx, fact, rolePrompt(ctx.lang, person), label, distractors, giveaways, score + 0.05, out, 'without choices');
				else {
					const options = distractors.map((d) => ({ value: shortRole(d.value), label: shortRole(d.label) })).filter((d) => normalizeText(d.label) !== normalizeText(short));
					worded(ctx, { ...fact, value: short }, rolePrompt(ctx.lang, person), short, options, giveaways, score + 0.05, out, 'without choices');
				}
			}
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			break;
		}
		default:
			// "grew by 38.3% to KSh 107.7 billion, up from KSh 82.6 billion": any of the three is worked out from the other two.
			if (computableInSentence(ctx, fact) || partOfAddress(ctx, fact)) {
				refuse(ctx, fact, 'computable in its sentence or part of an address', 'every form');
				break;
			}
			// "40 cas pour 10 000 habitants", "12 deaths per 100,000 people": the base of a rate is its definition.
			if (fact.type === 'quantity' && rateBase(ctx.article.text, fact)) {
				refuse(ctx, fact, 'the base of a rate', 'every form');
				break;
			}
			if (fact.type === 'quantity' && countOfNamedGroup(ctx.article.text, fact)) {
				refuse(ctx, fact, 'the count in a group’s name', 'every form');
				break;
			}
			// "à 7,1 %, contre 7,4 % au trimestre précédent", "0.7%, up from 0.4% in February": the figure a new one is compared with.
			if (comparedWith(ctx, fact)) {
				refuse(ctx, fact, 'the figure compared with', 'every form');
				break;
			}
			// "from last year’s 7,3%": the figure of the year before, which the news is measured against.
			if ((fact.type === 'percent' || fact.type === 'money' || fact.type === 'quantity') && LAST_YEARS.test(ctx.article.text.slice(Math.max(0, fact.start - 20), fact.start))) {
				refuse(ctx, fact, 'last year’s figure', 'every form');
				break;
			}
			if (earlierYearFigure(ctx, fact)) {
				refuse(ctx, fact, 'a figure of a year before the article’s, beside a later one', 'every form');
				break;
			}
			// "When the first engines arrived", "the first dose": "first" is guessed, and "second"
			// engines" is no option; "the first woman to hold…", "le premier rang mondial" are records.
			if (fact.type === 'ordinal' && fact.value === '1' && !/^[\s\u00a0]*(?:(?:rang|place|rank|position)(?![\p{L}])|(?:[\p{L}’'-]+[\s\u00a0]+){0,3}(?:to|à)[\s\u00a0])/iu.test(ctx.article.text.slice(fact.start, fact.end + 60).replace(/^\S+/u, ''))) {
				refuse(ctx, fact, '“first” that is no record', 'every form');
				break;
			}
			// "Three hikers were rescued…" → "How many hikers were rescued…?": a count that opens its clause.
			if (fact.type === 'quantity' && !single) {
				const prompt = countQuestion(ctx, fact);
				if (prompt && !givenAway(prompt, giveaways)) worded(ctx, fact, prompt, label, distractors, giveaways, score + 0.05, out);
			}
			// Quantities, ordinals, money, percentages: asked in their sentence.
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, score, out);
	}
	return out;
}

const ROLE_PLACE_LINK = /^(?:à|au|aux|auprès|chez|dans|pour|at|for|in|within|with)$/iu;

/**
 * A role of more than six words, cut before the words saying where or for whom it is held
 * ("deputy associate administrator for FEMA’s Federal Insurance…" → "deputy associate
 * administrator"): the post is what a student can answer; the rest is a detail to type.
 */
export function shortRole(role: string): string {
	const w = role.trim().split(/[\s\u00a0]+/u);
	if (w.length <= 6) return role;
	// "président de Jazz in Marciac et maire": "et" before a second post in small letters ends the first
	// ("Minister of Law and Justice" is one post).
	const second = w.findIndex((word, i) => i >= 2 && /^(?:et|and)$/u.test(word) && /^\p{Ll}/u.test(w[i + 1] ?? '') && isRoleWord(w[i + 1]));
	if (second > 0) return shortRole(w.slice(0, second).join(' '));
	// ("Bank for International Settlements", "Jazz in Marciac": a link between two capitalised words is
	// inside a name.)
	const cut = w.findIndex((word, i) => i >= 2 && ROLE_PLACE_LINK.test(word) && !(CAPITALISED.test(w[i - 1]) && CAPITALISED.test(w[i + 1] ?? '')));
	return cut > 0 ? w.slice(0, cut).join(' ') : role;
}
const CAPITALISED = /^\p{Lu}/u;

// ---------------------------------------------------------------- order

function dateKey(value: string): [number, number] | null {
	const p = parseIsoDate(value);
	// Interval [first day, last day] as comparable numbers.
	return p ? dateSpan(p) : null;
}

function orderCandidate(ctx: Ctx, dated: Fact[]): Candidate | null {
	// One fact per event label and per date; dates whose intervals overlap cannot be ordered.
	const picked: { fact: Fact; label: string; key: [number, number] }[] = [];
	const byScore = dated
		.filter((f) => usableEventText(f.event, ctx.lang) && words(f.event!) <= 12)
		.map((f) => ({ f, s: factScore(ctx, f) }))
		.sort((a, b) => b.s - a.s || a.f.start - b.f.start);
	for (const { f } of byScore) {
		const key = dateKey(f.value);
		if (!key) continue;
		const label = capitalize(f.event!.trim());
		if (picked.some((p) => normalizeText(p.label) === normalizeText(label))) continue;
		if (picked.some((p) => !(key[1] < p.key[0] || key[0] > p.key[1]))) continue;
		picked.push({ fact: f, label, key });
		if (picked.length === 4) break;
	}
	if (picked.length < 3) return null;
	const shown = seededShuffle(picked, hashString(picked.map((p) => p.fact.id).join('|')));
	// A shuffle that happens to be the answer asks nothing: rotate it.
	const chrono = [...shown].sort((a, b) => a.key[0] - b.key[0]);
	if (shown.every((p, i) => p === chrono[i])) shown.push(shown.shift()!);
	const answerIdx = chrono.map((p) => shown.indexOf(p));
	const first = chrono[0].fact;
	const q = makeQuestion(
		ctx,
		'order',
		first,
		orderPrompt(ctx.lang),
		chrono.map((p) => `${p.label} (${formatDate(p.fact.value, ctx.lang)})`).join(' → '),
		answerIdx.join(','),
		shown.map((p) => p.label),
		0,
		chrono.map((p) => p.fact.id)
	);
	return { question: q, fact: first, factScore: 0.9, typeScore: 0.2, giveaways: [] };
}

// ---------------------------------------------------------------- entry point

function inRanges(ranges: readonly AnyRange[], f: { start: number; end: number }): boolean {
	return ranges.some(([a, b]) => f.start < b && f.end > a);
}

export function generateQuestions(
	article: Article,
	facts: Fact[],
	opts: { max: number; reference: string; minConfidence?: number; published?: string | null; everyForm?: boolean; trace?: QuestionTrace }
): Question[] {
	const lang = article.lang;
	// A transcript line ("JM: We’ve played that song 1,000 times") is asked without its label.
	const lines = speakerLines(article);
	if (lines.length) {
		const sentences = article.sentences.slice();
		for (const l of lines) {
			const s = sentences[l.sentence];
			sentences[l.sentence] = { ...s, start: l.labelEnd, text: article.text.slice(l.labelEnd, s.end) };
		}
		article = { ...article, sentences };
	}
	const usable = facts.filter(
		(f) =>
			article.sentences[f.sentence] !== undefined &&
			f.start >= article.sentences[f.sentence].start &&
			!inRanges(article.removed, f) &&
			!inRanges(article.metadata, f) &&
			f.value.trim() !== ''
	);
	const trace = opts.trace;
	if (trace) {
		const kept = new Set(usable);
		for (const f of facts) if (!kept.has(f)) trace(f.id, 'not usable: outside the prose or without a value');
	}
	const density = new Map<number, number>();
	for (const f of usable) density.set(f.sentence, (density.get(f.sentence) ?? 0) + 1);
	const articleDates = [...new Set(usable.filter((f) => f.type === 'date').map((f) => f.value))];
	if (article.published) articleDates.push(article.published.slice(0, 10));
	// The article's author is never offered as a wrong answer: a reader may know who wrote it.
	// Only confident names are offered as other people ("Monsoon Session" and "African Growth" were).
	const people = [...new Set(usable.filter((f) => f.type === 'person' && f.value !== article.author && (f.confidence ?? 0.8) >= 0.7).map((f) => f.value))];
	const reference = /^\d{4}-\d{2}-\d{2}/.test(opts.reference) ? opts.reference : (article.published ?? '9999-12-31').slice(0, 10);
	const headlineValues = new Set<string>();
	const bodyValues = new Set<string>();
	for (const f of usable) (article.sentences[f.sentence].paragraph <= 1 ? headlineValues : bodyValues).add(`${f.type}|${normalizeText(f.value)}`);
	const bySentence = new Map<number, Fact[]>();
	for (const f of usable) {
		const list = bySentence.get(f.sentence);
		if (list) list.push(f);
		else bySentence.set(f.sentence, [f]);
	}
	const persons: Ctx['persons'] = [];
	const typeValues = new Set<string>();
	for (const f of usable) {
		typeValues.add(`${f.type}|${f.value}`);
		if (f.type === 'person') persons.push({ f, surname: surnameOf(f.value), roleKey: f.role ? normalizeText(f.role) : '' });
	}
	const ctx: Ctx = {
		bySentence, headlineValues, bodyValues, article, lang, facts: usable, articleDates, people, genders: gendersOf(article, usable), aliases: aliasesOf(article.text, usable), density, reference,
		published: opts.published ?? article.published,
		scores: new Map(), distractors: new Map(), persons, typeValues,
		ledeParagraph: article.sentences.find((s) => s.paragraph >= 2)?.paragraph ?? -1,
		trace
	};
	// Only the facts that can make the cut get candidates: the best few mentions of each value,
	// then the best facts overall (a long article has thousands of facts for 30 questions).
	const perValue = new Map<string, number>();
	const scored = usable.map((f) => ({ f, s: factScore(ctx, f) })).sort((a, b) => b.s - a.s || a.f.start - b.f.start);
	const chosen = scored
		.filter(({ f }) => {
			const k = `${f.type}|${f.value}`;
			const n = perValue.get(k) ?? 0;
			perValue.set(k, n + 1);
			return n < MAX_MENTIONS_PER_VALUE;
		})
		.slice(0, Math.max(0, opts.max) * 2 + 20);
	if (trace) {
		const kept = new Set(chosen.map(({ f }) => f));
		scored.forEach(({ f, s }, i) => {
			if (!kept.has(f)) trace(f.id, `fact score ${s.toFixed(2)}, rank ${i + 1} of ${scored.length}: not short-listed (below the first ${chosen.length}, or its value asked at ${MAX_MENTIONS_PER_VALUE} better mentions)`);
		});
	}
	// Scanning the text for a phrase costs a pass over the article: done for the short list only.
	for (const c of chosen)
		if (c.f.type === 'event' && occurrences(ctx, c.f.value) >= 2) ctx.scores.set(c.f.id, c.s - 0.5);
	const candidates: Candidate[] = [];
	for (const { f, s } of chosen) {
		const made = candidatesFor(ctx, f);
		trace?.(f.id, made.length ? `fact score ${s.toFixed(2)}; forms made: ${made.map((c) => c.question.type).join(', ')}` : `fact score ${s.toFixed(2)}; no form of question made`);
		candidates.push(...made);
	}
	const named = namedSentences(article.sentences, usable, ctx.lang);
	for (const c of candidates) if (asksTopic(c.question, c.fact, named)) c.topic = true;
	// The year the article reports on: a dated one's latest year up to its publication, an undated
	// one's latest in its lede but a deadline's or a forecast's (its body's latest may be a forecast's).
	const year = reportedYear(article.sentences, ctx.published);
	const recent = sixMonthsBefore(ctx.published);
	// (Once per fact: its candidates share it.)
	const earlier = new Map<string, boolean>();
	for (const c of candidates) {
		let is = earlier.get(c.fact.id);
		if (is === undefined) {
			const dates = (ctx.bySentence.get(c.fact.sentence) ?? []).filter((f) => f.type === 'date');
			is = aboutEarlierYear(article.sentences[c.fact.sentence], c.fact, dates, year, recent);
			earlier.set(c.fact.id, is);
		}
		if (is) c.earlierYear = true;
	}
	const order = orderCandidate(ctx, usable.filter((f) => f.type === 'date'));
	if (order) candidates.push(order);
	// Fewer, better questions: the ranking goes on past `max` so that the ones below the floor can
	// be left out without leaving a weak one in their place.
	const max = Math.max(0, opts.max);
	const floor = opts.minConfidence ?? 0;
	const ranked = rankCandidates(candidates, article, floor > 0 ? max + Math.ceil(max / 2) : max, trace, opts.everyForm);
	const shortlist = ranked.filter((q) => (q.confidence ?? 1) >= floor).slice(0, max);
	// (A true/false item stating again what another question of its sentence asks is left out, but
	// where every form of each question is asked for.)
	const stated = spreadOverSentences(shortlist, floor);
	// (Then an answer asked again from another sentence goes after the others: confidence.ts says why.)
	spreadOverAnswers(shortlist, floor);
	const repeats = new Set(opts.everyForm ? [] : stated);
	const kept = shortlist.filter((q) => !repeats.has(q));
	if (trace) for (const q of ranked) if (!kept.includes(q) && !repeats.has(q)) trace(q.factIds[0], `${q.type} left out: confidence ${(q.confidence ?? 1).toFixed(2)} below ${floor} or past ${max}`);
	return kept;
}
