// Sentence and token segmentation with character offsets.
//
// Rule-based on purpose: Intl.Segmenter splits after "M." and orphans the closing "»" of French
// quotes, and statistical splitters are too slow per sentence for the engine's budget. The rules:
// a sentence ends at . ! ? … (plus any closing quotes/brackets) followed by white space and an
// upper-case letter, a digit or an opening quote — unless the dot ends an abbreviation or an
// initial, or the punctuation sits inside a quotation that closes later in the same paragraph
// (so a quotation of several sentences stays whole, and "», a-t-il poursuivi." stays with it).
import type { Sentence, Span, Token } from '../types';
import { TIME_ZONES } from '../text/lexicon';
import { isTitle } from '../extract/gazetteer';

/**
 * Abbreviations that never end a sentence, lower-cased, without the dot: the titles the gazetteer
 * does not write with a dot ("Mme", "MM."), and the like. (Titles with their dot, "Dr.", "Gen.",
 * "Maj.", are the gazetteer's: isAbbreviation.)
 */
const neverFinal = new Set([
	// French
	'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'st', 'ste', 'cf', 'av',
	'apr', 'env', 'p', 'pp', 'art', 'vol', 'chap', 'fig', 'éd', 'réf', 'tél', 'boul', 'bd', 'cie',
	// English
	'pres', 'det', 'vs', 'no', 'nos', 'approx', 'dept', 'mt', 'ft', 'ave', 'rd'
]);

/**
 * Whether a dot after this word (written without it) never ends a sentence: "M.", "Dr.", "St.", and
 * every title the gazetteer reads before a name with its dot ("Maj.", "Brig.", "Cpl."), but the
 * ambiguous ones below ("John Smith Sr.").
 */
export function isAbbreviation(word: string): boolean {
	const w = word.toLowerCase();
	return neverFinal.has(w) || (!ambiguous.has(w) && (isTitle(`${word}.`) || isTitle(`${word.charAt(0).toUpperCase()}${w.slice(1)}.`)));
}

/** Abbreviations that end a sentence only when a typical sentence opener follows ("Inc. The…"). */
const ambiguous = new Set(['inc', 'corp', 'ltd', 'co', 'etc', 'jr', 'sr', 'bros', 'plc', 'llc', 'cr']);

/**
 * US states as American papers shorten them, with their capital ("Pa. House passes…", "the Wis. Supreme
 * Court"); the ones that are words too ("Mass.", "Ill.", "Mo.", "La.", "Va.") are left out.
 */
const usStates = new Set('Ala Ariz Calif Colo Conn Fla Ga Kan Kans Ky Md Mich Minn Neb Nev Okla Pa Tenn Tex Vt Wis Wyo'.split(' '));

/** Month abbreviations: not final before a number ("Jan. 5"); "sept." may be the French numeral. */
const monthAbbrev = new Set([
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv',
	'févr', 'fév', 'avr', 'juil', 'déc'
]);

const timeAbbrev = new Set(['a.m', 'p.m']);

/** Capitalised words that typically open a sentence (used after an ambiguous abbreviation, and by the glued-stop repair). */
export const openers = new Set(
	[
		'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
		'those', 'there', 'but', 'and', 'in', 'on', 'at', 'as', 'for', 'his', 'her', 'its', 'their',
		'our', 'after', 'before', 'when', 'while', 'if', 'however', 'meanwhile', 'still', 'yet',
		'some', 'many', 'most', 'officials', 'what', 'who', 'why', 'how', 'last', 'earlier', 'later',
		'le', 'la', 'les', 'l', 'un', 'une', 'des', 'il', 'elle', 'ils', 'elles', 'nous', 'on', 'ce',
		'cette', 'ces', 'mais', 'et', 'en', 'selon', 'pour', 'dans', 'depuis', 'après', 'avant',
		'cependant', 'pourtant', 'ainsi', 'son', 'sa', 'ses', 'leur', 'leurs', 'lors', 'quant'
	]
);

const speechVerbs =
	/^(?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}(?:said|says|asked|asks|added|adds|told|wrote|writes|explained|noted|continued|replied|insisted|warned|declared|stated)\b/u;

const space = /[\s\u00a0\u202f\u2009]/;
const closerChars = '»›”"’\')]';

interface Region {
	open: number;
	close: number;
}

