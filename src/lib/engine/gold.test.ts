import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { EngineOptions, EngineResult, Question } from './types';
import { CONFIDENCE_FLOOR } from './questions/confidence';
import {
	answerMatches,
	eventParts,
	locateSurface,
	scoreGold,
	UNSCORED_FACT_IDS,
	type GoldFile
} from './gold';

// ---------------------------------------------------------------------------------------------
// The scorer itself, on a hand-made result, so a scorer bug cannot hide an engine regression.

const TEXT =
	'Le 17\u00a0janvier, Jean Dupont s’est rendu à Montréal pour signer l’accord.\n\n' +
	'«\u202fNous irons plus loin\u202f», a-t-il ajouté. L’accord prévoit des visites navales et des exercices conjoints.\n\n' +
	'Soutenez notre journal dès 1\u00a0€.';

function question(partial: Partial<Question> & Pick<Question, 'answer' | 'answerValue'>, evidence: string): Question {
	const start = TEXT.indexOf(evidence);
	if (start < 0) throw new Error(`test evidence not in text: ${evidence}`);
	return {
		id: `q-${partial.answerValue}-${start}`,
		type: 'short',
		prompt: '?',
		choices: [],
		factIds: [],
		difficulty: 0.5,
		...partial,
		evidence: { start, end: start + evidence.length, text: evidence }
	};
}

function result(questions: Question[]): EngineResult {
	return {
		article: { title: null, author: null, published: null, updated: null, lang: 'fr', removed: [] },
		text: TEXT,
		sentences: [],
		facts: [],
		questions
	};
}

const FIRST_SENTENCE = 'Le 17\u00a0janvier, Jean Dupont s’est rendu à Montréal pour signer l’accord.';
const QUOTE_SENTENCE = '«\u202fNous irons plus loin\u202f», a-t-il ajouté.';
const EVENT_SENTENCE = 'L’accord prévoit des visites navales et des exercices conjoints.';

const GOLD: GoldFile = {
	about: 'unit test',
	article: 'unit.txt',
	lang: 'fr',
	title: null,
	author: 'Anne Auteur',
	published: '2025-01-24',
	updated: null,
	boilerplate: { starts_with: 'Soutenez notre journal', rule: 'donation appeal' },
	facts: [
		// Plain spaces and a straight apostrophe: the text has U+00A0 and ’.
		{ id: 'date', type: 'date', subject: 'signature', value: '2025-01-17', surface: 'Le 17 janvier', question: '', distractors: [] },
		{ id: 'place', type: 'place', subject: 'lieu', value: 'Montréal', surface: "s'est rendu à Montréal", question: '', distractors: [] },
		{ id: 'quote', type: 'quote', subject: '« Nous irons plus loin »', value: 'Jean Dupont', surface: 'a-t-il ajouté', question: '', distractors: [] },
		{ id: 'event', type: 'event', subject: 'coopération', value: 'exercices conjoints, visites navales', surface: 'des visites navales', question: '', distractors: [] },
		{ id: 'signer', type: 'person', subject: 'signataire', value: 'Jean Dupont', surface: 'Jean Dupont s’est rendu', question: '', distractors: [] },
		{ id: 'author', type: 'person', subject: 'auteur', value: 'Anne Auteur', surface: 'Par Anne Auteur', question: '', distractors: [] }
	]
};

