// Words the temporal extractor reads: months, weekdays, seasons, time units, currencies, and the
// short words that may stand between a number and its noun. Keys are folded (lower case, no accents).
import { foldNumberText } from './numbers';
import type { Lang } from '../types';
import type { Season } from './calendar';

/** Spaces as French typography uses them: ordinary, non-breaking, narrow no-break, thin. */
export const SP = '[\\s\\u00a0\\u202f\\u2009]+';
export const SPO = '[\\s\\u00a0\\u202f\\u2009]*';
export const APOS = "['’]";
/** Not inside a word: the usual \\b is ASCII-only and breaks on "é". */
export const NB = '(?<![\\p{L}\\p{N}])';
export const NA = '(?![\\p{L}\\p{N}])';

/** Lower case, no accents, spaces and apostrophes folded: the same folding as number reading. */
export const fold = foldNumberText;

export const MONTHS: Record<Lang, Record<string, number>> = {
	fr: {
		janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
		septembre: 9, octobre: 10, novembre: 11, decembre: 12,
		'janv.': 1, 'fevr.': 2, 'fev.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12
	},
	en: {
		january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
		september: 9, october: 10, november: 11, december: 12,
		'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9,
		'oct.': 10, 'nov.': 11, 'dec.': 12, jan: 1, feb: 2, apr: 4, aug: 8, sept: 9, oct: 10, nov: 11, dec: 12
	}
};

// Full names, then abbreviations with their dot; longest first so "sept." never wins over "septembre".
export const MONTH_FULL_ALT: Record<Lang, string> = {
	fr: 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre',
	en: 'January|February|March|April|May|June|July|August|September|October|November|December'
};
export const MONTH_ABBR_ALT: Record<Lang, string> = {
	fr: 'janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.',
	en: 'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?'
};

export function monthNumber(word: string, lang: Lang): number | null {
	const f = fold(word);
	return MONTHS[lang][f] ?? MONTHS[lang][f.replace(/\.$/, '')] ?? null;
}

/** Time-zone abbreviations ("05:41 p.m. EST", "21 h HNE"): no sentence end, no organisation, no answer. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
	'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC',
	'BST', 'CET', 'CEST', 'HE', 'HNE', 'HAE', 'AEST', 'AEDT', 'IST', 'JST'
]);

export const WEEKDAYS: Record<Lang, Record<string, number>> = {
	fr: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
	en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }
};
export const WEEKDAY_ALT: Record<Lang, string> = {
	fr: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
	en: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
};

/**
 * When a clause happened, as words at its edge ("dimanche soir", "hier", "last Monday", "recently"):
 * regex source, case as written (a title's "Today" is no day: add the `i` flag only where case does not matter).
 */
export const TIME_WORDS =
	`(?:(?:last|next|this)[\\s\\u00a0\\u202f]+(?=${WEEKDAY_ALT.en}))?(?:${WEEKDAY_ALT.fr}|hier|aujourd['’]hui|demain|${WEEKDAY_ALT.en}|yesterday|today|tomorrow|tonight|recently|lately|récemment|dernièrement)(?:[\\s\\u00a0\\u202f]+(?:soir|matin|midi|après-midi|dernier|prochain|night|morning|evening|afternoon))?`;

export const SEASONS: Record<string, Season> = {
	printemps: 'spring', ete: 'summer', automne: 'autumn', hiver: 'winter',
	spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter'
};
export const SEASON_ALT: Record<Lang, string> = {
	fr: 'printemps|[ée]t[ée]|automne|hiver',
	en: 'spring|summer|autumn|fall|winter'
};

