// Negated statements ("l’accord ne contient pas de clause…", "the deal does not include…"),
// each turned into the positive statement a true/false question can use (its answer: false).
// Questions are rhetorical and "ne … que" is restrictive: skipped. A negation inside a quotation is
// the speaker's statement about someone or something else, asked as such ("Selon X, …").
import type { Article, Fact, Sentence } from '../types';
import { isFirstName, isKnownOrganisation, lookupPlace } from './gazetteer';
import { quoteAt } from './quotes';
import { isAbbreviation } from '../ingest/segment';
import { B0, B1, escapeRegExp, S, W, tidy } from '../text/patterns';
import { elides, EN_IRREGULAR_PAST, FINITE_AUXILIARIES, FR_NEGATION_WORDS } from '../text/lexicon';

// ne/n’ + clitics + verb (+ inverted pronoun) + particle.
const FR_NEG = new RegExp(
	`${B0}(ne${S}+|n['’])((?:(?:se|me|te|lui|leur|y|en|le|la|les|nous|vous)${S}+|[smtl]['’])*)(${W})${S}+(?:(?:cependant|toutefois|donc|pourtant|néanmoins|encore|toujours|même|également|actuellement|souvent|vraiment|forcément|nécessairement|réellement|généralement|d['’]ailleurs|en${S}+revanche)${S}+)?(?:(${FR_NEGATION_WORDS}|que|qu['’])${B1})(${S}+non${S}+plus${B1})?`,
	'giu'
);
// "ne pas signer": the infinitive negation, particle first.
const FR_NEG_INF = new RegExp(`${B0}ne${S}+(pas|plus|jamais)${S}+(${W})`, 'giu');
// After "n’a ni": "confirmé, ni nié" (the first verb, then every "ni" alternative).
const FR_NI_VERBS = new RegExp(`^${S}*(${W})(?:${S}*,?${S}*ni${S}+${W})+${S}*`, 'iu');
// After "pas": "de clause", "d’armes".
const FR_DE_NOUN = new RegExp(`^(?:de${S}+|d['’])(${W})`, 'iu');

// The English auxiliaries a negation hangs on, and that are no subject ("…, have never been").
const EN_AUX = 'does|do|did|has|have|had|is|are|was|were|will|would|can|could|should|shall|may|might|must';
const EN_NEG = new RegExp(
	`${B0}(?:(${EN_AUX})(?:${S}+not|n['’]t)|(cannot|can['’]t|won['’]t))${S}+(?:(?:yet|also|even|ever)${S}+)?(${W})`,
	'giu'
);
const EN_NEVER = new RegExp(`${B0}never${S}+(${W})`, 'giu');
// (Past only: "if the parliament fails to…" is a rule, no event; "have failed to" and "miserably
// failed to" are left: a participle is no simple past, an adverb would stay in the statement; and
// "failed to be passed", whose "was" or "were" depends on the subject.)
const EN_FAILED = new RegExp(`(?<![\\p{L}]|(?:has|have|had|having|miserably|narrowly|repeatedly|initially|previously|reportedly|allegedly|apparently|also|still|again|once|twice|ultimately|eventually|largely|completely|utterly|badly|spectacularly|so\\s+far)${S}+)(?:failed|unsuccessfully${S}+(?:attempted|tried|sought)|(?:attempted|tried|sought)${S}+(?:unsuccessfully|in${S}+vain))${S}+to${S}+(?!be${B1})(${W})`, 'giu');
const NEVER_OR_FAILED: [RegExp, (verb: string) => string][] = [
	[EN_NEVER, (v) => v],
	[EN_FAILED, past]
];
// A subject that is itself the negation ("Nobody failed to…").
const EN_NEG_SUBJECT = /^(?:no|nobody|nothing|none|neither)\b/i;
// Sentence-initial "No agreement was reached".
const EN_NO_SUBJECT = new RegExp(`^(?:${S}*)No${S}+(${W})((?:${S}+${W})*?)${S}+(was|were|has|had|is|are)${B1}`, 'u');

// Where a clause ends after the negated predicate.
// ("… n’ont pas été interrogés et les avocats n’ont pas plaidé", "… and the council will not vote":
// a second clause, its subject then its own negation, is no part of the first, which alone is made
// positive; "les salaires et les pensions avant que la crise ne frappe", "prices and wages for
// workers who had not joined" are one object, the negation another clause's.)
// Words a French noun phrase or a subject pronoun opens with ("l’" apart).
const FR_SUBJECT_OPENERS = 'le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|il|elle|ils|elles|on|nous|vous';
const FR_CLAUSE_END = new RegExp(
	`[,;:.!?«»“”()]|${B0}et${S}+qu['’]|${B0}et${S}+(?=n(?:e${S}|['’])|(?:${FR_SUBJECT_OPENERS}|l['’])(?:${S}|(?<=['’]))(?:(?!${B0}(?:qui|que|qu['’]|où|dont|avant|sans|si)${B1})[^,;:.!?]){0,50}?${B0}n(?:e${S}|['’]))|${B0}(?:et${S}+(?:ont|a|avait|avaient|est|sont|était|étaient|sera|seront|ne|n['’]|se|s['’]|que)|bien${S}+qu|mais|car|(?<!(?:considérée?s?|vue?s?|perçue?s?|décrite?s?|présentée?s?|regardée?s?|classée?s?)${S})comme|alors${S}+que|tandis${S}+que|parce${S}+qu|puisqu|même${S}+si|lorsqu|quand|sauf|malgré|afin)${B1}`,
	'iu'
);
const EN_CLAUSE_END = new RegExp(
	`[,;:.!?«»“”()]|${B0}and${S}+(?=(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|must)(?:n['’]t|${S}+not)${B1}|(?:the|a|an|its|his|her|their|our|this|these|those|he|she|they|it|we|i)${S}(?:(?!${B0}(?:who|that|which|whom|whose|where|when|before|until|unless|if)${B1})[^,;:.!?]){0,50}?(?:${B0}(?:not|never)${B1}|n['’]t${B1}))|${B0}(?:and${S}+(?:has|have|had|is|are|was|were|will|would|that)|although|though|but|because|while|whereas|since|despite|unless|as|which|who)${B1}`,
	'iu'
);
// Where the clause holding the subject starts (scanning backwards).
// ("qu’il", "lorsqu’une commune", "s’il": an elided conjunction is glued to the next word.)
// A comma that parts clauses: not one between two digits ("2,34 millions", "1,000 people").
const CLAUSE_COMMA = '(?:(?<!\\d),|,(?!\\d))';
/** The last clause comma in `s` before `end`, or -1. */
function lastClauseComma(s: string, end = s.length): number {
	let i = s.lastIndexOf(',', end - 1);
	while (i > 0 && /\d/.test(s[i - 1]) && /\d/.test(s[i + 1] ?? '')) i = s.lastIndexOf(',', i - 1);
	return i;
}
// "ne se sentant pas", "n’en ayant pas reçu": a present participle after "ne" and its clitics.
const NE_PARTICIPLE = /^[\s\u00a0\u202f]*n(?:e[\s\u00a0\u202f]+|['’])(?:(?:me|te|se|le|la|les|lui|leur|y|en|nous|vous)[\s\u00a0\u202f]+|[mtsl]['’])*\p{L}+ant(?![\p{L}])/iu;
const FR_CLAUSE_START = new RegExp(`(?:${CLAUSE_COMMA}|[;:()«»“”]|${B0}(?:que|et|mais|car|si|lorsque|quand|où)${B1}|${B0}(?:qu|lorsqu|puisqu)['’]|${B0}s['’](?=ils?${B1}))${S}*`, 'giu');
// (A sentence opening on "As", "Since", "Once", "Unless" or "Whereas" opens on a clause of its own,
// and so does ", as …", ", since …": "…showed signs of restlessness, as they had not heard their
// favourites"; inside a sentence "as" and "since" may head a noun phrase, "prices since January".
// ", meaning Idaho doesn’t need…": the clause's subject comes after "meaning".)
const EN_CLAUSE_START = new RegExp(`(?:,[»”"’]?${S}*(?:as|since|meaning)${B1}|[;–—]${S}*meaning${B1}|${CLAUSE_COMMA}|[;:()«»“”]|${B0}(?:that|and|but|because|if|when|while|although|though)${B1}|^(?:as|since|once|unless|whereas)${B1})${S}*`, 'giu');