describe('scoreGold', () => {
	it('matches a question whose answer and evidence fit, ignoring case, accents and no-break spaces', () => {
		const r = result([
			question({ answer: '17 janvier 2025', answerValue: '2025-01-17' }, FIRST_SENTENCE),
			question({ answer: 'MONTREAL', answerValue: 'montreal' }, FIRST_SENTENCE)
		]);
		const s = scoreGold(r, GOLD);
		expect(s.matched).toEqual(['date', 'place']);
		expect(s.missed).toEqual(['quote', 'event', 'signer']);
		expect(s.total).toBe(5);
		expect(s.score).toBeCloseTo(2 / 5);
		expect(s.boilerplateQuestions).toBe(0);
	});

	it('never scores the metadata "author" fact', () => {
		const r = result([question({ answer: 'Anne Auteur', answerValue: 'Anne Auteur' }, FIRST_SENTENCE)]);
		const s = scoreGold(r, GOLD);
		expect(UNSCORED_FACT_IDS).toContain('author');
		expect([...s.matched, ...s.missed]).not.toContain('author');
	});

	it('accepts the surname alone for people and quotes, but not another surname', () => {
		const good = result([
			question({ type: 'whosaid', answer: 'M. Dupont', answerValue: 'Dupont' }, QUOTE_SENTENCE),
			question({ answer: 'dupont', answerValue: 'dupont' }, FIRST_SENTENCE)
		]);
		expect(scoreGold(good, GOLD).matched).toEqual(['quote', 'signer']);
		const bad = result([question({ type: 'whosaid', answer: 'Jean Durand', answerValue: 'Jean Durand' }, QUOTE_SENTENCE)]);
		expect(scoreGold(bad, GOLD).matched).toEqual([]);
	});

	it('does not count a right answer drawn from a sentence that lacks the gold surface', () => {
		// Right value, wrong evidence: the quote sentence does not show "Le 17 janvier".
		const r = result([question({ answer: '17 janvier', answerValue: '2025-01-17' }, QUOTE_SENTENCE)]);
		expect(scoreGold(r, GOLD).missed).toContain('date');
	});

	it('does not count a wrong value with the right evidence', () => {
		const r = result([question({ answer: '18 janvier', answerValue: '2025-01-18' }, FIRST_SENTENCE)]);
		expect(scoreGold(r, GOLD).matched).toEqual([]);
	});

	it('accepts an event answer that contains one of the listed parts', () => {
		const r = result([question({ answer: 'des Visites navales', answerValue: 'visites navales' }, EVENT_SENTENCE)]);
		expect(scoreGold(r, GOLD).matched).toEqual(['event']);
		expect(eventParts('a, b et c and d')).toEqual(['a', 'b', 'c', 'd']);
		expect(answerMatches('des bateaux', { type: 'event', value: 'visites navales, exercices' })).toBe(false);
	});

	it('falls back on the answer when answerValue does not match', () => {
		const r = result([question({ answer: 'Montréal', answerValue: 'place-1' }, FIRST_SENTENCE)]);
		expect(scoreGold(r, GOLD).matched).toEqual(['place']);
	});

	it('counts questions whose evidence reaches into the boilerplate', () => {
		const r = result([
			question({ answer: '1', answerValue: '1' }, 'Soutenez notre journal dès 1\u00a0€.'),
			question({ answer: 'Montréal', answerValue: 'Montréal' }, FIRST_SENTENCE)
		]);
		expect(scoreGold(r, GOLD).boilerplateQuestions).toBe(1);
	});

	it('locates surfaces across no-break spaces and curly apostrophes', () => {
		expect(locateSurface(TEXT, "Jean Dupont s'est rendu")).toEqual({ start: 15, end: 38 });
		expect(locateSurface(TEXT, 'absent')).toBeNull();
		// A surface copied before the engine repaired its spacing ("durant , a", "31- 03- 2020").
		expect(locateSurface('Il est resté trois jours durant, a-t-il dit, le 31-03-2020.', 'jours durant , a-t-il dit, le 31- 03- 2020')).toEqual({ start: 19, end: 58 });
		expect(locateSurface('Le 31 mars 2020, il pleuvait.', '31 mars2020')).toBeNull();
	});
});

// ---------------------------------------------------------------------------------------------
// The fixtures: hand-written gold facts for real-looking articles (tests/fixtures/articles).

const FIXTURES = new URL('../../../tests/fixtures/articles/', import.meta.url);
const SEED = '000_ff880fe1591cdf84.facts.json';