/** Quotation regions that open and close within `s` (offsets relative to `s`). */
function quoteRegions(s: string): Region[] {
	const regions: Region[] = [];
	const pairs: [string, string][] = [
		['«', '»'],
		['“', '”'],
		['„', '“']
	];
	for (const [o, c] of pairs) {
		const stack: number[] = [];
		for (let i = 0; i < s.length; i++) {
			const ch = s[i];
			// „…“ (German-style) shares “ with the English pair: only consider it when „ occurs.
			if (o === '„' && ch === c && stack.length) regions.push({ open: stack.pop()!, close: i });
			else if (ch === o) stack.push(i);
			else if (ch === c && o !== '„' && stack.length) regions.push({ open: stack.pop()!, close: i });
		}
	}
	// Straight quotes pair up in order, only when they are balanced (inch marks break that).
	const straight: number[] = [];
	for (let i = 0; i < s.length; i++) if (s[i] === '"') straight.push(i);
	if (straight.length % 2 === 0) {
		for (let k = 0; k < straight.length; k += 2) regions.push({ open: straight[k], close: straight[k + 1] });
	}
	return regions;
}

/**
 * Answers "is `pos` inside a quotation that closes at or after `after`?" for increasing `pos` in
 * linear time: a region qualifies iff it opens before `pos` and closes at or after `after` (> pos),
 * so the running maximum of closes over regions opened so far decides.
 */
function quoteTracker(regions: Region[]): (pos: number, after: number) => boolean {
	const sorted = [...regions].sort((a, b) => a.open - b.open);
	let k = 0;
	let maxClose = -1;
	return (pos, after) => {
		while (k < sorted.length && sorted[k].open < pos) maxClose = Math.max(maxClose, sorted[k++].close);
		return maxClose >= after;
	};
}

/** The word (letters, inner dots) just before position `end` of `s`. */
function wordBefore(s: string, end: number): string {
	let i = end;
	while (i > 0 && /[\p{L}\p{M}.\-]/u.test(s[i - 1])) i--;
	return s.slice(i, end);
}

function nextWord(s: string, from: number): string {
	const m = /^[«“"‘(\[]?[\s\u00a0\u202f]*([\p{L}\p{N}]+)/u.exec(s.slice(from, from + 40));
	return m ? m[1] : '';
}

/**
 * Whether the terminal punctuation s[p..q) followed by white space up to `next` ends a sentence.
 * `closed` tells whether closing quotes/brackets were absorbed after the punctuation.
 */
function isBoundary(s: string, p: number, q: number, next: number, closed: boolean): boolean {
	const nc = s[next];
	const startsUpper = /[\p{Lu}]/u.test(nc);
	const startsOther = /[«“"‘(\[\p{N}—–-]/u.test(nc);
	if (!startsUpper && !startsOther) return false;
	// "… l’année qui vient – «Que 2021 soit plus belle!» –, Lydie Polfer a annoncé…": a dash closing
	// an aside after an exclamation goes on with the sentence (a comma or a small word after it).
	if (/[—–-]/u.test(nc) && /^[—–-][\s\u00a0\u202f]*(?:[,;:]|\p{Ll})/u.test(s.slice(next, next + 4))) return false;
	const punct = s.slice(p, q);

	if (punct === '.') {
		const word = wordBefore(s, p);
		const bare = word.replace(/^[.\-]+/, '');
		const lower = bare.toLowerCase();
		const following = nextWord(s, next);
		if (bare.length === 0) {
			// "1. Introduction" at the start of a paragraph is a list number, not a sentence.
			return !/^\s*\d+$/.test(s.slice(0, p));
		}
		// A single letter is an initial ("J. R. R. Tolkien", "M. Poutine"), but for a capital closing a
		// sentence before a typical opener ("in Group A. The draw…", "Plan B. It…").
		if (/^\p{L}$/u.test(bare)) return !neverFinal.has(lower) && /^\p{Lu}$/u.test(bare) && openers.has(following.toLowerCase());
		if (timeAbbrev.has(lower)) {
			return startsUpper && !TIME_ZONES.has(following) && openers.has(following.toLowerCase());
		}
		// "…, à l’agriculture, etc. De grandes décisions…": "etc." closes a list, and a capitalised
		// word after it opens the next sentence (a name rarely follows a list's "etc.").
		if (lower === 'etc') return startsUpper && /^\p{Lu}\p{Ll}/u.test(following);
		// Dotted acronyms (U.S., U.K., E.U.) end a sentence only before a typical opener.
		// "Pa. House passes…" opening its line, "the Wis. Supreme Court", "a Fla. man", "by Calif. Gov.
		// Gavin Newsom": a state that names what follows ("in Nashville, Tenn. Lawmakers…" ends there).
		if (usStates.has(bare)) {
			const before = s.slice(0, p - word.length);
			if (!before.trim() || /(?<![\p{L}])(?:the|a|an)[\s\u00a0]+$/iu.test(before) || isTitle(`${following}.`)) return false;
		}
		if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) || ambiguous.has(lower)) {
			return startsUpper && openers.has(following.toLowerCase());
		}
		if (isAbbreviation(bare) && !(lower === 'no' && !/^\p{N}/u.test(nc))) return false;
		if (monthAbbrev.has(lower) && /\p{N}/u.test(nc)) return false;
		// "his successor, Ass. Prof. Rok Novak", "Assoc. Prof. Dr. …": a rank shortened before "Prof.".
		if (/^(?:Ass|Assoc|Asst|Assist|Adj|Emer|Hon|Vis)$/u.test(bare) && following === 'Prof' && s[next + 4] === '.') return false;
	}

	// "“Why?” Biden asked." — the question belongs to the reporting clause that follows.
	if (closed && /[?!]/.test(punct) && speechVerbs.test(s.slice(next, next + 80))) return false;
	return true;
}

