import { describe, it, expect } from 'vitest';
import { openDatabase } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
import { insertMany } from './facts';

describe('facts repository', () => {
	it('writes many facts with their extra fields as JSON, inside a transaction that can roll them back', () => {
		const db = openDatabase(':memory:');
		db.insert(s.users).values({ id: 'u', email: 'u@x.org', passwordHash: 'x', displayName: 'U', role: 'teacher' }).run();
		db.insert(s.articles).values({ id: 'a', ownerId: 'u', originalInput: 'x', cleanText: 'x', lang: 'fr' }).run();
		const row = (i: number) => ({ id: `f${i}`, articleId: 'a', engineId: `date-${i}`, type: 'date', value: '2025-01-17', text: '17 janvier', start: i, end: i + 10, sentence: 0, extra: { event: 'signature', n: i } });
		db.transaction(() => insertMany(db, [row(1), row(2)]));
		expect(db.select().from(s.facts).all().map((f) => f.extra)).toEqual([{ event: 'signature', n: 1 }, { event: 'signature', n: 2 }]);
		expect(() =>
			db.transaction(() => {
				insertMany(db, [row(3)]);
				throw new Error('stop');
			})
		).toThrow('stop');
		expect(db.select().from(s.facts).all()).toHaveLength(2);
	});
});
