// The one text fold every stage compares with: accents, case, punctuation and spacing removed,
// so "Bâle", "bale" and "BÂLE !" read the same.

// Latin letters with diacritics → base letters, built once from NFD (fast per call, unlike
// normalize() + Unicode-property regexes, which cost tens of microseconds per string).
const FOLD = new Map<string, string>();
for (let c = 0xc0; c <= 0x24f; c++) {
	const ch = String.fromCharCode(c);
	const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	if (base !== ch && base.length === 1) FOLD.set(ch, base);
}
for (const [k, v] of [['œ', 'oe'], ['Œ', 'OE'], ['æ', 'ae'], ['Æ', 'AE'], ['ß', 'ss'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['ł', 'l'], ['Ł', 'L']])
	FOLD.set(k, v);
// Non-ASCII characters that separate words like punctuation does.
const NON_ASCII_SEPARATORS = new Set('\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2010\u2011\u2012\u2013\u2014\u2015\u2026\u00b7\u2022\u00b0\u00bf\u00a1\u00a7\u00b6\u2032\u2033\u02bc\u00b4\u00a8\u00b8\u20ac\u00a3\u00a5\u00a9\u00ae\u2122\u00d7\u00f7');
const CACHE = new Map<string, string>();

/** Lower case, accents and punctuation folded, apostrophes and hyphens as spaces, spaces collapsed. */
export function normalizeText(s: string): string {
	const hit = CACHE.get(s);
	if (hit !== undefined) return hit;
	let out = '';
	let space = false;
	for (let i = 0; i < s.length; i++) {
		let ch = s[i];
		const code = ch.charCodeAt(0);
		if (code >= 0x300 && code <= 0x36f) continue;
		if (code >= 0x80) ch = FOLD.get(ch) ?? ch;
		const c = ch.charCodeAt(0);
		const isDigit = c >= 48 && c <= 57;
		const isWord =
			isDigit || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x80 && !NON_ASCII_SEPARATORS.has(ch) && !/\s/.test(ch));
		// "12,5" and "2.5" keep a dot between digits.
		if ((ch === ',' || ch === '.') && i > 0 && i + 1 < s.length && /\d/.test(s[i - 1]) && /\d/.test(s[i + 1])) {
			out += '.';
			space = false;
			continue;
		}
		if (!isWord) {
			space = out.length > 0;
			continue;
		}
		if (space) out += ' ';
		space = false;
		out += ch.toLowerCase();
	}
	if (CACHE.size > 20000) CACHE.clear();
	CACHE.set(s, out);
	return out;
}

/**
 * The words of `text` made from a one-word name ("fribourgeois", "Zambian", "libanais" for
 * Fribourg, Zambia, Liban): the name, or the name less its last letter, and a demonym's ending
 * ("children" is not made from Chile, nor "indicated" from India).
 */
export function wordsMadeFrom(name: string, text: string): string[] {
	const key = normalizeText(name);
	if (!/^[a-z]{5,}$/.test(key)) return [];
	return normalizeText(text)
		.split(' ')
		.filter((w) => w.length > key.length && [key, key.slice(0, -1)].some((stem) => w.startsWith(stem) && DEMONYM_ENDING.test(w.slice(stem.length))));
}

const DEMONYM_ENDING = /^(?:e?oise?s?|e?aise?s?|i?ens?|i?ennes?|i?ans?|ese|eens?|eennes?|ites?|iotes?|ins?|ines?)$/;

/** Whether the items of `short` come in `long` in the same order, others between them (letters or words). */
export function inOrder<T>(short: ArrayLike<T>, long: Iterable<T>): boolean {
	let k = 0;
	for (const x of long) if (k < short.length && x === short[k]) k++;
	return k === short.length;
}

/** `needle` in `hay` as whole words (both normalised: single spaces, no punctuation). */
export function containsWords(hay: string, needle: string): boolean {
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
		const end = i + needle.length;
		if ((i === 0 || hay.charCodeAt(i - 1) === 32) && (end === hay.length || hay.charCodeAt(end) === 32)) return true;
	}
	return false;
}
