// Regex pieces and a clean-up the extractors share, as source strings to build patterns from.

/** One space of any kind: ordinary, no-break, narrow no-break (French typography). */
export const S = '[\\s\\u00a0\\u202f]';
// Unicode-aware word boundaries (\b is ASCII-only even with the u flag: it fails after "é").
export const B0 = '(?<![\\p{L}\\p{M}])';
export const B1 = '(?![\\p{L}\\p{M}])';
/** A word, apostrophes and hyphens inside it included ("aujourd’hui", "sud-coréen"). */
export const W = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*";

/** Whether a UTF-16 code unit is a space of any kind (what \s matches). */
function isSpace(c: number): boolean {
	return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many words a text holds, counted between spaces of any kind (no array built: it runs per candidate). */
export function countWords(s: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const space = isSpace(s.charCodeAt(i));
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return n;
}

/** A literal text as a regex source. */
export function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs of spaces of any kind made one ordinary space, ends trimmed. */
export function tidy(s: string): string {
	return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Words that make an amount a bound ("more than 300", "plus de 300", "up to 30", "dépasse 40"), either language. */
export const BOUND_WORDS =
	"more[\\s\\u00a0]+than|at[\\s\\u00a0]+least|fewer[\\s\\u00a0]+than|less[\\s\\u00a0]+than|up[\\s\\u00a0]+to|upwards[\\s\\u00a0]+of|in[\\s\\u00a0]+excess[\\s\\u00a0]+of|over|under|exceed(?:s|ed|ing)?|plus[\\s\\u00a0]+de|plus[\\s\\u00a0]+d['’]|moins[\\s\\u00a0]+de|moins[\\s\\u00a0]+d['’]|au[\\s\\u00a0]+moins|au-delà[\\s\\u00a0]+de|jusqu['’]à|dépass\\p{L}*";

/**
 * A preposition opening a phrase: no object of a verb opens on one ("raised against his speech"),
 * and a statement cut from its clause on one has no subject ("En une seule entité concerne…").
 * ("between 10 and 20 bodies", "around 300 people": before a figure they qualify a count; before a year,
 * "between 2010 and 2015", they are prepositions.)
 */
export const PREPOSITION_OPENING = /^(?:(?:around|near|between)(?![\p{L}])(?![\s\u00a0]*(?!(?:1[89]|20)\d\d(?!\d))\d)|by|with|without|for|from|of|in|on|at|into|to|against|about|over|under|after|before|during|since|until|than|along|alongside|across|through|throughout|beside|among|amid|within|outside|inside|behind|beyond|toward|towards|via|par|avec|pour|dans|sur|à|au|aux|en|chez|vers|sans)(?![\p{L}])/iu;

/**
 * An English particle right after a verb ("sold out in two days", "sold off its shops", "opened up a
 * front"): it makes another verb, so what follows is no object of the verb before it ("back pay",
 * "down payment" are nouns; "up to 40" a bound, no object either way).
 */
export const PARTICLE_OPENING = /^(?:out|up|off|away)(?![\p{L}])/iu;

/**
 * "the following upgrades:", "les mesures suivantes :": a phrase that announces the list after its
 * colon (`after`: the text right after the phrase). "the following week" is a time; "following a
 * consultation", "after".
 */
export function announcesList(phrase: string, after: string): boolean {
	return /(?<![\p{L}])(?:the[\s\u00a0]+following|suivantes|suivants|suivante)(?![\p{L}])/iu.test(phrase) && /^[\s\u00a0]*:/u.test(after);
}

/**
 * A word glued before by a hyphen: "British-built prisons", "the court-ordered review", "a newly-elected
 * council" are adjectives, no verb; "co-signed", "re-opened", "pre-", "un-" prefix a verb.
 */
export const HYPHEN_ADJECTIVE_BEFORE = /(?:^|[^\p{L}])(?!(?:co|re|pre|un)-$)\p{L}+-$/u;

/**
 * A French penalty in years or months, then "dont" before its firm or suspended part: "quatre ans de
 * prison dont …", "six ans d’emprisonnement, dont …", "18 mois dont …". The unit is group 1.
 */
export const PENALTY_WHOLE_BEFORE = /(?<![\p{L}])(ans|années|mois)(?:[\s\u00a0\u202f]+d(?:e[\s\u00a0\u202f]+|['’][\s\u00a0\u202f]*)(?:prison|réclusion|détention|emprisonnement)(?:[\s\u00a0\u202f]+criminelle)?)?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]+dont[\s\u00a0\u202f]+$/iu;
