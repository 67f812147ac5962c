// The PostgreSQL migrations (drizzle/pg/, generated from schema-pg.ts) applied to a real
// PostgreSQL server build the tables the SQLite schema describes: same tables, columns with the
// matching types, nullability and defaults, the same indexes and foreign keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqlite from './schema';
import { startPostgres, type TestPostgres } from '../../../../tests/support/postgres';

// The PostgreSQL type each SQLite column kind becomes (schema-pg.ts).
const PG_TYPE: Record<string, string> = {
	SQLiteText: 'text',
	SQLiteInteger: 'integer',
	SQLiteReal: 'double precision',
	SQLiteTimestamp: 'timestamp with time zone',
	SQLiteBoolean: 'boolean',
	SQLiteTextJson: 'jsonb'
};

const tables = (Object.values(sqlite) as unknown[]).filter((v) => is(v, SQLiteTable)).map((t) => getTableConfig(t as SQLiteTable));

let pg: TestPostgres;
const rows = (sql: string) =>
	pg
		.psql(sql, 'lectio')
		.split('\n')
		.filter(Boolean)
		.map((l) => l.split('|'));

beforeAll(() => {
	pg = startPostgres();
	pg.psql('create database lectio');
	const journal = JSON.parse(readFileSync('drizzle/pg/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
	for (const { tag } of journal.entries) pg.psql(readFileSync(`drizzle/pg/${tag}.sql`, 'utf8'), 'lectio');
}, 60_000);

afterAll(() => pg?.stop());

describe('the PostgreSQL migrations on a real server', () => {
	it('create every table of the schema, and no other', () => {
		const names = rows("select table_name from information_schema.tables where table_schema = 'public' order by 1").map(([n]) => n);
		expect(names).toEqual(tables.map((t) => t.name).sort());
	});

	it('give every column its type, nullability and default', () => {
		const got = new Map(
			rows(
				"select table_name, column_name, data_type, is_nullable, (column_default is not null or is_identity = 'YES') from information_schema.columns where table_schema = 'public'"
			).map(([t, c, type, nullable, hasDefault]) => [`${t}.${c}`, { type, notNull: nullable === 'NO', hasDefault: hasDefault === 't' }])
		);
		const want = new Map(tables.flatMap((t) => t.columns.map((c) => [`${t.name}.${c.name}`, { type: PG_TYPE[c.columnType], notNull: c.notNull, hasDefault: c.hasDefault }])));
		expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
	});

	it('create the same indexes and foreign keys (with their delete rule)', () => {
		const indexes = new Set(rows("select indexname from pg_indexes where schemaname = 'public'").map(([n]) => n));
		for (const t of tables) for (const i of t.indexes) expect(indexes, i.config.name).toContain(i.config.name);
		const foreign = rows("select conrelid::regclass::text, confrelid::regclass::text, confdeltype from pg_constraint where contype = 'f'")
			.map(([from, to, del]) => `${from}→${to}:${del === 'c' ? 'cascade' : del}`)
			.sort();
		const expected = tables
			.flatMap((t) => t.foreignKeys.map((fk) => `${t.name}→${getTableConfig(fk.reference().foreignTable).name}:${fk.onDelete ?? 'a'}`))
			.sort();
		expect(foreign).toEqual(expected);
	});

	it('keep the rules the domain relies on: one attempt per student and assignment, cascades on delete', () => {
		pg.psql(
			`insert into users (id, email, password_hash, display_name, role) values ('t', 't@x', 'h', 'T', 'teacher'), ('s', 's@x', 'h', 'S', 'student');
			 insert into articles (id, owner_id, original_input, clean_text, lang) values ('a', 't', 'x', 'x', 'en');
			 insert into question_sets (id, owner_id, article_id, title, lang) values ('q', 't', 'a', 'Set', 'en');
			 insert into classes (id, teacher_id, name, join_code) values ('c', 't', 'Class', 'JOIN1');
			 insert into assignments (id, set_id, class_id) values ('as', 'q', 'c');
			 insert into quiz_attempts (id, assignment_id, student_id, started_at) values ('at1', 'as', 's', now());`,
			'lectio'
		);
		expect(() => pg.psql("insert into quiz_attempts (id, assignment_id, student_id, started_at) values ('at2', 'as', 's', now())", 'lectio')).toThrow(/duplicate key/);
		pg.psql("delete from users where id = 't'", 'lectio');
		expect(rows('select count(*) from quiz_attempts')).toEqual([['0']]);
		expect(rows('select count(*) from users')).toEqual([['1']]);
	});
});
