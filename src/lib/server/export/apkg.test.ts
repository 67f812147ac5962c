// Proves the Anki export against the collection format as Anki's own source defines it
// (ankitects/anki: rslib/src/storage/schema11.sql; notetype/, decks/ and deckconfig/schema11.rs for
// the JSON in col; notes/mod.rs and text.rs for the sort field, checksum and guid; notetype/stock.rs
// for the templates). The fixture set is exported, unzipped, and its collection opened with
// better-sqlite3. Checksums marked "by hand" were computed outside this code (sha1sum).
import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { unzipSync, strFromU8 } from 'fflate';
import { download } from '$lib/server/http';
import { changeQuestionStatus } from '$lib/server/services/question-sets';
import { exportSet } from '$lib/server/services/set-transfer';
import { addUser, seedWorld } from '$lib/server/services/quiz-fixture';
import { ankiNote, ankiStripHtml, base91, BASIC_MODEL_ID, CLOZE_MODEL_ID, deckName, fieldChecksum, noteGuid, questionsApkg } from './apkg';
import { first, type WorkResult } from '$lib/server/db/store';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';

describe.each(DIALECTS)('apkg export on %s', (dialect) => {
	const store = freshStore(dialect);

	let w: WorkResult<ReturnType<typeof seedWorld>>;
	const now = new Date('2025-03-01T10:00:00Z');
	const NOW_MS = now.getTime();
	const NOW_S = NOW_MS / 1000;

	beforeEach(async () => {
		w = await store().write((tx) => seedWorld(tx));
	});

	type Row = Record<string, unknown>;
	interface Note {
		id: number;
		guid: string;
		mid: number;
		mod: number;
		usn: number;
		tags: string;
		flds: string;
		sfld: string | number;
		csum: number;
		flags: number;
		data: string;
	}
	interface Card {
		id: number;
		nid: number;
		did: number;
		ord: number;
		type: number;
		queue: number;
		due: number;
	}

	/** Unzips an .apkg and opens its collection (from the bytes, in memory). */
	function open(bytes: Uint8Array) {
		const files = unzipSync(bytes);
		const col = new Database(Buffer.from(files['collection.anki2']), { readonly: true });
		return { files, col };
	}

	async function exportFixture() {
		const file = (await exportSet(store(), w.teacher, w.setId, 'apkg', now))!;
		expect(file.body).toBeInstanceOf(Uint8Array);
		return open(file.body);
	}

	const columns = (col: Database.Database, table: string) =>
		(col.prepare(`pragma table_info(${table})`).all() as { name: string; type: string; notnull: number; pk: number }[]).map((c) => `${c.name} ${c.type.toLowerCase()}${c.pk ? ' pk' : c.notnull ? ' not null' : ''}`);

	describe('Anki’s field checksum, sort field and guid', () => {
		it('takes the first 8 hex digits of the SHA-1 of the stripped first field', async () => {
			// sha1("Hello") = f7ff9e8b7bb2…, by hand: 0xf7ff9e8b = 4160724619.
			expect(fieldChecksum('Hello')).toBe(4160724619);
			// By hand: sha1 = daa903b6…
			expect(fieldChecksum('Le traité a été signé le {{c1::17 janvier 2025}}.')).toBe(0xdaa903b6);
		});

		it('strips tags with nothing in their place, then decodes entities, as text.rs does', async () => {
			expect(ankiStripHtml('<div class="prompt">a &amp; b</div>\n<ul><li>x&nbsp;y</li></ul>')).toBe('a & b\nx y');
			expect(ankiStripHtml('so<SCRIPT>t<b>e</b>st</script>me<!-- gone -->')).toBe('some');
			expect(ankiStripHtml('&lt;b&gt; &#233;&#x e9;')).toBe('<b> é&#x e9;');
			expect(ankiStripHtml('  plain  ')).toBe('  plain  ');
		});

		it('writes guids in Anki’s base 91, stable per question', async () => {
			expect(base91(1n)).toBe('b');
			expect(base91(91n * 91n + 5n)).toBe('baf');
			expect(base91(2n ** 64n - 1n)).toBe('Rj&Z5m[>Zp');
			expect(noteGuid('q1')).toBe(noteGuid('q1'));
			expect(noteGuid('q1')).not.toBe(noteGuid('q2'));
			expect(noteGuid('q1')).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
		});
	});

	describe('the .apkg of a set', () => {
		it('is a zip of collection.anki2 and an empty media map, offered to the owner only', async () => {
			expect(await exportSet(store(), await store().write((tx) => addUser(tx, 'teacher', 'Bob')), w.setId, 'apkg')).toBeNull();
			const file = (await exportSet(store(), w.teacher, w.setId, 'apkg', now))!;
			expect(file).toMatchObject({ filename: 'russie-iran.apkg', contentType: 'application/octet-stream' });
			const { files } = open(file.body);
			expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
			expect(strFromU8(files.media)).toBe('{}');
			// A SQLite file, not zstd (a package without `meta` is read as legacy, uncompressed).
			expect(strFromU8(files['collection.anki2'].slice(0, 16))).toBe('SQLite format 3\0');
			// The temporary collection file is gone.
			expect(readdirSync(tmpdir()).filter((name) => name.startsWith('lectio-apkg-'))).toEqual([]);
		});

		it('goes out over HTTP as the same bytes', async () => {
			const file = (await exportSet(store(), w.teacher, w.setId, 'apkg', now))!;
			const response = download(file);
			expect(response.headers.get('content-disposition')).toBe('attachment; filename="russie-iran.apkg"');
			expect(new Uint8Array(await response.arrayBuffer())).toEqual(file.body);
		});

		it('holds the tables of schema11.sql, with their columns and indexes, and one col row at version 11', async () => {
			const { col } = await exportFixture();
			const tables = (col.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name);
			expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
			expect(columns(col, 'col')).toEqual([
				'id integer pk',
				'crt integer not null',
				'mod integer not null',
				'scm integer not null',
				'ver integer not null',
				'dty integer not null',
				'usn integer not null',
				'ls integer not null',
				'conf text not null',
				'models text not null',
				'decks text not null',
				'dconf text not null',
				'tags text not null'
			]);
			expect(columns(col, 'notes')).toEqual([
				'id integer pk',
				'guid text not null',
				'mid integer not null',
				'mod integer not null',
				'usn integer not null',
				'tags text not null',
				'flds text not null',
				'sfld integer not null',
				'csum integer not null',
				'flags integer not null',
				'data text not null'
			]);
			expect(columns(col, 'cards').map((c) => c.split(' ')[0])).toEqual(['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags', 'data']);
			expect(columns(col, 'cards').at(-1)).toBe('data text not null');
			expect(columns(col, 'revlog').map((c) => c.split(' ')[0])).toEqual(['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type']);
			expect(columns(col, 'graves')).toEqual(['usn integer not null', 'oid integer not null', 'type integer not null']);
			const indexes = (col.prepare("select name from sqlite_master where type = 'index' order by name").all() as { name: string }[]).map((i) => i.name);
			expect(indexes).toEqual(['ix_cards_nid', 'ix_cards_sched', 'ix_cards_usn', 'ix_notes_csum', 'ix_notes_usn', 'ix_revlog_cid', 'ix_revlog_usn']);
			const row = col.prepare('select * from col').all() as Row[];
			expect(row).toHaveLength(1);
			expect(row[0]).toMatchObject({ id: 1, ver: 11, mod: NOW_MS, scm: NOW_MS, dty: 0, usn: 0, ls: 0, tags: '{}' });
			expect(JSON.parse(row[0].conf as string)).toMatchObject({ curModel: BASIC_MODEL_ID, nextPos: 7, sortType: 'noteFld' });
			expect(col.prepare('select count(*) as n from revlog').get()).toEqual({ n: 0 });
			expect(col.prepare('select count(*) as n from graves').get()).toEqual({ n: 0 });
		});

		it('defines a basic and a cloze note type with the keys NotetypeSchema11 requires', async () => {
			const { col } = await exportFixture();
			const models = JSON.parse((col.prepare('select models from col').get() as { models: string }).models);
			expect(Object.keys(models).sort()).toEqual([String(BASIC_MODEL_ID), String(CLOZE_MODEL_ID)]);
			for (const [id, m] of Object.entries(models) as [string, Row][]) {
				// Required (no serde default) in notetype/schema11.rs: id, name, type, mod, usn, sortf, did, tmpls, flds, css.
				for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(m).toHaveProperty(key);
				expect(m.id).toBe(Number(id));
				expect(m.sortf).toBe(0);
				for (const f of m.flds as Row[]) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size']) expect(f).toHaveProperty(key);
				for (const t of m.tmpls as Row[]) for (const key of ['name', 'ord', 'qfmt', 'afmt']) expect(t).toHaveProperty(key);
			}
			const basic = models[BASIC_MODEL_ID];
			expect(basic.type).toBe(0);
			expect(basic.flds.map((f: Row) => [f.name, f.ord])).toEqual([['Front', 0], ['Back', 1]]);
			expect(basic.tmpls).toHaveLength(1);
			expect(basic.tmpls[0]).toMatchObject({ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' });
			expect(basic.req).toEqual([[0, 'any', [0]]]);
			const cloze = models[CLOZE_MODEL_ID];
			expect(cloze.type).toBe(1);
			expect(cloze.flds.map((f: Row) => [f.name, f.ord])).toEqual([['Text', 0], ['Back Extra', 1]]);
			expect(cloze.tmpls).toHaveLength(1);
			expect(cloze.tmpls[0]).toMatchObject({ name: 'Cloze', ord: 0, qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' });
			expect(cloze.css).toContain('.cloze');
		});

		it('writes one note per approved question, each with its fields, sort field and checksum', async () => {
			await changeQuestionStatus(store(), w.teacher, w.setId, w.q.short, 'reject', now);
			const { col } = await exportFixture();
			const notes = col.prepare('select * from notes order by id').all() as Note[];
			expect(notes).toHaveLength(5);
			expect(notes.map((n) => n.mid)).toEqual([BASIC_MODEL_ID, CLOZE_MODEL_ID, BASIC_MODEL_ID, BASIC_MODEL_ID, BASIC_MODEL_ID]);
			expect(new Set(notes.map((n) => n.guid)).size).toBe(5);
			for (const n of notes) {
				const fields = n.flds.split('\x1f');
				expect(fields).toHaveLength(2);
				// notes/mod.rs: sort field (sortf 0) and checksum both come from the stripped first field.
				expect(String(n.sfld)).toBe(ankiStripHtml(fields[0]));
				expect(n.csum).toBe(fieldChecksum(ankiStripHtml(fields[0])));
				expect(n).toMatchObject({ mod: NOW_S, usn: 0, tags: '', flags: 0, data: '' });
			}
			const [mcq, cloze, truefalse, order, number] = notes.map((n) => n.flds.split('\x1f'));

			// Multiple choice: the prompt and the choices as a list; the answer, the evidence, the source.
			expect(mcq[0]).toBe('<div class="prompt">Où le traité a-t-il été signé ?</div>\n<ul class="choices"><li>Téhéran</li>\n<li>Moscou</li>\n<li>Bakou</li>\n<li>Minsk</li></ul>');
			expect(notes[0].sfld).toBe('Où le traité a-t-il été signé ?\nTéhéran\nMoscou\nBakou\nMinsk');
			expect(notes[0].csum).toBe(4217185850); // by hand: sha1 of that sort field starts fb5d263a
			expect(mcq[1]).toBe(
				'<div class="answer">Moscou</div>\n<blockquote class="evidence">Le 17 janvier, Vladimir Poutine et Massoud Pezeshkian ont signé à Moscou un traité de 20 ans.</blockquote>\n<div class="source">Source : Russie-Iran</div>'
			);

			// Cloze: the blank becomes {{c1::answer}}; evidence and source in Back Extra.
			expect(cloze[0]).toBe('Le traité a été signé le {{c1::17 janvier 2025}}.');
			expect(notes[1].csum).toBe(3668509622); // by hand: sha1 starts daa903b6
			expect(cloze[1]).toContain('<blockquote class="evidence">Le 17 janvier');
			expect(cloze[1]).toContain('Source : Russie-Iran');

			expect(truefalse[0]).toContain('<li>Vrai</li>\n<li>Faux</li>');
			expect(truefalse[1]).toMatch(/^<div class="answer">Faux<\/div>/);
			// Order: the items as shown, and on the back in their right order.
			expect(order[0]).toContain('<li>b</li>\n<li>c</li>\n<li>a</li>');
			expect(order[1]).toMatch(/^<div class="answer">a → b → c<\/div>/);
			expect(number[0]).toContain('Pour combien d’années ?');
			expect(notes.some((n) => n.flds.includes('Qui a signé pour la Russie'))).toBe(false);
		});

		it('gives one new card per basic note and per cloze number, all in the deck named after the set', async () => {
			const { col } = await exportFixture();
			const decks = JSON.parse((col.prepare('select decks from col').get() as { decks: string }).decks);
			const ours = Object.values(decks as Record<string, Row>).filter((d) => d.id !== 1);
			expect(ours).toHaveLength(1);
			const deck = ours[0];
			// Required in decks/schema11.rs: id, name, usn, the four *Today pairs, collapsed, dyn, conf.
			expect(deck).toMatchObject({ name: 'Russie-Iran', dyn: 0, conf: 1, usn: 0, collapsed: false, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0] });
			expect(Object.keys(decks)).toContain(String(deck.id));
			const dconf = JSON.parse((col.prepare('select dconf from col').get() as { dconf: string }).dconf);
			// deckconfig/schema11.rs requires these; deck.conf must name one.
			expect(dconf['1']).toMatchObject({ id: 1, name: 'Default', maxTaken: 60, autoplay: true, timer: 0 });
			for (const key of ['delays', 'initialFactor', 'ints', 'order', 'perDay']) expect(dconf['1'].new).toHaveProperty(key);
			for (const key of ['ease4', 'ivlFct', 'maxIvl', 'perDay']) expect(dconf['1'].rev).toHaveProperty(key);
			for (const key of ['delays', 'leechAction', 'leechFails', 'minInt', 'mult']) expect(dconf['1'].lapse).toHaveProperty(key);

			const notes = col.prepare('select id, mid, flds from notes order by id').all() as Note[];
			const cards = col.prepare('select * from cards order by id').all() as Card[];
			expect(cards).toHaveLength(6);
			expect(new Set(cards.map((c) => c.did))).toEqual(new Set([deck.id]));
			for (const n of notes) {
				const own = cards.filter((c) => c.nid === n.id);
				if (n.mid === BASIC_MODEL_ID) expect(own.map((c) => c.ord)).toEqual([0]);
				else {
					const clozeNumbers = [...new Set([...n.flds.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))];
					expect(own.map((c) => c.ord + 1)).toEqual(clozeNumbers);
				}
			}
			// New cards (type 0, queue 0), due in the set's order.
			expect(cards.map((c) => [c.type, c.queue, c.due])).toEqual([1, 2, 3, 4, 5, 6].map((due) => [0, 0, due]));
			// The note types' last deck is this one.
			const models = JSON.parse((col.prepare('select models from col').get() as { models: string }).models);
			expect(models[BASIC_MODEL_ID].did).toBe(deck.id);
		});

		it('keeps each question’s guid from one export to the next, so Anki updates rather than duplicates', async () => {
			const guids = async (at: Date) => {
				const { col } = open((await exportSet(store(), w.teacher, w.setId, 'apkg', at))!.body);
				return (col.prepare('select guid from notes order by id').all() as { guid: string }[]).map((n) => n.guid);
			};
			const first = await guids(now);
			expect(await guids(new Date('2025-04-01T10:00:00Z'))).toEqual(first);
			expect(first[0]).toBe(noteGuid(w.q.mcq));
		});
	});

	describe('notes from unusual questions', () => {
		const source = { deck: 'A::B', articleTitle: 'R&D <news>', sourceUrl: 'https://example.org/a?x=1&y=2', lang: 'en' as const };
		const base = { id: 'x', answerValue: '', choices: [] as string[], evidenceText: '' };

		it('escapes HTML, keeps the sort field as Anki would strip it, and links the source', async () => {
			const note = ankiNote({ ...base, type: 'short', prompt: 'Is 1 < 2 & "3" > 2?', answer: '<yes>' }, source);
			expect(note.fields[0]).toBe('<div class="prompt">Is 1 &lt; 2 &amp; &quot;3&quot; &gt; 2?</div>');
			expect(ankiStripHtml(note.fields[0])).toBe('Is 1 < 2 & "3" > 2?');
			expect(note.fields[1]).toBe('<div class="answer">&lt;yes&gt;</div>\n<div class="source">Source: <a href="https://example.org/a?x=1&amp;y=2">R&amp;D &lt;news&gt;</a></div>');
		});

		it('drops control characters (the field separator above all) and keeps text in NFC', async () => {
			const note = ankiNote({ ...base, type: 'short', prompt: 'a\x1fb\u0065\u0301', answer: 'c' }, source);
			expect(note.fields[0]).toBe('<div class="prompt">abé</div>');
		});

		it('makes a cloze without a blank end with its deletion, and keeps :: and }} in the answer from breaking it', async () => {
			const note = ankiNote({ ...base, type: 'cloze', prompt: 'Signed in', answer: 'a::b}}' }, source);
			expect(note.fields[0]).toBe('Signed in {{c1::a:&#58;b}&#125;}}');
			expect(note.ords).toEqual([0]);
			expect(ankiNote({ ...base, type: 'cloze', prompt: 'Empty ____', answer: ' ' }, source).ords).toEqual([0]);
			expect(ankiNote({ ...base, type: 'cloze', prompt: 'Empty ____', answer: ' ' }, source).fields[0]).toContain('class="prompt"');
		});

		it('names one deck, not a path, and writes an empty set as an empty collection', async () => {
			expect(deckName(' A::B ')).toBe('A:B');
			expect(deckName('   ')).toBe('Lectio');
			const { col } = open(questionsApkg([], source, now));
			expect(col.prepare('select count(*) as n from notes').get()).toEqual({ n: 0 });
			expect(Object.values(JSON.parse((col.prepare('select decks from col').get() as { decks: string }).decks)).map((d) => (d as Row).name)).toContain('A:B');
		});
	});
});