/** ISO 8601 designator per time unit; 'T' marks the time part. */
export const DURATION_UNITS: Record<string, { iso: string; time?: boolean; factor?: number; rel: 'y' | 'm' | 'd' | 'w' | null }> = {
	an: { iso: 'Y', rel: 'y' }, ans: { iso: 'Y', rel: 'y' }, annee: { iso: 'Y', rel: 'y' }, annees: { iso: 'Y', rel: 'y' },
	year: { iso: 'Y', rel: 'y' }, years: { iso: 'Y', rel: 'y' }, yr: { iso: 'Y', rel: 'y' }, yrs: { iso: 'Y', rel: 'y' },
	decennie: { iso: 'Y', factor: 10, rel: null }, decennies: { iso: 'Y', factor: 10, rel: null },
	decade: { iso: 'Y', factor: 10, rel: null }, decades: { iso: 'Y', factor: 10, rel: null },
	siecle: { iso: 'Y', factor: 100, rel: null }, siecles: { iso: 'Y', factor: 100, rel: null },
	century: { iso: 'Y', factor: 100, rel: null }, centuries: { iso: 'Y', factor: 100, rel: null },
	mois: { iso: 'M', rel: 'm' }, month: { iso: 'M', rel: 'm' }, months: { iso: 'M', rel: 'm' },
	semaine: { iso: 'W', rel: 'w' }, semaines: { iso: 'W', rel: 'w' }, week: { iso: 'W', rel: 'w' }, weeks: { iso: 'W', rel: 'w' },
	jour: { iso: 'D', rel: 'd' }, jours: { iso: 'D', rel: 'd' }, journee: { iso: 'D', rel: 'd' }, journees: { iso: 'D', rel: 'd' },
	day: { iso: 'D', rel: 'd' }, days: { iso: 'D', rel: 'd' },
	nuit: { iso: 'D', rel: 'd' }, nuits: { iso: 'D', rel: 'd' }, night: { iso: 'D', rel: 'd' }, nights: { iso: 'D', rel: 'd' },
	heure: { iso: 'H', time: true, rel: null }, heures: { iso: 'H', time: true, rel: null },
	hour: { iso: 'H', time: true, rel: null }, hours: { iso: 'H', time: true, rel: null },
	minute: { iso: 'M', time: true, rel: null }, minutes: { iso: 'M', time: true, rel: null }, min: { iso: 'M', time: true, rel: null },
	seconde: { iso: 'S', time: true, rel: null }, secondes: { iso: 'S', time: true, rel: null },
	second: { iso: 'S', time: true, rel: null }, seconds: { iso: 'S', time: true, rel: null }
};
export const DURATION_UNIT_ALT =
	'ann[ée]es?|ans?|d[ée]cennies?|si[èe]cles?|mois|semaines?|journ[ée]es?|jours?|nuits?|heures?|minutes?|secondes?|years?|yrs?|decades?|centur(?:y|ies)|months?|weeks?|days?|nights?|hours?|seconds?|min';

// Currencies as nouns, with a code or not ("shillings" may be Kenya's, Uganda's or Tanzania's): what
// names a currency after its country's adjective ("South Sudanese Pounds", "Kenyan Shillings").
export const CURRENCY_NOUN = /^(?:pounds?|shillings?|dollars?|francs?|rupees?|dinars?|riyals?|rials?|dirhams?|pesos?|euros?|nairas?|cedis?|kwacha|birr|leones?|lira|rupiah|ringgit|baht|rubles?|roubles?|hryvnias?|zlotys?|forints?|kronas?|kronor|kroner|krones?|tenge|manats?|somoni|yuan|renminbi|shekels?|reais)$/iu;

