// A question set as an Anki package (.apkg): a zip holding `collection.anki2`, a SQLite collection in
// Anki's legacy schema 11 (the one every Anki version imports: Anki reads a package without a `meta`
// entry as "legacy 1" and upgrades its collection), and `media`, the JSON map of media files (none).
//
// The format follows Anki's own source (ankitects/anki): rslib/src/storage/schema11.sql for the
// tables; rslib/src/notetype/schema11.rs, decks/schema11.rs and deckconfig/schema11.rs for the JSON
// kept in col.models, col.decks and col.dconf (every key they require without a default is written);
// rslib/src/notes/mod.rs for a note's sort field, checksum and guid; rslib/src/text.rs for the HTML
// stripping both are computed from; notetype/stock.rs for the Basic and Cloze templates.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { ExportQuestion } from './formats';
import { orderItemsInAnswerOrder } from '$lib/engine/questions/order';

export type ApkgQuestion = ExportQuestion & { id: string };

export interface ApkgSource {
	/** The deck's name: the set's title. */
	deck: string;
	/** The article the questions come from, named on the back of every card. */
	articleTitle: string;
	sourceUrl?: string | null;
	lang: 'en' | 'fr';
}

/** Anki separates a note's fields with the unit separator (0x1f). */
export const FIELD_SEPARATOR = '\x1f';
/** Fixed note type ids, so a second export of any set reuses the note types a first one brought in. */
export const BASIC_MODEL_ID = 1_704_067_200_001;
export const CLOZE_MODEL_ID = 1_704_067_200_002;
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

// ---------------------------------------------------------------- schema 11

