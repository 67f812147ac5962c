// Recognisers for the metadata lines news articles put around the headline (bylines, date lines,
// datelines like "PARIS (AFP) –") and for boilerplate (donation appeals, "read also", share
// buttons…). Each works on one paragraph's text and reports how much of it it consumed, so the
// caller can also strip a metadata prefix glued to the first sentence.
import { isFirstName, isFunctionWord, lookupPlace } from '../extract/gazetteer';
import { LINEAGE_PARTICLES } from '../text/lexicon';
import type { Lang } from '../types';
import { isValidDay } from '../text/calendar';
import { S } from '../text/patterns';

const monthNames =
	'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
	'janv\\.?|févr\\.?|fevr\\.?|fév\\.?|avr\\.?|juil\\.?|déc\\.?|' +
	'january|february|march|april|may|june|july|august|september|october|november|december|' +
	'jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?';
const weekday =
	'(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?' +
	S +
	'+';

// Sticky patterns, tried at the current position of a date line.
// The year ends the date, or touches the lede's first word when the page lost the space ("July 4,
// 2015King Tupou VI was crowned…"): no sentence writes a year glued to a capitalised word. (The
// patterns fold case, so `yearEnds` checks the capital.)
const YEAR_END = String.raw`(?:\b|(?=\p{L}))`;
const yearEnds = (s: string, end: number) => !/^\p{L}/u.test(s.slice(end, end + 1)) || /^\p{Lu}\p{Ll}/u.test(s.slice(end, end + 2));
const dayMonthYear = new RegExp(`(?:${weekday})?(\\d{1,2})(?:er|st|nd|rd|th)?${S}+(${monthNames})${S}*,?${S}*(\\d{4})${YEAR_END}`, 'iuy');
const monthDayYear = new RegExp(`(?:${weekday})?(${monthNames})${S}+(\\d{1,2})(?:st|nd|rd|th)?,?${S}+(\\d{4})${YEAR_END}`, 'iuy');
const numericDate = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/y;
const isoDate = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/y;
const timeOfDay = new RegExp(
	`${S}*(?:(?:à|a|at|-|–|,|\\|)${S}*)?(\\d{1,2})(?:${S}*[:hH.]${S}*(\\d{2})?|(?=${S}*[aApP]\\.?${S}?[mM]))(?:${S}*([aApP])\\.?${S}?[mM]\\.?)?(?![\\d])`,
	'uy'
);
const timeZone = new RegExp(
	`${S}*(?:\\(?(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|HNE|HAE|HE|heure de Paris|heure locale|local time)\\)?|(?:GMT|UTC)?[+-]\\d{1,2}(?::?\\d{2})?)(?![\\p{L}])`,
	'uy'
);
const publishedLabel = new RegExp(
	`(?:publié(?:e|\\(e\\))?|publication|mis en ligne|date de publication|posted|published|first published|créé(?:e)?)(?:${S}+(?:le|on|at)\\b)?${S}*:?`,
	'iuy'
);
const updatedLabel = new RegExp(
	`(?:mis(?:e)?${S}+à${S}+jour|mis(?:e)?${S}+a${S}+jour|màj|maj|modifié(?:e)?|actualisé(?:e)?|act\\.?(?=${S}*:)|updated|last updated|last modified|modified|edited)(?:${S}+(?:le|on|at)\\b)?${S}*:?`,
	'iuy'
);
const filler = new RegExp(`(?:[\\s\\u00a0\\u202f|·•,;:/–—-]+|(?:le|on|the|à|at)(?=${S}))+`, 'iuy');

function monthIndex(name: string): number {
	const n = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '');
	if (n.startsWith('juin') || n === 'jun' || n.startsWith('june')) return 6;
	if (n.startsWith('juil') || n === 'jul' || n.startsWith('july')) return 7;
	const table: Record<string, number> = {
		jan: 1, fev: 2, feb: 2, mar: 3, avr: 4, apr: 4, mai: 5, may: 5, aou: 8, aug: 8, sep: 9,
		oct: 10, nov: 11, dec: 12
	};
	return table[n.slice(0, 3)] ?? 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
	return y >= 1800 && y <= 2200 && isValidDay(y, m, d);
}

function tryAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
	re.lastIndex = i;
	return re.exec(s);
}

function tryDate(s: string, i: number, lang: Lang | null): { iso: string; end: number; hasTime: boolean } | null {
	let m = tryAt(isoDate, s, i);
	if (m) {
		const [y, mo, d] = [+m[1], +m[2], +m[3]];
		if (validDate(y, mo, d)) {
			const day = `${m[1]}-${m[2]}-${m[3]}`;
			return m[4] ? { iso: `${day}T${m[4]}:${m[5]}`, end: i + m[0].length, hasTime: true } : { iso: day, end: i + m[0].length, hasTime: false };
		}
	}
	m = tryAt(dayMonthYear, s, i);
	if (m && yearEnds(s, i + m[0].length)) {
		const mo = monthIndex(m[2]);
		if (validDate(+m[3], mo, +m[1])) return { iso: `${m[3]}-${pad(mo)}-${pad(+m[1])}`, end: i + m[0].length, hasTime: false };
	}
	m = tryAt(monthDayYear, s, i);
	if (m && yearEnds(s, i + m[0].length)) {
		const mo = monthIndex(m[1]);
		if (validDate(+m[3], mo, +m[2])) return { iso: `${m[3]}-${pad(mo)}-${pad(+m[2])}`, end: i + m[0].length, hasTime: false };
	}
	m = tryAt(numericDate, s, i);
	if (m) {
		let [a, b] = [+m[1], +m[3]];
		// dd/mm unless that is impossible or the article is English and mm/dd is possible.
		let [d, mo] = [a, b];
		if (b > 12 || (lang === 'en' && a <= 12)) [d, mo] = [b, a];
		if (validDate(+m[4], mo, d)) return { iso: `${m[4]}-${pad(mo)}-${pad(d)}`, end: i + m[0].length, hasTime: false };
	}
	return null;
}

function tryTime(s: string, i: number): { hm: string; end: number } | null {
	const m = tryAt(timeOfDay, s, i);
	if (!m) return null;
	let h = +m[1];
	const min = m[2] ? +m[2] : 0;
	const ampm = m[3]?.toLowerCase();
	// A bare number after a date is only a time with minutes or am/pm ("2025 21" is not).
	if (!m[2] && !ampm && !/[hH]/.test(m[0])) return null;
	if (ampm === 'p' && h < 12) h += 12;
	if (ampm === 'a' && h === 12) h = 0;
	if (h > 23 || min > 59) return null;
	let end = i + m[0].length;
	const tz = tryAt(timeZone, s, end);
	if (tz) end += tz[0].length;
	return { hm: `${pad(h)}:${pad(min)}`, end };
}

