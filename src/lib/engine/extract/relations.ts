// Events and relations as answers: what was decided, agreed, demanded, found, named or caused, and
// why. Each is the phrase after a cue that says which relation it is ("due to …", "en raison
// de …", "decided to …", "a découvert …", "named …", "pour dénoncer …"), read to the end of its
// clause. The question blanks the phrase in its sentence; other phrases of the article are the
// wrong options.
import type { Article, Fact } from '../types';
import { announcesList, escapeRegExp, HYPHEN_ADJECTIVE_BEFORE, PARTICLE_OPENING, PREPOSITION_OPENING, S, W } from '../text/patterns';
import { CARDINAL_WORD } from '../text/numbers';
import { isAbbreviation } from '../ingest/segment';
import { EN_IRREGULAR_PAST, FINITE_AUXILIARIES, FR_NEGATION_WORDS, LY_ADVERB, TIME_WORDS } from '../text/lexicon';

export type Relation = NonNullable<Fact['relation']>;


interface Cue {
	re: RegExp;
	relation: Relation;
}

// Each cue ends where the answer phrase starts. Group-free; `y` is not used: they are searched.
const CUE_BEFORE = '(?<![\\p{L}\\p{M}])';
// An elided cue ("victime d’", "il s’agit d’") runs into its answer without a space.
const CUE_AFTER = `(?:${S}+|(?<=['’]))`;

/** A language's cues, and all of them in one pattern: one search tells most sentences they hold none. */
function cues(list: [string, Relation][]): { each: Cue[]; any: RegExp } {
	return {
		each: list.map(([src, relation]) => ({ re: new RegExp(`${CUE_BEFORE}(?:${src})${CUE_AFTER}`, 'giu'), relation })),
		any: new RegExp(`${CUE_BEFORE}(?:${list.map(([src]) => `(?:${src})`).join('|')})${CUE_AFTER}`, 'iu')
	};
}

const EN = cues(
	[
		["due to|because of|owing to|thanks to|as a result of|in the wake of", 'cause'],
		[`attributed${S}+(?:${W}${S}+){0,3}?to|blamed${S}+(?:${W}${S}+){0,3}?on`, 'cause'],
		["(?:pushed up|held back|driven|caused|fuelled|fueled|triggered|sparked|boosted|hampered|offset|weighed down|dragged down|hit|affected) by", 'cause'],
		['(?:suffering|suffered|died|dies) (?:from|of)', 'cause'],
		['(?:led|leads|leading) to|resulted in|results in|resulting in|ended in|ended with|finished in', 'effect'],
		[`(?:prompted|forced|urged|asked|allowed|enabled|called on)${S}+(?:the${S}+)?(?:${W}${S}+){0,4}?to`, 'decision'],
		['(?:decided|agreed|voted|refused|vowed|pledged|promised|planned|plans|plan|hopes|hoped|aims|aimed|intends|intended|threatened|failed|sought|seeks|wants|wanted|is set|are set|was set|chose|opted) to', 'decision'],
		['in order to|so as to|aimed at|aiming at|with the aim of|designed to', 'purpose'],
		['(?:demanded|called for|announced|unveiled|discovered|found|launched|signed|approved|passed|denied|rejected|adopted|won|introduced|released|proposed|ordered|banned|imposed|invoked|staged|notified|accessed|offered|offering|is offering|confirmed|revealed|recommended|released|opened|built|completed|received|raised|acquired|bought|sold|published|filed|issued|awarded|recorded|posted|reached|secured|claimed|lost|suspended|cancelled|canceled|postponed)(?: to pay for)?', 'object'],
		[`(?:is|are|was|were|be|been|being|species|process|phenomenon|area|region|place|ship|mission|project|operation|plan|programme|program|book|film|album|novel|song) (?:named|called|dubbed|known as|titled|entitled)|nicknamed|dubbed|so-called|earning it the nickname|gave it the name`, 'name'],
		['(?:composed of|made up of|made of|consists of|consisting of|comprised of|comprising)', 'composition'],
		['(?:primary|main) purpose of [^,.;]{1,60}? is', 'purpose'],
		['(?:was|were) (?:found|discovered|buried|preserved) in', 'object']
	]
);

const FR = cues(
	[
		["en raison d(?:e|u|es|['’])|à cause d(?:e|u|es|['’])|grâce à|grâce aux?|du fait d(?:e|u|es|['’])|faute d(?:e|['’])|à la suite d(?:e|u|es|['’])|suite à|suite aux?", 'cause'],
		["(?:dopée?s?|portée?s?|provoquée?s?|causée?s?|entraînée?s?|freinée?s?|pénalisée?s?|plombée?s?|tirée?s?|soutenue?s?|affectée?s?|touchée?s?) par", 'cause'],
		["victimes? d(?:e|u|es|['’])|atteinte?s? d(?:e|u|es|['’])|souffrant d(?:e|u|es|['’])|survécu à|blessée?s? à", 'cause'],
		["(?:a|ont|avait|avaient) (?:conduit|mené|abouti) à|(?:a|ont) (?:entraîné|provoqué|permis)|s['’](?:est|sont) (?:soldée?s?|terminée?s?|achevée?s?) (?:par|sur)", 'effect'],
		["(?:a|ont|avait|avaient|va|vont|doit|doivent)? ?(?:décidé|accepté|refusé|promis|prévu|proposé|choisi|tenté|envisagé|annoncé|exigé|demandé|obtenu|résolu) d(?:e|['’])", 'decision'],
		["(?:décide|accepte|refuse|promet|prévoit|propose|choisit|tente|envisage|annonce|exige|demande|obtient) d(?:e|['’])", 'decision'],
		["afin d(?:e|['’])|dans le but d(?:e|['’])|en vue d(?:e|['’])|(?:le|la|son) (?:but|objectif) (?:de [^,.;]{1,40}? )?est d(?:e|['’])", 'purpose'],
		["pour(?=[\\s\\u00a0]+\\p{Ll}+(?:er|ir|re|dre)(?![\\p{L}]))", 'purpose'],
		["(?:a|ont|avait|avaient) (?:découvert|signé|lancé|adopté|approuvé|rejeté|remporté|invoqué|déposé|inauguré|dénoncé|réclamé|exigé|annoncé|décrété|voté|validé|présenté|révélé|obtenu|pris|gagné|ouvert|reçu|acheté|racheté|vendu|construit|publié|enregistré|dévoilé|perdu|suspendu|annulé|reporté|atteint|décroché)|(?:découvre|signe|lance|adopte|approuve|rejette|remporte|invoque|dépose|inaugure|dénonce|réclame|révoque|annonce|décrète|obtient|ouvre|reçoit|achète|rachète|vend|construit|publie|enregistre|dévoile|perd|suspend|annule|reporte|atteint|décroche)", 'object'],
		["(?:baptisée?s?|nommée?s?|surnommée?s?|appelée?s?|intitulée?s?|dénommée?s?)", 'name'],
		["(?:composée?s?|constituée?s?|formée?s?) d(?:e|u|es|['’])|comprenant|adaptée?s? pour accueillir", 'composition'],
		["il s['’]agit d(?:e|u|es|['’])|c['’]est la première fois qu(?:e|['’])", 'object']
	]
);