const SCHEMA_11 = `
create table col (
	id integer primary key, crt integer not null, mod integer not null, scm integer not null,
	ver integer not null, dty integer not null, usn integer not null, ls integer not null,
	conf text not null, models text not null, decks text not null, dconf text not null, tags text not null
);
create table notes (
	id integer primary key, guid text not null, mid integer not null, mod integer not null,
	usn integer not null, tags text not null, flds text not null, sfld integer not null,
	csum integer not null, flags integer not null, data text not null
);
create table cards (
	id integer primary key, nid integer not null, did integer not null, ord integer not null,
	mod integer not null, usn integer not null, type integer not null, queue integer not null,
	due integer not null, ivl integer not null, factor integer not null, reps integer not null,
	lapses integer not null, left integer not null, odue integer not null, odid integer not null,
	flags integer not null, data text not null
);
create table revlog (
	id integer primary key, cid integer not null, usn integer not null, ease integer not null,
	ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
	type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

// ---------------------------------------------------------------- fields, checksum, guid

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Anki's strip_html_preserving_media_filenames for the HTML written here (no media tags): comments,
 * style and script blocks and every tag go, with nothing in their place; then, if an '&' is left,
 * entities are decoded and non-breaking spaces become spaces. No trimming.
 */
export function ankiStripHtml(html: string): string {
	const bare = html.replace(/<!--[\s\S]*?-->|<style[\s\S]*?>[\s\S]*?<\/style>|<script[\s\S]*?>[\s\S]*?<\/script>|<[\s\S]*?>/gi, '');
	if (!bare.includes('&')) return bare;
	return bare
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
				return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\u00a0/g, ' ');
}

/** Anki's field_checksum: the first 4 bytes of the SHA-1 of the stripped first field, big-endian (the first 8 hex digits). */
export function fieldChecksum(stripped: string): number {
	return parseInt(createHash('sha1').update(stripped, 'utf8').digest('hex').slice(0, 8), 16);
}

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** Anki's guid encoding: a 64-bit number in base 91, most significant digit first. */
export function base91(n: bigint): string {
	let out = '';
	for (let rest = n; rest > 0n; rest /= 91n) out = BASE91[Number(rest % 91n)] + out;
	return out;
}

/**
 * Anki draws a random 64-bit number; ours comes from the question's id, so exporting the set again
 * gives the same guids and Anki updates the notes it already has instead of adding copies.
 */
export function noteGuid(questionId: string): string {
	return base91(createHash('sha1').update(`lectio:${questionId}`).digest().readBigUInt64BE(0)) || 'a';
}

/** What Anki does to a field before saving it: control characters other than tab and newline go (0x1f above all), text in NFC. */
const cleanField = (s: string) => s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').normalize('NFC');

// ---------------------------------------------------------------- notes

const WITH_CHOICES = new Set(['mcq', 'truefalse', 'whosaid', 'order']);
const BLANK = /_{3,}/;

export interface AnkiNote {
	modelId: number;
	fields: string[];
	/** Card ordinals: 0 for a basic note, cloze number − 1 for each cloze of a cloze note. */
	ords: number[];
}

function backMatter(q: ApkgQuestion, source: ApkgSource): string[] {
	const label = source.lang === 'fr' ? 'Source : ' : 'Source: ';
	const title = escapeHtml(source.articleTitle);
	const link = source.sourceUrl && /^https?:\/\//i.test(source.sourceUrl) ? `<a href="${escapeHtml(source.sourceUrl)}">${title}</a>` : title;
	return [...(q.evidenceText.trim() ? [`<blockquote class="evidence">${escapeHtml(q.evidenceText.trim())}</blockquote>`] : []), `<div class="source">${label}${link}</div>`];
}

/** `{{c1::…}}` would end early at a `}}` or split at a `::` (a hint) inside the answer. */
const clozeSafe = (s: string) => escapeHtml(s).replace(/}}/g, '}&#125;').replace(/::/g, ':&#58;');

/** One note per question: a cloze note for a cloze question with an answer, a basic one otherwise. */
export function ankiNote(q: ApkgQuestion, source: ApkgSource): AnkiNote {
	if (q.type === 'cloze' && q.answer.trim()) {
		const deletion = `{{c1::${clozeSafe(q.answer.trim())}}}`;
		const [before, after] = q.prompt.split(BLANK, 2);
		const text = after === undefined ? `${escapeHtml(q.prompt.trim())} ${deletion}` : `${escapeHtml(before)}${deletion}${escapeHtml(after)}`;
		const fields = [text, backMatter(q, source).join('\n')].map(cleanField);
		const ords = [...new Set([...fields[0].matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))].sort((a, b) => a - b);
		return { modelId: CLOZE_MODEL_ID, fields, ords };
	}
	// One newline between the prompt and each choice: the sort field reads "prompt\nchoice\nchoice".
	const front = [`<div class="prompt">${escapeHtml(q.prompt.trim())}</div>`];
	if (WITH_CHOICES.has(q.type) && q.choices.length) front.push(`<ul class="choices">${q.choices.map((c) => `<li>${escapeHtml(c)}</li>`).join('\n')}</ul>`);
	const answer = q.type === 'order' ? orderItemsInAnswerOrder(q).join(' → ') : q.answer;
	const back = [`<div class="answer">${escapeHtml(answer)}</div>`, ...backMatter(q, source)];
	return { modelId: BASIC_MODEL_ID, fields: [front.join('\n'), back.join('\n')].map(cleanField), ords: [0] };
}

// ---------------------------------------------------------------- note types, deck, configuration

const CSS = `.card {
 font-family: arial;
 font-size: 20px;
 text-align: center;
 color: black;
 background-color: white;
}
.choices, .evidence { text-align: left; display: inline-block; }
.evidence { font-style: italic; }
.source { font-size: 0.8em; opacity: 0.8; }
`;
const CLOZE_CSS = `${CSS}.cloze {
 font-weight: bold;
 color: blue;
}
.nightMode .cloze {
 color: lightblue;
}
`;
const LATEX_PRE =
	'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';
const LATEX_POST = '\\end{document}';

const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
const template = (name: string, qfmt: string, afmt: string) => ({ name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 });

function noteTypes(deckId: number, mod: number) {
	const common = { mod, usn: 0, sortf: 0, did: deckId, latexPre: LATEX_PRE, latexPost: LATEX_POST, latexsvg: false, tags: [], vers: [] };
	return {
		[BASIC_MODEL_ID]: {
			...common,
			id: BASIC_MODEL_ID,
			name: 'Lectio',
			type: 0,
			css: CSS,
			flds: [field('Front', 0), field('Back', 1)],
			tmpls: [template('Card 1', '{{Front}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}')],
			// Card 1 needs any of field 0 (Front) filled in.
			req: [[0, 'any', [0]]]
		},
		[CLOZE_MODEL_ID]: {
			...common,
			id: CLOZE_MODEL_ID,
			name: 'Lectio Cloze',
			type: 1,
			css: CLOZE_CSS,
			flds: [field('Text', 0), field('Back Extra', 1)],
			tmpls: [template('Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}')]
		}
	};
}

const deck = (id: number, name: string, mod: number) => ({
	id,
	mod,
	name,
	usn: 0,
	lrnToday: [0, 0],
	revToday: [0, 0],
	newToday: [0, 0],
	timeToday: [0, 0],
	collapsed: false,
	browserCollapsed: false,
	desc: '',
	dyn: 0,
	conf: DEFAULT_CONF_ID,
	extendNew: 0,
	extendRev: 0
});

const DECK_CONF = {
	id: DEFAULT_CONF_ID,
	mod: 0,
	name: 'Default',
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, separate: true },
	rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2, fuzz: 0.05, minSpace: 1 },
	lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
};

/** "::" nests decks in Anki: a set's title names one deck, not a path. */
export const deckName = (title: string) => title.replace(/\s+/g, ' ').replace(/::+/g, ':').trim() || 'Lectio';

// ---------------------------------------------------------------- the package

/** Writes the collection into a temporary file with better-sqlite3, then zips it with its (empty) media map. */
export function questionsApkg(questions: ApkgQuestion[], source: ApkgSource, now = new Date()): Uint8Array {
	const ms = now.getTime();
	const secs = Math.floor(ms / 1000);
	const deckId = ms;
	const notes = questions.map((q) => ({ q, note: ankiNote(q, source) }));
	const dir = mkdtempSync(join(tmpdir(), 'lectio-apkg-'));
	const path = join(dir, 'collection.anki2');
	try {
		const db = new Database(path);
		try {
			db.exec(SCHEMA_11);
			const conf = {
				activeDecks: [deckId],
				curDeck: deckId,
				newSpread: 0,
				collapseTime: 1200,
				timeLim: 0,
				estTimes: true,
				dueCounts: true,
				curModel: BASIC_MODEL_ID,
				nextPos: notes.length + 1,
				sortType: 'noteFld',
				sortBackwards: false,
				addToCur: true
			};
			const decks = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', 0), [deckId]: deck(deckId, deckName(source.deck), secs) };
			db.prepare('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
				Math.floor(secs / 86400) * 86400,
				ms,
				ms,
				JSON.stringify(conf),
				JSON.stringify(noteTypes(deckId, secs)),
				JSON.stringify(decks),
				JSON.stringify({ [DEFAULT_CONF_ID]: DECK_CONF }),
				'{}'
			);
			const addNote = db.prepare("insert into notes values (?, ?, ?, ?, 0, '', ?, ?, ?, 0, '')");
			const addCard = db.prepare("insert into cards values (?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
			let cardId = ms;
			db.transaction(() => {
				notes.forEach(({ q, note }, i) => {
					const noteId = ms + i;
					// The sort field is field 0 (sortf), so the checksum and sort field come from the same text.
					const stripped = ankiStripHtml(note.fields[0]);
					addNote.run(noteId, noteGuid(q.id), note.modelId, secs, note.fields.join(FIELD_SEPARATOR), stripped, fieldChecksum(stripped));
					// New cards: due is the position in the new queue, in the set's order.
					for (const ord of note.ords) addCard.run(cardId++, noteId, deckId, ord, secs, i + 1);
				});
			})();
		} finally {
			db.close();
		}
		return zipSync({ 'collection.anki2': new Uint8Array(readFileSync(path)), media: strToU8('{}') });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
