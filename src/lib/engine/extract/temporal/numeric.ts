// Numbers in one sentence and what they measure: durations, ages, relative dates ("il y a 3 jours"),
// bare years, money, percentages, quantities with their noun, ranges, scores and ordinals.
import type { Lang } from '../../types';
import { EN_DIGIT_SCALES, numberWordsPattern, ordinalPattern, parseNumber, parseOrdinal, ROMAN_ORDINAL_PATTERN, ROUND_COUNT, ROUND_COUNT_ALT } from '../../text/numbers';
import type { Candidate } from './candidate';
import { NUMBER_SCALE, pluralWithoutS } from '../../text/format';
import { addDays, addMonths, fmtDay, fmtMonth, type Ymd } from '../../text/calendar';
import { isOrgHead, lookupPlace } from '../gazetteer';
import { PENALTY_WHOLE_BEFORE } from '../../text/patterns';
import {
	APOS,
	CURRENCY_SYMBOL_ALT,
	SHILLING_ALT,
	CURRENCY_WORD_ALT,
	DOLLAR_COUNTRY_ALT,
	DOLLAR_COUNTRY_CODES,
	DURATION_UNITS,
	FINITE_AUXILIARIES,
	DURATION_UNIT_ALT,
	MONTH_FULL_ALT,
	NA,
	NB,
	PERSON_NOUNS_FR,
	SP,
	SPO,
	STOP,
	boundedStart,
	currencyCode,
	EN_IRREGULAR_PAST,
	EN_PAST_NOT_NOUN,
	fold
} from '../../text/lexicon';

const SCALE_ALT: Record<Lang, string> = {
	// ("mio", "mia": the Swiss million and milliard, "285,5 mio CHF".)
	fr: 'millions?|milliards?|mille|billions?|Mds?|Mrds?|mio|mia',
	// ("1.05trn riyals": a trillion as Gulf and British papers shorten it.)
	en: 'million|billion|trillion|thousand|bn|trn|tn'
};
const DIGITS: Record<Lang, string> = {
	fr: `\\d{1,3}(?:[\\u00a0\\u202f\\u2009 '’]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?[½¼¾]?`,
	// ("9,7%", "6,1 per cent": a comma before one or two digits and a percent is a decimal mark.
	// "715 026 votes", "N$ 1\u00a0500": thousands grouped by a non-breaking space, or by a space before
	// a group that opens on a zero, which no number of its own does.)
	en: `\\d+,\\d{1,2}(?=[\\s\\u00a0]*(?:%|per[\\s\\u00a0]?cent|percent))|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u202f]\\d{3}|[ ](?=0)\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?[½¼¾]?|\\.\\d+`
};

// One number: digits (not glued to a word on the left: "COVID-19", "F-16", "G7", a bill's "H.72"), an optional scale
// word, or number words.
// A number starts after no letter, except the "$US" of "$US130,000" (Australian and New Zealand papers)
// and a shilling's "Sh60,000", "KSh500" (East African papers).
const NUMBER_RE: Record<Lang, RegExp> = {
	fr: new RegExp(
		`(?:(?<=\\$US|(?<![\\p{L}])(?:${SHILLING_ALT}))|(?<![\\p{L}\\p{N}_]|\\p{L}[-‑.]|\\d[.,]|[/:]))(${DIGITS.fr})(?:${SP}(${SCALE_ALT.fr})${NA})?(?![.,]?\\d)|(${numberWordsPattern('fr')})`,
		'giu'
	),
	en: new RegExp(
		`(?:(?<=\\$US|(?<![\\p{L}])(?:${SHILLING_ALT}))|(?<![\\p{L}\\p{N}_]|\\p{L}[-‑.]|\\d[.,]|[/:]))(${DIGITS.en})(?:${SPO}(${SCALE_ALT.en})${NA})?(?![.,]?\\d)|(${numberWordsPattern('en')})`,
		'giu'
	)
};

// Phone numbers and similar digit runs: never quantities or years.
// (A British number, "01686 625544", "020 7946 0958": a dialling code opening on 0, then its groups;
// not the thousands of "5 009 000".)
const PHONE_RE =
	/(?:\+\d{1,3}[\s.\u00a0-]?)?(?:\(\d{1,4}\)[\s.\u00a0-]?)?\b0\d(?:[\s.\u00a0-]\d{2}){4}\b|(?<![\d.,]|\d[\s\u00a0\u202f])\b0\d{2,4}[\s\u00a0-]\d{3,6}(?:[\s\u00a0-]\d{3,4})?\b(?![.,]\d)|\+\d{1,3}(?:[\s.\u00a0-]?\d{1,4}){3,}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b/gu;

// Times of day without a date: no quantity and no date ("à 21h54", "3 p.m.", "10:30").
const TIME_RE: Record<Lang, RegExp> = {
	fr: /(?<![\p{L}\p{N}])\d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d{2})?(?![\p{L}\p{N}])|(?<![\p{N}])\d{1,2}:\d{2}(?![\p{N}])/gu,
	en: /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?[\s\u00a0]?(?:[ap]\.m\.|[ap]m(?![\p{L}]))|(?<![\p{N}])\d{1,2}:\d{2}(?![\p{N}])/giu
};

// "après à peine 2h30 d'audience", "a duré 1h45", "pendant 3h": hours and minutes that last, not a
// time of day (findTimes leaves them out).
const FR_HOURS = /(?<![\p{L}\p{N}])(\d{1,2})[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?(\d{2}))?(?![\p{L}\p{N}])/gu;
const HOURS_LEAD = /(?:pendant|durant|duré|dure|durera|en|à[\s\u00a0\u202f]+peine|plus[\s\u00a0\u202f]+de|moins[\s\u00a0\u202f]+de|près[\s\u00a0\u202f]+de|environ|quelque|après)[\s\u00a0\u202f]+$/iu;
const HOURS_OF = /^[\s\u00a0\u202f]*(?:de|d['’])[\s\u00a0\u202f]*(?!matin|soir|nuit|l['’]après)\p{L}/iu;

/** French "2h30" spans that are durations: led by a word of duration, or followed by "de" + noun. */
export function frHourDurations(st: string): { start: number; end: number; h: number; min: number }[] {
	const out: { start: number; end: number; h: number; min: number }[] = [];
	FR_HOURS.lastIndex = 0;
	for (const m of st.matchAll(FR_HOURS)) {
		const before = st.slice(Math.max(0, m.index - 20), m.index);
		const after = st.slice(m.index + m[0].length);
		// "à 2h30 de l'après-midi" is a time; "dès 2h30" too ("à 15h de travaux" lasts).
		if (frClockTime(before, after)) continue;
		if (!HOURS_LEAD.test(before) && !HOURS_OF.test(after)) continue;
		out.push({ start: m.index, end: m.index + m[0].length, h: +m[1], min: m[2] ? +m[2] : 0 });
	}
	return out;
}