export const CURRENCIES: [RegExp, string][] = [
	[/^(?:euros?|€|eur)$/, 'EUR'],
	[/^(?:dollars?\s+canadiens?|canadian\s+dollars?|c\$|ca\$|cad)$/, 'CAD'],
	[/^(?:dollars?\s+australiens?|australian\s+dollars?|a\$|aud)$/, 'AUD'],
	[/^(?:dollars?|\$|us\$|\$us|usd)(?:\s+(?:americains?|us))?$/, 'USD'],
	[/^(?:us|u\.s\.|american)\s+dollars?$/, 'USD'],
	[/^(?:singapore\s+dollars?|s\$|sgd)$/, 'SGD'],
	[/^(?:new\s+zealand\s+dollars?|nz\$|nzd)$/, 'NZD'],
	[/^(?:hong\s+kong\s+dollars?|hk\$|hkd)$/, 'HKD'],
	[/^(?:livres?(?:\s+sterling)?|pounds?(?:\s+sterling)?|£|gbp)$/, 'GBP'],
	[/^(?:yens?|¥|jpy)$/, 'JPY'],
	[/^(?:yuans?|renminbis?|cny)$/, 'CNY'],
	[/^(?:roubles?|rubles?|rub)$/, 'RUB'],
	[/^(?:francs?\s+suisses?|swiss\s+francs?|chf)$/, 'CHF'],
	[/^(?:francs?\s+cfa|f\.?\s*cfa|fcfa|xof)$/, 'XOF'],
	[/^(?:omani\s+ri(?:y)?als?|ri(?:y)?als?\s+omanais|omr)$/, 'OMR'],
	[/^(?:saudi\s+riyals?|riyals?\s+saoudiens?|sar)$/, 'SAR'],
	[/^(?:qatari\s+riyals?|riyals?\s+qataris?|qar)$/, 'QAR'],
	[/^(?:iranian\s+rials?|rials?\s+iraniens?|irr)$/, 'IRR'],
	// A rial or a riyal without its country (Oman's, Iran's, Yemen's, Saudi Arabia's, Qatar's): no
	// code can be chosen, so the amount keeps the word ("810 million riyals", never "IRR").
	[/^rials?$/, 'RLS'],
	[/^riyals?$/, 'RYL'],
	[/^(?:roupies?|rupees?|inr)$/, 'INR'],
	[/^(?:hryvnias?|uah)$/, 'UAH'],
	[/^(?:soles|sol|pen)$/, 'PEN'],
	[/^(?:reais|réaux|reaux|real|brl)$/, 'BRL'],
	[/^(?:wons?|krw)$/, 'KRW'],
	[/^(?:zlotys?|pln)$/, 'PLN'],
	[/^(?:shekels?|sh[eé]kels?|ils)$/, 'ILS'],
	[/^(?:(?:livres?|lires?)\s+turques?|turkish\s+lir[ae]s?|try)$/, 'TRY'],
	[/^(?:rands?|zar)$/, 'ZAR'],
	[/^(?:nairas?|ngn)$/, 'NGN'],
	[/^(?:pesos?\s+mexicains?|mexican\s+pesos?|mxn)$/, 'MXN'],
	[/^(?:kshs?|kes)$/, 'KES'],
	// "Sh60,000", "Shs28 billion": a shilling whose country the symbol does not say (Kenyan papers write
	// "Sh", Ugandan ones "Shs", Tanzanian ones "Sh" too): the amount keeps the symbol.
	[/^shs?$/, 'SHS'],
	[/^(?:ushs?|ugx)$/, 'UGX'],
	[/^(?:rs\.?|₹)$/, 'INR'],
	[/^₦$/, 'NGN'],
	[/^(?:gh₵|cedis?|ghs)$/, 'GHS'],
	[/^(?:dalasis?|gmd)$/, 'GMD'],
	[/^(?:south\s+sudanese\s+pounds?|livres?\s+sud-soudanaises?|ssp)$/, 'SSP'],
	[/^(?:sudanese\s+pounds?|livres?\s+soudanaises?|sdg)$/, 'SDG'],
	[/^(?:egyptian\s+pounds?|livres?\s+[eé]gyptiennes?|egp)$/, 'EGP'],
	[/^(?:francs?\s+cfa\s+beac|xaf)$/, 'XAF']
];
// Titles of address before a name, in a regex ("M. Dupont", "Me Roux", "Maître Roux", "Dr Ahmed").
export const HONORIFIC_ALT = 'M|Mme|Mr|Mrs|Ms|Dr|Me|Ma[îi]tre';
// The capitals after a dollar sign that say which dollar ("56 $ US", "3 millions $ CA", "40 $ AU";
// "56 $ au début" is French): read case-sensitively after the amount, never inside CURRENCY_WORD_ALT,
// which is matched case-blind.
export const DOLLAR_COUNTRY_CODES: Readonly<Record<string, string>> = { US: 'USD', CAN: 'CAD', CA: 'CAD', AU: 'AUD' };
export const DOLLAR_COUNTRY_ALT = Object.keys(DOLLAR_COUNTRY_CODES).join('|');