export interface DateLine {
	published: string | null;
	updated: string | null;
	/** Characters consumed from the start of the string (0 when no date was found). */
	consumed: number;
	/** Whether a label ("Publié le", "Updated") or a time of day was read: a sure date line. */
	certain: boolean;
	/** Whether the line opened with a word like "On"/"Le" (so it may be a sentence). */
	openedWithWord: boolean;
}

/**
 * Read a date line from the start of `s`: "24 janvier 2025 21:54 Mis à jour: 24 janvier 2025 22:30",
 * "Published: 5 March 2024", "Updated March 5, 2024 3:10 p.m. ET", "Publié le 05/03/2024 à 10h12".
 */
export function readDateLine(s: string, lang: Lang | null): DateLine {
	let i = 0;
	let mode: 'published' | 'updated' = 'published';
	let labelled = false;
	const out: DateLine = { published: null, updated: null, consumed: 0, certain: false, openedWithWord: false };
	for (let guard = 0; guard < 12 && i < s.length; guard++) {
		const f = tryAt(filler, s, i);
		const j = f ? i + f[0].length : i;
		if (i === 0 && f && /\p{L}/u.test(f[0])) out.openedWithWord = true;
		const upd = tryAt(updatedLabel, s, j);
		if (upd && upd[0].length) {
			mode = 'updated';
			labelled = true;
			out.certain = true;
			i = j + upd[0].length;
			continue;
		}
		const pub = tryAt(publishedLabel, s, j);
		if (pub && pub[0].length) {
			mode = 'published';
			labelled = true;
			out.certain = true;
			i = j + pub[0].length;
			continue;
		}
		const date = tryDate(s, j, lang);
		if (!date) break;
		let iso = date.iso;
		let end = date.end;
		if (!date.hasTime) {
			const t = tryTime(s, end);
			if (t) {
				iso = `${iso}T${t.hm}`;
				end = t.end;
				out.certain = true;
			}
		} else {
			out.certain = true;
			const tz = tryAt(timeZone, s, end);
			if (tz) end += tz[0].length;
		}
		// An unlabelled second date is the update ("5 mars 2024 – 6 mars 2024" is rare otherwise).
		if (mode === 'published' && out.published && !labelled) mode = 'updated';
		if (mode === 'published') out.published ??= iso;
		else out.updated ??= iso;
		labelled = false;
		i = end;
		out.consumed = end;
	}
	return out;
}

/**
 * A date tag a page or a clipping tool puts before the text: "date 2021-04-21", "date 2019-01"
 * (the month only), "date: 2018". Returns the ISO date at its precision and the length consumed.
 */
export function readDateTag(s: string): { published: string; consumed: number } | null {
	const m = /^date\s*:?\s+(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/iu.exec(s);
	if (!m) return null;
	if (m[2] && (+m[2] < 1 || +m[2] > 12)) return null;
	if (m[3] && !validDate(+m[1], +m[2], +m[3])) return null;
	return { published: [m[1], m[2], m[3]].filter(Boolean).join('-'), consumed: m[0].length };
}

/** Normalise a machine date (HTML meta, <time datetime>) to ISO at its precision, local time kept. */
export function normaliseIsoDate(value: string | null | undefined): string | null {
	if (!value) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
	if (m) return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
	const line = readDateLine(value.trim(), null);
	return line.published;
}

// ---------------------------------------------------------------------------------------------
// Bylines

const particle = `(?:de|du|des|da|di|del|della|van|von|der|den|le|la|al|el|ben|dos|das|y|${LINEAGE_PARTICLES.join('|')})`;
const nameWord = "[\\p{Lu}][\\p{L}\\p{M}’'.-]*";
const personName = `${nameWord}(?:[ \\u00a0]+(?:${particle}[ \\u00a0]+)?${nameWord}){0,3}`;
const bylineHead = new RegExp(
	`^(?:[Pp]ar|PAR|[Bb]y|BY|[Ww]ritten by|(?:[EÉ]crit|[Rr]édigé) par(?:[ \\u00a0]*:)?|[Rr]eporting by|(?:[Uu]n )?[Tt]exte (?:de|d['’])|[Tt]exte|[Pp]ropos recueillis par|[Aa]uteur\\s*:|[Aa]uthor\\s*:|[Aa]uteurs\\s*:)(?:[ \\u00a0]+|(?<=['’]))(${personName}(?:(?:\\s*,\\s*|\\s+(?:et|and|&)\\s+)${personName})*)`,
	'u'
);

const agencies = new Set(
	[
		'reuters', 'afp', 'ap', 'associated press', 'the associated press', 'bloomberg', 'dpa',
		'ansa', 'efe', 'agence france-presse', 'agence france presse', 'cnn', 'bbc', 'bbc news',
		'epoch times', 'the epoch times', 'le monde', 'le figaro', 'staff', 'staff writer',
		'the guardian', 'ats', 'belga', 'xinhua', 'tass', 'ria novosti'
	]
);

export interface Byline {
	author: string;
	consumed: number;
	/** The article's first word was glued to the surname and given back ("BérubéCinq"). */
	glued?: boolean;
}

/** "Par Adam Morrow", "By Jane Doe and John Roe", "By Jane Doe, Reuters" at the start of `s`. */
// "By Wednesday, the spill…", "By March, prices…": a time, not an author.
const TIME_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|noon|midnight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu;

// A sentence's first word that the name pattern takes for a surname ("Par Youcef Salami Le déficit…").
const OPENER = '(?:Le|La|Les|Un|Une|Des|The|A|An)';
// A sentence opening on an article ("The festival…", "L’équipe…"), after an unknown town's dateline.
const DETERMINER_OPENING = new RegExp(`^(?:${OPENER}(?=[\\s\\u00a0])|L['’])`, 'u');
const OPENER_AFTER_NAME = new RegExp(`[ \\u00a0]+${OPENER}$`, 'u');
// A surname of four letters or more, then a capitalised word glued to it ("BérubéCinq"; "McDonald",
// "MacKenzie", "LeBlanc" have fewer small letters before their second capital).
const GLUED_OPENER = /(?<![\p{L}])\p{Lu}\p{Ll}{3,}(\p{Lu}\p{Ll}{1,})$/u;
// The byline whose first word may come glued ("Un texte de", "Texte de").
const TEXT_BY = /^(?:[Uu]n )?[Tt]exte (?:de|d['’])/u;
// Words a French or English lede opens on: a number, an article, a pronoun, a preposition.
// (A known place or a function word opens one too: "Montréal accueille…", "Sur les six…".)
const SENTENCE_OPENER = /^(?:Un|Une|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Onze|Douze|Treize|Quatorze|Quinze|Seize|Vingt|Trente|Quarante|Cinquante|Cent|Mille|Le|La|Les|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Il|Elle|Ils|Elles|On|Tout|Tous|Toute|Toutes|Depuis|Dans|En|Au|Aux|Après|Avant|Pour|Selon|Lors|Alors|Mais|Plus|Près|Quelque|Quelques|Plusieurs|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Publié|Publiée|Mis|The|A|An|In|At|After|Before|Since|For|This|It|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|More|Some|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Published|Updated)$/u;
const opensSentence = (w: string) => SENTENCE_OPENER.test(w) || isFunctionWord(w.toLowerCase()) || !!lookupPlace(w);
/** What is left after a byline that gave the article's first word back ("Le déficit…"). */
export const OPENS_AFTER_BYLINE = new RegExp(`^[ \\u00a0]+${OPENER}[ \\u00a0]+\\p{Ll}`, 'u');
/** "Photo : M. Hacène Par Youcef Salami Le déficit…": a photo credit, then a byline, glued to the lede. */
export const PHOTO_BEFORE_BYLINE = /^(?:photos?|crédits?(?:[ \u00a0]+photo)?|credits?|image)[ \u00a0]*:[ \u00a0]*[^\n:.]{0,30}?(?:\p{Lu}\.[^\n:.]{0,30}?)?[ \u00a0]+(?=(?:Par|PAR|By|BY)[ \u00a0]+\p{Lu})/iu;

const BYLINE_NOTE = /^[ \u00a0]*\((?:sources?|avec|with|additional reporting by)(?:[ \u00a0]*:)?[ \u00a0]+[^()\n]{1,150}\)/iu;

export function readByline(s: string): Byline | null {
	const m = bylineHead.exec(s);
	if (!m || TIME_NAME.test(m[1].split(/[\s,]/u)[0])) return null;
	let names = m[1];
	let consumed = m[0].length;
	// "Par Youcef Salami Le déficit budgétaire…": the article's first word goes back to the article,
	// when a word in small letters follows it and two names are left.
	const opener = OPENER_AFTER_NAME.exec(names);
	if (opener && /^[ \u00a0]+\p{Ll}/u.test(s.slice(consumed)) && /\S[ \u00a0]+\S/u.test(names.slice(0, opener.index))) {
		names = names.slice(0, opener.index);
		consumed -= opener[0].length;
	}
	// "Un texte de Joane BérubéCinq conseillers…": Radio-Canada's byline, whose page glued the lede's
	// first word to the surname; a word that opens sentences goes back to the article ("VanderMeer",
	// "McDonald" keep their capitals; "By BlackRock estimates…" is no byline of this kind).
	const glued = TEXT_BY.test(s) ? GLUED_OPENER.exec(names) : null;
	// ("Publié le 3 mars": a date line after the byline is given back too.)
	const gaveBack = !!glued && opensSentence(glued[1]) && /^[ \u00a0]+\p{Ll}/u.test(s.slice(consumed));
	if (glued && gaveBack) {
		names = names.slice(0, names.length - glued[1].length);
		consumed -= glued[1].length;
	}
	// "Par X (sources : Institute for Market Economics, Dnevnik)", "By X (with AFP)": the byline's note.
	const note = BYLINE_NOTE.exec(s.slice(consumed));
	if (note) consumed += note[0].length;
	const parts = names.split(/\s*,\s*|\s+(?:et|and|&)\s+/u);
	// Single words after the first name are outlets ("By Jane Doe, Reuters"), not co-authors.
	const people = parts.filter((p, k) => !agencies.has(p.toLowerCase()) && (k === 0 || /\s/.test(p)));
	if (!people.length) return null;
	const connector = /\s(?:et)\s/.test(names) ? ' et ' : ' and ';
	const author =
		people.length === 1
			? people[0]
			: `${people.slice(0, -1).join(', ')}${connector}${people[people.length - 1]}`;
	return gaveBack ? { author, consumed, glued: true } : { author, consumed };
}

// ---------------------------------------------------------------------------------------------
// Datelines: "PARIS (AFP) – ", "WASHINGTON — ", "Moscou (Reuters) - "

// A month's name as a dateline writes it, for patterns that tell capitals apart: in either case,
// or cut short ("Jan.", "déc").
const MONTH_EITHER_CASE = monthNames.split('|').flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)]).join('|');