// Where the answer phrase stops: the end of its clause, a list's announcement ("formé de huit membres
// à savoir : …", "two bodies, namely …"; not "une aide à savoir lire", an infinitive), or a second
// verb of its subject ("notified
// credit card companies and is working with police", "a prévenu les banques et a porté plainte").
// ("due to noise and residents received thousands": "and", a subject of one or two words and a verb
// in the past open the next clause.)
// (A determiner opens the subject, "and the council delayed…"; an -ed word right after it is an
// adjective, "and the expanded bus network"; "hundred", "speed" are none.)
const PAST_VERB_EN = `(?:\\p{Ll}{2,}(?<!e)ed|agreed|freed|${[...new Set(Object.values(EN_IRREGULAR_PAST))].filter((v) => !/^(?:put|set|let|cut|hit)$/.test(v)).join('|')})`;
const CLAUSE_DETERMINER = `(?:the|a|an|its|their|his|her|our|this|that|these|those|some|many|all|one|two|three|four|five|six|seven|eight|nine|ten|several)`;
const CLAUSE_SUBJECT_WORD = `(?!${CLAUSE_DETERMINER}(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*`;
const CLAUSE_END_EN = new RegExp(
	`[;!?()\\[\\]«»“”"—–]|[.,:](?!\\d)|${S}(?:which|who|whom|whose|while|whereas|although|but|because|after|before|when|as well as|according to|said|says|namely|and${S}+(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do)|and${S}+(?:${CLAUSE_DETERMINER}${S}+)?(?:${CLAUSE_SUBJECT_WORD}${S}+){1,2}${PAST_VERB_EN})(?![\\p{L}])`,
	'gu'
);
const CLAUSE_END_FR = new RegExp(
	`[;!?()\\[\\]«»“”"—–]|[.,:](?!\\d)|${S}(?:qui|que|qu['’]|dont|où|mais|alors|tandis|lorsque|quand|car|selon|après|avant|à${S}+savoir(?!${S}+(?!(?:quatre|onze|douze|treize|quatorze|quinze|seize)(?![\\p{L}]))\\p{Ll}+(?:er|ir|re|oir)(?![\\p{L}]))|c['’]est-à-dire|a-t-il|a-t-elle|ont-ils|explique|précise|indique|et${S}+(?:a|ont|est|sont|avait|avaient|sera|seront|va|vont|doit|doivent))(?![\\p{L}])`,
	'gu'
);

const RELATIVE_STOP = /^[\s\u00a0\u202f]+(?:which|whom|whose|qui|dont|où)$/iu;
const SAYING_CUE = /(?:^|[\s\u00a0\u202f])(?:announced|revealed|annoncé|révélé)$/iu;
const PREPOSITION_AT_END = /[\s\u00a0\u202f]+(?:in|on|at|for|by|with|to|from|into|during|under|through|of|dans|sur|par|pour|avec|en|à|de|chez|vers)$/iu;

/** Where the clause in `rest` ends; the dot of an abbreviation ends none ("at St. Thomas's Hospital"). */
const NEGATION_WORD_FR = new RegExp(`(?<![\\p{L}])(?:${FR_NEGATION_WORDS})(?![\\p{L}])`, 'iu');

/**
 * A French phrase a "ne … que" cuts in two: stopped at "que", it says the opposite of what was decided
 * ("a décidé de n’ouvrir ses comptoirs que le matin", "de ne plus ouvrir la piscine que le week-end";
 * "de ne ni confirmer ni démentir" is a negation, and after "pas" a "que" opens a relative clause: "de
 * ne pas augmenter les impôts que paient…").
 */
