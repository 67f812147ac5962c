// Events: (1) event facts — noun-phrase objects of key news verbs ("livré des missiles balistiques
// à courte portée" → "missiles balistiques à courte portée") and lists of planned actions; (2)
// attachEvents — the event each fact is about, as a noun phrase built from its clause's verb
// ("signé" → "signature de …", "entré en vigueur" → "entrée en vigueur de …", "signed" → "signing
// of …"). A small verb → noun table covers frequent news verbs; anything else falls back on the
// clause text around the fact.
import type { Article, Fact, Sentence } from '../types';
import { resolveNounPhrase } from './negations';
import { quoteAt, quoteRanges } from './quotes';
import { announcesList, B0, B1, HYPHEN_ADJECTIVE_BEFORE, PARTICLE_OPENING, PREPOSITION_OPENING, S, W, tidy } from '../text/patterns';
import { elides, EN_IRREGULAR_PARTICIPLE, EN_IRREGULAR_PAST, FINITE_AUXILIARIES, ING_NOT_VERB, LINEAGE_PARTICLES, LY_ADVERB, monthNumber, PERSON_NOUNS_FR, WEEKDAY_ALT } from '../text/lexicon';
import { isFirstName, isRoleWord } from './gazetteer';
import { CARDINAL_WORD } from '../text/numbers';

// ---- noun phrases ----------------------------------------------------------------------------

// The determiners a noun phrase opens with (French, and English for a quoted phrase).
const DETERMINERS = "the|a|an|its|their|his|her|les|le|la|l['’]|des|du|de la|de l['’]|un|une|d['’]|leur|leurs|son|sa|ses|ce|cet|cette|ces|plusieurs|certains|certaines|quelques|deux|trois|nos|notre";
const FR_DET = new RegExp(`^(?:${DETERMINERS})$`, 'iu');
// (The French ones only: "a" is also "has", "a accusé" the verb.)
const FR_DETERMINERS = DETERMINERS.split('|').filter((w) => !/^(?:the|a|an|its|their|his|her)$/u.test(w)).join('|');
const FR_INDEF = /^(?:des|du|de la|de l['’]|un|une|d['’]|de|leur|leurs|son|sa|ses)[\s\u00a0\u202f]*/iu;
const EN_INDEF = /^(?:a|an|some|their|its|his|her)[\s\u00a0\u202f]+/iu;
// Words that end a noun phrase.
const NP_STOP = new Set(
	(
		'à au aux dans en pour par avec sur sous entre après avant depuis pendant lors selon contre vers chez sans et ou mais qui que qu dont où comme si ' +
		'a ont est sont était sera seront avait aurait serait peut pourrait doit devrait ne n pas se s il elle ils elles on ' +
		'déjà également aussi notamment actuellement régulièrement encore toujours surtout principalement essentiellement ' +
		'in on at for by with from to into after before during since against about and or but which that who whom as than while when whereas because although though ' +
		'is are was were has have had will would can could should also already still mainly'
	).split(' ')
);
const ADVERBS = new RegExp(
	`^(?:${S}*(?:déjà|également|aussi|notamment|actuellement|régulièrement|encore|toujours|surtout|principalement|essentiellement|en${S}+grande${S}+partie|en${S}+partie|officiellement|finalement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|(?:soir|matin|après-midi)(?![\\p{L}])|already|also|mainly|largely|officially|finally|reportedly|allegedly))+${S}*`,
	'iu'
);

interface NP {
	start: number;
	end: number;
	text: string;
}

