// Names of people, places and organisations, found from capitalisation plus the gazetteer and a
// few context cues. No statistical tagger: compromise is English-only and costs more per sentence
// than the whole budget allows, and news names follow regular surface patterns (title/role before
// the name, gazetteer places, organisation head words, acronyms).
import type { Article, Lang, Sentence } from '../types';
import { CURRENCY_NOUN, CURRENCY_SYMBOL_ALT, currencyCode, DOLLAR_COUNTRY_ALT, HONORIFIC_ALT, LINEAGE_PARTICLES, PERSON_NOUNS_FR, TELLING_EN, TELLING_FR_DONE, TELLING_FR_NOW, TIME_ZONES, WEEKDAY_ALT } from '../text/lexicon';
import {
	demonymCountry,
	firstNameGender,
	foldKey,
	isFirstName,
	isFunctionWord,
	isOtherHead,
	isPlaceFollower,
	placeHeadKind,
	isKnownOrganisation,
	isMonthOrWeekday,
	isOrgHead,
	isRoleWord,
	isTitle,
	lookupPlace,
	multiWordNames,
	orgKindNames,
	roleNames,
	type PlaceKind
} from './gazetteer';
import { B1, escapeRegExp, tidy } from '../text/patterns';
import { CARDINAL_WORD } from '../text/numbers';
import { UNIT_SYMBOL } from '../text/format';
import { isAbbreviation } from '../ingest/segment';

export type NameType = 'person' | 'place' | 'organisation';

export interface Mention {
	type: NameType;
	start: number;
	end: number;
	/** Full name (for people: the full name the article gives, even on a surname-only mention). */
	value: string;
	sentence: number;
	placeKind?: PlaceKind;
	confidence: number;
	/** A title or role directly attached to this mention ("président iranien"). */
	role?: string;
}

export interface NameIndex {
	mentions: Mention[];
	/** Full person name → role found anywhere in the article. */
	roles: Map<string, string>;
	/** Organisation name → kind ("agence de presse iranienne"). */
	orgKinds: Map<string, string>;
	/** Per person, the post words the article says they hold no longer ("Former chief minister X") and those it says they hold. */
	posts?: Map<string, { former: Set<string>; current: Set<string> }>;
}

export interface Tok {
	start: number;
	end: number;
	text: string;
}

const SPACE = '[\\s\\u00a0\\u202f]';
// Dotted acronyms ("U.S."), then words with inner hyphens. Apostrophes split words on purpose:
// "l’Iran" → "l", "Iran"; "Apple’s" → "Apple", "s".
// "O'Connor", "O’Brien": an Irish surname is one word ("Ed O" was a name).
// A Pacific name keeps its glottal stop ("Le’aupepe", "Tu’ilagi"); a contraction ("We’re",
// "Don’t") or a French elision ("Aujourd’hui", "Jusqu’à") does not make one word.
// ("T&T", "AT&T", "S&P": capitals joined by an ampersand are one word; so are "K’Nisha", "N’Golo",
// a capital and its apostrophe before a name, unless it is a French article: "L’Iran", "D’Israël".)
const GLUED_CAPITAL = String.raw`(?![LD])\p{Lu}['’]\p{Lu}`;
const TOKEN = new RegExp(
	String.raw`\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}])|(?:\p{Lu}\.){2,}|(?<![\p{L}])${GLUED_CAPITAL}[\p{L}\p{M}]+|(?<![\p{L}])(?!(?:Aujourd|Jusqu|Lorsqu|Puisqu|Quoiqu|Presqu|Quelqu)['’])\p{Lu}\p{Ll}+['’](?!(?:re|ve|ll)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}]*['’])|[\p{L}\p{M}\p{N}]+(?:[-‐][\p{L}\p{M}\p{N}]+)*`,
	'gu'
);

export function tokenizeWords(text: string, offset: number): Tok[] {
	const out: Tok[] = [];
	TOKEN.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TOKEN.exec(text))) {
		out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
	}
	return out;
}

const UPPER = /^\p{Lu}/u;
const NUMBER_WORD_NAME = new RegExp(`^${CARDINAL_WORD}$`, 'iu');
export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;
// Abbreviations of common nouns, written in capitals: "177 000 € HT", "le PIB", "a CDD", "GDP".
const COMMON_ABBREVIATION = new Set(['HT', 'TTC', 'TVA', 'PIB', 'CDD', 'CDI', 'SMIC', 'PME', 'TPE', 'GDP', 'VAT', 'CEO', 'CFO', 'TV', 'DVD', 'CD', 'ID', 'OK', 'R&D', 'Q&A', 'B&B', 'M&A', 'P&L']);
// Ages of history, written with capitals ("le Moyen Âge", "l’Antiquité", "the Middle Ages"; "Renaissance" is also a party).
const HISTORICAL_PERIOD = /^(?:(?:(?:Haut|Bas)[\s-])?Moyen[\s-][ÂAâa]ge|Antiquité|Préhistoire|Protohistoire|Néolithique|Paléolithique|Mésolithique|Belle[\s-]Époque|Ancien[\s-]Régime|Siècle[\s-]des[\s-]Lumières|(?:(?:Early|Late|High)[\s-])?Middle[\s-]Ages|Dark[\s-]Ages|Antiquity|Prehistory|Neolithic|Paleolithic|Palaeolithic|Bronze[\s-]Age|Iron[\s-]Age|Stone[\s-]Age|(?:Age[\s-]of[\s-](?:the[\s-])?)?Enlightenment|Âge[\s-]d[eu][\s-](?:bronze|fer|pierre))$/u;
const DISEASE = /^(?:covid|sars|mers|ebola|zika|sida|aids|hiv|vih|mpox)$/iu;
/** An English county ("Herefordshire", "North Yorkshire"): a place whatever the gazetteer knows. */
const COUNTY = /^\p{Lu}\p{Ll}{2,}shire$/u;
/** Royal titles by the sex of who bears them. */
const ROYAL_TITLE_SEX = new Map<string, 'f' | 'm'>([
	['Princess', 'f'], ['Queen', 'f'], ['Duchess', 'f'], ['Princesse', 'f'], ['Reine', 'f'], ['Duchesse', 'f'],
	['Prince', 'm'], ['King', 'm'], ['Duke', 'm'], ['Roi', 'm'], ['Duc', 'm']
]);

/** Titles that also name halls, streets and colleges ("Princess Hall", "King Street", "St Mary"). */
const PLACE_TITLE = /^(?:Princess|Prince|Queen|King|Saint|St|Ste|Lord|Duke|Duchess|Sainte)\.?$/u;
/**
 * A name right after the post held in it is the body or the place, never the person: "leader of the
 * centrist Yesh Atid", "a lawmaker with Likud", "chef du parti Renaissance", "membre du Modem".
 */
const BODY_OF_POST = new RegExp(
	`(?<![\\p{L}])(?:leaders?|head|members?|chair(?:man|woman)?|president|founder|co-founder|secretary-general|spokes(?:man|woman|person)|CEO|director|lawmakers?|MPs?|candidates?|deputies|councillors?|chef|membres?|président|présidente|fondateur|fondatrice|porte-parole|directeur|directrice|député|députée|candidat|candidate)${SPACE}+(?:of|with|for|from|du|de${SPACE}+la|de${SPACE}+l['’]|de|des)${SPACE}*(?:(?:the|le|la|les|l['’])${SPACE}*)?(?:(?:parti|party|movement|mouvement|group|groupe|\\p{Ll}+ist|\\p{Ll}+iste)${SPACE}+)?$`,
	'u'
);
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ben', 'al', 'el', 'da', 'di', 'dos', 'das', 'del', 'della', 'le', 'la', 'abu', 'abou', 'mac', 'st', ...LINEAGE_PARTICLES]);
const DE_PARTICLES = new Set(['de', 'du', 'des', 'd']);
// "al-Assad", "el-Sissi", "bin-Laden": lower-case particle glued to a capitalised name.
const LINEAGE = new RegExp(`^(?:${LINEAGE_PARTICLES.join('|')})$`, 'u');
const PARTICLE_NAME = new RegExp(`^(?:al|el|ben|abu|abou|da|di|de|van|von|${LINEAGE_PARTICLES.join('|')})-\\p{Lu}`, 'u');
const DIRECTIONS = new Set(['Nord', 'Sud', 'Est', 'Ouest', 'North', 'South', 'East', 'West', 'Centre', 'Central']);
const CENTRE = new Set(['Centre', 'Central']);
// Head words that are surnames too ("Robert Pool", "Dr. Ikenna Day", "Shirley Temple", "Anthony Causeway").
const SURNAME_HEADS = new Set(['Pool', 'Day', 'Temple', 'Causeway']);
/** The points of the compass that open a place's name in English ("North Dartmouth"). */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const PLACE_HEADS = new Set(['Golfe', 'Mer', 'Place', 'Rue', 'Île', 'Iles', 'Îles', 'Lac', 'Mont', 'Cap', 'Gulf', 'Sea', 'Lake', 'Mount', 'Bay', 'Baie', 'Cathédrale', 'Palais', 'Pont', 'Stade', 'Parc', 'Château', 'Musée', 'Théâtre', 'Boulevard', 'Avenue', 'Province', 'Région', 'État', 'Republic', 'République', 'Kingdom', 'Royaume', 'Oblast']);
/** Titles places are named after the holder of: "King Fahd Causeway", "Imam Reza Shrine". */
const NAMESAKE_TITLE = /^(?:King|Queen|Prince|Princess|Sultan|Emir|Sheikh|Imam|Ayatollah|Shah|Pope|Roi|Reine)$/u;
/** A general's or a president's: only before a facility's head word ("General Mitchell Airport"; "General Robert Hall" is someone). */
const NAMESAKE_OFFICER = /^(?:General|Général|President|Président|Admiral|Marshal|Maréchal)$/u;
const FACILITY_HEAD = /^(?:Airport|Aéroport|Airbase|Stadium|Stade|Bridge|Pont|Square|Avenue|Boulevard|Station|Gare|Hospital|Hôpital|Causeway|Highway|Dam|Barrage)$/u;
const EN_CONNECTORS = new Set(['of', 'for', 'on', '&']);
const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_SYMBOL_ALT})$`, 'u');
const CURRENCY_GLUED = new RegExp(`^(?:${CURRENCY_SYMBOL_ALT})\\d`, 'u');

// Words before a name that say where someone is from or how the sentence opens, no part of the name:
// "Malawian-born", and a French participle opening the sentence ("Nommée", "Baptisé").
const BORN_IN = /\p{Ll}-born$/u;
// (A list, not any word in -é: "Dieudonné", "Honoré", "Désiré" open names.)
const OPENING_PARTICIPLE_FR = /^(?:Nomm|Baptis|Surnomm|Désign|Interrog|Accompagn|Condamn|Intitul|Install|Arriv|Annonc|Présent|Recrut|Invit|Âg)(?:é|ée|és|ées)$/u;
// A place's common noun in lower case after a name ("Gulu Main market was built", "the Naga Heritage
// village, Kisama"; isPlaceFollower's nouns are the ones that follow a place's name whatever comes
// next), the noun ending its phrase ("Stella Nyanzi prison visits" are a person's visits).
const PLACE_NOUN_AFTER = /^[\s\u00a0]+(market|hospital|school|college|road|street|avenue|bridge|station|stadium|airport|district|village|church|mosque|temple|prison|clinic|estate|mine|dam|forest|reserve|beach|ward|sub-county|parish|landfill|junction|roundabout|highway)(?=[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:was|were|is|are|has|had|have|will|would|in|at|on|of|near|which|that|where|and|but|to|for|with|by|from|said|says|holds|held|won|wins|lies|sits|stands|remains|opened|closed|\p{Ll}+ed)(?![\p{L}]))/u;
const LED_BODY_AFTER = /^[\s\u00a0]+(?:government|administration|camp|family|era|regime|cabinet|faction|team|campaign|years)(?![\p{L}])/u;
// A post held to a country or in it, right before the run: "Ambassador to Pakistan X", "ambassadeur en France X".
const POSTED_TO_BEFORE = /(?:^|[\s\u00a0\u202f'’])(\p{L}+)[\s\u00a0\u202f]+(?:to|in|for|à|en|au|auprès[\s\u00a0\u202f]+de)[\s\u00a0\u202f]*$/u;
function postedTo(before: string): boolean {
	const m = POSTED_TO_BEFORE.exec(before);
	// ("l’ambassadrice au Pakistan", "le représentant au Mali", "une envoyée au Soudan".)
	return !!m && (isRoleWord(m[1].toLowerCase()) || /^(?:représentante?s?|envoyée?s?|ambassadrices?)$/u.test(m[1].toLowerCase()));
}
/**
 * A word before a name that is none of it: a nationality ("la Canadienne"), a birthplace in "-born",
 * a place not also a first name ("Pakistan Androulla Kaminara" after "Ambassador to"), or a French
 * participle of the list opening the sentence ("Nommée Marie Durand, …").
 */
function notOfTheName(word: string, sentenceFirst: boolean, lang: Lang): boolean {
	return !!demonymCountry(word) || BORN_IN.test(word) || (!!lookupPlace(word) && !isFirstName(word)) || (lang === 'fr' && sentenceFirst && OPENING_PARTICIPLE_FR.test(word));
}
/** Whether a capitalised run is a currency named by its country: "South Sudanese Pounds", "US Dollars". */
function currencyOfCountry(value: string): boolean {
	const words = value.split(' ');
	if (words.length < 2 || !CURRENCY_NOUN.test(words[words.length - 1])) return false;
	// (Adjectives only: "Jordan Pound" is someone.)
	return words.slice(0, -1).every((w) => !!demonymCountry(w) || COMPASS.has(w) || /^\p{Lu}{1,3}$/u.test(w));
}
// Words after which a lone capitalised word is a place ("à Moscou", "in Tehran").
const PLACE_PREPS = new Set(['à', 'en', 'au', 'aux', 'vers', 'depuis', 'in', 'at', 'to', 'from', 'near', 'into', 'across']);
const LOCATIVE = new Set(['en', 'au', 'aux', 'in', 'at', 'near', 'into', 'across']);
// Before a known place's name, what keeps it the place though someone bears it: "à Évora", "in Colombo", "the city of Cork".
const PLACE_WORD_BEFORE = new Set([...PLACE_PREPS, 'dans', 'of']);
const ORG_ARTICLES = new Set(['le', 'la', 'l', 'the', 'du', 'au']);
// The ending of a French adjective, as one after an organisation's head ("nationale", "suprême", "constitutionnel").
// (Not the verbs "appelle", "rappelle", "interpelle", "renouvelle": "l’Agence rappelle à la population…".)
const FR_ADJECTIVE_AFTER_HEAD = /(?:al|ale|aux|ales|el|(?<!pp|rp|enouv)elle|els|(?<!pp|rp|enouv)elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ique|iques|aire|aires|if|ive|ifs|ives|eur|eure|eurs|é|ée|és|ées|ant|ante|ants|antes|ent|ente|ents|entes|ain|aine|ains|aines|ais|aise|ois|oise|ier|ière|iers|ières|ème|comptable|comptables|durable|durables|responsable|responsables|suprême|mixte|unie|unies|civile?s?|libre|libres|ouvert|ouverte|populaire|démocratique)$/u;
const MONTH_FIRST_NAMES = /^(?:April|May|June|August)$/u;
const TIME_WORD_BEFORE = /(?<![\p{L}])(?:in|on|since|by|until|till|during|from|to|of|last|next|early|late|mid|this|every|each|through|before|after)[\s\u00a0\u202f-]*$/iu;
const AUX_STOPS = new Set(['a', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'avait', 'avaient', 'aurait', 'serait', 'fait', 'qui', 'que', 'dont', 'où', 'dans', 'sur', 'avec', 'par', 'contre', 'entre', 'selon', 'après', 'avant', 'lors']);
const NEXT_WORD = /^[\s\u00a0\u202f]+([\p{L}\p{M}]+)/u;
const CONNECTOR = /^(?:de|du|des|d|la|le|l|of|for|on|and|et|pour|&)$/iu;
const SPEECH_AFTER = /^[\s,]*(?:a|ont|avait|aurait)?\s*(?:déclaré|dit|affirmé|annoncé|indiqué|expliqué|estimé|souligné|précisé|ajouté|said|says|added|told|announced|stated)\b/u;

// "Seventy-eight-year-old Albert Johnson", "Forty-year-olds": an age opening a sentence, no name.
const AGE_WORD = /-years?-olds?$/iu;

function isCap(t: Tok): boolean {
	return (UPPER.test(t.text) || PARTICLE_NAME.test(t.text)) && !AGE_WORD.test(t.text);
}

function gapOf(text: string, a: Tok, b: Tok, base: number): string {
	return text.slice(a.end - base, b.start - base);
}

function isSpaceGap(g: string): boolean {
	return g.length > 0 && g.length <= 2 && /^[\s\u00a0\u202f]+$/u.test(g);
}

/** A small word inside a French body's name: "de", "la", "l", "et", "pour" ("Agence nationale pour l’emploi"). */
function nameParticle(lw: string): boolean {
	return DE_PARTICLES.has(lw) || lw === 'la' || lw === 'l' || lw === 'et' || lw === 'pour';
}

// "de soulever", "d'ouvrir": "de" and an infinitive (not a noun in -ier, "avenir", "mer", "cancer"…).
const DE_INFINITIVE = /^[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d['’])(?!(?:avenir|loisir|plaisir|désir|souvenir|cuir|mer|fer|hiver|cancer|enfer|laser|super|poker|leader|master|hier|amer|cher)(?![\p{L}]))\p{Ll}{2,}(?:[^i\s]er|ir)(?![\p{L}])/u;

/** Whether a word ends a name: punctuation, the end, or "de/du/des" after it ("francophone des immigrants"). */
function closesName(text: string, tok: Tok, base: number): boolean {
	return /^(?:[\s\u00a0\u202f]*(?:[,.;:!?)»”"]|$)|[\s\u00a0\u202f]+(?:(?:de|du|des)(?![\p{L}])|d['’]|\())/u.test(text.slice(tok.end - base, tok.end - base + 6));
}

/** Multi-word gazetteer names (with flexible spaces and apostrophes), longest first. */
const MULTI = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${alternation(multiWordNames())})(?![\\p{L}\\p{N}])`,
	'gu'
);

