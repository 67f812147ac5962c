// The SQLite schema and its PostgreSQL twin describe the same tables: same columns (name, kind,
// nullability, default, key, uniqueness, enum), same primary keys, foreign keys (with their
// delete rule) and indexes. A change made to one file only fails here.
import { describe, expect, it } from 'vitest';
import { is } from 'drizzle-orm';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import * as sqlite from './schema';
import * as pg from './schema-pg';

// What each dialect's column types mean to the domain code (the values it reads and writes).
const KIND: Record<string, string> = {
	SQLiteText: 'text',
	PgText: 'text',
	SQLiteInteger: 'integer',
	PgInteger: 'integer',
	SQLiteReal: 'real',
	PgDoublePrecision: 'real',
	SQLiteTimestamp: 'time',
	PgTimestamp: 'time',
	SQLiteBoolean: 'boolean',
	PgBoolean: 'boolean',
	SQLiteTextJson: 'json',
	PgJsonb: 'json'
};

interface ColumnLike {
	name: string;
	columnType: string;
	notNull: boolean;
	primary: boolean;
	hasDefault: boolean;
	isUnique: boolean;
	enumValues?: string[];
}

function columns(list: ColumnLike[]) {
	return Object.fromEntries(
		list.map((c) => [c.name, { kind: KIND[c.columnType] ?? `unknown ${c.columnType}`, notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, unique: c.isUnique, enum: c.enumValues ?? null }])
	);
}

const names = (cols: { name: string }[]) => cols.map((c) => c.name);

interface ConfigLike {
	name: string;
	columns: unknown[];
	primaryKeys: { columns: { name: string }[] }[];
	foreignKeys: { onDelete?: string; reference(): { columns: { name: string }[]; foreignTable: unknown; foreignColumns: { name: string }[] } }[];
	indexes: { config: { name?: string; unique: boolean; columns: unknown[] } }[];
}

/** A table as the domain sees it, from either dialect's config (`nameOf` names a referenced table). */
function shape(t: ConfigLike, nameOf: (table: unknown) => string) {
	return {
		name: t.name,
		columns: columns(t.columns as ColumnLike[]),
		primaryKeys: t.primaryKeys.map((k) => names(k.columns)),
		foreignKeys: t.foreignKeys
			.map((fk) => {
				const r = fk.reference();
				return { columns: names(r.columns), table: nameOf(r.foreignTable), to: names(r.foreignColumns), onDelete: fk.onDelete ?? 'no action' };
			})
			.sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
		indexes: t.indexes
			.map((i) => ({ name: i.config.name ?? '', unique: i.config.unique, columns: (i.config.columns as { name: string }[]).map((c) => c.name) }))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
}

const describeSqlite = (table: SQLiteTable) => shape(sqliteConfig(table) as unknown as ConfigLike, (t) => sqliteConfig(t as SQLiteTable).name);
const describePg = (table: PgTable) => shape(pgConfig(table) as unknown as ConfigLike, (t) => pgConfig(t as PgTable).name);

const sqliteTables = Object.entries(sqlite).filter(([, v]) => is(v, SQLiteTable)) as [string, SQLiteTable][];
const pgTables = Object.entries(pg).filter(([, v]) => is(v, PgTable)) as [string, PgTable][];

describe('the SQLite and PostgreSQL schemas', () => {
	it('export the same tables under the same names', () => {
		expect(pgTables.map(([k]) => k).sort()).toEqual(sqliteTables.map(([k]) => k).sort());
		expect(sqliteTables.length).toBeGreaterThanOrEqual(16);
	});

	it.each(sqliteTables.map(([k]) => k))('describe %s the same way', (key) => {
		const a = describeSqlite(sqlite[key as keyof typeof sqlite] as SQLiteTable);
		const b = describePg(pg[key as keyof typeof pg] as PgTable);
		expect(Object.values(a.columns).some((c) => c.kind.startsWith('unknown'))).toBe(false);
		expect(b).toEqual(a);
	});

	it('would notice a column that differs', () => {
		const a = describeSqlite(sqlite.cards);
		const b = describePg(pg.cards);
		b.columns.due = { ...b.columns.due, notNull: false };
		expect(b).not.toEqual(a);
	});
});