export const CURRENCY_WORD_ALT =
	'(?:south\\s+)?sudanese\\s+pounds?|egyptian\\s+pounds?|livres?\\s+(?:sud-)?soudanaises?|livres?\\s+[ée]gyptiennes?|SSP|SDG|EGP|XAF|XOF|soles|r[ée]aux|reais|wons?|zlotys?|sh[ée]kels?|(?:livres?|lires?)\\s+turques?|turkish\\s+lir[ae]s?|rands?|nairas?|pesos?\\s+mexicains?|mexican\\s+pesos?|euros?|dollars?(?:\\s+(?:am[ée]ricains?|canadiens?|australiens?|US))?|(?:canadian|australian|US|U\\.S\\.|american|singapore|new\\s+zealand|hong\\s+kong)\\s+dollars?|livres?\\s+sterling|livres?|pounds?(?:\\s+sterling)?|yens?|yuans?|renminbis?|roubles?|rubles?|francs?\\s+(?:suisses?|CFA)|swiss\\s+francs?|FCFA|F\\.?\\s+CFA|(?:omani|saudi|qatari|iranian)\\s+ri(?:y)?als?|ri(?:y)?als?\\s+(?:omanais|saoudiens?|qataris?|iraniens?)|rials?|riyals?|roupies?|rupees?|hryvnias?|EUR|USD|GBP|JPY|CNY|RUB|CHF|CAD|AUD|UAH|INR|€|\\$|£|¥';
// Before the amount: "KSh 67.49 billion", "Sh60,000", "Rs 500", "₦2,000".
// The shilling's letters before its amount, as East African papers write them: Kenya's "KSh", Uganda's
// "USh", and a bare "Sh" or "Shs" whose country they do not say (read case-sensitively: "SH1" is a road;
// "KSH500" is Kenya's).
export const SHILLING_ALT = 'K[Ss][Hh]s?|UShs?|Shs?';
export const CURRENCY_SYMBOL_ALT = `US\\$|\\$US|CA?\\$|A\\$|HK\\$|\\$|€|£|¥|${SHILLING_ALT}|Rs\\.?|₹|₦|GH₵`;

export function currencyCode(s: string): string | null {
	const f = fold(s).trim();
	for (const [re, code] of CURRENCIES) if (re.test(f)) return code;
	return null;
}

/** Words that can follow a number without being its noun ("40 et 2 300", "17 ont été tués"). */
export const STOP: Record<Lang, Set<string>> = {
	fr: new Set(
		'et ou un une de des du d la le les l à a au aux en dans par pour sur sous avec sans selon entre vers contre chez que qu qui dont où tandis alors lorsque quand puis donc car ainsi ne n se s est sont ont a avait avaient était étaient sera seront fut furent ont été sont ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes il elle ils elles on y plus moins environ près ainsi aussi déjà encore mais donc or ni car puis comme quand lorsque si même tous tout toute toutes après avant depuis pendant durant jusqu lors devant derrière parmi malgré hormis sauf outre lundi mardi mercredi jeudi vendredi samedi dimanche hier demain soir matin'
			.split(' ')
	),
	en: new Set(
		'against among amongst amid between along alongside across around behind below beneath beside beyond despite inside throughout near off outside through toward towards upon via within apiece while whereas because although though instead including excluding like unlike versus vs and or of the a an to in on at by for from with without into onto over under about than then that which who whom whose is are was were be been being has have had will would can could may might should must do does did it its they them their he she his her we our you your i me my this these those there here as so not no more less times per each all any some other others also yet but if when while after before since during until till percent monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight'
			.split(' ')
	)
};

// Nouns for people before "de N ans": "un homme de 31 ans" is an age, "un accord de 20 ans" a duration.
export const PERSON_NOUNS_FR =
	'homme|femme|fille|cin[ée]aste|r[ée]alisat(?:eur|rice)|com[ée]dien(?:ne)?|musicien(?:ne)?|accus[ée]e?|prévenue?|sportif|sportive|athl[èe]te|entra[îi]neur|coureur|coureuse|chercheur|chercheuse|peintre|photographe|randonneur|randonneuse|alpiniste|gar[çc]on|enfant|b[ée]b[ée]|adolescente?|jeune|ado|retrait[ée]e?|victime|suspecte?|conducteur|conductrice|m[èe]re|p[èe]re|fils|[ée]l[èe]ve|[ée]tudiante?|patiente?|individu|personne|quinquag[ée]naire|sexag[ée]naire|octog[ée]naire|septuag[ée]naire|joueur|joueuse|pilote|soldat|militaire|policier|polici[èe]re|agent|auteur|autrice|chanteur|chanteuse|acteur|actrice|artiste|dirigeant|dirigeante|leader|pr[ée]sident|pr[ée]sidente|candidat|candidate|ministre|d[ée]put[ée]e?|s[ée]nateur|s[ée]natrice|maire|juge|avocate?|m[ée]decin|infirmi[èe]re?|journaliste|[ée]crivain|[ée]crivaine|prisonni[èe]re?|d[ée]tenue?|otage|migrante?|r[ée]fugi[ée]e?|habitante?|p[èe]lerin|touriste|cycliste|pi[ée]ton|pi[ée]tonne|motard|automobiliste|salari[ée]e?|ouvri[èe]re?|employ[ée]e?|chef|directeur|directrice|entra[îi]neur|sportif|sportive|athl[èe]te|champion|championne|fondateur|fondatrice|patron|patronne|milliardaire|survivant|survivante|tireur|meurtrier|assaillant|agresseur';