/** The newsrooms whose name a dateline gives in brackets. */
const NEWSROOMS = 'AFP|AP|UPI|Reuters|Xinhua|PTI|IANS|ANI|Bloomberg|Belga|ATS|EFE|dpa|ANSA|APS|MAP|Relaxnews';

// After an agency in brackets the dash may touch the sentence ("JERUSALEM (Reuters) -The bank…").
// A bullet may stand for the dash ("JAKARTA • The champion…").
// A section's brand may stand before the place ("SPORTS+ À GRANVILLE – La course…"); the country may
// stand in brackets before the agency ("Chamonix (France) (AFP) –", "Genève (Suisse) (ATS/AFP) –";
// readDateline checks it is a country or a region: "John Smith (Labour) (pictured) - The MP…",
// "Marine Dupont (Paris) (RN) – Elle…" are prose).
const dateline = new RegExp(
	`^(?:[\\p{Lu}][\\p{Lu}\\p{M}’' .+-]{1,40}|[\\p{Lu}][\\p{L}\\p{M}’' .-]{1,40}(?=\\s*\\())(?:,[^–—\\n()]{1,40}?)?\\s*(?:(?:\\(([^)\\n]{2,30})\\)\\s*(?=\\())?\\([^)\\n]{2,30}\\)\\s*[–—-]{1,2}\\s*|(?:[–—-]{1,2}|•)\\s+)(?=[\\p{Lu}«“"])`,
	'u'
);

/** "(AFP) - Avant la tombée de la nuit…": an agency's dateline whose place the page lost. Never prose, wherever it stands. */
export const AGENCY_DATELINE = new RegExp(`^\\((?:${NEWSROOMS})\\)[\\s\\u00a0]*[–—-]{1,2}[\\s\\u00a0]*(?=[\\p{Lu}«“"])`, 'u');
/** "(BFI) – Entre janvier…": a newsroom's initials in brackets opening a paste, read only above its prose (below, "(PDC) – Le parti…" may be a sentence). */
export const INITIALS_DATELINE = /^\(\p{Lu}{2,6}\)[\s\u00a0]*[–—-]{1,2}[\s\u00a0]*(?=[\p{Lu}«“"])/u;

// "July 11 (UPI) --", "Dec 12 (Reuters) -", "21 décembre (Xinhua) --": a dated agency dateline.
// An agency in brackets after a place or a day: an all-caps short name ("(UPI)", "(IANS)") or one of these.
const AGENCY_IN_BRACKETS = String.raw`\((?:Reuters|Xinhua|Bloomberg|\p{Lu}{2,8})\)`;
const datedDateline = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}]{1,3}[\p{L}.]*\s+\d{1,2}|\d{1,2}\s+[\p{L}]{3,}\.?)\s*${AGENCY_IN_BRACKETS}\s*[–—-]{1,2}\s+`, 'u');

// "Mumbai, June 7 (IANS) The RBI has raised…": a place, a day and the agency, with no dash before the lede
// ("Quito [Ecuador], July 20 (ANI): Researchers…": its country in square brackets, a colon).
const placeDayAgency = new RegExp(
	String.raw`^\p{Lu}[\p{L}\p{M}’' .-]{1,40}(?:[\s\u00a0]*\[[^[\]\n]{2,30}\])?,[\s\u00a0]*(?:[\p{Lu}][\p{L}]{2,8}\.?[\s\u00a0]+\d{1,2}|\d{1,2}[\s\u00a0]+[\p{L}]{3,}\.?)[\s\u00a0]*${AGENCY_IN_BRACKETS}[\s\u00a0]*(?:[–—:-]{1,2}[\s\u00a0]*)?(?=[\p{Lu}«“"])`,
	'u'
);