const NP_WORD = new RegExp(`(?:${W}|\\d+(?:[.,]\\d+)?)`, 'uy');
/** The noun phrase starting at `pos` (determiner included), stopping at prepositions, verbs, punctuation. */
function nounPhraseAt(text: string, pos: number, limit: number): NP | null {
	// Sticky and shared: lastIndex is set before every exec.
	const re = NP_WORD;
	let i = pos;
	while (i < limit && /[\s\u00a0\u202f]/u.test(text[i])) i++;
	const start = i;
	let end = i;
	let words = 0;
	let prev = '';
	while (i < limit && words < 12) {
		re.lastIndex = i;
		const m = re.exec(text);
		if (!m) break;
		const w = m[0];
		const lw = w.toLowerCase().replace(/['’]$/, '');
		const isFirst = words === 0;
		if (/^(?:de|du|des|d)$/.test(lw) || /^d['’]/i.test(w)) {
			// "de" links nouns inside the phrase ("transfert d’armes", "exercices de défense").
			if (isFirst && !/^d['’]/i.test(w) && lw !== 'des' && lw !== 'du') break;
		} else if (lw === 'à' && !isFirst) {
			// "à courte portée" belongs to the noun; "à la Russie" does not.
			const nx = /^[\s\u00a0\u202f]+([\p{L}\p{M}'’]+)/u.exec(text.slice(i + w.length, i + w.length + 30));
			if (!nx || /^(?:la|le|les|l['’]|un|une)$/iu.test(nx[1]) || /^\p{Lu}/u.test(nx[1])) break;
		} else if (NP_STOP.has(lw) && !(isFirst && FR_DET.test(lw))) break;
		else if (!isFirst && /^\p{Lu}/u.test(w) && !/^(?:de|du|des|d)$/.test(prev)) break;
		i += w.length;
		end = i;
		words++;
		prev = lw;
		// Elided determiners glue to the next word: "l’accord", "d’armes".
		if (/['’]$/.test(w)) continue;
		if (text[i] === '’' || text[i] === "'") {
			i++;
			continue;
		}
		if (!/^[\s\u00a0\u202f]/u.test(text.slice(i, i + 1))) break;
		while (i < limit && /[\s\u00a0\u202f]/u.test(text[i])) i++;
	}
	// A phrase never ends on a determiner or a linking word.
	let t = text.slice(start, end);
	for (;;) {
		const cut = /[\s\u00a0\u202f]+(?:de|du|des|d['’]|la|le|les|l['’]|un|une|et|à|of|the|a|an|and)$/iu.exec(t);
		if (!cut) break;
		t = t.slice(0, cut.index);
	}
	if (!t.trim()) return null;
	return { start, end: start + t.length, text: t };
}

function stripIndefinite(np: string): string {
	return np.replace(FR_INDEF, '').replace(EN_INDEF, '');
}

// ---- event facts -----------------------------------------------------------------------------

const KEY_VERBS = new RegExp(
	`${B0}(?:sign(?:é|ée|és|ées|e|ent|era|eront|er)|livr(?:é|ée|és|ées|e|ent|er|era)|fourni(?:r|t|s|ssent)?|envoy(?:é|ée|és|ées|er)|déploy(?:é|ée|és|ées|er)|vend(?:u|us|ue|ues|re)|achet(?:é|és|er)|annonc(?:é|ée|e|ent|er)|lanc(?:é|ée|e|er)|adopt(?:é|ée|er)|ratifi(?:é|ée|er)|men(?:é|ée|és|ées)|prévu|prévoit|prévoient|conclu|signed|delivered|delivers|deliver|provided|provides|provide|supplied|supplies|supply|sent|deployed|sold|bought|announced|announces|launched|adopted|ratified|conducted|includes|included)${B1}`,
	'giu'
);
const AUX_BEFORE = new RegExp(
	`${B0}(?:a|ai|as|ont|avons|avez|avait|avaient|aurait|auraient|avoir|être|est|sont|été|était|étaient|sera|seront|soit|soient)(?:${S}+(?:déjà|également|aussi|actuellement|notamment|en${S}+grande${S}+partie|régulièrement|pas|jamais|plus))*${S}*$`,
	'iu'
);
const FR_INF_ITEM = new RegExp(`${B0}(?:de${S}+|d['’])(${W}(?:er|ir|re))${S}+`, 'giu');

// "de X, de Y et de Z" / "des X, des Y et des Z": the list marker repeated before every item.
const LIST_ITEM = `\\p{Ll}[\\p{L}\\p{M}-]*(?:${S}+(?:de${S}+|d['’]|du${S}+|des${S}+|à${S}+)?(?!(?:dans|sur|pour|par|avec|en|le|la|les|et|ou|qui|que|au|aux|contre|entre|vers|depuis|selon)${B1})\\p{Ll}[\\p{L}\\p{M}-]*){0,3}`;
const FR_NOUN_LIST = new RegExp(
	`${B0}(?:de|des|les)${S}+((?:d['’]|de${S}+|des${S}+|les${S}+)?${LIST_ITEM}(?:${S}*,${S}*(?:de${S}+|d['’]|des${S}+|les${S}+)${LIST_ITEM})*${S}+et${S}+(?:de${S}+|d['’]|des${S}+|les${S}+)${LIST_ITEM})`,
	'gu'
);
const LIST_MARKER = /^(?:des|de|les|d['’])[\s\u00a0\u202f]*/iu;
// Every item: a word of three letters or more, not ending on an elided article.
// An item is a word or more, never one left waiting for its complement ("produits de", "défis liés à").
const LIST_ITEM_OK = /^[\p{L}][\p{L}\p{M}-]{2,}(?:[\s\u00a0\u202f].*)?$/u;
const ITEM_DANGLING_END = /(?:^|[\s\u00a0\u202f])(?:de|du|des|à|au|aux|le|la|les|en|par|pour|sur|of|to|the|for|in|on|with|by)$|[dl]['’]$/iu;
const NAME_BEFORE_LIST = /\p{Lu}[\p{L}\p{M}-]*(?:[\s\u00a0\u202f]+\p{Ll}[\p{L}\p{M}-]*){0,2}[\s\u00a0\u202f]+(?:de|des|les)?[\s\u00a0\u202f]*$/u;
const LIST_FUNCTION_START = /^(?:the|a|an|until|when|while|before|after|because|since|if|as|in|on|at|for|with|by|from|of|to|than|that|which|who|about|around|up|down)(?![\p{L}])/iu;
// "will drill …, measure … and test …": three or more verb phrases after a modal.
const EN_ITEM = `\\p{Ll}+${S}+[^,.;:!?]{3,90}?`;
const EN_VERB_LIST = new RegExp(
	`${B0}(?:will|would|can|could|must|should|to)${S}+(${EN_ITEM}(?:${S}*,${S}*${EN_ITEM})+,?${S}+and${S}+${EN_ITEM})(?=[.;:!?]|$)`,
	'gu'
);

const NP_BAD_END = /(?:^|\s)(?:très|trop|due|earlier|later|ago|then|soon|again|now|soir|matin|midi|hier|demain|minutes|heures|hours|days|jours|tonight|today|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

function eventFact(start: number, end: number, value: string, s: Sentence, text: string, confidence: number): Fact {
	return { id: `event-${start}`, type: 'event', value, text: text.slice(start, end), start, end, sentence: s.index, confidence };
}

const PARTNER_OR_TARGET = new RegExp(`^${S}+(?:avec|with|à|to)${S}+(?:(?:la|le|les|l['’])${S}*)?\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+\\p{Lu}[\\p{L}\\p{M}-]*)*`, 'u');
const PP_DANS_EN = new RegExp(`^${S}*(?:dans|en)${S}+(?=les${S}|la${S}|le${S}|l['’])`, 'iu');
/** `quotes`: the article's quotation ranges (`quoteRanges`); lists inside a quote are skipped. */
export function extractEventFacts(article: Article, quotes: [number, number][]): Fact[] {
	const text = article.text;
	const out: Fact[] = [];
	for (const s of article.sentences) {
		// Lists of planned actions: "de renforcer X, d’organiser Y et d’effectuer Z".
		FR_INF_ITEM.lastIndex = 0;
		const items: { verbStart: number; objStart: number }[] = [];
		let m: RegExpExecArray | null;
		while ((m = FR_INF_ITEM.exec(s.text))) items.push({ verbStart: s.start + m.index + m[0].indexOf(m[1]), objStart: s.start + m.index + m[0].length });
		const chain: typeof items = [];
		const flush = () => {
			if (chain.length >= 2) {
				const parts: string[] = [];
				for (let k = 0; k < chain.length; k++) {
					const to = k + 1 < chain.length ? chain[k + 1].verbStart : s.end;
					let seg = text.slice(chain[k].objStart, to);
					seg = seg.replace(/(?:[\s\u00a0\u202f]*,[\s\u00a0\u202f]*|[\s\u00a0\u202f]+et[\s\u00a0\u202f]+)?(?:de[\s\u00a0\u202f]+|d['’])?$/u, '');
					seg = seg.replace(/[.;:!?»”]+[\s\u00a0\u202f]*$/u, '');
					parts.push(stripIndefinite(tidy(seg)).replace(/^(?:la|le|les|l['’])\s*/iu, ''));
				}
				// A list of actions has short items; a long or contrasted one is a clause the list rule misread.
				if (parts.some((p) => p.split(' ').length > 8) || parts.some((p) => /(?:^|\s)(?:but|mais|however|cependant)(?:\s|$)/iu.test(p))) {
					chain.length = 0;
					return;
				}
				const start = chain[0].verbStart;
				let end = chain[chain.length - 1].objStart;
				const tail = text.slice(end, s.end).search(/[.;!?]/u);
				end = tail < 0 ? s.end : end + tail;
				out.push(eventFact(start, end, parts.join(', '), s, text, 0.7));
			}
			chain.length = 0;
		};
		for (const it of items) {
			const prev = chain[chain.length - 1];
			if (prev) {
				const between = text.slice(prev.objStart, it.verbStart);
				// Items of one list are separated by a comma or "et", with no sentence break.
				if (/[.;:!?]/u.test(between) || !/(?:,|[\s\u00a0\u202f]et)[\s\u00a0\u202f]*(?:de[\s\u00a0\u202f]*|d['’])$/u.test(between)) flush();
			}
			chain.push(it);
		}
		flush();

		// Lists of nouns: "les rejets de résidus de médicaments, de pesticides et de microplastiques".
		const listRe = article.lang === 'fr' ? FR_NOUN_LIST : EN_VERB_LIST;
		listRe.lastIndex = 0;
		while ((m = listRe.exec(s.text))) {
			const body = m[1];
			const items = body
				.split(article.lang === 'fr' ? /[\s\u00a0\u202f]*,[\s\u00a0\u202f]*|[\s\u00a0\u202f]+et[\s\u00a0\u202f]+/u : /[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:and[\s\u00a0\u202f]+)?|[\s\u00a0\u202f]+and[\s\u00a0\u202f]+/u)
				.map((it) => tidy(it.replace(LIST_MARKER, '')))
				.filter(Boolean);
			if (items.length < (article.lang === 'fr' ? 2 : 3) || items.some((it) => it.split(' ').length > 12 || !LIST_ITEM_OK.test(it) || ITEM_DANGLING_END.test(it))) continue;
			const start = s.start + m.index + m[0].indexOf(body);
			// Part of a name ("Agence nationale de sécurité du médicament et des produits…"), or a quote.
			if ((article.lang === 'fr' && NAME_BEFORE_LIST.test(text.slice(Math.max(s.start, start - 40), start))) || quoteAt(quotes, start)) continue;
			if (article.lang === 'fr' && items.some((it) => /^\p{Ll}+(?:er|ir)$/u.test(it.split(' ')[0]))) continue;
			if (article.lang === 'en' && items.some((it) => LIST_FUNCTION_START.test(it))) continue;
			// "rejets de résidus de médicaments, de pesticides…": the first item is the one after its "de".
			if (/^(?:de|d['’])/iu.test(body.slice(body.search(/[,]/u) + 1).trim())) {
				const inner = /^\p{Ll}[\p{L}\p{M}-]*[\s\u00a0\u202f]+(?:de|d['’])[\s\u00a0\u202f]*(.+)$/u.exec(items[0]);
				if (inner) items[0] = inner[1];
			}
			out.push(eventFact(start, start + body.length, items.join(', '), s, text, 0.6));
		}

		// Objects of key verbs.
		KEY_VERBS.lastIndex = 0;
		while ((m = KEY_VERBS.exec(s.text))) {
			const verbEnd = s.start + m.index + m[0].length;
			// A bare participle modifies the phrase before it ("l’accord signé le 17 janvier"): no object after.
			if (/(?:é|ée|és|ées|u|ue|us|ues|i|is|it)$/iu.test(m[0]) && article.lang === 'fr' && !AUX_BEFORE.test(s.text.slice(0, m.index))) continue;
			// "« Je déclare ouverte la onzième édition », a lancé le président": after a quotation and its
			// comma the verb's subject follows it (an incise), no object. ("Le maire, élu en 2020, a lancé
			// un programme" and "Le journal « Le Monde » a lancé…" have their subject before.)
			if (article.lang === 'fr' && /[»”"][\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:(?:a|ont|avait|avaient)[\s\u00a0\u202f]+)?$/u.test(s.text.slice(0, m.index))) continue;
			let rest = text.slice(verbEnd, s.end);
			let skip = 0;
			// "a signé avec Vladimir Poutine un accord": skip a named partner.
			const partner = PARTNER_OR_TARGET.exec(rest);
			if (partner) skip += partner[0].length;
			const adv = ADVERBS.exec(rest.slice(skip));
			if (adv) skip += adv[0].length;
			rest = rest.slice(skip);
			let from = verbEnd + skip;
			// "menées … dans les monnaies nationales": the place/means phrase is the salient part.
			const pp = PP_DANS_EN.exec(rest);
			const lw = m[0].toLowerCase();
			if (pp && /^men/.test(lw)) from += pp[0].length;
			else if (/^(?:de|d['’]|que|qu['’]|à|par|en|dans)\b/iu.test(rest.trimStart())) continue;
			// "conducted of its kind", "launched in May by…": a preposition opens no object.
			else if (PREPOSITION_OPENING.test(rest.trimStart())) continue;
			// "sold off its shops": a particle makes another verb.
			else if (article.lang === 'en' && PARTICLE_OPENING.test(rest.trimStart())) continue;
			const np = nounPhraseAt(text, from, s.end);
			if (!np) continue;
			const words = np.text.split(/[\s\u00a0\u202f]+/);
			if (words.length < 2 || /^\p{Lu}/u.test(np.text) || /\d/.test(words[1] ?? '') || /^\d/.test(words[0])) continue;
			const value = /^men/.test(lw) ? tidy(np.text) : stripIndefinite(tidy(np.text));
			if (value.split(' ').length < 2 || /^(?:les?|la|l['’]|the|an?)\s*\S+$/iu.test(value)) continue;
			// A noun phrase ends with a noun, not with "due", "earlier" or a time of day; it starts with a word.
			if (NP_BAD_END.test(value) || !/^\p{L}{2}/u.test(value) || /^(?:là|ici|y|there|here)(?:\s|$)/iu.test(value)) continue;
			// "included the following upgrades: …", "les mesures suivantes :": what the list after it says.
			if (announcesList(value, text.slice(np.end, np.end + 4))) continue;
			const startOff = np.start + (np.text.length - np.text.replace(FR_INDEF, '').replace(EN_INDEF, '').length) * (/^men/.test(lw) ? 0 : 1);
			out.push(eventFact(startOff, np.end, value, s, text, 0.6));
		}
	}
	// Several events may share a start: extractEntities keeps the first of each id (`event-${start}`).
	return out;
}

// ---- attachEvents -----------------------------------------------------------------------------

type Arg = 'obj' | 'subj';
interface VerbRule {
	/** Regex source of the verb forms (no boundaries). */
	src: string;
	noun: string;
	arg: Arg;
	/** Add "par <subject>" when the object is named ("accusation de l’Iran par les États-Unis"). */
	agent?: boolean;
	/** Keep the destination ("refuge de X à Moscou"). */
	place?: boolean;
	/** Only of someone: "arrêté" sets a budget as often as it arrests a person (`arrested`); "nés" qualifies "défis" as often as it says a birth. */
	person?: boolean;
	weight: number;
	lang: 'fr' | 'en';
}

const FR_PP = '(?:é|ée|és|ées)';
const rules: VerbRule[] = [];
function fr(stem: string, noun: string, arg: Arg, weight = 1, extra: Partial<VerbRule> = {}): void {
	rules.push({ src: stem, noun, arg, weight, lang: 'fr', ...extra });
}
function en(forms: string, noun: string, arg: Arg, weight = 1, extra: Partial<VerbRule> = {}): void {
	rules.push({ src: forms, noun, arg, weight, lang: 'en', ...extra });
}
// No entry for announcing, declaring or holding: "the announcement of Anita Brookner" dates a
// news item, not a fact, and those verbs name no event of their own.
// ("un signe inquiétant", "ce signe", "en signe de protestation": the verb "signe" has its object after it;
// after a masculine determiner it is the noun.)
fr(`sign${FR_PP}|(?<!(?:^|[^\\p{L}])(?:le|un|ce|du|au|son|mon|ton|notre|votre|leur|chaque|tout|aucun|même|autre|premier|dernier|seul)${S}+)signe(?=${S}+(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?![\\p{L}]))|signent|signera|signeront`, 'signature', 'obj', 3);
fr(`entr${FR_PP}${S}+en${S}+vigueur|entre${S}+en${S}+vigueur|entrera${S}+en${S}+vigueur`, 'entrée en vigueur', 'subj', 3);
// ("l'accusé", "les deux accusés", "chaque accusé", "son co-accusé": after a determiner or a count the
// participle is a defendant, no accusation; "le parquet l'accuse" is the verb.)
fr(`(?<!(?:^|[^\\p{L}])(?:l['’]|(?:${FR_DETERMINERS}|au|aux|chaque|\\d+)${S}+)|\\p{L}-)accus${FR_PP}|accuse|accusent`, 'accusation', 'obj', 2, { agent: true });
fr(`réfugi${FR_PP}`, 'refuge', 'subj', 2, { place: true });
// "s'est rendu à Tombouctou", "s'y est également rendu", "a rendu visite aux familles"; a judgment or a
// report "rendu" is delivered, and one "s'est rendu compte" or "coupable" went nowhere.
fr(`(?<=(?:s['’]|se${S}+)(?:y${S}+)?(?:est|sont|était|étaient|sera|seront|serait|seraient)${S}+(?:(?:également|aussi|déjà|ensuite|alors|notamment|même|personnellement)${S}+)?)rendue?s?(?!${S}+(?:compte|coupables?|maîtres?)(?![\\p{L}]))|rendue?s?(?=${S}+visite)`, 'visite', 'subj', 1, { place: true });
fr(`envoy${FR_PP}|envoie|envoient`, 'envoi', 'obj', 2, { place: true });
fr(`livr${FR_PP}|livre|livrent`, 'livraison', 'obj', 2);
fr(`devenue?s?`, 'accession', 'subj', 2);
// "le 24 mai 2019, le maire élu, Taoufik Laabidi, démissionnait": the one elected, an adjective
// between its noun and a comma, is no election of that day.
// ("expliquée aux élus", "les élus locaux": right after a plural determiner "élus" are the elected, a noun.)
fr(`(?<!(?:^|[^\\p{L}])(?:aux|les|des|ces|ses|nos|vos|leurs)${S}+)(?:(?<!(?:^|[^\\p{L}])(?:(?:le|la|les|un|une|des|du|au|aux)${S}+|l['’]${S}*)\\p{L}+${S}+)élue?s?|élue?s?(?!${S}*,))`, 'élection', 'subj', 2);
fr(`nomm${FR_PP}`, 'nomination', 'subj', 2);
fr(`lanc${FR_PP}`, 'lancement', 'obj', 1);
fr(`conclue?s?`, 'conclusion', 'obj', 2);
fr(`ratifi${FR_PP}`, 'ratification', 'obj', 2);
fr(`adopt${FR_PP}`, 'adoption', 'obj', 2);
fr(`rencontr${FR_PP}|rencontre|rencontrent`, 'rencontre', 'obj', 1);
fr(`arrêt${FR_PP}`, 'arrestation', 'obj', 2, { person: true });
fr(`renvers${FR_PP}`, 'renversement', 'subj', 2);
fr(`envahie?s?|envahit`, 'invasion', 'obj', 2);
fr(`attaqu${FR_PP}`, 'attaque', 'obj', 1);
fr(`démissionn${FR_PP}|démissionne`, 'démission', 'subj', 2);
fr(`décéd${FR_PP}|morte?s?`, 'mort', 'subj', 2);
fr(`née?s?`, 'naissance', 'subj', 2, { person: true });
fr(`visit${FR_PP}`, 'visite', 'obj', 1);
fr(`fond${FR_PP}`, 'fondation', 'obj', 2);
fr(`cré${FR_PP}`, 'création', 'obj', 1);
fr(`publi${FR_PP}`, 'publication', 'obj', 1);
fr(`condamn${FR_PP}`, 'condamnation', 'obj', 2);
fr(`libér${FR_PP}`, 'libération', 'obj', 2);
fr(`vot${FR_PP}`, 'vote', 'obj', 1);
fr(`ouverte?s?`, 'ouverture', 'obj', 1);
fr(`démenti`, 'démenti', 'obj', 1);
fr(`commenc${FR_PP}`, 'début', 'subj', 1);
fr(`termin${FR_PP}`, 'fin', 'subj', 1);
// ("favorable signs and…", "signs of recovery", "a sign the talks had failed", "Warning signs on the
// bridge": "sign" is a verb only before what is signed, never after a determiner or a modifier.)
en(`signed|(?<!(?:^|[^\\p{L}])(?:a|an|the|this|that|any|no|every|one|first|clear|positive|early|good|bad|new|warning|road|street|stop)${S}+)(?:signs|sign)(?=${S}+(?:the|a|an|its|their|his|her|this|that|these|those|up|off|into|on)(?![\\p{L}]))`, 'signing', 'obj', 3);
en(`took${S}+effect|takes${S}+effect|came${S}+into${S}+force|entered${S}+into${S}+force|comes${S}+into${S}+force`, 'entry into force', 'subj', 3);
en(`accused|accuses`, 'accusation', 'obj', 2, { agent: true });
en(`fled`, 'flight', 'subj', 2, { place: true });
en(`visited|visits`, 'visit', 'obj', 1);
en(`travell?ed`, 'trip', 'subj', 1, { place: true });
en(`sent|deployed`, 'deployment', 'obj', 2, { place: true });
en(`delivered`, 'delivery', 'obj', 2);
en(`became`, 'accession', 'subj', 2);
en(`elected`, 'election', 'subj', 2);
en(`appointed|named`, 'appointment', 'subj', 2);
en(`launched|launches`, 'launch', 'obj', 1);
en(`concluded`, 'conclusion', 'obj', 2);
en(`ratified`, 'ratification', 'obj', 2);
en(`adopted|passed`, 'adoption', 'obj', 2);
en(`met`, 'meeting', 'obj', 1);
en(`arrested`, 'arrest', 'obj', 2);
en(`died`, 'death', 'subj', 2);
en(`born`, 'birth', 'subj', 2, { person: true });
en(`invaded`, 'invasion', 'obj', 2);
en(`attacked`, 'attack', 'obj', 1);
en(`resigned`, 'resignation', 'subj', 2);
en(`founded`, 'founding', 'obj', 2);
en(`created`, 'creation', 'obj', 1);
en(`published`, 'publication', 'obj', 1);
en(`released|freed`, 'release', 'obj', 2);
en(`killed`, 'killing', 'obj', 2);
en(`won`, 'victory', 'subj', 2);
en(`opened`, 'opening', 'obj', 1);
en(`began|started`, 'start', 'obj', 1);
en(`ended`, 'end', 'obj', 1);
en(`overthrown|toppled|ousted`, 'overthrow', 'subj', 2);

const ROLE_NOUN: Record<string, string> = {
	président: 'la présidence',
	présidente: 'la présidence',
	'premier ministre': 'la tête du gouvernement',
	'première ministre': 'la tête du gouvernement',
	roi: 'le trône',
	reine: 'le trône',
	pape: 'la papauté',
	president: 'the presidency',
	'prime minister': 'the premiership',
	king: 'the throne',
	queen: 'the throne'
};

/** "de" + a noun phrase with French contractions: de le → du, de les → des, de un → d’un. */
function deNP(np: string): string {
	const t = tidy(np);
	let m: RegExpExecArray | null;
	if ((m = /^le\s+(.*)$/iu.exec(t))) return 'du ' + m[1];
	if ((m = /^les\s+(.*)$/iu.exec(t))) return 'des ' + m[1];
	// ("des accusés" → "d’accusés": the partitive elides like any "de".)
	const rest = (m = /^des\s+(.*)$/iu.exec(t)) ? m[1] : t;
	if (elides(rest)) return 'd’' + rest;
	return 'de ' + rest;
}

/** "L’accord …" → "l’accord …" inside a label (names keep their capital). */
function lowerDeterminer(np: string): string {
	return np.replace(/^(Le|La|Les|L['’]|Un|Une|Des|Ce|Cet|Cette|Ces|The|A|An)(?=[\s\u00a0\u202f'’]|(?<=['’]))/u, (d) => d.toLowerCase());
}

function ofNP(np: string): string {
	return 'of ' + tidy(np);
}

// ("qu’il", "lorsqu’elle": an elided conjunction is glued to the next word.)
const CLAUSE_START_FR = new RegExp(`(?:[,;:()«»“”]|${B0}(?:que|et|mais|car|si|lorsque|quand|où|qui)${B1}|${B0}(?:qu|lorsqu|puisqu)['’])${S}*`, 'giu');
// ("After Zimbabwe won independence": a subordinator opening the sentence or a clause opens no name;
// "the children born after the war", "the once mighty carmaker" keep their words.)
const CLAUSE_START_EN = new RegExp(`(?:[,;:()«»“”]|${B0}(?:that|and|but|because|if|when|while|although|though|whereas|unless|who|which|where)${B1}|(?:^|[,;:()«»“”])${S}*(?:after|before|once|until)${B1})${S}*`, 'giu');

interface Occurrence {
	rule: VerbRule;
	start: number;
	end: number;
}

// One pass per sentence: every rule is a capture group of one alternation.
const combined = new Map<'fr' | 'en', { re: RegExp; rules: VerbRule[] }>();
for (const lang of ['fr', 'en'] as const) {
	const rs = rules.filter((r) => r.lang === lang);
	// One leading boundary for the whole alternation: five times faster than one per branch.
	const src = `${B0}(?:${rs.map((r) => '(' + r.src + ')').join('|')})${B1}`;
	combined.set(lang, { re: new RegExp(src, 'giu'), rules: rs });
}

function verbsIn(s: Sentence, lang: 'fr' | 'en'): Occurrence[] {
	const out: Occurrence[] = [];
	const { re, rules: rs } = combined.get(lang)!;
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(s.text))) {
		// ("the newly-elected council", "le fonds nouvellement-créé": a verb glued by a hyphen is an adjective.)
		if (HYPHEN_ADJECTIVE_BEFORE.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
		let k = 1;
		while (k < m.length && m[k] === undefined) k++;
		out.push({ rule: rs[k - 1], start: s.start + m.index, end: s.start + m.index + m[0].length });
	}
	// "entré en vigueur" also matches nothing else; drop overlaps, keeping the longest.
	out.sort((a, b) => a.start - b.start || b.end - a.end);
	return out.filter((o, i) => !out.some((p, j) => j !== i && p.start <= o.start && p.end >= o.end && (p.end - p.start > o.end - o.start)));
}

interface Ctx {
	article: Article;
	/** Person facts by sentence index, in text order. */
	people: Map<number, Fact[]>;
	/** Where an amount of money ends (numeric.ts decides what is an amount of won). */
	moneyEnds: Set<number>;
}

function peopleNear(ctx: Ctx, sentence: number, from: number): Fact[] {
	const out: Fact[] = [];
	for (let i = from; i <= sentence; i++) out.push(...(ctx.people.get(i) ?? []));
	return out;
}

const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\p{M}-]*|(?:al|el|ben|van|von|de|${LINEAGE_PARTICLES.join('|')})[- ]\\p{Lu}[\\p{L}\\p{M}-]*)`;
// An apposition of someone's birth or age ("X, né en 1950 à Lyon, est mort", "Y, 74 ans, a été élue",
// "Z, aged 60, died"): its figure is its own, no date of the main verb.
const AGE_OR_BIRTH = new RegExp(`^${S}*(?:née?s?|born|âgée?s?|aged|\\d{1,3}${S}+(?:ans|years?${S}+old))(?![\\p{L}])`, 'iu');
const APPOSED_CLAUSE = /^[\s\u00a0]*(?:who|which|that|qui|que|dont|où|where|when)(?![\p{L}])/iu;
// A sentence's subject: a determiner and its noun, or a name of two capitalised words.
const SUBJECT_HEAD = /^[\s\u00a0]*(?:(?:the|a|an|this|le|la|les|un|une|ce|cet|cette)[\s\u00a0]+\p{L}|[lL]['’][\s\u00a0]*\p{L}|\p{Lu}\p{Ll}+[\s\u00a0]+\p{Lu})/u;
const NAME_BEFORE = new RegExp(`(${NAME_WORD}(?:${S}+${NAME_WORD})*)$`, 'u');

// ("X, né en 1950, est mort": after the apposition's comma the auxiliary opens what is left.)
const TRAILING_AUX = new RegExp(`(?:(?:^|${S}+)(?:vien(?:t|nent)${S}+d['’]être|a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|sera|seront|a${S}+été|ont${S}+été|auraient${S}+déjà${S}+été|avait${S}+été|s['’]est|s['’]étaient|se${S}+sont|s['’]y|y|s['’]|se|has|have|had|was|were|is|are|been|has been|had been|will|would)${B1})+${S}*$`, 'iu');
const TRAILING_ADVERB = new RegExp(`(?:${S}+(?:déjà|également|aussi|already|also))+${S}*$`, 'iu');
// ("a été officiellement créée", "s'est finalement conclu": an adverb in -ment right after an auxiliary
// too; "Le gouvernement" keeps its noun. French only: an English subject may open on the article "A",
// "A settlement signed…", so English adverbs are read by their "-ly".)
const TRAILING_MENT_ADVERB = new RegExp(`(?<=(?:^|${S}|['’])(?:a|ont|avait|avaient|est|sont|était|étaient|été|sera|seront)${S}+)[a-zàâçéèêëîïôûùüÿœ]+ment${S}*$`, 'u');
// ("It was officially launched", "the hall was formally opened": an English adverb in -ly after an auxiliary.)
const TRAILING_LY_ADVERB = new RegExp(`(?<=(?:^|${S})(?:is|are|was|were|has|have|had|been|will|would)${S}+)${LY_ADVERB}${S}*$`, 'u');
/** The subject of a verb at `pos`: clause text before it, or the antecedent of "qui". */
function subjectOf(ctx: Ctx, s: Sentence, pos: number, lang: 'fr' | 'en'): { text: string; start: number; end: number } | null {
	const text = ctx.article.text;
	const left = text.slice(s.start, pos);
	const re = lang === 'fr' ? CLAUSE_START_FR : CLAUSE_START_EN;
	re.lastIndex = 0;
	let from = 0;
	let lastMatch = '';
	let m: RegExpExecArray | null;
	while ((m = re.exec(left))) {
		from = m.index + m[0].length;
		lastMatch = m[0];
	}
	let raw = left.slice(from);
	// Drop auxiliaries and pronouns before the participle.
	// ("s'est également rendu": the adverb stands between the auxiliary and the participle.)
	raw = raw.replace(TRAILING_AUX, '').replace(TRAILING_ADVERB, '');
	raw = raw.replace(lang === 'fr' ? TRAILING_MENT_ADVERB : TRAILING_LY_ADVERB, '');
	raw = raw.replace(TRAILING_AUX, '');
	// ("X, né en 1950, est mort": the comma's clause is only the auxiliary; its subject stands before the apposition.)
	const auxOnly = !raw.trim() && !!left.slice(from).trim();
	const lead = raw.length - raw.trimStart().length;
	let subj = tidy(raw);
	let start = s.start + from + lead;
	// Relative "qui" (or a participle after a comma): the subject is the phrase just before.
	const rel = /qui|who|which/i.test(lastMatch.trim());
	const appositive = lastMatch.trim() === ',' && !subj;
	if ((rel && !subj) || appositive || (rel && /^(?:s['’]|se)/.test(subj))) {
		let before = text.slice(s.start, s.start + from - lastMatch.length);
		// "The Centennial Arena, home of the Swan Valley Stampeders, opened in 1967": after an apposition
		// between two commas (no verb, no date or figure of its own: "which the city bought in 2019" keeps
		// its year), the subject is the phrase before the first, when that phrase opens the sentence as a
		// subject does ("In 2020, the mayor met the Tolo Hawks, founded in 1971" is no apposition).
		const comma = appositive ? before.trimEnd().lastIndexOf(',') : -1;
		const between = comma >= 0 ? before.slice(comma + 1) : '';
		const head = comma > 0 ? before.slice(0, comma) : '';
		const apposed = words(between).length <= 14 && (!/\d/u.test(between) || AGE_OR_BIRTH.test(between)) && !APPOSED_CLAUSE.test(between) && !words(between).some((w) => FINITE_AUXILIARIES[lang].has(w.toLowerCase()));
		// "L’ancien Premier ministre, Rachid Sfar, est décédé", "Kano State Governor, Abdullahi Ganduje,
		// has signed": the apposition is the name itself, the subject.
		const here = peopleNear(ctx, s.index, s.index);
		const apposedName = comma >= 0 ? here.find((p) => p.start >= s.start + comma + 1 && text.slice(p.start, p.end) === between.trim()) : undefined;
		if (apposedName) return { text: apposedName.value, start: apposedName.start, end: apposedName.end };
		if (comma > 0 && apposed && SUBJECT_HEAD.test(head) && !/\d/u.test(head) && !head.includes(',')) before = head;
		// After the auxiliary alone, what ends before the comma is the apposition's last words, never
		// the subject ("l’ancien guérillero, figure de la gauche, est mort" is no death of "la gauche").
		else if (auxOnly && appositive) return null;
		const person = here.filter((p) => p.end <= s.start + before.length + lastMatch.length && p.end >= s.start + before.trimEnd().length - 1).pop();
		if (person) return { text: person.value, start: person.start, end: person.end };
		// No person fact given: a capitalised name, else the noun phrase, right before "qui".
		const beforeEnd = s.start + before.trimEnd().length;
		const name = NAME_BEFORE.exec(before.trimEnd());
		if (name) {
			// "L’Édit de Fontainebleau, signé…": the name keeps its article ("la signature de l’Édit…").
			const pre = before.trimEnd().slice(0, before.trimEnd().length - name[1].length);
			const article = /(?:^|[\s\u00a0])((?:[Ll]['’])|(?:[Ll]es?|[Ll]a|[Tt]he)[\s\u00a0]+)$/u.exec(pre)?.[1] ?? '';
			const named = article + name[1];
			return { text: tidy(named), start: beforeEnd - named.length, end: beforeEnd };
		}
		const np = modifiedPhrase(ctx, s, beforeEnd);
		if (np) return { text: np.text, start: np.start, end: beforeEnd };
		return null;
	}
	if (!subj || subj.split(' ').length > 10) return null;
	// Strip adverbial openers.
	subj = subj.replace(/^(?:cependant|pourtant|toutefois|ainsi|however|meanwhile)\s+/iu, '');
	if (/^(?:il|elle|ils|elles|on|he|she|they|it|we|i)$/iu.test(subj)) {
		// A pronoun: the person named earlier in the sentence (or in the previous one).
		const p = peopleNear(ctx, s.index, Math.max(0, s.index - 1)).filter((f) => f.start < pos).pop();
		if (p) return { text: p.value, start: p.start, end: p.end };
		return null;
	}
	return { text: subj, start, end: start + raw.trim().length };
}

const NP_AT_END = new RegExp(`((?:${B0}(?:l['’]|(?:le|la|les|un|une|des|ce|cet|cette|ces)${S}+))${W}(?:${S}+(?!(?:a|ont|est|sont|qui|que)${B1})(?:de${S}+|d['’]|du${S}+)?${W}){0,5})${S}*$`, 'iu');
const HAS_AUX_WORD = new RegExp(`${B0}(?:a|ont|est|sont|été|has|have|was|were)${B1}`, 'iu');
/** The noun phrase a bare participle modifies: "L’accord de partenariat stratégique signé…". */
function modifiedPhrase(ctx: Ctx, s: Sentence, pos: number): { text: string; start: number } | null {
	const text = ctx.article.text;
	const left = text.slice(s.start, pos);
	const m = NP_AT_END.exec(left);
	if (!m) return null;
	const t = tidy(m[1]);
	// A verb form right before means it is not a plain noun phrase.
	if (HAS_AUX_WORD.test(t)) return null;
	return { text: t, start: s.start + m.index };
}

const PLACE_AFTER = new RegExp(`^${S}*((?:à|au|aux|en|vers|in|to|into)${S}+(?:(?:la|le|les|l['’]|the)${S}*)?\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+(?:du|de|des)${S}+\\p{Lu}[\\p{L}\\p{M}-]*)?)`, 'u');
function placeAfter(text: string, from: number, limit: number): { text: string; start: number; end: number } | null {
	const m = PLACE_AFTER.exec(text.slice(from, limit));
	if (!m) return null;
	const start = from + m[0].indexOf(m[1]);
	return { text: tidy(m[1]), start, end: start + m[1].length };
}

function overlaps(a: { start: number; end: number }, f: { start: number; end: number }): boolean {
	return a.start < f.end && a.end > f.start;
}

/** Cut a phrase before the fact it must not give away. */
function without(phrase: { text: string; start: number }, f: Fact, text: string): string | null {
	if (f.start >= phrase.start && f.start < phrase.start + phrase.text.length + 2) {
		const cut = text.slice(phrase.start, f.start).replace(/[\s\u00a0\u202f]+(?:de|du|des|d['’]|en|à|in|of|for|pour|le|la|les|l['’])?[\s\u00a0\u202f]*$/iu, '');
		return tidy(cut) || null;
	}
	return phrase.text;
}

const AUX_AT_END = new RegExp(`${B0}(?:a|ont|avait|avaient|aurait|auraient|avoir|être|est|sont|été|était|étaient|fut|furent|sera|s['’]est|se${S}+sont|has|have|had|was|were|is|are|been)${S}*(?:(?:déjà|également|aussi|already|also)${S}*)*$`, 'iu');
const ACTIVE_AUX_AT_END = new RegExp(`${B0}(?:has|have|had)${S}*(?:(?:already|also)${S}*)*$`, 'iu');
// ("which she founded", "which they quietly sold": a pronoun, perhaps an adverb, before the verb.)
const PRONOUN_DOER_AT_END = new RegExp(`${B0}(?:he|she|they|we|I|you)${S}*(?:${LY_ADVERB}${S}*)?$`, 'iu');
const PASSIVE_AT_END = new RegExp(`${B0}(?:été|d['’]être|été${S}+déjà|was|were|been|is|are)${S}*$`, 'iu');
const PARTNER_AFTER = new RegExp(`^${S}+(?:avec|with)${S}+\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+\\p{Lu}[\\p{L}\\p{M}-]*)*`, 'u');
const CAPITALISED_NP = new RegExp(`^(?:(?:les|le|la|l['’]|the)${S}*)?\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+\\p{Lu}[\\p{L}\\p{M}-]*|${S}+(?:du|de)${S}+\\p{Lu}[\\p{L}\\p{M}-]*)*`, 'u');
const BETWEEN_PAIR = new RegExp(`^[^.,;]{0,40}?${B0}(entre${S}+(?:(?:la|le|les)${S}+|l['’])?\\p{Lu}[\\p{L}\\p{M}-]*${S}+et${S}+(?:(?:la|le|les)${S}+|l['’])?\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+(?:du|de)${S}+\\p{Lu}[\\p{L}\\p{M}-]*)?)`, 'u');
const ROLE_AFTER_OCC = new RegExp(`^${S}+(${W}(?:${S}+ministre)?)((?:${S}+(?:de${S}+l['’]|de${S}+la|du|des|de|of${S}+the|of)${S}*\\p{Lu}[\\p{L}\\p{M}-]*)?)`, 'iu');
const HAS_WORD = new RegExp(`${W}`, 'u');
// Who is arrested: someone named ("Jean Dupont", a known first name) or a person or a post ("deux
// suspects", "le chauffeur du bus", "le maire de la commune"), after its determiner.
const ARREST_DETERMINER = new RegExp(`^(?:le|la|les|l['’]|un|une|des|ces|ses|son|sa|leurs?|deux|trois|quatre|cinq|six|\\d+)(?:${S}+|(?<=['’]))`, 'iu');
const PERSON_HEAD = new RegExp(`^(?:\\p{Ll}+${S}+)?(?:${PERSON_NOUNS_FR})s?(?![\\p{L}])`, 'u');
function arrested(phrase: string): boolean {
	const rest = phrase.replace(ARREST_DETERMINER, '');
	const [first = '', second = ''] = rest.split(/[\s\u00a0]+/u);
	// (A capitalised name with no determiner before it: "Jean Dupont", not "Deux projets".)
	if (/^\p{Lu}/u.test(rest)) return isFirstName(first) || (rest === phrase && /^\p{Lu}/u.test(second));
	return PERSON_HEAD.test(rest) || isRoleWord(first);
}

// What is won right after "won" (a determiner or a count, at most two words, none a preposition:
// "won the race by two points" is a race won): medals, seats, a prize — no victory. A cup, a vote,
// a race are victories.
const WON_A_THING = new RegExp(
	`^${S}+(?:(?:a|an|the|his|her|their|its|another)${S}+)?(?:[\\d][\\d,.]*${S}+|${CARDINAL_WORD}${S}+|several${S}+|many${S}+)?(?:(?!(?:by|in|at|on|of|for|with|over|against)(?![\\p{L}]))[\\p{L}-]+${S}+){0,2}?(?:medals?|titles?|awards?|prizes?|seats?|troph(?:y|ies)|grants?|contracts?|Oscars?|Grammys?|Emmys?|majority)(?![\\p{L}])|^${S}+(?:(?:its|their|his|her|the|broad|wide|public|international)${S}+)?(?:independence|approval|support|praise|recognition)(?=${S}*(?:[,.;:]|$)|${S}+(?:in|from|for|of|at|on|with|after|by|when|and)(?![\\p{L}]))`,
	'iu'
);

const CLITIC_OBJECT_BEFORE = /(?:^|[\s\u00a0])(?:(?:l['’]|(?:le|la|les|lui|leur|nous|vous)[\s\u00a0]+|[mt]['’])(?:a|ont|avait|avaient|aura|auront|aurait|auraient)[\s\u00a0]+|(?:la|les)[\s\u00a0]+)$/iu;
// What starts as an action right after "started"/"began": a verb in -ing or "to" and a verb.
const ACTION_STARTING = new RegExp(`^[\\s\\u00a0]+(?:to[\\s\\u00a0]+\\p{Ll}+|(?!(?:${ING_NOT_VERB})(?![\\p{L}]))\\p{Ll}{2,}ing)(?![\\p{L}])`, 'u');

function labelFor(ctx: Ctx, f: Fact, s: Sentence, occ: Occurrence): string | null {
	const text = ctx.article.text;
	const lang = ctx.article.lang;
	const { rule } = occ;
	const verbWord = text.slice(occ.start, occ.end).toLowerCase();
	const before = text.slice(s.start, occ.start);
	const hasAux = AUX_AT_END.test(before) || /['’]$/.test(before);
	const passive = PASSIVE_AT_END.test(before) && rule.arg === 'obj';
	const parts: string[] = [];
	const de = lang === 'fr' ? deNP : ofNP;

	// The object: the phrase after the verb, the phrase a bare participle modifies, or the passive subject.
	let object: { text: string; start: number } | null = null;
	let subject: { text: string; start: number; end: number } | null = null;
	let objectTail = '';
	const afterVerb = () => {
		let from = occ.end;
		const rest = text.slice(from, s.end);
		const partner = PARTNER_AFTER.exec(rest);
		if (partner) from += partner[0].length;
		const adv = ADVERBS.exec(text.slice(from, s.end));
		if (adv) from += adv[0].length;
		const np = nounPhraseAt(text, from, s.end);
		if (!np) return null;
		// "a fire that began Aug. 31", "launched Dec. 16": a month and its day after the verb are when, not
		// what ("the start of Aug").
		const month = /^\p{L}+/u.exec(np.text)?.[0];
		// (A day of the month, in the article's language: "launched Mars 2020" is a mission.)
		const day = month ? /^(\.?)[\s\u00a0]*\d{1,2}(?!\d)/u.exec(text.slice(np.start + month.length, np.start + month.length + 6)) : null;
		if (day && monthNumber(month + day[1], lang) !== null) return null;
		// "accusé l’Iran", "signed the deal": names and phrases both count.
		const cap = CAPITALISED_NP.exec(text.slice(np.start, s.end));
		if (cap) return { text: tidy(cap[0]), start: np.start };
		return { text: np.text, start: np.start };
	};
	// "Washington l’a accusé d’espionnage", "le ministre les a reçus", "le maire la signe jeudi": the
	// object is a pronoun before the verb or its auxiliary, which names no one here ("accusation de
	// d’espionnage par Washington l’a", "signature de 7 mars").
	if (rule.arg === 'obj' && lang === 'fr' && CLITIC_OBJECT_BEFORE.test(text.slice(Math.max(s.start, occ.start - 14), occ.start))) return null;
	if (rule.arg === 'obj') {
		if (passive) subject = null;
		if (passive) {
			const sub = subjectOf(ctx, s, occ.start, lang);
			if (sub) object = { text: sub.text, start: sub.start };
		} else if (!hasAux && lang === 'fr' && /(?:é|ée|és|ées|i|u|ue|us|ues|it)$/.test(verbWord)) {
			const np = modifiedPhrase(ctx, s, occ.start);
			if (np) {
				object = np;
				// "signé le 17 janvier entre la Russie et l’Iran": keep who it was between.
				const between = BETWEEN_PAIR.exec(text.slice(occ.end, s.end));
				if (between && !overlaps({ start: occ.end + between[0].indexOf(between[1]), end: occ.end + between[0].length }, f)) objectTail = tidy(between[1]);
			}
		} else {
			object = afterVerb();
			if (rule.agent) subject = subjectOf(ctx, s, occ.start, lang);
		}
		// (After "have" the subject did it: "the Governor has signed into law" is no signing of the
		// Governor. French names the doer so too: "la signature des représentants" is theirs.)
		// ("the organisation which she founded in 2011": a pronoun doing it leaves what it did before "which".)
		if (!object && !(lang === 'en' && (ACTIVE_AUX_AT_END.test(before) || PRONOUN_DOER_AT_END.test(before)))) {
			const sub = subjectOf(ctx, s, occ.start, lang);
			if (sub) object = { text: sub.text, start: sub.start };
		}
	} else {
		const sub = subjectOf(ctx, s, occ.start, lang);
		if (sub) object = { text: sub.text, start: sub.start };
		else if (!hasAux) {
			const np = modifiedPhrase(ctx, s, occ.start);
			if (np) object = np;
		}
	}

	// "won two medals at the 2018 Olympics", "won 45 seats", "won the Booker Prize": what is won is a
	// thing, no victory ("In what year was the victory of Beat Feuz?" asked the medals' year).
	if (rule.noun === 'victory' && WON_A_THING.test(text.slice(occ.end, s.end))) return null;
	// "lost 2.3 trillion won last year", "15,000 won": after an amount, Korea's currency.
	if (rule.noun === 'victory' && ctx.moneyEnds.has(occ.end)) return null;
	// "patrons started trickling in", "prices began to fall": what starts is an action, no event of
	// its own ("Where did the start of trickling take place?").
	// ("started during the night", "began that morning": no verb's participle.)
	if (rule.noun === 'start' && ACTION_STARTING.test(text.slice(occ.end, s.end))) return null;
	// "nous sommes au point mort", "lettre morte", "temps mort": no one died.
	// "les trois morts survenues le 24 décembre", "des morts": a count or a determiner makes "morts" the
	// noun, deaths whose victims the clause does not name (the subject before it is another clause's).
	if (rule.noun === 'mort' && (NOT_A_DEATH_BEFORE.test(text.slice(Math.max(s.start, occ.start - 16), occ.start)) || COUNTED_BEFORE.test(text.slice(Math.max(s.start, occ.start - 24), occ.start)))) return null;
	// "le budget a été arrêté à 1 922 milliards" (set), "arrêté en février": only someone is arrested.
	// ("les projets nés en 2019", "ideas born in 2019": a participle after a noun qualifies it; only
	// someone is born, as only someone is arrested. After its auxiliary — "was born", "sont nés" — a
	// birth is told, whoever the subject; a person the names read is someone too.)
	const named = (o: { text: string; start: number }) => (ctx.people.get(s.index) ?? []).some((p) => overlaps({ start: o.start, end: o.start + o.text.length }, p));
	const told = (rule.noun === 'naissance' || rule.noun === 'birth') && hasAux;
	if (rule.person && !told && object && !arrested(object.text.trim()) && !named(object)) return null;
	if (rule.noun === 'accession') {
		// "devenu président de l’Iran" → "accession de X à la présidence de l’Iran".
		const rm = ROLE_AFTER_OCC.exec(text.slice(occ.end, s.end));
		const role = rm ? ROLE_NOUN[rm[1].toLowerCase()] : undefined;
		if (!role) return null;
		const compl = rm![2] && !overlaps({ start: occ.end, end: occ.end + rm![0].length }, f) ? tidy(rm![2]) : '';
		const who = object && !overlaps({ start: object.start, end: object.start + object.text.length }, f) ? ' ' + de(object.text) : '';
		return lang === 'fr' ? `accession${who} à ${role}${compl ? ' ' + compl : ''}` : `accession${who} to ${role}${compl ? ' ' + compl : ''}`;
	}

	if (rule.noun === 'meeting' || rule.noun === 'rencontre') {
		// "X met Y": a meeting with whichever of the two is not the fact.
		const sub = subjectOf(ctx, s, occ.start, lang);
		const obj = afterVerb();
		const other = sub && overlaps(sub, f) ? obj?.text : sub && !overlaps(sub, f) ? sub.text : obj?.text;
		return other ? `${rule.noun} ${lang === 'fr' ? 'avec' : 'with'} ${other}` : null;
	}
	parts.push(rule.noun);
	if (object) {
		const resolved = lang === 'fr' && !overlaps({ start: object.start, end: object.start + object.text.length }, f) ? resolveNounPhrase(object.text, ctx.article, object.start) : object.text;
		const kept = overlaps({ start: object.start, end: object.start + object.text.length }, f)
			? without(object, f, text)
			: resolved;
		// Cutting the fact out may leave only a determiner ("Les [premières] troupes"): then drop it.
		if (kept && HAS_WORD.test(kept.replace(/^(?:(?:les|le|la|des|un|une|the|a|an)(?![\p{L}])|l['’])/iu, ''))) {
			parts.push(de(lowerDeterminer(kept) + (objectTail ? ' ' + objectTail : '')));
		}
	}
	if (rule.agent && subject && !overlaps(subject, f) && object) parts.push((lang === 'fr' ? 'par ' : 'by ') + subject.text);
	if (rule.place) {
		const pl = placeAfter(text, occ.end, s.end);
		if (pl && !overlaps(pl, f)) parts.push(pl.text);
	}
	if (parts.length === 1) return null;
	return tidy(parts.join(' '));
}

const NOT_A_DEATH_BEFORE = /(?<![\p{L}])(?:point|lettre|nature|langue|temps|bois|poids|angle|eau|saison|ville|zone|feuille)s?[\s\u00a0]+$/iu;
// A count or a plural determiner before "morts": the noun ("les treize morts", "des morts", "42 morts").
const COUNTED_BEFORE = new RegExp(`(?:\\d|(?<![\\p{L}])(?:les|des|ces|leurs|aux|plusieurs|nombreux|premiers|premières|derniers|dernières)|${CARDINAL_WORD})[\\s\\u00a0]+$`, 'iu');

// ---- label hygiene ----------------------------------------------------------------------------
// Labels are shown to people: a nominal label must read as a noun phrase, a fallback as a clause.
// Both are cut at the first finite verb that crept in, lose dangling words at the end, and are
// dropped (undefined) when what is left is not grammatical.

// Words that cannot end a label.
const DANGLING = new Set(
	(
		'de du des d à au aux la le les l un une et ou en par pour sur dans avec entre vers sans que qu qui dont où plus moins ' +
		'of the a an and or to for by in on at with from into than about as that which who whom more less shortly ' +
		'nearly almost around some its their his her our this these those also alors déjà aussi very'
	).split(' ')
);
// Words that cannot open the complement of a nominal label ("release of according to …").
const BAD_COMPLEMENT = new Set(
	(
		'according to by in on at for with from into as than about back up down out off away no not never more most ' +
		'dont que qu qui où selon par pour dans sur avec sans aucun aucune ne pas plus'
	).split(' ')
);
// "le vote d’il": a subject pronoun names nothing ("le budget qu’il a proposé … a été voté").
const SUBJECT_PRONOUNS = new Set('il elle ils elles on he she it they we'.split(' '));
const WEEKDAY_OR_MONTH = new RegExp(
	`^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)$`,
	'iu'
);
const LABEL_WORD = /[^\s  ]+/gu;

function words(label: string): string[] {
	return label.match(LABEL_WORD) ?? [];
}

function bare(w: string): string {
	return w.toLowerCase().replace(/['’]$/u, '').replace(/^[«“"(]+|[»”",.;:)]+$/gu, '');
}

/** Drops dangling words and bare numbers at the end ("acquisition de 85" → "acquisition"). */
function trimEnd(ws: string[], nominal = false): string[] {
	const out = [...ws];
	while (out.length) {
		const w = bare(out[out.length - 1]);
		const glued = /['’]$/u.test(out[out.length - 1]);
		// Phrasal particles stay: "sworn in", "switched on".
		const particle = !nominal && /^(?:in|on|up|out|off)$/u.test(w) && /(?:ed|en|wn)$/u.test(bare(out[out.length - 2] ?? ''));
		if (particle) break;
		if (glued || DANGLING.has(w) || (nominal && (w === 'last' || w === 'next')) || /^[\d.,%-]+$/u.test(w)) out.pop();
		else break;
	}
	return out;
}

/** A nominal label ("signature de l’accord") made clean, or null when it cannot be. */
export function polishNominal(label: string, lang: 'fr' | 'en'): string | null {
	let ws = words(label);
	// Cut at the first finite verb after the head noun ("opening of the tunnel was officially").
	const cut = ws.findIndex((w, i) => i > 0 && FINITE_AUXILIARIES[lang].has(bare(w)));
	if (cut > 0) ws = ws.slice(0, cut);
	// "annonce de lundi la suspension" → "annonce de la suspension": a day is not a complement.
	ws = ws.filter((w, i) => !(i > 0 && WEEKDAY_OR_MONTH.test(bare(w)) && /^(?:de|of|d['’])$/iu.test(ws[i - 1])));
	// A capitalised determiner inside a label is a sentence start that leaked in.
	ws = ws.map((w, i) => (i > 0 && /^(?:The|Le|La|Les|Un|Une|A|An)$/u.test(w) ? w.toLowerCase() : w));
	// English present participles left hanging ("opening of the tunnel linking").
	while (ws.length > 2 && /^\p{Ll}+ing$/u.test(ws[ws.length - 1]) && !/^(?:of|the)$/iu.test(ws[ws.length - 2])) ws.pop();
	ws = trimEnd(ws, true);
	// "accusation de la situation personnelle de l' par la": an elided article left alone lost its noun
	// (the fact cut out of the label); what is left reads as nonsense.
	if (ws.some((w) => /^[ldjmnst]['’]$/iu.test(w))) return null;
	// "condamnation de d’autres anciens présidents": "de" elides before "d’autres".
	ws = ws.filter((w, i) => !(lang === 'fr' && /^de$/iu.test(w) && /^d['’]/iu.test(ws[i + 1] ?? '')));
	// Multi-word head nouns ("entry into force", "entrée en vigueur") count as one word.
	const h = /^(?:entry into force|entrée en vigueur)(?![\p{L}])/iu.test(ws.join(' ')) ? 3 : 1;
	if (ws.length < h + 1) return null;
	// The complement must start like a noun phrase.
	const link = bare(ws[h]);
	const firstWord = /^d['’]/iu.test(ws[h]) ? ws[h].replace(/^d['’]/iu, '') : (ws[h + 1] ?? '');
	const first = bare(firstWord);
	// (A capital "Elle", "It" or "On" may name a magazine or a film: "la fondation d'Elle", "the release of It";
	// "la condamnation d'Il" kept the capital of the sentence it opened.)
	const pronoun = SUBJECT_PRONOUNS.has(first) && (/^\p{Ll}/u.test(firstWord) || !/^(?:elle|it|on)$/u.test(first));
	if (BAD_COMPLEMENT.has(link) || (/^(?:de|du|des|of|d['’].*)$/iu.test(ws[h]) && (BAD_COMPLEMENT.has(first) || pronoun))) return null;
	if (/^(?:de|du|des|of|d)$/iu.test(link) && ws.length < h + 2) return null;
	// "appointment of approved the nomination of…": a past verb and its object are a clause, no complement.
	if (lang === 'en' && /^of$/iu.test(link) && /^\p{Ll}{3,}ed$/u.test(first) && /^(?:the|a|an|his|her|its|their|our|all|this|these)$/iu.test(bare(ws[h + 2] ?? ''))) return null;
	return ws.join(' ');
}

/** A fallback clause ("Harbor City voters approve a") made clean, or null. */
export function polishClause(clause: string): string | null {
	let ws = words(clause);
	// Leading connectors and relatives: "who campaigned…" reads as a clause without them.
	while (ws.length && /^(?:et|mais|que|qu['’]|qui|dont|où|and|but|that|which|who|where|when|puis|then)$/iu.test(ws[0])) ws.shift();
	ws = trimEnd(ws);
	// A clause glued to a number fragment ("8 a frappé…" from "6,8 a frappé"), opening on a dash
	// ("– 14 octobre", a range's end) or a lone word is no label.
	if (ws.length < 3 || !/\p{L}/u.test(ws[0])) return null;
	return ws.join(' ').replace(/[\s,.;:]+$/u, '');
}

const TEMPORAL_TYPES = new Set(['date', 'duration']);

/**
 * The clause around a date or duration, with the fact (and its preposition) taken out: subject,
 * verb and object read as a short clause ("Harbor City voters approved a 12-year plan…"). A
 * relative clause gets its antecedent back ("Elena Ruiz, who campaigned…" → "Elena Ruiz campaigned…").
 */
function fallbackLabel(text: string, s: Sentence, f: Fact, people: Fact[]): string | undefined {
	if (!TEMPORAL_TYPES.has(f.type)) return undefined;
	const leftAll = text.slice(s.start, f.start);
	const cut = Math.max(...[',', ';', ':', '«', '»', '“', '”', '(', ')'].map((c) => leftAll.lastIndexOf(c)));
	const clauseStart = s.start + cut + 1;
	let left = text.slice(clauseStart, f.start);
	// The fact's own preposition may already be part of it ("by Sunday", "depuis 2019").
	if (!/^(?:on|in|at|since|for|by|during|until|after|before|en|depuis|pendant|dès|à|au|d['’]ici|jusqu)(?![\p{L}])/iu.test(f.text)) left = left.replace(FACT_PREP, '');
	let right = (text.slice(f.end, s.end).split(/[,;:.!?«»“”()]/u)[0] ?? '').replace(AFTER_FACT, ' ');
	// "deux ans de voyage", "Tuesday’s by-election": the rest qualifies the fact itself.
	if (/^[\s\u00a0\u202f]*(?:(?:de|of|['’]s)(?![\p{L}])|d['’])/iu.test(right)) right = '';
	if (/^[\s\u00a0\u202f]*(?:who|qui)[\s\u00a0\u202f]/iu.test(left)) {
		const who = people.find((p) => p.end <= clauseStart && /^[\s\u00a0\u202f,]*$/u.test(text.slice(p.end, clauseStart - 1)));
		if (who) left = who.value + ' ' + left.replace(/^[\s\u00a0\u202f]*(?:who|qui)/iu, '');
	}
	const ws = tidy(left + ' ' + right).split(' ').filter(Boolean);
	if (ws.length < 3) return undefined;
	return ws.slice(0, 14).join(' ');
}

// Words that belong with a removed date ("Tuesday night", "lundi matin", "two years later").
const AFTER_FACT = /^[\s\u00a0\u202f]*(?:night|morning|evening|afternoon|later|earlier|ago|before|matin|soir|après-midi|plus[\s\u00a0\u202f]+tard|auparavant|plus[\s\u00a0\u202f]+tôt)(?![\p{L}])/iu;
// The preposition or determiner that introduced the removed fact ("on Tuesday", "depuis 2019").
const FACT_PREP = /[\s\u00a0\u202f]+(?:(?:after|après|just|only|about|nearly|environ|près[\s\u00a0\u202f]+de)[\s\u00a0\u202f]+)*(?:on|in|at|since|for|by|during|until|after|before|le|la|en|depuis|pendant|dès|à|au|jusqu['’]à|d['’]ici[\s\u00a0\u202f]+à|il[\s\u00a0\u202f]+y[\s\u00a0\u202f]+a)?[\s\u00a0\u202f]*$/iu;

// "lors de la signature de l’accord", "during the signing of the deal": the event is named outright.
const EVENT_PP = new RegExp(`${B0}(?:lors${S}+d[eu]|au${S}+cours${S}+d[eu]|pendant|à${S}+l['’]occasion${S}+d[eu]|during|at)${S}+((?:la|le|l['’]|les|the)${S}*${W}(?:${S}+(?:de|du|des|d['’]|of|of${S}+the)${S}*${W}|${S}+${W}){0,6})`, 'giu');
// "depuis le début de l'épidémie en octobre 2015", "since the start of the outbreak in March 2019":
// the start of something, dated right after it.
const START_PP = new RegExp(`${B0}(?:depuis|since|dès|avant|après|before|after|until|jusqu['’]à)${S}+((?:le|the)${S}+(?:début|start|beginning|outbreak)(?:${S}+(?:de|du|des|d['’]|of|of${S}+the)${S}*${W}|${S}+(?!(?:en|in|à|au|at|on|le|la|les|the|et|and)${B1})${W}){1,6})`, 'giu');
const TIME_UNIT_STARTING = /^\S+[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+l['’]|de[\s\u00a0\u202f]+la|du|des|d['’]|de|of(?:[\s\u00a0\u202f]+the)?)[\s\u00a0\u202f]*(?:année|an|mois|semaine|saison|décennie|siècle|trimestre|semestre|été|hiver|printemps|automne|year|month|week|season|decade|century|quarter|summer|winter|spring|autumn|fall)s?(?![\p{L}])/iu;
const DATE_AFTER = /^[\s\u00a0\u202f]*(?:à|au|en|in|at)[\s\u00a0\u202f]+$/u;

function eventPhrase(text: string, s: Sentence, f: Fact): string | undefined {
	EVENT_PP.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = EVENT_PP.exec(s.text))) {
		const npStart = s.start + m.index + m[0].indexOf(m[1]);
		const np = nounPhraseAt(text, npStart, s.end);
		if (!np) continue;
		// Only event nouns: "-tion", "-ure", "-ment", "-ence", "visite", "sommet"…
		const head = np.text.split(/[\s'’]+/)[1] ?? '';
		if (!/(?:tion|sion|ture|ment|ence|ance|ite|ée|mmet|signing|meeting|summit|visit|ceremony|talks|cérémonie)$/iu.test(head)) continue;
		const near = (f.start >= s.start + m.index - 2 && f.start <= np.end + 2) || (f.start > np.end && DATE_AFTER.test(text.slice(np.end, f.start)));
		const initial = !tidy(text.slice(s.start, f.start)) && f.end <= s.start + m.index + 2;
		if (!near && !initial) continue;
		let label = np.text;
		if (overlaps(np, f)) label = without({ text: np.text, start: np.start }, f, text) ?? '';
		label = tidy(label).replace(/^(?:la|le|les|the)\s+|^l['’]/iu, '');
		if (label.split(' ').length >= 2) return label;
	}
	START_PP.lastIndex = 0;
	while ((m = START_PP.exec(s.text))) {
		const end = s.start + m.index + m[0].length;
		// ("dès le début des années 1970" is the start of the date itself.)
		// (The date's own "en" may open it: "… de dengue en mars 2019".)
		if (f.start < end || !(DATE_AFTER.test(text.slice(end, f.start)) || /^[\s\u00a0\u202f]*$/u.test(text.slice(end, f.start)))) continue;
		const label = tidy(m[1]).replace(/^(?:le|the)\s+/iu, '');
		// ("since the beginning of the year 2023", "depuis le début de l'année": a stretch of time starts, no event.)
		if (TIME_UNIT_STARTING.test(label)) continue;
		if (label.split(' ').length >= 3) return label;
	}
	return undefined;
}

// ", où …", ", where …" right after a place: the clause it opens is what happened there.
const WHERE_AFTER = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:où|where)[\s\u00a0\u202f]/u;
// A participle and its preposition right before a fact ("prévue à ", "obtenu à ", "based in ").
// (Not a day, "midi", an adverb or a noun that ends like one: "ont signé vendredi à Bâle".)
const PARTICIPLE_BEFORE_FACT = new RegExp(
	`(?<![\\p{L}])(?!(?:${WEEKDAY_ALT.fr}|midi|minuit|aujourd|ici|aussi|ainsi|parmi|lui|puis|depuis|mais|jamais|lieu|peu|rue|rues|vie|pays|need|ahead|instead|abroad)[\\s\\u00a0])\\p{Ll}{3,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|ed)[\\s\\u00a0]+(?:à|au|aux|en|dans|in|at|to)[\\s\\u00a0]*$`,
	'u'
);

/** The facts of one type, by the sentence they stand in (in the order given). */
function bySentenceOf(facts: readonly Fact[], type: Fact['type']): Map<number, Fact[]> {
	const out = new Map<number, Fact[]>();
	for (const f of facts) {
		if (f.type !== type) continue;
		const list = out.get(f.sentence);
		if (list) list.push(f);
		else out.set(f.sentence, [f]);
	}
	return out;
}

// French participles too short for the endings' rule ("d'avoir mis", "pour avoir dit"; "avoir du mal" is none).
const FR_SHORT_PARTICIPLES = 'mis|pris|dit|fait|faite|eu|été|vu|lu|su|pu|bu|né|mort|écrit|conduit|produit|construit|détruit|acquis|conquis|promis|permis|remis|compris|appris|surpris|ouvert|offert|souffert|couvert|découvert|peint|craint|atteint|joint|rejoint';
// A perfect infinitive and its participle: "d'avoir pris", "pour avoir tué", "accused of having
// sold", "to have built" ("fier d'être présent", "to have the bridge open" are no past act).
const PERFECT_INFINITIVE = new RegExp(
	`(?:^|[\\s\\u00a0,])(?:(?:d['’]|(?:pour|après|sans)${S}+)(?:avoir|être)${S}+(?:(?:\\p{Ll}+ment|bien|déjà|tout|jamais|pas|encore|aussi)${S}+)?(?:\\p{Ll}{2,}(?:é|ée|és|ées)|\\p{Ll}{3,}(?:i|is|ie|it|u|us|ue)|${FR_SHORT_PARTICIPLES})|(?:to${S}+have|(?:of|for|after)${S}+having)${S}+(?:(?:\\p{Ll}+ly|already|never|ever|also|just|not)${S}+)?(?:\\p{Ll}{2,}ed|${EN_IRREGULAR_PARTICIPLE}|${Object.values(EN_IRREGULAR_PAST).join('|')}|come|become|run|begun|fed|overcome|eaten|forgotten|forgiven|ridden))(?![\\p{L}])`,
	'iu'
);
// "accused of hitting a cyclist in 2019", "accused the mayor of selling the depot in 2019", "fined for
// driving … in May": after a verb that blames or sanctions, a gerund after "of" or "for", run on to the
// date, dates what the gerund says ("opened a centre for recycling in April", "passed a bill for
// banning bags in 2021", "met with visiting ministers" keep the date the verb's).
const GERUND_TO_DATE = new RegExp(`(?<![\\p{L}])(?:of|for)${S}+(?!(?:${ING_NOT_VERB})(?![\\p{L}]))\\p{Ll}{3,}ing(?![\\p{L}])[^,;:()]*$`, 'u');
const BLAMING_VERB = /^(?:accus|charg|convict|jail|fin(?:ed|es|ing)|sentenc|arrest|blam|prosecut|condemn|punish|sued|su(?:es|ing)|indict|investigat|prais|thank|criticis|criticiz)/iu;
const STATE_SINCE = /^(?:depuis|since)(?![\p{L}])/iu;
// The words of a state that opens a sentence before its date ("Au pouvoir depuis…", "In office since…").
const STATE_BEFORE = /^[\s\u00a0«“"]*(?:au[\s\u00a0]+pouvoir|en[\s\u00a0]+(?:poste|fonction|place)|aux[\s\u00a0]+commandes|à[\s\u00a0]+la[\s\u00a0]+tête[^,;:.!?]{0,40}|in[\s\u00a0]+(?:office|power|charge|post)|at[\s\u00a0]+the[\s\u00a0]+helm[^,;:.!?]{0,40})[\s\u00a0]+$/iu;
// ("pour les derniers mois de l’année 2017", "for the first half of the year 2023": the stretch of a
// year a report covers.)
const YEAR_NAMED_BEFORE = /(?:(?:au[\s\u00a0]+titre[\s\u00a0]+de|pour|for)(?:[\s\u00a0]+(?:l['’]ensemble|le[\s\u00a0]+reste|the[\s\u00a0]+(?:rest|remainder)|les[\s\u00a0]+(?:derniers|premiers|\d+|trois|six|neuf|douze)[\s\u00a0]+mois|la[\s\u00a0]+(?:première|seconde|deuxième)[\s\u00a0]+moitié|le[\s\u00a0]+(?:premier|second|deuxième|troisième|quatrième|dernier)[\s\u00a0]+(?:semestre|trimestre)|the[\s\u00a0]+(?:(?:first|second|last|final)[\s\u00a0]+(?:half|quarter|(?:three|six|nine)[\s\u00a0]+months|months)|third[\s\u00a0]+quarter|fourth[\s\u00a0]+quarter))[\s\u00a0]+(?:de|of))?[\s\u00a0]+(?:l['’]année|the[\s\u00a0]+year)|l['’]exercice|(?:fiscal|financial)[\s\u00a0]+year)[\s\u00a0]*$/iu;

// Verbs that tell who reported a sentence, in the past: French participles after "a"/"ont", English verbs.
const REPORTED_FR = String.raw`(?:annoncé|indiqué|déclaré|précisé|confirmé|affirmé|rapporté|fait[\s\u00a0]+savoir)`;
const REPORTED_EN = 'announced|said|reported|stated|confirmed';
const REPORTED_ON = new RegExp(String.raw`(?<![\p{L}])(?:${REPORTED_EN}|(?:a|ont)[\s\u00a0]+${REPORTED_FR}|annonce)[\s\u00a0]+(?:(?:on|le|ce|this|last)[\s\u00a0]+)?$`, 'iu');
const REPORTED_PASSIVE = /(?<![\p{L}])(?:(?:was|were|been|is|are|été)[\s\u00a0]+(?:announced|reported|published|released|annoncée?s?|publiée?s?)|(?:study|report|paper|survey|notice|statement|étude|rapport|communiqué)[\s\u00a0]+(?:published|released|publiée?|parue?))[\s\u00a0]+(?:(?:on|le|ce|this|last)[\s\u00a0]+)?$/iu;

/**
 * The day a fact was told, not the day of the story: "it was announced on March 15", "a study
 * published March 17", "a annoncé le 8 février que…" (raters kept none of 9). "a annoncé lundi
 * l’acquisition de…" is the story itself, and stays; told in an aside after the story's clause
 * (", a annoncé lundi 2 avril l’agence", ", the agency said on Monday"), it is the report's day too.
 */
export function reportedOn(sentence: Pick<Sentence, 'start' | 'text'>, fact: { start: number; end: number }): boolean {
	const at = fact.start - sentence.start;
	const before = sentence.text.slice(Math.max(0, at - 40), at);
	if (REPORTED_PASSIVE.test(before) || reportingAside(sentence, fact)) return true;
	const after = sentence.text.slice(fact.end - sentence.start, fact.end - sentence.start + 12);
	return REPORTED_ON.test(before) && /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:que|qu['’]|that)(?![\p{L}])/iu.test(after);
}

const REPORTING_ASIDE = new RegExp(String.raw`,[\s\u00a0]*(?:((?:a|ont)[\s\u00a0]+${REPORTED_FR})|[^,;:«»“”"]*?\p{L}[^,;:«»“”"]{0,40}?[\s\u00a0](?:${REPORTED_EN}|told[\s\u00a0]+\p{L}+))[\s\u00a0]+(?:(?:on|le|ce)[\s\u00a0]+)?$`, 'iu');

/** A date in the aside that tells who reported the sentence ("…, a annoncé lundi 2 avril l’agence MAP", "…, the ministry said on Monday"). */
function reportingAside(sentence: Pick<Sentence, 'start' | 'text'>, fact: { start: number; end: number }): boolean {
	const at = fact.start - sentence.start;
	const from = Math.max(0, at - 60);
	const m = REPORTING_ASIDE.exec(sentence.text.slice(from, at));
	if (!m) return false;
	const comma = from + m.index;
	// (", which announced on Monday…" is a relative clause of the story, no reporter; an English aside
	// ends its sentence or closes on a comma: "After a review, the ministry announced on Tuesday the
	// closure of the plant" goes on with what was announced.)
	if (!m[1]) {
		const rest = sentence.text.slice(fact.end - sentence.start);
		return !/^,[\s\u00a0]*(?:which|who|that)(?![\p{L}])/iu.test(sentence.text.slice(comma)) && (/^[\s\u00a0]*,/u.test(rest) || (rest.match(/\p{L}+/gu) ?? []).length <= 3);
	}
	// French puts the reporter after the verb (", a annoncé lundi l’agence"): the clause before the comma
	// is then the story's, with a verb of its own, never a relative clause or an apposition of the
	// subject ("Renault, qui emploie 500 personnes, a annoncé le 4 mars la fermeture…" is the story).
	// That clause is the last stretch between commas that is no relative clause ("…, ont signé le
	// traité, qui remplace l’accord, a annoncé l’Élysée"), or the whole sentence before the comma.
	const parts = sentence.text.slice(0, comma).split(/[,;:]/u);
	if (parts.length === 1) return true;
	let i = parts.length - 1;
	while (i > 0 && RELATIVE_OPENING.test(parts[i])) i--;
	return parts[i].split(/[\s\u00a0]+/u).some((w) => FINITE_AUXILIARIES.fr.has(w.toLowerCase().replace(/^[sn]['’]/u, '')));
}
const RELATIVE_OPENING = /^[\s\u00a0]*(?:qui|que|qu['’]|dont|où|lequel|laquelle)(?![\p{L}])/iu;

const RELATIVE_IN_GAP = /(?:^|[\s,])(?:qui|que|qu['’]|où|who|which|that)[\s\u00a0]/u;
// A noun's complement that tells what someone did, run on to the date with no comma ("l'homme auteur
// de 12 coups de couteau en 2017", "the man accused of theft in 2019"; "un homme, soupçonné de vols, le
// 3 mars" closes it before the date, and "responsable de la sécurité" is a post).
const NOUN_COMPLEMENT_TO_DATE = new RegExp(`(?<![\\p{L}])(?:(?:auteure?s?|accusée?s?|soupçonnée?s?|suspectée?s?|coupables?)${S}+(?:(?:de|des|du)(?![\\p{L}])|d['’])|(?:accused|suspected|guilty|convicted)${S}+of(?![\\p{L}])|charged${S}+with(?![\\p{L}]))[^,;:()]*$`, 'iu');

export function attachEventLabels(article: Article, facts: Fact[]): Fact[] {
	const text = article.text;
	const lang = article.lang;
	const people = bySentenceOf([...facts].sort((a, b) => a.start - b.start), 'person');
	const ctx: Ctx = { article, people, moneyEnds: new Set(facts.filter((f) => f.type === 'money').map((f) => f.end)) };
	const datesBySentence = bySentenceOf(facts, 'date');
	const gapTo = (v: { start: number; end: number }, f: { start: number; end: number }) => (v.start >= f.end ? v.start - f.end : Math.max(0, f.start - v.end));
	// "En 2002, l'économie a poursuivi cette phase marquée par la crise commencée vers la fin de l'an
	// 2000": a verb nearer another date of its clause is that date's event. ("On March 3, two days
	// after the March 1 summit, Trump signed the decree": the aside's date is no clause-mate of the verb.)
	const nearerDate = (v: Occurrence, f: Fact) =>
		f.type === 'date' &&
		(datesBySentence.get(f.sentence) ?? []).some((g) => g !== f && !overlaps(g, f) && gapTo(v, g) < gapTo(v, f) && !/[,;:()]/u.test(text.slice(Math.min(v.end, g.end), Math.max(v.start, g.start))));
	const verbCache = new Map<number, Occurrence[]>();
	const quotes = quoteRanges(text);
	return facts.map((f) => {
		if (f.event || f.type === 'quote' || f.type === 'negation' || f.type === 'event') return f;
		const s = article.sentences[f.sentence];
		if (!s) return f;
		let verbs = verbCache.get(s.index);
		if (!verbs) {
			verbs = verbsIn(s, lang);
			verbCache.set(s.index, verbs);
		}
		// "Au pouvoir depuis août 2018, le président a lancé…", "In office since 2015, the minister
		// signed…": the date opens a state the words before it name, not the main verb's event.
		if (f.type === 'date' && STATE_SINCE.test(f.text) && /^[\s\u00a0\u202f]*,/u.test(text.slice(f.end, s.end)) && STATE_BEFORE.test(text.slice(s.start, f.start))) return f;
		// "la session budgétaire au titre de l’année 2022", "the budget for the fiscal year 2023": the year
		// names a budget's year, no day of an event.
		if (f.type === 'date' && YEAR_NAMED_BEFORE.test(text.slice(Math.max(s.start, f.start - 50), f.start))) return f;
		// (The day a death was announced is not the day of the death: "X est mort, a annoncé lundi l’agence".)
		if (f.type === 'date' && reportingAside(s, f)) return f;
		const named = eventPhrase(text, s, f);
		const namedClean = named ? polishNominal(named, lang) : null;
		if (namedClean) return { ...f, event: namedClean };
		let chosen: Occurrence | undefined;
		const inQuote = (pos: number) => quoteAt(quotes, pos);
		const fq = inQuote(f.start);
		const usable = verbs.filter((v) => !overlaps(v, f) && inQuote(v.start) === fq && !nearerDate(v, f));
		const after = text.slice(f.end, s.end);
		const where = WHERE_AFTER.test(after);
		// (A date in a noun's complement or a gerund's clause, no verb left for it: no event.)
		let inOwnClause = false;
		if (usable.length) {
			const sentenceInitial = !tidy(text.slice(s.start, f.start)).replace(/^(?:le|en|in|on|the|à|au|dès|depuis)$/iu, '') && /^[\s\u00a0\u202f]*,/u.test(after);
			if (where) chosen = usable.find((v) => v.start > f.end);
			if (!chosen && sentenceInitial) chosen = [...usable].sort((a, b) => b.rule.weight - a.rule.weight || a.start - b.start)[0];
			if (!chosen) {
				let best = Infinity;
				for (const v of usable) {
					// A verb of a relative clause further away is not about this fact, nor one before a noun
					// and its complement ("a condamné le Valaisan auteur de 46 coups de couteau sur son épouse en
					// 2015": the year is the stabbing's, not the sentence's).
					const gap = text.slice(Math.min(v.end, f.end), Math.max(v.start, f.start));
					if (gap.length > 30 && RELATIVE_IN_GAP.test(gap)) continue;
					if (gap.length > 30 && f.type === 'date' && v.end <= f.start && NOUN_COMPLEMENT_TO_DATE.test(gap)) {
						inOwnClause = true;
						continue;
					}
					// Nor one across "mais", "but", "whereas": the other clause is another story ("la Ville
					// avait voté …, mais depuis la présentation du projet du consultant X"). ("non seulement X
					// mais aussi Y", "not only X but also Y" go on with the same verb.)
					if (/(?:^|[\s,;])(?:mais(?![\s\u00a0]+(?:aussi|également|encore)(?![\p{L}]))|but(?![\s\u00a0]+also)|whereas|tandis[\s\u00a0]+que|alors[\s\u00a0]+que|however|cependant|pourtant|toutefois)(?![\p{L}])/iu.test(gap)) continue;
					// Nor the verb before a perfect infinitive: "accusent Poher d'avoir pris la décision, en
					// mars" dates the decision, not the accusation; "condamné … pour avoir tué en 2016", the killing.
					if (v.end <= f.start && PERFECT_INFINITIVE.test(gap)) continue;
					if (f.type === 'date' && v.end <= f.start && BLAMING_VERB.test(text.slice(v.start, v.end)) && GERUND_TO_DATE.test(gap)) {
						inOwnClause = true;
						continue;
					}
					const d = gapTo(v, f);
					// A clause boundary between the verb and the fact counts as distance.
					const between = text.slice(Math.min(v.end, f.end), Math.max(v.start, f.start));
					const penalty = (between.match(/[,;]|\boù\b|\bqui\b/gu)?.length ?? 0) * 40 - v.rule.weight * 5;
					if (d + penalty < best) {
						best = d + penalty;
						chosen = v;
					}
				}
			}
		}
		// "la commission signée en 2009 et prévue à Beyrouth", "l'accord obtenu à Khartoum et signé à
		// Bangui", "the firm, based in Tolo, signed…": a fact right after a participle and its preposition
		// is that participle's; when another verb was chosen, the fact has no event to ask about (but
		// "s'est rendu à Moscou, où il a signé…": the place of what "où" opens).
		const own = chosen && !where ? PARTICIPLE_BEFORE_FACT.exec(text.slice(Math.max(s.start, f.start - 40), f.start)) : null;
		if (own && chosen && chosen.start !== f.start - own[0].length) return f;
		// (A date after a perfect infinitive no verb took is that infinitive's: no clause names its event.)
		if (!chosen && f.type === 'date' && (inOwnClause || PERFECT_INFINITIVE.test(text.slice(Math.max(s.start, f.start - 60), f.start)))) return f;
		const raw = chosen ? labelFor(ctx, f, s, chosen) : null;
		const label = raw ? polishNominal(raw, lang) : null;
		const fb = label ? undefined : fallbackLabel(text, s, f, people.get(s.index) ?? []);
		const event = label ?? (fb ? polishClause(fb) ?? undefined : undefined);
		// "on Dec. 7 and ending March 17 at the arena": a date's event that holds another date of the
		// sentence is that date's, not this one's.
		if (event && f.type === 'date' && (datesBySentence.get(f.sentence) ?? []).some((g) => g !== f && !overlaps(g, f) && event.includes(g.text.trim()))) return f;
		return event ? { ...f, event } : f;
	});
}