// Letters of French and English text as a plain class: Unicode property escapes (\p{L}) with
// look-behinds cost several times more in V8, and these run on every dated sentence.
const L = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';

// A past participle after "aura": "été", "eu", a verb in -é, or one of the common irregular ones.
// ("aura lieu" is a future: a noun in -u is no participle.)
const FR_PARTICIPLE = `(?:été|eu|fait|pris|mis|dit|fini|atteint|obtenu|reçu|perdu|vendu|[${L}]+(?:é|ée|és|ées))(?![${L}])`;

/**
 * Words that say a clause talks about the future: a bare weekday or month near them looks ahead.
 * (A future perfect, "aura été", "aura livré", is neither: see ANTERIOR_G.)
 */
const FUTURE_G: Record<Lang, RegExp> = {
	fr: new RegExp(`(?<![${L}])(?:sera|seront|(?:aura|auront)(?!\\s+${FR_PARTICIPLE})|fera|feront|ira|iront|devra|devront|pourra|pourront|tiendra|tiendront|viendra|viendront|prendra|prendront|doit|doivent|devrait|devraient|va|vont|prochaine?s?|prévue?s?|programmée?s?)(?![${L}])|(?<=[${L}]{3})(?:era|eront|ira|iront)(?![${L}])`, 'gi'),
	en: new RegExp(`(?<![${L}])(?:will|won['’]t|shall|would(?! have)|should(?! have)|(?:is|are) (?:due|set|scheduled|expected|going) to|(?:is|are) to be|(?:slated|scheduled) to|plans? to|upcoming)(?![${L}])`, 'gi')
};

/**
 * The future perfect: "décembre aura été prolifique" (written in January) looks back, "il aura
 * terminé son mandat en mars" looks ahead; a month named in such a clause is its nearest occurrence.
 */
const ANTERIOR_G: Partial<Record<Lang, RegExp>> = {
	fr: new RegExp(`(?<![${L}])(?:aura|auront)\\s+${FR_PARTICIPLE}`, 'gi')
};

// "be" or "being" and perhaps an adverb, where a participle after them is a passive (a look-behind's source).
const AFTER_BE = `(?<![${L}])be(?:ing)?\\s+(?:(?:[${L}]+ly|also|soon|then|now|still|later|again|never|not|just|first)\\s+)?`;

/**
 * Past tense clues: passé composé/imparfait in French, past forms in English. Crude but cheap.
 * An English past form after "be" or "being" (an adverb may stand between) is a passive participle,
 * in the tense of what carries it ("The funeral is to be held Sunday", "will be officially opened
 * Monday" look ahead).
 */
const PAST_G: Record<Lang, RegExp> = {
	fr: new RegExp(`(?<![${L}])(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent|aurait|auraient)\\s+(?:(?:déjà|été|pas|plus|jamais|toujours|encore|bien|aussi|également|ensuite|finalement|notamment|alors)\\s+)*(?!(?:plus|jamais|nous|vous|tous|sous|ceci|ici|lui|celui|aussi|ainsi)(?![${L}]))[${L}]*?(?:é|ée|és|ées|i|is|ie|it|u|us|ue|ert|erte|ort|int|eint)(?![${L}])|(?<=[${L}]{3})(?:ait|aient)(?![${L}])|(?<=[${L}]{3})(?:é|ée|és|ées)(?=\\s+(?:${WEEKDAY_ALT.fr})(?![${L}]))`, 'gi'),
	en: new RegExp(`(?<![${L}])(?<!${AFTER_BE})(?:was|were|had|did|said|took|came|went|met|left|held|fell|rose|began|ago)(?![${L}])|(?<=[${L}]{3})(?<!${AFTER_BE}[${L}-]+)ed(?![${L}])`, 'gi')
};