interface Fixture {
	name: string;
	gold: GoldFile;
	text: string;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
	.filter((f) => f.endsWith('.facts.json'))
	.sort()
	.map((name) => {
		const gold = JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as GoldFile;
		return { name, gold, text: readFileSync(new URL(gold.article, FIXTURES), 'utf8') };
	});

/**
 * Minimum matched facts per article. The seed bar is the product's; the others start at 60 % of
 * their scored facts and are raised as the engine improves. They were lowered once, for 002, 007
 * and 008, when blanks whose answer the headline gives ("Akkuwerk", "£1.5 billion") became
 * invalid, "Which X is mentioned?" items were dropped and the article's own subject ("Kingsbridge
 * Athletic") lost confidence: each rule comes from two raters reading real articles.
 */
const MIN_MATCHED: Record<string, number> = {
	[SEED]: 19,
	// What the engine reaches with the default 30 questions, less a margin of two facts.
	'001_fr_traite.facts.json': 14,
	'002_fr_acquisition.facts.json': 13,
	'003_fr_medicament.facts.json': 17,
	'004_fr_seisme.facts.json': 14,
	'005_en_election.facts.json': 13,
	'006_en_space.facts.json': 15,
	'007_en_final.facts.json': 14,
	'008_en_anniversary.facts.json': 13
};

const DATE_VALUE =
	/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}-\d{2}-\d{2})?$|^\d{4}-(spring|summer|autumn|winter)$/;
const VALUE_SHAPE: Partial<Record<string, RegExp>> = {
	date: DATE_VALUE,
	duration: /^P(\d+[YMWD])+$|^PT\d+[HMS]$/,
	quantity: /^-?\d+(\.\d+)?([-/]\d+(\.\d+)?)?$/,
	ordinal: /^\d+$/,
	percent: /^\d+(\.\d+)?$/,
	money: /^\d+(\.\d+)? [A-Z]{3}$/,
	negation: /^false$/
};

describe('gold fixtures', () => {
	it('has the seed and eight more articles, four French and four English', () => {
		expect(fixtures.map((f) => f.name)).toContain(SEED);
		const others = fixtures.filter((f) => f.name !== SEED);
		expect(others.length).toBeGreaterThanOrEqual(8);
		expect(others.filter((f) => f.gold.lang === 'fr').length).toBeGreaterThanOrEqual(4);
		expect(others.filter((f) => f.gold.lang === 'en').length).toBeGreaterThanOrEqual(4);
		for (const f of fixtures) expect(MIN_MATCHED[f.name], `no threshold for ${f.name}`).toBeTypeOf('number');
	});

	for (const { name, gold, text } of fixtures) {
		it(`${name}: well-formed, every surface is in the article body`, () => {
			const scored = gold.facts.filter((f) => !UNSCORED_FACT_IDS.includes(f.id));
			expect(scored.length).toBeGreaterThanOrEqual(12);
			expect(scored.length).toBeLessThanOrEqual(21);
			expect(new Set(gold.facts.map((f) => f.id)).size).toBe(gold.facts.length);
			expect(text.startsWith(gold.title ?? '')).toBe(true);
			const boiler = gold.boilerplate ? locateSurface(text, gold.boilerplate.starts_with) : null;
			expect(boiler, 'boilerplate start not found').not.toBeNull();
			for (const fact of gold.facts) {
				const at = locateSurface(text, fact.surface);
				expect(at, `surface of ${fact.id} not found: ${fact.surface}`).not.toBeNull();
				// New fixtures are typed with the article's own characters (U+00A0, ’): exact match.
				if (name !== SEED) expect(text.includes(fact.surface), `surface of ${fact.id} is not exact`).toBe(true);
				if (fact.id !== 'author' && boiler) expect(at!.start, `${fact.id} lies in boilerplate`).toBeLessThan(boiler.start);
				const shape = VALUE_SHAPE[fact.type];
				if (shape) expect(fact.value, `${fact.id} value shape`).toMatch(shape);
			}
		});
	}
});

