import { describe, it, expect } from 'vitest';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';
import { insertMany } from './facts';

describe.each(DIALECTS)('facts repository on %s', (dialect) => {
	const store = freshStore(dialect);

	it('writes many facts with their extra fields as JSON, inside a transaction that can roll them back', async () => {
		await store().write(function* ({ db, t }) {
			yield* run(db.insert(t.users).values({ id: 'u', email: 'u@x.org', passwordHash: 'x', displayName: 'U', role: 'teacher' }));
			yield* run(db.insert(t.articles).values({ id: 'a', ownerId: 'u', originalInput: 'x', cleanText: 'x', lang: 'fr' }));
		});
		const row = (i: number) => ({ id: `f${i}`, articleId: 'a', engineId: `date-${i}`, type: 'date', value: '2025-01-17', text: '17 janvier', start: i, end: i + 10, sentence: 0, extra: { event: 'signature', n: i } });
		const stored = () => store().read(({ db, t }) => run(db.select().from(t.facts).orderBy(t.facts.start)));
		// More rows than one PostgreSQL insert takes.
		await store().write((tx) => insertMany(tx, [row(1), row(2), ...Array.from({ length: 1200 }, (_, i) => row(100 + i))]));
		expect((await stored()).slice(0, 2).map((f) => f.extra)).toEqual([{ event: 'signature', n: 1 }, { event: 'signature', n: 2 }]);
		expect(await stored()).toHaveLength(1202);
		await expect(
			store().write(function* (tx) {
				yield* insertMany(tx, [row(3)]);
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect(await stored()).toHaveLength(1202);
	});
});