function restrictedByQue(phrase: string, after: string): boolean {
	if (!/^(?:ne|n['’])/iu.test(phrase)) return false;
	if (!NEGATION_WORD_FR.test(phrase)) return true;
	return /^[\s\u00a0\u202f]*(?:que|qu['’])/iu.test(after) && !/(?<![\p{L}])pas(?![\p{L}])/iu.test(phrase);
}

function clauseEnd(rest: string, lang: 'fr' | 'en'): RegExpExecArray | null {
	const re = lang === 'fr' ? CLAUSE_END_FR : CLAUSE_END_EN;
	re.lastIndex = 0;
	for (let m = re.exec(rest); m; m = re.exec(rest)) {
		if (m[0] === '.' && isAbbreviation(/\p{L}+$/u.exec(rest.slice(0, m.index))?.[0] ?? '')) continue;
		return m;
	}
	return null;
}
const MAX_WORDS = 16;
// The subject of an English sentence: its opening phrase, up to a verb of change or of being.
const SENTENCE_SUBJECT_EN = /^((?:The|A|An|Its|Their)(?:[\s\u00a0\u202f]+[\p{L}'’-]+){1,5}?)[\s\u00a0\u202f]+(?:rose|fell|grew|dropped|jumped|climbed|slipped|increased|decreased|declined|was|were|is|are|has|have|had)(?![\p{L}])/u;
// ", fuel and transport." / ", la santé et l’éducation.": the rest of a list, up to the sentence's end
// or a reporting clause after it (", the statistics office said", ", selon l’institut").
const LIST_TAIL = /^(?:,[\s\u00a0\u202f]*[\p{L}\p{N}'’-]+(?:[\s\u00a0\u202f]+[\p{L}\p{N}'’-]+){0,3}){0,3}[\s\u00a0\u202f]+(?:and|et|or|ou)[\s\u00a0\u202f]+[\p{L}\p{N}'’-]+(?:[\s\u00a0\u202f]+[\p{L}\p{N}'’-]+){0,3}(?=[\s\u00a0\u202f]*[.!?;]|$|,[\s\u00a0\u202f]*(?:according[\s\u00a0\u202f]+to|selon|d['’]après|[^,.;]{0,40}?[\s\u00a0\u202f](?:said|says|told|reported|announced|indique|précise|explique|a[\s\u00a0\u202f]+(?:indiqué|précisé|expliqué|annoncé)|ont[\s\u00a0\u202f]+(?:indiqué|précisé|annoncé)))(?![\p{L}]))/u;
// Determiners of each language, as whole words (one list for every check of this file).
const DETERMINERS_OF: Record<'fr' | 'en', string> = { en: 'the|a|an|its|their|his|her|our', fr: 'le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs' };
const DETERMINERS = `${DETERMINERS_OF.en}|${DETERMINERS_OF.fr}`;
// A determiner as a whole word: "alter" and "les" both start with a determiner's letters.
const DETERMINER = new RegExp(`^(?:${DETERMINERS}|de)$`, 'iu');
// A word a phrase never ends on: a determiner, an elided "l’", a linking word.
const LINK_AT_END = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS}|l['’]|of|and|de|et|à)$`, 'iu');
// A phrase cut inside the clause after it ends on a determiner written small ("… et exprime sa"), or,
// in English, on an adverb after "and" ("… and suddenly"). ("to thank her": an object pronoun ends a
// phrase; "hepatitis A", "Nestlé SA", "and July" are capitalised; after "et" only an adverb of the
// list, French "-ment" words being nouns as often: "recherche et développement".)
const CUT_IN_NEXT_CLAUSE: Record<'fr' | 'en', RegExp> = {
	en: new RegExp(`(?:(?<![\\p{L}])(?:${DETERMINERS_OF.en.replace('|her', '')})|[\\s\\u00a0\\u202f]and[\\s\\u00a0\\u202f]+${LY_ADVERB})$`, 'u'),
	fr: new RegExp(`(?:(?<![\\p{L}])(?:${DETERMINERS_OF.fr}|l['’])|[\\s\\u00a0\\u202f]et[\\s\\u00a0\\u202f]+(?:finalement|également|notamment|ensuite|enfin|surtout|récemment|aussitôt|immédiatement|puis|déjà))$`, 'u')
};
// The "and" that opens the clause a phrase was cut in: the last one.
const lastConjunction = (and: string) => new RegExp(`${S}+${and}${S}+(?:(?!${S}${and}${S})[\\s\\S])*$`, 'u');
const LAST_AND: Record<'fr' | 'en', RegExp> = { en: lastConjunction('and'), fr: lastConjunction('et') };
// A determiner right before a cue makes it a noun ("Une annonce d'…").
const DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS}|l['’]|de)[\\s\\u00a0\\u202f]*$`, 'iu');

function wordsOf(s: string): string[] {
	return s.split(/[\s\u00a0\u202f]+/u).filter(Boolean);
}

// Time words at the edges belong to the clause, not to the answer: "son agent dimanche soir".
const TIME_EDGE = new RegExp(`^${TIME_WORDS}$`, 'iu');
// A weekday or "hier" right after the cue is the clause's time: the phrase starts after it, and
// after a place named next ("a inauguré jeudi dernier à Balbala un centre…").
const TIME_LEAD = new RegExp(`^${TIME_WORDS}[\\s\\u00a0\\u202f]+`, 'iu');
// A French adverb between the verb and its object ("a voté massivement X", "signe là son premier
// lancement"; lower case, no determiner before it: "le financement", "un document" are objects).
const MANNER_LEAD = /^(?:\p{Ll}{3,}ment|là|ainsi|donc|alors|aussi|déjà|encore|enfin|même|désormais|notamment|pourtant|cependant|toutefois|ici)[\s\u00a0\u202f]+(?=\p{L})/u;
// ("au Stade de France", "à Villeneuve d’Ascq": a name's "de" inside; the object then opens on a determiner.)
const PLACE_AFTER_TIME = new RegExp(
	`^(?:à|au|en|in|at)${S}+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:(?:${S}+(?:de|du|des)${S}+|${S}+d['’]|${S}+)\\p{Lu}[\\p{L}\\p{M}'’-]*)*,?${S}+(?=(?:${DETERMINERS})(?![\\p{L}])|l['’])`,
	'u'
);

const MONTH_NAMES =
	'january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
// "… around 9:30", "… vers 14h30", "… at 6 p.m.": the time of day, too.
// (Only after a word that says when: "until 10 p.m.", "jusqu’à 22h", "to 6:30", "the Spa 24h" are what was decided or won.)
const TRAILING_TIME = /[\s\u00a0\u202f]+(?:at|around|about|shortly[\s\u00a0\u202f]+(?:before|after)|vers|aux[\s\u00a0\u202f]+alentours[\s\u00a0\u202f]+de)[\s\u00a0\u202f]+\d{1,2}(?:(?:[:h.]\d{2})?[\s\u00a0\u202f]*[ap]\.?m\.?|[:h]\d{2}|h)$/iu;
const TRAILING_DATE = new RegExp(
	`[\\s\\u00a0\\u202f]+(?:(?:in|on|during|since|by|en|le|depuis|dès)[\\s\\u00a0\\u202f]+(?:(?:early|late|mid|début|fin|mi)-?[\\s\\u00a0\\u202f]*)?|(?:early|late|mid|début|fin|mi)-?[\\s\\u00a0\\u202f]*)(?:\\d{1,2}(?:er)?[\\s\\u00a0\\u202f]+)?(?:(?:${MONTH_NAMES})(?:[\\s\\u00a0\\u202f]+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?[\\s\\u00a0\\u202f]+\\d{4})?|\\d{4})$`,
	'iu'
);

// "a annoncé le 3 mars la création…", "a voté le 7 mars au soir la fermeture…", "announced on
// March 3 a plan…": a dated day right after the cue is the clause's time too.
const DATE_LEAD = new RegExp(
	`^(?:le|on)[\\s\\u00a0\\u202f]+(?:\\d{1,2}(?:er)?[\\s\\u00a0\\u202f]+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})[\\s\\u00a0\\u202f]+\\d{1,2}(?:st|nd|rd|th)?)(?:,?[\\s\\u00a0\\u202f]+\\d{4})?(?:[\\s\\u00a0\\u202f]+(?:au[\\s\\u00a0\\u202f]+)?(?:soir|matin|après-midi))?,?[\\s\\u00a0\\u202f]+`,
	'iu'
);

const COUNT_FIRST = new RegExp(
	`^(?:(?:près de|plus de|moins de|environ|quelque|about|around|some|nearly|almost|more than|over|at least|up to)[\\s\\u00a0\\u202f]+)?(?:[$€£¥][\\s\\u00a0]?)?(?:\\d|${CARDINAL_WORD}|dozens?(?![\\p{L}])|hundreds|thousands)`,
	'iu'
);

// A verb of taking or giving, before the noun it makes one act with ("took the floor", "a pris la
// parole", "a obtenu la parole").
const TAKING_CUE = /(?:^|[\s\u00a0\u202f])(?:took|taken|takes|take|pris|prise|prend|prennent|prendre|obtenu|obtient|obtenir|donné|donne|repris|reprend)$/iu;
// Where or when a thing was done, after its object ("signed the bill at a ceremony", "devant les
// habitants"; not "in", "on", "dans": "a drop in profit", "titles in Kenya as well as abroad" hold them).
const WHERE_OR_WHEN_ADJUNCT = /^[\s\u00a0\u202f]+(?:at|near|during|outside|inside|lors|devant|chez|près)(?![\p{L}])/iu;
// A circumstance after an object: a preposition of place, time, beneficiary or means and the
// phrase it opens ("for satellite services provider SES", "from Cape Canaveral"). French keeps
// "de" and a bare noun after "à" ("une machine à laver"). A margin is one too ("won the final by
// .17 seconds", "adopté par 287 voix"), where "by" before a name is not ("a novel by Ann Patchett").
const EN_ADJUNCT = /[\s\u00a0\u202f]+(?:(?:from|at|in|on|near|during|for|with|across|outside|inside)[\s\u00a0\u202f]+[\p{L}\d]|by[\s\u00a0\u202f]+(?:[.\d]|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|voice|unanimous)(?![\p{L}])))/u;
const FR_ADJUNCT = /[\s\u00a0\u202f]+(?:(?:par|en)[\s\u00a0\u202f]+\d|(?:depuis|dans|à|au|aux|lors|pour|avec|sur|près[\s\u00a0\u202f]+d(?:e|u|es|['’])|devant|chez)(?:(?:[\s\u00a0\u202f]+|(?<=['’]))(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|\p{Lu}|\d)|(?<=au|aux)[\s\u00a0\u202f]+\p{L}))/u;

// A sentence's subject, then a participle's apposition between commas, up to the verb: "Le texte,
// adopté mardi, " (no verb before the first comma, a participle right after it).
const SUBJECT_APPOSITION = /^(?:[LlDd]['’]|(?:Le|La|Les|Ce|Cet|Cette|Ces|Un|Une|Son|Sa|Ses|Leur|Leurs)[\s\u00a0\u202f])[^,;:«»"]{1,60},[\s\u00a0\u202f]*(?!(?:lui|qui|nous|vous|aussi|ainsi|parmi|celui|depuis|puis|plus|tous|sous|jamais|mais|ici|voici|eux|elle|elles)(?![\p{L}]))\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)[\s\u00a0\u202f][^,;:«»"]{1,80},[\s\u00a0\u202f]*$/u;

// A participle and its agent after a noun: "octroyé par Henri IV", "passed by the former government"
// (its agent named or with a determiner: "nuitées par habitant" is a rate)
// (after an auxiliary or an adverb it is the clause's passive verb: "was killed by", "easily be accessed by").
const REDUCED_RELATIVE = /(?<![\s\u00a0\u202f](?:was|were|is|are|be|been|being|get|got|est|sont|été|être|était|étaient|a|ont))(?<!\p{Ll}ly)[\s\u00a0\u202f]+\p{Ll}{3,}(?:é|ée|és|ées|ed)[\s\u00a0\u202f]+(?:par|by)[\s\u00a0\u202f]+(?:l['’]|(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|the|a|an|its|their|his|her)[\s\u00a0\u202f]+|\p{Lu})/u;

const BARE_NOUN_IDIOM: Record<'fr' | 'en', RegExp> = {
	fr: /^(?:soin|part|fin|place|acte|note|conscience|connaissance|effet|forme|corps|contact|position|feu|congé|droit|gain|cours|lieu|garde|pied|racine|partie)(?![\p{L}])/iu,
	// (English cues take no bare noun of an idiom: "approved part of the budget", "approved care packages".)
	en: /(?!)/u
};
const COUNT_BEFORE = new RegExp(`(?:\\d|(?<![\\p{L}])${CARDINAL_WORD})[\\s\\u00a0\\u202f]+$`, 'iu');
// A participle an amount completes: "estimé à", "chiffrés à", "valued at", "estimated at"; the amount
// after it ("à 1 100 milliards", "at $40 million", "à près de 2 millions"), not a place ("porté à l'Assemblée").
const VALUED = /(?<![\p{L}])(?:estimée?s?|évaluée?s?|chiffrée?s?|fixée?s?|portée?s?|plafonnée?s?|s['’]élevant|estimated|valued|put|set|capped|priced|pegged)$/iu;
const AMOUNT_AFTER = /^[\s\u00a0\u202f]*(?:(?:environ|près[\s\u00a0\u202f]+de|plus[\s\u00a0\u202f]+de|about|around|nearly|over|some)[\s\u00a0\u202f]+)?(?:[$€£¥]|[\p{Lu}]{1,3}\$)?[\s\u00a0\u202f]?\d/u;
// "found guilty of…", "found the driver guilty of…", "was found dead near…": a verdict or a state
// after the phrase, before its complement or the clause's end.
const VERDICT = /(?:^|[\s\u00a0\u202f])(?:not[\s\u00a0\u202f]+)?(?:guilty|innocent|liable|dead|alive|unconscious)(?=[\s\u00a0\u202f]+(?:of|on|in|at|after|by|near|inside|outside|for)(?![\p{L}])|[\s\u00a0\u202f]*[,.;]|$)/iu;

/** Words that say something: three letters or more, not a determiner, or a measure ("the 400m hurdles"). */
function contentWords(words: string[]): number {
	return words.filter((w) => (/\p{L}{3,}/u.test(w) && !DETERMINER.test(w)) || /^\d[\d.,]*\p{L}+$/u.test(w)).length;
}

/** The phrase of one clause starting at `from`, trimmed; null when it is no answer. */
function clausePhrase(text: string, from: number, limit: number, lang: 'fr' | 'en', relation: Relation, cueText = ''): { start: number; end: number } | null {
	let start = from;
	while (start < limit && /[\s\u00a0\u202f]/u.test(text[start])) start++;
	const lead = TIME_LEAD.exec(text.slice(start, limit)) ?? DATE_LEAD.exec(text.slice(start, limit));
	if (lead) start += lead[0].length;
	const place = lead ? PLACE_AFTER_TIME.exec(text.slice(start, limit)) : null;
	if (place) start += place[0].length;
	// "ont voté massivement Saied", "signe là son premier lancement": the adverb is not the object.
	const manner = lang === 'fr' ? MANNER_LEAD.exec(text.slice(start, limit)) : null;
	if (manner) start += manner[0].length;
	const rest = text.slice(start, limit);
	// "a révélé que le trafic avait atteint…", "said that…": a clause of its own is no phrase to ask
	// for (it was cut to "que le trafic").
	if (/^(?:(?:que|that|whether|if|si)(?![\p{L}])|qu['’]|s['’]ils?(?![\p{L}]))/iu.test(rest)) return null;
	const stop = clauseEnd(rest, lang);
	let end = start + (stop ? stop.index : rest.length);
	// A quoted word inside the phrase ("une attaque au « rançongiciel »") belongs to it.
	if (stop && /[«“"]/u.test(stop[0])) {
		const close = rest.slice(stop.index + 1).search(/[»”"]/u);
		if (close >= 0 && close < 40) {
			const after = rest.slice(stop.index + 1 + close + 1);
			const next = clauseEnd(after, lang);
			end = start + stop.index + 1 + close + 1 + (next ? next.index : after.length);
		}
	}
	// "pushed up by the increased cost of clothes, fuel and transport.": a list that runs to the end
	// of the sentence is one answer, not its first item.
	if (stop && stop[0] === ',') {
		const tail = LIST_TAIL.exec(rest.slice(stop.index));
		if (tail) end = start + stop.index + tail[0].length;
	}
	// "has won matches in India as well as abroad": the second half of a pair belongs to the answer.
	if (stop && /^[\s\u00a0\u202f]+as well as$/u.test(stop[0])) {
		const after = rest.slice(stop.index + stop[0].length);
		const next = clauseEnd(after, lang);
		end = start + stop.index + stop[0].length + (next ? next.index : after.length);
	}
	while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1])) end--;
	// "following a village survey in which…", "as the month in which…": the preposition opens the
	// relative clause the phrase stops at, and goes with it.
	if (stop && RELATIVE_STOP.test(stop[0])) {
		const dangling = PREPOSITION_AT_END.exec(text.slice(start, end));
		if (dangling) end = start + dangling.index;
	}
	let words = wordsOf(text.slice(start, end));
	// "launched the SES-8 satellite for the operator SES from Cape Canaveral": what was launched is
	// the object; for whom, from where and when are the clause's circumstances. Cut at the first
	// such adjunct when what is left still names something (two content words: "an agreement"
	// alone says nothing, so "an agreement with Iran" stays whole).
	if (relation === 'object') {
		const adjuncts = lang === 'fr' ? FR_ADJUNCT : EN_ADJUNCT;
		let adjunct = adjuncts.exec(text.slice(start, end));
		// "des investissements d’un montant estimé à 1 100 milliards", "spending valued at $40 million":
		// the amount completes the participle; the next adjunct ends the object.
		if (adjunct && VALUED.test(text.slice(start, start + adjunct.index)) && AMOUNT_AFTER.test(text.slice(start + adjunct.index + adjunct[0].length - 1, end))) {
			const from = adjunct.index + adjunct[0].length;
			const next = adjuncts.exec(text.slice(start + from, end));
			adjunct = next ? Object.assign(next, { index: from + next.index }) : null;
		}
		if (adjunct && adjunct.index > 0 && contentWords(wordsOf(text.slice(start, start + adjunct.index))) >= 2) {
			end = start + adjunct.index;
			words = wordsOf(text.slice(start, end));
		}
		// "signed the bill at a special ceremony at Government House last night": one noun before where
		// or when it happened names nothing to ask, and the circumstances are no part of it.
		// ("a inauguré la médiathèque devant les habitants", "opened the exhibition at the museum": a
		// determiner and one long noun name it, as they do alone.)
		else if (adjunct && adjunct.index > 0 && WHERE_OR_WHEN_ADJUNCT.test(adjunct[0])) {
			const head = wordsOf(text.slice(start, start + adjunct.index));
			if (!(head.length === 2 && DETERMINER.test(head[0]) && /^\p{Ll}{6,}$/u.test(head[1]))) return null;
			end = start + adjunct.index;
			words = head;
		}
		// "révoque l’Édit de Nantes octroyé par Henri IV", "repealed the law passed by the former
		// government": who made what was revoked is the participle's, not the object's.
		const agent = REDUCED_RELATIVE.exec(text.slice(start, end));
		if (agent && contentWords(wordsOf(text.slice(start, start + agent.index))) >= 2) {
			end = start + agent.index;
			words = wordsOf(text.slice(start, end));
		}
	}
	// "approved the plan too", "a adopté le budget aussi": the adverb is no part of the object.
	const also = ALSO_AT_END.exec(text.slice(start, end));
	if (also && also.index > 0) {
		end = start + also.index;
		words = wordsOf(text.slice(start, end));
	}
	// Drop a trailing time word ("… dimanche soir", "… on Sunday").
	for (let n = 3; n >= 1; n--) {
		const tail = words.slice(-n).join(' ');
		if (words.length > n && TIME_EDGE.test(tail.replace(/^(?:on|le)\s+/iu, ''))) {
			// Where the last n words start ("on Monday": not the "on" inside "Monday").
			end = start + new RegExp(`(?:[\\s\\u00a0\\u202f]+[^\\s\\u00a0\\u202f]+){${n}}$`, 'u').exec(text.slice(start, end))!.index;
			while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1])) end--;
			if (/(?:^|\s)(?:on|le)$/iu.test(text.slice(start, end))) end = text.slice(0, end).replace(/[\s\u00a0\u202f]+(?:on|le)$/iu, '').length;
			words = wordsOf(text.slice(start, end));
			break;
		}
	}
	// "… near Sarlat in May", "… en mars 2023": when it happened belongs to the clause, not to the answer.
	const dated = TRAILING_DATE.exec(text.slice(start, end)) ?? TRAILING_TIME.exec(text.slice(start, end));
	if (dated && dated.index > 0) {
		end = start + dated.index;
		words = wordsOf(text.slice(start, end));
	}
	// "also dubbed the Oceansat-3 is the primary satellite" (no comma after the name), "named X by
	// researchers": the name ends where the sentence's own verb or the namer starts.
	// (Not inside a title: "intitulé « La vie est belle »", "is called What Was Lost": the verb is written
	// small and outside quotation marks.)
	if (relation === 'name' && !/^[«“"‘']/u.test(text.slice(start, end))) {
		// (Two words at least before the verb: "baptisée Tout va bien" is a title, "baptisé Marion Dufresne a
		// quitté le port" a name and its verb.)
		const verb = words.findIndex((w, i) => (i >= 2 && /^\p{Ll}/u.test(w) && FINITE_AUXILIARIES[lang].has(w)) || (i >= 1 && /^(?:by|par)$/u.test(w)));
		if (verb > 0) {
			end = start + new RegExp(`^(?:[^\\s\\u00a0\\u202f]+[\\s\\u00a0\\u202f]+){${verb}}`, 'u').exec(text.slice(start, end))![0].trimEnd().length;
			words = words.slice(0, verb);
		}
	}
	// "réclame « l'unité » et exprime sa « solidarité »", "asked for the pool to be reopened and
	// suddenly (the council are) ignoring that": a phrase stopped on a determiner, or on an adverb
	// after "and", was cut inside the clause that follows; it ends before that clause's "et"/"and".
	if (CUT_IN_NEXT_CLAUSE[lang].test(text.slice(start, end))) {
		const and = LAST_AND[lang].exec(text.slice(start, end));
		if (!and || and.index === 0) return null;
		end = start + and.index;
		words = wordsOf(text.slice(start, end));
	}
	const phrase = text.slice(start, end);
	if (words.length > MAX_WORDS) return null;
	// "the measures the cabinet plans to implement have already leaked out", "cases is from Wa West": a
	// verb right after the phrase's first word is the sentence's own, the phrase no object (a pronoun
	// before it opens a reported clause: "announced it will devalue the pound"; so does a verb of
	// saying: "announced taxes will rise").
	if (words.length > 1 && FINITE_AUXILIARIES[lang].has(words[1].toLowerCase()) && !/^(?:it|they|he|she|we|il|elle|ils|elles|on)$/iu.test(words[0]) && !SAYING_CUE.test(cueText)) return null;
	// An answer says something: content words beyond determiners and numbers (one is enough only
	// for a name: "a process called outgassing").
	// "une pneumonie", "a landslide": a determiner and one long noun name a cause or an object too.
	const oneNoun = words.length === 2 && DETERMINER.test(words[0]) && /^\p{Ll}{6,}$/u.test(words[1]);
	if (contentWords(words) < (relation === 'name' || oneNoun ? 1 : 2)) return null;
	if (lang === 'fr' && restrictedByQue(phrase, text.slice(end, end + 6))) return null;
	// ("men who've nicknamed themselves taxis": what they call themselves follows the pronoun, a common noun.)
	if (relation === 'name' ? /^(?:pour|for|to|à|de|par|by|in|en|on|sur|themselves|himself|herself|itself|ourselves)(?![\p{L}])/iu.test(phrase) : words.length < 2) return null;
	// "the compensation ordered by the magistrate": a participle before its agent, not a verb and its
	// object; "reçoit avec son mari … le prix": the object comes after the phrase that opens on a preposition.
	if (relation === 'object' && PREPOSITION_OPENING.test(phrase)) return null;
	// "tickets sold out in two days", "opened up a new front": a particle makes another verb.
	if (relation === 'object' && lang === 'en' && PARTICLE_OPENING.test(phrase)) return null;
	// "has been received and will be passed on…": a conjunction opens the next clause, no object;
	// "no tickets were issued as Feuz raced": nor does a subordinator ("as", "while", "lorsque").
	if (/^(?:and|or|but|nor|et|ou|mais|ni|as|while|when|whereas|because|since|if|unless|until|although|though|comme|lorsque?|quand|puisque?|parce|alors|tandis|si)(?![\p{L}])/iu.test(phrase)) return null;
	// "adopté les mesures suivantes :", "approved the following measures:": the list after it says what.
	if (announcesList(phrase, text.slice(end, end + 4))) return null;
	// "ouvre la voie à…", "opened the door to…": an idiom, no object; "a reçu trois cartons", "posted
	// 5 million": a count is asked as a count.
	// ("ont pris soin de…", "a pris part à…": a French verb and a bare noun make one idiom, nothing taken.)
	// ("ont pris la parole", "a pris la fuite", "took the floor", "took the lead": the verb and its noun are
	// one act; "approved the lead contractor", "a inauguré le relais de poste" have an object.)
	if (relation === 'object' && (/^(?:la voie|la porte|the way|the door)(?![\p{L}])/iu.test(phrase) || (TAKING_CUE.test(cueText) && /^(?:la parole|la fuite|le relais|the floor|the lead|the stand)(?![\p{L}])/iu.test(phrase)) || COUNT_FIRST.test(phrase) || BARE_NOUN_IDIOM[lang].test(phrase))) return null;
	// "found guilty of…", "found the man guilty of…", "was found dead": a verdict or a state, nothing discovered.
	// ("a dead whale" was found: an adjective before its noun is the thing's.)
	if (relation === 'object' && /(?:^|[\s\u00a0\u202f])(?:found|finds)$/iu.test(cueText) && VERDICT.test(text.slice(start, Math.min(limit, end + 40)))) return null;
	// "passed the bill" is a vote; "passed Verstappen for the lead" is a race.
	if (relation === 'object' && /(?:^|[\s\u00a0\u202f])passed$/iu.test(cueText) && !/(?<![\p{L}])(?:bill|law|act|resolution|amendment|budget|motion|measure|legislation|ordinance|reform)s?(?![\p{L}])/iu.test(phrase))
		return null;
	// A person or a place is asked as what it is, not as the object of a verb: "grâce à Kentin Mahé".
	if (relation !== 'name' && /^\p{Lu}\p{Ll}+(?:[\s\u00a0\u202f-]+\p{Lu}\p{Ll}+)+$/u.test(phrase)) return null;
	if (relation !== 'name' && /^\p{Lu}\p{Ll}+[\s\u00a0\u202f]+\p{Lu}\p{Ll}+(?:[\s\u00a0\u202f]|$)/u.test(phrase)) return null;
	// "… l’a mis très" (en colère), "a bill allowing…, of": a phrase left on a preposition or an
	// intensifier was cut inside what follows; "the pandemic, but some counties did": a contrast after
	// a comma is another clause.
	if (PREPOSITION_AT_END.test(phrase) || INTENSIFIER_AT_END.test(phrase) || CONTRAST_AFTER_COMMA.test(phrase)) return null;
	return { start, end };
}
const INTENSIFIER_AT_END = /[\s\u00a0\u202f]+(?:très|trop|si|very|so)$/iu;
const ALSO_AT_END = /,?[\s\u00a0\u202f]+(?:aussi|également|too|also|as[\s\u00a0\u202f]+well)$/iu;
const CONTRAST_AFTER_COMMA = /,[\s\u00a0\u202f]*(?:but|mais|yet)[\s\u00a0\u202f]/iu;

// ---- the clause's subject, for a worded question ("What did the council decide to do?") --------

// What may sit between the subject and its verb: an auxiliary, a time, an adverb ("The Lok Sabha
// on Thursday passed", "Researchers have discovered", "Le conseil a finalement voté").
const EN_BETWEEN = new RegExp(
	`(?:${S}+(?:has|have|had|was|were|is|are|also|then|later|finally|recently|quickly|ultimately|previously|eventually|(?:on${S}+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last${S}+(?:week|month|year)))+${S}*$`,
	'iu'
);
// Any other adverb in -ly, in small letters ("The museum team swiftly discovered"; "Hundreds of newly
// discovered coins" leaves "Hundreds of", which is no subject), not a name ("Ruth Connolly") nor a
// noun or an adjective in -ly ("the national assembly approved", "the elderly received").
const EN_LY_ADVERB = new RegExp(`${S}+${LY_ADVERB}${S}*$`, 'u');
const FR_BETWEEN = new RegExp(
	`(?:${S}+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|également|aussi|finalement|enfin|alors|déjà|ensuite)(?:${S}+(?:soir|matin|midi|dernier))?)+${S}*$`,
	'iu'
);
const EN_AUX = /(?:^|[\s\u00a0\u202f])(has|have|had|was|were|is|are)[\s\u00a0\u202f]*$/iu;
const FR_AUX = /(?:^|[\s\u00a0\u202f])(a|ont|avait|avaient)((?:[\s\u00a0\u202f]+(?:d['’]abord|également|aussi|finalement|déjà|enfin|ensuite|alors))*)[\s\u00a0\u202f]*$/iu;
// Where the clause that holds the verb starts: a punctuation mark or a conjunction before it ("and"
// is not one: "Busia, Kasese and Obongi received…" has the whole list for subject).
const CLAUSE_START = /(?:[,;:«»“”"()—–]|(?<![\p{L}])(?:that|which|who|but|when|while|after|before|because|que|qu['’]|qui|mais|quand|lorsque|lorsqu['’]|après|avant|car|dont|où)(?![\p{L}]))(?=[^,;:«»“”"()—–]*$)/giu;
// A subject opens on a determiner (as a whole word), an elided "l’", or a capital.
const SUBJECT_DETERMINERS = `${DETERMINERS}|two|three|four|several|many|some|deux|trois|quatre|plusieurs`;
const SUBJECT_FIRST = new RegExp(`^(?:(?:${SUBJECT_DETERMINERS})(?![\\p{L}])|l['’]|\\p{Lu})`, 'u');
// (And a quantifier: "Qu’ont voté tous les élus ?", not "Tous les élus".)
const DETERMINER_WORD = new RegExp(`^(?:${SUBJECT_DETERMINERS}|l|tous|toutes|tout|toute|chaque|certains|certaines|quelques|all|every|each|both|most)$`, 'u');
// Pronouns (personal, object, indefinite: "Nobody wants to…"), verbs and deictics: no subject to name.
const NOT_IN_SUBJECT =
	/(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|could|should|not|said|says|est|sont|était|sera|ont|avait|pas|ne|n['’]|se|s['’]|y|en|il|elle|ils|elles|on|nous|vous|je|he|she|it|they|we|you|i|him|her|them|us|me|this|that|these|those|cela|ceci|ça|ici|there|here|nobody|no one|everyone|everybody|someone|somebody|anyone|anybody|none|each|personne|chacun|chacune|quelqu['’]un|aucun|aucune|tout le monde)(?![\p{L}])/iu;
const PREPOSITION_FIRST =
	/^(?:in|on|at|for|with|by|from|to|of|after|before|during|since|according|unlike|like|despite|besides|among|including|except|without|dans|en|à|au|aux|pour|par|avec|sur|sous|après|avant|depuis|pendant|selon|de|du|d['’]|chez|vers|malgré|contrairement|comme|parmi|sauf|outre)(?![\p{L}])/iu;

// Plural nouns that open English news sentences as subjects ("Researchers found…").
const COMMON_AGENTS = new Set(
	'researchers scientists officials police experts authorities investigators doctors residents firefighters voters lawmakers ministers leaders students teachers workers protesters prosecutors judges analysts economists engineers astronomers archaeologists divers rescuers volunteers farmers fans critics members senators'.split(' ')
);

export interface Clause {
	agent: string;
	/** The auxiliary right before the cue ("has", "were"), lower case; '' when none. */
	aux: string;
}

/**
 * The plain noun phrase that is the subject of the verb at `at` in the sentence `st` ("Divers
 * discovered…" → "divers", "She said that the council decided…" → "the council"), or null when
 * the subject is a pronoun, a long or punctuated phrase, or not found right before the verb.
 */
export function clauseAgent(st: string, at: number, lang: 'fr' | 'en', text: string): Clause | null {
	let before = st.slice(0, at).replace(/[\s\u00a0\u202f]+$/u, '');
	let aux = '';
	const a = (lang === 'en' ? EN_AUX : FR_AUX).exec(before);
	if (a) {
		aux = a[1].toLowerCase();
		// "L'accusé a d'abord refusé de…": the auxiliary and its adverbs stand between subject and verb.
		if (lang === 'fr') before = before.slice(0, a.index);
	}
	before = before.replace(lang === 'en' ? EN_BETWEEN : FR_BETWEEN, '').replace(/[\s\u00a0\u202f]+$/u, '');
	// (Two in a row: "The board then quietly unanimously approved".)
	for (let k = 0; k < 3 && lang === 'en' && EN_LY_ADVERB.test(before); k++) before = before.replace(EN_LY_ADVERB, '').replace(EN_BETWEEN, '').replace(/[\s\u00a0\u202f]+$/u, '');
	let from = 0;
	CLAUSE_START.lastIndex = 0;
	for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) from = m.index + m[0].length;
	let agent = before.slice(from).trim();
	// "The UK inflation rate rose to 0.7% in March, up from 0.4%, pushed up by…": a participle after a
	// comma tells of the sentence's subject, the phrase before its verb.
	if (!agent && lang === 'en' && /,$/u.test(before)) {
		const subject = SENTENCE_SUBJECT_EN.exec(st);
		if (subject) {
			agent = subject[1];
			from = 0;
		}
	}
	// "Le texte, signé par le ministre, révoque…": the subject stands before its apposition.
	if (!agent && lang === 'fr' && SUBJECT_APPOSITION.test(`${before} `)) {
		agent = before.slice(0, before.indexOf(',')).trim();
		from = 0;
	}
	// "Busia, Kasese, Madi Okollo and Obongi received…": the last items of a list, not the subject.
	if (from > 0 && before[from - 1] === ',' && /(?<![\p{L}])(?:and|et|or|ou)(?![\p{L}])/iu.test(agent)) return null;
	const words = agent.split(/[\s\u00a0\u202f]+/u);
	// ("Cette décision a provoqué…": a subject opening on a French demonstrative names what the sentence before said.)
	if (!agent || words.length > 7 || !(SUBJECT_FIRST.test(agent) || COMMON_AGENTS.has(words[0])) || NOT_IN_SUBJECT.test(agent) || PREPOSITION_FIRST.test(agent) || /^(?:ce|cet|cette|ces)[\s\u00a0]/iu.test(agent)) return null;
	if (lang === 'fr' && /(?<![\p{L}])(?:a|ont|avait|avaient|va|vont|doit|doivent)(?![\p{L}])/iu.test(agent)) return null;
	// A phrase ends on a noun or a name, not on "of", "de" or a determiner, and names something
	// ("Une annonce de…" left "une" alone).
	if (LINK_AT_END.test(agent) || /\d$/u.test(agent) && words.length === 1) return null;
	if (!words.some((w) => /\p{L}{3,}/u.test(w) && !DETERMINER_WORD.test(w.toLowerCase()))) return null;
	// "Divers", "The council" open the sentence with a capital the question does not keep: a common
	// word the article also writes in lower case, or a determiner.
	let shown = agent;
	// (Behind an opening quotation mark too: "« Sa mort a provoqué… », a-t-il ajouté".)
	if ((from === 0 || /^[\s\u00a0«“"‘]+$/u.test(st.slice(0, from))) && /^\p{Lu}/u.test(agent)) {
		const first = words[0].replace(/['’].*$/u, '');
		const lower = first.toLowerCase();
		const common = lang === 'en' && COMMON_AGENTS.has(lower);
		const elsewhere = new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(text);
		if (DETERMINER_WORD.test(lower) || common || elsewhere)
			shown = agent.charAt(0).toLowerCase() + agent.slice(1);
	}
	return { agent: shown.replace(/[\s\u00a0\u202f]+/gu, ' '), aux };
}

// The title of a work after the noun that says what it is: "her novel “Hotel du Lac”", "le film
// “Un simple accident”", "the songs "Jumpsuit" and…".
const WORK_TITLE =
	/(?<![\p{L}])(?:novels?|books?|films?|movies?|albums?|songs?|singles?|plays?|series|operas?|paintings?|poems?|documentar(?:y|ies)|romans?|livres?|chansons?|tubes?|pièces?|séries|opéras?|tableaux?|poèmes?|documentaires?|essais?)[\s\u00a0\u202f]+[«“"‘]+[\s\u00a0\u202f]*([^«»“”"‘’\n]{2,60}?)[\s\u00a0\u202f]*[»”"’]/giu;

/** Relation facts of the article: type 'event', with their relation. */
export function extractRelations(article: Article): Fact[] {
	const text = article.text;
	const lang = article.lang;
	const cueSet = lang === 'fr' ? FR : EN;
	const out: Fact[] = [];
	for (const s of article.sentences) {
		const st = s.text;
		const found: { start: number; end: number; relation: Relation; clause?: Fact['clause'] }[] = [];
		WORK_TITLE.lastIndex = 0;
		for (let m = WORK_TITLE.exec(st); m; m = WORK_TITLE.exec(st)) {
			const start = s.start + m.index + m[0].lastIndexOf(m[1]);
			found.push({ start, end: start + m[1].length, relation: 'name' });
		}
		for (const cue of cueSet.any.test(st) ? cueSet.each : []) {
			cue.re.lastIndex = 0;
			for (let m = cue.re.exec(st); m; m = cue.re.exec(st)) {
				// "is due to tour": a schedule, not a cause.
				if (cue.relation === 'cause' && /(?:is|are|was|were|be)[\s\u00a0\u202f]+$/iu.test(st.slice(Math.max(0, m.index - 8), m.index)) && /^due/iu.test(m[0]))
					continue;
				// "…, a annoncé son agent", "» a révélé le ministre": a verb right after a comma or a quote
				// has its subject after it (an incise), not its object.
				// ("L’édit, signé par le roi en 1685, révoque…": the comma closes the subject's apposition.)
				if (lang === 'fr' && cue.relation === 'object' && /[,»”"][\s\u00a0\u202f]*$/u.test(st.slice(0, m.index)) && !SUBJECT_APPOSITION.test(st.slice(0, m.index))) continue;
				// "Nine confirmed cases are…", "two recorded deaths": a participle after a count is the
				// adjective of the noun it counts, no verb.
				// ("The council in 2019 approved the bypass", "The remaining four approved the budget": a year, or a
				// verb with its object's determiner after it.)
				if (lang === 'en' && cue.relation === 'object' && /ed$/u.test(m[0].trim()) && COUNT_BEFORE.test(st.slice(Math.max(0, m.index - 20), m.index)) && !/(?<!\d)\d{4}[\s\u00a0\u202f]+$/u.test(st.slice(0, m.index)) && /^[\s\u00a0\u202f]*(?!(?:the|a|an|its|their|his|her|this|these|those|that)(?![\p{L}]))\p{Ll}+s(?![\p{L}])/u.test(st.slice(m.index + m[0].length))) continue;
				// "Une annonce d'autant plus…", "cette demande de…": after a determiner the cue is a noun.
				if (lang === 'fr' && DETERMINER_BEFORE.test(st.slice(Math.max(0, m.index - 8), m.index))) continue;
				// ("British-built prisons": a cue glued by a hyphen is part of an adjective.)
				if (HYPHEN_ADJECTIVE_BEFORE.test(st.slice(Math.max(0, m.index - 20), m.index))) continue;
				const at = clausePhrase(text, s.start + m.index + m[0].length, s.end, lang, cue.relation, m[0].trim());
				if (!at) continue;
				const c = clauseAgent(st, m.index, lang, text);
				found.push({ ...at, relation: cue.relation, ...(c ? { clause: { agent: c.agent, aux: c.aux, cue: m[0].trim().replace(/[\s\u00a0\u202f]+/gu, ' ') } } : {}) });
			}
		}
		// Overlapping phrases: the one found from the nearest cue (the shortest) wins.
		found.sort((a, b) => a.end - a.start - (b.end - b.start));
		const kept: typeof found = [];
		for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
		for (const f of kept) {
			const raw = text.slice(f.start, f.end);
			out.push({
				id: `event-${f.start}`,
				type: 'event',
				value: raw.replace(/[\s\u00a0\u202f]+/gu, ' '),
				text: raw,
				start: f.start,
				end: f.end,
				sentence: s.index,
				relation: f.relation,
				...(f.clause ? { clause: f.clause } : {}),
				confidence: 0.6
			});
		}
	}
	return out;
}