const COLLECTIVE_OWNER = /^(?:People|Peoples|Children|Women|Men|Girls|Boys)$/u;
/** Capitalised words right after a gazetteer place, up to four, possibly a body's name ("… Electoral Commission", "… People’s Movement"). */
const ORG_AFTER_PLACE = /^[\s\u00a0]((?:\p{Lu}[\p{L}\p{M}-]*(?:['’]s)?[\s\u00a0]){0,3}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}'’])/u;

interface Candidate {
	type: NameType;
	start: number;
	end: number;
	value: string;
	placeKind?: PlaceKind;
	confidence: number;
	role?: string;
	/** Had a personal title (M., Mme, Mr) or a capitalised role word before it. */
	titled?: boolean;
	single?: boolean;
	prevWord?: string;
	/** Preceded by "de la", "du": a complement ("ministres de la Défense"), not a name on its own. */
	afterDe?: boolean;
	nextText?: string;
	/** A multi-word person name with no evidence yet (no first name, title or role). */
	unverified?: boolean;
	/** A single clause-initial word: kept only when it is the surname of a person named elsewhere. */
	initialOnly?: boolean;
}

function classifyKnown(value: string): Pick<Candidate, 'type' | 'placeKind'> | null {
	if (isKnownOrganisation(value)) return { type: 'organisation' };
	const p = lookupPlace(value);
	if (p) return { type: 'place', placeKind: p.kind };
	return null;
}

/** Capitalised words seen after the first word of a clause: evidence a sentence-initial word is a name. */
function midSentenceCaps(article: Article): Set<string> {
	const set = new Set<string>();
	const re = /[\p{Ll},;]\s+(\p{Lu}[\p{L}\p{M}-]+)/gu;
	for (const s of article.sentences) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(s.text))) set.add(m[1]);
	}
	return set;
}

// "Current Swapo chief whip…", "Former Senator…": an English adjective of time opening a clause
// (French "Nouveau Centre", "Ancienne Belgique" are names).
const TIME_QUALIFIER = /^(?:Current|Former|Late|Acting|Outgoing|Incoming|Interim|Then|Retired|Longtime)$/u;
// "Compatriot Anna Berg led…", "Teammate Ola Brun fell": who the person is to someone named before,
// opening the clause, is no part of the name (and no post).
// ("Fellow Democrat Ann Reid", "Rival Foods": a word that may open a longer name is left alone.)
const RELATION_OPENER = /^(?:Compatriot|Countryman|Countrywoman|Teammate|Team-mate)$/u;