export type Tense = 'future' | 'past' | 'anterior' | null;

interface TenseMark {
	start: number;
	end: number;
	tense: Tense;
	/** How many quotations are open where the verb stands. */
	depth: number;
}

// One scan per sentence: several dates in a sentence ask for the tense near each of them.
let markCache: { st: string; lang: Lang; marks: TenseMark[] } | null = null;

function tenseMarks(sentence: string, lang: Lang): TenseMark[] {
	if (markCache && markCache.st === sentence && markCache.lang === lang) return markCache.marks;
	const marks: TenseMark[] = [];
	for (const [re, t] of [
		[FUTURE_G[lang], 'future'],
		[PAST_G[lang], 'past'],
		[ANTERIOR_G[lang], 'anterior']
	] as const) {
		if (!re) continue;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(sentence))) marks.push({ start: m.index, end: m.index + m[0].length, tense: t, depth: quoteDepth(sentence, m.index) });
	}
	markCache = { st: sentence, lang, marks };
	return marks;
}

/**
 * Tense of the verb nearest to `index`: "ont signé vendredi …, un traité qui doit renforcer"
 * puts "vendredi" in the past although the sentence also speaks of the future.
 */
export function tenseNear(sentence: string, index: number, lang: Lang): Tense {
	let best: Tense = null;
	let bestDist = Infinity;
	const marks = tenseMarks(sentence, lang);
	const depth = marks.length ? quoteDepth(sentence, index) : 0;
	for (const m of marks) {
		// A verb inside a quotation the date is outside of, or outside the one the date is in, is someone
		// else's words: « … sera à confirmer », commente l'agence à la fin février (a present: the February
		// just gone). (A title quoted between them is no other voice: "sortira « Soleil de minuit » en mars".)
		if (m.depth !== depth) continue;
		const after = m.start > index;
		let d = after ? m.start - index : Math.max(0, index - m.end);
		// A verb across a comma is usually another clause ("…on Saturday, the club said"), and so is one
		// after "and" ("voted against it Monday and are expected to…").
		const between = after ? sentence.slice(index, m.start) : sentence.slice(m.end, index);
		if (/[,;:()]/u.test(between) || /(?:^|[\s\u00a0])(?:and|but|while|whereas|et|mais|tandis)[\s\u00a0]/iu.test(between)) d += 100;
		if (d < bestDist) {
			bestDist = d;
			best = m.tense;
		}
	}
	// No verb to tell ("par rapport à la prévision de son plus récent budget, en avril"): what names the
	// last one before now, in the words before the month, dates it ("the latest plans … will" has its
	// verb; so has "Le précédent propriétaire vendra la maison en avril", a future the list misses).
	const latest = best === null ? LATEST_BEFORE.exec(sentence.slice(Math.max(0, index - 70), index)) : null;
	if (latest && !FUTURE_FORM.test(latest.input.slice(latest.index))) return 'past';
	return best;
}
/** How many quotations are open at `pos` (« », “ ”, and straight quotes in pairs). */
function quoteDepth(sentence: string, pos: number): number {
	let depth = 0;
	let straight = false;
	for (let i = 0; i < pos && i < sentence.length; i++) {
		const c = sentence[i];
		if (c === '«' || c === '“') depth++;
		else if ((c === '»' || c === '”') && depth > 0) depth--;
		else if (c === '"') straight = !straight;
	}
	return depth + (straight ? 1 : 0);
}
const FUTURE_FORM = /(?<![\p{L}])\p{Ll}{2,}(?:ra|ront)(?![\p{L}])/u;
const LATEST_BEFORE = /(?<![\p{L}])(?:plus[\s\u00a0\u202f]+récente?s?|précédente?s?|latest|most[\s\u00a0\u202f]+recent|previous)(?![\p{L}])/iu;

