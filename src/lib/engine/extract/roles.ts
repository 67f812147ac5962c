// Roles as facts of their own: the position a named person holds, as the article words it, so a
// question can ask for the role ("Who is Grant Shapps?" → "UK Defence Minister"). Read from an
// apposition after the name ("X, président de l'académie Goncourt,"), a role right before it
// ("le président djiboutien X", "Fire Chief X") and a copula ("X est la nouvelle directrice de Y",
// "X, who is the mayor of Y"). A role is never part of the name: names.ts cuts it off.
import type { Article, Fact, Lang } from '../types';
import { isRoleWord, isTitle } from './gazetteer';
import { escapeRegExp, S } from '../text/patterns';
import { TIME_WORDS } from '../text/lexicon';
import { CARDINAL_WORD } from '../text/numbers';
import type { NameIndex } from './names';

// Determiners and possessives a role phrase may open with; they are not part of the value.
const LEADING_DET: Record<Lang, RegExp> = {
	fr: new RegExp(`^(?:l['’]${S}*|(?:le|la|les|un|une|son|sa|ses|leur)${S}+)`, 'iu'),
	en: new RegExp(`^(?:the|a|an|his|her|its|their)${S}+`, 'iu')
};
// What goes on with a list of people: "ainsi que", "as well as".
const LIST_CONTINUES = `(?:ainsi${S}+que|de${S}+même${S}+que|as${S}+well${S}+as|along${S}+with|together${S}+with)`;
// Words that tell other people, uncounted: "several", "plusieurs", "d'autres", "de nombreux".
const SOME_PEOPLE = `(?:(?:several|many|numerous|various|plusieurs|nombreux|nombreuses|divers|diverses)(?![\\p{L}])|d['’]autres|de${S}+nombreu(?:x|ses)(?![\\p{L}]))`;
// ... or others: "other(s)", "autres".
const OTHER_WORD = `(?:other|others|autres)(?![\\p{L}])`;
// What opens other people after it, not a second post of the same one: a determiner, a possessive,
// a count or "other(s)", a name ("ainsi que les initiateurs", "as well as his deputies", "ainsi que
// d’autres élus"; "ainsi que président de la métropole" goes on with the post).
const OTHER_PEOPLE = `(?:(?:les?|la|l['’]|des|the|a|an|ses|son|sa|leurs?|his|her|their|its|members|membres)(?![\\p{L}])|${CARDINAL_WORD}|${SOME_PEOPLE}|${OTHER_WORD}|\\p{Lu})`;
// "Chairman of the Port Authority and several other guests", "directrice du musée et plusieurs élus",
// "editor of the daily and three other journalists": "and" before "several", or a count and "other",
// adds people to the list, and so does "and other(s)" after a body's capitalised name ("head of the
// association of farmers and other landowners", "director of studies and two research centres",
// "professeure de physique et deux fois championne" go on).
const MORE_PEOPLE = `${S}(?:and|et)(?=${S}+(?:${SOME_PEOPLE}|${CARDINAL_WORD}${S}+${OTHER_WORD}))|(?<=\\p{Lu}[\\p{L}\\p{M}'’.-]*)${S}(?:and|et)(?=${S}+${OTHER_WORD})`;
// The verbs of saying or being a subject's phrase goes on with.
const CLAUSE_VERB = 'a|ont|est|était|sera|avait|said|says|told|added|is|was|has|had|will|would|explique|affirme|déclare|estime|précise|ajoute|indique|souligne';
// Where an apposition ends: punctuation, a verb of saying or being, a relative pronoun, a list going on.
const APPOSITION_END = new RegExp(
	`(?:[,;:.!?()«»“”"]|${S}${LIST_CONTINUES}(?=${S}+${OTHER_PEOPLE})|${MORE_PEOPLE}|${S}(?<!(?:ainsi|même)${S})(?:${CLAUSE_VERB}|qui|que|dont|où|who|which|selon|according|after|before|following|when|while|après|avant|lorsque|quand)(?![\\p{L}])|${S}(?:dans|in|lors|during)${S}+(?:un|une|le|la|a|an|the|son|sa|his|her|its)${S}|${S}(?:à${S}+l['’]${S}*issue|au${S}+terme|à${S}+la${S}+(?:fin|sortie)|at${S}+the${S}+end${S}+of|lors${S}+d(?:e|u|es|['’])|pendant|durant)(?![\p{L}]))`,
	'u'
);
// "Dans un hommage à feu X, le président de l’association a salué…": a name in a phrase that opens the
// sentence with a preposition, then a comma and a post with its article that goes on with the verb (or
// that a name set off by commas follows), is not that post's holder: the post is the sentence's
// subject ("Selon X, la maire de Lyon, …" is hers).
const OPENING_PREPOSITION = /^(?:dans|lors|pour|à|après|avant|avec|selon|en|par|sur|in|at|during|after|before|with|for|to|on|by|from)[\s\u00a0\u202f]/iu;
const DET_AFTER_COMMA = /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:le|la|l['’]|les|the)(?![\p{L}])/iu;
const COMMA_NEXT = /^[\s\u00a0\u202f]*,/u;
const VERB_NEXT = new RegExp(`^${S}+(?:${CLAUSE_VERB})(?![\\p{L}])`, 'u');
const COPULA = new RegExp(`^${S}+(?:est|était|a été|devient|est devenu|est devenue|is|was|has been|became|serves as|served as)${S}+`, 'iu');
const WHO_IS = new RegExp(`^${S}*,${S}*(?:qui${S}+(?:est|était)|who${S}+(?:is|was))${S}+`, 'iu');
const MAX_ROLE_WORDS = 14;

/** Whether the phrase is headed by a role noun within its first words ("double champion olympique"). */
function headedByRole(phrase: string): boolean {
	const words = phrase.toLowerCase().split(/[\s\u00a0\u202f]+/u).filter(Boolean);
	for (let i = 0; i < Math.min(words.length, 4); i++) {
		for (let n = Math.min(4, words.length - i); n >= 1; n--) {
			if (isRoleWord(words.slice(i, i + n).join(' '))) return true;
		}
		// Only modifiers may come before the head: stop at a word that links to a complement, and at
		// a determiner after the first word ("X, met the band’s drummer…" is a clause, not a role).
		if (/^(?:de|du|des|d['’]|of|for|at|à|au|in)$/u.test(words[i])) return false;
		if (i + 1 < Math.min(words.length, 4) && /^(?:the|a|an|le|la|les|un|une)$/u.test(words[i + 1]) && !isRoleWord(words[i])) return false;
	}
	return false;
}

interface Found {
	start: number;
	end: number;
}

// "la chanteuse Buika", "the singer Adele": a post in lower case and a capitalised name right after it.
const POST_THEN_NAME = /^(?:(?:le|la|l['’]|the)[\s\u00a0\u202f]*)?\p{Ll}[\p{Ll}-]+(?:[\s\u00a0\u202f]+(?!(?:de|du|des|of|for|à|au|aux|in|at|on|to|et|and|la|le|les|the)[\s\u00a0\u202f])\p{Ll}[\p{Ll}-]+)?[\s\u00a0\u202f]+\p{Lu}[\p{L}’'-]+(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}’'-]+)?$/u;

// A day after the post: "dimanche", "lundi soir", "hier", "on Sunday", "yesterday".
// (Case as written: "editor of USA Today", "le Soleil Aujourd'hui" end on a title's word.)
const WHEN_AT_END = new RegExp(`${S}+(?:(?:on|le)${S}+)?${TIME_WORDS}$`, 'u');

/** The role phrase at `from` (after a comma or a copula), or null. */
function phraseAt(text: string, from: number, limit: number, lang: Lang): Found | null {
	let start = from;
	while (start < limit && /[\s\u00a0\u202f,]/u.test(text[start])) start++;
	// "has been elected mayor of Hamilton": the role is "mayor of Hamilton".
	// ("a été officiellement réélu Premier ministre", "was officially appointed…": an adverb may come first.)
	const became = /^(?:\p{Ll}{3,}(?:ment|ly)[\s\u00a0\u202f]+)?(?:elected|appointed|named|re-elected|élue?s?|nommée?s?|réélue?s?|devenue?)[\s\u00a0\u202f]+/iu.exec(text.slice(start, limit));
	if (became) start += became[0].length;
	// ("son avocat, Maître X, a jugé cette peine…": in French "a" is the verb, and what follows a clause.)
	if (lang === 'fr' && /^(?:a|ont)[\s\u00a0\u202f]/iu.test(text.slice(start, limit))) return null;
	const det = LEADING_DET[lang].exec(text.slice(start, limit));
	if (det) start += det[0].length;
	const rest = text.slice(start, limit);
	const stop = APPOSITION_END.exec(rest);
	let end = start + (stop ? stop.index : rest.length);
	while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1])) end--;
	// "maire de Grabels à l’AFP", "spokesman, told Reuters": the outlet spoken to is no part of the role.
	const outlet = /[\s\u00a0\u202f]+(?:à|au|auprès de|to|told)[\s\u00a0\u202f]+(?:l['’]|la[\s\u00a0\u202f]+|le[\s\u00a0\u202f]+|the[\s\u00a0\u202f]+)?(?:AFP|Reuters|AP|BBC|CNN|BFMTV|franceinfo|Franceinfo|RTL|Europe 1|France Inter|France Info|Associated Press|Agence France-Presse|\p{Lu}{2,6})$/u.exec(text.slice(start, end));
	if (outlet) end -= outlet[0].length;
	// "élue maire de Lyon dimanche", "elected mayor on Sunday": when it happened is the clause's.
	const day = WHEN_AT_END.exec(text.slice(start, end));
	if (day) end -= day[0].length;
	// "the HHK spokesman and a deputy speaker": the English "a" that ended it leaves "and" behind; a
	// role ends on no conjunction.
	const conjunction = /[\s\u00a0\u202f]+(?:and|et|or|ou|but|mais)$/iu.exec(text.slice(start, end));
	if (conjunction) end -= conjunction[0].length;
	const phrase = text.slice(start, end);
	// An apposition opens with its head or its modifiers, never with a preposition or a conjunction.
	if (/^(?:with|without|and|but|or|as|after|before|while|avec|sans|et|mais|ou|comme|après|avant|dont|alors)(?![\p{L}])/iu.test(phrase)) return null;
	const n = phrase.split(/[\s\u00a0\u202f]+/u).filter(Boolean).length;
	if (n === 0 || n > MAX_ROLE_WORDS || !headedByRole(phrase)) return null;
	// A role starts in lower case or with a capitalised title ("Président exécutif", "Mayor").
	return { start, end };
}

// Lower case or capitalised as in a title ("Associate Minister of Health X" is an associate minister).
const ROLE_MODIFIERS = 'deputy|national|chief|senior|assistant|acting|former|general|executive|vice|associate|principal|regional|interim|joint|lead|adjoint|adjointe|ancien|ancienne'
	.split('|')
	.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
	.join('|');
// ("Former Hong Kong chief executive X": the place or body between "former" and the post belongs to
// it; "le vice-ministre X" is no minister.)
const ROLE_MODIFIERS_BEFORE = new RegExp(
	`(^|[\\s\\u00a0\\u202f(])(?:[Ff]ormer${S}+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*${S}+){1,3}|(?:\\p{Lu}{2,6}${S}+)?(?:(?:${ROLE_MODIFIERS})(?:${S}+|-))+)$`,
	'u'
);

const TRAILING_WORD = /(\p{L}+\.?)[\s\u00a0\u202f]+$/u;

/** The role names.ts read right before a name, located in the text. */
function locateBefore(text: string, lineStart: number, nameStart: number, role: string): Found | null {
	let left = text.slice(lineStart, nameStart);
	// A title between the post and the name, or two: "le directeur, M. X", "Security Manager Maj. Paul
	// Kamau", "Unit Commander Lt Col Tom Reid".
	let titled = false;
	for (let k = 0; k < 2; k++) {
		const last = TRAILING_WORD.exec(left);
		if (!last || !(isTitle(last[1]) || isTitle(`${last[1].replace(/\.$/u, '')}.`))) break;
		titled = true;
		left = left.slice(0, last.index);
	}
	const words = role.split(/[\s\u00a0\u202f]+/u).filter(Boolean).map(escapeRegExp);
	if (!words.length) return null;
	const re = new RegExp(`${words.join(`${S}+`)}(?=${S}*,?${S}*$)`, 'iu');
	const m = re.exec(left);
	if (!m) return null;
	// "ONS deputy national statistician Jonathan Athow": the modifiers, and the body's acronym
	// before them, belong to the role.
	const mods = ROLE_MODIFIERS_BEFORE.exec(left.slice(0, m.index));
	let start = lineStart + m.index - (mods ? mods[0].length - mods[1].length : 0);
	// "du Haut représentant du président de la République, M. X", "the spokesman for the Prime Minister,
	// X": the post named before is the complement of the person's own, which takes it in — when a comma
	// or a title stands between the posts and the name ("le porte-parole du président Emmanuel Macron"
	// speaks for Macron, who is the president).
	const owner = POST_OF.exec(text.slice(lineStart, start));
	// (Set off by a comma or a title of address: "avocat, Maître Roux", "the Prime Minister Mr Tom Lee".)
	const setOff = titled || left.slice(m.index + m[0].length).includes(',');
	if (owner && setOff && AGENT_NOUN.test(owner[2])) start = lineStart + owner.index + owner[0].indexOf(owner[1]);
	return { start, end: lineStart + m.index + m[0].length };
}
const LIST_NEXT = /^[\s\u00a0\u202f]*(?:,|and[\s\u00a0\u202f]|et[\s\u00a0\u202f])/u;
// (A post goes on after it, "maire de Leeds ainsi que président de la métropole"; other people do not.)
const LIST_GOES_ON = new RegExp(`^${S}*${LIST_CONTINUES}${S}+${OTHER_PEOPLE}`, 'u');
// A name the scanner did not read as a person, ending a post ("président de l’Assemblée provinciale Matheus
// Kanga"): in a list that goes on, the post is that name's ("maire de Lyon ainsi que ses adjoints" stays his).
const NAME_AT_END = /\p{Lu}[\p{L}’'-]+[\s\u00a0\u202f]+\p{Lu}[\p{L}’'-]+$/u;
// A title right before a name ("… to India Emmanuel Lenain"), not a sentence's first word.
const TITLE_BEFORE = /(?<=\S[\s\u00a0\u202f]+)\p{Lu}[\p{L}’'.-]*[\s\u00a0\u202f]+$/u;
// A post and the "du", "de la", "to the", "of the" that make the next post its complement.
const POST_OF = /(?:^|[\s\u00a0\u202f(,'’])((?:(?:haut|haute|grand|grande|vice|special|senior|chief|deputy)[\s\u00a0\u202f-]+)?(\p{L}[\p{L}-]+))[\s\u00a0\u202f]+(?:du|de[\s\u00a0\u202f]+la|de[\s\u00a0\u202f]+l['’]|des|to[\s\u00a0\u202f]+the|of[\s\u00a0\u202f]+the|for[\s\u00a0\u202f]+the)[\s\u00a0\u202f]+$/iu;
// The posts held for someone else ("le représentant du…", "the spokesman for the…").
const AGENT_NOUN = /^(?:représentant|représentante|conseiller|conseillère|porte-parole|envoyé|envoyée|émissaire|délégué|déléguée|secrétaire|chef|cheffe|directeur|directrice|adviser|advisor|spokesman|spokeswoman|spokesperson|envoy|aide|representative|secretary)$/iu;

export function extractRoles(article: Article, names: NameIndex): Fact[] {
	const text = article.text;
	const out: Fact[] = [];
	const seen = new Set<string>();
	const push = (found: Found, person: string, sentence: number, confidence: number) => {
		let { start, end } = found;
		while (end > start && /[\s\u00a0\u202f,]/u.test(text[end - 1])) end--;
		// "Amy Letman, then associate producer at…": the post, not when it was held.
		const then = /^(?:then|alors)[\s\u00a0\u202f]+/iu.exec(text.slice(start, end));
		if (then) start += then[0].length;
		const value = text.slice(start, end).replace(/[\s\u00a0\u202f]+/gu, ' ');
		const key = `${person}|${value.toLowerCase()}`;
		if (!value || seen.has(key)) return;
		seen.add(key);
		out.push({ id: `role-${start}`, type: 'role', value, text: text.slice(start, end), start, end, sentence, person, confidence });
	};
	for (const m of names.mentions) {
		if (m.type !== 'person') continue;
		const s = article.sentences[m.sentence];
		const right = text.slice(m.end, s.end);
		// "X, président de …," / "X, the club's coach,"
		if (/^[\s\u00a0\u202f]*,/u.test(right) && !WHO_IS.test(right)) {
			const found = phraseAt(text, m.end + right.indexOf(',') + 1, s.end, article.lang);
			// "Chairman Harold Matzner, Artistic Director Michael Lerman and…": after the comma a list
			// goes on with the next person and their post, which is no apposition of the first.
			// ("la chanteuse Buika": a post and a name the scanner did not take for a person are the next item too.)
			// ("le gouverneur X, le président de l’Assemblée Y Z ainsi que les élus": a post ending on a name,
			// in a list that goes on with "ainsi que", "as well as", is that name's.)
			const nextPerson =
				found &&
				(names.mentions.some((o) => o.type === 'person' && o !== m && o.start >= found.start && o.start < found.end) ||
					POST_THEN_NAME.test(text.slice(found.start, found.end)) ||
					(LIST_GOES_ON.test(text.slice(found.end, s.end)) && NAME_AT_END.test(text.slice(found.start, found.end))) ||
					// "Ambassador X, Trade Commissioner for Y, Z and W were guests": in a list of names each titled
					// before it, a capitalised post before the next name is that name's ("Paul Roy, directeur du
					// musée, Anne Morel et…" and "John Smith, President of the Red Cross, Mary Jones…" keep theirs).
					/^\p{Lu}/u.test(text.slice(found.start, found.end)) &&
					TITLE_BEFORE.test(text.slice(s.start, m.start)) &&
					names.mentions.some((o) => o.type === 'person' && o.start >= found.end && /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/u.test(text.slice(found.end, o.start)) && LIST_NEXT.test(text.slice(o.end, s.end))));
			// (The name inside the opening phrases, each after a preposition: "Dans un communiqué, après la
			// mort de X, le président du club a salué…"; "On Monday, police arrested X, the mayor of Y." is his
			// post. The post goes on with the verb, or is set off before a name that is its holder's: "… feu
			// X, le président de l’association, Paul Morel, a salué".)
			const before = text.slice(s.start, m.start);
			const opening = !!found && OPENING_PREPOSITION.test(before) && OPENING_PREPOSITION.test(before.slice(before.lastIndexOf(',') + 1).trimStart()) && DET_AFTER_COMMA.test(right);
			const subject =
				opening &&
				(VERB_NEXT.test(text.slice(found.end, s.end)) ||
					names.mentions.some((o) => o.type === 'person' && o.start >= found.end && /^[\s\u00a0\u202f,]*$/u.test(text.slice(found.end, o.start)) && COMMA_NEXT.test(text.slice(o.end, s.end))));
			if (found && !nextPerson && !subject) {
				push(found, m.value, m.sentence, 0.75);
				continue;
			}
		}
		// "X, qui est …" / "X est la nouvelle directrice de …"
		const cop = WHO_IS.exec(right) ?? COPULA.exec(right);
		if (cop) {
			const found = phraseAt(text, m.end + cop[0].length, s.end, article.lang);
			if (found) {
				push(found, m.value, m.sentence, 0.7);
				continue;
			}
		}
		// A role right before the name, found by names.ts.
		if (m.role) {
			const found = locateBefore(text, s.start, m.start, m.role);
			if (found) push(found, m.value, m.sentence, 0.7);
		}
	}
	return out;
}