const CONTRACTION_AFTER = /^['’]t(?![\p{L}])/u;
// Before a currency's code: its amount ("964,8 millions de", "3 millions", "40") or "francs".
const AMOUNT_OR_FRANCS_BEFORE = /(?:\d|(?<![\p{L}])(?:millions?|milliards?|billions?|thousand|mille|mio|mia))[\s\u00a0\u202f]*(?:(?:de|d['’])[\s\u00a0]*)?$|(?<![\p{L}])(?:francs?|F\.?)[\s\u00a0]+$/iu;
// (Not "that": "police said that Tshepo Mokoena…" introduces a clause.)
const DEMONSTRATIVE = /^(?:this|these|those|ce|cet|cette|ces)$/u;
// A ministry's or a department's topic before a post ("Finance Minister", "Health Secretary").
const DEPARTMENT = /^(?:Finance|Commerce|Trade|Foreign|Defence|Defense|Health|Education|Interior|Justice|Home|Energy|Transport|Agriculture|Culture|Labour|Labor|Environment|Economy|Tourism|Information|Sports|Youth|Water|Housing|Industry|Mines|Mining|Fisheries|Planning|Treasury|Budget|Works|Communications)$/u;
// A town's body or officer before "de"/"of" and the town's name ("la municipalité de", "the mayor of").
const CIVIC_DE_BEFORE = /(?<![\p{L}])(?:municipalité|commune|ville|mairie|maire|préfet|préfecture|gouverneur|gouvernorat|wilaya|conseil[\s\u00a0]+municipal|municipality|council|mayor|governor|city|town)[\s\u00a0]+(?:de|d['’]|of)[\s\u00a0]*$/iu;
const FR_DEMONYM_ENDING = /(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine)s?$/u;
/** "Brazzavillois", "Dakaroise", "Lyonnais": a word made from a known town's name with a demonym's ending ("Cyprien", "Ghislain" are not). */
function townDemonym(word: string): boolean {
	if (!/^\p{Lu}\p{Ll}{2,}/u.test(word) || !FR_DEMONYM_ENDING.test(word)) return false;
	const stem = word.replace(FR_DEMONYM_ENDING, '');
	// (The town may end in a silent "e", or double its last consonant before the ending: "Lyon" → "Lyonnais".)
	return [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1')].some((w) => lookupPlace(w)?.kind === 'city');
}
const PERSON_NOUN_FR = new RegExp(`^(?:${PERSON_NOUNS_FR})$`, 'u');
/** A person's noun ("l’artiste", "le chanteur") right before, or an article before a full name of `words` words with its demonym. */
function personNounBefore(before: string, words: number): boolean {
	const noun = (/([\p{L}-]+)[\s\u00a0]+$/u.exec(before)?.[1] ?? '').toLowerCase();
	return isRoleWord(noun) || PERSON_NOUN_FR.test(noun) || ((/^(?:la|le|les)$/u.test(noun) || /(?<![\p{L}])[Ll]['’]$/u.test(before)) && words >= 3);
}
// "Under Croall’s leadership, …", "Malgré Dupont, …": a preposition opening a clause is capitalised
// as the sentence's first word, no part of the name after it ("After", "Before", "Selon", "Sous" are
// function words, dropped anyway; these are not).
const OPENING_PREPOSITION = /^(?:Under|Despite|During|Without|Through|Throughout|Among|Amid|Unlike|Following|Beyond|Behind|Against|Toward|Towards|Upon|Within|Across|Beside|Besides|Alongside|Malgré|Pendant|Durant|Sans|Contre|Parmi|Envers|Outre|Hormis|Dès|Derrière|Auprès)$/u;
// The verbs in -ing that open an English clause before a name ("Meeting X’s…", "Joining X on…").
const OPENING_GERUND = /^(?:Meeting|Joining|Addressing|Speaking|Visiting|Welcoming|Thanking|Congratulating|Praising|Quoting|Citing|Replacing|Succeeding|Accompanying|Facing|Beating|Defeating|Hosting|Interviewing|Introducing|Honou?ring|Remembering|Describing|Calling|Urging|Asking|Telling|Critici[sz]ing|Backing|Supporting|Opposing|Appointing|Naming|Nominating|Electing|Including|Featuring|Starring|Helping|Representing|Contacting|Echoing|Recalling|Rejecting|Reacting|Responding|Writing|Reporting|Announcing|Confirming|Receiving|Greeting|Hailing|Blaming|Accusing|Defending|Challenging|Arresting|Charging|Sentencing|Convicting|Acquitting)$/u;
// "la sortante Verte Fabienne Fischer", "Democrat Joe Manchin": a party's member, written as a noun
// before the name, says which side the person is on and is no part of the name.
const PARTY_MEMBER = /^(?:Vert|Verte|Verts|Vertes|Socialiste|Écologiste|Ecologiste|Républicaine?|Démocrate|Libérale?|Centriste|Insoumise?|Communiste|Travailliste|Conservat(?:eur|rice)|Radicale?|Green|Democrat|Republican|Labour|Tory|Liberal|Conservative)s?$/u;
/** Words of events, titles and firms that follow a nationality without being a name ("Grand Prix", "Open"). */
const NOT_A_NAME = /^(?:Grand|Prix|Open|Cup|Championships?|Games|League|Series|Rally|Masters|Classic|Tour|Navy|Army|Air|Force|Government|Parliament|Embassy|Airways|Airlines|Rail|Railways?|Pacific|Atlantic|Museum|Gallery|Society|Academy|Institute|Association|Federation|Union|Party|Council|Press|Broadcasting|Television|Radio|Post|Times|Express|Telegraph|Journal|Bank|Group|Holdings|Motors|Energy|Oil|Gas|Steel|Medical|Red|Cross|Cancer|Heart|Health|Home|Office|Central|National|Royal|Federal|Supreme|High|Court|Football|Rugby|Cricket|Hockey|Basketball|Tennis|Swimming|Athletics|Olympic|Paralympic|Olympics|Paralympics|Women|Men|Youth|Junior|Senior|Team|Squad)$/u;

function candidatesIn(sentence: Sentence, lang: Lang, midCaps: Set<string>): Candidate[] {
	const text = sentence.text;
	const base = sentence.start;
	const out: Candidate[] = [];
	const claimed: [number, number][] = [];

	MULTI.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = MULTI.exec(text))) {
		const value = m[0].replace(/[\s\u00a0\u202f]+/g, ' ');
		// "Don't", "Won't": a contraction, not the river Don.
		if (CONTRACTION_AFTER.test(text.slice(m.index + m[0].length))) continue;
		const k = classifyKnown(value);
		if (!k) continue;
		// "bande de Gaza" in lower case is fine, but a lower-case match of a capitalised name is not.
		const start = base + m.index;
		// "the Trinidad and Tobago Football Association": a place's name opening a body's name.
		const body = k.type === 'place' ? ORG_AFTER_PLACE.exec(text.slice(m.index + m[0].length)) : null;
		// ("The United States Department of Justice": a name that goes on past "of" is read the usual way.)
		const goesOn = body && /^[\s\u00a0]+(?:of|de|du|des|d['’])[\s\u00a0]*\p{Lu}/u.test(text.slice(m.index + m[0].length + body[0].length));
		if (body && !goesOn && body[1].split(/[\s\u00a0]+/u).some(isOrgHead)) {
			const end = start + m[0].length + body[0].length;
			out.push({ type: 'organisation', start, end, value: `${value} ${body[1].replace(/[\s\u00a0]+/gu, ' ')}`, confidence: 0.9 });
			claimed.push([start, end]);
			continue;
		}
		out.push({ ...k, start, end: start + m[0].length, value, confidence: 0.95 });
		claimed.push([start, start + m[0].length]);
	}
	const isClaimed = (t: Tok) => claimed.some(([s, e]) => t.start < e && t.end > s);

	const toks = tokenizeWords(text, base);
	// "representing L’Esterre", "L'Anse aux Meadows": in English a French article glued to a
	// capital is part of the place's name; in French too inside a sentence ("le maire de
	// L’Haÿ-les-Roses", "selon L’Express"), where an article is written in lower case.
	for (let i = toks.length - 2; i >= 0; i--) {
		if (toks[i].text === 'L' && /^['’]$/u.test(gapOf(text, toks[i], toks[i + 1], base)) && isCap(toks[i + 1])) {
			if (lang === 'en' || /[\p{Ll},][\s\u00a0]+$/u.test(text.slice(0, toks[i].start - base))) {
				toks.splice(i, 2, { start: toks[i].start, end: toks[i + 1].end, text: text.slice(toks[i].start - base, toks[i + 1].end - base) });
			}
		}
	}
	// A Title Case headline ("High Court Dismisses Lower Court’s Judgement") capitalises verbs and
	// nouns alike: only the names the gazetteer knows are read from it.
	if (sentence.paragraph === 0) {
		const words = toks.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
		if (words.length >= 3 && words.every(isCap)) return out;
	}
	let i = 0;
	while (i < toks.length) {
		const t = toks[i];
		if (isClaimed(t) || !isCap(t) || CONTRACTION_AFTER.test(text.slice(t.end - base))) {
			i++;
			continue;
		}
		// "sur 8 Km Dames", "a 10 Km race": a unit written with a capital after its number opens no name,
		// nor does the half of the day after an hour ("at 9 AM"). (Not after a year: "met in 2019 Ha Jin".)
		if (t.text.length > 1 && (UNIT_SYMBOL.test(t.text) || /^[AP]M$/u.test(t.text)) && /(?<!\d{3})\d[\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, t.start - base - 6), t.start - base))) {
			i++;
			continue;
		}
		// Clause-initial: first word of the sentence, or after an opening quote, colon or dash.
		const before = text.slice(Math.max(0, t.start - base - 4), t.start - base);
		const clauseInitial = t.start - base < 4 ? /^[\s\u00a0\u202f«“"(]*$/u.test(before) : /(?:[«“"(:—–]|[.!?]\s)[\s\u00a0\u202f]*$/u.test(before);
		// Gather the capitalised run, with name particles and connectors between capitals.
		const seq: Tok[] = [t];
		let j = i + 1;
		while (j < toks.length) {
			const prev = seq[seq.length - 1];
			const nx = toks[j];
			if (isClaimed(nx)) break;
			const g = gapOf(text, prev, nx, base);
			// "M. Poutine", "Dr. Jane Holt": a title's dot does not end the name.
			// "Kimba M. Wood", "George W. Bush", "J. Robert Oppenheimer": an initial's dot neither;
			// "St. Thomas's Hospital", "Mt. Hood": nor an abbreviation's.
			const titleDot =
				/^\.[\s\u00a0\u202f]{1,2}$/u.test(g) && (isTitle(prev.text) || isTitle(prev.text + '.') || /^\p{Lu}$/u.test(prev.text) || isAbbreviation(prev.text));
			// "Kanifing Magistrates’ Court", "Veterans' Affairs": a plural possessive inside a name.
			const possessive = /^['’][\s\u00a0\u202f]$/u.test(g) && /s$/u.test(prev.text) && seq.length > 1;
			if (isCap(nx) && (isSpaceGap(g) || titleDot || possessive)) {
				seq.push(nx);
				j++;
				continue;
			}
			// "the Barbuda People’s Movement", "Great Ormond Street Children’s Hospital": a collective
			// noun's possessive inside a body's name ("Apple’s Tim Cook" is two names).
			const owned = toks[j + 1];
			if (/^['’]$/u.test(g) && nx.text === 's' && COLLECTIVE_OWNER.test(prev.text) && owned && isCap(owned) && isSpaceGap(gapOf(text, nx, owned, base))) {
				seq.push(nx, owned);
				j += 2;
				continue;
			}
			// Particles and connectors: only when a capitalised word follows.
			const after = toks[j + 1];
			const after2 = toks[j + 2];
			const lw = nx.text;
			if (isSpaceGap(g) && after && isCap(after) && !isClaimed(after)) {
				const g2 = gapOf(text, nx, after, base);
				const glued = isSpaceGap(g2) || (/^['’]$/.test(g2) && lw.toLowerCase() === 'd');
				if (glued) {
					const headIsOrg = seq.some((s) => isOrgHead(s.text)) || PLACE_HEADS.has(seq[0].text);
					const leftKnown = classifyKnown(seq.map((s) => s.text).join(' '));
					if (NAME_PARTICLES.has(lw) && !(lw === 'la' || lw === 'le') && !leftKnown) {
						seq.push(nx, after);
						j += 2;
						continue;
					}
					if (DE_PARTICLES.has(lw) || lw === 'la') {
						const rightIsPlace = !!lookupPlace(after.text);
						if (headIsOrg || DIRECTIONS.has(after.text) || (seq.length === 1 && !leftKnown && !rightIsPlace && !isFunctionWord(seq[0].text) && !clauseInitial)) {
							seq.push(nx, after);
							j += 2;
							continue;
						}
					}
					// "Richard of Cornwall", "Catherine of Aragon": a first name and where its bearer is from.
					const ofPlace = lang === 'en' && lw === 'of' && seq.length === 1 && !clauseInitial && isFirstName(seq[0].text) && !after2?.text.match(/^\p{Lu}/u);
					if ((lang === 'en' && EN_CONNECTORS.has(lw) && headIsOrg && !isMonthOrWeekday(after.text)) || ofPlace) {
						seq.push(nx, after);
						j += 2;
						continue;
					}
				}
				// "de la Défense", "de l’Intérieur" after an organisation head.
			}
			if (
				isSpaceGap(g) &&
				(lw === 'de' || lw === 'of') &&
				after &&
				(after.text === 'la' || after.text === 'l' || after.text === 'the') &&
				after2 &&
				isCap(after2) &&
				seq.some((s) => isOrgHead(s.text) || PLACE_HEADS.has(s.text))
			) {
				seq.push(nx, after, after2);
				j += 3;
				continue;
			}
			break;
		}
		// "Orange Prize-winning novelist", "London-based firm": a compound adjective, not a name.
		if (/[-‑](?:winning|based|born|led|backed|owned|funded|made|bound|style|era|class|type)$/iu.test(seq[seq.length - 1].text)) {
			i = j;
			continue;
		}
		// French organisation names with lower-case words: "Agence nationale de sécurité du médicament".
		// ("La Cour suprême" opening a sentence: the capitalised article is dropped further down.)
		// (A building's or a park's too: "au Palais législatif de Montevideo", "le Parc national du W".)
		if (lang === 'fr' && (seq.length === 1 || (seq.length === 2 && /^(?:La|Le|Les|L['’]|Au|Aux|Du|Des)$/u.test(seq[0].text))) && (isOrgHead(seq[seq.length - 1].text) || PLACE_HEADS.has(seq[seq.length - 1].text))) {
			let k = j;
			let lastGood = j - 1;
			let words = 0;
			let afterParticle = false;
			while (k < toks.length && words < 8) {
				const nx = toks[k];
				const g = gapOf(text, toks[k - 1], nx, base);
				if (!(isSpaceGap(g) || /^['’]$/.test(g))) break;
				const lw = nx.text.toLowerCase();
				if (AUX_STOPS.has(lw) || isMonthOrWeekday(lw) || /\d/.test(lw)) break;
				if (nameParticle(lw)) {
					// "Agence nationale pour l’emploi", "Fonds pour la recherche": a name's "pour" takes an
					// article or a capital; "au Parlement pour adoption" is the name and its purpose.
					const next = toks[k + 1];
					if (lw === 'pour' && next && /^\p{Ll}/u.test(next.text) && !/^(?:le|la|les|l|un|une|des|du)$/u.test(next.text.toLowerCase())) break;
					// ("Ministère de l’Économie et des Finances", "Transition écologique et solidaire", "Union des villes
					// et communes": after "et", an article, a capital, an adjective or a plural beside a plural;
					// "l’Autorité palestinienne et établisse un cadre" is a verb.)
					const plurals = () => /[sx]$/u.test(toks[k - 1].text) && /[sx]$/u.test(next.text);
					if (lw === 'et' && next && /^\p{Ll}/u.test(next.text) && !nameParticle(next.text.toLowerCase()) && !/^(?:les|des|du)$/u.test(next.text) && !FR_ADJECTIVE_AFTER_HEAD.test(next.text) && !plurals()) break;
					afterParticle = true;
					k++;
					continue;
				}
				if (isFunctionWord(lw)) break;
				// An adverb ends the name, with the participle it qualifies: "la Cour constitutionnelle
				// conformément à…", "Président du Conseil désigné conformément aux lois".
				// ("l’Organisation mondiale de la santé notamment": a noun after "de la" is no participle.)
				if (!afterParticle && /\p{Ll}{3,}ment$/u.test(lw)) {
					if (lastGood >= j && !nameParticle(toks[lastGood - 1].text.toLowerCase()) && /(?:é|ée|és|ées)$/u.test(toks[lastGood].text)) lastGood--;
					break;
				}
				// A small word is an adjective of the name ("Cour suprême", "Assemblée nationale"), the
				// noun of its complement ("de sécurité du médicament") or a last adjective closing it ("d’art
				// moderne", "des mouvements socialistes,"); else the name has ended: "la Cour balaie les
				// chefs…", "le Tribunal fédéral estime que…", "… de Lausanne doit se récuser".
				// ("le projet de Place des congrès continue de soulever…": a word before "de" and an infinitive is a verb.)
				if (!/^\p{Lu}/u.test(nx.text) && !FR_ADJECTIVE_AFTER_HEAD.test(lw) && !afterParticle && (k === j || !closesName(text, nx, base) || DE_INFINITIVE.test(text.slice(nx.end - base, nx.end - base + 30)))) break;
				afterParticle = false;
				lastGood = k;
				k++;
				words++;
			}
			if (lastGood >= j) {
				for (let q = j; q <= lastGood; q++) seq.push(toks[q]);
				j = lastGood + 1;
			}
		}
		i = j;

		// Drop clause-initial function words ("Le Kremlin", "Selon Vladimir Poutine").
		let s0 = 0;
		// "the association’s director June Isaacs said": a month that is also a first name, before one
		// surname, after no word of time ("in June Parliament…", "last May"), is a first name.
		const monthName =
			lang === 'en' &&
			seq.length === 2 &&
			MONTH_FIRST_NAMES.test(seq[0].text) &&
			!clauseInitial &&
			!TIME_WORD_BEFORE.test(text.slice(Math.max(0, t.start - base - 12), t.start - base)) &&
			!lookupPlace(seq[1].text) &&
			!isOrgHead(seq[1].text) &&
			!isMonthOrWeekday(seq[1].text);
		// (A capitalised preposition opens a name too: "Under Armour said…"; only one whose run ends on a
		// possessive or a comma is the clause's: "Under Croall’s leadership,", "Malgré Dupont, le…".)
		const prepositionOpens = clauseInitial && OPENING_PREPOSITION.test(seq[0].text) && /^(?:['’]s(?![\p{L}])|[\s\u00a0]*,)/u.test(text.slice(seq[seq.length - 1].end - base, seq[seq.length - 1].end - base + 3));
		while (!monthName && s0 < seq.length && (isFunctionWord(seq[s0].text) || isMonthOrWeekday(seq[s0].text) || (prepositionOpens && s0 === 0))) {
			if (!clauseInitial && s0 === 0 && !isFunctionWord(seq[0].text) && !isMonthOrWeekday(seq[0].text)) break;
			// "Mr Davoile said": a title before a name opens it ("Dear Mr" alone stays a greeting).
			if (s0 < seq.length - 1 && isTitle(seq[s0].text) && !isFunctionWord(seq[s0 + 1].text)) break;
			s0++;
		}
		// "Current Swapo chief whip…", "Former Senator Ann Reid…": an adjective of time opening the
		// clause qualifies the post or the body after it, no name; "Compatriot Lars Eide…" says who
		// the person is to someone named before.
		if (clauseInitial && s0 === 0 && seq.length > 1 && (TIME_QUALIFIER.test(seq[0].text) || RELATION_OPENER.test(seq[0].text))) s0 = 1;
		// "Fellow Democrat Ann Reid", "Fellow Briton Emma Raducanu": the party or the country goes too.
		else if (clauseInitial && s0 === 0 && seq.length > 3 && seq[0].text === 'Fellow' && (PARTY_MEMBER.test(seq[1].text) || !!demonymCountry(seq[1].text))) s0 = 2;
		// "Meeting Oakridge’s Tom Hale…", "Joining Hale on the estate was…", "Addressing Parliament, Jones…":
		// an English clause opening on a verb in -ing governs the name after it ("Sterling Brown" is a name).
		if (lang === 'en' && clauseInitial && s0 === 0 && seq.length > 1 && OPENING_GERUND.test(seq[0].text)) s0 = 1;
		let parts = seq.slice(s0);
		// "a mis K-O Eumeu Sène": a knockout is no part of the name after it.
		while (parts.length > 1 && /^K-?O$/u.test(parts[0].text)) parts = parts.slice(1);
		if (parts.length > 1 && clockHour(parts[0].text, text.slice(Math.max(0, parts[0].start - base - 3), parts[0].start - base))) parts = parts.slice(1);
		// Trailing connectors never end a name.
		while (parts.length && !isCap(parts[parts.length - 1]) && CONNECTOR.test(parts[parts.length - 1].text)) parts = parts.slice(0, -1);
		// "sentenced in Grand Court Tuesday": the day after a name is when, not part of it.
		// ("Black Friday", "Super Tuesday" are two words of one name.)
		// ("in Grenada Tuesday": a known place and the day after it, two words.)
		if (parts.length >= 2 && WEEKDAY_EN.test(parts[parts.length - 1].text) && (parts.length > 2 || lookupPlace(parts[0].text))) parts = parts.slice(0, -1);
		// "a nommé Ousmane Sonko Premier ministre": a capital opening the post after the name is the post's.
		if (parts.length > 2) {
			const next = NEXT_WORD.exec(text.slice(parts[parts.length - 1].end - base, parts[parts.length - 1].end - base + 30))?.[1];
			if (next && /^\p{Ll}/u.test(next) && isRoleWord(`${parts[parts.length - 1].text} ${next}`.toLowerCase())) parts = parts.slice(0, -1);
		}
		if (!parts.length) continue;
		// Titles and capitalised roles ("M.", "Dr", "Prime Minister", "Russian President").
		let titled = false;
		let rolePrefix: string | undefined;
		let royalFirstName = false;
		let p0 = 0;
		const runStart = parts[0].start;
		// "Montana Secretary of State Christi Jacobsen", "the Chief of Staff Jeff Zients": the run's first
		// word ends a post that the words before it open; the name comes after it. (French "ministre
		// d’État X" is POST_D_ETAT's, below.)
		// ("Secretary of State for Health and Social Care Matt Hancock": a portfolio joined by "and" cut the
		// run; the post opens before it.)
		const postText = (back: number) => text.slice(Math.max(0, parts[0].start - base - back), parts[0].start - base);
		const ofBefore = parts.length > 1 ? (POST_OF_BEFORE.exec(postText(24)) ?? (parts.length >= 3 ? POST_OF_AND_BEFORE.exec(postText(80)) : null)) : null;
		const postFor = ofBefore?.[2].toLowerCase() === 'for' && !ofBefore[3];
		const field = ofBefore ? postField(ofBefore, parts, text.slice(parts[parts.length - 1].end - base, parts[parts.length - 1].end - base + 30)) : 0;
		if (ofBefore && field > 0 && field <= parts.length - (postFor ? 2 : 1)) {
			rolePrefix = `${ofBefore[0].trim().replace(/[\s\u00a0]+/gu, ' ')} ${text.slice(parts[0].start - base, parts[field - 1].end - base)}`;
			titled = true;
			p0 = field;
		}
		// "l’ancien ministre (péroniste) de l’Économie Sergio Massa": the ministry's word ends the post,
		// the name comes after it (it was "Économie Sergio Massa", a person).
		const deBefore = lang === 'fr' && !titled && parts.length > 2 && DEPARTMENT_FR.test(parts[0].text) ? POST_DE_BEFORE.exec(text.slice(Math.max(0, parts[0].start - base - 40), parts[0].start - base)) : null;
		// (The regex's first word is the post, an adjective or a second word after it: "ministre péroniste
		// de l’…", "directeur général de la…"; or the article before it: "Le ministre de l’…".)
		const post = !deBefore ? null : isRoleWord(deBefore[1].toLowerCase()) ? deBefore[0] : deBefore[2] && isRoleWord(deBefore[2].toLowerCase()) ? deBefore[0].slice(deBefore[0].indexOf(deBefore[2], deBefore[1].length)) : null;
		if (post) {
			rolePrefix = `${post.trim()}${/['’]$/u.test(post) ? '' : ' '}${parts[0].text}`;
			titled = true;
			p0 = 1;
		}
		while (p0 < parts.length - 1) {
			const w = parts[p0].text;
			const dotted = text[parts[p0].end - base] === '.';
			// "SE Mohamed Bazoum" (Son Excellence): an honorific before a first name ("SE Division
			// Street" is an address, "S.E. Hinton" a writer's initials).
			// "M. D. Mahindapala": in English an "M." before another initial is the first of the initials, not
			// "Monsieur" ("M. A. Diallo" in French is).
			if (lang === 'en' && w === 'M' && dotted && /^\p{Lu}$/u.test(parts[p0 + 1].text) && text[parts[p0 + 1].end - base] === '.') break;
			// "Princess John" (a carnival committee's chairwoman): a woman's title before a man's first
			// name (or a man's before a woman's) is the person's own first name, not a title.
			const royal = ROYAL_TITLE_SEX.get(w);
			const nextSex = royal && p0 + 1 < parts.length ? firstNameGender(parts[p0 + 1].text) : undefined;
			if (royal && nextSex && nextSex !== royal) {
				royalFirstName = true;
				break;
			}
			const honorific = w === 'SE' && isFirstName(parts[p0 + 1].text);
			if (isTitle(w) || isTitle(w + '.') || (dotted && isTitle(w + '.')) || honorific) {
				titled = true;
				p0++;
				continue;
			}
			let roleLen = 0;
			for (let L = Math.min(4, parts.length - 1 - p0); L >= 1; L--) {
				const phrase = parts.slice(p0, p0 + L).map((x) => x.text).join(' ');
				if (isRoleWord(phrase)) {
					roleLen = L;
					break;
				}
			}
			if (roleLen) {
				const phrase = text.slice(parts[0].start - base, parts[p0 + roleLen - 1].end - base);
				rolePrefix = phrase;
				titled = true;
				p0 += roleLen;
				continue;
			}
			// "Malawian-born Vincent Harrington", "Paris-born X": where someone was born is no part of the
			// name; nor is the place a post is held to ("EU Ambassador to Pakistan Androulla Kaminara"), nor
			// a French participle of a list opening the sentence ("Nommée Marie Durand, la directrice…";
			// "Dieudonné Kamba" stays whole): notOfTheName.
			const sentenceFirst = p0 === 0 && parts[0].start - base === 0;
			// (A place before a name only before a known first name or after a post held "to" it.)
			const place = !!lookupPlace(w) && !demonymCountry(w) && !BORN_IN.test(w) && !(sentenceFirst && OPENING_PARTICIPLE_FR.test(w));
			const ready = !place || isFirstName(parts[p0 + 1].text) || (p0 === 0 && postedTo(text.slice(Math.max(0, parts[0].start - base - 40), parts[0].start - base)));
			if (notOfTheName(w, sentenceFirst, lang) && ready && p0 + 1 < parts.length - 1) {
				p0++;
				continue;
			}
			break;
		}
		// "l’Italienne Federica Brignone", "the Kenyan Mary Keitany": a nationality (or another word that is
		// none of the name: notOfTheName) before a name of two words or more says who she is, and is not
		// part of the name (French writes the adjective in
		// lower case, so a capital there is the noun; English needs a first name after it, or a plural:
		// "Kenyans Japhet Kosgei and …"), or exactly two words that name nothing else ("Canadian Kylie
		// Masse", not "Canadian Grand Prix" nor "British Airways Holdings").
		const plainPair = (ps: Tok[]) =>
			ps.length === 2 && ps.every((x) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$|^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u.test(x.text) && !lookupPlace(x.text) && !isOrgHead(x.text) && !isRoleWord(x.text) && !demonymCountry(x.text) && !NOT_A_NAME.test(x.text));
		const nationality =
			p0 > 0 &&
			!titled &&
			parts.length - p0 >= 2 &&
			parts.slice(0, p0).every((x, k) => notOfTheName(x.text, k === 0 && parts[0].start - base === 0, lang)) &&
			(lang === 'fr' || isFirstName(parts[p0].text) || (/s$/u.test(parts[p0 - 1].text) && !!demonymCountry(parts[p0 - 1].text.slice(0, -1))) || plainPair(parts.slice(p0)));
		// "l’artiste Brazzavillois Aramougé", "le chanteur Dakarois Ablaye Diop", "la Lyonnaise Anna Roux":
		// a town's demonym after a person's noun in lower case, or as the noun before a full name, says
		// where the person is from (a capital French often gives it).
		// (A town the gazetteer does not know: a demonym's ending, after an article, before a first name
		// and a surname, or two plain name words: "l’Almatois Léandre Bouchard", "le Chestrolais Marc Dubois".)
		const demonymBefore = lang === 'fr' && p0 === 0 && parts.length >= 2 && !isFirstName(parts[0].text) ? text.slice(Math.max(0, parts[0].start - base - 30), parts[0].start - base) : null;
		const fromTown =
			demonymBefore !== null &&
			(townDemonym(parts[0].text)
				? personNounBefore(demonymBefore, parts.length)
				: parts.length >= 3 && /^\p{Lu}\p{Ll}{3,}$/u.test(parts[0].text) && FR_DEMONYM_ENDING.test(parts[0].text) && (isFirstName(parts[1].text) || plainPair(parts.slice(1))) && /(?:^|[\s\u00a0])[Ll](?:e|a|es)[\s\u00a0]+$|(?<![\p{L}])[Ll]['’]$/u.test(demonymBefore));
		if (fromTown) p0 = 1;
		if (p0 > 0 && !titled && !nationality && !fromTown) p0 = 0;
		// A role further in, after its qualifiers: "Fire Chief Kevin Barlow", "UK Defence Minister
		// Grant Shapps", "Former U.S. Representative Chaka Fattah", "SpaceX CEO Elon Musk". The last
		// role word before a name ends the role; the name is what follows (never the role glued in).
		if (p0 === 0 && parts.length >= 3) {
			for (let e = parts.length - 1; e >= 1; e--) {
				let roleLen = 0;
				for (let L = Math.min(4, e); L >= 1; L--) {
					const words = parts.slice(e - L, e).map((x) => x.text).join(' ');
					// "Premier Christy Clark": a premier only before two words of a name ("English Premier
					// League", "Premier Inn Group" are names).
					if (isRoleWord(words) || (/^Premier$/u.test(words) && parts.length - e >= 2 && !parts.slice(e).some((x) => isOrgHead(x.text) || !!lookupPlace(x.text)))) {
						roleLen = L;
						break;
					}
				}
				if (!roleLen) continue;
				const rest = parts.slice(e);
				if (isRoleWord(rest[0].text) || isFunctionWord(rest[0].text) || rest.length > 4) break;
				// "Western Bay of Plenty Mayor Graeme Weld": the run began after "of"; the post is the
				// whole district's ("Plenty Mayor" had been asked as his post).
				const ofBefore = NAME_OF_BEFORE.exec(text.slice(Math.max(0, parts[0].start - base - 60), parts[0].start - base));
				rolePrefix = (ofBefore?.[0] ?? '') + text.slice(parts[0].start - base, parts[e - 1].end - base);
				titled = true;
				p0 = e;
				break;
			}
		}
		parts = parts.slice(p0);
		// "the port's Security Manager Maj. Paul Kamau": a title right after the post opens the name.
		// (Without its dot, before one word only, it is a name: "WA Police Commissioner Col Blanch"; before
		// two, a title papers write without a dot: "KDF Spokesman Maj Paul Kamau".)
		// ("Unit Commander Lt Col Tom Reid": two titles.)
		for (let k = 0; k < 2 && p0 > 0 && parts.length >= 2 && (isTitle(parts[0].text) || (isTitle(parts[0].text + '.') && (text[parts[0].end - base] === '.' || parts.length >= 3))); k++) parts = parts.slice(1);
		// "… primary health Care Dr Joyce Kaducu": a title inside the run starts the name after it.
		if (parts.length >= 3) {
			const t = parts.findIndex((x, idx) => idx > 0 && idx < parts.length - 1 && (isTitle(x.text) || isTitle(x.text + '.')));
			// ("Quebec Major Junior Hockey League": a run that ends on a body's head word names the body.)
			if (t > 0 && !isOrgHead(parts[parts.length - 1].text)) {
				parts = parts.slice(t + 1);
				titled = true;
			}
		}
		// "le maire de Quimper Alain Cossec": a first name inside the run starts the person's name.
		if (parts.length >= 3) {
			const k = parts.findIndex((x, idx) => idx > 0 && idx < parts.length - 1 && isFirstName(x.text));
			// ("Kristin Scott Thomas": an unknown first name before a known one is still the name; what
			// goes is a place after "de"/"of", an organisation or a role.)
			const known = (x: Tok) => !!lookupPlace(x.text) || isOrgHead(x.text) || isRoleWord(x.text) || !!demonymCountry(x.text) || PARTY_MEMBER.test(x.text);
			// ("le ministre de la Défense Jean Dupont", "de l’Éducation", "of the Interior": a department.)
			const afterPreposition = /(?:^|[\s\u00a0])(?:de(?:[\s\u00a0]+la)?|de[\s\u00a0]+l['’]|du|des|d['’]|of(?:[\s\u00a0]+the)?|à|in|from)[\s\u00a0]*$/iu.test(text.slice(Math.max(0, parts[0].start - base - 9), parts[0].start - base));
			if (k > 0 && !isFirstName(parts[0].text) && (afterPreposition || parts.slice(0, k).some(known))) parts = parts.slice(k);
			// "le secrétaire général de la municipalité de Sousse Makram Chouikh": a known town after a
			// town's body and "de", then two words that are no place nor body, is the town and the person
			// ("in Washington Square Park", "le discours de Santiago Abascal" stay whole).
			else if (k < 0 && parts.length === 3 && CIVIC_DE_BEFORE.test(text.slice(Math.max(0, parts[0].start - base - 30), parts[0].start - base)) && lookupPlace(parts[0].text)?.kind === 'city' && !parts.slice(1).some(known) && !placeHeadKind(parts[2].text) && !isOtherHead(parts[2].text)) parts = parts.slice(1);
		}
		const first = parts[0];
		const last = parts[parts.length - 1];
		const start = first.start;
		const end = last.end;
		const value = text.slice(start - base, end - base).replace(/[\s\u00a0\u202f]+/g, ' ');
		const single = parts.length === 1;
		const startsClause = clauseInitial && s0 === 0 && p0 === 0;
		const prevTok = toks[toks.indexOf(first) - 1];
		const prevWord = prevTok && text.slice(prevTok.end - base, first.start - base).trim().length <= 1 ? prevTok.text.toLowerCase() : undefined;
		const nextText = text.slice(end - base, end - base + 40);
		const afterDe = /(?:\bde|\bdes|à)[\s\u00a0]+(?:la|l['’])[\s\u00a0]*$|(?:\bdu|\bau)[\s\u00a0]+$|\bof the[\s\u00a0]+$/u.test(text.slice(Math.max(0, start - base - 12), start - base));
		if (single && isMonthOrWeekday(value)) continue;
		// "abandonner suite au Covid": a disease is no organisation, place or person.
		if (single && DISEASE.test(value)) continue;
		// "remonte au Moyen-Âge", "since the Middle Ages": an age of history is no place, body or person.
		if (HISTORICAL_PERIOD.test(value)) continue;
		if (single && isFunctionWord(value)) continue;
		if (single && !titled && isRoleWord(value)) continue;
		// A capitalised demonym is a people in English ("Argentine"), a country in French ("en Argentine").
		// ("l’océan Indien" is a place: the demonym names a sea after its noun.)
		if (demonymCountry(value) && single && !(lang === 'fr' && lookupPlace(value)?.kind === 'country') && !FEATURE_BEFORE.test(text.slice(Math.max(0, start - base - 30), start - base))) continue;

		const known = classifyKnown(value);
		// A title in quotes names a work ("Careless Whisper", ‘’Jeunes mères’’), not a person.
		const quoted =
			/[“"«‘’'][\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, start - base - 3), start - base)) &&
			/^[\s\u00a0\u202f]*[”"»’']/u.test(text.slice(end - base, end - base + 3));
		if (quoted && !known) continue;
		if (!known && parts.some((x) => COUNTY.test(x.text))) {
			out.push({ type: 'place', start, end, value, placeKind: 'region', confidence: 0.8, single });
			continue;
		}
		// "Burnham’s Princess Hall": a hall, not Ms Hall.
		if (titled && !known && single && placeHeadKind(value) && PLACE_TITLE.test(prevTok?.text ?? '')) continue;
		if (!known && !titled && BODY_OF_POST.test(text.slice(Math.max(0, start - base - 60), start - base))) {
			out.push({ type: 'organisation', start, end, value, confidence: 0.7, single });
			continue;
		}
		// After a title or a role, a name starts with a capital and holds no role word of its own
		// ("Directeur de Cabinet du Président de la République" is a role, not a name).
		// ("Bruno Le Maire": a role word after a capitalised "Le"/"La" is a surname.)
		// ("Dr Khalid bin Issam Al Qasimi": the particles of a lineage do not count.)
		if (titled && !known && (!/^\p{Lu}/u.test(value) || parts.filter((x) => !NAME_PARTICLES.has(x.text.toLowerCase())).length > 4 || parts.some((x, i) => isRoleWord(x.text) && !(i > 0 && /^(?:Le|La)$/u.test(parts[i - 1].text))))) continue;
		// ("the Official Competition", "the Lady Byng Trophy": after a post or a title, a contest is still
		// no one; a head word that is a surname too is someone's: "Dr. Ikenna Day".)
		const head = parts[parts.length - 1].text;
		// "on the King Fahd Causeway", "at the Imam Reza Shrine", "General Mitchell Airport": a sovereign's,
		// a cleric's or a general's title, a name and a place's head word name a place after someone ("the
		// Reverend John Temple" is someone).
		const headPlace = titled && !known && parts.length > 1 && (NAMESAKE_TITLE.test(rolePrefix ?? '') || (NAMESAKE_OFFICER.test(rolePrefix ?? '') && FACILITY_HEAD.test(head))) ? placeHeadKind(head) : undefined;
		if (headPlace) {
			out.push({ type: 'place', start: runStart, end, value: text.slice(runStart - base, end - base).replace(/[\s\u00a0\u202f]+/g, ' '), placeKind: headPlace, confidence: 0.8 });
			continue;
		}
		if (titled && !known && parts.length > 1 && !isFirstName(parts[0].text) && isOtherHead(head) && !SURNAME_HEADS.has(head)) continue;
		if (titled && !known) {
			out.push({ type: 'person', start, end, value, confidence: 0.9, role: rolePrefix && !isTitle(rolePrefix) && !isTitle(rolePrefix + '.') ? rolePrefix : undefined, titled: true, single });
			continue;
		}
		if (known) {
			out.push({ ...known, start, end, value, confidence: 0.95, single, prevWord });
			continue;
		}
		// "Russie-Iran": a hyphenated pair of known places is two places.
		if (single && value.includes('-')) {
			const pieces = value.split('-');
			if (pieces.every((pc) => lookupPlace(pc))) {
				let off = start;
				for (const pc of pieces) {
					const pl = lookupPlace(pc)!;
					out.push({ type: 'place', start: off, end: off + pc.length, value: pc, placeKind: pl.kind, confidence: 0.9 });
					off += pc.length + 1;
				}
				continue;
			}
		}
		if (parts.some((x) => isOrgHead(x.text)) && (parts.length > 1 || !startsClause)) {
			out.push({ type: 'organisation', start, end, value, confidence: 0.8 });
			continue;
		}
		if (single && ACRONYM.test(value)) {
			if (startsClause && value.length < 2) continue;
			// "JM: We've played that song…": an interview's speaker label, not an organisation.
			if (startsClause && /^[\s\u00a0]*:/u.test(nextText)) continue;
			// "PW1" (a witness), "D170,000" (a sum), "SES-8" (a satellite): codes, unless known ("G20").
			// (A time zone neither: "5:41 p.m. EST", "18 h GMT". A currency's code after its amount: findNames.)
			if (/\d/u.test(value) || COMMON_ABBREVIATION.has(value) || TIME_ZONES.has(value)) continue;
			out.push({ type: 'organisation', start, end, value, confidence: 0.7, single });
			continue;
		}
		if (!single) {
			// Two or more capitalised words, none known. Head words decide places ("Harbor City",
			// "Wembley Stadium", "Cape Canaveral") and things that are no entity at all ("Hurricane
			// Lena", "Atlantic Cup"); a first word that is a first name wins over a head word.
			const firstW = parts[0].text;
			const lastW = parts[parts.length - 1].text;
			// ("Khalid bin Issam Al Qasimi", "Mariem mint Ahmed": "son of"/"daughter of" between names is
			// a person's lineage, whatever the first name; after an opening quotation mark, a place named
			// after one: "le complexe ‘Ibn Khaldoun".)
			const lineage = parts.some((x, i) => i > 0 && i < parts.length - 1 && LINEAGE.test(x.text)) && !/[‘“«"'][\s\u00a0]*$/u.test(text.slice(Math.max(0, start - base - 2), start - base));
			const firstIsName = isFirstName(firstW) || royalFirstName || lineage;
			if (isOtherHead(lastW) || (!firstIsName && isOtherHead(firstW))) continue;
			// "North Dartmouth", "West Bridgford": a point of the compass before a name is the part of a
			// place it names, never a first name.
			// ("Robert Pool", "Marie Pool": a head word that is a surname too goes with a first name alone;
			// "the Ruth Inch Memorial Pool" is a pool.)
			const pk = (firstIsName && parts.length === 2 && SURNAME_HEADS.has(lastW) ? undefined : placeHeadKind(lastW)) ?? (firstIsName ? undefined : placeHeadKind(firstW) ?? (COMPASS.has(firstW) ? 'other' : undefined));
			if (pk) {
				out.push({ type: 'place', start, end, value, placeKind: pk, confidence: 0.8 });
				continue;
			}
			const nextWord = NEXT_WORD.exec(nextText)?.[1];
			if (!firstIsName && nextWord && isPlaceFollower(nextWord)) {
				out.push({ type: 'place', start, end, value, placeKind: 'other', confidence: 0.7 });
				continue;
			}
			// "Gulu Main market was built…", "the Naga Heritage village, Kisama": a name before the
			// lower-case noun of the place it names, that noun ending its phrase.
			const placeNoun = lang === 'en' && !firstIsName && !/\d/u.test(value) ? PLACE_NOUN_AFTER.exec(nextText) : null;
			if (placeNoun) {
				out.push({ type: 'place', start, end, value, placeKind: placeHeadKind(placeNoun[1]) ?? 'other', confidence: 0.6 });
				continue;
			}
			// "dans le Grand Nord", "in Tarrow South", "Kisumu East": a compass point after an article or a
			// preposition of where, or after a known place, ends a region's name, no one's ("Kanye West a
			// chanté", "remis à Tyrese West", "the songs of Cornel West": "à", "to", "of" lead to people too).
			if (!firstIsName && DIRECTIONS.has(lastW) && !CENTRE.has(lastW) && ((prevWord && (LOCATIVE.has(prevWord) || ORG_ARTICLES.has(prevWord) || prevWord === 'dans')) || lookupPlace(firstW))) {
				out.push({ type: 'place', start, end, value, placeKind: 'other', confidence: 0.6 });
				continue;
			}
			// "Senate Bill One", "Formula One", "Route Six": a number word ends no one's name.
			if (NUMBER_WORD_NAME.test(lastW)) continue;
			// "Cinema Without Borders", "Bridging the Borders": a capitalised "Without" or "The" inside is a
			// title's (an award, a film, a charity), never in a person's name ("De Niro" is a particle).
			if (parts.slice(1).some((x) => /^\p{Lu}/u.test(x.text) && isFunctionWord(x.text) && !NAME_PARTICLES.has(x.text.toLowerCase()) && !DE_PARTICLES.has(x.text.toLowerCase()))) continue;
			// "This Talavi Morning Katsina is made by…", "ce Grand Soleil Rouge": a demonstrative points
			// at a work or a thing, never at a person by name.
			if (!firstIsName && prevWord && DEMONSTRATIVE.test(prevWord)) continue;
			// "the Prime Minister, Finance Minister, Commerce Minister and…": a post named by its department
			// ("Thabo King", "Tshepo Bishop" are names ending on a word that is also a post).
			if (parts.length === 2 && DEPARTMENT.test(firstW) && isRoleWord(lastW)) continue;
			// "the Quebec Remparts": a known city after "the" opening two words is a team or a body named
			// after it ("Paris Hilton said…", "Sydney Sweeney" have no article before them).
			if (!firstIsName && parts.length === 2 && prevWord === 'the' && lookupPlace(firstW)?.kind === 'city' && !isFirstName(lastW)) continue;
			// A person only with evidence: a first name here, or (checked in findNames) a role, a
			// speech verb, or the surname used alone elsewhere.
			out.push({ type: 'person', start, end, value, confidence: firstIsName ? 0.85 : 0.75, unverified: !firstIsName, prevWord, nextText });
			continue;
		}
		// A clause-initial word counts only as a known surname ("Kowalczyk conceded…"), checked later.
		const initialOnly = startsClause && !midCaps.has(value);
		out.push({ type: 'person', start, end, value, confidence: 0.3, single: true, prevWord, nextText, afterDe, initialOnly });
	}
	return out;
}

// ---- roles -------------------------------------------------------------------------------------

function alternation(list: readonly string[]): string {
	return [...list]
		.sort((a, b) => b.length - a.length)
		.map((r) => escapeRegExp(r).replace(/'/g, "['’]").replace(/ /g, SPACE + '+'))
		.join('|');
}

// Nouns of a trade the list cannot all hold: "statistician", "volcanologue", "prévisionniste".
const TRADE = '\\p{Ll}{3,}(?:ician|ologist|ologue|iste|ist|ien|ienne|teur|trice)';
const ROLE_ALT = `${alternation(roleNames())}|${TRADE}`;
const ORG_KIND_ALT = alternation(orgKindNames());
// Bodies whose name follows their kind and rarely a person's ("l’association Tamarii Pointe", "the
// charity Open Doors"); a company or a club may be followed by who joined or runs it.
const ORG_KIND_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:association|fondation|foundation|charity|collectif|coopérative|cooperative|ONG|NGO|syndicat)${SPACE}+$`, 'iu');
// The nouns of French buildings and streets named after someone or something, whose name follows
// ("l’hôpital Fann", "au stade Mohamed Hamlaoui", "la rue Lucien Defays"): the noun is part of the
// place's name. (Not "place", "salle": words of everyday phrases, "sur place Jean Dupont", "dans la
// salle Marie Lenoir a pris la parole".)
const VENUE_NOUN_ALT = 'hémicycle|stade|lycée|collège|école|rue|avenue|boulevard|allée|hôpital|aéroport|université|complexe|gymnase|théâtre|musée|bibliothèque|médiathèque|pont|quai|square|parc|cité|palais|campus|gare|prison|église|château|centre[ \\u00a0\\u202f]+hospitalier|centre[ \\u00a0\\u202f]+culturel|maison[ \\u00a0\\u202f]+de[ \\u00a0\\u202f]+la[ \\u00a0\\u202f]+culture|CHU';
// "à l’hémicycle Rabah Aissat", "le lycée Victor Hugo", "le directeur du lycée Paul Martin" (without
// commas, the school's name: EPONYM_BEFORE): a name right after a venue's noun names the venue, no one
// present (not across a line's end).
// (After its article or an address's "située", "domicilié": "À sa sortie de prison Jean Dupont a
// fondé…" names no prison.)
const VENUE_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:l['’]|(?:le|la|les|au|aux|du|des|situé\\p{L}*|domicilié\\p{L}*|sise?)[ \\u00a0\\u202f]+)(?:${VENUE_NOUN_ALT})[ \\u00a0\\u202f]+$`, 'iu');
const ADJ = '[\\p{Ll}][\\p{L}\\p{M}-]*';
const COMPLEMENT = `(?:${SPACE}+(?:de|du|des|of|à|au)${SPACE}+(?:la${SPACE}+|l['’]|the${SPACE}+)?|${SPACE}+d['’]|${SPACE}+(?:de|à)${SPACE}+l['’])\\p{Lu}[\\p{L}\\p{M}-]*`;
// "le président iranien Massoud Pezechkian", "former president Jane Holt", "le vice-ministre de la Défense X".
const ROLE_BEFORE = new RegExp(
	`(?:^|[\\s(,'’])((?:(?:ancien|ancienne|ex|nouveau|nouvelle|futur|future|actuel|actuelle|former|then|acting|interim|deputy)[\\s-]+)?(?:${ROLE_ALT})((?:${SPACE}+${ADJ}){0,3})(?:${COMPLEMENT})?)${SPACE}*,?${SPACE}*(?:(?:${HONORIFIC_ALT})\.?${SPACE}*)?$`,
	'iu'
);
// "le maire de Quimper X": a role and its complement, no adjective between (with the i flag, the
// adjective pattern also matches a capitalised complement and the check on adjectives refuses it).
// ("le consul général de France X": one of a post's adjectives may stand before the complement.)
const ROLE_OF_BEFORE = new RegExp(
	`(?:^|[\\s(,'’])((?:(?:ancien|ancienne|ex|nouveau|nouvelle|former|then|acting|interim|deputy)[\\s-]+)?(?:${ROLE_ALT})(?:${SPACE}+(?:général|générale|adjoint|adjointe|délégué|déléguée))?${COMPLEMENT})${SPACE}*,?${SPACE}*(?:(?:${HONORIFIC_ALT})\.?${SPACE}*)?$`,
	'iu'
);
const ORG_BEFORE = new RegExp(`(?:^|[\\s(,'’])((?:${ORG_KIND_ALT})((?:${SPACE}+${ADJ}){0,3}))${SPACE}*,?${SPACE}*$`, 'iu');
// "Tim Cook, Apple’s chief executive, said", "X, président de l’Iran,", "X, devenu président de l’Iran en 2024".
const ROLE_AFTER = new RegExp(
	`^${SPACE}*,${SPACE}*(?:devenu${SPACE}+|devenue${SPACE}+|élu${SPACE}+|élue${SPACE}+|now${SPACE}+)?(?:(?:le|la|l['’]|the|an?)${SPACE}*)?(?:(\\p{Lu}[\\p{L}\\p{M}-]*)['’]s${SPACE}+)?(?:\\d{1,3}-year-old${SPACE}+)?((?:(?:ancien|ancienne|former)${SPACE}+)?(?:${ROLE_ALT})((?:${SPACE}+${ADJ}){0,2})(?:${COMPLEMENT})?)(?=${SPACE}*[,.;)]|${SPACE}+(?:en|in|depuis|since)\\b)`,
	'iu'
);

const ROLE_ADJECTIVES = new Set(
	'européen européenne international internationale onusien onusienne fédéral fédérale adjoint adjointe délégué déléguée général générale suprême intérimaire sortant sortante déchu déchue élu élue exécutif exécutive principal principale fédéral fédérale régional régionale national nationale local locale spécial spéciale permanent permanente chief senior executive general deputy foreign'.split(
		' '
	)
);

/** Keeps only the adjectives that plausibly belong to a role ("iranien", "adjoint"); else null. */
function checkAdjectives(adjs: string | undefined): boolean {
	if (!adjs) return true;
	for (const w of adjs.trim().split(/[\s\u00a0\u202f]+/)) {
		if (!w) continue;
		if (!demonymCountry(w) && !ROLE_ADJECTIVES.has(w.toLowerCase())) return false;
	}
	return true;
}

const DEMONYM_BEFORE = /(\p{Lu}[\p{L}\p{M}-]+)[\s\u00a0\u202f]+$/u;

// The role regexes are a 255-way alternation tried at every position of the slice, for every name
// candidate. Any match contains a role whose first letter run is a whole word of the slice (roles
// start after a non-letter and go on with a space, hyphen or apostrophe), so a Set lookup over the
// slice's words rules most candidates out. Words glued to a role by the regexes' optional spaces
// ("theprésident", "présidentM.") are unglued before the lookup so no real match is ever skipped.
const ROLE_KEYS = new Set(roleNames().map((r) => /^[\p{L}\p{M}]*/u.exec(r.toLowerCase())![0]));
const LEADING_COMMA = /^[\s\u00a0\u202f]*,/u;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const GLUED_BEFORE = ['', 'the', 'an', 'a', 'le', 'la'];
const GLUED_AFTER = ['', 'mme', 'mrs', 'mr', 'ms', 'm', 'dr'];

const TRADE_WORD = new RegExp(`^${TRADE}$`, 'u');

function mayHoldRole(text: string): boolean {
	for (const m of text.matchAll(LETTER_RUN)) {
		const w = m[0].toLowerCase();
		if (ROLE_KEYS.has(w) || TRADE_WORD.test(w)) return true;
		for (const pre of GLUED_BEFORE) {
			if (!w.startsWith(pre)) continue;
			for (const post of GLUED_AFTER) {
				if (w.length > pre.length + post.length && w.endsWith(post) && ROLE_KEYS.has(w.slice(pre.length, w.length - post.length))) return true;
			}
		}
	}
	return false;
}

/** "At 7 PM Jane Roberts…": a clock's "PM" (or "AM") after its hour is no post. */
function clockHour(word: string, before: string): boolean {
	return /^[AP]M$/u.test(word) && /\d[\s\u00a0\u202f]*$/u.test(before);
}

/** "the President of the Republic of Malta": a post waiting for its complement is the post of what follows, not a title before a name. */
function awaitsComplement(role: string): boolean {
	return /(?:^|[\s\u00a0\u202f])(?:of|the|de|la|du|des|d['’])[\s\u00a0\u202f]*$/iu.test(role);
}

const LOWER_COMPLEMENT = /^(?:[\s\u00a0\u202f]+(\p{Ll}+))?[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+la|de[\s\u00a0\u202f]+l['’]|du|des|of[\s\u00a0\u202f]+the|of)[\s\u00a0\u202f]+(\p{Ll}[\p{L}\p{M}-]*)$/u;
/**
 * "de la société" after "directeur général", "général du canton" after "procureur": the post's own
 * complement, after one of a post's adjectives at most, but not a post ("du président" X is the president).
 */
function ownComplement(words: string | undefined): boolean {
	const m = words ? LOWER_COMPLEMENT.exec(words) : null;
	return !!m && (!m[1] || ROLE_ADJECTIVES.has(m[1])) && !isRoleWord(m[2]);
}

function roleBefore(text: string): string | undefined {
	let tail = text.slice(-90);
	if (!mayHoldRole(tail)) return undefined;
	// "directeur du festival George Enescu", "la directrice du lycée Victor Hugo": the name right after
	// is the festival's or the school's, not the post's holder ("le directeur du festival, Paul Roy" holds it).
	if (EPONYM_BEFORE.test(tail)) return undefined;
	const withComplement = ROLE_OF_BEFORE.exec(tail);
	if (withComplement && /\p{Lu}/u.test(withComplement[1].slice(-30))) return awaitsComplement(withComplement[1]) ? undefined : tidy(withComplement[1]);
	let m = ROLE_BEFORE.exec(tail);
	// "directeur du président X": the leftmost match reads "du président" as adjectives; the role
	// nearest the name may still be a good one. ("le directeur général de la société, X": a
	// complement in lower case after the role is its own, not adjectives.)
	while (m && !checkAdjectives(m[2]) && !ownComplement(m[2])) {
		// (On from the next word: "irecteur général…" is no role.)
		let cut = m.index + Math.max(1, m[0].indexOf(m[1]) + 1);
		while (cut < tail.length && /[\p{L}\p{M}'’-]/u.test(tail[cut])) cut++;
		tail = tail.slice(cut);
		m = ROLE_BEFORE.exec(tail);
	}
	if (!m) return undefined;
	const roleAt = m.index + m[0].indexOf(m[1]);
	if (clockHour(m[1], tail.slice(0, roleAt))) return undefined;
	if (awaitsComplement(m[1])) return undefined;
	// English puts the nationality first: "the French engineer" → "French engineer".
	const d = DEMONYM_BEFORE.exec(tail.slice(0, roleAt));
	return d && demonymCountry(d[1]) ? tidy(d[1] + ' ' + m[1]) : tidy(m[1]);
}
// "former", "ex-", "ancien(ne)" before the post, then up to three words of where or of the post
// ("Former Jharkhand chief minister", "former state deputy governor"; not "un ancien allié du président X",
// where the ally is former).
const FORMER_BEFORE = /(?<![\p{L}])([Ff]ormer|FORMER|[Ee]x-|[Aa]ncienne|[Aa]ncien|[Tt]he[\s\u00a0]+late|[Ff]eue?)((?:[\s\u00a0]+[\p{L}'’-]+){0,3})[\s\u00a0]*$/u;
const PLACE_LEVEL = /^(?:state|federal|provincial|regional|national|county|city|municipal)$/u;

/** "Former Jharkhand chief minister X", "l’ex-ministre X": the post before the name is held no longer. */
function heldFormerly(role: string, left: string): boolean {
	if (role.split(/[\s\u00a0-]+/u).some((w) => FORMER_WORDS.has(foldKey(w.toLowerCase())))) return true;
	const at = left.toLowerCase().lastIndexOf(role.toLowerCase());
	if (at < 0 || left.length - at - role.length > 3) return false;
	const former = FORMER_BEFORE.exec(left.slice(Math.max(0, at - 40), at));
	const between = former?.[2].trim().split(/[\s\u00a0]+/u).filter(Boolean) ?? [];
	return !!former && between.every((w) => /^\p{Lu}/u.test(w) || PLACE_LEVEL.test(w) || isRoleWord(w.toLowerCase()));
}
// Things named after someone, whose name follows them ("le festival George Enescu", "le prix Albert Londres").
// ("le directeur du centre Jean Dupont", "le médecin de la place Pierre Martin": after nouns as common as
// these the holder's name comes as often; they are left out.)
// ("le chef d’orchestre Paul Vidal" holds a post.)
const EPONYM_BEFORE = /(?:^|[\s\u00a0'’])(?:festival|prix|concours|lycée|collège|école|université|fondation|musée|stade|hôpital|rue|avenue|boulevard|aéroport|(?<!chef(?:fe)?[\s\u00a0]+d['’])orchestre|théâtre|pont)[\s\u00a0]+$/iu;

function roleAfter(text: string): string | undefined {
	// ROLE_AFTER only matches an apposition, which opens with a comma.
	if (!LEADING_COMMA.test(text)) return undefined;
	const head = text.slice(0, 120);
	if (!mayHoldRole(head)) return undefined;
	const m = ROLE_AFTER.exec(head);
	if (!m || !checkAdjectives(m[3])) return undefined;
	return tidy(m[2]);
}

// ---- the index -------------------------------------------------------------------------------

function surnameKeys(full: string): string[] {
	const words = full.split(' ');
	if (words.length < 2) return [];
	const last = words[words.length - 1];
	const keys = [last];
	const dash = last.match(/^(?:al|el|ben|bin|abu|ibn)-(.+)$/u);
	if (dash) keys.push(dash[1]);
	// "de Gaulle", "van der Berg": keep the particles with the surname too.
	let k = words.length - 2;
	let tail = last;
	while (k > 0 && /^\p{Ll}/u.test(words[k])) {
		tail = words[k] + ' ' + tail;
		keys.push(tail);
		k--;
	}
	return keys;
}

// "Leo Marsh, a 19-year-old striker", "Rosa Huamán, 58, …", "Jane Holt, who…": only people.
const PERSON_AFTER = /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:\d{1,3}[\s\u00a0\u202f]*(?:ans[\s\u00a0\u202f]*)?,|(?:a|an|un|une)[\s\u00a0\u202f]+\d{1,3}(?:-year-old|[\s\u00a0\u202f]*ans)|who[\s\u00a0\u202f])/u;
// "la région d’Arequipa", "the city of Hamilton": a place noun + de/of before a single name.
// A place's noun before its name, and who lives there: "la commune de Veyras", "the town of Hale",
// "residents of Groot Aub", "les habitants de Kinkala".
const PLACE_NOUN_BEFORE = /(?:^|[\s\u00a0\u202f])(?:(ville|commune|village|capitale|région|province|département|cathédrale|port|domicile|quartier|localité|bourgade|banlieue|environs|habitants|riverains|villageois)[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d['’])|(city|town|village|capital|province|state|county|district|port|suburb|settlement|township|municipality|outskirts|residents|inhabitants|citizens|villagers|townspeople)[\s\u00a0\u202f]+of[\s\u00a0\u202f]+)$/iu;
const CITY_NOUNS = new Set(['ville', 'commune', 'village', 'city', 'town', 'capitale', 'capital', 'domicile', 'bourgade', 'localité', 'township']);
const REGION_NOUNS = new Set(['région', 'province', 'département', 'state', 'county', 'district']);

/** The kind of place a noun before a name says it is ("la commune de" → a city), or null. */
function placeNounKind(left: string): PlaceKind | null {
	const pn = PLACE_NOUN_BEFORE.exec(left);
	if (!pn) return null;
	const noun = (pn[1] ?? pn[2]).toLowerCase();
	return CITY_NOUNS.has(noun) ? 'city' : REGION_NOUNS.has(noun) ? 'region' : 'other';
}
// "à l’hôpital Fann", "au stade Vélodrome": a building named after its noun; the noun is part of the name.
const FACILITY_BEFORE = new RegExp(`(?:^|[\\s\\u00a0\\u202f])(?:l['’]|le[\\s\\u00a0\\u202f]+|la[\\s\\u00a0\\u202f]+|au[\\s\\u00a0\\u202f]+)((?:${VENUE_NOUN_ALT})[\\s\\u00a0\\u202f]+)$`, 'u');
// "l’océan Indien", "l’étang de Roumazet", "le massif du Vercors": a natural feature named after its
// noun; the noun is part of the name.
const FEATURE_BEFORE =
	/(?:^|[\s\u00a0\u202f'’])((?:océan|mer|lac|mont|massif|golfe|baie|île|étang|col|vallée|forêt|plateau|détroit|fleuve|rivière|pic|glacier|désert|volcan|presqu['’]île)(?:[\s\u00a0\u202f]+(?:de|du|des)[\s\u00a0\u202f]+|[\s\u00a0\u202f]+d['’]|[\s\u00a0\u202f]+))$/u;
// "the Houston company Orbion", "le groupe lyonnais Veldora", "le laboratoire Ferval": a kind of
// organisation, with up to two modifiers, right before the name.
const ORG_KIND_BEFORE = new RegExp(`(?:^|[\\s(,'’])(?:${ORG_KIND_ALT})(?:${SPACE}+[\\p{L}\\p{M}-]+){0,2}?${SPACE}*$`, 'iu');
// "Akkuwerk, un fabricant de batteries": a kind of organisation in apposition.
const ORG_KIND_AFTER = new RegExp(`^${SPACE}*,${SPACE}*(?:un|une|le|la|l['’]|a|an|the)${SPACE}*(?:[\\p{Ll}][\\p{L}\\p{M}-]*${SPACE}+)?(${ORG_KIND_ALT})${B1}`, 'iu');
// "Hamilton, Ontario": a name followed by a known region or country is a city.
const COMMA_NAME_AFTER = /^,[\s\u00a0\u202f]*(\p{Lu}[\p{L}\p{M}-]+(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}\p{M}-]+)?)/u;
// "beating Lindholm 3-1": a sports score right after a name: a team.
const SCORE_AFTER = /^[\s\u00a0\u202f]+\d{1,2}[-–]\d{1,2}(?!\d)/u;

// Capitalised words and "of" right before a run: "Western Bay of " before "Plenty Mayor".
const NAME_OF_BEFORE = /\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*)*[\s\u00a0]+of[\s\u00a0]+$/u;
// An article or a rank right before a name: "la 12e Rassegna de Corvino", "le Printemps de Bourges".
const THING_BEFORE = /(?:^|[\s(])(?:la|le|les|l['’]|the|du|des|\d+(?:e|ème|er|re|th|st|nd|rd))[\s\u00a0]*$/iu;

/**
 * Multi-word names with no first name or title are kept as people only with evidence: a role next
 * to them, a speech verb after them, an age or "who" in apposition, the surname used alone elsewhere,
 * or the same name verified elsewhere. After "in/at/à" they are places (after "published in",
 * journals); otherwise they are dropped.
 */
function verifyPeople(article: Article, all: (Candidate & { sentence: number })[]): void {
	const text = article.text;
	const lowerWords = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lowerWords.add(m[0]);
	const singles = new Set<string>();
	const verified = new Set<string>();
	for (const c of all) {
		if (c.type !== 'person') continue;
		if (c.single) singles.add(c.value);
		else if (!c.unverified) verified.add(c.value);
	}
	for (let i = 0; i < all.length; i++) {
		const c = all[i];
		if (c.type !== 'person' || !c.unverified) continue;
		const s = article.sentences[c.sentence];
		const left = text.slice(s.start, c.start);
		const right = text.slice(c.end, s.end);
		// "M. D. Mahindapala", "J. K. Rowling": initials before a surname write a person's name.
		const lastWord = c.value.split(' ').pop() ?? '';
		if (INITIALS_FIRST.test(c.value) && !COUNTRY_INITIALS.test(c.value) && /^\p{Lu}\p{Ll}{2,}$/u.test(lastWord) && !isOrgHead(lastWord) && !lookupPlace(lastWord)) {
			c.unverified = false;
			c.confidence = 0.7;
			continue;
		}
		// "27 miles east of Grand Cayman", "au nord de Saint-Louis": a point of the compass from it makes it a place.
		if (COMPASS_OF_BEFORE.test(left)) {
			c.type = 'place';
			c.placeKind = 'other';
			c.confidence = 0.6;
			c.unverified = false;
			continue;
		}
		const last = c.value.split(' ').pop()!;
		const ok =
			verified.has(c.value) ||
			// (After an article or an ordinal, "la 78e Mostra de Venise", "du festival de Venise" is no
			// one's surname: the article and the rank name a thing.)
			// ("Karnataka Regulation of Stone Crushers … (Regulation and Development)": a common noun's
			// ending says the word alone is a heading's, no surname.)
			(singles.has(last) && !THING_BEFORE.test(left) && !NOUN_NOT_SURNAME.test(last)) ||
			(c.nextText !== undefined && SPEECH_AFTER.test(c.nextText)) ||
			PERSON_AFTER.test(right) ||
			!!roleBefore(left) ||
			!!roleAfter(right) ||
			// "K’Nisha Cudjoe", "N’Golo Kanté": a capital glued to a first name by an apostrophe writes a person's name.
			GLUED_FIRST_NAME.test(c.value);
		if (ok) {
			c.unverified = false;
			verified.add(c.value);
			continue;
		}
		// "published the findings in Environmental Research Letters", "publiée dans Nature Ecology": a
		// journal, not a place.
		if (PUBLISHED_IN.test(left)) {
			c.type = 'organisation';
			c.confidence = 0.6;
			c.unverified = false;
			continue;
		}
		// After "in", "at", "à", "en" an unknown name is a place; after "from" or "by" it may be anyone;
		// after "residents of", "la commune de" it is one too.
		const nounKind = placeNounKind(left);
		if ((c.prevWord && LOCATIVE.has(c.prevWord)) || nounKind) {
			c.type = 'place';
			c.placeKind = nounKind ?? 'other';
			c.confidence = 0.6;
			c.unverified = false;
			continue;
		}
		// "sworn in at the Raj Bhawan", "the Dark Blues ended…": English puts no article before a
		// person's bare name (whose surname the article never writes alone: "the Eknath Shinde camp"
		// is his); after a place preposition it is a place, else a body.
		const theBefore = /(?:^|[\s(])(?:(at|in|into|near|inside|outside|from|to)[\s\u00a0]+)?[Tt]he[\s\u00a0]*$/u.exec(left);
		// ("the Lalthan Zuala government", "the Tom Okello camp": a name before the body it leads is a person's.)
		if (theBefore && c.prevWord?.toLowerCase() === 'the' && !singles.has(last) && !LED_BODY_AFTER.test(right) && looksLikeName(c.value, lowerWords)) {
			c.type = theBefore[1] ? 'place' : 'organisation';
			if (theBefore[1]) c.placeKind = 'other';
			c.confidence = 0.5;
			c.unverified = false;
			continue;
		}
		// "their album Huwag Matakot", "the hospice Ty Olwen": a work or a building named after its noun.
		if (WORK_NOUN_BEFORE.test(left)) {
			c.confidence = 0;
			continue;
		}
		// Two or three capitalised words that are nothing else and none of which the article also
		// writes as a common word: a name ("Shubman Gill", "Macky Sall"), not "Monsoon Session".
		if (looksLikeName(c.value, lowerWords)) {
			c.unverified = false;
			c.confidence = 0.6;
			continue;
		}
		if (c.prevWord && PLACE_PREPS.has(c.prevWord)) {
			// "affirme à L'Orient-Le Jour", "said to Tolo-Press": a name read as a place for its "à" is
			// whom the words were given to, a medium, the source of a remark (which raters never keep), and
			// no fact. (A name read as a body anyway, "Radio Tolo", stays one.)
			if (spokenTo(article.text, c.start)) {
				c.confidence = 0;
				continue;
			}
			c.type = 'place';
			c.placeKind = 'other';
			c.confidence = 0.6;
			c.unverified = false;
			continue;
		}
		c.confidence = 0;
	}
	// Dropped: no evidence at all.
	for (let i = all.length - 1; i >= 0; i--) if (all[i].confidence === 0) all.splice(i, 1);
}

// A verb of telling and "à"/"to" before a name: whom the words are given to ("affirme à L'Orient-Le
// Jour", "explained to Tolo Press"; "confiné à", "annoncé à Kondo" stay places).
const SPOKEN_TO = new RegExp(`(?<![\\p{L}])(?:${TELLING_FR_DONE}|${TELLING_FR_NOW}|${TELLING_EN})[\\s\\u00a0]+(?:à|au|to)[\\s\\u00a0]+$`, 'iu');
const spokenTo = (text: string, at: number) => SPOKEN_TO.test(text.slice(Math.max(0, at - 40), at));

const GLUED_FIRST_NAME = new RegExp(String.raw`^${GLUED_CAPITAL}\p{Ll}+[\s\u00a0]+\p{Lu}`, 'u');
// The noun of a work or a building right before its name ("their new album Huwag Matakot", "son
// roman Soumission"): what follows is its title, no one's name.
const WORK_NOUN_BEFORE = /(?<![\p{L}])(?:album|single|song|EP|novel|book|film|movie|documentary|opera|musical|series|poem|collection|painting|hospice|hotel|restaurant|ship|vessel|yacht|roman|recueil|chanson|titre|disque|livre|pièce|opéra|série|émission|tableau|navire|bateau|hôtel)[\s\u00a0]*[«“"‘]?[\s\u00a0]*$/u;
const PUBLISHED_IN = /(?<![\p{L}])(?:published|publishes|publish|publiée?s?|publie|publient|parue?s?)(?:[\s\u00a0]+(?!by(?![\p{L}])|par(?![\p{L}]))[\p{L}’'-]+){0,4}?[\s\u00a0]+(?:in|dans)(?:[\s\u00a0]+(?:the|la|le|l['’])?[\s\u00a0]*(?:journal|revue|magazine))?[\s\u00a0]*$/iu;

// "la guerre de Trente Ans", "Hundred Years": numbers and time units do not make up a person's name.
const NUMBER_OR_UNIT = /^(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|soixante|cent|mille|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|ans|années|jours|mois|siècles|years|days|months|centuries)$/iu;

// Words no first name or surname ends like: a capitalised phrase of prose or a heading ("Religious
// Affairs", "Communicable Diseases", "Rural Development", "Celebrating Culture").
const ADJECTIVE_FIRST = /(?:ous|able|ible|ised|ized|ical|ional|ative|ating)$/u;
const COMMON_NOUN_LAST = /(?:ment|ments|tion|tions|sion|sions|ities|ship|ships|ism|isms|ture|tures|eries|ences|ances)$/u;
// Of those, the endings no surname has ("Clement", "Fortune" do end like nouns).
const NOUN_NOT_SURNAME = /(?:tion|tions|sion|sions|ities|ship|ships|ism|isms)$/u;

function looksLikeName(value: string, lowerWords: Set<string>): boolean {
	const parts = value.split(' ');
	if (parts.length < 2 || parts.length > 3) return false;
	if (ADJECTIVE_FIRST.test(parts[0]) || parts.slice(1).some((w) => COMMON_NOUN_LAST.test(w))) return false;
	return parts.every(
		(w) =>
			/^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w) &&
			!lowerWords.has(w.toLowerCase()) &&
			!isFunctionWord(w) &&
			!isMonthOrWeekday(w) &&
			!isRoleWord(w.toLowerCase()) &&
			!demonymCountry(w) &&
			!NUMBER_OR_UNIT.test(w)
	);
}

/**
 * "Le Gaumais, mordu par un chien…", "Le Chestrolais, qui n'était pas connu…": a French word with a
 * demonym's ending after the article that opens the sentence, before a comma, is a town's inhabitant
 * the article describes, no body ("selon le Parisien" stays the paper).
 */
function inhabitantOpening(article: Article, c: Candidate & { sentence: number }): boolean {
	return (
		article.lang === 'fr' &&
		FR_DEMONYM_ENDING.test(c.value) &&
		/^[\s\u00a0]*(?:Le|La)[\s\u00a0]*$/u.test(article.text.slice(article.sentences[c.sentence].start, c.start)) &&
		/^[\s\u00a0]*,/u.test(article.text.slice(c.end, c.end + 3))
	);
}

/**
 * How many of a run's words end the post that the words before it open with "of" or "for" (0: none,
 * the run is a name or a body): "Montana Secretary of | State | Christi Jacobsen" → 1.
 * `after` is the text after the run.
 */
function postField(ofBefore: RegExpExecArray, parts: Tok[], after: string): number {
	const [, post, prep, the] = ofBefore;
	const role = isRoleWord(post.toLowerCase());
	// "Minister for Foreign Affairs Penny Wong", "Director for Health Peter Ouma": after "for", the
	// department's words, however many, before the name's two.
	if (role && prep.toLowerCase() === 'for' && !the) return parts.findIndex((x) => !DEPARTMENT.test(x.text) && !DEPARTMENT_MORE.test(x.text));
	// After "of the", a post and one word of its body, the name after it: "Leader of the Opposition
	// Siddaramaiah told…". Not when another body's word follows, "President of the Senate Foreign
	// Relations Committee", nor a body's noun, "the House Judiciary panel": a body's name.
	if (the) {
		const bodyWord = (x: Tok) => isOrgHead(x.text) || POST_BODY_WORD.test(x.text);
		const noun = NEXT_WORD.exec(after)?.[1];
		return role && bodyWord(parts[0]) && parts.slice(1).every((x) => isCap(x) && !bodyWord(x)) && !(noun && BODY_NOUN.test(noun)) ? 1 : 0;
	}
	if (isRoleWord(`${post} ${prep} ${parts[0].text}`.toLowerCase())) return 1;
	// "Minister of Fish Wealth Fahd Kafayen": a ministry of several words, then a known first name and
	// the rest of the name.
	const firstNameAt = role ? parts.findIndex((x, k) => k >= 1 && isFirstName(x.text)) : -1;
	return firstNameAt >= 1 && parts.length - firstNameAt >= 2 && parts.slice(0, firstNameAt).every((x) => isCap(x) && !isFirstName(x.text) && !lookupPlace(x.text)) ? firstNameAt : 0;
}

/**
 * Whether one word a post named someone by ("Leader of the Opposition Ramaswamy") stands for that
 * person where it is written alone: not after a place's preposition or "de" ("le stade de Laval";
 * "according to Ramaswamy" is him), nor opening a sentence before no verb ("Young people will gain").
 */
function oneWordStandsForPerson(article: Article, c: Candidate & { sentence: number }): boolean {
	if (c.afterDe || /(?:^|[\s\u00a0])(?:de|du|des|of)[\s\u00a0]+$|(?<![\p{L}])d['’]$/iu.test(article.text.slice(Math.max(0, c.start - 6), c.start))) return false;
	if (c.prevWord && PLACE_PREPS.has(c.prevWord) && !/according[\s\u00a0]+to[\s\u00a0]*$/iu.test(article.text.slice(Math.max(0, c.start - 16), c.start))) return false;
	const opens = !/[\p{L}\p{N}]/u.test(article.text.slice(article.sentences[c.sentence].start, c.start));
	return !opens || VERB_AFTER_NAME[article.lang].test(article.text.slice(c.end, c.end + 40));
}

/** A cue around an unknown single capitalised word that says what it names, else null. */
function singleWordKind(text: string, s: Sentence, c: Candidate): (Pick<Mention, 'type' | 'placeKind' | 'role'> & { lead?: number }) | null {
	const left = text.slice(Math.max(s.start, c.start - 60), c.start);
	const right = text.slice(c.end, Math.min(s.end, c.end + 80));
	const fac = FACILITY_BEFORE.exec(left) ?? FEATURE_BEFORE.exec(left);
	if (fac) return { type: 'place', placeKind: 'other', lead: fac[1].length };
	const kind = placeNounKind(left);
	if (kind) return { type: 'place', placeKind: kind };
	if (ORG_KIND_BEFORE.test(left)) return { type: 'organisation' };
	const ka = ORG_KIND_AFTER.exec(right);
	if (ka) return { type: 'organisation', role: tidy(ka[1]) };
	const cn = COMMA_NAME_AFTER.exec(right);
	if (cn) {
		const p = lookupPlace(cn[1]);
		if (p && (p.kind === 'region' || p.kind === 'country')) return { type: 'place', placeKind: 'city' };
	}
	if (SCORE_AFTER.test(right)) return { type: 'organisation' };
	// "près de Pau", "near Harbury": a place by its neighbourhood.
	if (NEAR_BEFORE.test(left)) return { type: 'place', placeKind: 'city' };
	// "Dax dans les Landes", "Herning (Danemark)": a name followed by the region or country it is in.
	const within = WITHIN_AFTER.exec(right);
	if (within) {
		const p = lookupPlace(within[1]);
		if (p && (p.kind === 'region' || p.kind === 'country')) return { type: 'place', placeKind: 'city' };
		if (/^(?:dans|in)\b/iu.test(right.trim())) return { type: 'place', placeKind: 'city' };
	}
	// "annonce Rfm", "Dakaractu précise": a name that reports is a news outlet when it is no person.
	if (REPORT_BEFORE.test(left) || REPORT_AFTER.test(right)) return { type: 'organisation' };
	// "l’adjudant Kruschel", "le maire Dupont", "the coach Okafor": a post right before a surname
	// (not one a party's name follows: "le député Renaissance", "the senator Democrat").
	const post = POST_RIGHT_BEFORE.exec(left);
	if (post && !lookupPlace(c.value) && !isOrgHead(c.value)) {
		const ws = post[1].trim().split(/[\s\u00a0\u202f]+/u);
		for (let k = 0; k < ws.length; k++) {
			const phrase = ws.slice(k).join(' ');
			if (isRoleWord(phrase)) return PARTY_POST.test(phrase) ? null : { type: 'person', role: phrase };
		}
	}
	return null;
}

// Up to three lower-case words after an article or a possessive, right before a name ("l’adjudant-chef ",
// "Le maire ", "their coach ").
const POST_RIGHT_BEFORE = /(?:^|[\s\u00a0\u202f(,])(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he|[Ss]on|[Ss]a|[Ll]eur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[\s\u00a0\u202f]+|(?<=['’]))((?:\p{Ll}[\p{Ll}-]*[\s\u00a0\u202f]+){1,3})$/u;
// Posts a party's name may follow as an adjective.
const PARTY_POST = /(?:^|\s)(?:député|députée|sénateur|sénatrice|candidat|candidate|élu|élue|militant|militante|sympathisant|sympathisante|mp|senator|congressman|congresswoman|lawmaker|representative)$/iu;

const PRIZE_METAL_AFTER = /^[\s\u00a0\u202f]+(?:d['’][\s\u00a0\u202f]*(?:or|argent)|de[\s\u00a0\u202f]+(?:bronze|cristal|platine|vermeil))(?![\p{L}])/iu;
const GROUP_POSSESSIVE = /(?:^|[\s\u00a0\u202f])(?:People|Women|Men|Children|Workers|Veterans|Farmers|Students|Girls|Boys|Teachers|Pensioners)$/u;
const PRIZE_METAL_BEFORE = /^(?:Golden|Silver|Bronze|Platinum)[\s\u00a0\u202f]+\p{Lu}\p{Ll}+$/u;
const SAINT_PLACE = /^(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Ste\.?)[\s\u00a0\u202f]+\p{Lu}/u;
// "Saint Lucians", "San Franciscans", "Saint-Martinois": the people of a saint's place.
const SAINT_PEOPLE = /[\s\u00a0\u202f]\p{Lu}\p{Ll}{2,}(?:ians|ans|eses|aises|ois|oises)$/u;
// "a Saint Lucian outfit": its adjective, before a lower-case noun.
const SAINT_ADJECTIVE = /[\s\u00a0\u202f]\p{Lu}\p{Ll}{2,}(?:ian|an|ese|aise)$/u;
/** Whether the place a people's name is made from is written in the text ("Saint Lucians" → "Saint Lucia"; "St Albans" is a place of its own). */
function placeOfPeopleIn(value: string, text: string): boolean {
	const place = value.replace(/ns?$/u, '');
	return place !== value && new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, 'u').test(text);
}
// Head words of bodies that need a name (of the organisation heads, gazetteer.ts, those no body is
// called by alone: "la Cour", "le Sénat" are): alone, after an article, they refer back to one.
const ANAPHOR_HEAD = /^(?:Foundation|Institute|University|College|Hospital|Museum|Agency|Association|Society|Company|Corporation|Group|Center|Centre|Fund|Trust|Laboratory|Department|Ministry|Commission|Committee|Bureau|Board|Club|Academy|School|Fondation|Institut|Université|Hôpital|Musée|Agence|Société|Compagnie|Groupe|Fonds|Laboratoire|Ministère|Comité|Académie|École)$/u;
const PERSON_GIVEN_TO = /(?<![\p{L}])(?:assistance|secours|hommage|revient|reviennent|décerné(?:e|s|es)?|attribué(?:e|s|es)?|remis(?:e|es)?|succède|succédé)[\s\u00a0]+à[\s\u00a0]+$/iu;
// "U.S. Customs", "U.K. Treasury", "U.N. agency": a country's initials, no person's.
const COUNTRY_INITIALS = /^(?:U\.[\s\u00a0\u202f]?[SKN]\.|E\.[\s\u00a0\u202f]?U\.|D\.[\s\u00a0\u202f]?C\.)/u;
const POST_D_ETAT = /(?:Secrétaire|Conseiller|Conseillère|Ministre)[\s\u00a0\u202f]*d['’][\s\u00a0\u202f]*[ÉE]tat/iu;
const INITIALS_FIRST = /^(?:\p{Lu}\.[\s\u00a0\u202f]*){1,3}\p{Lu}/u;
const WEEKDAY_EN = new RegExp(`^(?:${WEEKDAY_ALT.en})$`, 'u');
// A point of the compass from a place: "east of", "north-west of", "au nord de", "à l'est d'".
const COMPASS_OF = String.raw`(?:^|[\s\u00a0\u202f])(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)[\s\u00a0\u202f]+of[\s\u00a0\u202f]+|(?:au[\s\u00a0\u202f]+(?:nord|sud)(?:-(?:est|ouest))?|à[\s\u00a0\u202f]+l['’](?:est|ouest))[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d['’]))$`;
const COMPASS_OF_BEFORE = new RegExp(COMPASS_OF, 'iu');
// …or its neighbourhood: "près de", "near", "outside".
const NEAR_BEFORE = new RegExp(String.raw`${COMPASS_OF}|(?:^|[\s\u00a0\u202f])(?:(?:près|proche|non loin|à proximité|aux alentours)[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d['’])|(?:near|outside|close to)[\s\u00a0\u202f]+)$`, 'iu');
const WITHIN_AFTER = /^[\s\u00a0\u202f]*(?:\(|,[\s\u00a0\u202f]*|[\s\u00a0\u202f](?:dans|in)[\s\u00a0\u202f]+(?:les?|la|l['’]|the)?[\s\u00a0\u202f]*)(\p{Lu}[\p{L}\p{M}-]+(?:[\s\u00a0\u202f-]\p{Lu}[\p{L}\p{M}-]+)?)/u;
const REPORT_BEFORE = /(?:^|[\s,])(?:annonce|rapporte|indique|précise|affirme|révèle|selon|reports?|reported|according to)[\s\u00a0\u202f]+$/iu;
const REPORT_AFTER = /^[\s\u00a0\u202f]+(?:précise|rapporte|indique|annonce|affirme|révèle|reports|reported)(?![\p{L}])/iu;

// The words of an English post before its last word: "Secretary of ", "Chief of ", "Minister for ".
const DOLLAR_COUNTRY = new RegExp(`^(?:${DOLLAR_COUNTRY_ALT})$`, 'u');
const POST_OF_BEFORE = /(\p{L}+)[\s\u00a0]+(of|for)[\s\u00a0]+(?:(the)[\s\u00a0]+)?$/iu;
// A post, "of"/"for", a portfolio's first words and "and" before the run ("Minister of Environment
// and ", "Secretary of State for Health and "), its groups as POST_OF_BEFORE's.
const POST_OF_AND_BEFORE = /(Secretary[\s\u00a0]of[\s\u00a0]State|\p{L}+)[\s\u00a0]+(of|for)[\s\u00a0]+(?:(the)[\s\u00a0]+)?(?:\p{Lu}[\p{L}-]*[\s\u00a0]+){1,4}(?:and|&)[\s\u00a0]+$/u;
// The body a post "of the" names, one capitalised word before a name ("Leader of the Opposition
// Siddaramaiah", "Speaker of the House Nancy Pelosi", "President of the Senate Ann Reid").
const POST_BODY_WORD = /^(?:Opposition|House)$/u;
// A verb right after a name opening a sentence ("Ramaswamy warned…", "Laval a critiqué…"), or a comma
// before an apposition; "Young people…" opens on an adjective.
const VERB_AFTER_NAME: Record<Lang, RegExp> = {
	en: /^[\s\u00a0]*(?:,|['’]s(?![\p{L}])|(?:also|then|later|again|still|now|never|\p{Ll}+ly)?[\s\u00a0]*(?:\p{Ll}{2,}(?:ed|es)|\p{Ll}+[^s\s]s|said|told|spoke|wrote|has|had|was|is|will|would|can|could|may|might|must|should|did|does|made|took|met|led|won|left|came|went|gave|sought|thought|felt|kept|saw|got|put|set|let|cut|hit|ran|began|became)(?![\p{L}]))/u,
	fr: /^[\s\u00a0]*(?:,|(?:a|ont|est|sont|était|avait|sera|va|doit|peut|n['’]a|ne|s['’]est|se|lui|y|en)(?![\p{L}])|\p{Ll}+(?:e|it|t|ra)(?![\p{L}]))/u
};
// The nouns a body's name comes before ("the House Judiciary panel", "the Senate Ethics subcommittee").
const BODY_NOUN = /^(?:panel|committee|subcommittee|caucus|members?|benches|bench|leadership|majority|minority|chamber|group|board|staff|office|hearings?|inquiry|probe|investigation|report|bill|vote)$/u;
// A French post, perhaps an adjective, then "de la", "de l’", "du" or "des" before a ministry's word ("ministre
// de la Santé", "ministre péroniste de l’Économie", "secrétaire d’État aux Sports" is POST_D_ETAT's).
const POST_DE_BEFORE = /(\p{L}+)(?:[\s\u00a0]+(\p{Ll}+))?[\s\u00a0]+(?:de[\s\u00a0]+la[\s\u00a0]+|de[\s\u00a0]+l['’]|du[\s\u00a0]+|des[\s\u00a0]+)$/u;
// What a French ministry is of ("l’Économie", "la Santé", "des Armées").
const DEPARTMENT_FR = /^(?:Économie|Economie|Santé|Culture|Intérieur|Justice|Défense|Éducation|Education|Agriculture|Finances|Travail|Environnement|Transports|Énergie|Industrie|Commerce|Logement|Sports?|Armées|Budget|Écologie|Numérique|Tourisme|Jeunesse|Famille|Emploi|Recherche|Enseignement|Solidarités?|Intégration|Communication|Information|Pêche|Mines|Élevage|Équipement|Urbanisme|Habitat|Coopération|Décentralisation|Sécurité|Formation)$/u;
// A department's words beside DEPARTMENT's ("Foreign Affairs", "Local Government", "Women and Children"; DEPARTMENT has "Sports").
const DEPARTMENT_MORE = /^(?:Affairs|Public|Social|Local|Government|Services|Development|Security|Welfare|Women|Children|Science|Technology|Innovation|Arts|Heritage|Infrastructure|Lands|Natural|Resources|Climate|Change|Digital|Higher|Primary|Basic|Veterans|Immigration|Employment|Workplace|Relations|International|Regional|Northern|Indigenous|Medical|Research|Protection|Safety|Family|Families|Community|Communities|Urban|Rural|Gender|Equality|Sport|Roads|Highways|Care)$/u;

export function findNames(article: Article): NameIndex {
	const lang = article.lang;
	const midCaps = midSentenceCaps(article);
	const all: (Candidate & { sentence: number })[] = [];
	for (const s of article.sentences) {
		for (const c of candidatesIn(s, lang, midCaps)) all.push({ ...c, sentence: s.index });
	}

	verifyPeople(article, all);

	// Full names of people, then surname → full name (the first full name wins on a clash).
	const surnames = new Map<string, string>();
	const fullNames = new Set<string>();
	for (const c of all) {
		if (c.type !== 'person' || c.value.split(' ').length < 2) continue;
		fullNames.add(c.value);
		// (A name written out wins over its initials: "Faye" is Bassirou Diomaye Faye, not "B.D. Faye".)
		for (const k of surnameKeys(c.value)) if (!surnames.has(k) || (INITIALS_FIRST.test(surnames.get(k)!) && !INITIALS_FIRST.test(c.value))) surnames.set(k, c.value);
	}
	// "Zheng Saisai … Zheng said": a two-word name whose first word is no first name may write the
	// family name first; that word alone names the same person (after the surnames, which win).
	for (const c of all) {
		const words = c.type === 'person' ? c.value.split(' ') : [];
		if (words.length === 2 && !isFirstName(words[0]) && !isTitle(words[0]) && !surnames.has(words[0])) surnames.set(words[0], c.value);
	}
	// "Leader of the Opposition Siddaramaiah … Siddaramaiah said": one word after a post names someone
	// known by it; alone elsewhere it names the same person (not a body that reports). (Not after a
	// place's preposition or "de", "le stade de Laval", nor as a sentence's first word before no verb,
	// "Mr Young said … Young people will gain".)
	// ("Sir Tim" is a first name, said familiarly of a full name.)
	const knownByOneWord = new Set<string>();
	for (const c of all) if (c.type === 'person' && c.titled && !c.value.includes(' ') && !isFirstName(c.value) && !surnames.has(c.value)) knownByOneWord.add(c.value);
	// Surname mentions become the full name; unknown single words need a context cue.
	const mentions: Mention[] = [];
	for (const c of all) {
		let { type, value, confidence } = c;
		let placeKind = c.placeKind;
		// "le chef de l’État", "un coup d’État": the State alone is no body to ask about ("l’État du Valais" is).
		if (/^[ÉE]tat$/u.test(value)) continue;
		// "Le Prix d'interprétation", "La Palme d’or": the head of a prize or a competition alone names nothing.
		if (c.single && isOtherHead(value)) continue;
		// "le Lion d’or", "la Caméra d’or", "l’Ours d’argent": any word before a metal names a prize.
		if (c.single && PRIZE_METAL_AFTER.test(article.text.slice(c.end, c.end + 14))) continue;
		// "TIFF People’s Choice Award", "the Women’s World Cup": a group's possessive opens a longer name.
		if (GROUP_POSSESSIVE.test(value) && /^['’]s?[\s\u00a0\u202f]+\p{Lu}/u.test(article.text.slice(c.end, c.end + 5))) continue;
		// "at Renzo Piano’s Harbour Pavilion": a name the gazetteer does not know, before a possessive and
		// another name, says whose the place is, not where ("London’s Tate Modern" stays a place, "St. Luke’s
		// Hospital" one name).
		if (type === 'place' && !lookupPlace(value) && !SAINT_PLACE.test(value) && /^['’]s[\s\u00a0\u202f]+\[?\p{Lu}/u.test(article.text.slice(c.end, c.end + 5))) continue;
		// "[Heydar Aliyev] Center": the word after an editor's brackets ends the name they cut, and is none alone.
		if (c.single && /\][\s\u00a0\u202f]*$/u.test(article.text.slice(Math.max(0, c.start - 2), c.start))) continue;
		// "le Premier ministre Tom Bell": a capital that opens a role names no one and nothing.
		if (c.single && isRoleWord(`${value} ${NEXT_WORD.exec(article.text.slice(c.end, c.end + 40))?.[1] ?? ''}`.toLowerCase())) continue;
		// "South Sudanese Pounds", "Kenyan Shillings", "US Dollars": a country's currency is no place nor anyone.
		if (currencyOfCountry(value)) continue;
		// "to KSh 107.7 billion", "Rs 500", "Sh60,000": a currency before its amount is no name.
		if ((CURRENCY_WORD.test(value) && /^[\s\u00a0\u202f]*\d/u.test(article.text.slice(c.end, c.end + 3))) || CURRENCY_GLUED.test(value)) continue;
		// "Cesária Évora … Évora est morte", "Henri de Castries … Castries a refusé": the surname of
		// someone named in full is that person, though a city bears it ("née à Évora" stays the city).
		if (type === 'place' && c.single && surnames.has(value) && !(c.prevWord && PLACE_WORD_BEFORE.has(c.prevWord))) {
			type = 'person';
			value = surnames.get(value)!;
			placeKind = undefined;
			confidence = 0.85;
		}
		// "200 SSP", "964,8 millions de FCFA", "3 millions USD", "francs CFA": a currency's code after its
		// amount (or after "francs") is no body; "the rescue team SAR" is one.
		if (/^\p{Lu}{3,4}$/u.test(value) && (currencyCode(value) || value === 'CFA') && AMOUNT_OR_FRANCS_BEFORE.test(article.text.slice(Math.max(0, c.start - 24), c.start))) continue;
		// "56 $ US le baril", "3 millions $ CA": the letters after a dollar sign say which dollar.
		if (DOLLAR_COUNTRY.test(value) && /\$[\s\u00a0]?$/u.test(article.text.slice(Math.max(0, c.start - 2), c.start))) continue;
		// "311,882 US dollars", "2 million Singapore dollars": the country names the currency of an amount.
		if (/^[\s\u00a0\u202f]+dollars?(?![\p{L}])/iu.test(article.text.slice(c.end, c.end + 10)) && /\d[\s\u00a0\u202f]*(?:(?:million|billion|trillion)[\s\u00a0\u202f]*)?$/iu.test(article.text.slice(Math.max(0, c.start - 20), c.start))) continue;
		// "US $12 billion", "HK$5": a country or its letters before a currency sign say which dollar
		// ("paid Jane Doe $5,000" pays someone).
		if ((/^\p{Lu}{1,3}$/u.test(value) || lookupPlace(value)?.kind === 'country') && /^[\s\u00a0\u202f]?[$€£¥][\s\u00a0\u202f]?\d/u.test(article.text.slice(c.end, c.end + 4))) continue;
		// "O. Sonko" in a headline, "Ousmane Sonko" in the text: initials name the same person.
		if (type === 'person' && INITIALS_FIRST.test(value)) {
			const last = value.split(' ').pop();
			const full = [...fullNames].find((n) => n.split(' ').pop() === last && n[0] === value[0] && !INITIALS_FIRST.test(n));
			if (full) value = full;
		}
		if (type === 'person' && c.single) {
			const full = surnames.get(value) ?? (knownByOneWord.has(value) && oneWordStandsForPerson(article, c) ? value : undefined);
			// "Dakaractu précise…": an unknown word opening a sentence names an outlet when it reports.
			if (c.initialOnly && !full && !(c.nextText && REPORT_AFTER.test(c.nextText) && !lookupPlace(value))) continue;
			if (full) {
				value = full;
				confidence = Math.max(confidence, 0.85);
			} else if (!c.titled) {
				const pw = c.prevWord;
				const cue = singleWordKind(article.text, article.sentences[c.sentence], c);
				if (cue) {
					if (cue.lead) {
						c.start -= cue.lead;
						value = article.text.slice(c.start, c.end).replace(/[\s\u00a0\u202f]+/gu, ' ');
						c.value = value;
					}
					type = cue.type;
					placeKind = cue.placeKind;
					confidence = 0.6;
					if (cue.role) c.role = cue.role;
				} else if (pw && PLACE_PREPS.has(pw) && spokenTo(article.text, c.start)) {
					continue;
				} else if (pw && PLACE_PREPS.has(pw)) {
					// "porter assistance à Alain", "revient à Jean-Pierre et Luc Dardenne": a first name given
					// help, a prize or a tribute is someone named familiarly ("joué à Nancy" stays a place).
					if (isFirstName(value) && PERSON_GIVEN_TO.test(article.text.slice(Math.max(0, c.start - 40), c.start))) continue;
					type = 'place';
					placeKind = 'other';
					confidence = 0.5;
				} else if (pw && ORG_ARTICLES.has(pw) && !c.afterDe && !inhabitantOpening(article, c)) {
					type = 'organisation';
					confidence = 0.5;
				} else if ((pw === 'selon' || pw === 'by') || (c.nextText && SPEECH_AFTER.test(c.nextText))) {
					type = 'organisation';
					confidence = 0.4;
				} else continue;
			}
		}
		// "in The Times", "cité par The Guardian": a capital "The" inside a sentence is part of the title.
		let start = c.start;
		if (type === 'organisation' && value === c.value) {
			const the = /(?<=[\p{Ll},;][\s\u00a0\u202f]+)The[\s\u00a0\u202f]+$/u.exec(article.text.slice(Math.max(article.sentences[c.sentence].start, c.start - 40), c.start));
			if (the) {
				start = c.start - the[0].length;
				value = `The ${value}`;
			}
		}
		// "l’association Tamarii Pointe", "the charity Open Doors": a name right after the kind of body it is names the body
		// (unless a known first name opens it).
		if (type === 'person' && !isFirstName(value.split(' ')[0]) && ORG_KIND_RIGHT_BEFORE.test(article.text.slice(Math.max(0, c.start - 40), c.start))) type = 'organisation';
		const venue = type === 'person' && lang === 'fr' ? VENUE_RIGHT_BEFORE.exec(article.text.slice(Math.max(0, c.start - 40), c.start)) : null;
		if (venue) {
			// The place is the venue: "l’hémicycle Rabah Aissat".
			type = 'place';
			placeKind = placeKind ?? 'other';
			const noun = venue[0].replace(/^(?:l['’]|\p{L}+[\s\u00a0\u202f]+)/u, '');
			start = c.start - noun.length;
			value = `${noun.replace(/[\s\u00a0\u202f]+/gu, ' ')}${value}`;
		}
		// "San Jose", "Santa Cruz", "São Paulo", "Saint Louis": a saint's name written as two words is a place.
		if (type === 'person' && SAINT_PLACE.test(value)) {
			type = 'place';
			placeKind = placeKind ?? 'city';
		}
		// "le Secrétaire d’État Antony Blinken": the post's first word is no body, its last ("État") no
		// part of the name of the person holding it.
		if (POST_D_ETAT.test(`${value}${article.text.slice(c.end, c.end + 8)}`) && /^(?:Secrétaire|Conseiller|Conseillère|Ministre)$/u.test(value)) continue;
		const holder = /^[ÉE]tat[\s\u00a0\u202f]+(\p{Lu}[\p{L}'’-]+(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(value);
		if (holder && POST_D_ETAT.test(article.text.slice(Math.max(0, start - 20), start + 5))) {
			start = c.end - holder[1].length;
			value = holder[1].replace(/[\s\u00a0\u202f]+/gu, ' ');
			type = 'person';
		}
		// "Saint Lucians came out", "a Saint Lucian outfit": the people of a place, or its adjective, name no place.
		if (type === 'place' && SAINT_PLACE.test(value) && (SAINT_PEOPLE.test(value) || (SAINT_ADJECTIVE.test(value) && /^[\s\u00a0\u202f]+\p{Ll}/u.test(article.text.slice(c.end, c.end + 3)))) && placeOfPeopleIn(value, article.text)) continue;
		// "the Foundation's donors", "la Fondation": a body's head word alone refers back to its name.
		if (type === 'organisation' && ANAPHOR_HEAD.test(value) && /(?:^|[\s\u00a0\u202f(])(?:the|la|le|l['’]|du|des|au|aux|de[\s\u00a0\u202f]+la|de[\s\u00a0\u202f]+l['’])[\s\u00a0\u202f]*$/iu.test(article.text.slice(Math.max(0, start - 9), start))) continue;
		// "on the West coast of Scotland", "le Sud du pays": a point of the compass alone is no place.
		if (COMPASS.has(value) || (DIRECTIONS.has(value) && !CENTRE.has(value))) continue;
		// "picked up the Golden Lion", "a Silver Bear": a metal before a word names a prize, no one
		// (a place keeps it: "Silver Spring").
		if (type === 'person' && PRIZE_METAL_BEFORE.test(value)) continue;
		mentions.push({ type, start, end: c.end, value, sentence: c.sentence, placeKind, confidence, role: c.role });
	}

	// Roles: a role attached to any mention of a person applies to all of them.
	const roles = new Map<string, string>();
	const orgKinds = new Map<string, string>();
	const posts = new Map<string, { former: Set<string>; current: Set<string> }>();
	const text = article.text;
	for (const mn of mentions) {
		const s = article.sentences[mn.sentence];
		const left = text.slice(s.start, mn.start);
		const right = text.slice(mn.end, s.end);
		if (mn.type === 'person') {
			const r = mn.role ?? roleBefore(left) ?? roleAfter(right);
			if (r) {
				const held = posts.get(mn.value) ?? { former: new Set<string>(), current: new Set<string>() };
				const words = foldKey(r.toLowerCase()).split(/[\s\u00a0-]+/u).filter((w) => isRoleWord(w));
				const kept = heldFormerly(r, left) ? held.former : held.current;
				for (const w of words) kept.add(w);
				posts.set(mn.value, held);
			}
			if (r) {
				mn.role = r;
				mn.confidence = Math.max(mn.confidence, 0.9);
				if (!roles.has(mn.value)) roles.set(mn.value, r);
			}
		} else if (mn.type === 'organisation') {
			const m = ORG_BEFORE.exec(left.slice(-80));
			if (m && checkAdjectives(m[2]) && !orgKinds.has(mn.value)) orgKinds.set(mn.value, tidy(m[1]));
		}
	}
	for (const mn of mentions) {
		if (mn.type === 'person' && roles.has(mn.value)) mn.role = roles.get(mn.value);
		if (mn.type === 'organisation' && orgKinds.has(mn.value)) mn.role = orgKinds.get(mn.value);
	}
	mentions.sort((a, b) => a.start - b.start);
	return { mentions, roles, orgKinds, posts };
}

// ---- role phrases ("le dirigeant russe") -------------------------------------------------------

// Words that say a post is held no longer ("former", "ex-", "ancien", "outgoing" still holds it).
const FORMER_WORDS = new Set(['former', 'ex', 'ancien', 'ancienne', 'late', 'feu', 'feue']);
const LEADER_NOUNS = new Set(['président', 'presidente', 'présidente', 'dirigeant', 'dirigeante', 'chef', 'cheffe', 'leader', 'president', 'dictateur', 'dictator']);

/**
 * The person a role phrase refers to ("le dirigeant russe" → the person whose role is "président
 * russe"): same country (from the demonym) and a compatible role noun; unique match only.
 */
export function resolveRolePhrase(phrase: string, roles: Map<string, string>, posts?: NameIndex['posts']): string | undefined {
	const words = foldKey(phrase.toLowerCase()).split(/[\s-]+/);
	const country = words.map((w) => demonymCountry(w)).find(Boolean);
	const nouns = words.filter((w) => isRoleWord(w));
	if (!nouns.length) return undefined;
	const leaderish = nouns.some((n) => LEADER_NOUNS.has(n));
	const hits: string[] = [];
	// "the chief minister said", "le dirigeant russe" is not the "former chief minister", "l’ancien
	// président russe" the article named (unless it also names them in that post now: "Former President
	// X … President X returned"); among several matches, one who held the post formerly gives way.
	const former = words.some((w) => FORMER_WORDS.has(w));
	const samePost = (held: ReadonlySet<string>) => nouns.some((n) => held.has(n)) || (leaderish && [...held].some((w) => LEADER_NOUNS.has(w)));
	const heldBefore = new Set<string>();
	for (const [person, role] of roles) {
		const rw = foldKey(role.toLowerCase()).split(/[\s-]+/);
		const held = posts?.get(person);
		if (!former && held && samePost(held.former)) {
			if (!samePost(held.current)) continue;
			heldBefore.add(person);
		}
		const rCountry = rw.map((w) => demonymCountry(w)).find(Boolean);
		// "président de l’Iran" also names the country.
		const rCountry2 = rCountry ?? role.split(/[\s'’]+/).map((w) => lookupPlace(w)?.country).find(Boolean);
		if (country && rCountry2 !== country) continue;
		const sameNoun = nouns.some((n) => rw.includes(n));
		const bothLeaders = leaderish && rw.some((w) => LEADER_NOUNS.has(w));
		if (sameNoun || bothLeaders) hits.push(person);
	}
	const now = hits.length > 1 ? hits.filter((p) => !heldBefore.has(p)) : hits;
	return now.length === 1 ? now[0] : undefined;
}