/**
 * The small words of an Arabic or Mauritanian lineage between a person's names ("Khalid bin Issam",
 * "Hoor bint Sultan", "Mohamed ould Cheikh", "Aicha mint Ahmed"): "son of", "daughter of".
 */
export const LINEAGE_PARTICLES = ['bin', 'bint', 'ibn', 'ould', 'mint'] as const;

/** Words before an amount said roughly ("environ 9 milliards", "about 80,000 km"): regex source. */
export const ROUGHLY = String.raw`about|around|some|roughly|nearly|almost|approximately|environ|près[\s\u00a0]+de|quelque|presque|autour[\s\u00a0]+de`;

/**
 * English words in -ly in small letters that are no adverb before a verb: nouns and adjectives that
 * head a subject ("the national assembly approved", "the elderly received", "the daily reported").
 */
export const LY_NOT_ADVERB = 'family|assembly|supply|rally|ally|monopoly|anomaly|lily|holly|ply|fly|elderly|daily|weekly|monthly|quarterly|yearly|belly|jelly|bully|italy|sicily';
/** An English adverb in -ly, in small letters ("officially", "swiftly"), not one of LY_NOT_ADVERB. */
export const LY_ADVERB = `(?!(?:${LY_NOT_ADVERB})(?![a-z]))[a-z]{2,}ly(?![a-z])`;
/** English words in -ing that are no verb's participle ("during the night", "the morning", "a meeting"). */
export const ING_NOT_VERB = 'during|according|morning|evening|meeting|building|nothing|something|everything|king|spring|following|including|regarding|concerning';