// Decades: "années 1980 et 1990" reads the second as a decade too, never a year.
const DECADE_RE = /(?<![\p{L}])ann[ée]es[\s\u00a0\u202f]+(?:\d{4}|\d{2})(?![\p{N}])(?:[\s\u00a0\u202f]+(?:et|ou|à)[\s\u00a0\u202f]+\d{1,3}0(?![\p{N}]))?|(?<![\p{N}])(?:\d{4}|['’]\d{2})s(?![\p{L}])/gu;

const PERCENT_AFTER = new RegExp(`^${SPO}(?:%|pour${SPO}-?cent${NA}|pourcent${NA}|per${SPO}cent${NA}|percent${NA})`, 'iu');
// "a 12pc decrease", "up 3.4 pc": per cent as British and Gulf papers shorten it, in small letters
// ("20 PC" are computers).
const PC_AFTER = /^[\s\u00a0]?pc(?![\p{L}\p{N}])/u;
const percentAfter = (after: string, lang: Lang) => PERCENT_AFTER.exec(after) ?? (lang === 'en' ? PC_AFTER.exec(after) : null);
// What follows "won" the verb: what was won or how ("won the cup", "won by two votes"), or a plural
// noun ("1,200 won seats", "5,000 won scholarships"); "30 trillion won annually", "won through 2030",
// "12,000 won an hour" are amounts.
const WON_VERB_AFTER = /^[\s\u00a0\u202f]+(?:(?:the|his|her|their|its|our|my|gold|silver|bronze|both|all|every|by|over|against|back|out)(?![\p{L}])|(?!(?:towards|afterwards|besides|whereas|always|perhaps|unless|across|plus|thus|less|this|as|is|was|has)(?![\p{L}]))\p{Ll}{2,}[^s\s\u00a0\u202f]s(?![\p{L}]))/u;
// "pounds of ganja", "pounds of fish" weigh; "pounds of taxpayers’ money", "pounds of new investment" do not.
const POUNDS_OF_THING_SRC = String.raw`pounds?[\s\u00a0\u202f]+of[\s\u00a0\u202f]+(?!(?:[\p{L}’'-]+[\s\u00a0\u202f]+){0,2}(?:taxpayers?|public|private|government|state|investment|funding|money|cash|savings|spending|revenue|debt|aid|support|subsid\p{L}*|income|profits?|losses|sales|damages?|fines?|tax|their|his|her|its|our)(?![\p{L}]))\p{Ll}`;
const POUNDS_OF_THING = new RegExp(`^${POUNDS_OF_THING_SRC}`, 'u');
const POUNDS_OF_THING_IN = new RegExp(`(?<![\\p{L}])${POUNDS_OF_THING_SRC}`, 'u');
// A sentence about money: a bare "pounds" there is sterling, not a weight; a bare French "livres" is
// sterling there, books or a weight elsewhere ("37 000 livres en circulation", "une truite de 5
// livres"; "pays", "paix", the "prix Goncourt", a cookbook's "recettes", "livres en anglais" are no
// money; "le prix du billet", "le loyer", "à Londres", "le club anglais" are).
const MONEY_CUE: Record<Lang, RegExp> = {
	en: /(?<![\p{L}])(?:fined?|fines|paid|pay|pays|cost|costs|spend|spent|worth|price|prices|salary|wages?|budget|sterling|bought|sold|earned|raised|donated|grant|£)(?![\p{L}])/iu,
	fr: /(?<![\p{L}])(?:co[uû]t\p{L}*|pay[ée]e?s?|payer|paie(?:nt)?|paiements?|prix[\s\u00a0]+(?:du|de|des|d['’])|loyers?|débours\p{L}*|adjug\p{L}*|budgets?|sterling|amendes?|salaires?|d[ée]pens\p{L}*|financ\p{L}*|subventions?|dettes?|b[ée]n[ée]fices?|chiffre[\s\u00a0]+d['’]affaires|transferts?|britanniques?|Royaume-Uni|Londres|(?<!en[\s\u00a0]+)(?:anglais|écossais)e?s?|livres?[\s\u00a0]+sterling|£)(?![\p{L}])/iu
};
const CURRENCY_AFTER = new RegExp(`^${SPO}(?:(?:de|d${APOS})${SPO})?(${CURRENCY_WORD_ALT})(?![\\p{L}\\p{N}])`, 'iu');
const DOLLAR_LETTERS_AFTER = new RegExp(`^[\\s\\u00a0]?(${DOLLAR_COUNTRY_ALT})(?![\\p{L}])`, 'u');
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_SYMBOL_ALT})${SPO}$`, 'u');
// The scale words after a currency's amount: English's ("$2.3 billion", "1.05trn riyals") and a French
// milliard ("1,5 Md€"); a small "k", and a "b" glued to the amount ("$28b", "$1.2B", "Shs28b"; "£50 B&Q"
// is a shop).
const SCALE_VALUE: Record<string, number> = { ...EN_DIGIT_SCALES, k: 1e3, b: 1e9, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 };
const SCALE_AFTER_SYMBOL = new RegExp(`^\\s?(${Object.keys(SCALE_VALUE).filter((w) => w !== 'b').join('|')})(?![\\p{L}\\p{N}])|^(b)(?![\\p{L}\\p{N}&])`, 'iu');

/** The scale written after an amount's digits ("762 millions", "$1.2bn"): its multiplier, 1 for none. */
export function scaleAfter(after: string): number {
	return SCALE_VALUE[scaleWord(SCALE_AFTER_SYMBOL.exec(after))] ?? 1;
}

/** The scale word read after an amount, lower case ("B" glued is "b"). */
function scaleWord(m: RegExpExecArray | null): string {
	return m ? (m[1] ?? m[2]).toLowerCase() : '';
}

// "20 ans", "20-year", "20 dernières années", "deux ans et demi", "two and a half years".
const DURATION_AFTER = new RegExp(
	`^(?:${SP}and${SP}a${SP}half)?(?:${SP}|[-‑])(?:(?:derni[èe]re?s?|prochaine?s?|premi[èe]re?s?|autres|longues?|longs|pleine?s|bonnes?|last|next|past|first|coming|previous|more|full|long|short|additional|further|extra|consecutive|straight|other|Earth|calendar|working|business)${SP})?(${DURATION_UNIT_ALT})${NA}(?:${SP}(?:et${SP}demie?|and${SP}a${SP}half)${NA})?`,
	'iu'
);
const AGE_HYPHEN_OLD = /^[-‑]old(?![\p{L}])|^s?[\s\u00a0]+old(?![\p{L}])|^[\s\u00a0]+of[\s\u00a0]+age(?![\p{L}])/iu;

// A person's full name and a comma before a number ("Beero Tamu, 37, a handyman").
const APPOSED_AGE_BEFORE = /(?<![\p{L}])(?!(?:In|On|At|By|For|From|Since|Until|Before|After|The|Last|Next|This)[\s\u00a0])(\p{Lu}\p{Ll}+[\s\u00a0]+(?:\p{Lu}\.?[\s\u00a0]+)?\p{Lu}[\p{L}’'-]+)[\s\u00a0]*,[\s\u00a0]*$/u;
const NAME_FIGURE_LIST_AFTER = /^[\s\u00a0]*,[\s\u00a0]*(?:and[\s\u00a0]+)?\p{Lu}[\p{L}’'-]+(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]+)*[\s\u00a0]*,[\s\u00a0]*\d/u;
const AGE_BEFORE: Record<Lang, RegExp> = {
	fr: new RegExp(
		`(?:${NB}(?:âg[ée]e?s?|l${APOS}âge)${SP}de${SP}|${NB}(?:${PERSON_NOUNS_FR})s?(?:${SP}\\p{Ll}+)?${SP}(?:de|d${APOS}à peine|d${APOS}environ)${SP}|${NB}(?:un|une|le|la|l${APOS}|ce|cette|du|au)${SPO}\\p{L}+(?:eur|euse|ier|i[èe]re|iste|ant|ante|ien|ienne|aire|ais|aise|ois|oise|ard|arde|ain|aine)s?${SP}(?:de|d${APOS}à peine|d${APOS}environ)${SP}|${NB}(?:un|une|le|la|l${APOS}|ce|cette|du|au)${SPO}\\p{Lu}\\p{Ll}+(?:in|ine|on|onne|ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|ol|ole)${SP}(?:de|d${APOS}à peine|d${APOS}environ)${SP}|(?<!y${SP})${NB}(?:a|avait|aura|ont|avaient|auront)${SP}|(?<!condamn[ée]e?s?${SP}|jusqu${APOS})${NB}à${SP}|\\p{Lu}\\p{L}+${SPO},${SPO})$`,
		'iu'
	),
	en: new RegExp(`(?:${NB}aged${SP}|${NB}age${SP}|${NB}at${SP}the${SP}age${SP}of${SP})$`, 'iu')
};
// Durations keep their preposition in the surface, as the article says it: "de 20 ans", "pendant 15 ans".
// A small letter word after "une année" that no length of time takes: an adjective ("difficile", "record").
const QUALIFIED_YEAR = new RegExp(`^${SP}(?!(?:${[...STOP.fr].join('|')}|entière|entier|complète|complet|pleine?|supplémentaire|glissante?|scolaire|civile?|calendaire|jour|fiscale?|budgétaire|seulement|exactement|maintenant|auparavant|environ|durant|pendant)(?![\\p{L}]))\\p{Ll}{3,}(?![\\p{L}'’])`, 'u');
const DURATION_LEAD: Record<Lang, RegExp> = {
	fr: new RegExp(`${NB}(?:de|d${APOS}une${SP}durée${SP}de|pendant|durant|depuis|sur|pour|en|d${APOS}ici)${SP}$`, 'iu'),
	en: new RegExp(`${NB}(?:for|over|of|lasting|within)${SP}$`, 'iu')
};
/** Words that open a sentence right before its figure ("Some 12,400 cases", "Environ 500 personnes"): no name. */
export const QUANTITY_OPENERS =
	/^(?:some|about|around|nearly|almost|presque|over|under|more|fewer|less|only|just|all|another|at|after|before|since|until|by|with|of|for|the|these|those|its|their|his|her|our|in|on|and|but|plus|près|environ|quelque|quelques|au|aux|à|en|dans|depuis|avec|pour|sur|sous|les|des|ces|leurs|ses|nos|et|mais|seulement|moins|un|une|dont|selon|après|avant|entre|between|from|de|du|le|la|jusqu|to|up|down|almost|roughly|approximately|exactly|precisely|si|alors|quand|lorsque|lorsqu|puis|or|donc|ainsi|enfin|désormais|pourtant|toutefois|cependant|chaque|tous|toutes|if|when|while|as|so|then|now|yet|although|though|once|each|every)$/iu;
// A verb of change before "de … à" or "from … to": where a figure went from, and to, not a range.
const CHANGE_FROM_TO = new RegExp(`${NB}(?:progress\\p{L}*|augment\\p{L}*|baiss\\p{L}*|recul\\p{L}*|grimp\\p{L}*|chut\\p{L}*|pass[ée]e?s?|passe|passent|bondi|diminu\\p{L}*|rose|risen|rises|fell|fallen|falls|grew|grown|increased|decreased|dropped|jumped|climbed|declined)${SP}(?:de|from)${SP}$`, 'iu');
const RANGE_LEAD = new RegExp(`${NB}(?:entre|between|from|de)${SP}$`, 'iu');
const AGO_BEFORE = new RegExp(`${NB}il${SP}y${SP}a${SP}$`, 'iu');
const IN_BEFORE_FR = new RegExp(`${NB}dans${SP}$`, 'iu');
const AGO_AFTER = new RegExp(`^${SP}ago${NA}`, 'iu');

// Words before a 4-digit number that make it a year whatever follows ("en 2024", "since 1998")…
const YEAR_LEAD: Record<Lang, RegExp> = {
	fr: new RegExp(
		`${NB}(?:en|depuis|dès|jusqu${APOS}en|avant|après|d${APOS}ici|l${APOS}an|l${APOS}année|année|fin|début|mi-|courant|vers|printemps|été|automne|hiver|mois|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)${SPO}$`,
		'iu'
	),
	en: new RegExp(`${NB}(?:in|since|by|until|till|before|after|early|late|mid-|year|circa|c\\.)${SPO}$`, 'iu')
};
// …words that make it a year unless a noun follows ("de 1998 à 2002" but "de 2000 soldats")…
const YEAR_WEAK_LEAD: Record<Lang, RegExp> = {
	fr: new RegExp(`${NB}(?:de|à|entre|et|pour)${SPO}$`, 'iu'),
	en: new RegExp(`${NB}(?:from|to|of|between|and|for|around)${SPO}$`, 'iu')
};
// …and determiners before an adjectival year ("the 2024 election", "its 2019 report", "our 2022
// Artist-in-Residence").
const YEAR_DETERMINER: Record<Lang, RegExp> = {
	fr: /(?!)/u,
	en: new RegExp(`${NB}(?:the|its|his|her|their|our|my|your|this|that|[\\p{L}]+['’]s)${SPO}$`, 'iu')
};
// Prepositions kept in a year's surface: "en 2024", "depuis 1998".
const YEAR_SURFACE_LEAD: Record<Lang, RegExp> = {
	fr: new RegExp(`${NB}(?:en|depuis|dès|jusqu${APOS}en|d${APOS}ici|(?:fin|début|courant)${SP}|mi-)${SPO}$`, 'iu'),
	en: new RegExp(`${NB}(?:in|since|by|until|early|late|mid-)${SPO}$`, 'iu')
};

// The noun a number counts: the next word, or "de X" after a scale word ("2 millions de personnes").
const NOUN_AFTER = /^(?:[\s\u00a0\u202f]*(?:de |d['’]))?[\s\u00a0\u202f]*([\p{L}][\p{L}'’\-]*|°C|°F|km²|m²|%)/u;
const MONTH_WORD = new RegExp(`^(?:${MONTH_FULL_ALT.fr}|${MONTH_FULL_ALT.en})$`, 'iu');
const NOUN_AFTER_DIRECT = /^[\s\u00a0\u202f]+([\p{L}][\p{L}'’\-]*)/u;
const GLUED_UNIT = /^(km²|m²|km|kg|cm|mm|ha|MW|GW|kW|kWh|TWh|mg|ml|mph|km\/h|t|m|g|l)(?![\p{L}\p{N}])/u;

const ORDINAL_RE: Record<Lang, RegExp> = {
	fr: new RegExp(`${ordinalPattern('fr')}`, 'giu'),
	en: new RegExp(`${ordinalPattern('en')}`, 'giu')
};
// Plain substring tests before the Unicode ordinal regexes.
const ORDINAL_PRE: Record<Lang, RegExp> = {
	fr: /i[eè]mes?(?![a-z])|premi|second|\d(?:e|er|re|[eè]me|[eè]re)s?(?![a-z])/i,
	en: /first|second|third|(?:th|fifth|ninth|twelfth)(?![a-z])|\d(?:st|nd|rd|th)(?![a-z])/i
};
const ROMAN_RE = new RegExp(ROMAN_ORDINAL_PATTERN, 'gu');
// The titles "premier" opens ("premier ministre", "première dame"): a set phrase, and after a rank
// the noun of that rank ("le 34e premier ministre").
const PREMIER_TITLE = 'ministres?|dames?|secr[ée]taires?';
// Titles and set phrases where an ordinal word counts nothing.
const ORDINAL_STOCK = new RegExp(
	`^(?:premi[eè]re?s?\\s+(?:${PREMIER_TITLE}|plan|lieu|abord|rang|chef)|first\\s+(?:lady|minister|secretary|of all|place|time|hand)|second(?:e|s)?\\s+(?:main|degr[ée]|hand)|(?:1er|1re|premier|first)\\s+(?:ministre|minister))`,
	'iu'
);
const TITLE_AFTER_PREMIER = new RegExp(`^[\\s\\u00a0]+(${PREMIER_TITLE})(?![\\p{L}])`, 'iu');

const SPORT_CONTEXT =
	/(?<![\p{L}])(?:victoire|défaite|match|matchs|score|battu|battue|l['’]emporte|emporté|gagné|perdu|nul|buts?|sets?|mi-temps|finale|demi-finale|championnat|coupe|ligue|win|won|beat|beats|lost|loss|defeat|defeated|draw|drew|goals?|victory|final|semifinal|league|cup|match|game)(?![\p{L}])/iu;

const TALLY_AFTER = /^[\s\u00a0]+(?:votes?|voix|in[\s\u00a0]+(?:wins|victories)|wins|victories)(?![\p{L}])/iu;

const SMALL_WORDS = new Set(['un', 'une', 'a', 'an', 'one']);

function trimUnit(w: string): string {
	return w.replace(/['’\-]+$/u, '');
}

function fmtNum(n: number): string {
	// 67.49 × 1e9 is 67489999999.99999 in floating point: twelve significant digits are plenty.
	const r = Math.abs(n) >= 1 ? Number(n.toPrecision(12)) : Math.round(n * 1e6) / 1e6;
	return String(r);
}

interface NumCtx {
	st: string;
	lang: Lang;
	ref: Ymd;
	taken: (a: number, b: number) => boolean;
	out: Candidate[];
}

/** Numeric candidates of one sentence, offsets relative to `st`; `taken` says where dates already are. */
// A time over a race or a record: "2h 07m 43s", "2 h 07 min 43 s", "2h07'43''", "2:07:43" — hours,
// minutes and seconds together are never a time of day, and "07m" is no distance in metres.
const RACE_TIME =
	/(?<![\p{L}\p{N}:])(\d{1,2})(?:[\s\u00a0\u202f]?h[\s\u00a0\u202f]?(\d{1,2})[\s\u00a0\u202f]?(?:min|m|['’′])[\s\u00a0\u202f]?(\d{1,2}(?:[.,]\d+)?)[\s\u00a0\u202f]?(?:sec|s|"|''|’’|″)?|:(\d{2}):(\d{2}(?:[.,]\d+)?))(?![\p{L}\p{N}])/gu;

export function findNumeric(st: string, lang: Lang, ref: Ymd, dateSpans: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const masked: [number, number][] = dateSpans.map((c) => [c.start, c.end]);
	if (/\d[\s\u00a0\u202f]?h[\s\u00a0\u202f]?\d|\d:\d{2}:\d/u.test(st))
		for (const m of st.matchAll(RACE_TIME)) {
			const start = m.index;
			const end = start + m[0].length;
			if (dateSpans.some((c) => c.start < end && start < c.end)) continue;
			const h = +m[1];
			const min = +(m[2] ?? m[4]);
			const sec = (m[3] ?? m[5]).replace(',', '.');
			if (min > 59 || Number(sec) >= 60) continue;
			out.push({ start, end, type: 'duration', value: `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}${Number(sec) ? `${Number(sec)}S` : ''}`, unit: 'time', confidence: 0.8 });
			masked.push([start, end]);
		}
	if (/\d/.test(st)) {
		// Phone numbers, times of day, and decades the date rules leave out ("ses années 20", the
		// second of "années 1980 et 1990"): no year or count either.
		// ("le 49.3", "un nouveau 49-3": the article of the French constitution, named by its number.)
		for (const re of lang === 'fr' ? [PHONE_RE, TIME_RE[lang], DECADE_RE, ARTICLE_49_3] : [PHONE_RE, TIME_RE[lang], DECADE_RE]) {
			re.lastIndex = 0;
			let m: RegExpExecArray | null;
			while ((m = re.exec(st))) masked.push([m.index, m.index + m[0].length]);
		}
	}
	const taken = (a: number, b: number) => masked.some(([s, e]) => a < e && s < b);
	const ctx: NumCtx = { st, lang, ref, taken, out };
	if (lang === 'fr' && /\d[\s\u00a0\u202f]?h/i.test(st))
		for (const d of frHourDurations(st))
			if (!dateSpans.some((c) => c.start < d.end && d.start < c.end))
				out.push({ start: d.start, end: d.end, type: 'duration', value: `PT${d.h ? `${d.h}H` : ''}${d.min ? `${d.min}M` : ''}`, unit: 'heures', confidence: 0.8 });
	const nums = scanNumbers(ctx);
	for (let i = 0; i < nums.length; i++) classify(ctx, nums, i);
	findOrdinals(ctx);
	findSingles(ctx);
	if (lang === 'fr') findApproximate(ctx);
	return out;
}

// "une vingtaine de minutes", "une centaine de manifestants", "une demi-heure": French says a count
// or a length of time in words the number scan does not read.
const APPROXIMATE_FR = new RegExp(
	`(?<![\\p{L}])(?:une|la|cette|d['’]une)[\\s\\u00a0]+(${ROUND_COUNT_ALT})[\\s\\u00a0]+d(?:e[\\s\\u00a0]+|['’])(\\p{Ll}[\\p{L}-]*)|(?<![\\p{L}])une[\\s\\u00a0]+demi-(heure)(?![\\p{L}])`,
	'giu'
);

function findApproximate(ctx: NumCtx): void {
	APPROXIMATE_FR.lastIndex = 0;
	for (let m = APPROXIMATE_FR.exec(ctx.st); m; m = APPROXIMATE_FR.exec(ctx.st)) {
		const start = m.index;
		const end = m.index + m[0].length;
		if (ctx.taken(start, end) || ctx.out.some((c) => c.start < end && start < c.end)) continue;
		if (m[3]) {
			push(ctx, { start, end, type: 'duration', value: 'PT30M', unit: 'minutes', confidence: 0.7 });
			continue;
		}
		const value = ROUND_COUNT[m[1].toLowerCase()];
		const noun = m[2];
		const info = DURATION_UNITS[fold(noun)];
		if (info) {
			const amount = value * (info.factor ?? 1);
			push(ctx, { start, end, type: 'duration', value: info.time ? `PT${amount}${info.iso}` : `P${amount}${info.iso}`, unit: noun, confidence: 0.7 });
		} else if (!STOP.fr.has(noun.toLowerCase()) && !/(?:é|ée|ant)$/u.test(noun)) {
			push(ctx, { start, end, type: 'quantity', value: String(value), unit: noun, confidence: 0.7 });
		}
	}
}

// "a single vote", "une seule voix", "à une voix près": one, said as a determiner.
const SINGLE_EN = String.raw`(?:a|one)[\s\u00a0]+(?:single|lone)`;
const SINGLE_FR = String.raw`(?:un|une)[\s\u00a0]+seule?`;
const MARGIN_FR = String.raw`à[\s\u00a0]+une?[\s\u00a0]+`;
/** A count read from one said as a determiner (the fact's words): questions give it no options. */
export const SINGLE_COUNT = new RegExp(String.raw`^(?:(?:${SINGLE_FR}|${SINGLE_EN})(?![\p{L}])|${MARGIN_FR})`, 'iu');
const SINGLE: Record<Lang, RegExp> = {
	en: new RegExp(String.raw`(?<![\p{L}])${SINGLE_EN}[\s\u00a0]+(\p{Ll}[\p{L}-]*)`, 'giu'),
	fr: new RegExp(String.raw`(?<![\p{L}])${SINGLE_FR}[\s\u00a0]+(\p{Ll}[\p{L}-]*)|(?<![\p{L}])${MARGIN_FR}(\p{Ll}[\p{L}-]*)[\s\u00a0]+près`, 'giu')
};
function findSingles(ctx: NumCtx): void {
	const re = SINGLE[ctx.lang];
	re.lastIndex = 0;
	for (let m = re.exec(ctx.st); m; m = re.exec(ctx.st)) {
		const noun = m[1] ?? m[2];
		if (!noun || STOP[ctx.lang].has(noun.toLowerCase())) continue;
		// "his song “One Single Bullet”": capitals make a title, not a count (the flag folds case).
		if (/^\p{Lu}/u.test(noun)) continue;
		// "There was not a single thing…", "pas un seul instant": emphasis after a negation, no count.
		if (/(?<![\p{L}])(?:not|never|no|without|pas|jamais|sans|ni)(?![\p{L}])[^,.;:!?]{0,20}$/iu.test(ctx.st.slice(Math.max(0, m.index - 30), m.index)) || /^(?:thing|things|chose|choses)$/iu.test(noun)) continue;
		// "se lever comme un seul homme" (all together), "a single digit" (under ten): set phrases, no count.
		if ((/^homme$/iu.test(noun) && /(?<![\p{L}])comme[\s\u00a0]+$/iu.test(ctx.st.slice(Math.max(0, m.index - 8), m.index))) || /^digits?$/iu.test(noun)) continue;
		const start = m.index;
		// "une seule partie civile": the adjective belongs to the noun.
		const extra = ctx.lang === 'fr' && m[1] ? frenchNounTail(ctx.st.slice(start + m[0].length)) : 0;
		const end = m.index + m[0].length + extra;
		if (ctx.taken(start, end)) continue;
		push(ctx, { start, end, type: 'quantity', value: '1', unit: extra ? tidyUnit(noun + ctx.st.slice(start + m[0].length, end)) : noun, confidence: 0.7 });
	}
}

interface Num {
	start: number;
	end: number;
	value: number;
	words: boolean;
	raw: string;
	plainDigits: boolean;
}

// "un second tour", "a second term": the ordinal, not the unit of time (French says "seconde"
// for the unit; English says "a second" for it only before a word such as "later" or "of").
function ordinalSecond(du: RegExpExecArray, after: string, lang: Lang): boolean {
	if (!/^second$/i.test(du[1])) return false;
	return lang === 'fr' || /^[\s\u00a0]+(?!(?:ago|later|earlier|after|before|of|in|to|and|or|for|from|too|longer|faster|slower|apart|behind|ahead|off|per|each|while|when|the|a|an)(?![\p{L}]))\p{Ll}/u.test(after);
}

// ("de sept à neuf membres", "de cinq à neuf ans" count: only a thing redone "à neuf" is new.)
const NEW_BEFORE = /(?<![\p{L}])(?:flambant|tout|état|(?:remis|remise|remises|refait|refaite|refaites|remettre|remet|remettent)[\s\u00a0\u202f]+à)[\s\u00a0\u202f]+$/iu;

const BILLIONS_END = /(?:billions?|milliards?)$/iu;
const AND_MILLIONS: Record<Lang, RegExp> = {
	// ("4 milliards 300 millions de francs": the "et" may be left out.)
	fr: new RegExp(`^${SP}(?:et${SP})?(\\d{1,3}(?:,\\d+)?|${numberWordsPattern('fr')})${SP}millions?${NA}`, 'iu'),
	en: new RegExp(`^${SP}and${SP}(\\d{1,3}(?:\\.\\d+)?|${numberWordsPattern('en')})${SP}million${NA}`, 'iu')
};

const GLUED_CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SHILLING_ALT}|\\$US)$`, 'u');

function scanNumbers(ctx: NumCtx): Num[] {
	const { st, lang } = ctx;
	const re = NUMBER_RE[lang];
	re.lastIndex = 0;
	const nums: Num[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(st))) {
		const start = m.index;
		const end = start + m[0].length;
		if (ctx.taken(start, end)) continue;
		// (After letters, only a currency's as written — "$US", the shilling's: the pattern reads case-blind,
		// and "SH1" is a road.)
		if (/\p{L}$/u.test(st.slice(0, start)) && !GLUED_CURRENCY_BEFORE.test(st.slice(Math.max(0, start - 4), start))) continue;
		const raw = m[0];
		// "un", "une", "a", "one" are mostly articles: a number only before a time unit ("pendant un an").
		if (m[3] && SMALL_WORDS.has(raw.toLowerCase())) {
			const du = DURATION_AFTER.exec(st.slice(end, end + 40));
			if (!du || ordinalSecond(du, st.slice(end + du[0].length), lang)) continue;
			nums.push({ start, end, value: 1, words: true, raw, plainDigits: false });
			continue;
		}
		// "plusieurs milliards de F CFA", "des millions d’euros", "several million dollars": a scale
		// word without its count is no amount.
		// ("Mille personnes", "cent ans": a thousand and a hundred on their own count.)
		if (m[3] && NUMBER_SCALE.test(raw) && !/^(?:mille|cents?)$/iu.test(raw)) continue;
		// "calls for Six Nations organisers", "the Three Gorges dam": a number word with its capital inside
		// a sentence, before a capitalised word, is part of a name.
		if (m[3] && /^\p{Lu}/u.test(raw) && /[\p{Ll}\d,;]\s*$/u.test(st.slice(Math.max(0, start - 3), start)) && /^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(st.slice(end, end + 3))) continue;
		// "un bâtiment flambant neuf", "remis à neuf", "tout neuf": new, not nine.
		if (lang === 'fr' && /^neuf$/iu.test(raw) && NEW_BEFORE.test(st.slice(Math.max(0, start - 12), start))) continue;
		let value = parseNumber(raw, lang);
		if (value === null) continue;
		// "about 4 billion and 882 million riyals", "deux milliards et 810 millions": one amount.
		const joined = BILLIONS_END.test(raw) ? AND_MILLIONS[lang].exec(st.slice(end, end + 40)) : null;
		const millions = joined ? parseNumber(joined[1], lang) : null;
		if (joined && millions !== null && millions > 0 && millions < 1000) {
			value += millions * 1e6;
			nums.push({ start, end: end + joined[0].length, value, words: !!m[3], raw: raw + joined[0], plainDigits: false });
			re.lastIndex = end + joined[0].length;
			continue;
		}
		nums.push({ start, end, value, words: !!m[3], raw, plainDigits: !!m[1] && /^\d+$/.test(m[1]) && !m[2] });
	}
	return nums;
}

// French inclusive writing after a counted noun: "vainqueur(e)s", "élu·e·s", "adhérent.es".
const INCLUSIVE_ENDING = /^(?:\((?:e|ne|le|se|rice|trice|euse)s?\)s?|[·.•](?:e|ne|le|rice|trice|euse)(?:[·.•]?s)?)(?![\p{L}\p{N}])/u;

function push(ctx: NumCtx, c: Candidate): void {
	// The count keeps the ending: a blank stopping before it leaves "_____(e)s" in the stem.
	// (Read on the few characters after the count: this runs for every figure of every sentence.)
	const ending = c.type === 'quantity' && ctx.lang === 'fr' && c.unit && /\p{L}/u.test(ctx.st[c.end - 1] ?? '') ? INCLUSIVE_ENDING.exec(ctx.st.slice(c.end, c.end + 12)) : null;
	if (ending) {
		c.end += ending[0].length;
		c.unit += ending[0];
	}
	ctx.out.push(c);
}

/**
 * Whether a number is an item's in a numbered list: the list's "1.)" or "(1)" and the next or the
 * previous item's number, written alike, are in the sentence ("Les blessés (2) et les morts (3)"
 * count: no list starts at one there).
 */
function listMarker(st: string, before: string, after: string, value: number): boolean {
	const close = /^\.?\)/.exec(after)?.[0];
	if (!close) return false;
	const open = /\($/.test(before) ? '\\(' : '';
	const mark = (v: number) => new RegExp(`(?<![\\p{L}\\d])${open}${v}${close.replace(/[.)]/g, '\\$&')}`, 'u');
	return (value === 1 || mark(1).test(st)) && (mark(value + 1).test(st) || (value > 1 && mark(value - 1).test(st)));
}

function classify(ctx: NumCtx, nums: Num[], i: number): void {
	const { st, lang, ref } = ctx;
	const n = nums[i];
	const after = st.slice(n.end);
	// Look-behind regexes run on the last few words only: sentences can be long.
	const bo = boundedStart(st, n.start);
	const before = st.slice(bo, n.start);
	const small = n.words && SMALL_WORDS.has(fold(n.raw));
	// "a quarter of a million people": the fraction is the number's.
	const fraction = n.words && lang === 'en' && /^(?:a|an|one)[\s\u00a0]+(?:thousand|million|billion)$/iu.test(n.raw) ? QUARTERS_OF.exec(before) : null;
	if (fraction) {
		n.value *= 0.25;
		n.start = bo + fraction.index;
		n.raw = st.slice(n.start, n.end);
	}

	// Times "21:54", "10.30", fractions and numeric dates are not counts; nor the hundredths of a
	// race time ("à seulement 0''18", "1'23''45").
	if (/^[:/]\d/.test(after) || /\d[\s\u00a0]*(?:''|'|’’|’|″|′|")$/u.test(before) || /^(?:''|″|')\d/u.test(after)) return;
	// "40 x 25 metres", "un bassin de 25 × 12,5 m", "le 4 x 100 m": the sides of a dimension or the
	// legs of a relay, each no count of its own (the unit after the second is both's).
	// ("holds 40 x more water", "10× plus rapide": a factor, no count either.)
	if (!n.words && (/^[\s\u00a0\u202f]*[x×](?:[\s\u00a0\u202f]*\d|(?![\p{L}]))/u.test(after) || /\d[\s\u00a0\u202f]*[x×][\s\u00a0\u202f]*$/u.test(before))) return;
	// A footnote marker ("altitude[4]"), an article of law ("l'article 49.3", "section 8") or a
	// time of day in digits ("2241 GMT") is no quantity.
	if (/\[$/.test(before) && /^\]/.test(after)) return;
	// "5 sec 009", "5 s 04": a race time in seconds and hundredths or thousandths, neither a count.
	// (A bare "s" only apart from the digits: "the 1990s 200 families" is a decade and a count.)
	if (!n.words && (RACE_TIME_SECONDS_AFTER.test(after) || RACE_TIME_SECONDS_BEFORE.test(before))) return;
	// "402(2)": a subsection's number after its section's.
	if (/\d\($/.test(before) && /^\)/.test(after)) return;
	// ("under section 302, 324, 311 and 34", "contravene sections 516, 402(2) and 6": each number of the list labels one.)
	// ("Under section 144, 20 people were arrested": after a comma, a number is the list's only when
	// the list goes on after it.)
	if (LAW_LABEL_BEFORE.test(before) && labelListGoesOn(before, after)) return;
	// A bill's number ("Bill 96", "S.B. 5", "HB 1234", "H.R. 3684") labels it.
	// ("passed the bill 52 to 48": a vote's tally after the common noun.)
	if (/(?:^|[\s(])(?:Bill|[HSA]\.?B\.|[HSA]B|H\.R\.|H\.[\s\u00a0]?R\.?)[\s\u00a0]*$/u.test(before)) return;
	// "No. 7 Maria Sakkari", "n° 3", "#1 seed": a rank or a number as a label, not a count.
	if (/(?:^|[\s(])(?:No\.|Nos\.|no\.|n°|N°|nº|#)[\s\u00a0]*$/u.test(before)) return;
	// "les CSA 1, 2, 3 et 4", "les Maxi 1 et 2": numbers listed after a name label classes.
	// ("En Ligue 1, 18 clubs", "After Round 2, 14 players remain": a noun after it makes a count.)
	if (!n.words && n.value < 100 && LABEL_LIST_BEFORE.test(before) && !nounAfter(ctx, after)) return;
	// "are: 1.) travellers; 2.) their contacts", "(1) le budget, (2) les écoles": an item's number, the
	// next or the one before marking another item the same way in the sentence.
	if (!n.words && n.value < 30 && listMarker(st, before, after, n.value)) return;
	if (/^[\s\u00a0]*(?:GMT|UTC|heure locale|local time)(?![\p{L}])/iu.test(after) && /^\d{4}$/.test(n.raw.replace(/[\s,]/g, ''))) return;
	// "Several hundred", "thousands of", "five-10 million years" (its 10 unread): a scale word
	// without its multiplier is no exact count, nor an exact length of time.
	if (n.words && lang === 'en' && /^(?:hundred|thousand|million|billion|dozen)/i.test(n.raw)) return;

	// Percent
	const pc = percentAfter(after, lang);
	if (pc && !small) {
		push(ctx, { start: n.start, end: n.end + pc[0].length, type: 'percent', value: fmtNum(n.value), confidence: 0.9 });
		return;
	}

	// Money: symbol before ("$2 billion", "€1.5m") or currency word after ("1,5 milliard d'euros").
	const cb = !n.words ? CURRENCY_BEFORE.exec(before) : null;
	if (cb) {
		let end = n.end;
		let value = n.value;
		const sc = /\d$/.test(n.raw) ? SCALE_AFTER_SYMBOL.exec(after) : null;
		const scale = scaleWord(sc);
		if (sc && scale) {
			value *= SCALE_VALUE[scale] ?? 1;
			end += sc[0].length;
		}
		const code = currencyCode(cb[1]);
		if (code) {
			push(ctx, {
				start: bo + cb.index + cb[0].lastIndexOf(cb[1]),
				end,
				type: 'money',
				value: `${fmtNum(value)} ${code}`,
				unit: code,
				confidence: 0.9
			});
			return;
		}
	}
	const ca = CURRENCY_AFTER.exec(after);
	// "the club he founded in 1998 won the cup", "after 3 won the vote": the verb, not Korea's currency,
	// and the number is read on as a count or a year. (The won is worth a thousandth of a dollar: its
	// amounts run to thousands.)
	const wonVerb = !!ca && /^wons?$/iu.test(ca[1]) && (n.value < 1000 || WON_VERB_AFTER.test(after.slice(ca[0].length)) || /^(?:19|20)\d\d$/u.test(n.raw));
	if (ca && !small && !wonVerb) {
		const code = currencyCode(ca[1]);
		// "2,489 pounds of ganja … compared to 2017’s 1,635 pounds": a weight — its own "pounds of" a
		// thing, or a bare "pounds" in a sentence that weighs things and speaks of no money.
		const tail = after.slice(ca[0].length);
		const weighed = lang === 'en' ? POUNDS_OF_THING.test(ca[1] + tail) || (!/^[\s\u00a0\u202f]*of(?![\p{L}])/u.test(tail) && POUNDS_OF_THING_IN.test(st) && !MONEY_CUE.en.test(st)) : !MONEY_CUE.fr.test(st);
		if (code === 'GBP' && /^(?:pounds?|livres?)$/iu.test(ca[1]) && weighed) {
			push(ctx, { start: n.start, end: n.end + ca[0].length, type: 'quantity', value: fmtNum(n.value), unit: ca[1].toLowerCase(), confidence: 0.8 });
			return;
		}
		// "56 $ US", "40 $ AU": the capitals after a dollar sign say which dollar.
		const letters = ca[1] === '$' ? DOLLAR_LETTERS_AFTER.exec(after.slice(ca[0].length)) : null;
		const dollar = letters ? DOLLAR_COUNTRY_CODES[letters[1]] : code;
		if (dollar) {
			push(ctx, { start: n.start, end: n.end + ca[0].length + (letters?.[0].length ?? 0), type: 'money', value: `${fmtNum(n.value)} ${dollar}`, unit: dollar, confidence: 0.9 });
			return;
		}
	}

	// Glued letters: "21h54" (a time), "4e" (an ordinal, found later), "5km" (a quantity).
	if (/^[\p{L}]/u.test(after) && !n.words) {
		const g = GLUED_UNIT.exec(after);
		if (!g) return;
		push(ctx, { start: n.start, end: n.end + g[0].length, type: 'quantity', value: fmtNum(n.value), unit: g[1], confidence: 0.7 });
		return;
	}
	// "il y a 110 millions d'années", "66 million years ago": a span of years, never a date.
	const eon = n.value >= 1e6 ? /^[\s\u00a0\u202f]*(?:d['’][\s\u00a0\u202f]*ann[ée]es|d['’][\s\u00a0\u202f]*ans|years?)(?![\p{L}])/iu.exec(after) : null;
	if (eon) {
		push(ctx, { start: n.start, end: n.end + eon[0].length, type: 'duration', value: `P${fmtNum(n.value)}Y`, unit: lang === 'fr' ? 'années' : 'years', confidence: 0.8 });
		return;
	}
	// "at eight o'clock": a time of day, no count.
	if (lang === 'en' && O_CLOCK.test(after)) return;
	// Durations, ages and "il y a 3 jours" / "3 days ago"; "120 jours-amende" is a compound noun.
	const du = DURATION_AFTER.exec(after);
	if (du && (n.words || n.value < 10000) && !ordinalSecond(du, after.slice(du[0].length), lang) && !COMPOUND_ON.test(after.slice(du[0].length)) && !frenchSingularUnit(lang, n, du[1])) {
		const unitWord = du[1];
		const info = DURATION_UNITS[fold(unitWord)];
		if (info) {
			if (durationLike(ctx, n, du, info, before, bo, after, small, nums, i)) return;
		}
	}

	// "aged 31", "âgé de 72": an age even without "ans"; "Beero Tamu, 37, a handyman": a name's apposition.
	// (The name's look-behind regex runs only on a number between commas.)
	const named = lang === 'en' && !n.words && n.value >= 1 && n.value < 130 && /^[\s\u00a0\u202f]*,/u.test(after) ? APPOSED_AGE_BEFORE.exec(before) : null;
	// (Not a table of names and figures: "Erling Haaland, 12, and Mohamed Salah, 10".)
	// (A country or a body is no person: "South Africa, 4, Great Britain, 3".)
	const appositionAge = !!named && !lookupPlace(named[1]) && !isOrgHead(named[1].split(/[\s\u00a0]+/u).pop() ?? '') && !NAME_FIGURE_LIST_AFTER.test(after) && !/\d[\s\u00a0]*,[^,]{0,40},[\s\u00a0]*$/u.test(before);
	if (!n.words && n.value < 130 && (AGE_BEFORE[lang].test(before) || appositionAge) && !/^[\s\u00a0\u202f]*[\p{L}]/u.test(after)) {
		if (lang === 'en' || !/(?<![\p{L}])à[\s\u00a0\u202f]*$/u.test(before)) {
			push(ctx, { start: n.start, end: n.end, type: 'quantity', value: fmtNum(n.value), unit: lang === 'fr' ? 'ans' : 'years', role: 'age', confidence: 0.7 });
			return;
		}
	}

	// Bare years: "en 2024", "depuis 1998", "(1969)". Grouped digits ("2 300") never are.
	if (n.plainDigits && /^\d{4}$/.test(n.raw) && n.value >= 1000 && n.value <= ref.y + 30) {
		const strong = YEAR_LEAD[lang].test(before);
		const counted = strong ? null : nounAfter(ctx, after);
		// "la paix d'Alès de 1629 octroyé par…": a singular French participle counts nothing.
		const noun = counted && !(lang === 'fr' && /(?:é|ée)$/u.test(counted.unit)) && !singularAfterYear(lang, counted.unit, after.slice(counted.len)) ? counted : null;
		const weak = !strong && YEAR_WEAK_LEAD[lang].test(before);
		const det = !strong && !weak && YEAR_DETERMINER[lang].test(before) && n.value >= 1900 && n.value <= ref.y + 10;
		if (strong || det || !noun) {
			const sl = YEAR_SURFACE_LEAD[lang].exec(before);
			push(ctx, {
				start: sl ? bo + sl.index : n.start,
				end: n.end,
				type: 'date',
				value: String(n.value),
				precision: 'year',
				confidence: strong || weak || det ? 0.85 : 0.6
			});
			return;
		}
	}

	// Scores "3-1" in a sports sentence, and a vote's or a rivalry's tally ("the 51-50 vote", "by 46-30 in wins").
	const sc = /^[\s\u00a0]?[-–][\s\u00a0]?(\d{1,2})(?![\p{N}\p{L}])/u.exec(after);
	// (A tally puts the larger figure first: "needs 60-70 votes" is a range.)
	if (sc && n.plainDigits && n.value < 100 && (SPORT_CONTEXT.test(st) || (n.value >= Number(sc[1]) && TALLY_AFTER.test(after.slice(sc[0].length))))) {
		push(ctx, { start: n.start, end: n.end + sc[0].length, type: 'quantity', value: `${n.value}-${sc[1]}`, unit: 'score', confidence: 0.8 });
		const next = nums[i + 1];
		if (next && next.start < n.end + sc[0].length) nums.splice(i + 1, 1);
		return;
	}

	// "quatre ans de prison dont trois ferme", "18 mois dont 6 avec sursis": the part of a sentence
	// counts its years or months, not farms; "ferme" after it says which part.
	const part = lang === 'fr' && !small ? PENALTY_PART_AFTER.exec(after) : null;
	const whole = part ? PENALTY_WHOLE_BEFORE.exec(before) : null;
	if (whole) {
		const months = /^mois$/iu.test(whole[1]);
		push(ctx, { start: n.start, end: n.end, type: 'duration', value: `P${fmtNum(n.value)}${months ? 'M' : 'Y'}`, unit: months ? 'mois' : 'ans', confidence: 0.7 });
		return;
	}

	// Quantities with their noun.
	if (small) return;
	// A name before digits ("Falcon 9 rocket", "Ligue 1", "Apollo 11") is no count, unless the
	// capital only opens the sentence on an ordinary word ("Some 1,200 people", "Près de 40 morts").
	if (!n.words) {
		const cap = /(\p{Lu}[\p{L}\p{N}]*)[\s\u00a0]+$/u.exec(before);
		if (cap && (/[\p{L}\p{N}]/u.test(st.slice(0, bo + cap.index)) || !QUANTITY_OPENERS.test(cap[1]))) return;
	}
	// "18 mois de prison dont 12 assortis du sursis": after "dont", a participle with its complement
	// goes with what was counted before ("dont 84 importés" alone counts imported cases); "dont 29
	// peuvent céder": nor is a verb a noun (one counted above one ends in s or x).
	// ("dont 88 députés du Rassemblement", "dont 120 salariés de l’usine" are nouns: only the participles
	// that hold a penalty's or a share's terms.)
	const participle = lang === 'fr' && /(?<![\p{L}])dont[\s\u00a0\u202f]+$/iu.test(before) && DONT_PARTICIPLE.test(after);
	// ("at least 10 suffer from severe cases", "20 live in tents": after a count above one, an English
	// word without its plural s before a preposition is the verb of the count, which stands alone.)
	const verb = (lang === 'fr' && n.value >= 2 && /^[\s\u00a0\u202f]+\p{Ll}{2,}ent(?![\p{L}])/u.test(after)) || (lang === 'en' && n.value >= 2 && singularNoun(EN_VERB_AFTER_COUNT.exec(after)?.[1] ?? 's'));
	const noun = participle || verb ? null : nounAfter(ctx, after);
	if (noun) {
		// English compounds put the head last: "1 million oral doses" counts doses (but a plural or
		// a unit of measure is the head already: "1,500 km trip", "20 people here").
		// ("people", "children" are plurals already: "12 children attend the school" counts children.)
		// ("11 men plays": after people a word in s is their verb; "three police officers" is a compound.)
		const head = lang === 'en' ? (singularNoun(noun.unit) ? compoundHead(after.slice(noun.len)) : PEOPLE_PLURAL.test(noun.unit) ? null : pluralAfterS(after.slice(noun.len))) : null;
		// "12 world swimming championship gold medals": after a count, a singular noun the compound
		// goes on from is a modifier, and the head is too far to name: the count stands alone; so
		// is a modifier joined to another before the head ("50 district and referral hospitals").
		if (lang === 'en' && !head && n.value >= 2 && singularNoun(noun.unit) && (compoundGoesOn(after.slice(noun.len)) || COORDINATED_HEAD.test(after.slice(noun.len)))) {
			push(ctx, { start: n.start, end: n.end, type: 'quantity', value: fmtNum(n.value), confidence: 0.6 });
			return;
		}
		// The unit keeps its modifiers: "15 pole positions" is not "15 positions", nor "une seule partie
		// civile" "une seule partie", nor "30 000 villes ou villages" "30 000 villes".
		const extra = lang === 'fr' ? frenchNounTail(after.slice(noun.len)) : 0;
		const unit = head ? after.slice(0, noun.len + head.len).trim().replace(/[\s\u00a0\u202f]+/gu, ' ') : extra ? tidyUnit(noun.unit + after.slice(noun.len, noun.len + extra)) : noun.unit;
		const len = noun.len + (head ? head.len : 0) + extra;
		push(ctx, { start: n.start, end: n.end + len, type: 'quantity', value: fmtNum(n.value), unit, confidence: n.words ? 0.7 : 0.8 });
		return;
	}
	// "le sérotype 2.", "au niveau 3 dans…", "category 4,", "les sérotypes 2 et 3 circulent": a small
	// number after the noun it labels counts nothing ("In the first phase 200 homes…" counts homes).
	if (n.value < 100 && LABEL_BEFORE.test(before) && labelListGoesOn(before, after)) return;
	// Ranges "entre 40 et 2 300 soldats", "between 40 and 50 people": one fact "40-2300" with the noun.
	const next = nums[i + 1];
	if (next && next.value > n.value && n.words === next.words) {
		const gap = st.slice(n.end, next.start);
		const nextAfter = st.slice(next.end);
		if (
			/^[\s\u00a0\u202f]*(?:et|à|and|to|[-–])[\s\u00a0\u202f]*$/iu.test(gap) &&
			!percentAfter(nextAfter, lang) &&
			!CURRENCY_AFTER.test(nextAfter) &&
			!DURATION_AFTER.test(nextAfter) &&
			// "a progressé de 10,8 mio à 578,8 mio", "rose from 4 to 7 million": a change, two figures.
			!CHANGE_FROM_TO.test(before)
		) {
			const nn = nounAfter(ctx, nextAfter);
			const lead = RANGE_LEAD.exec(before);
			push(ctx, {
				start: lead ? bo + lead.index : n.start,
				end: next.end + (nn?.len ?? 0),
				type: 'quantity',
				value: `${fmtNum(n.value)}-${fmtNum(next.value)}`,
				unit: nn?.unit,
				confidence: 0.7
			});
			return;
		}
	}
	// A bare number in digits ("le bilan s'élève à 17"): low confidence; words alone are too often not counts.
	if (!n.words) push(ctx, { start: n.start, end: n.end, type: 'quantity', value: fmtNum(n.value), confidence: 0.3 });
}

// "a quarter of" before a scale ("a quarter of a million").
const QUARTERS_OF = /(?<![\p{L}])(?:a|one)[\s\u00a0-]+quarter[\s\u00a0]+of[\s\u00a0]+$/iu;

// "le 49.3", "un nouveau 49-3": the article of the French constitution, named by its number (masked).
const ARTICLE_49_3 = /(?<=(?:^|[\s\u00a0(«“"])(?:le|du|au|un|ce|nouveau|[\p{L}]+ième)[\s\u00a0]+)49[.,‑-]3(?![\d%\p{L}]|[\s\u00a0]*%)/giu;
// "les CSA 1, 2, 3 et 4": numbers listed after a name, classes rather than counts.
const LABEL_LIST_BEFORE = /(?<![\p{L}\d])\p{Lu}[\p{L}\d-]*[\s\u00a0]+\d{1,2}(?:[\s\u00a0]*,[\s\u00a0]*\d{1,2})*[\s\u00a0]*(?:,|et|and|&)[\s\u00a0]*$/u;
// Articles, sections and chapters of a law, and the numbers listed after them: labels whatever follows.
// The numbers already listed after a label, each with its separator ("302, 324, ", "2 et ").
const LIST_SEPARATOR = String.raw`[\s\u00a0]*(?:,|et|and|&|ou|or)[\s\u00a0]*`;
const LAW_LABEL_BEFORE = new RegExp(String.raw`(?:^|[\s('’])(?:(?:article|section|chapitre|chapter|alinéa|paragraph|paragraphe|clause|amendement|amendment|rule|règle)s?|art\.)[\s\u00a0]*(?:\d{1,4}(?:\(\d{1,3}\))?${LIST_SEPARATOR})*$`, 'iu');

/**
 * Whether a number after a label and a list of numbers ("section 302, 324, _", "les sérotypes 2 et _")
 * is one of the list: right after the label, after "et"/"and" closing the list, before the list's
 * next separator and number, or where the list's phrase ends (punctuation, "of the code"). After a
 * comma and before a noun or a verb, the list has ended ("Under section 144, 20 people were arrested").
 */
const LIST_GOES_ON = new RegExp(String.raw`^(?:\(\d{1,3}\))?${LIST_SEPARATOR}\d`, 'iu');
function labelListGoesOn(before: string, after: string): boolean {
	if (!/,[\s\u00a0]*$/u.test(before)) return true;
	// ("sections 3, 4 of the code", "articles 12, 13 du code": the list ends on its last number.)
	return LIST_GOES_ON.test(after) || LIST_ENDS.test(after);
}
const LIST_ENDS = /^(?:\(\d{1,3}\))?[\s\u00a0]*(?:[,;.:)]|$|(?:of|du|de|des|d['’]|à|au|aux|to|in)(?![\p{L}]))/u;

// (Articles, sections and chapters are labels whatever follows: see "article 49.3" above.)
const LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:s[ée]rotype|type|niveau|level|cat[ée]gorie|category|phase|zone|groupe|group|num[ée]ro|number|lot|tome|volume|saison|season|[ée]pisode|episode|manche|grade|stade|[ée]chelon|classe|class|page|ligne|line|route|gate|porte|salle|room|terminal)s?[\s\u00a0]+(?:\d{1,2}${LIST_SEPARATOR})*$`, 'iu');

function durationLike(
	ctx: NumCtx,
	n: Num,
	du: RegExpExecArray,
	info: (typeof DURATION_UNITS)[string],
	before: string,
	bo: number,
	after: string,
	small: boolean,
	nums: Num[],
	i: number
): boolean {
	const { lang, ref } = ctx;
	const unitWord = du[1];
	const half = /demi|half/i.test(du[0]);
	const hyphen = /^[-‑]/.test(du[0]);
	let end = n.end + du[0].length;
	const rest = after.slice(du[0].length);

	// "la guerre de Trente Ans", "the Hundred Years' War": a capitalised number of years is a name.
	if (n.words && /^\p{Lu}/u.test(n.raw) && /^\p{Lu}/u.test(unitWord)) return true;
	// Ages: "à 31 ans", "âgé de 72 ans", "un homme de 31 ans", "31-year-old", "aged 31", "31 years old".
	const isYear = info.iso === 'Y' && !info.factor;
	const ageAfter = isYear && AGE_HYPHEN_OLD.exec(rest);
	// "condamné lundi à deux ans de prison ferme": a sentence, not an age.
	const sentence = /^[\s\u00a0]*(?:(?:de|d['’])[\s\u00a0]*(?:prison|emprisonnement|réclusion|détention|sursis)|ferme|avec[\s\u00a0]+sursis)(?![\p{L}])/iu.test(rest);
	if (isYear && !small && !sentence && (ageAfter || AGE_BEFORE[lang].test(before))) {
		if (ageAfter) end += ageAfter[0].length;
		push(ctx, { start: n.start, end, type: 'quantity', value: fmtNum(n.value), unit: unitWord, role: 'age', confidence: 0.8 });
		return true;
	}
	if (hyphen && lang === 'fr') return false;
	// "à 15 heures", "vers 7 heures du matin", "dès 8 heures": a time of day, not a length of time
	// ("à 24 heures du scrutin", "à 15 heures de travaux", "limité à 10 heures par jour" are lengths).
	if (lang === 'fr' && /^heures?$/iu.test(unitWord) && Number.isInteger(n.value) && n.value <= 24 && frClockTime(before, rest)) return true;

	const amount = n.value * (info.factor ?? 1) + (half ? (info.factor ?? 1) * 0.5 : 0);
	// "il y a 3 jours", "3 days ago", "dans 3 jours": a date, not a duration.
	const ago = AGO_BEFORE.exec(before);
	const agoAfter = AGO_AFTER.exec(rest);
	const inFr = lang === 'fr' && IN_BEFORE_FR.exec(before);
	if ((ago || agoAfter || inFr) && info.rel && Number.isInteger(amount)) {
		const sign = inFr ? 1 : -1;
		let value: string;
		let precision: Candidate['precision'];
		if (info.rel === 'y') {
			value = String(ref.y + sign * amount);
			precision = 'year';
		} else if (info.rel === 'm') {
			const x = addMonths(ref.y, ref.m, sign * amount);
			value = fmtMonth(x.y, x.m);
			precision = 'month';
		} else {
			value = fmtDay(addDays(ref, sign * amount * (info.rel === 'w' ? 7 : 1)));
			precision = 'day';
		}
		const start = ago ? bo + ago.index : inFr ? bo + inFr.index : n.start;
		push(ctx, {
			start,
			end: end + (agoAfter ? agoAfter[0].length : 0),
			type: 'date',
			value,
			precision,
			inferred: true,
			confidence: 0.8
		});
		return true;
	}
	// "un an", "a year" count as a duration only after a duration word: "pendant un an", "for a year".
	const lead = DURATION_LEAD[lang].exec(before);
	if (small && !lead && !hyphen) return false;
	// "un baume sur une année difficile": a year an adjective qualifies is a time of life, not a length
	// ("pendant une année entière", "sur une année glissante", "un an déjà" are lengths).
	if (small && lang === 'fr' && /^année$/iu.test(unitWord) && QUALIFIED_YEAR.test(rest)) return false;
	let iso = info.time ? `PT${fmtNum(amount)}${info.iso}` : `P${fmtNum(amount)}${info.iso}`;
	// "18 minutes and 22.936 seconds", "3 ans et 6 mois", "24 heures 8 minutes", "23 heures 35 et 2
	// secondes": one length of time in two or three units (minutes after "heures" may go unwritten).
	let last: { iso: string; time?: boolean } = info;
	for (let parts = 0; parts < 2 && !info.factor && !half; parts++) {
		const next = nums[i + 1];
		const gap = next ? ctx.st.slice(end, next.start) : '';
		if (!next || !/^[\s\u00a0\u202f]*(?:(?:,|and|et)[\s\u00a0\u202f]+)?$/u.test(gap) || !/[\s\u00a0\u202f]$/u.test(gap)) break;
		const second = SECOND_UNIT.exec(ctx.st.slice(next.end));
		const info2 = second ? DURATION_UNITS[fold(second[1])] : undefined;
		if (second && info2 && !info2.factor && !!info2.time === !!info.time && isoRank(info2) > isoRank(last)) {
			iso += `${fmtNum(next.value)}${info2.iso}`;
			end = next.end + second[0].length;
			nums.splice(i + 1, 1);
			last = info2;
			continue;
		}
		const minutes = !second && lang === 'fr' && last === info && /^heures?$/iu.test(unitWord) && /^[\s\u00a0\u202f]+$/u.test(gap) && Number.isInteger(next.value) && next.value < 60;
		// ("cinq heures trente de conseil marathon": a quarter or a half hour before "de" is the time's.)
		const quarter = next.words && (next.value === 15 || next.value === 30 || next.value === 45) && /^[\s\u00a0\u202f]+(?:de(?![\p{L}])|d['’])/u.test(ctx.st.slice(next.end));
		if (!minutes || (!quarter && !/^(?:[\s\u00a0\u202f]*(?:[,.;:)]|et(?![\p{L}])|$))/u.test(ctx.st.slice(next.end)))) break;
		iso += `${fmtNum(next.value)}M`;
		end = next.end;
		nums.splice(i + 1, 1);
		last = { iso: 'M', time: true };
	}
	push(ctx, {
		start: lead && !hyphen ? bo + lead.index : n.start,
		end,
		type: 'duration',
		value: iso,
		unit: unitWord,
		confidence: small ? 0.6 : 0.85
	});
	return true;
}

const CLOCK_BEFORE_FR = /(?:^|[\s\u00a0\u202f])(?:à|vers|dès|avant|aux[\s\u00a0]+alentours[\s\u00a0]+de|autour[\s\u00a0]+de)[\s\u00a0\u202f]+$/iu;
// "limité à 10 heures", "réduit à 12 heures", "jusqu'à 20 heures": an amount set or reached, a length.
const AMOUNT_BEFORE_FR = /(?:(?:limit|rédui|réduit|port|fix|prolong|ramen|pass|estim|évalu|plafonn|allong|augment)\p{L}*|jusqu['’])[\s\u00a0]*à[\s\u00a0]+$/iu;
// What follows a length: "de travaux", "du scrutin", "par jour" (not "du matin", "du soir").
const CLOCK_NOT_AFTER_FR = /^[\s\u00a0\u202f]*(?:(?:de|d['’]|du|des)(?![\p{L}])(?![\s\u00a0\u202f]*(?:matin|soir|après-midi|nuit|l['’]après-midi)(?![\p{L}]))|par(?![\p{L}]))/iu;

/**
 * A French hour that is a time of day ("à 15 heures", "vers 7h du matin", "dès 8h", "avant 20 heures"),
 * for "15h" and "15 heures" alike: a clock word before it, no amount set ("limité à 10 heures"),
 * and no noun or period after it ("à 15 heures de travaux", "10 heures par jour" last).
 */
function frClockTime(before: string, after: string): boolean {
	return CLOCK_BEFORE_FR.test(before) && !AMOUNT_BEFORE_FR.test(before) && !CLOCK_NOT_AFTER_FR.test(after);
}
const O_CLOCK = /^[\s\u00a0\u202f]+o['’]clock(?![\p{L}])/iu;
// "jours-amende", "heures-hommes": the unit goes on with a hyphen (not "-old", "-long").
const COMPOUND_ON = /^[-‑](?!olds?(?![\p{L}])|long(?![\p{L}]))\p{L}/iu;

// Designators in the order ISO 8601 writes them: a period's (Y M W D), then a time's (H M S).
const isoRank = (u: { iso: string; time?: boolean }) => (u.time ? 4 + 'HMS'.indexOf(u.iso) : 'YMWD'.indexOf(u.iso));
const SECOND_UNIT = new RegExp(`^[\\s\\u00a0\\u202f]*(${DURATION_UNIT_ALT})(?![\\p{L}])`, 'iu');

// ("four out of the nine provinces": "out" is no counted noun either, nor "ever" in "the fastest 400 ever".)
const EN_ADVERB = /^(?:upstairs|downstairs|abroad|away|ago|apart|ahead|overall|altogether|together|earlier|later|apiece|each|alone|aboard|ashore|home|inside|outside|overseas|back|more|less|times|out|off|up|down|ever|again|yet)$/u;

const PARTICIPLE_OBJECT = /^[\s\u00a0\u202f]+(?:[\d$€£]|(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all)(?![\p{L}]))/u;

/** The plural noun right after `len` characters of `after` ("upstairs windows", "elderly people"), as a unit. */
function pluralNounAfter(after: string, len: number): { unit: string; len: number } | null {
	const m2 = PLURAL_NEXT.exec(after.slice(len));
	if (!m2 || STOP.en.has(m2[1]) || EN_NOT_NOUN.test(m2[1])) return null;
	return { unit: m2[1], len: len + m2[0].length };
}

function nounAfter(ctx: NumCtx, after: string, allowDe = true): { unit: string; len: number } | null {
	const m = (allowDe ? NOUN_AFTER : NOUN_AFTER_DIRECT).exec(after);
	if (!m) return null;
	const w = trimUnit(m[1]);
	const lw = w.toLowerCase();
	const len = m[0].length - (m[1].length - w.length);
	if (STOP[ctx.lang].has(lw) || STOP[ctx.lang].has(lw.replace(/['’]$/, ''))) return null;
	// A verb's auxiliary is no noun: "dont 1,8 million devrait être payé", "300 doivent partir", "40 will stay".
	// ("split into two halves", "coupé en deux moitiés": halves are two by themselves, no count to ask.)
	if (FINITE_AUXILIARIES[ctx.lang].has(lw) || lw === HALVES[ctx.lang]) return null;
	// "the women's coxed four where Petone…": a clause word is no noun.
	if (ctx.lang === 'en' && CLAUSE_WORD.test(lw)) return null;
	// An adverb is no unit ("three days earlier", "two each"); a place adverb used as an adjective
	// comes before the counted noun ("five upstairs windows", "two overseas trips").
	if (ctx.lang === 'en' && EN_ADVERB.test(lw)) return /^(?:upstairs|downstairs|overseas|inside|outside)$/.test(lw) ? pluralNounAfter(after, len) : null;
	// An adverb in -ly is no unit ("with 34 officially confirmed"); an adjective in -ly comes before
	// the counted noun ("five weekly meetings", "500 elderly people"). (A few nouns end so: "two
	// family", "three rally".)
	if (ctx.lang === 'en' && /^\p{Ll}{2,}ly$/u.test(w) && !/^(?:family|assembly|supply|rally|ally|anomaly|monopoly|jelly|belly|bully|lily|fly|butterfly|dragonfly|homily|reply|tally|gully)$/u.test(lw)) return pluralNounAfter(after, len);
	// A past verb is no noun: "17 died", "40 were injured", "two stood out".
	if (ctx.lang === 'en' && ((/^\p{Ll}{2,}ed$/u.test(w) && !/(?:hundred|eed|bed)$/u.test(w)) || EN_PAST.has(w))) return null;
	// A present participle with its own object is no noun: "polled 6,214,889 representing 47 per
	// cent", "1,200 attending the rally" (a noun is not followed by a number or a determiner).
	if (ctx.lang === 'en' && /^\p{Ll}{4,}ing$/u.test(w) && PARTICIPLE_OBJECT.test(after.slice(m[0].length - (m[1].length - w.length)))) return null;
	// "les 9 mis en cause", "deux mises en examen": a participle made a noun by what follows it.
	const charged = ctx.lang === 'fr' ? /^(mise?s?)[\s\u00a0\u202f]+en[\s\u00a0\u202f]+(?:cause|examen)(?![\p{L}])/u.exec(after.slice(len - w.length)) : null;
	if (charged) return { unit: charged[0].replace(/[\s\u00a0\u202f]+/gu, ' '), len: len - w.length + charged[0].length };
	// "des 31 de Sumar", "six de Bildu": a name after "de" counts members of it, the noun left out;
	// the count keeps its "de" ("31 Sumar" read as a name's count, "six Bildu" as options).
	if (ctx.lang === 'fr' && /^[\s\u00a0\u202f]*de[\s\u00a0\u202f]/u.test(m[0]) && /^\p{Lu}/u.test(w)) return { unit: `de ${w}`, len };
	// Glued elisions: "d'euros" is handled by money; "l'..." or "qu'..." is no noun.
	if (/^(?:l|d|qu|n|s|j|c)['’]/iu.test(w)) return null;
	// A month after a number is a date chrono missed ("17 janvier"): never a quantity.
	if (MONTH_WORD.test(w)) return null;
	// "500 light years", "500 light-years": the unit is the two words.
	if (ctx.lang === 'en' && lw === 'light') {
		const years = /^[\s\u00a0\u202f-]+years?(?![\p{L}])/u.exec(after.slice(len));
		if (years) return { unit: 'light years', len: len + years[0].length };
	}
	// "12 commercial cargo missions", "one million oral cholera vaccine doses": an English adjective
	// (no plural s, an adjective's ending) and up to two more modifiers (or an acronym) before the counted noun.
	// ("167 latent TB infections": an adjective in -ent or -ant before an acronym and the noun.)
	// (An ordinal's noun, read without "de", is one thing: "the 43rd annual event exemplifies…" has no plural head.)
	if (allowDe && ctx.lang === 'en' && (!/s$/u.test(lw) || /ous$/u.test(lw)) && /(?:al|ic|ous|ive|ful|less|ary|ian|ese|ish|ent|ant)$/u.test(lw)) {
		// ("27,000 indigenous people": a plural without its s is the head too.)
		const head = MODIFIED_HEAD.exec(after.slice(len));
		const modifiers = head ? head[0].trim().split(/[\s\u00a0\u202f]+/u).slice(0, -1) : [];
		if (head && !STOP.en.has(head[1]) && !EN_NOT_NOUN.test(head[1]) && !modifiers.some((x) => STOP.en.has(x) || CLAUSE_WORD.test(x)))
			return { unit: head[1], len: len + head[0].length };
	}
	// An adjective before the noun: "four previous attempts", "trois autres pays", "ten British workers".
	// An acronym before the noun too: "three GOP members".
	if (ADJECTIVES[ctx.lang].test(w) || (ctx.lang === 'en' && /^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(w))) {
		let skip = len;
		let m2 = NEXT_WORD.exec(after.slice(skip));
		// Two adjectives: "les cinq derniers grands championnats", "two other major parties".
		if (m2 && ADJECTIVES[ctx.lang].test(trimUnit(m2[1]))) {
			const m3 = NEXT_WORD.exec(after.slice(skip + m2[0].length));
			if (m3) {
				skip += m2[0].length;
				m2 = m3;
			}
		}
		if (m2) {
			const w2 = trimUnit(m2[1]);
			// "2 jeunes mesurant…": a French participle is no noun (a counted noun ends in s or x).
			// ("seven fewer compared to…": nor an English verb.)
			const notNoun = ctx.lang === 'fr' ? /(?:ant|é|ée|i|u)$/u.test(w2) : EN_NOT_NOUN.test(w2);
			if (!STOP[ctx.lang].has(w2) && !notNoun) return { unit: w2, len: skip + m2[0].length - (m2[1].length - w2.length) };
		}
		if (ctx.lang === 'en' && /^\p{Lu}/u.test(w)) return null;
	}
	// In French a capitalised word after digits is usually a name ("Ligue 1 Uber Eats"); after words it is a noun ("neuf États").
	return { unit: w, len };
}

const NEXT_WORD = /^[\s\u00a0\u202f]+([\p{Ll}][\p{L}'’\-]*)/u;
const HALVES: Record<Lang, string> = { fr: 'moitiés', en: 'halves' };
// The seconds' mark between a race time's two numbers ("5 sec 009", "5 s 04"; a bare "s" only apart from the digits).
const SECONDS_MARK = String.raw`(?:[\s\u00a0\u202f]*(?:sec|secondes?|seconds?)|[\s\u00a0\u202f]+s)\.?[\s\u00a0\u202f]*`;
const RACE_TIME_SECONDS_AFTER = new RegExp(`^${SECONDS_MARK}\\d`, 'u');
const RACE_TIME_SECONDS_BEFORE = new RegExp(`\\d${SECONDS_MARK}$`, 'u');
// A bare word then a preposition after a count: "10 suffer from", "20 live in" (not "10 head of cattle";
// "staff", "police", "sheep" are plurals already: singularNoun).
const EN_VERB_AFTER_COUNT = /^[\s\u00a0\u202f]+(?!(?:head|percent|per|dozen|score)(?![\p{L}]))(\p{Ll}{3,})[\s\u00a0\u202f]+(?:from|in|at|on|with|for|to|into|of|after|during|under)(?![\p{L}])/u;
// People, after whom a word in s is what they do ("11 men plays", "300 people joins").
const PEOPLE_PLURAL = /^(?:men|women|children|people)$/u;
// English plurals without an s ("500 elderly people", "40 police").
const PLURAL_WITHOUT_S = 'people|men|women|children|police|staff|cattle';
const PLURAL_NEXT = new RegExp(`^[\\s\\u00a0\\u202f]+(\\p{Ll}[\\p{L}-]*s|${PLURAL_WITHOUT_S})(?=[\\s\\u00a0\\u202f,.;:!?)]|$)`, 'u');
// Up to two more modifiers (or an acronym), then the counted noun: "oral cholera vaccine doses".
const MODIFIED_HEAD = new RegExp(`^(?:[\\s\\u00a0\\u202f]+(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}{2,5})){0,2}?[\\s\\u00a0\\u202f]+(\\p{Ll}[\\p{L}-]*s|${PLURAL_WITHOUT_S})(?![\\p{L}])`, 'u');

const ADJECTIVES: Record<Lang, RegExp> = {
	fr: /^(?:autres|mêmes|nouveaux|nouvelles|grands|grandes|petits|petites|jeunes|anciens|anciennes|principaux|principales|premiers|premières|derniers|dernières|seuls|seules|gros|grosses|vrais|vraies|longues|longs|bons|bonnes|hauts|hautes|prochains|prochaines|précédents|précédentes|pleins|pleines|beaux|belles|vieux|vieilles|mauvais|mauvaises|larges|courtes|courts|graves)$/iu,
	en: /^(?:previous|other|more|new|additional|former|major|main|private|public|big|small|large|different|separate|consecutive|straight|full|long|short|young|old|local|foreign|senior|top|key|leading|further|extra|remaining|current|existing|armed|civilian|first|last|next|past|more|fewer|few)$/iu
};

// A word that is no noun after a counted word or an adjective: a verb's ending, a past tense, an auxiliary.
// (The counted noun itself is read more kindly: `EN_PAST_NOT_NOUN` keeps "120 rose bushes", "two left-backs".)
const EN_NOT_NOUN = new RegExp(String.raw`(?:ed|ing|ly)$|^(?:${Object.values(EN_IRREGULAR_PAST).join('|')}|scored|is|are|were|has|be|been|will|would|can|could|should|may|might|must|do|does)$`, 'iu');
// A penalty's firm or suspended part after its "dont" ("dont trois ferme", "dont 6 avec sursis").
const PENALTY_PART_AFTER = /^[\s\u00a0\u202f]+(?:ferme|avec[\s\u00a0\u202f]+sursis)(?![\p{L}])/iu;
const DONT_PARTICIPLE =
	/^[\s\u00a0\u202f]+(?:assorti|accompagné|suivi|atteint|issu|passé|prononcé|destiné|consacré|alloué|affecté|versé|attribué|réparti|situé|assuré|financé)e?s?[\s\u00a0\u202f]+(?:(?:de|du|des|à|au|aux|par|en|sur|avec)(?![\p{L}])|d['’])/u;

const EN_PAST = new Set(EN_PAST_NOT_NOUN);
const CLAUSE_WORD = /^(?:that|which|who|whom|whose|when|where|whereas|as|than|because|if|unless|once|so|yet|nor)$/u;
const COMPOUND_NEXT = /^[\s\u00a0\u202f]+(\p{Ll}[\p{L}\-]*)(?=([\s\u00a0\u202f]+[\p{L}]+|[\s\u00a0\u202f]*[,.;:!?()]|$))/u;

// French adjectives and participles after a plural noun ("planètes géantes", "partie civile",
// "personnes blessées"); a verb's "-ent" is left out ("trois médecins partent").
const FR_ADJECTIVE = /^(?:\p{Ll}+(?:ique|iques|aire|aires|al|aux|ale|ales|elle|elles|els|if|ifs|ive|ives|eux|euse|euses|ien|iens|ienne|iennes|aise|aises|oise|oises|aine|aines|ains|é|ée|és|ées|ante|ants|antes|ente|ents|entes|inte|intes|ible|ibles|able|ables|iste|istes|ile|iles|ière|ières|iers|ue|ues|us|ite|ites|ine|ines|nde|ndes|nds))$/u;
const FR_TAIL_WORD = /^[\s\u00a0\u202f]+(\p{Ll}[\p{L}-]*)/u;
const FR_OR_NOUN = /^[\s\u00a0\u202f]+ou[\s\u00a0\u202f]+(\p{Ll}[\p{L}-]*[sx])(?=[\s\u00a0\u202f,.;:!?)]|$)/u;

// A past or present participle ("destinés", "consacrées", "prises", "ouverts"; not "publiques", "gris").
const PARTICIPLE = /(?:é|ée|és|ées|ant|ants|(?:pris|mis|acquis|conquis|compris|promis|soumis|transmis)(?:es?)?|(?:prévu|perdu|vendu|tenu|venu|rendu|reçu|dû|élu|obtenu|retenu|attendu|entendu|répandu|suspendu|détenu|issu)(?:e?s)?|(?:offert|ouvert|couvert|découvert|inscrit|construit|produit|réduit|conduit|traduit|écrit|décrit|prescrit|fait)(?:e?s)?)$/u;
// ("15 000 personnes venues chaque jour": a time after the participle is its complement too; "trois
// hommes venus distribuer un texte": and an infinitive.)
const PARTICIPLE_COMPLEMENT = /^[\s\u00a0\u202f]+(?:à|au|aux|de|d['’]|du|des|par|pour|sur|en|dans|contre|avec|vers|chez|sous|entre|auprès|chaque|tous|toutes|cette|ce|cet|\p{Ll}{3,}(?:er|ir)|faire|dire|prendre|mettre|rendre|vendre|suivre|vivre|lire|écrire|produire|construire|défendre|attendre|répondre)(?![\p{L}])/u;
// Adjectives that take a complement as a participle does ("deux cousins originaires du Maroc").
const COMPLEMENT_ADJECTIVE = /^(?:originaires?|natifs?|natives?|responsables?|proches?|capables?|susceptibles?|membres?|voisins?|voisines?)$/u;

/** Length of what completes a French counted noun after it: up to two adjectives, or "ou villages". */
function frenchNounTail(rest: string): number {
	const or = FR_OR_NOUN.exec(rest);
	if (or && !STOP.fr.has(or[1]) && !/(?:ent|ont|ait|aient)$/u.test(or[1])) return or[0].length;
	let len = 0;
	for (let k = 0; k < 2; k++) {
		const m = FR_TAIL_WORD.exec(rest.slice(len));
		if (!m || m[1].length < 4 || STOP.fr.has(m[1]) || !FR_ADJECTIVE.test(m[1]) || /^(?:plus|tous|nous|vous|sous|dessus|dessous|jus|dus|vus|pus|eus|lus|sus|mais|jamais|désormais|ainsi|aussi|sont|ont|étaient|était|âgés|âgées|chaque|presque)$/u.test(m[1])) break;
		// "deux amendements destinés à économiser…", "trois crédits consacrés aux écoles", "22 tirs
		// dirigés vers le but", "deux cousins originaires du Maroc": a participle (or an adjective that
		// takes one) with its own complement opens a clause of its own, no part of the counted noun.
		if ((PARTICIPLE.test(m[1]) || COMPLEMENT_ADJECTIVE.test(m[1])) && PARTICIPLE_COMPLEMENT.test(rest.slice(len + m[0].length))) break;
		len += m[0].length;
	}
	return len;
}

/** "depuis 2009 année de sa première participation": French counts above one take a plural unit. */
function frenchSingularUnit(lang: Lang, n: Num, unit: string): boolean {
	// ("en 30 min": an abbreviation has no plural.)
	return lang === 'fr' && n.value >= 2 && !/[sx]$/u.test(unit) && !/^min$/iu.test(unit);
}

const COORDINATED_HEAD = /^[\s\u00a0\u202f]+(?:and|or)[\s\u00a0\u202f]+\p{Ll}+[\s\u00a0\u202f]+\p{Ll}+s(?![\p{L}])/u;

/** An English word a count above one could not have as its noun: singular, no symbol, no plural without s. */
function singularNoun(unit: string): boolean {
	return !/s$|^\p{L}{1,3}$/u.test(unit) && !pluralWithoutS(unit);
}

/**
 * "the average 2007 level", "depuis 2009 année de sa première participation": a year before a
 * singular noun names it (a count of 2007 would take a plural); "2000 square kilometres" counts.
 */
function singularAfterYear(lang: Lang, unit: string, rest: string): boolean {
	if (lang === 'fr') return /^\p{Ll}{4,}$/u.test(unit) && !/[sxz]$/u.test(unit);
	return /^\p{Ll}{4,}$/u.test(unit) && singularNoun(unit) && !compoundHead(rest) && !pluralAfterS(rest) && !compoundGoesOn(rest);
}

function tidyUnit(s: string): string {
	return s.trim().replace(/[\s\u00a0\u202f]+/gu, ' ');
}

/** A number word in English ("seven", "third"); "premieres" is a noun here, not French "premières". */
function numberWordEn(w: string): boolean {
	return parseNumber(w, 'en') !== null && !/^premieres?$/u.test(w);
}

/** Whether a lower-case word of the compound follows ("world swimming championship…"): no function, clause or auxiliary word. */
function compoundGoesOn(rest: string): boolean {
	const m = COMPOUND_NEXT.exec(rest);
	// A gerund may be a modifier ("world swimming championship"); other verbs end the compound.
	return !!m && !STOP.en.has(m[1]) && (!EN_NOT_NOUN.test(m[1]) || /ing$/u.test(m[1])) && !CLAUSE_WORD.test(m[1]) && !numberWordEn(m[1]);
}

// (Not "works", "services", "books", "sales": verbs as often — "the 3rd team works closely…".)
const PLURAL_MODIFIER = /^(?:arts|sports|games|awards|crafts|savings|goods|affairs|systems|jobs|veterans|students|teachers|farmers|workers|communications|electronics|operations|rights)$/u;
// Words that place a noun in time ("last year", "next week"), never a compound's modifier ("this", "that" are stop words).
const TIME_DEICTIC = /^(?:last|next|previous|past|coming)$/iu;

/**
 * The head of an English noun compound after its first noun ("sea" + " wall would…" → "wall"):
 * one more lower-case word that is no verb, adverb or function word, followed by a function
 * word, a modal or punctuation (so the compound is closed), else null.
 */
function compoundHead(rest: string, more = 1, pluralHead = true): { unit: string; len: number } | null {
	const m = COMPOUND_NEXT.exec(rest);
	if (!m) return null;
	const w = m[1];
	// "the 19th consecutive day that temperatures…": a relative word opens a clause, no compound;
	// "the fourth quarter last year": a time after the noun, no compound either.
	if (STOP.en.has(w) || EN_NOT_NOUN.test(w) || CLAUSE_WORD.test(w) || TIME_DEICTIC.test(w) || numberWordEn(w)) return null;
	const next = (m[2] ?? '').trim().toLowerCase();
	// "9,762 square kilometres (3,769 square miles)": a bracket closes the compound too.
	// "the 43rd annual event exemplifies how…", "the 12th fair opens today": after the one thing an
	// ordinal counts, a word in -s is its verb, no head; the compound closes before it.
	// ("the 10th annual arts festival": a plural that modifies a noun is no verb.)
	const verb = (x: string) => !pluralHead && /^\p{Ll}+[^su]s$/u.test(x) && !PLURAL_MODIFIER.test(x);
	if (verb(w)) return null;
	const closed = !next || /^[,.;:!?()]/.test(next) || STOP.en.has(next) || EN_NOT_NOUN.test(next) || verb(next);
	if (closed) return { unit: w, len: m[0].length };
	// "25,600 flood insurance claims": one more modifier before a plural head.
	const head = more > 0 ? compoundHead(rest.slice(m[0].length), more - 1, pluralHead) : null;
	return head && (!pluralHead || /s$/u.test(head.unit)) ? { unit: head.unit, len: m[0].length + head.len } : null;
}

/**
 * "84 measles cases", "28 biomass plants": a first noun ending in s is a modifier too when a plural
 * closes the compound right after it (one word, not "-ss").
 */
function pluralAfterS(rest: string): { unit: string; len: number } | null {
	const head = compoundHead(rest, 0);
	return head && /[^s]s$/u.test(head.unit) ? head : null;
}

function findOrdinals(ctx: NumCtx): void {
	const { st, lang } = ctx;
	const scan = (re: RegExp) => {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(st))) {
			let start = m.index;
			const end = start + m[0].length;
			if (ctx.taken(start, end)) continue;
			if (ORDINAL_STOCK.test(st.slice(start))) continue;
			// "l’un des tout premiers ultra-trails", "les premiers coureurs": a plural ordinal names a
			// group, no rank of one thing.
			if (lang === 'fr' && /^(?:premi[eè]re?s|secondes|\p{L}+i[eè]mes)$/iu.test(m[0])) continue;
			let v = parseOrdinal(m[0], lang);
			if (v === null) continue;
			// "Le 125 000e habitant": the thousands before the ordinal's last group are its own.
			const group = /^\d{3}(?!\d)/u.test(m[0]) ? /(?<![\d,.])(\d{1,3}(?:[\s\u00a0\u202f’']\d{3})*)[\s\u00a0\u202f’']$/u.exec(st.slice(0, start)) : null;
			if (group) {
				v = Number(group[1].replace(/\D/gu, '') + m[0].slice(0, 3));
				start = group.index;
			}
			if (v <= 0) continue;
			const after = st.slice(end);
			// The noun follows, maybe after an adjective: "quatrième année", "fifth straight win".
			const noun = nounAfter(ctx, after, false);
			if (!noun) continue;
			// "rose by almost a third last year": a fraction, whose "noun" is the time after it.
			if (lang === 'en' && /^[\s\u00a0\u202f]*(?:last|this|next|previous|past|of)(?![\p{L}])/iu.test(after)) continue;
			let w = noun.unit;
			let len = noun.len;
			// "le 34e premier ministre", "la 3e première dame": the title is the noun, whole.
			const title = lang === 'fr' ? TITLE_AFTER_PREMIER.exec(after.slice(len)) : null;
			if (title && /^premi[eè]re?$/iu.test(w)) {
				w = `${w} ${title[1]}`;
				len += title[0].length;
			}
			// English compounds put the head noun last: "the first sea wall would…" → "wall"; an ordinal
			// counts one thing, so its head may be singular ("the second cholera vaccination campaign").
			if (lang === 'en') {
				const head = compoundHead(after.slice(len), 1, false);
				if (head) {
					w = head.unit;
					len += head.len;
				}
			}
			push(ctx, {
				start,
				end: end + len,
				type: 'ordinal',
				value: String(v),
				unit: w,
				confidence: v === 1 || v === 2 ? 0.5 : 0.8
			});
		}
	};
	if (ORDINAL_PRE[lang].test(st)) scan(ORDINAL_RE[lang]);
	if (lang === 'fr' && /[IVX](?:e|ème|er)/.test(st)) scan(ROMAN_RE);
}