// ---------------------------------------------------------------------------------------------
// The engine against the gold facts. `analyze` is imported lazily so the scorer's own tests run
// even while the engine is broken.

/**
 * Matched facts per fact type over all the fixtures, at least: a whole kind of question cannot
 * vanish in silence (dropping every negation lost at most two facts per article, under each
 * article's margin). Today's counts, less one where there are five or more. Dates: 40, since a
 * relative day with its part of the day ("Wednesday afternoon", "lundi matin") is asked too and,
 * at the 30-question cap, takes the place of two times of day in the election and quake fixtures.
 */
const MIN_BY_TYPE: Record<string, number> = {
	date: 40,
	quote: 24,
	quantity: 21,
	negation: 10,
	duration: 8,
	ordinal: 8,
	percent: 5,
	money: 4,
	person: 4,
	place: 4,
	organisation: 4,
	event: 2
};

describe('engine against gold facts', () => {
	let analyze: (input: string, opts?: EngineOptions) => EngineResult;
	const scores = new Map<string, ReturnType<typeof scoreGold>>();
	const scoreOf = ({ name, gold, text }: Fixture) => {
		if (!scores.has(name)) scores.set(name, scoreGold(analyze(text, { minConfidence: 0 }), gold));
		return scores.get(name)!;
	};
	beforeAll(async () => {
		({ analyze } = await import('./index'));
	});

	// The fixtures score what the engine extracts and ranks, before the confidence floor: the
	// floor is fitted on real articles, where a template question on an event label was mostly
	// garbled, and it costs the seed's clean templates (pinned below).
	for (const fixture of fixtures) {
		const { name } = fixture;
		it(`${name}: no question from boilerplate, at least ${MIN_MATCHED[name]} facts matched`, () => {
			const s = scoreOf(fixture);
			expect(s.boilerplateQuestions, 'questions drawn from boilerplate').toBe(0);
			expect(
				s.matched.length,
				`${name}: ${s.matched.length}/${s.total} matched; missed: ${s.missed.join(', ')}`
			).toBeGreaterThanOrEqual(MIN_MATCHED[name]);
		});
	}

	it('every fact type keeps its floor over all the fixtures, and each article keeps its dates, quotes and negations', () => {
		const byType: Record<string, number> = {};
		for (const fixture of fixtures) {
			const matched = new Set(scoreOf(fixture).matched);
			const types = new Set<string>();
			for (const fact of fixture.gold.facts) {
				if (!matched.has(fact.id)) continue;
				byType[fact.type] = (byType[fact.type] ?? 0) + 1;
				types.add(fact.type);
			}
			// Every fixture's gold has these three kinds, and each is asked in every article today.
			for (const type of ['date', 'quote', 'negation']) {
				if (fixture.gold.facts.some((f) => f.type === type)) expect(types.has(type), `${fixture.name}: no ${type} fact asked`).toBe(true);
			}
		}
		for (const [type, min] of Object.entries(MIN_BY_TYPE)) expect(byType[type] ?? 0, `${type} facts matched`).toBeGreaterThanOrEqual(min);
	});

	it('the seed at the default confidence floor: fewer questions, none from boilerplate, most facts kept', () => {
		const seed = fixtures.find((f) => f.name === SEED)!;
		const all = analyze(seed.text, { minConfidence: 0 });
		const kept = analyze(seed.text);
		const s = scoreGold(kept, seed.gold);
		expect(s.boilerplateQuestions).toBe(0);
		expect(kept.questions.every((q) => (q.confidence ?? 0) >= CONFIDENCE_FLOOR)).toBe(true);
		// The floor leaves weak questions out and lets stronger ones further down the ranking in.
		expect(all.questions.some((q) => (q.confidence ?? 0) < CONFIDENCE_FLOOR)).toBe(true);
		// 16 of 21 today: the floor drops the seed's "Dans quelle ville…" templates with the garbled ones.
		expect(s.matched.length).toBeGreaterThanOrEqual(14);
	});
});