/** Start of the last ~`n` characters before `end`, moved to a word boundary, for `$`-anchored look-behind regexes. */
export function boundedStart(st: string, end: number, n = 64): number {
	let from = Math.max(0, end - n);
	while (from > 0 && from < end && /[\p{L}\p{N}'’-]/u.test(st[from - 1])) from++;
	return from;
}

/** English verbs and their irregular past tense (negations turn "did not win" into "won"; counts and captions read a past tense as no noun). */
export const EN_IRREGULAR_PAST: Record<string, string> = {
	be: 'was', have: 'had', do: 'did', go: 'went', take: 'took', give: 'gave', make: 'made', say: 'said',
	get: 'got', see: 'saw', come: 'came', know: 'knew', think: 'thought', tell: 'told', find: 'found',
	leave: 'left', bring: 'brought', buy: 'bought', pay: 'paid', send: 'sent', build: 'built', hold: 'held',
	meet: 'met', win: 'won', lose: 'lost', sell: 'sold', keep: 'kept', run: 'ran', begin: 'began',
	mean: 'meant', put: 'put', set: 'set', let: 'let', cut: 'cut', hit: 'hit', write: 'wrote', speak: 'spoke',
	break: 'broke', choose: 'chose', drive: 'drove', fall: 'fell', feel: 'felt', fight: 'fought', fly: 'flew',
	grow: 'grew', lead: 'led', rise: 'rose', seek: 'sought', shoot: 'shot', stand: 'stood', teach: 'taught',
	understand: 'understood', withdraw: 'withdrew', forbid: 'forbade', spend: 'spent', show: 'showed',
	flee: 'fled', catch: 'caught', draw: 'drew', throw: 'threw', wear: 'wore', ride: 'rode', shake: 'shook', strike: 'struck', beat: 'beat', bear: 'bore', swim: 'swam', sing: 'sang', sink: 'sank', forget: 'forgot', freeze: 'froze',
	sit: 'sat', become: 'became', hear: 'heard'
};

// Irregular past tenses that are no nouns nor adjectives; some are ("two left-backs", "a set", "a hit",
// "120 rose bushes", "40 felt hats", "spent fuel", "300 LED lights", "a shot", "a cut", "the show",
// "paid leave").
const PAST_NOUN_TOO = new Set(['was', 'had', 'did', 'made', 'said', 'left', 'put', 'set', 'let', 'cut', 'hit', 'felt', 'rose', 'led', 'spent', 'shot', 'showed', 'meant', 'sold', 'kept', 'lost', 'paid', 'held', 'sent', 'told', 'thought', 'knew', 'got']);
export const EN_PAST_NOT_NOUN: readonly string[] = [...new Set(Object.values(EN_IRREGULAR_PAST))].filter((w) => !PAST_NOUN_TOO.has(w));

/** English past participles that are no past tense of EN_IRREGULAR_PAST ("sworn in", "taken to hospital"): regex source. */
export const EN_IRREGULAR_PARTICIPLE =
	'sworn|born|shown|known|torn|drawn|grown|flown|thrown|done|gone|taken|given|chosen|spoken|written|driven|fallen|frozen|hidden|risen|shaken|stolen|beaten|broken|seen|been|sunk|stuck|hung|laid';

/** Verbs of telling someone something, as done and as doing ("a confié à", "explique à", "told", "spoke to"). */
export const TELLING_FR_DONE = 'dit|déclaré|affirmé|expliqué|confié|indiqué|précisé|raconté|assuré|confirmé|ajouté';
export const TELLING_FR_NOW = 'dit|déclare|affirme|explique|confie|indique|précise|raconte|assure|confirme|ajoute';
export const TELLING_EN = 'said|says|told|added|explained|spoke|speaking|talked|talking|wrote';
/** Verbs that put a question, a charge or news to someone, before whom: regex sources ("put it to X", "a demandé à X"). */
export const ADDRESSING_EN = String.raw`put[\s\u00a0]+it[\s\u00a0]+to|asked|told|questioned|pressed`;
export const ADDRESSING_FR = String.raw`(?:a[\s\u00a0]+|avait[\s\u00a0]+)?demandé[\s\u00a0]+à|demande[\s\u00a0]+à|interrog\p{L}*`;

/** Words that give a person another name ("X, alias Y", "de son vrai nom", "known as", "stage name is"): regex source. */
export const ALIAS_CUE = String.raw`(?:de[\s\u00a0]+son[\s\u00a0]+vrai[\s\u00a0]+nom|née?[\s\u00a0]+sous[\s\u00a0]+le[\s\u00a0]+nom[\s\u00a0]+de|(?:whose[\s\u00a0]+)?(?:real|birth|stage)[\s\u00a0]+name(?:[\s\u00a0]+(?:is|was))?|alias|a\.k\.a\.?|aka|surnommée?|(?:better[\s\u00a0]+|also[\s\u00a0]+)?known[\s\u00a0]+as|also[\s\u00a0]+called)`;

/**
 * What follows an impersonal French "il" ("il faut", "il y a", "il s'agit", "il ne faut pas", "il suffit",
 * "il est temps de"…): source for a negative look-ahead after "il", so that "il" stands for a person.
 */
export const IMPERSONAL_IL_AFTER = String.raw`[\s\u00a0]+(?:ne[\s\u00a0]+|n['’])?(?:faut|fallait|faudra|faudrait|y[\s\u00a0]+a|y[\s\u00a0]+avait|y[\s\u00a0]+aura|s['’]agit|s['’]agissait|semble|semblait|reste|restait|paraît|suffit|suffisait|existe|existait|manque|manquait|convient|vaut|valait|était[\s\u00a0]+une[\s\u00a0]+fois|est[\s\u00a0]+(?:temps|question|possible|impossible|important|nécessaire|difficile|vrai|clair|évident|urgent))(?![\p{L}])`;

/** Auxiliaries and modals, finite: a clause that has one has its own verb ("… est rentré lundi et…"). */
/** The words that complete a French "ne" into a negation ("ne … pas", "n’… jamais", "ne … ni … ni"), as regex alternatives. */
export const FR_NEGATION_WORDS = 'pas|plus|jamais|guère|point|nullement|aucun|aucune|rien|personne|ni';

export const FINITE_AUXILIARIES = {
	fr: new Set('a ont est sont sommes suis êtes avait avaient était étaient sera seront serait seraient aurait auraient été fut doit doivent devrait peut pourrait va vont'.split(' ')),
	en: new Set('has have had is are was were been be will would shall should can could may might must does do did'.split(' '))
};

/** Whether a French word takes an elided article or "de" ("l’accord", "d’otages"); an aspirated h keeps it ("le héros", "de héros"). */
export function elides(word: string): boolean {
	return /^[aàâeéèêëiîïoôuùûœy]/i.test(word) || (/^h/i.test(word) && !/^h(?:aut|ausse|ér|ont|asard|angar|aine|alte|ache|éro|ollande|ongrie)/i.test(word));
}
