// The committed half of the real-article corpus: gold files well-formed and the dev/test split
// fixed as tests/corpus/README.md states it. (The texts are not committed; scoring them needs the
// cache: npm run eval -- --corpus dev.)
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_DIR, engineOptionsFor, FACT_TYPES_GOLD, headlineFromUrl, splitOf, type CorpusFile } from './corpus';
import { answerMatches } from '../src/lib/engine/gold';

const files: CorpusFile[] = readdirSync(CORPUS_DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(resolve(CORPUS_DIR, f), 'utf8')));
const ids = files.map((f) => f.id);

describe('the real-article corpus', () => {
	it('holds 30 French and 30 English articles with 8–12 gold facts each', () => {
		expect(files.filter((f) => f.lang === 'fr')).toHaveLength(30);
		expect(files.filter((f) => f.lang === 'en')).toHaveLength(30);
		for (const f of files) {
			expect(f.id.startsWith(`${f.lang}-`), f.id).toBe(true);
			expect(f.url).toMatch(/^https?:\/\//);
			expect(f.query.length).toBeGreaterThan(3);
			expect(f.facts.length, f.id).toBeGreaterThanOrEqual(8);
			expect(f.facts.length, f.id).toBeLessThanOrEqual(12);
			for (const fact of f.facts) {
				expect(FACT_TYPES_GOLD, `${f.id}/${fact.id}`).toContain(fact.type);
				expect(fact.surface.length, `${f.id}/${fact.id}`).toBeGreaterThan(0);
				// A gold value always matches itself under its type's rule (no typo in a value format).
				expect(answerMatches(fact.value, fact), `${f.id}/${fact.id}`).toBe(true);
			}
		}
	});

	it('splits 40 dev and 20 test, a third of each language, by the digest rule', () => {
		const test = ids.filter((id) => splitOf(id, ids) === 'test');
		expect(test).toHaveLength(20);
		expect(test.filter((id) => id.startsWith('fr-'))).toHaveLength(10);
		expect(test.filter((id) => id.startsWith('en-'))).toHaveLength(10);
		// Pinned: the split was fixed before any tuning and never moves.
		expect(test.sort()).toEqual([
			'en-acton-turville-homes', 'en-as-byatt-obituary', 'en-att-hack-dsl-store', 'en-booker-prize-2019-shared',
			'en-keller-council-land-use-plan', 'en-kenyatta-washington-2018', 'en-leclerc-austria-f1-2022', 'en-market-town',
			'en-mirboo-north-pool-2019', 'en-punjab-solar-plant-2009', 'fr-biathlon-fourcade-ostersund-2016',
			'fr-cac40-benefices-s1-2018', 'fr-comps-salle-des-fetes', 'fr-djibouti-traite-defense-2011',
			'fr-eolien-fecamp-inauguration', 'fr-griset-patrimoine-condamne', 'fr-incendie-immeuble-paris-2022',
			'fr-inflation-moyenne-2012', 'fr-maires-rassemblement-bordeaux', 'fr-pont-du-gard'
		]);
	});
});

describe('gold answers for roles', () => {
	it('accept the role with or without its article, and a longer wording, but not a bare head noun', () => {
		const gold = { type: 'role' as const, value: 'ministre des Affaires étrangères' };
		expect(answerMatches('le ministre des Affaires étrangères', gold)).toBe(true);
		expect(answerMatches('ministre des Affaires étrangères et de la Coopération', gold)).toBe(true);
		expect(answerMatches('ministre', gold)).toBe(false);
		expect(answerMatches('Foreign Secretary', { type: 'role', value: 'UK Foreign Secretary' })).toBe(true);
	});
});

describe('the headline a teacher would give a pasted article', () => {
	it('reads the words of a news address, without its ids, extension or date run', () => {
		expect(headlineFromUrl('https://news.example.org/2023/05/12/mayor-opens-new-bridge-over-the-river_a123456.html')).toBe('mayor opens new bridge over the river');
		expect(headlineFromUrl('https://example.fr/societe/20230512-la-gr%C3%AAve-des-cheminots-se-poursuit')).toBe('la grêve des cheminots se poursuit');
		expect(headlineFromUrl('https://example.com/world/storm-hits-coast-idUSKBN2X01AB')).toBe('storm hits coast');
	});
	it('gives none when no part of the address reads like a headline', () => {
		expect(headlineFromUrl('https://example.com/archives/48213')).toBeNull();
		expect(headlineFromUrl('https://example.com/en/Some_Castle')).toBeNull();
		expect(headlineFromUrl('not a url')).toBeNull();
	});
	it('goes to the engine beside the publication day, only when there is one', () => {
		expect(engineOptionsFor({ published: '2023-05-12', url: 'https://example.com/a/mayor-opens-new-bridge' })).toEqual({ published: '2023-05-12', title: 'mayor opens new bridge' });
		expect(engineOptionsFor({ published: null, url: 'https://example.com/archives/48213' })).toEqual({});
	});
});