// Clause-initial "Aucun(e) X ne/n’ …": the subject itself carries the negation.
const FR_AUCUN = new RegExp(`(?:^[\\s\\u00a0\\u202f«“"]*(Aucune|Aucun)|,${S}+(aucune|aucun))${S}+((?:${W})(?:${S}+(?!ne${B1}|n['’])${W}){0,6}?)${S}+(?:ne${S}+|n['’])`, 'u');
const FR_NEG_SUBJECT = /^(?:aucun|aucune|personne|rien|nul|nulle|ni)(?![\p{L}])/iu;
const PRONOUNS = /^(?:il|elle|ils|elles|on|je|j|tu|nous|vous|cela|ça|ce|qui|he|she|it|they|we|i|you|which|who|that|this)$/iu;
// Verbs whose complement keeps "de" ("ne parle pas de X" → "parle de X").
// (Those of an infinitive with "de" too: "ne se contentaient pas de tapoter" → "se contentaient de tapoter".)
const DE_VERBS = /^(?:content|cess|essa|hésit|décid|parl|discut|dépend|bénéfici|dispos|manqu|trait|souffr|profit|s['’]agi|agi|sort|chang|doute|bénéficie|émane|provien|revien|tien|vien|venai)/iu;

// Participles whose "de" opens an infinitive or a manner, never a count ("n’a pas cessé de croître";
// those of DE_VERBS keep theirs too).
const DE_INFINITIVE_PARTICIPLE = /^(?:été|cessé|tenté|essayé|décidé|accepté|refusé|arrêté|omis|hésité|fini|choisi|envisagé|prévu|promis|demandé|permis|proposé|oublié|craint|jugé|pu|dû|voulu|su|parvenu|réussi|empêché|évité|menacé|juré|obtenu|continué)$/iu;

const DETERMINER = /^(?:un|une|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|le|la|les)$/iu;

// An infinitive ends in -er/-ir/-re and takes an object ("de dater les couches"); a noun after
// "de" does not ("pas de guerre en Europe").
const INFINITIVE_OBJECT = new RegExp(`^${S}+(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|ses|son|sa|leur|leurs|à)${B1}|l['’])`, 'iu');
function isInfinitiveBefore(word: string, after: string): boolean {
	return /(?:er|ir|re)$/iu.test(word) && INFINITIVE_OBJECT.test(after);
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "clause" → "une", "accord" → "un", "armes" → "des" (a rough but usually right gender guess). */
function frIndefinite(noun: string): string {
	const n = noun.toLowerCase();
	if (/[sx]$/.test(n) && n.length > 3) return 'des';
	const masculineE = /(?:age|isme|ème|ège|aire|oire|ste|ble|tre|ice|ôle|cle|phe|me|ge)$/;
	const feminine = /(?:tion|sion|té|ure|ence|ance|ie|ée|ise|ade|ette|elle|ière|ude|esse|ine|ue|use|ole|onne|che|se|te|ne|le|re|de)$/;
	if (/e$/.test(n) && !masculineE.test(n)) return 'une';
	if (feminine.test(n) && !masculineE.test(n)) return 'une';
	if (/(?:tion|sion|té)$/.test(n)) return 'une';
	return 'un';
}

// A determiner and one noun ("l’accord", "ce dernier traité"): what resolveNounPhrase completes.
const DETERMINED_NOUN = new RegExp(`^(l['’]|le${S}+|la${S}+|ce${S}+|cet${S}+|cette${S}+)(?:(?:dernier|dernière)${S}+)?(${W})$`, 'iu');
// Noun phrases that name a thing in full: "l’accord entre la Russie et l’Iran", "l’accord Russie-Iran".
const fullerCache = new Map<string, { full: RegExp; head: RegExp }>();
// Events resolve the same few heads for fact after fact against the same sentences: what a whole
// sentence yields is remembered per article (undefined = not yet tried, null = no match).
const sentenceMatches = new WeakMap<Article, Map<string, (string | null | undefined)[]>>();

function fullerPhrase(head: string, article: Article, before: number): string | undefined {
	let re = fullerCache.get(head);
	if (!re) {
		re = fullerRegex(head);
		if (fullerCache.size > 500) fullerCache.clear();
		fullerCache.set(head, re);
	}
	let perHead = sentenceMatches.get(article);
	if (!perHead) sentenceMatches.set(article, (perHead = new Map()));
	let memo = perHead.get(head);
	if (!memo) perHead.set(head, (memo = []));
	const sentences = article.sentences;
	// The nearest earlier sentences (and the title) name the thing; farther back is another topic.
	let seen = 0;
	for (let i = sentences.length - 1; i >= 0; i--) {
		const s = sentences[i];
		if (s.start >= before) continue;
		if (++seen > 40 && i > 0) {
			i = 1;
			continue;
		}
		// A sentence cut short by `before` can match differently from the whole one: not memoised.
		const whole = s.end <= before;
		let found = whole ? memo[i] : undefined;
		if (found === undefined) {
			const chunk = article.text.slice(s.start, Math.min(s.end, before));
			// Both alternatives contain the head itself, so a chunk without it needs no full match.
			const m = re.head.test(chunk) ? re.full.exec(chunk) : null;
			found = m ? tidy(m[2] ?? m[3]) : null;
			if (whole) memo[i] = found;
		}
		if (found !== null) return found;
	}
	return undefined;
}

function fullerRegex(head: string): { full: RegExp; head: RegExp } {
	const h = escapeRegExp(head);
	const det = `(?:l['’]|le|la|les|un|une|ce|cet|cette)${S}*`;
	const cap = `\\p{Lu}[\\p{L}\\p{M}-]*(?:${S}+(?:du|de|des)${S}+\\p{Lu}[\\p{L}\\p{M}-]*)?`;
	const art = `(?:(?:la|le|les)${S}+|l['’])?`;
	return {
		full: new RegExp(
			`${B0}${det}${h}${B1}((?:${S}+[^\\s,.;:]+){0,8}?)${S}+(entre${S}+${art}${cap}${S}+et${S}+${art}${cap})|${B0}${det}${h}${S}+(\\p{Lu}[\\p{L}\\p{M}]+-\\p{Lu}[\\p{L}\\p{M}]+)`,
			'iu'
		),
		head: new RegExp(h, 'iu')
	};
}

/**
 * "l’accord" → "l’accord entre la Russie et l’Iran" when an earlier sentence names it so;
 * "ce dernier traité" → "le traité entre la Russie et la Corée du Nord". Otherwise as written.
 */
export function resolveNounPhrase(phrase: string, article: Article, before: number): string {
	const m = DETERMINED_NOUN.exec(phrase.trim());
	if (!m) return phrase;
	const head = m[2];
	// Only common nouns ("l’accord"); names ("l’Iran") are already complete.
	if (/^\p{Lu}/u.test(head)) return phrase;
	const more = fullerPhrase(head, article, before);
	if (!more) {
		if (/^c/i.test(m[1]) && /dernier|dernière/i.test(phrase)) return definite(m[1], head);
		return phrase;
	}
	return definite(m[1], head) + ' ' + more;
}

function definite(det: string, head: string): string {
	const d = det.toLowerCase().trim();
	if (elides(head)) return 'l’' + head;
	if (d === 'la' || d === 'cette') return 'la ' + head;
	return 'le ' + head;
}

// Words a noun phrase may open with, after a "que": "que la ville…", not "que connaît le pays…".
const NOUN_PHRASE_OPENING = new RegExp(`^(?:(?:${FR_SUBJECT_OPENERS})(?![\\p{L}])|l['’])`, 'iu');
const NAME_RUN = /(?:^|[,;:(])[\s\u00a0]*\p{Lu}[\p{L}’'-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]*){0,3}[\s\u00a0]*$/u;

/**
 * Whether the clause boundary a subject was read after cuts it: "Claire Petit et | Jean Morel
 * n’égalent pas" (a list of names), "la fermeture que |
 * redoute le quartier n’avait pas" (a relative clause's verb). (A condition, "s’il ne veut pas", is
 * CONDITION_BEFORE's.)
 */
function cutSubject(left: string, boundaryStart: number, boundary: string, subject: string): boolean {
	const b = boundary.trim().toLowerCase();
	const before = left.slice(0, boundaryStart);
	if ((b === 'et' || b === 'and') && NAME_RUN.test(before) && /^\p{Lu}/u.test(subject)) return true;
	return (b === 'que' || b === 'qu’' || b === "qu'") && !NOUN_PHRASE_OPENING.test(subject) && !/^[\p{Lu}\d]/u.test(subject);
}

const PARTICIPLE_OPENING = /^\p{Ll}+(?:é|ée|és|ées|ise|ises|ite|ites|ue|ues)(?![\p{L}])/u;

// A subject's opening word that never names anyone: the French openers, a few quantifiers, the English ones.
const DETERMINER_OPENING = new RegExp(`^(?:${FR_SUBJECT_OPENERS}|plusieurs|certains|certaines|aucun|aucune|tous|toutes|the|a|an|this|these|that|those|our|their|its|there|it|we|they|some|many|most|all|no|each|every)$`, 'iu');
/**
 * Whether a statement's first word keeps its capital after "Selon X, ": a name — an acronym, a word
 * before another capitalised one ("Jean Coadou"), a place, a first name or a known body, or one the
 * article writes capitalised inside a sentence — not a common word ("Ajouter un mille…", "Le vote…").
 */
function ownCapital(statement: string, text: string): boolean {
	const first = /^[\p{L}\p{M}’'-]+/u.exec(statement)?.[0] ?? '';
	if (!/^\p{Lu}/u.test(first) || /^\p{Lu}{2}/u.test(first) || /^L['’]/u.test(first)) return /^\p{Lu}{2}/u.test(first);
	if (DETERMINER_OPENING.test(first)) return false;
	if (lookupPlace(first) || isFirstName(first) || isKnownOrganisation(first)) return true;
	if (/^[\s\u00a0]+\p{Lu}/u.test(statement.slice(first.length))) return true;
	return new RegExp(`[\\p{Ll},;][\\s\\u00a0]+${escapeRegExp(first)}(?![\\p{L}])`, 'u').test(text);
}

function subjectBefore(sentence: Sentence, text: string, pos: number, fr: boolean): { start: number; subject: string } | null {
	const left = text.slice(sentence.start, pos);
	const re = fr ? FR_CLAUSE_START : EN_CLAUSE_START;
	re.lastIndex = 0;
	let from = 0;
	let boundaryStart = 0;
	let boundary = '';
	let m: RegExpExecArray | null;
	while ((m = re.exec(left))) {
		from = m.index + m[0].length;
		boundaryStart = m.index;
		boundary = m[0];
	}
	// "Le sirop, vendu sans ordonnance, ne figure pas…": skip an apposition between commas; "Une
	// séance, convoquée par le président du Sénat, X lundi pour voter…, ne s’est pas tenue": and a
	// participle that opens what is left, back to the noun it qualifies.
	if (!left.slice(from).trim() && /,[\s\u00a0\u202f]*$/u.test(left)) {
		const close = lastClauseComma(left);
		let open = lastClauseComma(left, close);
		// "X, humains ou non, n’étaient pas stupides, ne se contentaient pas…": a predicate between the
		// commas shares the subject before it; whatever sits before that one is no subject of this verb.
		// ("Les élus, n’ayant pas été consultés, ne voteront pas": a participle in -ant is an apposition.)
		const between = left.slice(open + 1, close);
		if (open >= 0 && /^[\s\u00a0\u202f]*n(?:e[\s\u00a0\u202f]+|['’])/iu.test(between) && !NE_PARTICIPLE.test(between)) return null;
		for (let tries = 0; open > 0 && tries < 3; tries++) {
			const head = left.slice(0, open);
			re.lastIndex = 0;
			let from2 = 0;
			while ((m = re.exec(head))) from2 = m.index + m[0].length;
			const raw2 = head.slice(from2);
			const subject2 = tidy(raw2);
			if (fr && PARTICIPLE_OPENING.test(subject2)) {
				open = lastClauseComma(head);
				continue;
			}
			if (subject2 && subject2.split(' ').length <= 8) return { start: sentence.start + from2 + (raw2.length - raw2.trimStart().length), subject: subject2 };
			break;
		}
	}
	const raw = left.slice(from);
	const lead = raw.length - raw.trimStart().length;
	const subject = tidy(raw);
	if (!subject || cutSubject(left, boundaryStart, boundary, subject)) return null;
	// "La hausse des prix et le climat d’incertitude ne restent pas sans effets": a plural verb after
	// a singular noun phrase behind "et" has both noun phrases for subject.
	if (fr && boundary.trim().toLowerCase() === 'et' && SINGULAR_NOUN_PHRASE.test(subject) && pluralVerbAt(text.slice(pos, pos + 40))) {
		const head = left.slice(0, boundaryStart);
		re.lastIndex = 0;
		let from2 = 0;
		while ((m = re.exec(head))) from2 = m.index + m[0].length;
		const first = tidy(head.slice(from2));
		// (A clause before "et" has its own verb: "Le ministre est rentré lundi et son porte-parole ne…".)
		if ((SINGULAR_NOUN_PHRASE.test(first) || /^\p{Lu}/u.test(first)) && !first.toLowerCase().split(/[^\p{L}]+/u).some((w) => FINITE_AUXILIARIES.fr.has(w))) {
			const raw2 = left.slice(from2);
			return { start: sentence.start + from2 + (raw2.length - raw2.trimStart().length), subject: tidy(raw2) };
		}
	}
	return { start: sentence.start + from + lead, subject };
}

const SINGULAR_NOUN_PHRASE = /^(?:(?:le|la|un|une|ce|cet|cette|son|sa|leur|notre|votre)(?![\p{L}])|l['’])/iu;
// The verb after "ne"/"n’" and its clitics, in the third person plural ("restent", "ont", "sont";
// "vient", "tient" and their compounds are singular).
const VERB_AFTER_NE = /^n(?:e[\s\u00a0]+|['’])(?:(?:me|te|se|le|la|les|lui|leur|y|en|nous|vous)[\s\u00a0]+|[mtsl]['’])*(\p{L}+)/iu;
function pluralVerbAt(s: string): boolean {
	const v = VERB_AFTER_NE.exec(s)?.[1]?.toLowerCase();
	// ("dément", "consent", "ressent", "se repent" are singular: mentir, sentir, repentir and their kin.)
	return !!v && (/^(?:sont|ont|font|vont)$/u.test(v) || (/ent$/u.test(v) && !/(?:[vt]ient|ment|sent|pent)$/u.test(v)));
}

// A clause's last word that waits for what follows: a preposition or an article.
const AWAITS_COMPLEMENT = /(?:^|[\s\u00a0\u202f])(?:de|du|des|à|au|aux|le|la|les|un|une|en|par|pour|of|the|a|an|to|in|on|for|as|by)[\s\u00a0\u202f]*$|[dl]['’][\s\u00a0\u202f]*$/iu;

function clauseEnd(text: string, from: number, limit: number, fr: boolean): number {
	let start = from;
	let end = limit;
	for (;;) {
		const rest = text.slice(start, limit);
		const m = (fr ? FR_CLAUSE_END : EN_CLAUSE_END).exec(rest);
		if (!m) break;
		end = start + m.index;
		// "to override former Democratic Gov. Jim Doyle's veto": a title's dot ends no clause.
		if (m[0] === '.') {
			const word = /([\p{L}]+)$/u.exec(text.slice(start, end))?.[1];
			if (word && isAbbreviation(word)) {
				start = end + 1;
				end = limit;
				continue;
			}
		}
		// "une urgence de « portée mondiale »": a quotation the clause's last word waits for is part of it.
		const close = m[0] === '«' ? '»' : m[0] === '“' ? '”' : '';
		const closeAt = close ? text.indexOf(close, end) : -1;
		if (closeAt < 0 || closeAt >= limit || !AWAITS_COMPLEMENT.test(text.slice(start, end))) break;
		start = closeAt + 1;
		end = limit;
	}
	while (end > from && /[\s\u00a0\u202f]/u.test(text[end - 1])) end--;
	return end;
}

// "Ne pas tarir d’éloges": a verb whose negation is a way of saying yes.
const LITOTES = /^tar(?:ir|i|is|it|issait|issaient|issent|issons|issez|ira|iront|irait|iraient)$/iu;

function frenchNegations(article: Article, quotes: [number, number][], speakers: Speaker[]): Fact[] {
	const text = article.text;
	const out: Fact[] = [];
	for (const s of article.sentences) {
		if (/\?\s*$/.test(s.text)) continue;
		FR_NEG.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = FR_NEG.exec(s.text))) {
			const negStart = s.start + m.index;
			const quoted = quoteAt(quotes, negStart);
			const speaker = quoted ? speakerOf(speakers, quoted) : undefined;
			if (quoted && !speaker) continue;
			const particle = m[4].toLowerCase();
			// "La majorité n’étant pas atteinte, …": a participle clause states nothing on its own.
			if (/^(?:étant|ayant)$/iu.test(m[3])) continue;
			if (particle === 'que' || particle === "qu'" || particle === 'qu’' || particle === 'rien' || particle === 'personne') continue;
			// "n’a plus que 55 points", "n’a jamais que…": "only", not a negation.
			if (/^[\s\u00a0]*qu(?:e[\s\u00a0]|['’])/iu.test(s.text.slice(m.index + m[0].length))) continue;
			const subj = subjectBefore(s, text, negStart, true);
			if (!subj || FR_NEG_SUBJECT.test(subj.subject) || subj.subject.split(' ').length > 14) continue;
			// "L’ennemi ne doit pas se faire d’illusions": an exhortation in a quotation is no fact.
			if (quoted && (!quotedSubject(subj, quoted) || /^(?:doi|dev|fau|peu|pourr|veu|voudr)/iu.test(m[3]))) continue;
			const matchEnd = negStart + m[0].length;
			const end = clauseEnd(text, matchEnd, s.end, true);
			const verb = m[3];
			const clitics = tidy(m[2]);
			let rest = tidy(text.slice(matchEnd, end));
			// "ne tarissaient pas d’éloges" (they praised her), "ne manque pas de rappeler" (he does
			// recall): figures of speech whose "not" says yes; made positive they would say nothing.
			if (LITOTES.test(verb) || (/^manqu/iu.test(verb) && /^(?:de|d['’])[\s\u00a0]*\p{L}+(?:er|ir|re)(?![\p{L}])/u.test(rest))) continue;
			let predicate: string;
			if (particle === 'ni') {
				// "n’a ni confirmé, ni nié avoir reçu X" → "a confirmé avoir reçu X".
				const nm = FR_NI_VERBS.exec(text.slice(matchEnd, s.end));
				if (!nm) continue;
				const tailStart = matchEnd + nm[0].length;
				const tailEnd = clauseEnd(text, tailStart, s.end, true);
				predicate = [clitics, verb, nm[1], tidy(text.slice(tailStart, tailEnd))].filter(Boolean).join(' ');
				const fact = build(s, subj, predicate, tailEnd, article, text, speaker ? { speaker, lang: 'fr' } : undefined);
				if (fact) out.push(fact);
				continue;
			}
			// "n’ont plus aucune raison d’être" → "ont une raison d’être".
			const none = /^(aucune?)(?=[\s\u00a0])/iu.exec(rest);
			if (particle === 'aucun' || particle === 'aucune') {
				rest = (particle === 'aucun' ? 'un ' : 'une ') + rest;
			} else if (none) {
				rest = (none[1].length === 5 ? 'un' : 'une') + rest.slice(none[1].length);
			} else {
				// "pas de clause" → "une clause"; "pas d’armes" → "des armes"; kept after "parler de".
				// "n’a pas ouvert de service" → "a ouvert un service": after a compound tense's participle too.
				// ("n’a pas cessé de croître", "n’a pas été de tout repos": those keep their "de".)
				const participle = /^(\p{L}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|its|ert|erts|erte|ertes))[\s\u00a0\u202f]+/u.exec(rest);
				const keepsDe = (p: string) => DE_INFINITIVE_PARTICIPLE.test(p) || DE_VERBS.test(p);
				const lead = participle && !keepsDe(participle[1]) && FR_DE_NOUN.test(rest.slice(participle[0].length)) ? participle[0] : '';
				const pm = FR_DE_NOUN.exec(rest.slice(lead.length));
				// "ne permettent pas de dater": an infinitive keeps its "de".
				// "n’était pas de cet avis" → "était de cet avis": a determiner after "de" is no count to make positive.
				if (pm && !DE_VERBS.test(verb) && !DETERMINER.test(pm[1]) && !isInfinitiveBefore(pm[1], rest.slice(lead.length + pm[0].length))) {
					const noun = pm[1];
					const artcl = frIndefinite(noun);
					rest = lead + artcl + ' ' + rest.slice(lead.length + pm[0].length - noun.length);
				}
			}
			// Participle after the particle: "n’a pas signé l’accord" keeps its order as is.
			predicate = [clitics, verb, rest].filter(Boolean).join(' ');
			// Clitics glued by apostrophe ("s’est") must stay glued.
			predicate = predicate.replace(/([smtl]['’]) /giu, '$1');
			const fact = build(s, subj, predicate, end, article, text, speaker ? { speaker, lang: 'fr' } : undefined);
			if (fact) out.push(fact);
		}
		// "Aucune alerte n’a été émise" → "Une alerte a été émise".
		const am = FR_AUCUN.exec(s.text);
		if (am && !quoteAt(quotes, s.start + am.index)) {
			const word = am[1] ?? am[2];
			const start = s.start + am.index + am[0].indexOf(word);
			const afterNeg = s.start + am.index + am[0].length;
			const end = clauseEnd(text, afterNeg, s.end, true);
			const art = word.toLowerCase() === 'aucun' ? 'Un' : 'Une';
			const statement = tidy(`${art} ${tidy(am[3])} ${alreadyForYet(text.slice(afterNeg, end))}`);
			out.push({ id: `negation-${start}`, type: 'negation', value: 'false', text: text.slice(start, end), start, end, sentence: s.index, statement, confidence: 0.75 });
		}
		// "de ne pas renouveler le contrat" → "renouveler le contrat" (statement about the subject).
		FR_NEG_INF.lastIndex = 0;
		while ((m = FR_NEG_INF.exec(s.text))) {
			const negStart = s.start + m.index;
			if (quoteAt(quotes, negStart)) continue;
			// "pour ne pas impacter les finances": the purpose made positive says something else.
			if (/(?:pour|afin de|de façon à|de manière à)[\s\u00a0\u202f]+$/iu.test(s.text.slice(0, m.index))) continue;
			const subj = subjectBefore(s, text, negStart, true);
			if (!subj) continue;
			const end = clauseEnd(text, negStart + m[0].length, s.end, true);
			const predicate = tidy(m[2] + ' ' + text.slice(negStart + m[0].length, end));
			const fact = build(s, subj, predicate, end, article, text);
			if (fact) out.push(fact);
		}
	}
	return out;
}

/**
 * "n'est pas encore déterminée", "Aucun cas n'est encore recensé": made positive, "encore" (yet) is
 * "déjà" ("encore plus", "encore moins", "encore mieux" say "even" and stay).
 */
function alreadyForYet(predicate: string): string {
	return predicate.replace(/^(\S+)[\s\u00a0]+encore(?=[\s\u00a0])(?![\s\u00a0]+(?:plus|moins|mieux|pire)(?![\p{L}]))/u, '$1 déjà');
}

/**
 * Whether a positive statement says nothing true or readable on its own: words that need the
 * negation it lost ("paid any heed", "du tout"); in French, "en" or "y" pointing back before its verb
 * ("Le tribunal en a eu la même lecture"); a sentence that gives it as the view of someone a pronoun
 * names ("… n’est pas claire, selon lui").
 */
function statesNothing(statement: string, sentence: string, lang: 'fr' | 'en'): boolean {
	return NEGATIVE_POLARITY.test(statement) || (lang === 'en' && MINIMISER_EN.test(statement)) || (lang === 'fr' && CLITIC_BEFORE_VERB.test(statement)) || PRONOUN_VIEW.test(sentence);
}
// "selon lui", "d’après elle", "according to him".
const PRONOUN_VIEW = /(?<![\p{L}])(?:(?:selon|d['’]après)[\s\u00a0]+(?:lui|elle|eux|elles)|according[\s\u00a0]+to[\s\u00a0]+(?:him|her|them))(?![\p{L}])/iu;

// A relative clause, a complement or a dangling "not" is no statement: "À laquelle le pays a échappé.",
// "In which China is a competitor now.", "Qu’un athlète devait…", "De Pierre Kwémo ont pu…",
// "People have been vaccinated — not."
const CLAUSE_FRAGMENT = /^(?:(?:à|a|de|en|dans|sur|par|pour|avec|in|on|at|of|by|for|with|to|from)[\s\u00a0]+(?:laquelle|lequel|lesquels|lesquelles|auquel|auxquels|qui|quoi|which|whom|what)(?![\p{L}])|qu['’]|(?:que|dont|où|which|who|whom|whose|where)[\s\u00a0])|[\s\u00a0]*[—–-][\s\u00a0]*(?:not|pas)[.!]?$/iu;
// (Case-sensitive: "De Pierre Kwémo ont pu…" is a complement, "De nombreux parents…" a subject.)
const NAME_COMPLEMENT = /^[Dd]e[\s\u00a0]+\p{Lu}/u;

// Words that need the negation they stood under: "were not hungry at all" flipped is "were hungry at all",
// "does not talk about it much" is "talks about it much", "has not paid back a cent" is "has paid back a
// cent", "ne pourra plus jamais" left as "pourra jamais".
// (And "did not pay any heed", "wasn't anything", "are not found anywhere else": "any" right after a
// verb in the past or a form of be/have; "can park anywhere", "the use of any pesticide" read well.)
// A minimiser in English ("has not paid back a cent", "did not say a word"; not "a single-use ban",
// nor French "a cent adhérents").
const MINIMISER_EN = /(?<![\p{L}])a[\s\u00a0]+(?:single|cent|penny|dime|word|finger|soul)(?![\p{L}-])/iu;
const NEGATIVE_POLARITY = /(?<![\p{L}])(?:at[\s\u00a0]+all|(?<!(?:as|so|too|how|very|that|this)[\s\u00a0]+)much(?=[\s\u00a0]*(?:[.,;:!?»”"]|$)|[\s\u00a0]+(?:in|at|on|about|during|for|with|these|nowadays|lately|today|now)(?![\p{L}]))|any(?:[\s\u00a0]+)?more|any[\s\u00a0]+longer|either|whatsoever|du[\s\u00a0]+tout|non[\s\u00a0]+plus|guère|jamais|rien|aucune?|nulle[\s\u00a0]+part)(?![\p{L}])|(?<=(?<![\p{L}])(?:had|has|have|was|were|is|are|been|paid|made|gave|got|found|wanted|took|received|showed|saw|heard|did)[\s\u00a0]+)(?:any|anything|anyone|anybody|anywhere)(?![\p{L}])/iu;

// ("il y a" is no pointer: "Il y a un médecin au village".)
const SIDE_SHOWS = /^[\s\u00a0«“"]*(?:Pour|For)[\s\u00a0]+(?:la|le|l['’]|les|the|son|sa|ses|his|her|their)[^,]{2,40},[^,;:.!?]*(?:montre|montrent|prouve|prouvent|démontre|démontrent|shows|showed|proves|proved|suggests|suggested)[\s\u00a0]+(?:que[\s\u00a0]+|qu['’]|that[\s\u00a0]+)$/iu;
const CLITIC_BEFORE_VERB = /(?<![\p{L}'’])(?:en|(?<!(?<![\p{L}])il[\s\u00a0]+)y)[\s\u00a0]+(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|fait|font|faisait)(?![\p{L}])/iu;

// Text from a sentence's start to its subject: "si"/"if"/"s'" anywhere, "lorsque"/"when" opening the
// sentence or after "et"/"and".
const CONDITION_BEFORE = /(?:^|[\s\u00a0(,;:«“"])(?:(?:si|if)[\s\u00a0]+|s['’])$|(?:^[\s\u00a0«“"]*|[\s\u00a0,](?:et|mais|and|but)[\s\u00a0]+)(?:(?:lorsque|quand|when|whenever)[\s\u00a0]+|lorsqu['’])$/iu;

function build(
	s: Sentence,
	subj: { start: number; subject: string },
	predicate: string,
	end: number,
	article: Article,
	text: string,
	quoted?: { speaker: string; lang: 'fr' | 'en' }
): Fact | null {
	if (!predicate || end <= subj.start) return null;
	// "lorsque les comptes ne vont plus, elles…", "if the pumps do not start": a condition, or a time
	// clause that opens its sentence, states nothing of its own ("It was in 2019, when the firm did not
	// pay its workers" does).
	if (CONDITION_BEFORE.test(text.slice(s.start, subj.start))) return null;
	// "… and said he never discussed": a subject led by a verb; "des sanitaires qui n’avaient jamais
	// existé": a negation inside a relative clause has no main clause to state.
	if (/^(?:said|says|told|added|and|but|et|mais|qui|que|qu['’]|dont|où|which|who|whom|whose)(?:\s|$)/iu.test(subj.subject) || /\s(?:qui|que|qu['’]|dont|which|who|that)$/iu.test(subj.subject)) return null;
	// "…, mais espèrent ne pas perdre…": one small word that is no pronoun is the verb, its subject
	// further back ("Espèrent perdre trop de clientèle." states nothing).
	if (article.lang === 'fr' && /^\p{Ll}+$/u.test(subj.subject.trim()) && !PRONOUNS.test(subj.subject.trim())) return null;
	// "… and found the majority had not changed": a clause whose subject went before its verb ("Found
	// the majority had changed" is no statement).
	if (/^(?:\p{Ll}+ed|found|finds|shows?|showed|shown|saw|sees|knew|knows|thinks|thought|felt|feels)(?:\s|$)/u.test(subj.subject)) return null;
	// "n’est pas sans rappeler celui…": two negatives say yes, and without the first the verb after
	// "sans" reads wrong ("est sans rappeler"); "ne restent pas sans effets", "pas sans danger" and
	// "pas sans Xavier" keep their sense (an infinitive takes its object).
	const sans = /^(?:\S+[\s\u00a0]+){0,2}?sans[\s\u00a0]+(\p{Ll}+)/u.exec(predicate);
	if (sans && (isInfinitiveBefore(sans[1], predicate.slice(sans[0].length)) || (/(?:er|ir|re)$/u.test(sans[1]) && /^[\s\u00a0]+(?:celui|celle|ceux|celles)(?![\p{L}])/u.test(predicate.slice(sans[0].length))))) return null;
	if (article.lang === 'fr') predicate = alreadyForYet(predicate);
	// "… are pushing back, saying that forests should not be sacrificed", "estiment que la ville ne
	// doit pas…": a view reported without quotation marks is its holders', not a fact to state; so is
	// what a piece of evidence shows for one side ("Pour la défense, cette course montre que le
	// plaignant n’est pas blessé"; "A report shows that the city did not meet its target" states).
	if (!quoted && /(?:^|[\s,])(?:say|says|said|saying|argue|argues|argued|arguing|claim|claims|claimed|claiming|believe|believes|believed|think|thinks|insist|insists|insisted|warn|warns|warned|dit|disent|affirme|affirment|affirmant|estime|estiment|estimant|pense|pensent|juge|jugent|assure|assurent|soutient|soutiennent|déclare|déclarent)[\s\u00a0]+(?:that[\s\u00a0]+|que[\s\u00a0]+|qu['’])?[^,.;:!?«»“”"]{0,40}$/iu.test(text.slice(Math.max(s.start, subj.start - 80), subj.start))) return null;
	if (!quoted && SIDE_SHOWS.test(text.slice(s.start, subj.start))) return null;
	const pronoun = PRONOUNS.test(subj.subject);
	// Adverbial openers ("Cependant", "En 2024") are not the subject.
	let subjectText = subj.subject.replace(/^(?:cependant|pourtant|toutefois|néanmoins|however|yet|still|but)\s+/iu, '');
	// "The province still does not have a full tally": "still not" made positive is "already".
	if (article.lang === 'en' && /\s+still$/iu.test(subjectText)) {
		subjectText = subjectText.replace(/\s+still$/iu, '');
		predicate = `already ${predicate}`;
	}
	const subject = resolveNounPhrase(subjectText, article, subj.start);
	let statement = capitalise(tidy(subject + ' ' + predicate));
	// A fragment, or words that need the negation they stood under, state nothing once made positive.
	if (CLAUSE_FRAGMENT.test(statement) || NAME_COMPLEMENT.test(statement)) return null;
	// "… bon! Je sais si on va…": two sentences of a quotation, or "ne sais pas si" made "sais si", state nothing.
	if (/(?:[!?…]|(?<=\p{Ll}{3})\.)[\s\u00a0]+\p{Lu}/u.test(statement) || /(?<![\p{L}])(?:sais|sait|savons|savez|savent|know|knows)[\s\u00a0]+(?:si|whether|if)(?![\p{L}])/iu.test(statement)) return null;
	// Said in a quotation, the statement is the speaker's: "Selon X, …", "According to X, …".
	if (quoted) {
		const opening = ownCapital(statement, article.text) ? statement : statement[0].toLowerCase() + statement.slice(1);
		statement = `${quoted.lang === 'fr' ? 'Selon' : 'According to'} ${quoted.speaker}, ${opening}`;
	}
	const start = subj.start;
	return {
		id: `negation-${start}`,
		type: 'negation',
		value: 'false',
		text: text.slice(start, end),
		start,
		end,
		sentence: s.index,
		statement,
		confidence: pronoun ? 0.5 : quoted ? 0.6 : 0.8
	};
}

/** Who said a quotation: the speaker of the quote fact around it. */
export interface Speaker {
	start: number;
	end: number;
	name: string;
}

function speakerOf(speakers: Speaker[], quoted: [number, number]): string | undefined {
	return speakers.find((sp) => sp.start <= quoted[0] && quoted[1] <= sp.end + 1)?.name;
}

// Inside a quotation, only a statement about someone or something else reads as a fact: its subject
// starts inside the quotation and is no first or second person ("je", "we", "you").
function quotedSubject(subj: { start: number; subject: string }, quoted: [number, number]): boolean {
	// ("quand ça n’allait pas" → "Selon X, ça allait": a pronoun whose referent the quotation holds says nothing alone.)
	return subj.start > quoted[0] && !/^(?:(?:then|so|and|but|alors|et|mais|donc)[\s\u00a0]+)?(?:(?:je|nous|on|vous|tu|i|we|you|me|moi|ça|cela|ce|il|elle|ils|elles|it|they|he|she|this|that)(?![\p{L}])|[jc]['’])/iu.test(subj.subject);
}

// ---- English --------------------------------------------------------------------------------


function past(v: string): string {
	const l = v.toLowerCase();
	if (EN_IRREGULAR_PAST[l]) return EN_IRREGULAR_PAST[l];
	// "override" → "overrode", "undertake" → "undertook", "rebuild" → "rebuilt".
	const prefixed = /^(over|under|re|with|out|mis|up|fore)(\p{L}+)$/u.exec(l);
	if (prefixed && EN_IRREGULAR_PAST[prefixed[2]]) return v.slice(0, prefixed[1].length) + EN_IRREGULAR_PAST[prefixed[2]];
	if (l.endsWith('e')) return v + 'd';
	if (/[^aeiou]y$/.test(l)) return v.slice(0, -1) + 'ied';
	if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(l)) return v + v.slice(-1) + 'ed';
	return v + 'ed';
}

function thirdPerson(v: string): string {
	const l = v.toLowerCase();
	if (l === 'have') return 'has';
	if (l === 'be') return 'is';
	if (/(?:s|sh|ch|x|z|o)$/.test(l)) return v + 'es';
	if (/[^aeiou]y$/.test(l)) return v.slice(0, -1) + 'ies';
	return v + 's';
}

const AUX_SUBJECT = new RegExp(`^(?:${EN_AUX})${B1}`, 'iu');

function englishNegations(article: Article, quotes: [number, number][], speakers: Speaker[]): Fact[] {
	const text = article.text;
	const out: Fact[] = [];
	for (const s of article.sentences) {
		if (/\?\s*$/.test(s.text)) continue;
		EN_NEG.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = EN_NEG.exec(s.text))) {
			// "sang Don't Stop Believin'": a capitalised auxiliary inside a sentence is a title's word.
			if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},;][\s\u00a0\u202f]*$/u.test(s.text.slice(0, m.index))) continue;
			const negStart = s.start + m.index;
			const quoted = quoteAt(quotes, negStart);
			const speaker = quoted ? speakerOf(speakers, quoted) : undefined;
			if (quoted && !speaker) continue;
			const subj = subjectBefore(s, text, negStart, false);
			if (!subj || EN_NEG_SUBJECT.test(subj.subject) || subj.subject.split(' ').length > 14) continue;
			const aux = (m[1] ?? m[2]).toLowerCase();
			if (quoted && (!quotedSubject(subj, quoted) || /^(?:should|must|can|could|will|would|won|shall|might|may|ought)/.test(aux))) continue;
			const verb = m[3];
			const verbStart = negStart + m[0].length - verb.length;
			const end = clauseEnd(text, verbStart + verb.length, s.end, false);
			const rest = tidy(text.slice(verbStart + verb.length, end));
			let head: string;
			if (aux === 'does') head = thirdPerson(verb);
			else if (aux === 'do') head = verb;
			else if (aux === 'did') head = past(verb);
			else if (aux === 'cannot' || aux === 'can’t' || aux === "can't") head = 'can ' + verb;
			else if (aux === 'won’t' || aux === "won't") head = 'will ' + verb;
			else head = aux + ' ' + verb;
			const fact = build(s, subj, tidy(head + ' ' + rest), end, article, text, speaker ? { speaker, lang: 'en' } : undefined);
			if (fact) out.push(fact);
		}
		// "Brookner never married" → "Brookner married"; "X failed to pass the bill", "X unsuccessfully
		// attempted to pass an amendment" → "X passed …": what was tried and not done, stated as done.
		for (const [re, verbOf] of NEVER_OR_FAILED) {
			re.lastIndex = 0;
			while ((m = re.exec(s.text))) {
				const negStart = s.start + m.index;
				if (quoteAt(quotes, negStart)) continue;
				const subj = subjectBefore(s, text, negStart, false);
				// "Children who are healthy, have never been infected…": an auxiliary is no subject.
				if (!subj || AUX_SUBJECT.test(subj.subject) || EN_NEG_SUBJECT.test(subj.subject)) continue;
				const end = clauseEnd(text, negStart + m[0].length, s.end, false);
				const predicate = tidy(verbOf(m[1]) + ' ' + text.slice(negStart + m[0].length, end));
				const fact = build(s, subj, predicate, end, article, text);
				if (fact) out.push(fact);
			}
		}
		// "No agreement was reached" → "An agreement was reached".
		const nm = EN_NO_SUBJECT.exec(s.text);
		if (nm && !quoteAt(quotes, s.start)) {
			const end = clauseEnd(text, s.start + nm[0].length, s.end, false);
			const noun = nm[1];
			const art = nm[3] === 'were' || nm[3] === 'are' ? '' : /^[aeiou]/i.test(noun) ? 'An ' : 'A ';
			const statement = capitalise(tidy(art + text.slice(s.start + nm.index + nm[0].indexOf(noun), end)));
			out.push({
				id: `negation-${s.start}`,
				type: 'negation',
				value: 'false',
				text: text.slice(s.start + nm.index, end),
				start: s.start + nm.index,
				end,
				sentence: s.index,
				statement,
				confidence: 0.7
			});
		}
	}
	return out;
}

/**
 * A clause may match twice ("ne … pas" and "ne pas") and yield two negations with one start:
 * extractEntities keeps the first of each id (`negation-${start}`).
 */
export function extractNegations(article: Article, quotes: [number, number][], speakers: Speaker[] = []): Fact[] {
	const found = article.lang === 'fr' ? frenchNegations(article, quotes, speakers) : englishNegations(article, quotes, speakers);
	// Whichever way a statement was built ("ne … pas", "Aucun", "No X was…", "never", "failed to"), one
	// that says nothing once made positive is none.
	return found.filter((f) => !f.statement || !statesNothing(f.statement, article.sentences[f.sentence]?.text ?? '', article.lang));
}
