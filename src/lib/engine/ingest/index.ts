// Ingest: raw input (pasted text or an HTML page) → a cleaned Article with offsets.
//
// The text keeps its characters (only line endings and a BOM are normalised) so that every span the
// engine reports can be highlighted in what the person pasted. Structure is recognised per
// paragraph: title, standfirst, metadata (byline, date line, dateline — kept out of questions) and
// boilerplate (appeals, "read also", share buttons — reported in `removed`).
import type { Article, EngineOptions, Lang, RemovedReason, RemovedRange, Span } from '../types';
import { normalizeText } from '../text/normalize';
import { engineErrors, MAX_INPUT_CHARS } from '../errors';
import { detectLanguage } from './language';
import { looksLikeHtml } from './sniff';

export { looksLikeHtml };
import { openers, segmentSentences } from './segment';
import { htmlToArticle } from './html';
import { isValidDay } from '../text/calendar';
import { countWords, escapeRegExp, tidy } from '../text/patterns';
import { contentWords, isFunctionWord } from '../text/function-words';
import { parseNumber } from '../text/numbers';
import { AGENCY_DATELINE, agencyDateline, datelineDay, INITIALS_DATELINE, lateDateline, isPhotoCreditLine, OPENS_AFTER_BYLINE, PHOTO_BEFORE_BYLINE, bareBylineName, bylineWithOutlet, classifyBoilerplate, isAgencyLine, isUnreadDateLine, readByline, readDateLine, readDateline, readDateTag, SIGNATURE_LINE, BREADCRUMB } from './metadata';
import { cutOffStart, isCaption, isAwardListEntry, isCrosshead, isLabel, isMarkup, isPromo, gluedCreditAt, opensLikeCaption } from './shape';
import { isRoleWord } from '../extract/gazetteer';

/** How many paragraphs from the top may hold a byline, date line or dateline. */
const headerZone = 8;

export function validateOptions(opts: EngineOptions): void {
	if (opts.lang !== undefined && opts.lang !== 'fr' && opts.lang !== 'en') {
		throw engineErrors.badOption('lang', opts.lang, { en: '"fr" or "en"', fr: '« fr » ou « en »' });
	}
	if (opts.published !== undefined) {
		// A day, or only the month or the year when that is all the page says.
		const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(opts.published);
		if (!m || (m[2] && (+m[2] < 1 || +m[2] > 12)) || (m[3] && !isValidDay(+m[1], +m[2], +m[3]))) {
			throw engineErrors.badOption('published', opts.published, {
				en: 'a date as YYYY-MM-DD (or YYYY-MM, or YYYY)',
				fr: 'une date au format AAAA-MM-JJ (ou AAAA-MM, ou AAAA)'
			});
		}
	}
	if (opts.format !== undefined && opts.format !== 'text' && opts.format !== 'html') {
		throw engineErrors.badOption('format', opts.format, { en: '"text" or "html"', fr: '« text » ou « html »' });
	}
	if (opts.minConfidence !== undefined && (typeof opts.minConfidence !== 'number' || !(opts.minConfidence >= 0 && opts.minConfidence <= 1))) {
		throw engineErrors.badOption('minConfidence', opts.minConfidence, { en: 'a number from 0 to 1', fr: 'un nombre de 0 à 1' });
	}
	if (opts.title !== undefined && (typeof opts.title !== 'string' || opts.title.length > 500)) {
		throw engineErrors.badOption('title', opts.title, { en: 'a headline of at most 500 characters', fr: 'un titre de 500 caractères au plus' });
	}
	if (opts.max !== undefined && (!Number.isInteger(opts.max) || opts.max < 1 || opts.max > 1000)) {
		throw engineErrors.badOption('max', opts.max, {
			en: 'a whole number from 1 to 1000',
			fr: 'un nombre entier de 1 à 1000'
		});
	}
}

function checkInput(input: unknown): string {
	if (typeof input !== 'string' || !input.trim()) throw engineErrors.empty();
	// Counted as the text box counts: a form sends each line break as CR+LF, the box counts one.
	if (input.length > MAX_INPUT_CHARS) {
		const length = input.replace(/\r\n/g, '\n').length;
		if (length > MAX_INPUT_CHARS) throw engineErrors.tooLong(length);
	}
	if (input.includes('\u0000')) throw engineErrors.binary();
	const sample = input.length > 20000 ? input.slice(0, 20000) : input;
	let control = 0;
	let replacement = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) control++;
		else if (c === 0xfffd) replacement++;
	}
	// A few stray control characters survive copy-paste; binary files are full of them, and a binary
	// file decoded as UTF-8 is full of replacement characters.
	if (control > 8 && control / sample.length > 0.005) throw engineErrors.binary();
	if (replacement > 8 && replacement / sample.length > 0.05) throw engineErrors.binary();
	return input;
}

interface Block extends Span {
	kind: 'content' | 'metadata' | 'removed';
	reason?: RemovedReason;
}

const ws = /[\s\u00a0\u202f\u2009\ufeff]/;

// Lines that start a metadata line even in lower case: never the continuation of a wrapped line.
const META_LINE = /^(?:information fournie par|publié|mis à jour|modifié|par\s+\p{Lu}|by\s+\p{Lu}|source\s*:|updated|published)/u;

/** Paragraph spans: non-empty lines; lines hard-wrapped inside a paragraph are joined. */
/**
 * Wire copy wrapped at a fixed width ("…was sentenced on\nMonday to 10 years…"): most lines run
 * 45–90 characters and many stop without a sentence's end. Then a line that stops open goes on
 * in the next one whatever its first letter.
 */