/** Split one paragraph (absolute span) into sentence spans. */
function splitParagraph(text: string, span: Span): Span[] {
	const s = text.slice(span.start, span.end);
	const insideOpenQuote = quoteTracker(quoteRegions(s));
	const cuts: number[] = [];
	const terminal = /[.!?…]+/g;
	let m: RegExpExecArray | null;
	while ((m = terminal.exec(s))) {
		const p = m.index;
		let q = p + m[0].length;
		// Absorb closing quotes and brackets, French ones after a (narrow) no-break space.
		let closed = false;
		for (;;) {
			let k = q;
			while (k < s.length && /[ \u00a0\u202f\u2009]/.test(s[k]) && k - q < 2) k++;
			if (k < s.length && closerChars.includes(s[k]) && (k === q || s[k] === '»' || s[k] === '›' || s[k] === '”')) {
				q = k + 1;
				closed = true;
				continue;
			}
			break;
		}
		// Inside a quotation that is still open after the closers: the quotation continues.
		if (insideOpenQuote(p, q)) continue;
		if (q >= s.length) break;
		if (!space.test(s[q])) continue;
		let next = q;
		while (next < s.length && space.test(s[next])) next++;
		if (next >= s.length) break;
		if (isBoundary(s, p, m.index + m[0].length, next, closed)) cuts.push(q);
		terminal.lastIndex = Math.max(terminal.lastIndex, q);
	}

	const spans: Span[] = [];
	let from = 0;
	for (const cut of [...cuts, s.length]) {
		let a = from;
		let b = cut;
		while (a < b && space.test(s[a])) a++;
		while (b > a && space.test(s[b - 1])) b--;
		if (b > a && /[\p{L}\p{N}]/u.test(s.slice(a, b))) {
			spans.push({ start: span.start + a, end: span.start + b });
		}
		from = cut;
	}
	return spans;
}