// "CHISINAU (UrduPoint News / Sputnik - 20th July, 2020) The parliament…", "PESHAWAR (APP - July 13,
// 2021)", "HARARE (New Ziana, 14/07/2021)", "OSLO (Reuters) The…": a place in capitals and, in brackets,
// a newsroom, or a source line with a date when the place is a known one, with no dash before the lede
// ("NATO (founded in April 1949) Secretary General…", "UNICEF (report of 12.05.2021)" are prose).
const SOURCE_DATE = new RegExp(String.raw`(?:${MONTH_EITHER_CASE})\.?(?:[\s\u00a0\u202f]+\d{1,2}(?:st|nd|rd|th)?)?,?[\s\u00a0\u202f]+\d{4}|\d{1,2}(?:st|nd|rd|th|er)?[\s\u00a0\u202f]+(?:${MONTH_EITHER_CASE})\.?,?[\s\u00a0\u202f]+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}`, 'u');
const NEWSROOM_NAMED = new RegExp(`(?<![\\p{L}])(?:${NEWSROOMS})(?![\\p{L}])`, 'u');
const capsPlaceSource = /^(\p{Lu}{3}[\p{Lu}\p{M}’' .-]{0,37}?)[\s\u00a0\u202f]*\(([^()\n]{2,60})\)[\s\u00a0\u202f]+(?=[\p{Lu}«“"])/u;
function capsPlaceSourceDateline(s: string): RegExpExecArray | null {
	const m = capsPlaceSource.exec(s);
	if (!m) return null;
	const place = m[1].trim().toLowerCase().replace(/(?:^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
	return NEWSROOM_NAMED.test(m[2]) || (SOURCE_DATE.test(m[2]) && !!lookupPlace(place)) ? m : null;
}

// "(Paris) Après trois reports…", "Dec 12 Former U.S. Representative…": a place in brackets or a
// day without its year opening the first paragraph.
const bracketDateline = /^\((?:\p{Lu}[\p{L}’' .-]{1,30})\)[\s\u00a0]+(?=[\p{Lu}«“"])/u;
const bareDayDateline = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[\s\u00a0]+\d{1,2}[\s\u00a0]+(?=\p{Lu}\p{Ll})/u;

// "Paris, France | AFP | dimanche 10/12/2023 - ": place, agency and day between bars.
const barDateline = /^\p{Lu}[\p{L}\p{M}’' .-]{1,40}(?:,[\s\u00a0]*\p{Lu}[\p{L}\p{M}’' .-]{1,40})?[\s\u00a0]*\|[\s\u00a0]*[\p{L}\p{M}.&’' -]{2,30}\|[^|\n]{0,40}?[\s\u00a0]*[–—-]{1,2}[\s\u00a0]+(?=[\p{Lu}«“"])/u;

// "Khartoum, Sudan | AFP | Sudan’s central bank…": a place, its country and a newsroom between bars.
const barAgencyDateline = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}’' .-]{1,40}(?:,[\\s\\u00a0]*\\p{Lu}[\\p{L}\\p{M}’' .-]{1,40})?[\\s\\u00a0]*\\|[\\s\\u00a0]*(?:${NEWSROOMS})[\\s\\u00a0]*\\|[\\s\\u00a0]*(?=[\\p{Lu}«“"])`, 'u');

// "Guwahati | Jagran Politics Desk: Days after…": a place, a bar and the newsroom's desk, then a colon.
const barColonDateline = /^\p{Lu}[\p{L}\p{M}’' .-]{1,40}[\s\u00a0]*\|[\s\u00a0]*\p{Lu}[\p{L}\p{M}.&’' -]{1,40}:[\s\u00a0]+(?=[\p{Lu}«“"])/u;

// "LOS ANGELES: Zheng Saisai knocked off…", "KUALA LUMPUR (March 21): …", "LAHORE, Jan 22 (APP):The
// court…", "LAHORE:The Lahore Literary Festival…": an all-caps place, perhaps a region or a day after a
// comma and an agency in brackets, and a colon (which may touch the lede).
const colonDateline = new RegExp(
	String.raw`^\p{Lu}[\p{Lu}\p{M}’' .-]{1,40}(?:,[\s\u00a0]*(?:\p{Lu}[\p{L}\p{M}’' .-]{1,30}|(?:${MONTH_EITHER_CASE})[\s\u00a0]+\d{1,2}|\d{1,2}[\s\u00a0]+(?:${MONTH_EITHER_CASE})))?(?:[\s\u00a0]*\([^()\n]{2,30}\))?:[\s\u00a0]*(?=[\p{Lu}«“"])`,
	'u'
);

// "Berlin: A new species…": a known place written in small letters, with a colon, opening the lede.
const placeColonDateline = /^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?):[\s\u00a0]+(?=\p{Lu})/u;


// "Tunis — Un hommage a été rendu…": a known place, a spaced dash and the lede opening on a
// determiner or a quotation ("Lyon – Marseille sera arbitré…" is a fixture, not a dateline); a spaced
// hyphen too ("Pretoria - The High Court…", as South African papers print it).
const placeDashDateline = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)[\s\u00a0]+[—–-][\s\u00a0]+(?=[«“"]|L['’]|${OPENER}(?![\p{L}]))`, 'u');

// "Saint-Marc, Haïti — Les pêcheurs…", "Gonaïves, Haiti — Fishermen…": a town and its country (or
// region), a spaced dash, then the lede, whatever its first word (no fixture names a country).
const placeCountryDashDateline = /^\p{Lu}[\p{L}\p{M}’'.-]*(?:[\s\u00a0]+(?:\p{Lu}[\p{L}\p{M}’'.-]*|d[eu]|de[\s\u00a0]+la|des|of))*,[\s\u00a0]+(\p{Lu}[\p{L}\p{M}’'.-]*(?:[\s\u00a0]+(?:and[\s\u00a0]+)?\p{Lu}[\p{L}\p{M}’'.-]*){0,2})[\s\u00a0]+[—–][\s\u00a0]+(?=[\p{Lu}«“"])/u;

// "GOLETA, Calif. May 20 Cleanup crews…", "LIMA Nov 17 Peru's economy…": an agency's dateline whose
// "(Reuters) -" the page lost; the place is read here, the day by bareDayDateline next.
const placeBeforeDay =
	/^\p{Lu}[\p{Lu}\p{M}’' .-]{2,40}(?:,[\s\u00a0]*\p{Lu}[\p{L}.]{1,20})?[\s\u00a0]+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[\s\u00a0]+\d{1,2}[\s\u00a0]+\p{Lu}\p{Ll})/u;

/** Whether the gazetteer knows a name as a country or a region (a dateline's second part). */
function countryOrRegion(name: string): boolean {
	const place = lookupPlace(name);
	return !!place && (place.kind === 'country' || place.kind === 'region');
}

// "ROBORÉ, Bolivia Tucabaca Valley…": a town in capitals and its country (or region), the dash lost
// before the lede (the country is the first two words or the first word the gazetteer knows as one).
const CAPS_TOWN = /^\p{Lu}[\p{Lu}\p{M}’' .-]{2,40},[\s\u00a0]+/u;
const COUNTRY_WORDS = [2, 1].map((n) => new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}’'.-]+(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}’'.-]+){${n - 1}})[\s\u00a0]+(?=\p{Lu})`, 'u'));
function capsTownCountry(s: string): number {
	const town = CAPS_TOWN.exec(s);
	// ("MEANWHILE, Kenya Power said…": a connective in capitals opens prose.)
	if (!town || !/\p{Lu}{3}/u.test(town[0]) || isFunctionWord(town[0].split(',')[0].trim().toLowerCase())) return 0;
	const rest = s.slice(town[0].length);
	for (const words of COUNTRY_WORDS) {
		const m = words.exec(rest);
		if (m && countryOrRegion(m[1])) return town[0].length + m[0].length;
	}
	return 0;
}

// A dateline's day: "21 juillet 2025", "9 nov. 2017", "May 2, 2025", "Jan. 5".
const DATELINE_DAY = String.raw`\d{1,2}(?:er)?[\s\u00a0]+(?:${MONTH_EITHER_CASE})(?:[\s\u00a0]+\d{4})?|(?:${MONTH_EITHER_CASE})[\s\u00a0]+\d{1,2}(?:,[\s\u00a0]*\d{4})?`;
// The comma after a dateline's place and its day, a French letter's "le" before it (the day captured).
const DAY_AFTER_COMMA = String.raw`,[\s\u00a0]*(?:le[\s\u00a0]+)?(${DATELINE_DAY})`;

// "Kara, 21 juillet 2025 – Depuis le samedi…", "Lomé, le 3 mars 2025 — Le conseil…", "Castries, May 2, 2025 – The festival…", "Garoua, 14
// mars 2024 (Nord Infos) – Le conseil…", "Cap-Ht, 9 nov. 2017 [Presse Nord] --- 12 morts…", "St. John's,
// May 2, 2025 – …", "#Grenada, May 2, 2025 – …" (a hashtag): a place, a comma, a day with its month (and
// year), perhaps the newsroom in brackets, and a dash before the lede (which may open on a figure after
// the newsroom only: "Avignon, 5 juillet – 25 juillet 2025 au Palais…" is a range of days).
const placeDayDashDateline = new RegExp(
	String.raw`^#?\p{Lu}[\p{L}\p{M}’'-]+\.?(?:[\s\u00a0-]\p{Lu}[\p{L}\p{M}’'-]+){0,2}${DAY_AFTER_COMMA}(?:[\s\u00a0]*(?:\([^()\n]{2,30}\)|\[[^[\]\n]{2,30}\])[\s\u00a0]+[–—-]{1,3}(?:[\s\u00a0]+(?=[\p{Lu}«“"\d])|[\s\u00a0]*$)|[\s\u00a0]+[–—-]{1,3}(?:[\s\u00a0]+(?=[\p{Lu}«“"])|[\s\u00a0]*$))`,
	'u'
);

const DAY_AFTER_PLACE = new RegExp(DAY_AFTER_COMMA, 'u');
/** The day, with its year, that a dateline's head names after its place ("Kara, 21 juillet 2025 (AIP) –" → "21 juillet 2025"); null without a year. */
export function datelineDay(head: string): string | null {
	const day = DAY_AFTER_PLACE.exec(head)?.[1];
	return day && /\d{4}/u.test(day) ? day : null;
}

/** A place and a day before a dash, of a year news is pasted from: "Hiroshima, 6 août 1945 – Il est 8 h 15…" opens a story. */
function recentPlaceDay(s: string): RegExpExecArray | null {
	const m = placeDayDashDateline.exec(s);
	const year = m ? /\d{4}/u.exec(m[0]) : null;
	return m && (!year || Number(year[0]) >= 1990) ? m : null;
}

// "TOKYO--Japanese reconstruction minister…": an all-caps place glued to the lede by a double
// hyphen or a dash, without spaces.
const gluedDashDateline = /^\p{Lu}[\p{Lu}\p{M}’' .]{2,40}(?:,[\s\u00a0]*\p{Lu}[\p{L}.]{1,20})?(?:--|—|–)(?=[\p{Lu}«“"])/u;

/**
 * "BONN, Germany, Nov 13 (Thomson Reuters Foundation) - When…": a place in capitals and a newsroom
 * in brackets. Never prose wherever it stands: below a site's banner it opens the article.
 */
export function agencyDateline(s: string): boolean {
	const n = readDateline(s);
	const head = s.slice(0, n);
	return n > 0 && /^\p{Lu}{3}/u.test(head) && AGENCY_NAMED.test(head);
}
// A newsroom named in a dateline's brackets ("(AFP)", "(Thomson Reuters Foundation)"), not a
// time or a gloss ("UPDATE (14:05):", "NASA (the US space agency) -").
const AGENCY_NAMED = new RegExp(`\\((?:[^()]*[\\s\\u00a0])?(?:${NEWSROOMS}|Kyodo|Yonhap|TASS|Anadolu|CNA)(?:[\\s\\u00a0][^()]*)?\\)`, 'u');

export function readDateline(s: string): number {
	const colon = colonDateline.exec(s);
	const place = colon?.[0].split(/[,:(]/)[0].trim() ?? '';
	if (colon && place.length >= 3 && place === place.toUpperCase() && /\p{Lu}{3}/u.test(place)) return colon[0].length;
	const known = placeColonDateline.exec(s) ?? placeDashDateline.exec(s);
	if (known && lookupPlace(known[1])) return known[0].length;
	// "Kohima: The 10-day-long festival…": a town the gazetteer does not know, before a colon and a
	// sentence opening on its article, is a dateline too (a label such as "Update:" goes as well).
	const unknown = placeColonDateline.exec(s);
	if (unknown && DETERMINER_OPENING.test(s.slice(unknown[0].length))) return unknown[0].length;
	const inCountry = placeCountryDashDateline.exec(s);
	// ("Like Germany, France — Europe’s second economy — slipped…": a town opens on no function word.)
	if (inCountry && countryOrRegion(inCountry[1]) && !isFunctionWord(s.split(/[\s\u00a0,]/u)[0])) return inCountry[0].length;
	const beforeDay = placeBeforeDay.exec(s);
	// ("SINCE May 2 Police have arrested…": a little word alone in capitals opens prose; "LA PAZ May 3",
	// "THE HAGUE May 3" are places.)
	const town = beforeDay?.[0].split(',')[0].trim() ?? '';
	if (beforeDay && /\p{Lu}{3}/u.test(town) && !(!/[\s\u00a0]/u.test(town) && isFunctionWord(town.toLowerCase()))) return beforeDay[0].length;
	const townCountry = capsTownCountry(s);
	if (townCountry) return townCountry;
	const opening = AGENCY_DATELINE.exec(s) ?? bracketDateline.exec(s) ?? bareDayDateline.exec(s) ?? barDateline.exec(s) ?? barColonDateline.exec(s) ?? barAgencyDateline.exec(s);
	if (opening) return opening[0].length;
	const dated = datedDateline.exec(s) ?? placeDayAgency.exec(s) ?? capsPlaceSourceDateline(s) ?? recentPlaceDay(s);
	if (dated) return dated[0].length;
	const glued = gluedDashDateline.exec(s);
	if (glued && /\p{Lu}{3}/u.test(glued[0])) return glued[0].length;
	const m = dateline.exec(s);
	if (!m) return 0;
	if (m[1] && !countryOrRegion(m[1].trim())) return 0;
	// All-caps place or a parenthesised agency is what makes it a dateline, not a dash in prose.
	const head = m[0].split(/[,(–—•-]/)[0].trim();
	const caps = head.length >= 2 && head === head.toUpperCase() && /\p{Lu}{2}/u.test(head);
	if (!caps && !/\(/.test(m[0])) return 0;
	return m[0].length;
}

/**
 * A dateline that opens the lede a little below the header: a place the gazetteer knows, written as
 * a name ("Doha:", "Tel-Aviv —"), a place in capitals before an en or em dash ("DENPASAR – Bali
 * health authorities…"), or a town in capitals and its country ("ROBORÉ, Bolivia Tucabaca…"). A
 * place in capitals before a colon is left out: below the header, "JORDAN: Because I read…" is a
 * speaker's label (and a hyphen after capitals, "PARIS - …", is read only at the top, where `dateline` reads it).
 * One reading of the line for both.
 */
export function lateDateline(s: string): boolean {
	const n = readDateline(s);
	if (!n) return false;
	const head = s.slice(0, n);
	if (/^\p{Lu}{3}[^:\n]*[–—][\s\u00a0]*$/u.test(head) || capsTownCountry(s) === n) return true;
	const place = head.split(/[,:(–—]|[\s\u00a0]-[\s\u00a0]/u)[0].trim();
	return place !== place.toUpperCase() && !!lookupPlace(place);
}

// ---------------------------------------------------------------------------------------------
// Boilerplate

/** Paragraphs that start everything-to-the-end boilerplate (appeals, footers, related lists). */
const cutToEnd = new RegExp(
	[
		'^soutenez\\b',
		'^support (?:us|our|independent|the|[\\p{Lu}])',
		'^(?:faites|faire) un don',
		'^(?:donate|make a donation)\\b',
		'^(?:aidez-nous|help us)\\b.*\\b(?:soutien|support|don|donat)',
		// "Become a member of Harbour News", "Devenez membre…": a membership appeal and its list of perks.
		'^(?:become a (?:member|supporter|subscriber)|devenez (?:membre|abonné|abonnée))\\b[^.!?]{0,60}$',
		'^vous avez aimé cet article',
		'^(?:did you|do you) (?:enjoy|like|value) (?:this|our)',
		'^if you (?:value|appreciate|enjoyed|liked) (?:this|our)',
		'^(?:related (?:articles|stories|content|coverage)|more from|most read|most popular|recommended for you|(?:recent|latest|more|top) (?:stories|posts|articles|headlines)|you may also like)\\s*:?$',
		'^(?:sur le même sujet|dans la même rubrique|les plus lus|à lire sur le même sujet|articles similaires|articles récents|derniers articles|nos dernières actualités)\\s*:?$',
		'^(?:about the author|à propos de l[’\']auteur)\\s*:?$',
		'^(?:comments?|commentaires?|réagir|leave a comment|laisser un commentaire)\\s*(?:\\(\\d+\\))?\\s*:?$'
	].join('|'),
	'iu'
);

// The networks a page's share buttons name (a row of them, or a run before a caption).
export const SHARE_PLATFORMS = 'facebook|twitter|x|whatsapp|linkedin|e-?mail|messenger|telegram|reddit|pinterest';

/** Single boilerplate lines. */
// A photo's or a video's credit line: "© UNICEF RDP lao/2009", "Photo : Reuters", "Image by…".
const PHOTO_CREDIT_SOURCES = [
	'^(?:photo|photos|image|images|illustration|vidéo|video|crédits?(?: photo)?|credits?|source photo|afp photo|getty images)\\s*[:©/-]',
	'^[(\\[]?(?:photo|image|illustration)s? (?:by|de|par|:)\\b.*[)\\]]?$',
	'^©'
];
const PHOTO_CREDIT_WORDS = new RegExp(PHOTO_CREDIT_SOURCES.join('|'), 'iu');
// "Ben Wasserstein/WITF", "• Jeremy Long / WITF": a photographer's name, a slash and the outlet, alone on the line.
const NAME_SLASH_OUTLET = /^\p{Lu}[\p{Ll}'’-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){1,2}[\s\u00a0]*\/[\s\u00a0]*\p{Lu}[\p{L}&.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}&.-]*){0,3}$/u;
const isLineBoilerplate = (line: string) => lineBoilerplate.test(line) || NAME_SLASH_OUTLET.test(line);
export function isPhotoCreditLine(line: string): boolean {
	const bare = line.replace(LINK_MARKS, '');
	return PHOTO_CREDIT_WORDS.test(bare) || NAME_SLASH_OUTLET.test(bare);
}

const lineBoilerplate = new RegExp(
	[
		// "read also" links
		'^(?:à |a )?lire (?:aussi|également|egalement|la suite)\\b',
		'^(?:voir|écouter|regarder) aussi\\b',
		'^(?:read|see|watch|listen)(?: also| more)?\\s*:',
		'^(?:read (?:also|more)|see also|also read|related)\\b',
		'^(?:lire plus|en savoir plus)\\s*:?',
		// share buttons
		'^(?:partager|partagez|share|share this(?: article| story)?|tweet|imprimer|print|copy link|copier le lien|envoyer par e-?mail)(?:\\s*(?:sur|on|:|\\||·|•|,|/)?\\s*(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|imprimer|print|copier le lien|copy link|messenger|telegram|reddit|pinterest|flipboard|bluesky))*\\s*:?$',
		`^(?:facebook|twitter|whatsapp|linkedin)(?:\\s*(?:\\||·|•|,|/)?\\s*(?:${SHARE_PLATFORMS}))+\\s*$`,
		// an address hidden from robots: "This email address is being protected from spambots. You need JavaScript enabled to view it."
		'^this e-?mail address is being protected from spambots\\b',
		// ads and paywalls
		'^(?:publicité|advertisement|advertising|sponsored|contenu sponsorisé|continue reading(?: below)?|la suite après (?:cette )?publicité|article réservé aux abonnés|cet article (?:vous est offert|est réservé))\\s*\\.?$',
		// an archive's warning: "Prenez note que cet article publié en 2009 pourrait contenir des
		// informations qui ne sont plus à jour.", "This article is more than 5 years old."
		'^(?:prenez note que |veuillez noter que |notez que )?cet article (?:a été )?publié (?:en|le|il y a) .{0,40}(?:pourrait|peut) contenir des informations',
		'^(?:please note(?: that)? )?this (?:article|story) (?:was published|is) (?:more than|over) .{0,30}(?:old|ago)',
		// reading time, audio players
		'^(?:temps de )?lecture\\s*:?\\s*\\d+\\s*min',
		// "L'Est Républicain - 15 déc. 2018 à 05:02 - Temps de lecture :": a source, a date and a reading time.
		'^.{0,100}(?:temps de lecture|reading time)\\s*:?\\s*(?:\\d+\\s*min\\w*)?\\s*$',
		'^\\d+\\s*min(?:ute)?s?\\s*(?:read|de lecture)\\b',
		'^(?:reading time\\s*:?\\s*\\d+|listen to (?:this|the) (?:article|story)|écouter (?:cet |l[’\']) ?article)',
		// photo and video credits
		...PHOTO_CREDIT_SOURCES
	].join('|'),
	'iu'
);

// A sign-up line, not prose that uses the same verbs ("le nouveau venu, qui ne saurait tarder à
// s’inscrire dans la commune", "we did not get our money back", "subscribers to the paper").
const newsletter =
	/\b(?:newsletter|infolettre|inscrivez-vous|abonnez-vous|subscribe(?:[\s\u00a0]+(?:now|today|here|for free|to (?:our|the) (?:newsletter|channel|podcast)))|sign up(?:[\s\u00a0]+(?:now|today|here|for (?:our|the) (?:newsletter|free)))|s['’]inscrire[\s\u00a0]+(?:à|a)[\s\u00a0]+(?:la[\s\u00a0]+|notre[\s\u00a0]+)?(?:newsletter|lettre)|recevez nos|get our (?:newsletter|free|daily|weekly|app))\b/iu;
const QUOTATION = /["«“][^"«»“”]{20,}["»”]/u;
const cookies = /\bcookies?\b.*\b(?:accept|consent|utilis|use|paramètres|settings|policy|politique)|\b(?:accept|consent|utilis|use)\w*\b.*\bcookies?\b/iu;
const credit = /^[(\[]?(?:photo|image|illustration|crédit|credit)[^.]{0,120}\b(?:getty images|afp|reuters|ap photo|shutterstock|epa|sipa|abaca|via)\b[^.]{0,80}[)\]]?\.?$/iu;

/** Donation and support appeals, wherever they sit in a short paragraph. */
const appeal =
	/\b(?:(?:asking|asks|invite|invites|inviting) (?:its|our) (?:many )?readers to consider|faites un don|faire un don|en faisant un don|soutenez|soutenir (?:notre|une|la) (?:presse|rédaction|journalisme|information)|votre soutien compte|notre journalisme a un coût|donate|donation|support (?:us|our|independent)|reader-funded|funded by (?:our )?readers|rely on readers)\b/iu;

// Share-button rows are made only of these words ("Partager sur Facebook Partager sur X Copier le lien").
const shareWords = new Set(
	'partager partagez share sur on this cet article story facebook twitter x whatsapp linkedin e-mail email mail envoyer par copier le lien copy link print imprimer reddit messenger telegram pinterest flipboard bluesky threads'.split(
		' '
	)
);
const shareAnchor = /\b(?:partager|partagez|share|facebook|twitter|whatsapp|linkedin)\b/iu;

function isShareRow(s: string): boolean {
	if (s.length > 160 || !shareAnchor.test(s)) return false;
	const words = s.toLowerCase().split(/[\s:|·•,/]+/u).filter(Boolean);
	return words.length > 0 && words.every((w) => shareWords.has(w));
}

export type BoilerplateKind = 'to_end' | 'line' | null;

// ">> A lire aussi : …", "→ Read more: …": the arrows a page puts before a link.
const LINK_MARKS = /^(?:[>»›→▶►•*][\s\u00a0]*)+/u;
// "ats/nr", "afp/lb", "ats/afp/vk": the agency and the editors' initials that sign a dispatch.
export const SIGNATURE_LINE = /^\p{Ll}{2,6}(?:\/\p{Ll}{1,6}){1,3}$/u;
// "Accueil > Actualité > Concerts > …", "Home › News › World": a page's path, not its prose.
export const BREADCRUMB = /^[^\n>›]{1,40}(?:[\s\u00a0][>›][\s\u00a0][^\n>›]{1,120}){2,}$|^(?:you[\s\u00a0]+are[\s\u00a0]+here|vous[\s\u00a0]+êtes[\s\u00a0]+ici)[\s\u00a0]*:/iu;

// "Correction: HB1300 proposed to amend…", "Rectificatif : une version précédente…": the paper's note on
// its own mistake, not the story.
const CORRECTION_NOTE = /^(?:correction|clarification|editor['’]s[\s\u00a0]+note|rectificatif|erratum|note[\s\u00a0]+de[\s\u00a0]+la[\s\u00a0]+rédaction)[\s\u00a0]*:/iu;

export function classifyBoilerplate(p: string): BoilerplateKind {
	const s = p.trim();
	// A credit and a byline before the lede: the metadata reader takes them off, the prose stays.
	const creditThenByline = PHOTO_BEFORE_BYLINE.exec(s);
	if (creditThenByline && readByline(s.slice(creditThenByline[0].length))) return null;
	if (cutToEnd.test(s)) return 'to_end';
	if (s.length <= 400 && appeal.test(s)) return 'to_end';
	if (s.length <= 300 && isLineBoilerplate(s.replace(LINK_MARKS, ''))) return 'line';
	if (SIGNATURE_LINE.test(s) || (s.length <= 300 && BREADCRUMB.test(s))) return 'line';
	if (s.length <= 600 && CORRECTION_NOTE.test(s)) return 'line';
	if (isShareRow(s)) return 'line';
	// "…,” said Dr X, in a newsletter from the observatory.": a quotation is prose, not a sign-up line.
	if (s.length <= 220 && ((newsletter.test(s) && !QUOTATION.test(s)) || cookies.test(s) || credit.test(s))) return 'line';
	return null;
}

// "New Delhi, November 30", "NAIROBI, 3 mai 2021": a dateline alone on its line, a known place (or one
// in capitals) and a day ("Fête de la musique, 21 juin" and "Paris Marathon, April 6" are headlines).
const PLACE_COMMA = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]*(?:${S}+\\p{Lu}[\\p{L}.'’-]*){0,3})${S}*,${S}*(.+)$`, 'u');
const DAY_OF_MONTH = new RegExp(`^(?:(?:${monthNames})${S}+\\d{1,2}|\\d{1,2}(?:er)?${S}+(?:${monthNames}))(?:,?${S}+\\d{4})?$`, 'iu');
const placeDayLine = (s: string) => {
	const m = PLACE_COMMA.exec(s);
	if (!m) return false;
	const place = !!lookupPlace(m[1]) || /^[\p{Lu}\s.'’-]+$/u.test(m[1]);
	if (DAY_OF_MONTH.test(m[2])) return place;
	// "Chambéry, France", "Goleta, California": a town and its country or region, the day left out
	// (not someone: "Emmanuel Macron, France" is a headline).
	return countryOrRegion(m[2].trim()) && !isFirstName(m[1].split(/[\s\u00a0]/u)[0]);
};

/**
 * A short line that announces a date we could not read ("Published 3 hours ago", "Mis à jour il y a
 * 2 h"), or a dateline alone on its line ("New Delhi, November 30", "Chambéry, France").
 */
export function isUnreadDateLine(p: string): boolean {
	const s = p.trim();
	// Not `\b`: it only knows ASCII letters, so it fails after "publié" and passes inside "publiés".
	return s.length <= 100 && (/^(?:publié(?:e)?|published|posted|updated|last updated|(?:dernière[\s\u00a0]+)?mis(?:e)? à jour|modifié(?:e)?|actualisé(?:e)?)(?![\p{L}\p{N}])/iu.test(s) || placeDayLine(s));
}

// What follows an agency's short name on its credit line: its name in full ("ATS Agence
// télégraphique suisse", "AFP Agence France-Presse", "PA Media").
const AGENCY_EXPANSION = /^(?:agence|agency|press|presse|news|media|médias)(?![\p{L}])/iu;

// A paper's own credit in place of a name: "Tribune News Service", "Express News Service", "HT
// Correspondent", "Staff Reporter", "Web Desk".
// ("The Foreign Correspondent", "Dispatches From A War Correspondent" are headlines.)
const NEWSROOM_CREDIT =
	/^(?:(?:(?!The[\s\u00a0])\p{Lu}[\p{L}&.'’-]*[\s\u00a0]+){0,4}News[\s\u00a0]+(?:Service|Network|Desk|Bureau)|(?:Our|Special|Staff|\p{Lu}{2,5})[\s\u00a0]+Correspondent|Staff[\s\u00a0]+(?:Reporter|Writer)|(?:Web|Online|News)[\s\u00a0]+Desk)$/u;

/** A line that only credits a news agency or the paper's newsroom: "AFP", "Reuters", "ATS Agence télégraphique suisse", "Tribune News Service". */
export function isAgencyLine(p: string): boolean {
	const s = p.trim().replace(/[.\s]+$/u, '');
	if (s.length > 60) return false;
	if (agencies.has(s.toLowerCase()) || NEWSROOM_CREDIT.test(s)) return true;
	const m = /^(\S+)[\s\u00a0]+(.+)$/u.exec(s);
	return !!m && agencies.has(m[1].toLowerCase()) && AGENCY_EXPANSION.test(m[2]);
}

const OUTLET_AFTER_NAME = /[\s\u00a0]+(?:(?:La|Le|Les|The|L['’])[\s\u00a0]*\p{Lu}[\p{L}-]+|AFP|AP|Reuters|Belga|ATS|Keystone-ATS|Xinhua|Bloomberg)$/u;
const BARE_NAME = new RegExp(`^(${nameWord})(?:[ \\u00a0]+${nameWord}){1,2}$`, 'u');

/** A line that ends on a paper or an agency ("… La Presse", "… AFP"); `bareBylineName` says whether the rest is a name. */
export function bylineWithOutlet(line: string): boolean {
	return OUTLET_AFTER_NAME.test(line.trim());
}

const COMMON_WORD_ENDING = /(?:s|ed|ing|tion|sion|ment|ique|iques|ité|eur|euse|able|ible|ance|ence|isme?|ive|al|ale)$/iu;

/** A name none of whose words the text says again (in any case) nor ends like a common word. */
function unknownName(name: string, text: string): boolean {
	const lower = text.toLowerCase();
	return name
		.toLowerCase()
		.split(/[\s\u00a0]+/u)
		.every((w) => lower.indexOf(w) === lower.lastIndexOf(w) && !COMMON_WORD_ENDING.test(w));
}

/**
 * A byline without "Par"/"By": a line of two or three capitalised words opening on a first name
 * ("Amélie David") over a text that never names that person again. A headline that is a name
 * ("Marie Curie" over her biography) is named again below.
 */
export function bareBylineName(line: string, text: string, afterCredit = false, firstLine = false): string | null {
	// "Fanny Lévesque La Presse", "Ann Reyes AFP": the name with the paper or agency it writes for.
	// (Under a newsroom's credit, "Tribune News Service", a first name the engine does not know is one too;
	// so is the paste's first line when none of its words comes again, in any case, nor ends like a
	// common word: "Thinley Namgay" over the story, where "Council Approves Budget" meets its council
	// below and "Stocks Slide", "Canicule Historique" end like a plural or an adjective.)
	const s = line.trim().replace(OUTLET_AFTER_NAME, '');
	const m = BARE_NAME.exec(s);
	if (!m || !(isFirstName(m[1]) || afterCredit || (firstLine && unknownName(s, text)))) return null;
	const surname = s.split(/[\s\u00a0]+/u).at(-1)!;
	const first = text.indexOf(surname);
	return first >= 0 && text.indexOf(surname, first + surname.length) < 0 ? s.replace(/[\s\u00a0]+/gu, ' ') : null;
}