function hardWrapped(text: string): boolean {
	const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
	if (lines.length < 6) return false;
	const wrapped = lines.filter((l) => l.length >= 45 && l.length <= 90);
	const open = wrapped.filter((l) => !/[.!?…:;»”"')\]]$/.test(l));
	return wrapped.length >= 0.6 * lines.length && open.length >= 0.4 * lines.length;
}

function rawParagraphs(text: string): Span[] {
	const out: Span[] = [];
	const wrapped = hardWrapped(text);
	let prevLength = 0;
	let prevEndsOpen = false;
	let blankBefore = true;
	let pos = 0;
	while (pos <= text.length) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1) nl = text.length;
		const { start: a, end: b } = trimSpan(text, pos, nl);
		if (a === b) {
			blankBefore = true;
		} else {
			// A line continuing a sentence cut by a hard wrap starts in lower case.
			const continues =
				!blankBefore &&
				prevEndsOpen &&
				(/^[\p{Ll}]/u.test(text[a]) || (wrapped && prevLength >= 45)) &&
				!META_LINE.test(text.slice(a, b)) &&
				!SIGNATURE_LINE.test(text.slice(a, b)) &&
				!BREADCRUMB.test(text.slice(out[out.length - 1]?.start ?? a, out[out.length - 1]?.end ?? a));
			if (continues && out.length) out[out.length - 1].end = b;
			else out.push({ start: a, end: b });
			// "…his political career, U.S." ends on an abbreviation, not on a sentence's end.
			prevEndsOpen = !/[.!?…:;»”"')\]]$/.test(text[b - 1]) || (wrapped && /(?:(?<![\p{L}])\p{Lu}\.){2,}$|(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|M|Mme)\.$/u.test(text.slice(Math.max(a, b - 8), b)));
			prevLength = b - a;
			blankBefore = false;
		}
		pos = nl + 1;
	}
	return out;
}

// "information fournie par Reuters 15/03/2025 à 23:43", "Source : AFP", "Provided by Reuters".
const AGENCY_LINE = /^(?:information fournie par|source\s*:|provided by|with|avec)\s+(?:AFP|Reuters|AP|Bloomberg|Belga|ATS|Xinhua|PA|ANSA|EFE|dpa|Relaxnews|[\p{Lu}][\p{L}.&'-]*)(?=\s*$|\s+\d|\s*[|,–—-])/u;
// "Culture - Ecrit par : L.A", "Sport | By Jane Roe": the site's section before a byline (which
// readByline reads after it).
const SECTION_BEFORE_BYLINE = /^\p{Lu}[\p{L}’'-]{2,20}(?:[\s\u00a0]+\p{L}[\p{L}’'-]{1,20})?[\s\u00a0]*[-–—|][\s\u00a0]*/u;
// "Sahara Medias - Une délégation…", "Le360afrique - La SNIM…": a news site's name and a dash before a
// lede's sentence. Only these words of the trade, whose names open no topic: "Fake News - …",
// "Apple TV – The service…", "Social Media - A new law…" are a headline or a subject (MEDIA_WORD in
// shape.ts reads credits, where any paper's name is an outlet).
const OUTLET_DASH = /^(?:(?:\p{Lu}[\p{L}\d]*[\s\u00a0]+){1,2}(?:Infos?|M[ée]dias)|\p{Lu}[\p{L}\d]{3,}(?:afrique|africa|infos?|news|actu|m[ée]dias?))[\s\u00a0]+[-–—][\s\u00a0]+(?=[\p{Lu}«“"])(?=[^\n]{60,}[.!?»”"][\s\u00a0]*$)/u;
// "(CROISSANCE AFRIQUE)-La Côte d’Ivoire…", "(ECONOMY): The…": a section label in capitals and brackets, a dash or colon to the lede.
const SECTION_TAG = /^\(\p{Lu}{4,}[\s\u00a0'’-]*(?:\p{Lu}{2,}[\s\u00a0'’]*){0,3}\)[\s\u00a0]*[-–—:][\s\u00a0]*(?=[\p{Lu}«“"])/u;

// A site's section names, French and English (regex source): its own kinds of page, which SECTION_LABEL
// reads before a headline, and its topics, which name a section only with a colon glued to the lede
// ("Santé – Agnès Buzyn démissionne" is a headline).
const SECTION_NAMES = 'en[\\s\\u00a0]+bref|in[\\s\\u00a0]+brief|brèves?|briefs?|actualités?|news|opinion|éditorial|editorial|breaking|à[\\s\\u00a0]+la[\\s\\u00a0]+une|dossier|analyse|analysis|focus';
const SECTION_TOPICS =
	'actus?|infos?|breaking[\\s\\u00a0]+news|sports?|culture|politique|économie|economie|société|faits[\\s\\u00a0]+divers|international|monde|régions?|local|santé|sciences?|environnement|justice|world|business|politics|health|entertainment|tech|technology|lifestyle';
/** The alternation with each name's first letter a capital, for patterns that read case. */
const capitalised = (alt: string) => alt.split('|').map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
// "News : Après une semaine…", "Politique: Le conseil…": a site's section name, with its capital, and a
// colon glued before the lede, read only above the story's prose (below, "Justice : Le tribunal a…" is a
// sentence).
const SECTION_COLON = new RegExp(`^(?:${capitalised(SECTION_NAMES)}|${capitalised(SECTION_TOPICS)})[\\s\\u00a0]*:[\\s\\u00a0]+(?=[\\p{Lu}«“"])`, 'u');
// "Cyclisme | Jake Stewart a remporté…", "Local News | The council…": a section's name (any, one or
// two words) and a bar glued before the lede, read only above the story's prose; no sentence opens so.
// (Before a short line it labels the headline, "Analysis | Housing in Tolo"; before a desk and a colon
// it is a dateline's, "Shillong | Evening Politics Desk: …".)
const SECTION_BAR = /^\p{Lu}[\p{L}-]+(?:[\s\u00a0]+\p{L}[\p{L}-]+)?[\s\u00a0]*\|[\s\u00a0]+(?=[\p{Lu}«“"][^\n|]{60})(?![^\n|:]{0,40}:)/u;

interface Header {
	author: string | null;
	published: string | null;
	updated: string | null;
	/** The day a dateline names ("Kara, 21 juillet 2025 –"): the publication day when nothing else says one. */
	datelineDay?: string | null;
}

const PLACE_COLON = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?:[\s\u00a0]+(?=\p{Lu})/u;
const PLACE_AFTER_DATE = /^\.[\s\u00a0]*\p{Lu}[\p{L}\p{M}’'-]+\.[\s\u00a0]*(?=\p{Lu})/u;

// A caption closed by "(file photo)" and its credit, perhaps a day, then a newsroom in brackets and a dash.
const CAPTION_BEFORE_DATELINE =
	/^[^\n.!?()]{5,200}?\((?:[Ff]ile[\s\u00a0]+)?(?:[Pp]hoto|[Pp]icture|[Ii]mage)\)(?:[\s\u00a0]*\([^()\n]{2,30}\))?[\s\u00a0]*([^\n()]{0,30}?)[\s\u00a0]*\([^()\n]{2,20}\)[\s\u00a0]*[–—-]{1,2}[\s\u00a0]*(?=[\p{Lu}«“"]|$)/u;

/**
 * Metadata at the start of a paragraph: bylines, date lines and datelines, possibly several in a
 * row ("Par X | 24 janvier 2025"). Returns the length consumed and whether a byline opened it.
 * `aboveProse`: no paragraph of the story's prose came before (a newsroom's bare initials count there only).
 */
function readMetadataPrefix(s: string, lang: Lang | null, header: Header, aboveProse: boolean): { consumed: number; byline: boolean } {
	let i = 0;
	let sawByline = false;
	for (let guard = 0; guard < 4; guard++) {
		const rest = s.slice(i);
		const skip = /^[\s|·•,;:–—-]*/.exec(rest)![0].length;
		const body = rest.slice(skip);
		if (!body) break;
		// "Karim Ivanov is a former adviser (file photo) (ITAR-TASS) January 10, 2007 (RFE/RL) -- Kazakhstan
		// has…": a photo's caption and credit, the day and the newsroom's dateline glued before the lede.
		const captioned = guard === 0 ? CAPTION_BEFORE_DATELINE.exec(body) : null;
		if (captioned) {
			if (captioned[1]) header.published ??= readDateLine(captioned[1], lang).published;
			i += skip + captioned[0].length;
			continue;
		}
		// (A section before "By"/"Par" only when a byline's name follows: "Brexit - By the numbers" is a headline.)
		const section = SECTION_BEFORE_BYLINE.exec(body);
		const agency = AGENCY_LINE.exec(body) ?? SECTION_TAG.exec(body) ?? (section && readByline(body.slice(section[0].length)) ? section : null) ?? OUTLET_DASH.exec(body) ?? (aboveProse ? (INITIALS_DATELINE.exec(body) ?? SECTION_COLON.exec(body) ?? SECTION_BAR.exec(body)) : null);
		if (agency) {
			i += skip + agency[0].length;
			continue;
		}
		const tag = readDateTag(body);
		if (tag) {
			header.published ??= tag.published;
			i += skip + tag.consumed;
			// " date 2025-08-08 Hyderabad: With the introduction of…": a place and a colon after the date
			// tag is the dateline, known place or not.
			const lead = /^[\s\u00a0]*/u.exec(s.slice(i))![0].length;
			const place = PLACE_COLON.exec(s.slice(i + lead));
			if (place) i += lead + place[0].length;
			continue;
		}
		// "Photo : M. Hacène Par Youcef Salami …": the credit goes with the byline after it.
		const credit = PHOTO_BEFORE_BYLINE.exec(body);
		const byline = readByline(credit ? body.slice(credit[0].length) : body);
		if (byline) {
			if (credit) byline.consumed += credit[0].length;
			const after = body.slice(byline.consumed);
			// A byline must be alone or followed by a separator, a date, or an article's first word it
			// gave back ("Par Jean Roy Le déficit…"): otherwise "By Jane Doe Mayor Tom…" cannot be cut reliably.
			if (/^\s*$/.test(after) || /^\s*[|·•,–—-]/.test(after) || OPENS_AFTER_BYLINE.test(after) || byline.glued || readDateLine(after.replace(/^[\s,|·•–—-]+/, ''), lang).consumed) {
				header.author ??= byline.author;
				i += skip + byline.consumed;
				sawByline ||= i === skip + byline.consumed;
				continue;
			}
		}
		const date = readDateLine(body, lang);
		// A bare date glued to text is a date line only when nothing suggests it opens a sentence:
		// "24 janvier 2025 L’accord…" is metadata, "On 6 May 1994, Queen…" is not.
		const after = body.slice(date.consumed);
		const alone = !/[\p{L}\p{N}]/u.test(after);
		const glued = date.certain || (!date.openedWithWord && /^\s*(?:[|·•–—-]|[\p{Lu}«“"])/u.test(after));
		// "Vendredi 15 mars 2013.Abidjan. Plusieurs accords…": a date, then the place, before the lede.
		const place = PLACE_AFTER_DATE.exec(after);
		if (date.consumed && (alone || glued || place)) {
			header.published ??= date.published;
			header.updated ??= date.updated;
			i += skip + date.consumed + (place ? place[0].length : 0);
			continue;
		}
		const dl = readDateline(body);
		if (dl) {
			// "Kara, 21 juillet 2025 – …": the day a dateline gives is the article's when neither the
			// page nor the teacher gave one.
			const day = datelineDay(body.slice(0, dl));
			if (day) header.datelineDay ??= readDateLine(day, lang).published;
			i += skip + dl;
			continue;
		}
		break;
	}
	// "12-03-2016 10:20 - Niger : …": the separator after the metadata goes with it, not with the headline.
	if (i) i += /^[\s\u00a0]*(?:[|·•–—-][\s\u00a0]+)?/u.exec(s.slice(i))![0].length;
	return { consumed: i, byline: sawByline };
}

function trimSpan(text: string, a: number, b: number): Span {
	while (a < b && ws.test(text[a])) a++;
	while (b > a && ws.test(text[b - 1])) b--;
	return { start: a, end: b };
}

export interface Structure {
	blocks: Block[];
	header: Header;
	title: Span | null;
	lead: Span | null;
}

/**
 * Classify paragraphs into content, metadata and boilerplate. `prose`: the language the text's little
 * words suggest, before it is detected on the content (an English caption's shape is no French one's).
 */
export function structure(text: string, lang: Lang | null, prose: Lang | null = lang): Structure {
	const paras = rawParagraphs(text);
	const blocks: Block[] = [];
	const header: Header = { author: null, published: null, updated: null };
	let contentSeen = 0;
	// Paragraphs of the story's prose read so far (a menu's words and a headline are content, no prose).
	let proseSeen = 0;
	let lateSeen = false;
	// Where an agency's dateline opens the article below other lines (a site's banner and blurbs).
	let bodyStart: number | undefined;
	for (let k = 0; k < paras.length; k++) {
		const p = paras[k];
		const s = text.slice(p.start, p.end);
		const kind = classifyBoilerplate(s);
		// An appeal near the top is probably a banner, not the start of the footer; so is a
		// "Comment" button among a site's menu words above the story's first paragraph.
		if (kind === 'to_end' && contentSeen >= 3 && proseSeen > 0) {
			blocks.push({ start: p.start, end: text.length, kind: 'removed', reason: 'boilerplate' });
			break;
		}
		if (kind) {
			blocks.push({ ...p, kind: 'removed', reason: 'boilerplate' });
			continue;
		}
		// A long banner pushes the lede past the header zone: the headline, a standfirst and the lede
		// may still open on a date and a place.
		const inHeader = k < headerZone || contentSeen < 3;
		// (Checked cheaply first: this runs on every paragraph below the header.)
		const agency = !inHeader && s.includes('(') && /^\p{Lu}{3}/u.test(s) && agencyDateline(s);
		if (agency) bodyStart ??= blocks.length;
		// "Doha: Qatar Museums unveiled…" below a banner, a headline, captions and the outlet's name:
		// a known place's dateline, or one in capitals before a dash ("DENPASAR – Bali health…"), still
		// opens the lede a little below the header, once ("Qatar:
		// Close to My Soul" further down is an exhibition's title; "CRAIG:", a speaker's label).
		const dated = !inHeader && !lateSeen && k < 2 * headerZone && lateDateline(s);
		if (dated) lateSeen = true;
		const meta = inHeader || s.length < 80 || AGENCY_DATELINE.test(s) || agency || dated ? readMetadataPrefix(s, lang, header, proseSeen === 0) : { consumed: 0, byline: false };
		const consumed = meta.consumed;
		// Not prose although inside the article: a caption, a promo, a label, markup (a byline or a
		// date line that looks like a credit is metadata, read above).
		const shape = consumed ? null : shapeOf(s, prose);
		if (shape) {
			blocks.push({ ...p, kind: 'removed', reason: shape });
			continue;
		}
		if (consumed) {
			const rest = trimSpan(text, p.start + consumed, p.end);
			const leftover = text.slice(rest.start, rest.end);
			// Left-over punctuation is part of the metadata line, and so is the rest of a short byline
			// line ("Par Jean Dupont, envoyé spécial à Kiev"): real text is a sentence.
			const bylineTail = meta.byline && s.length <= 120 && !/[.!?…]$/.test(leftover);
			if (!/[\p{L}\p{N}]/u.test(leftover) || bylineTail) {
				blocks.push({ start: p.start, end: p.end, kind: 'metadata' });
				continue;
			}
			blocks.push({ start: p.start, end: rest.start, kind: 'metadata' });
			// What follows a date tag may be a caption (" date 2020-01-10 Crews battle… | Photo
			// courtesy of…") or a page's widget label (" date 2016-12 Related Articles").
			const leftShape = classifyBoilerplate(leftover) ? 'boilerplate' : shapeOf(leftover, prose);
			if (leftShape) {
				blocks.push({ ...rest, kind: 'removed', reason: leftShape });
				continue;
			}
			// (" date 2023-12-01 Tribune News Service": the credit after the date is metadata too.)
			if (isAgencyLine(leftover)) {
				blocks.push({ ...rest, kind: 'metadata' });
				continue;
			}
			blocks.push({ ...rest, kind: 'content' });
			contentSeen++;
			if (isProse(text, rest)) proseSeen++;
			continue;
		}
		// A date line we cannot read, an agency's credit, a byline without "Par": not the headline.
		// (A name with its paper, "Fanny Lévesque La Presse", may follow a standfirst.)
		// (Under a newsroom's credit, "Tribune News Service", a name the engine does not know is the byline.)
		const above = blocks.at(-1);
		const afterCredit = contentSeen === 0 && above?.kind === 'metadata' && isAgencyLine(text.slice(above.start, above.end));
		if (inHeader && (isUnreadDateLine(s) || isAgencyLine(s) || ((contentSeen === 0 || (contentSeen <= 2 && bylineWithOutlet(s))) && bareBylineName(s, text, afterCredit, blocks.length === 0)))) {
			blocks.push({ ...p, kind: 'metadata' });
			continue;
		}
		blocks.push({ ...p, kind: 'content' });
		contentSeen++;
		if (isProse(text, p)) proseSeen++;
	}

	// Boilerplate after the last content paragraph ("read also" links, newsletter, share row,
	// appeal) is one footer: report it as a single range to the end.
	let tail = blocks.length;
	while (tail > 0 && blocks[tail - 1].kind === 'removed') tail--;
	if (tail < blocks.length && blocks.length - tail >= 2 && tail > 0) {
		const start = blocks[tail].start;
		blocks.splice(tail, blocks.length - tail, { start, end: text.length, kind: 'removed', reason: 'boilerplate' });
	}
	if (bodyStart !== undefined) bannerAbove(text, blocks, bodyStart);
	const pageTitle = splitGluedPageTitle(text, blocks);
	bannerOverHeadline(text, blocks);
	markShapes(text, blocks);
	cutLostInitial(text, blocks);

	// "Image de l'UNICEF / © UNICEF RDP lao/2009 / Une femme se fait vacciner…": the line right under
	// a photo's credit, in the same block (one line break), is its caption when it is one short sentence.
	for (let k = 0; k + 1 < blocks.length; k++) {
		const credit = blocks[k];
		const under = blocks[k + 1];
		if (credit.reason !== 'boilerplate' || under.kind !== 'content' || !isPhotoCreditLine(text.slice(credit.start, credit.end).trim())) continue;
		const line = text.slice(under.start, under.end);
		if (/\n[\s\u00a0]*\n/u.test(text.slice(credit.end, under.start)) || wordCount(text, under) > 35 || /[.!?][)"»”’]*[\s\u00a0]+\S/u.test(line.trim())) continue;
		under.kind = 'removed';
		under.reason = 'caption';
	}
	// Three short lines or more before any prose are a menu or a form's labels ("Zona de
	// identificação", "Tipo de entidade", "Forma autorizada do nome"…), not a headline over its text.
	const top = blocks.filter((b) => b.kind === 'content');
	let run = 0;
	// (A bulleted summary under a headline is no menu: the run stops where bullets follow a line that is none.)
	const bullet = (b: Span) => BULLET_OPENING.test(text.slice(b.start, b.end));
	while (run < top.length && shortHeadline(text, top[run]) && !(run > 0 && bullet(top[run]) && !bullet(top[run - 1]))) run++;
	if (run >= 3 && run < top.length) {
		// "Environment and energy" / "Solomon Island logging set to harm water quality" / "River
		// plume": a line of five words or more that shares a word with the prose under it is the
		// headline among the labels; the other lines go.
		const prose = new Set(top.slice(run, run + 2).flatMap((b) => longWords(text, b)));
		let headline = -1;
		for (let k = run - 1; k >= 0 && headline < 0; k--) if (wordCount(text, top[k]) >= 5 && longWords(text, top[k]).some((w) => prose.has(w))) headline = k;
		top.slice(0, run).forEach((b, k) => {
			if (k === headline) return;
			b.kind = 'removed';
			b.reason = 'label';
		});
	}
	const content = blocks.filter((b) => b.kind === 'content');
	let title: Span | null = null;
	let lead: Span | null = null;
	if (content.length >= 2) {
		// A headline looks like one: a line of a few words that does not end with a full stop (a
		// lede does) and holds no second sentence. A line of one to three words before it is a
		// site banner or a section label ("Louisiana Floods", "Politique"); a longer banner that
		// shares no word with the prose went before the shapes were read (bannerOverHeadline).
		let first = content[0];
		if (looksLikeHeadline(text, content[1]) && (wordCount(text, first) <= 3 || SECTION_LABEL.test(text.slice(first.start, first.end))) && looksLikeHeadline(text, first)) {
			first.kind = 'removed';
			first.reason = 'label';
			first = content[1];
		}
		if (looksLikeHeadline(text, first) && wordCount(text, first) >= 2 && content.indexOf(first) + 1 < content.length) title = first;
		// "Dr Abiy Ahmed sworn in as Prime Minister of Ethiopia." above "Dr. Abiy Ahmed is officially
		// sworn in as Ethiopia’s Prime minister…": a short line with its full stop that the next
		// paragraph says again is the headline, not the lede.
		else if (content.indexOf(first) === 0 && content.length >= 3 && restatedHeadline(text, first, content[1])) title = first;
	}
	// "FEATURE-As wild weather…", "UPDATE 2-…": a wire's slug before its headline is metadata; the
	// headline stays the same block (the paragraphs below keep their place).
	const slug = title ? WIRE_SLUG.exec(text.slice(title.start, title.end)) : null;
	const titleAt = title ? blocks.indexOf(title as Block) : -1;
	if (title && slug && titleAt >= 0) {
		blocks.splice(titleAt, 0, { start: title.start, end: title.start + slug[0].length, kind: 'metadata' });
		title.start += slug[0].length;
	}
	// A page that prints its headline twice above the text (under a banner, around the date
	// lines): both copies leave the prose, and the first one is the headline.
	if (!title && content.length) {
		const echoed = blocks.find((b) => b.start < content[0].start && b.kind === 'removed' && b.reason === 'repeat' && looksLikeHeadline(text, b) && wordCount(text, b) >= 3);
		if (echoed) title = echoed;
	}
	if (!title && pageTitle) title = pageTitle;
	if (title) {
		// A standfirst is the paragraph between the headline and the byline/date block.
		const second = content[1];
		const metaIndex = blocks.findIndex((b) => b.kind === 'metadata');
		if (metaIndex >= 0 && blocks.indexOf(second) < metaIndex && content.length >= 3) lead = second;
	}
	return { blocks, header, title, lead };
}

const WIRE_SLUG = /^(?:FEATURE|ANALYSIS|INTERVIEW|EXCLUSIVE|FACTBOX|INSIGHT|EXPLAINER|WRAPUP|UPDATE|REFILE|CORRECTED|RPT)(?:[\s\u00a0]+\d{1,2})?[\s\u00a0]*-[\s\u00a0]*(?=\p{Lu})/u;

/**
 * Lines above an agency's dateline that stands below the top: the headline is the one with a wire's
 * slug ("FEATURE-…"), else the last that looks like one with no prose after it; what stands above it
 * (a site's banner, its blurb, a series label: a few lines, none of them prose) is no prose either.
 */
function bannerAbove(text: string, blocks: Block[], bodyStart: number): void {
	const above = blocks.slice(0, bodyStart).filter((b) => b.kind === 'content');
	const slugged = above.find((b) => WIRE_SLUG.test(text.slice(b.start, b.end)));
	// Without a slug, the headline is the last line that looks like one with no prose after it
	// (a crosshead above a second dateline has the story's paragraphs after it).
	const headline =
		slugged ??
		above.findLast((b, i) => looksLikeHeadline(text, b) && wordCount(text, b) >= 4 && above.slice(i + 1).every((c) => !isProse(text, c)));
	if (!headline) return;
	const banner = above.slice(0, above.indexOf(headline));
	// A page's banner is a few short lines, never the story's own paragraphs.
	if (banner.length > 6 || banner.some((b) => isProse(text, b))) return;
	for (const b of banner) {
		b.kind = 'removed';
		b.reason = 'boilerplate';
	}
}

/** A paragraph of the story's prose: twenty words or more, ending like a sentence. */
function isProse(text: string, b: Span): boolean {
	return wordCount(text, b) >= 20 && /[.!?…»”"]$/u.test(text.slice(b.start, b.end).trim());
}

const normPara = (s: string) => tidy(s).toLowerCase();

/** A paragraph that is no prose by its own shape: a label or markup, a caption, a promo, an entry of a list of prizes. */
function shapeOf(s: string, lang: Lang | null): RemovedReason | null {
	return isLabel(s) || isMarkup(s) ? 'label' : isCaption(s, lang) ? 'caption' : isPromo(s) ? 'promo' : isAwardListEntry(s) ? 'list' : null;
}

const wordSet = (s: string) => new Set(normalizeText(s).split(' ').filter((w) => w.length >= 3));

/**
 * A teaser or a photo caption above the text that the text says again in other words ("Kohli's form
 * … he has scored 4515 runs in 46 matches" over "The right-hander has scored 4515 runs in 46 Test
 * matches"): eight words or more, four in five of them in one later paragraph.
 */
function echoedLater(bodies: string[], k: number): boolean {
	const own = [...wordSet(bodies[k])];
	if (own.length < 8) return false;
	return bodies.some((later, j) => {
		if (j <= k) return false;
		const there = wordSet(later);
		return own.filter((w) => there.has(w)).length >= 0.8 * own.length;
	});
}

/**
 * A page's preview at the top: a photo's caption and credit, then the lede's first words, cut, that
 * the text below gives in full ("… au Rwanda. JEROME DELAY / AP Cinq petites secondes. L’équipe de
 * France a frôlé l’or, … des Mondiaux de" over "Cinq petites secondes. L’équipe…").
 */
function previewOfLater(bodies: string[], k: number): boolean {
	return bodies.some((later, j) => {
		if (j <= k || later.length < 60) return false;
		const at = bodies[k].indexOf(later.slice(0, 60));
		return at > 0 && later.startsWith(bodies[k].slice(at));
	});
}

// After a headline glued to what follows: a separator and the page's section in capitalised words
// ("… : Shots - Health News"), up to the first sentence (a capital, then a small word).
const SECTION_RUN = /^[\s\u00a0]*[:|–—-][\s\u00a0]*(?:\p{Lu}[\p{L}'’.&]*[\s\u00a0]*(?:[-–—|:][\s\u00a0]*)?){0,6}?(?=\p{Lu}[\p{L}'’]*[\s\u00a0]+\p{Ll})/u;

/**
 * "Rise In Measles Cases Marks A 'Wake-Up Call' For U.S. : Shots - Health News The latest wave…"
 * above "Rise In Measles Cases Marks A 'Wake-Up Call' For U.S.": a page's title line (its headline
 * and section) glued to the teaser, the headline printed again below. The title line and the second
 * copy are no prose; the first is the headline, and the teaser stays.
 */
function splitGluedPageTitle(text: string, blocks: Block[]): Span | null {
	const content = blocks.filter((b) => b.kind === 'content');
	const [first, second] = content;
	// (Not looksLikeHeadline: "… For U.S." ends on an abbreviation's dot.)
	if (!first || !second || wordCount(text, second) < 4 || wordCount(text, second) > 20) return null;
	const headline = text.slice(second.start, second.end).trim();
	const opening = text.slice(first.start, first.end);
	if (!opening.startsWith(headline) || opening.length <= headline.length + 20) return null;
	const run = SECTION_RUN.exec(opening.slice(headline.length));
	if (!run) return null;
	const headlineEnd = first.start + headline.length;
	const cut = headlineEnd + run[0].length;
	blocks.splice(
		blocks.indexOf(first),
		1,
		{ start: first.start, end: headlineEnd, kind: 'removed', reason: 'repeat' },
		{ start: headlineEnd, end: cut, kind: 'removed', reason: 'label' },
		{ start: cut, end: first.end, kind: 'content' }
	);
	second.kind = 'removed';
	second.reason = 'repeat';
	return { start: first.start, end: headlineEnd };
}

// "What you need to know:", "Ce qu’il faut retenir :": a summary box's label; its bullets sum up the
// story the text tells in full.
const SUMMARY_LABEL = /^(?:what you need to know|key points|highlights|in brief|at a glance|the key facts|en bref|ce qu['’]il faut retenir|l['’]essentiel|à retenir|les points clés)[\s\u00a0]*:?$/iu;
const BULLET_OPENING = /^[\s\u00a0]*[*•·▪◦–-][\s\u00a0]/u;

function markSummaryBox(text: string, blocks: Block[]): void {
	const content = blocks.filter((b) => b.kind === 'content');
	for (let k = 0; k < content.length; k++) {
		if (!SUMMARY_LABEL.test(text.slice(content[k].start, content[k].end).trim())) continue;
		let j = k + 1;
		while (j < content.length && BULLET_OPENING.test(text.slice(content[j].start, content[j].end))) j++;
		// A label with no bullets under it is left to the other rules.
		if (j === k + 1) continue;
		content[k].kind = 'removed';
		content[k].reason = 'label';
		for (let i = k + 1; i < j; i++) {
			content[i].kind = 'removed';
			content[i].reason = 'repeat';
		}
	}
}

// "…from being lost entirely, CHINEDUM UWAEGBULAM reports.": the reporter's signature at the end
// of a standfirst or a lede is the byline, not the story's words.
const REPORTER_TAG = /,[\s\u00a0]+\p{Lu}{2,}(?:[\s\u00a0-]+\p{Lu}{2,}){1,3}[\s\u00a0]+(?:reports|writes|rapporte|écrit)[\s\u00a0]*[.…]*[\s\u00a0]*$/u;

/** Cuts the signatures off; the paragraphs cut are prose (no crosshead for having lost their full stop). */
function cutReporterTags(text: string, blocks: Block[]): Set<Block> {
	const cut = new Set<Block>();
	for (const b of blocks.filter((x) => x.kind === 'content').slice(0, headerZone)) {
		const m = REPORTER_TAG.exec(text.slice(b.start, b.end));
		if (!m) continue;
		const at = b.start + m.index;
		blocks.splice(blocks.indexOf(b) + 1, 0, { start: at, end: b.end, kind: 'removed', reason: 'label' });
		Object.assign(b, trimSpan(text, b.start, at));
		cut.add(b);
	}
	return cut;
}

/**
 * A site's banner over the headline: of two headline-like lines above the prose, the first is no
 * headline when it names a logo ("Gibraltar Chronicle Logo") or when it is a short name in capitals
 * that shares no word with the prose while the second does ("Caernarfon Herald" over "‘Massive blow’
 * as four libraries to close", "News on the Go Now" over "AC wins Pic O De Crop"). The headline
 * printed again behind the site's breadcrumb ("Home Front Page News Out with the old…") keeps its
 * first copy. Read before the shapes, so the headline under a banner is not taken for a caption.
 */
function bannerOverHeadline(text: string, blocks: Block[]): void {
	const words = (b: Span) => longWords(text, b);
	for (let guard = 0; guard < 2; guard++) {
		const content = blocks.filter((b) => b.kind === 'content');
		if (content.length < 3) return;
		const [first, second, third] = content;
		if (!looksLikeHeadline(text, first) || !looksLikeHeadline(text, second) || wordCount(text, second) < 2) return;
		// Three short lines or more are a menu or a form's labels (read in `structure`).
		if ([first, second, third].every((b) => shortHeadline(text, b))) return;
		const headline = normalizeText(text.slice(first.start, first.end));
		const echo = normalizeText(text.slice(second.start, second.end));
		if (wordCount(text, first) >= 2 && echo.length > headline.length && echo.endsWith(` ${headline}`)) {
			second.kind = 'removed';
			second.reason = 'label';
			return;
		}
		const line = text.slice(first.start, first.end).trim();
		const prose = new Set(content.slice(2, 4).flatMap(words));
		const shares = (b: Span) => words(b).some((w) => prose.has(w));
		// A name's capitals: every word of four letters or more capitalised, or three words at most.
		const nameLike = wordCount(text, first) <= 6 && (wordCount(text, first) <= 3 || line.split(/[\s\u00a0]+/u).every((w) => w.length < 4 || /^[\p{Lu}\d(]/u.test(w)));
		const banner = /(?:^|[\s\u00a0])logo$/iu.test(line) || (nameLike && !shares(first) && shares(second));
		if (!banner) return;
		first.kind = 'removed';
		first.reason = 'label';
	}
}

/** The words of four letters or more of a block, as content words. */
function longWords(text: string, b: Span): string[] {
	return contentWords(text.slice(b.start, b.end)).filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
}

/** A short line that looks like a headline: of a menu's or a form's labels when three follow each other. */
function shortHeadline(text: string, b: Span): boolean {
	return wordCount(text, b) <= 10 && looksLikeHeadline(text, b);
}

// A photographer's name alone in capitals under a picture's words: "JEAN-PAUL GUINNARD".
const CAPS_NAME_LINE = /^\p{Lu}[\p{Lu}'’-]+(?:[\s\u00a0]+\p{Lu}[\p{Lu}'’-]+){1,2}$/u;

/**
 * Content paragraphs that are not prose: crossheads, a headline or summary printed twice (the
 * first copy goes), and the sentence a paste cut off at its end.
 */
function markShapes(text: string, blocks: Block[]): void {
	markSummaryBox(text, blocks);
	const signed = cutReporterTags(text, blocks);
	const content = blocks.filter((b) => b.kind === 'content');
	const bodies = content.map((b) => normPara(text.slice(b.start, b.end)));
	const blockIndex = new Map(blocks.map((b, i) => [b, i]));
	for (let k = 0; k < content.length; k++) {
		const b = content[k];
		if (b.kind !== 'content') continue;
		const s = text.slice(b.start, b.end);
		// "Ian Foster during the Bledisloe Cup match … at the..." over the caption it shortens: a
		// teaser cut with an ellipsis, whose whole line follows (kept or removed), is the same line.
		// "AccueilDossierPour eux, les années 2010 c’était…" over "Pour eux, les années 2010 c’était…":
		// a breadcrumb trail glued to the headline printed below it.
		const below = bodies[k + 1] ?? '';
		if (below.length >= 12 && bodies[k].length > below.length && bodies[k].endsWith(below) && bodies[k].length - below.length <= 40 && !/[.!?:]/u.test(bodies[k].slice(0, bodies[k].length - below.length))) {
			b.kind = 'removed';
			b.reason = 'label';
			continue;
		}
		// "Handout picture released by … 110 million years." over the same words and their credit ("…
		// Foto:HO / Agencia CTyS / AFP"), removed as a caption: the caption without its credit. (Unless it
		// opens like no caption before any prose: a lede a caption under it says again stays.)
		const following = blocks[blockIndex.get(b)! + 1];
		if (following?.reason === 'caption' && bodies[k].length >= 40 && normPara(text.slice(following.start, following.end)).startsWith(bodies[k]) && (opensLikeCaption(s) || blocks.slice(0, blockIndex.get(b)).some((c) => (c.kind === 'content' || c.reason === 'repeat') && isProse(text, c)))) {
			b.kind = 'removed';
			b.reason = 'caption';
			continue;
		}
		const teaser = /(?:\.\.\.|…)$/u.test(bodies[k]) ? bodies[k].replace(/[\s.…]+$/u, '') : '';
		const shortened = teaser.length >= 20 && blocks.some((later) => later.start >= b.end && normPara(text.slice(later.start, later.end)).startsWith(teaser));
		if (shortened || (bodies[k].length >= 20 && (bodies.some((later, j) => j > k && later.includes(bodies[k])) || (k < 2 && (echoedLater(bodies, k) || previewOfLater(bodies, k)))))) {
			b.kind = 'removed';
			b.reason = 'repeat';
			// "Claude Thomas inaugure le nouveau bâtiment scolaire ." twice in a row, inside the text: a
			// photo's caption and its alternative text, not a sentence (a headline printed twice keeps one).
			// A longer sentence twice in a row is one too ("The Darkest Corners, created by … is being
			// performed at a secret outdoor location." under the headline); a lede printed twice (27 and
			// 34 words on the cached pages, with figures) keeps its second copy.
			const twin = content[k + 1];
			// (Past fifteen words, a caption holds no figure nor date: a lede printed twice does.)
			const sentence = /[.!?][)"»”’]*$/u.test(bodies[k]) && !/\d/u.test(bodies[k]);
			// (Any length when a photographer's name in capitals follows: "… rénovation des lieux." twice, then
			// "JEAN-PAUL GUINNARD".)
			const credit = content[k + 2];
			const credited = !!credit && CAPS_NAME_LINE.test(text.slice(credit.start, credit.end).trim());
			if (k > 0 && twin && bodies[k + 1] === bodies[k] && (wordCount(text, twin) <= (sentence ? 22 : 15) || credited)) {
				twin.kind = 'removed';
				twin.reason = 'caption';
				if (credited) {
					credit.kind = 'removed';
					credit.reason = 'caption';
				}
			}
			continue;
		}
		const next = content[k + 1];
		if (signed.has(b)) continue;
		// ("Visa Pour l’Image, 32e festival…, plus engagé que jamais" / "Visa d’Or News" / prose: two
		// crossheads in a row, the second over the prose. After a sentence: "Voici les mesures :" then
		// short lines is a list, no crossheads. The line itself is read first, so the pair's second line
		// is read only under a short one.)
		const afterNext = content[k + 2];
		const secondOfPair = () => !!next && !!afterNext && /[.!?…»”")]$/u.test(bodies[k - 1]) && isCrosshead(text.slice(next.start, next.end), text.slice(afterNext.start, afterNext.end));
		const overPair = k > 0 && !!afterNext && isCrosshead(s, text.slice(afterNext.start, afterNext.end)) && secondOfPair();
		if (k > 0 && (overPair || isCrosshead(s, next ? text.slice(next.start, next.end) : null))) {
			b.kind = 'removed';
			b.reason = 'crosshead';
		} else if (k > 0 && next && !SECTION_LABEL.test(bodies[k - 1]) && unfinishedBetweenProse(s, text.slice(next.start, next.end))) {
			// "Donald Trump signs orders at the Pentagon. In his first week he signed 14" between two
			// paragraphs: a photo caption printed inside the text (the last paragraph may be cut off).
			b.kind = 'removed';
			b.reason = 'caption';
		}
	}
	const last = [...blocks].reverse().find((b) => b.kind === 'content');
	if (!last) return;
	// A credit glued to the last sentence: "…aussi fragilisée. TF1 | Reportage L. Zajdela, N. Gandillot".
	const credit = gluedCreditAt(text.slice(last.start, last.end));
	if (credit >= 0) {
		const cut = last.start + credit;
		blocks.splice(blocks.indexOf(last) + 1, 0, { start: cut, end: last.end, kind: 'removed', reason: 'caption' });
		Object.assign(last, trimSpan(text, last.start, cut));
		return;
	}
	// Only the end of the whole paste: a last paragraph followed by a footer was not cut.
	if (blocks.some((b) => b.start > last.start && b.kind !== 'removed')) return;
	if (/[\p{L}\p{N}]/u.test(text.slice(last.end).replace(/^[\s\u00a0]+/u, '').slice(0, 1)) && blocks.at(-1) !== last) return;
	const at = cutOffStart(text.slice(last.start, last.end));
	if (at < 0) return;
	if (at === 0) {
		last.kind = 'removed';
		last.reason = 'cut-off';
		return;
	}
	const index = blocks.indexOf(last);
	const cut = last.start + at;
	blocks.splice(index + 1, 0, { start: cut, end: last.end, kind: 'removed', reason: 'cut-off' });
	Object.assign(last, trimSpan(text, last.start, cut));
}

// "’il était dans la salle…": a paragraph opening on an elision's apostrophe lost the drop cap
// before it ("S’il", "Qu’il"); its first sentence is cut at its start.
const LOST_INITIAL = /^[’'‘]\p{Ll}/u;
const FIRST_SENTENCE_END = /[.!?…]["»”]?(?=[\s\u00a0\u202f]+[«“"]?\p{Lu})/u;
function cutLostInitial(text: string, blocks: Block[]): void {
	for (let k = 0; k < blocks.length; k++) {
		const b = blocks[k];
		if (b.kind !== 'content' || !LOST_INITIAL.test(text.slice(b.start, b.start + 2))) continue;
		const end = FIRST_SENTENCE_END.exec(text.slice(b.start, b.end));
		if (!end) {
			b.kind = 'removed';
			b.reason = 'cut-off';
			continue;
		}
		const cut = b.start + end.index + end[0].length;
		blocks.splice(k, 0, { start: b.start, end: cut, kind: 'removed', reason: 'cut-off' });
		Object.assign(b, trimSpan(text, cut, b.end));
		k++;
	}
}

/**
 * A caption's length (6 to 35 words) that stops without a sentence's end and not mid-phrase (a
 * line wrapped after "mais" or a comma goes on), followed by prose, and no list item.
 */
function unfinishedBetweenProse(s: string, next: string): boolean {
	const t = s.trim();
	const n = countWords(t);
	if (n < 6 || n > 35 || /^(?:[-–—•*·▪►]|\d+[.)]\s)/u.test(t) || cutOffStart(t) < 0) return false;
	if (/[,;:–—-]$/u.test(t) || /(?:^|\s)(?:et|ou|mais|de|du|des|la|le|les|un|une|que|qui|à|en|the|a|an|and|or|but|of|to|in|on|for|with|that)$/iu.test(t)) return false;
	const after = next.trim();
	return countWords(after) >= 8 && cutOffStart(after) < 0;
}

function wordCount(text: string, b: Span): number {
	return countWords(text.slice(b.start, b.end));
}

// A page's section before its headline: "En bref : République démocratique populaire lao", "In brief: …",
// "À la une - Crise des déchets", "Analysis | Housing" (with a dash or a bar, only before a topic of
// three words or fewer: "Opinion - La ville doit enfin réparer ses ponts" is the headline itself).
const SECTION_LABEL = new RegExp(`^[\\s\\u00a0]*(?:${SECTION_NAMES})[\\s\\u00a0]*(?::|[-–—|][\\s\\u00a0]+(?:[^\\s\\u00a0]+[\\s\\u00a0]+){0,2}[^\\s\\u00a0]+[\\s\\u00a0]*$)`, 'iu');

function restatedHeadline(text: string, b: Span, next: Span): boolean {
	const line = text.slice(b.start, b.end).trimEnd();
	// The line without its full stop reads as a headline.
	if (wordCount(text, b) > 15 || !/[^.][.]$/u.test(line) || !looksLikeHeadline(text, { start: b.start, end: b.start + line.length - 1 })) return false;
	const stems = (s: string) => new Set(contentWords(s).map((w) => w.slice(0, 5)));
	const own = [...stems(line)];
	const nextText = text.slice(next.start, next.end);
	const after = stems(nextText);
	if (own.length < 4 || own.filter((w) => after.has(w)).length * 4 < own.length * 3) return false;
	// Headline style: a participle the paragraph gives its auxiliary ("sworn in" → "is officially
	// sworn in"); a lede the next paragraph goes on from has its own verb ("Three people died…").
	// (Both sides as `normalizeText` writes them: lower case, no accents.)
	const words = contentWords(line).filter((w) => w.length >= 4);
	return (
		words.length > 0 &&
		new RegExp(`(?<![\\p{L}])(?:is|are|was|were|has been|have been|had been|est|sont|a ete|ont ete|etait|etaient)(?:[\\s\\u00a0]+\\p{L}+ly|[\\s\\u00a0]+(?:officiellement|desormais|finalement))?[\\s\\u00a0]+(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u').test(normalizeText(nextText))
	);
}

function looksLikeHeadline(text: string, b: Span): boolean {
	const s = text.slice(b.start, b.end);
	if (s.length > 200 || wordCount(text, b) > 25) return false;
	if (/[.…:;,]["'»”’)]*$/u.test(s)) return false;
	// A second sentence inside ("Comps-la-Grand-Ville. Une salle…" is a place and a headline).
	return !/[a-zà-ÿ]{3,}[.!?][\s\u00a0\u202f]+\p{Lu}[\p{Ll}]+[\s\u00a0\u202f]+\p{Ll}+.*[\s\u00a0\u202f]\p{Ll}+[.!?]/u.test(s);
}

export interface IngestHints {
	title?: string | null;
	author?: string | null;
	published?: string | null;
	updated?: string | null;
}

/**
 * English pages that lost their apostrophes ("Pandora s Box", "Britain s", "Rugby' s"): the
 * possessive is written back, or every question copying the sentence is ungrammatical. Only in
 * English text (a lone "s" in French is an elided "s'" whose apostrophe went: "s il").
 */
export function repairPossessives(text: string, english = moreEnglish(text)): string {
	if (!english) return text;
	return text.replace(/(?<=[\p{L}]{2})(?: |['’] )s(?=[ \u00a0]+[\p{L}\d]|[,.;:!?])/gu, '’s');
}

/** Whether English little words outnumber French ones in the first pages: enough to tell, and no array of every match. */
function moreEnglish(text: string): boolean {
	const sample = text.slice(0, 20000);
	const en = sample.match(/(?<![\p{L}])(?:the|and|of|with|was)(?![\p{L}])/giu)?.length ?? 0;
	const fr = sample.match(/(?<![\p{L}])(?:le|la|les|et|des|avec|était)(?![\p{L}])/giu)?.length ?? 0;
	return en > fr;
}

const SUPERSCRIPT: Record<string, string> = { ᵃ: 'a', ᵈ: 'd', ᵉ: 'e', ᵍ: 'g', ʳ: 'r', ˢ: 's', ᵐ: 'm', ᵒ: 'o', ⁿ: 'n', ˡ: 'l', ᵗ: 't', ʰ: 'h' };

/**
 * Typing slips a page carries that every question copying the sentence would repeat (raters
 * refuse them): "1ᵉʳ mars", "Mᵐᵉ" in superscript letters (read as "1" and a month, a date at one
 * o'clock); a closing quotation mark that opens a quote ("” Inflation will…"); an opening single
 * quote as an apostrophe ("l‘épidémie"); a wire's dash typed as a spaced underscore; a space
 * before a full stop ("fin août .") or a comma, a
 * hyphen spaced off the figure after it ("117- 86"); in French a
 * "de" before a name that opens on a vowel ("le retour de Amadou" → "d’Amadou"), unless the "de"
 * is a name's own particle ("Manuel de Araujo").
 */
export function repairTypography(text: string, english = moreEnglish(text)): string {
	// Each slip is looked for only when its character is there: this runs on every article.
	let out = text;
	if (SUPERSCRIPT_ANY.test(out)) out = out.replace(SUPERSCRIPT_RUN, (m) => [...m].map((c) => SUPERSCRIPT[c]).join(''));
	// (Not a closing mark after a “ the paragraph left open: “We will win ” He said.)
	if (out.includes('”')) out = out.replace(/(^|[\s(\[—–-])”(?:[ \u00a0](?=\p{Lu}))?(?=\p{L})/gmu, (m, lead: string, at: number) => (openQuote(out, at) ? m : `${lead}“`));
	if (out.includes('‘')) out = out.replace(/(?<=\p{L})‘(?=\p{L})/gu, '’');
	if (/[ \u00a0]\./.test(out)) out = out.replace(/(?<=\p{L})[ \u00a0]+\.(?=[\s\u00a0)]|$)/gu, '.');
	// A space before a comma ("trois jours durant , a été…"), in either language; a hyphen a page
	// spaced off the figure or the unit after it ("31- 03- 2020", "a 600- metre cable").
	if (/[ \u00a0],/.test(out)) out = out.replace(/(?<=[\p{L}\d)»”])[ \u00a0]+,(?=[ \u00a0])/gu, ',');
	// A wire's dash typed as an underscore between spaces ("refused to comment _ a legacy of…").
	if (out.includes(' _ ')) out = out.replace(/(?<=[\p{L}\d.,;:!?'’"”)])[ \u00a0]_[ \u00a0](?=[\p{L}\d"“'‘(])/gu, ' — ');
	if (/\d-[ \u00a0]/.test(out)) out = out.replace(/(?<=\d)-[ \u00a0](?=\d|(?:metre|meter|mètre|kilometre|kilometer|year|hour|day|week|month|mile|foot|litre|liter)s?(?![\p{L}]))/gu, '-');
	// (The words a text writes, read once for both kinds of capitals, and only when one is there.)
	let seen: ReturnType<typeof wordsSeen> | undefined;
	if (DROP_CAPS.test(out)) {
		const words = (seen ??= wordsSeen(out));
		out = out.replace(DROP_CAPS_ALL, (run: string) => sentenceCase(run, words));
	}
	out = out.replace(LITTLE_WORD_CAPS, (w) => w[0] + w.slice(1).toLowerCase());
	if (CAPS_BEFORE_NAME_ANY.test(out)) {
		const words = (seen ??= wordsSeen(out));
		out = out.replace(CAPS_BEFORE_NAME, (w: string) => casedAsElsewhere(w, words));
	}
	// "lors de de la cérémonie", "favorisé la la baisse", "in the the city": a little word typed twice
	// (small letters only: "La La Land" is a title).
	if (DOUBLED_ANY.test(out)) out = out.replace(DOUBLED_LITTLE_WORD, '$1');
	if (english) return out;
	// "sa 15 ème édition", "arrivé 2 ème": an ordinal's suffix a page spaced off its digits joins them
	// again, once here, so that every stage reads "15ème".
	if (/\d[ \u00a0\u202f][eè]/u.test(out)) out = out.replace(/(?<![\d\p{L}.,])(\d{1,4})[ \u00a0\u202f]((?:[èe]me|[èe]re)s?)(?![\p{L}])/gu, '$1$2');
	// "…de l’épreuve gabonaise C’est sa 7e victoire", "…les eaux Selon nos informations": a sentence
	// opener no sentence holds with a capital, after a word with no stop between.
	out = out.replace(MISSING_STOP, '.$1');
	// "Élections 2023 – Petit guide pour faire entendre votre voix Entre le Grand Conseil et…": a
	// headline glued to its standfirst on the page's first line; French headlines capitalise only
	// their first word, so a preposition with a capital after a word opens the next paragraph.
	const lineEnd = out.indexOf('\n', Math.max(0, out.search(/\S/u)));
	const firstLine = out.slice(0, lineEnd < 0 ? out.length : lineEnd);
	const glued = GLUED_STANDFIRST.exec(firstLine);
	// (A headline of five words or more; a standfirst of two sentences at least: a lede naming a work,
	// "Le réalisateur présente Dans la maison à Cannes.", stays whole.)
	if (glued && countWords(firstLine.slice(0, glued.index)) >= 5 && (firstLine.slice(glued.index).match(/[.!?](?=[\s\u00a0]|$)/gu) ?? []).length >= 2)
		out = `${out.slice(0, glued.index + glued[1].length)}\n${out.slice(glued.index + glued[0].length)}`;
	return out.replace(/(?<![\p{L}])de[ \u00a0]+(?=(?:[AEIÉÈ]|O(?!u)|U)\p{Ll})/gu, (m, at: number) => (NAME_BEFORE.test(out.slice(Math.max(0, at - 30), at)) ? m : 'd’'));
}

// (Not after the noun of a work it may name: "l’émission C’est pas sorcier", "le livre Selon Mathieu".)
const WORK_NOUN = String.raw`(?:émission|film|livre|chanson|album|série|spectacle|pièce|titre|roman|disque|tube|groupe|œuvre|exposition|programme|magazine|journal)`;
const GLUED_STANDFIRST = new RegExp(String.raw`(?<=\p{Ll})(?<!${WORK_NOUN})([ \u00a0]*)[ \u00a0](?=(?:Entre|Dans|Pour|Avec|Depuis|Après|Alors|Lorsque|Quand|Face|Malgré|Parmi)[ \u00a0]+\p{Ll})`, 'u');

// (The opener is read first, then what stands before it: a look-behind first would run at every letter.)
const MISSING_STOP = new RegExp(String.raw`([ \u00a0]+)(?=(?:C['’]est|C['’]était|Selon|D['’]après)[ \u00a0])(?<=\p{Ll}(?<!${WORK_NOUN})[ \u00a0]+)`, 'gu');

// The little words a page types twice by slip (a cheap test first: this runs on every article).
const LITTLE = 'de|du|des|le|la|les|à|au|aux|un|une|the|of|and';
const DOUBLED_ANY = new RegExp(String.raw`(${LITTLE})[ \u00a0]+\1(?![\p{L}\p{M}'’-])`, 'u');
// (Not "sworn in in January", "carry on on its own": a particle and a preposition; not "tra la la".)
const DOUBLED_LITTLE_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}'’-]|(?<![\p{L}])(?:${LITTLE})[ \u00a0]+)(${LITTLE})[ \u00a0]+\1(?![\p{L}\p{M}'’-])(?![ \u00a0]+\1(?![\p{L}]))`, 'gu');

// "PLANS to rebuild…", "A RURAL community…", "FOUR libraries in…": a paper's style sets the first
// words of a paragraph in capitals. Not an acronym ("DOC has identified", "RBI raises"): the run's
// first word is a little word, a number word or a word the text writes in small letters elsewhere.
const DROP_CAPS_SOURCE = String.raw`^\p{Lu}+(?:['’]\p{Lu}+)?(?:[ \u00a0]+\p{Lu}+(?:['’]\p{Lu}+)?){0,2}(?=[ \u00a0]+\p{Ll})`;
// "THE Penang government…", "WHEN Limerick gardai…": a little word alone in capitals before a name.
// (A list, not isFunctionWord: "UN Women", "AS Monaco", "ON Semiconductor" are names.)
const LITTLE_WORD_CAPS = /^(?:THE|WHEN|AFTER|WITH|FOR|LES|UNE|DES|DANS|DEPUIS|APRÈS)(?=[ \u00a0]+\p{Lu}\p{Ll})/gmu;
// "JUDGE Raymond Finnegan’s frustration…", "PEMBROKESHIRE County Council have…": a word in capitals
// opening a paragraph before a name, which the text writes elsewhere with small letters.
const CAPS_BEFORE_NAME_SOURCE = String.raw`^\p{Lu}{3,}(?=[ \u00a0]+\p{Lu}\p{Ll})`;
const CAPS_BEFORE_NAME = new RegExp(CAPS_BEFORE_NAME_SOURCE, 'gmu');
const CAPS_BEFORE_NAME_ANY = new RegExp(CAPS_BEFORE_NAME_SOURCE, 'mu');
const DROP_CAPS = new RegExp(DROP_CAPS_SOURCE, 'mu');
const DROP_CAPS_ALL = new RegExp(DROP_CAPS_SOURCE, 'gmu');

/**
 * A word in capitals as the text writes it elsewhere: "Pembrokeshire" where it is capitalised inside
 * a sentence; a post before a name, "JUDGE Raymond Finnegan"; a word of four letters or more the
 * text writes small, "POLICE Scotland", "FORMER Labour MP", "SINCE May 2". Kept in capitals when the
 * text writes it so again (an acronym: "NASA Administrator…"), or a word of three letters it writes
 * small ("ACT Chief Minister…" beside "act quickly", "WHO Director-General…" beside "who").
 */
function casedAsElsewhere(word: string, seen: ReturnType<typeof wordsSeen>): string {
	const lower = word.toLowerCase();
	const cased = word.charAt(0) + word.slice(1).toLowerCase();
	if (cased.length !== word.length) return word;
	if ((seen.text.match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))?.length ?? 0) > 1) return word;
	return seen.capitalised.has(cased) || isRoleWord(lower) || (word.length >= 4 && seen.words.has(lower)) ? cased : word;
}

/**
 * The words a text writes, read once per text for every run of capitals: its runs of letters, and
 * the capitalised words inside a sentence (after a small letter or a comma). A word with an
 * apostrophe is looked for in the text itself.
 */
function wordsSeen(text: string): { text: string; words: Set<string>; capitalised: Set<string> } {
	return {
		text,
		words: new Set(text.match(/\p{L}+/gu) ?? []),
		capitalised: new Set(text.match(/(?<=[\p{Ll},;:][ \u00a0]+)\p{Lu}\p{Ll}*(?![\p{L}])/gu) ?? [])
	};
}

/** A run of capitals opening a paragraph, in the case the sentence would have; unchanged when it is an acronym. */
function sentenceCase(run: string, seen: ReturnType<typeof wordsSeen>): string {
	const words = run.split(/([ \u00a0]+)/u);
	if (!words.some((w) => w.length >= 3)) return run;
	const apostrophe = (w: string) => /['’]/u.test(w);
	const small = (w: string) => {
		const lower = w.toLowerCase();
		if (isFunctionWord(lower) || parseNumber(lower, 'en') !== null || parseNumber(lower, 'fr') !== null) return true;
		// ("GRANTS of more than…" where the text writes "grant" only.)
		return apostrophe(lower) ? new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(seen.text) : seen.words.has(lower) || (lower.length >= 5 && lower.endsWith('s') && seen.words.has(lower.slice(0, -1)) && !isFunctionWord(lower.slice(0, -1)));
	};
	if (!small(words[0])) return run;
	// A word the text capitalises inside a sentence keeps its capital ("A BRITISH man" → "A British man").
	const proper = (w: string) => {
		const cased = `${w.charAt(0)}${w.slice(1).toLowerCase()}`;
		return apostrophe(w) ? new RegExp(`[\\p{Ll},;:][ \\u00a0]+${cased}(?![\\p{L}])`, 'u').test(seen.text) : seen.capitalised.has(cased);
	};
	return words
		.map((w, i) => {
			if (/^[ \u00a0]+$/u.test(w)) return w;
			const lower = w.toLowerCase();
			const cased = proper(w) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
			return i === 0 ? cased.charAt(0).toUpperCase() + cased.slice(1) : cased;
		})
		.join('');
}

const SUPERSCRIPT_CLASS = `[${Object.keys(SUPERSCRIPT).join('')}]`;
const SUPERSCRIPT_ANY = new RegExp(SUPERSCRIPT_CLASS, 'u');
const SUPERSCRIPT_RUN = new RegExp(`(?<=[\\p{N}\\p{Lu}])${SUPERSCRIPT_CLASS}+`, 'gu');

/** Whether a “ opened in the paragraph before `at` is still open. */
function openQuote(text: string, at: number): boolean {
	const para = text.slice(text.lastIndexOf('\n', at) + 1, at);
	return para.lastIndexOf('“') > para.lastIndexOf('”');
}
// "Manuel de Araujo": a capitalised word right before "de" makes it a name's particle.
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]$/u;

/**
 * "177. 000 € HT", "(Région : 34. 266 €": a thousands dot followed by a stray space, as some
 * newsrooms' tools write sums. Read as two numbers and a sentence end, the answer is "000 €"; the
 * space goes when a currency, a percent sign or punctuation follows the group.
 */
export function repairNumberGroups(text: string): string {
	return text.replace(/(?<![\d.,])(\d{1,3})\.[ \u00a0](\d{3})(?=[ \u00a0\u202f]*(?:€|\$|£|%|euros?(?![\p{L}])|dollars?(?![\p{L}])|[,;:)]))/gu, '$1.$2');
}

/**
 * "…fermé depuis lundi.Une rançon…", "…he said.Naftali Bennett…": a page that lost the space after a
 * full stop glues two sentences into one, and every question on either copies the fault. The space
 * comes back between a word of three small letters or more, a number ("in 2011.This year") or a
 * currency's code ("3,2 CHF.Les"), and a capitalised word or an elided French opener ("L'année") (not
 * in an address: "www.site.Fr", "jean.Dupont@…").
 */
export function repairGluedSentences(text: string): string {
	return text
		// (Each pattern starts at the full stop and looks back: a look-behind first would run at every character.)
		// ("…de 3,2 CHF.Les résultats": a currency's code too; "…non-aériennes.L'année": an elided opener.)
		.replace(/\.(?<=(?<![\p{L}\p{N}@/.])(?:\p{Ll}{3,}|\d+|CHF|EUR|USD|GBP|XOF|XAF|FCFA|CAD|AUD|INR|KES|ZAR|NGN|MAD|TND|RWF|GNF|JPY)\.)(?=(?:\p{Lu}\p{Ll}+|[LDJCSNM]['’]\p{L}+|Qu['’]\p{L}+)(?![\p{L}\p{N}]*[@/.]\p{L}))/gu, '. ')
		// (After a name or an acronym, only before a word that opens sentences: "in Mindanao.This year",
		// "l’OTAN.Le", "Paris.L’enquête", not "Vite.Config" nor "USA.Today".)
		.replace(/\.(?<=(?<![\p{L}\p{N}@/.])(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,5})\.)(?=(\p{Lu}\p{Ll}*)(?:[\s\u00a0]|['’]\p{L}))/gu, (m, word: string) => (openers.has(word.toLowerCase()) ? '. ' : m))
		.replace(/([.!?…][\s\u00a0\u202f]*[»”])(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/**
 * "… par rapport à l'an dernier 1.", "… du rouble 2.", "… selon l'Insee 3.": footnote marks whose
 * superscript the page lost, left as bare numbers after a word at the ends of paragraphs, counting up
 * from 1 through the text, three at least. Each becomes a count to ask and stays in every prompt that
 * copies its sentence; they go. (Not after a little word or a noun that numbers things: "battu Lille
 * 2 à 1.", "en Ligue 1.", "la phase 3.", "world number 1.")
 */
export function dropFootnoteMarks(text: string): string {
	// (A count that happens to end a paragraph between them is passed over.)
	const run: RegExpMatchArray[] = [];
	for (const m of text.matchAll(FOOTNOTE_MARK)) if (Number(m[2]) === run.length + 1 && !NOT_BEFORE_FOOTNOTE.has(m[1].toLowerCase())) run.push(m);
	if (run.length < 3) return text;
	let out = '';
	let from = 0;
	for (const m of run) {
		out += text.slice(from, m.index! + m[1].length);
		from = m.index! + m[0].length;
	}
	return out + text.slice(from);
}
// A word, a space and a number of one or two digits before the full stop ending its paragraph.
const FOOTNOTE_MARK = /(?<![\p{L}])(\p{L}{2,})[ \u00a0](\d{1,2})(?=\.[ \u00a0\u202f]*(?:\n|$))/gu;
// Little words a number follows in a score or a sum, and nouns that number things.
const NOT_BEFORE_FOOTNOTE = new Set(
	('à au aux de du des en et ou le la les un une sur par pour contre moins plus sauf vs to of in on at by the and or an versus minus than from ' +
		'phase article étape stage week semaine journée matchday round tour ligue league division groupe group niveau level classé ranked numéro number no page chapitre chapter section saison season partie part acte act épisode episode tome volume grade catégorie category classe class type version édition edition zone secteur sector lot porte gate terminal quai platform voie lane salle room étage floor bloc block step jour day mois month year heure hour minute minutes point points set sets game games manche leg match').split(' ')
);

export function ingest(input: string, opts: EngineOptions = {}): Article {
	validateOptions(opts);
	checkInput(input);
	let text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
	let hints: IngestHints = {};
	const html = opts.format ? opts.format === 'html' : looksLikeHtml(text);
	if (html) {
		const page = htmlToArticle(text);
		if (!page.text.trim()) throw engineErrors.noText();
		text = page.text;
		hints = page;
	}
	// The page's slips are repaired in its text, once entities and tags are read.
	// (Which language's little words dominate is counted once for both repairs that need it.)
	const english = moreEnglish(text);
	text = dropFootnoteMarks(repairTypography(repairGluedSentences(repairNumberGroups(repairPossessives(text, english))), english));

	const { blocks, title, lead } = structure(text, null, opts.lang ?? (english ? 'en' : 'fr'));
	const contentBlocks = blocks.filter((b) => b.kind === 'content');
	if (!contentBlocks.length) throw engineErrors.noText();

	let lang: Lang;
	if (opts.lang) lang = opts.lang;
	else {
		let sample = '';
		for (const b of contentBlocks) {
			sample += text.slice(b.start, b.end) + '\n';
			if (sample.length >= 2000) break;
		}
		const found = detectLanguage(sample);
		if (!found.lang) throw engineErrors.unsupportedLanguage(found.detected);
		lang = found.lang;
	}
	// Numeric header dates depend on the language (05/03 is 5 March in French, May 3 in English):
	// read the metadata lines again now that it is known.
	const header: Header = { author: null, published: null, updated: null };
	for (const b of blocks) {
		if (b.kind !== 'metadata') continue;
		const line = text.slice(b.start, b.end);
		readMetadataPrefix(line, lang, header, true);
		header.author ??= bareBylineName(line, text);
	}

	const paragraphs: Span[] = contentBlocks.map((b) => ({ start: b.start, end: b.end }));
	const sentences = segmentSentences(text, lang, paragraphs);
	// Paragraph numbers say what a paragraph is: 0 the headline, 1 the standfirst, 2 on the body, so
	// a paste that starts with its lede has its lede at 2 (never taken for a headline nor a standfirst).
	// After a headline, the next paragraph keeps 1 (a standfirst, or a lede that opens like one).
	const standfirst = lead ?? (title ? contentBlocks[contentBlocks.indexOf(title as Block) + 1] : null);
	const numbers: number[] = contentBlocks.map((b) => (b === title ? 0 : b === standfirst ? 1 : -1));
	let body = 2;
	for (let k = 0; k < numbers.length; k++) if (numbers[k] < 0) numbers[k] = body++;
	for (const s of sentences) s.paragraph = numbers[s.paragraph];
	const removed = blocks
		.filter((b) => b.kind === 'removed')
		.map((b): RemovedRange => [b.start, b.end, b.reason ?? 'boilerplate']);
	const metadata = blocks.filter((b) => b.kind === 'metadata').map((b): [number, number] => [b.start, b.end]);
	const slice = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);

	return {
		text,
		title: slice(title) ?? hints.title ?? (opts.title?.trim() || null),
		lead: slice(lead),
		author: header.author ?? hints.author ?? null,
		published: header.published ?? hints.published ?? header.datelineDay ?? null,
		updated: header.updated ?? hints.updated ?? null,
		lang,
		removed,
		metadata,
		paragraphs,
		sentences
	};
}