// Two words or more in capitals, eight letters or more in all (a dash between them allowed), then a
// sentence opening on a capital and a small letter: "THE VERDICT The jury…", "PRIX DU JURY Le film…"
// ("UK PM Rishi Sunak", "NSW RFS Commissioner…" open on acronyms). A paper's capitals on a
// paragraph's first words of prose are written small earlier, in ingest/index.ts (DROP_CAPS,
// LITTLE_WORD_CAPS, CAPS_BEFORE_NAME).
const CAPS_HEADING = /^(?:\p{Lu}[\p{Lu}'’]*[\s\u00a0\u202f]+(?:[–—-][\s\u00a0\u202f]+)?){2,}(?=\p{Lu}\p{Ll})/u;
const capsHeading = (s: string) => {
	const m = CAPS_HEADING.exec(s);
	return m && (m[0].match(/\p{Lu}/gu)?.length ?? 0) >= 8 ? m : null;
};

/**
 * Sentences of `text` inside the given paragraphs (sentences never cross a paragraph boundary).
 * `lang` is accepted for language-specific rules; the abbreviation lists cover both languages
 * because French articles quote English names ("U.S.") and vice versa.
 */
export function segmentSentences(text: string, _lang: 'fr' | 'en', paragraphs: Span[]): Sentence[] {
	const out: Sentence[] = [];
	paragraphs.forEach((para, paragraph) => {
		for (const sp of splitParagraph(text, para)) {
			// A list item's bullet ("* Le Prix du jury…", "• The first…") is no part of its sentence, nor
			// the number of an item opening its paragraph ("2. After a seven-year gap…", an interview's question,
			// "1. MIT has topped…"; "1. FC Union Berlin beat…" is a club's name).
			const bullet =
				/^(?:[*•·▪◦][\s\u00a0\u202f]*|[–-][\s\u00a0\u202f]+)(?=[\p{L}\p{N}«“"‘])/u.exec(text.slice(sp.start, sp.end)) ??
				(sp.start === para.start ? /^\d{1,2}[.)][\s\u00a0\u202f]+(?=[«“"‘]|\p{Lu}\p{Ll}|\p{Lu}{2,}[\s\u00a0\u202f]+\p{Ll})/u.exec(text.slice(sp.start, sp.end)) : null);
			// An interview's answer under its speaker's line ("Claire\n: Je suis arrivée…"): the colon opens
			// no sentence.
			const colon = bullet ? null : /^[:;,][\s\u00a0\u202f]*(?=[\p{L}\p{N}«“"‘])/u.exec(text.slice(sp.start, sp.end));
			// A heading in capitals glued to its paragraph's first sentence ("SPECIAL JURY PRIZE The $15,000
			// award is shared…") is no part of it.
			const heading = bullet || colon || sp.start !== para.start ? null : capsHeading(text.slice(sp.start, sp.end));
			const start = sp.start + (bullet ? bullet[0].length : colon ? colon[0].length : heading ? heading[0].length : 0);
			out.push({ index: out.length, start, end: sp.end, text: text.slice(start, sp.end), paragraph, ...(bullet ? { listItem: true } : {}) });
		}
	});
	markSemicolonLists(out);
	return out;
}

/**
 * Lines of a list without bullets: one-sentence paragraphs ending with a semicolon ("131 sièges pour
 * la Nupes;"), and the one-sentence paragraph that closes the run ("48 sièges pour les autres partis.").
 */
function markSemicolonLists(sentences: Sentence[]): void {
	const alone = (i: number) => sentences[i - 1]?.paragraph !== sentences[i].paragraph && sentences[i + 1]?.paragraph !== sentences[i].paragraph;
	let previousItem = false;
	for (let i = 0; i < sentences.length; i++) {
		if (!alone(i)) {
			previousItem = false;
			continue;
		}
		const item = /;[\s\u00a0\u202f]*$/u.test(sentences[i].text);
		if (item || previousItem) sentences[i].listItem = true;
		previousItem = item;
	}
}

// Words keep inner hyphens and apostrophes ("a-t-il", "aujourd’hui", "don't"); French elided
// articles and pronouns ("l’", "qu’") become their own token. Numbers keep French digit grouping
// with (no-break) spaces ("2 300"), decimal separators and ordinal suffixes ("4e", "21st").
const tokenPattern =
	/(\p{L}(?:\.\p{L})+\.?)|(\d{1,3}(?:[\u00a0\u202f ]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[.,]\d+)*(?:(?:er|re|ère|e|ème|eme|st|nd|rd|th)(?![\p{L}]))?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)|([^\s\u00a0\u202f\u2009\p{L}\p{N}])/gu;
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;

export function tokenize(text: string, span: Span): Token[] {
	const s = text.slice(span.start, span.end);
	const tokens: Token[] = [];
	tokenPattern.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = tokenPattern.exec(s))) {
		const start = span.start + m.index;
		if (m[1] !== undefined) {
			tokens.push({ start, end: start + m[0].length, text: m[0], kind: 'word' });
		} else if (m[2] !== undefined) {
			tokens.push({ start, end: start + m[0].length, text: m[0], kind: 'number' });
		} else if (m[3] !== undefined) {
			const e = elision.exec(m[0]);
			if (e && e[0].length < m[0].length) {
				tokens.push({ start, end: start + e[0].length, text: e[0], kind: 'word' });
				const rest = m[0].slice(e[0].length);
				tokens.push({ start: start + e[0].length, end: start + m[0].length, text: rest, kind: 'word' });
			} else {
				tokens.push({ start, end: start + m[0].length, text: m[0], kind: 'word' });
			}
		} else {
			tokens.push({ start, end: start + 1, text: m[0], kind: 'punct' });
		}
	}
	return tokens;
}
