import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractTemporal } from './index';
import { articleFrom } from '../entities-fixture';
import type { Fact, Lang } from '../../types';

const SEED = readFileSync(new URL('../../../../../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url), 'utf8');

function run(text: string, lang: Lang, reference: string): Fact[] {
	return extractTemporal({ article: articleFrom(text, lang), reference, referencePrecision: 'day' });
}

/** The fact whose surface contains `surface` (first one). */
function find(facts: Fact[], surface: string): Fact | undefined {
	return facts.find((f) => f.text.includes(surface) || surface.includes(f.text));
}

// The seed writes "17\u00a0janvier": compare surfaces with every space folded to ' '.
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

function only(facts: Fact[], surface: string): Fact {
	const f = facts.filter((x) => spaces(x.text) === spaces(surface));
	expect(f, `exactly one fact with surface ${JSON.stringify(surface)} in ${JSON.stringify(facts.map((x) => x.text))}`).toHaveLength(1);
	return f[0];
}

describe('extractTemporal on the seed article', () => {
	// The donation appeal is boilerplate (ingest removes it); the fixture simply cuts it off.
	const text = SEED.slice(0, SEED.indexOf('Soutenez Epoch Times'));
	const facts = run(text, 'fr', '2025-01-24');

	it('keeps exact offsets, sentence indices and ids', () => {
		const article = articleFrom(text, 'fr');
		for (const f of facts) {
			expect(f.text).toBe(text.slice(f.start, f.end));
			expect(f.id).toBe(`${f.type}-${f.start}`);
			const s = article.sentences[f.sentence];
			expect(f.start >= s.start && f.end <= s.end).toBe(true);
		}
		expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
	});

	it('resolves "le 17 janvier" with the year implied by the reference', () => {
		const f = only(facts.filter((x) => x.start < 1000), 'le 17 janvier');
		expect(f).toMatchObject({ type: 'date', value: '2025-01-17', precision: 'day', inferred: true });
		expect(facts.filter((x) => x.value === '2025-01-17')).toHaveLength(3);
	});

	it('reads a weekday in brackets before a capitalised word as a first name, not a day', () => {
		const facts = run('The party also won Harbury (Monday Okoro) and Lowden (Tuesday Ansah). The count ended (Friday) at dawn.', 'en', '2021-12-18');
		expect(facts.filter((f) => f.type === 'date').map((f) => f.text)).toEqual(['Friday']);
		// A town's time after the weekday is no surname.
		expect(run('Results are expected early (Wednesday Paris time).', 'en', '2021-12-18').filter((f) => f.type === 'date').map((f) => f.text)).toEqual(['Wednesday']);
	});

	it('gives a bare month the year inside a span of months across two years its sentence names, in a text without its day', () => {
		const undated = (text: string, lang: Lang) => extractTemporal({ article: articleFrom(text, lang), reference: '2015', referencePrecision: 'year' });
		const fr = undated('La saison 2014-2015 (septembre 2014-mai 2015) n’a vraiment commencé qu’à la mi-novembre. Les ventes ont repris en février, d’octobre 2014 à mars 2015. Entre juillet 2014 et juin 2015, la ligne a fermé en décembre.', 'fr');
		expect(only(fr, 'à la mi-novembre').value).toBe('2014-11');
		expect(only(fr, 'en février').value).toBe('2015-02');
		expect(only(fr, 'en décembre').value).toBe('2014-12');
		const en = undated('The 2019-20 season (August 2019 to May 2020) only began in earnest in November. From July 1, 2019, to June 30, 2020, the line closed in December.', 'en');
		expect(only(en, 'in November').value).toBe('2019-11');
		expect(only(en, 'in December').value).toBe('2019-12');
		// With its publication day, the tense dates the month: a report to come after the season.
		const dated = run('Le bilan de la saison juillet 2023-juin 2024 sera publié en septembre, a indiqué la fédération.', 'fr', '2024-07-10');
		expect(only(dated, 'en septembre').value).toBe('2024-09');
	});

	it('reads "de 20 ans" as a 20-year duration, never a date', () => {
		const f = only(facts, 'de 20 ans');
		expect(f).toMatchObject({ type: 'duration', value: 'P20Y', unit: 'ans' });
		expect(facts.some((x) => x.type === 'date' && x.text.includes('20\u00a0ans'))).toBe(false);
		expect(facts.some((x) => x.type === 'date' && x.value.startsWith('2045'))).toBe(false);
	});

	it.each([
		['à l’été 2024', '2024-summer', 'season', undefined],
		['en décembre 2024', '2024-12', 'month', undefined],
		['depuis le mois d’octobre', '2024-10', 'month', true],
		['En septembre 2024', '2024-09', 'month', undefined],
		['le mois dernier', '2024-12', 'month', true],
		['le mois prochain', '2025-02', 'month', true],
		['en 2024', '2024', 'year', undefined]
	])('%s → %s', (surface, value, precision, inferred) => {
		const f = only(facts, surface);
		expect(f.type).toBe('date');
		expect(f.value).toBe(value);
		expect(f.precision).toBe(precision);
		expect(f.inferred).toBe(inferred);
	});

	it('reads "quatrième année" as the ordinal 4', () => {
		expect(only(facts, 'quatrième année')).toMatchObject({ type: 'ordinal', value: '4', unit: 'année' });
	});

	it('finds no date the article does not state', () => {
		const dates = facts.filter((f) => f.type === 'date').map((f) => f.value);
		// The first two come from the date line (metadata once ingested; plain text here).
		expect(dates.sort()).toEqual(
			['2025-01-24T21:54', '2025-01-24T22:30', '2024', '2024-09', '2024-10', '2024-12', '2024-12', '2024-summer', '2025-01-17', '2025-01-17', '2025-01-17', '2025-02'].sort()
		);
	});

	it('never reads the metadata or boilerplate ranges of an ingested article', async () => {
		const { ingest } = await import('../../ingest');
		const article = ingest(SEED, {});
		const all = extractTemporal({ article, reference: '2025-01-24', referencePrecision: 'day' });
		const outside = (f: Fact) => [...article.removed, ...article.metadata].every(([s, e]) => f.end <= s || f.start >= e);
		expect(all.length).toBeGreaterThan(10);
		expect(all.every(outside)).toBe(true);
		expect(all.some((f) => f.text.includes('1€'))).toBe(false);
		expect(all.find((f) => spaces(f.text) === 'de 20 ans')?.value).toBe('P20Y');
		// The date line is metadata: its dates are article fields, not facts.
		expect(all.some((f) => f.value.startsWith('2025-01-24'))).toBe(false);
	});
});

describe('English', () => {
	it('resolves no habit to a day ("Saturday afternoons have been…"), and still one afternoon ("on Saturday afternoon")', () => {
		const fs = run('Ferry\n\nSunday evenings have been the busiest time at the terminal. The ferry broke down on Sunday evening.', 'en', '2022-02-23');
		expect(fs.filter((f) => f.type === 'date').map((f) => spaces(f.text))).toEqual(['on Sunday']);
	});

	const ref = '2024-03-13'; // a Wednesday

	it('resolves no noun’s weekday to a day ("le marché du jeudi"), and still "de jeudi", "la nuit du jeudi" and "du jeudi dernier"', () => {
		const habit = run('La foire du samedi pourrait disparaître avec les travaux, craignent les commerçants.', 'fr', '2024-03-20');
		expect(habit.filter((f) => f.type === 'date')).toEqual([]);
		const one = run('La réunion de samedi a été tendue. Dans la nuit du samedi au dimanche, la foire du samedi dernier a été pillée.', 'fr', '2024-03-20');
		expect(find(one, 'de samedi')).toMatchObject({ type: 'date', value: '2024-03-16' });
		expect(find(one, 'nuit du samedi')).toMatchObject({ type: 'date', value: '2024-03-16' });
		expect(find(one, 'du samedi dernier')).toMatchObject({ type: 'date', value: '2024-03-16' });
		// ("à partir du lundi" may be a habit: no day.)
		expect(run('Le marché est ouvert à partir du lundi, toute l’année.', 'fr', '2024-03-20').filter((f) => f.type === 'date')).toEqual([]);
	});

	it('resolves a weekday to the latest one before the reference', () => {
		const facts = run('On Friday, the company said it would grow.', 'en', ref);
		expect(only(facts, 'On Friday')).toMatchObject({ type: 'date', value: '2024-03-08', inferred: true });
		const last = run('Prices fell last Friday.', 'en', ref);
		expect(only(last, 'last Friday').value).toBe('2024-03-08');
		const next = run('The vote is next Tuesday.', 'en', ref);
		expect(only(next, 'next Tuesday').value).toBe('2024-03-19');
	});

	it('reads thousands grouped by a space when a group opens on a zero or the space is non-breaking', () => {
		const counts = (text: string) => run(text, 'en', ref).filter((f) => f.type === 'quantity').map((f) => `${f.value}@${f.text}`);
		expect(counts('The party won 77 seats with 715 026 votes in the election.')).toEqual(['77@77 seats', '715026@715 026 votes']);
		expect(counts('The ship carried 4 000 tons of fuel oil.')).toEqual(['4000@4 000 tons']);
		expect(counts('Officials counted 2\u00a0300 families in the camps.')).toEqual(['2300@2\u00a0300 families']);
		// Two numbers side by side stay two.
		expect(counts('Of the 275 160 voted for the motion.')).toEqual(['275@275', '160@160']);
	});

	it('reads durations in several shapes', () => {
		expect(only(run('They signed a 20-year agreement.', 'en', ref), '20-year')).toMatchObject({ type: 'duration', value: 'P20Y' });
		expect(only(run('He worked there for three years.', 'en', ref), 'for three years').value).toBe('P3Y');
		expect(only(run('Talks lasted 48 hours.', 'en', ref), '48 hours').value).toBe('PT48H');
	});

	it('gives an undated text’s month the year written just before, unless it is still to come', () => {
		const article = articleFrom('Founded in 2002, Orbix already has a deal to launch 12 cargo missions. Two have flown, with the third slated to fly in February. The company moved to Texas in March.', 'en');
		const f = extractTemporal({ article, reference: '2002-07-01', referencePrecision: 'none' });
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2002', '2002-03']);
	});

	it('gives an undated text’s day no year from the year a figure is compared with ("stable par rapport à 2019")', () => {
		const article = articleFrom('La 31e édition du festival a accueilli 90 000 visiteurs, un chiffre stable par rapport à 2019. Elle a débuté le 4 juillet.', 'fr');
		const f = extractTemporal({ article, reference: '2019-07-01', referencePrecision: 'none' });
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2019']);
		const named = extractTemporal({ article: articleFrom('Le festival de 2021 a accueilli 90 000 visiteurs. Il a débuté le 4 juillet.', 'fr'), reference: '2021-07-01', referencePrecision: 'none' });
		expect(named.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2021', '2021-07-04']);
	});

	it('gives an undated text’s day no year from the year a state began ("depuis 2004", "since June 2011")', () => {
		const fr = articleFrom('Maire depuis 2004, Lucie Arnaud avait été réélue en mars, avant d’être opérée le 2 mai à Lyon.', 'fr');
		expect(extractTemporal({ article: fr, reference: '2004-07-01', referencePrecision: 'none' }).filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2004']);
		const en = articleFrom('The plant has been closed since June 2011 after a fire. The owners sold it in May.', 'en');
		expect(extractTemporal({ article: en, reference: '2011-07-01', referencePrecision: 'none' }).filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2011-06']);
		// (A year said otherwise still dates its clause: "Elected in 2004, … in March" is March 2004.)
		const elected = articleFrom('Élue en 2004, Lucie Arnaud a été opérée en mars à Lyon.', 'fr');
		expect(extractTemporal({ article: elected, reference: '2004-07-01', referencePrecision: 'none' }).filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2004', '2004-03']);
	});

	it('gives no year to an undated text’s month said to be the present one ("the current part of August")', () => {
		const article = articleFrom('Compared to the same period in August 2019, arrivals are at 89 percent. The most overnight stays in the current part of August were made by guests from Germany. Les chiffres de ce mois d’août sont meilleurs.', 'en');
		const f = extractTemporal({ article, reference: '2019-07-01', referencePrecision: 'none' });
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2019-08']);
	});

	it('gives no year to an undated text’s month counted back or forward from its day ("en mars-avril dernier", "last March")', () => {
		const article = articleFrom('Les faits remontent à 2009, lors de la fête. Ils étaient neuf à comparaître en mars-avril dernier devant le tribunal.', 'fr');
		const f = extractTemporal({ article, reference: '2009-07-01', referencePrecision: 'none' });
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2009']);
		const en = articleFrom('The riots broke out in 2009. He was arrested in March last year. The firm moved last March.', 'en');
		expect(extractTemporal({ article: en, reference: '2009-07-01', referencePrecision: 'none' }).filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2009']);
	});

	it('gives a month the year written after the month joined to it ("en mai et juin 2023", "in January and February 2011")', () => {
		expect(only(run('Le port a fermé en mars et avril 2021 après un accident.', 'fr', '2022-06-01'), 'en mars').value).toBe('2021-03');
		expect(only(run('The canal was closed in January and February 2011 after a barge capsized.', 'en', '2012-01-25'), 'in January').value).toBe('2011-01');
		// (A month that comes later than the one joined to it is the year before: "en décembre et janvier 2024".)
		expect(only(run('Le canal a été fermé en décembre et janvier 2024 après un accident.', 'fr', '2024-03-15'), 'en décembre').value).toBe('2023-12');
		expect(only(run('The government signed the deal in December and January 2024.', 'en', '2024-03-15'), 'in December').value).toBe('2023-12');
	});

	it('gives an undated text’s interval the year its end writes', () => {
		const article = articleFrom('Pendant huit jours, la ville accueillera le festival, du 24 février au 3 mars 2027. La fête du 30 décembre au 2 janvier 2027 suivra.', 'fr');
		const f = extractTemporal({ article, reference: '2002-07-01', referencePrecision: 'none' });
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2027-02-24/2027-03-03', '2026-12-30/2027-01-02']);
	});

	it('reads quantities written in words and digits', () => {
		expect(only(run('Seventeen people died.', 'en', ref), 'Seventeen people')).toMatchObject({ type: 'quantity', value: '17', unit: 'people' });
		expect(only(run('Some 1.5 million people voted.', 'en', ref), '1.5 million people').value).toBe('1500000');
		expect(only(run('The 1,500 km trip.', 'en', ref), '1,500 km')).toMatchObject({ value: '1500', unit: 'km' });
		// A place adverb used as an adjective stands before the counted noun; an adverb after is no unit.
		expect(only(run('Smoke poured from four downstairs rooms.', 'en', ref), 'four downstairs rooms')).toMatchObject({ value: '4', unit: 'rooms' });
		expect(run('The two met three days earlier.', 'en', ref).some((x) => x.unit === 'earlier')).toBe(false);
		// A vote's or a rivalry's tally is one figure, as a match's score is.
		expect(only(run('The bill passed after the 61-39 vote in the chamber.', 'en', ref), '61-39')).toMatchObject({ value: '61-39', unit: 'score' });
		expect(only(run('Harwick now lead Tolo by 52-41 in wins since 1901.', 'en', ref), '52-41')).toMatchObject({ value: '52-41', unit: 'score' });
		// A range of votes puts the smaller first: no tally.
		expect(run('The bill needs 60-70 votes in the chamber to pass.', 'en', ref).some((x) => x.unit === 'score')).toBe(false);
		// An adverb in -ly is no unit either; an adjective in -ly stands before the counted noun.
		expect(only(run('Of the 80 samples, 12 positively tested for the virus.', 'en', ref), '12')).toMatchObject({ value: '12' });
		expect(run('Of the 80 samples, 12 positively tested for the virus.', 'en', ref).some((x) => x.unit === 'positively')).toBe(false);
		expect(only(run('The club runs three weekly sessions.', 'en', ref), 'three weekly sessions')).toMatchObject({ value: '3', unit: 'sessions' });
		expect(only(run('The storm forced 500 elderly people to leave.', 'en', ref), '500 elderly people')).toMatchObject({ value: '500', unit: 'people' });
		// An adjective before a plural without s (one in -ous too); an adjective of comparison before a verb.
		expect(only(run('The flood cut off some 9,000 rural people living by the lake.', 'en', ref), '9,000 rural people')).toMatchObject({ value: '9000', unit: 'people' });
		expect(only(run('Rangers caught 40 venomous snakes near the school.', 'en', ref), '40 venomous snakes')).toMatchObject({ value: '40', unit: 'snakes' });
		expect(only(run('Some 1,200 anonymous women signed the letter.', 'en', ref), '1,200 anonymous women')).toMatchObject({ value: '1200', unit: 'women' });
		expect(run('The new board has 12 members, three fewer compared to the old one.', 'en', ref).some((x) => x.unit === 'compared' || /compared/.test(x.text))).toBe(false);
	});

	it('reads a length of time written in two units as one duration', () => {
		const en = run('The crew finished in 17 minutes and 41.5 seconds, a record.', 'en', ref);
		expect(find(en, '17 minutes')).toMatchObject({ type: 'duration', value: 'PT17M41.5S', text: '17 minutes and 41.5 seconds' });
		const fr = run('Il a passé 3 ans et 6 mois en prison.', 'fr', ref);
		expect(find(fr, '3 ans')).toMatchObject({ type: 'duration', value: 'P3Y6M' });
		// Two lengths of time in the wrong order are two facts.
		const two = run('The talks lasted 3 days and 2 months passed before the vote.', 'en', ref);
		expect(find(two, '3 days')).toMatchObject({ type: 'duration', value: 'P3D' });
		// Without "and", and in three units with the minutes after "heures" unwritten.
		const race = run('Elle a couru 26 heures 12 minutes. Il a fini en 21 heures 48 et 7 secondes, devant 300 coureurs.', 'fr', ref);
		expect(find(race, '26 heures')).toMatchObject({ type: 'duration', value: 'PT26H12M', text: '26 heures 12 minutes' });
		expect(find(race, '21 heures')).toMatchObject({ type: 'duration', value: 'PT21H48M7S' });
		expect(find(race, '300 coureurs')).toMatchObject({ type: 'quantity', value: '300' });
	});

	it('reads "à 15 heures", "vers 7 heures du matin" as a time of day, not a length of time', () => {
		const durations = (text: string) => run(text, 'fr', ref).filter((f) => f.type === 'duration').map((f) => f.value);
		expect(durations('La randonneuse a été hélitreuillée vers 15 heures.')).toEqual([]);
		expect(durations('Les secours sont arrivés vers 7 heures du matin.')).toEqual([]);
		expect(durations('Le bureau de vote ferme à 18 heures, selon la préfecture.')).toEqual([]);
		// Lengths of time stay lengths.
		expect(durations('Elle a marché pendant 15 heures avant d’être retrouvée.')).toEqual(['PT15H']);
		expect(durations('Il a été condamné à 15 heures de travaux d’intérêt général.')).toEqual(['PT15H']);
		expect(durations('Le travail des apprentis est limité à 10 heures par jour.')).toEqual(['PT10H']);
		expect(durations('La batterie tient jusqu’à 20 heures, selon le fabricant.')).toEqual(['PT20H']);
		// "15h" and "15 heures" are read alike.
		expect(durations('Le bureau de vote ferme avant 20 heures.')).toEqual([]);
		expect(durations('Il a été condamné à 15h de travaux d’intérêt général.')).toEqual(['PT15H']);
	});

	it('counts the noun after two adjectives or two modifiers, not the first of them, and keeps the modifiers in its unit', () => {
		const fr = run('Sur les quatre derniers grands tournois, l’équipe n’en a remporté aucun.', 'fr', ref);
		expect(find(fr, 'quatre derniers')).toMatchObject({ type: 'quantity', value: '4', unit: 'tournois' });
		const en = run('Farmers have filed more than 3,400 crop insurance claims since May.', 'en', ref);
		expect(find(en, '3,400')).toMatchObject({ type: 'quantity', value: '3400', unit: 'crop insurance claims', text: '3,400 crop insurance claims' });
	});

	it('reads "this summer" by tense: the one gone in a report, the coming one in a plan', () => {
		// 27 December is astronomically the next year's winter: the summer after it is as near as the one before.
		const late = '2023-12-27';
		expect(only(run('Les fouilles ont mis au jour cet été une épave intacte.', 'fr', late), 'cet été').value).toBe('2023-summer');
		expect(only(run('The divers discovered the wreck this summer off the cape.', 'en', late), 'this summer').value).toBe('2023-summer');
		expect(only(run('Le musée a présenté lundi une épave, retrouvée cet été au large du cap.', 'fr', late), 'cet été').value).toBe('2023-summer');
		expect(only(run('Le musée exposera l’épave cet été, selon la mairie.', 'fr', late), 'cet été').value).toBe('2024-summer');
		expect(only(run('The museum will show the wreck this summer.', 'en', late), 'this summer').value).toBe('2024-summer');
		// An English past the tense marks leave out ("won", "sold"), a date opening the sentence, a thousands comma.
		expect(only(run('Anna Berg won the race this summer in Oslo.', 'en', late), 'this summer').value).toBe('2023-summer');
		expect(only(run('This summer, the team found a wreck off the cape.', 'en', late), 'This summer').value).toBe('2023-summer');
		expect(only(run('Cet été, les plongeurs ont retrouvé une épave.', 'fr', late), 'Cet été').value).toBe('2023-summer');
		expect(only(run('The festival drew 5,000 people in Leeds this summer.', 'en', late), 'this summer').value).toBe('2023-summer');
		// A past in another clause (relative, reporting, inverted) or a noun like "a shot" is none of the date's.
		for (const s of ['The new school opens this summer, said the council.', 'The new school opens this summer, a spokesperson for the city council said.', 'The stadium, which was built in 1990, reopens this summer.', 'The team has a shot at the title this summer.', 'The sold-out tour returns this summer.', 'Fans who bought tickets can attend this summer.'])
			expect(only(run(s, 'en', late), 'this summer').value, s).toBe('2024-summer');
		expect(only(run('Le musée, qui a fermé en 2020, rouvre cet été, a confirmé la mairie.', 'fr', late), 'cet été').value).toBe('2024-summer');
		// No tense in the date's own clause: the nearest, the coming one on a tie (a past "said" in the next clause is another's).
		expect(only(run('The new school opens this autumn, the council said on Monday.', 'en', '2024-04-10'), 'this autumn').value).toBe('2024-autumn');
		expect(only(run('The new school opens this summer, the council said on Monday.', 'en', late), 'this summer').value).toBe('2024-summer');
	});

	it('reads seasons, months and day dates', () => {
		expect(only(run('It moved in the summer of 2023.', 'en', ref), 'in the summer of 2023').value).toBe('2023-summer');
		expect(only(run('It was founded in June 2019.', 'en', ref), 'in June 2019').value).toBe('2019-06');
		const jan = only(run('The report came out Jan. 5 and was read widely.', 'en', ref), 'Jan. 5');
		expect(jan).toMatchObject({ value: '2024-01-05', precision: 'day', inferred: true });
		expect(only(run('It happened on January 17, 2025 at 3 p.m. in Paris.', 'en', ref), 'on January 17, 2025 at 3 p.m.')).toMatchObject({
			value: '2025-01-17T15:00',
			precision: 'time'
		});
		expect(only(run('Sales rose last month.', 'en', ref), 'last month').value).toBe('2024-02');
		expect(only(run('She arrived in October.', 'en', ref), 'in October').value).toBe('2023-10');
		expect(only(run('It began three days ago.', 'en', ref), 'three days ago').value).toBe('2024-03-10');
	});

	it('reads money, percentages, scores and ordinals', () => {
		const f = run('The firm earned $2 billion, up 40 percent, and prices rose 12.5%.', 'en', ref);
		expect(only(f, '$2 billion')).toMatchObject({ type: 'money', value: '2000000000 USD' });
		expect(only(f, '40 percent')).toMatchObject({ type: 'percent', value: '40' });
		expect(only(f, '12.5%').value).toBe('12.5');
		const s = run('The team won 3-1 in its fifth attempt.', 'en', ref);
		expect(only(s, '3-1')).toMatchObject({ type: 'quantity', value: '3-1', unit: 'score' });
		expect(only(s, 'fifth attempt')).toMatchObject({ type: 'ordinal', value: '5', unit: 'attempt' });
	});

	it('reads a country or "US" before "dollars" as the currency of the amount', () => {
		const f = run('The court fined him 48,500 US dollars and his firm 3 million New Zealand dollars.', 'en', ref);
		expect(only(f, '48,500 US dollars')).toMatchObject({ type: 'money', value: '48500 USD' });
		expect(only(f, '3 million New Zealand dollars')).toMatchObject({ type: 'money', value: '3000000 NZD' });
	});

	it('never reads ages, phone numbers or names with digits as dates', () => {
		const f = run(
			'A 31-year-old man, aged 31, was arrested. Call 555-123-4567 for COVID-19 advice. Black Friday sales rose.',
			'en',
			ref
		);
		expect(f.filter((x) => x.type === 'date')).toEqual([]);
		expect(only(f, '31-year-old')).toMatchObject({ type: 'quantity', role: 'age' });
		expect(f.some((x) => x.text.includes('19') || x.text.includes('555'))).toBe(false);
	});

	it('reads no rank in a plural ordinal, which names a group', () => {
		const f = run('La course est l’un des tout premiers marathons du pays. Les premiers coureurs sont arrivés à midi, et il a fini à la deuxième place.', 'fr', ref);
		expect(f.filter((x) => x.type === 'ordinal').map((x) => x.text)).toEqual(['deuxième place']);
	});

	it('reads no count in a bill’s number', () => {
		const f = run('With H.58 having passed the House, the Senate took up S.B. 14 and Bill 21, and HB 1650 won 61 votes.', 'en', ref);
		expect(f.filter((x) => x.type === 'quantity').map((x) => x.text)).toEqual(['61 votes']);
		// A vote's tally after "the bill" counts.
		expect(run('The Senate passed the bill 52 to 48 on Tuesday.', 'en', ref).some((x) => x.type === 'quantity' && x.value === '52')).toBe(true);
	});

	it('reads a number between commas after a full name as the person’s age', () => {
		const f = run('Maria Kiri, 37, a fisherman, saved two boys. In March, 12, the club met, and Leeds, 3, won.', 'en', ref);
		expect(only(f, '37')).toMatchObject({ type: 'quantity', role: 'age' });
		expect(f.filter((x) => x.role === 'age')).toHaveLength(1);
		// A table of names and figures is no list of ages; a country is no person.
		const table = run('The top scorers were Maria Kiri, 12, and Anna Lowe, 10. South Africa, 4, Great Britain, 3.', 'en', ref);
		expect(table.filter((x) => x.role === 'age')).toEqual([]);
	});
});

describe('French pitfalls', () => {
	const ref = '2025-01-24';

	it('reads no length of time in a year an adjective qualifies ("un baume sur une année difficile")', () => {
		const durations = (text: string) => run(text, 'fr', ref).filter((x) => x.type === 'duration').map((x) => `${spaces(x.text)}=${x.value}`);
		expect(durations('Pour la skieuse, cette médaille est un baume sur une année difficile.')).toEqual([]);
		expect(durations('Le club sort d’une année record avec 400 licenciés.')).toEqual([]);
		// A whole, a rolling or a school year is still a length; so is a bare one.
		expect(durations('Elle a vécu pendant une année entière à Lyon.')).toEqual(['pendant une année=P1Y']);
		expect(durations('Les loyers ont monté de 5 % sur une année glissante.')).toEqual(['sur une année=P1Y']);
		expect(durations('Il est parti pendant un an à Rome.')).toEqual(['pendant un an=P1Y']);
		expect(durations('Elle a travaillé pendant une année seulement à Lyon.')).toEqual(['pendant une année=P1Y']);
	});

	it('gives no year to a yearless day whose clause wrote two earlier years, but for one year or another clause', () => {
		const dates = (text: string) => run(text, 'fr', '2022-11-14').filter((x) => x.type === 'date').map((x) => `${spaces(x.text)}=${x.value}`);
		// Which of 2019 and 2020 is open: the publication's 2022 was a wrong answer.
		expect(dates('Interrompu en 2019 et 2020 à cause de la grève générale du 5 décembre, le salon a rouvert ses portes.')).toEqual(['en 2019=2019', '2020=2020']);
		// A comparison's base or a span's start is no year of the day; nor is a year in another clause.
		expect(dates('Le 12 mars, les ventes ont progressé de 3 % par rapport à 2019, selon la fédération.')).toContain('Le 12 mars=2022-03-12');
		expect(dates('Fondée en 2015, l’association a ouvert le 3 mars un second local à Lyon.')).toContain('le 3 mars=2022-03-03');
		// One earlier year, or a count that reads like one, is no sign.
		expect(dates('Le record établi en 1998 a été battu le 2 mars par une lycéenne.')).toContain('le 2 mars=2022-03-02');
		expect(dates('Quelque 2000 manifestants ont défilé le 5 mars à Paris.')).toContain('le 5 mars=2022-03-05');
	});

	it('tells ages and durations apart and never makes them dates', () => {
		const f = run(
			'Le joueur, à 31 ans, a signé pendant 15 ans. Un homme de 45 ans a été arrêté. Âgé de 72 ans, il a témoigné. Il a été condamné à 20 ans de prison.',
			'fr',
			ref
		);
		expect(f.filter((x) => x.type === 'date')).toEqual([]);
		expect(only(f, '31 ans')).toMatchObject({ type: 'quantity', role: 'age', value: '31' });
		expect(only(f, 'pendant 15 ans')).toMatchObject({ type: 'duration', value: 'P15Y' });
		expect(only(f, '45 ans').role).toBe('age');
		expect(only(f, '72 ans').role).toBe('age');
		expect(find(f, '20 ans')).toMatchObject({ type: 'duration', value: 'P20Y' });
		// A sentence is a duration even when a day stands between "condamné" and "à".
		const g = run('Il a été condamné lundi à deux ans de prison ferme, et son complice mardi à 3 ans avec sursis.', 'fr', ref);
		expect(find(g, 'deux ans')).toMatchObject({ type: 'duration', value: 'P2Y' });
		expect(find(g, '3 ans')).toMatchObject({ type: 'duration', value: 'P3Y' });
		expect(g.some((x) => x.role === 'age')).toBe(false);
	});

	it('reads approximate counts and lengths of time said in words', () => {
		const f = run(
			'Une centaine de bénévoles ont nettoyé la plage. Les pompiers sont arrivés une vingtaine de minutes plus tard. Le chantier a duré une quinzaine d’années. Une demi-heure plus tard, la route était rouverte. Une dizaine de vérifiée.',
			'fr',
			ref
		);
		expect(only(f, 'Une centaine de bénévoles')).toMatchObject({ type: 'quantity', value: '100', unit: 'bénévoles' });
		expect(only(f, 'une vingtaine de minutes')).toMatchObject({ type: 'duration', value: 'PT20M' });
		expect(only(f, 'une quinzaine d’années')).toMatchObject({ type: 'duration', value: 'P15Y' });
		expect(only(f, 'Une demi-heure')).toMatchObject({ type: 'duration', value: 'PT30M' });
		// A participle is no counted noun.
		expect(f.some((x) => x.text.includes('vérifiée'))).toBe(false);
	});

	it('reads the age of a person named by a demonym or by a noun and its adjective', () => {
		const f = run(
			'Le procès d’un Nantais de 38 ans s’ouvre lundi. Le cinéaste chilien de 70 ans prépare un film. La ville a signé un bail de 99 ans.',
			'fr',
			ref
		);
		expect(only(f, '38 ans')).toMatchObject({ type: 'quantity', role: 'age', value: '38' });
		expect(only(f, '70 ans')).toMatchObject({ type: 'quantity', role: 'age', value: '70' });
		// A lease is no person: its years are a duration.
		expect(find(f, '99 ans')).toMatchObject({ type: 'duration', value: 'P99Y' });
	});

	it('reads quantities, ranges, money and percentages with French separators', () => {
		const f = run(
			'Entre 40 et 2\u00a0300 soldats ont été déployés dans trois pays. L’État a versé 1,5 milliard d’euros, soit 12,5\u00a0% du budget.',
			'fr',
			ref
		);
		expect(only(f, 'Entre 40 et 2\u00a0300 soldats')).toMatchObject({ type: 'quantity', value: '40-2300', unit: 'soldats' });
		expect(only(run('Il y a 2\u00a0300 soldats.', 'fr', ref), '2\u00a0300 soldats')).toMatchObject({ value: '2300', unit: 'soldats' });
		expect(only(f, 'trois pays')).toMatchObject({ value: '3', unit: 'pays' });
		expect(only(f, '1,5 milliard d’euros')).toMatchObject({ type: 'money', value: '1500000000 EUR' });
		expect(only(f, '12,5\u00a0%')).toMatchObject({ type: 'percent', value: '12.5' });
		expect(f.some((x) => x.type === 'date')).toBe(false);
	});

	it('reads durations in words', () => {
		const f = run('Le contrat de six mois prévoit trois semaines de congés et 48 heures de préavis, soit deux ans et demi de travail.', 'fr', ref);
		expect(only(f, 'de six mois').value).toBe('P6M');
		expect(only(f, 'trois semaines').value).toBe('P3W');
		expect(only(f, '48 heures').value).toBe('PT48H');
		expect(only(f, 'deux ans et demi').value).toBe('P2.5Y');
	});

	it('resolves relative expressions against the reference', () => {
		const f = run(
			'L’hiver dernier, il a neigé. Vendredi, le ministre a parlé. Hier, il pleuvait. L’an dernier, rien. Samedi dernier, le match. Il y a trois jours, la grève.',
			'fr',
			ref
		);
		expect(only(f, 'L’hiver dernier').value).toBe('2024-winter');
		expect(only(f, 'Vendredi').value).toBe('2025-01-24');
		expect(only(f, 'Hier').value).toBe('2025-01-23');
		expect(only(f, 'L’an dernier').value).toBe('2024');
		expect(only(f, 'Samedi dernier').value).toBe('2025-01-18');
		expect(only(f, 'Il y a trois jours').value).toBe('2025-01-21');
	});

	it('reads intervals, numeric dates with a time, and looks ahead in the future tense', () => {
		const f = run('L’attaque a eu lieu dans la nuit du 3 au 4 mai. Le 17/01/2025 à 21h54, l’alerte a été donnée.', 'fr', ref);
		// An interval: ISO 8601 start/end; past tense, so last May.
		expect(only(f, 'dans la nuit du 3 au 4 mai').value).toBe('2024-05-03/2024-05-04');
		expect(only(f, 'Le 17/01/2025 à 21h54')).toMatchObject({ value: '2025-01-17T21:54', precision: 'time' });
		const fut = run('La réunion aura lieu mardi prochain. Il viendra en mars.', 'fr', ref);
		expect(only(fut, 'mardi prochain').value).toBe('2025-01-28');
		expect(only(fut, 'en mars').value).toBe('2025-03');
		const past = run('Il est venu en mars.', 'fr', ref);
		expect(only(past, 'en mars').value).toBe('2024-03');
		// In the present, which French news uses for both, a month is its nearest occurrence.
		const present = run('Le festival commence en avril. Les ventes reculent en décembre. Le club change d’entraîneur en juillet.', 'fr', ref);
		expect(only(present, 'en avril').value).toBe('2025-04');
		expect(only(present, 'en décembre').value).toBe('2024-12');
		expect(only(present, 'en juillet').value).toBe('2025-07');
	});

	it('leaves "fin" and "début" of something else out of the day after them, and an article out of a year', () => {
		const f = run('Le tournoi a touché à sa fin ce dimanche 19 janvier. Le chantier prendra fin le 30 juin 2025. Les travaux ont commencé fin octobre 2023.', 'fr', ref);
		expect(only(f, 'ce dimanche 19 janvier').value).toBe('2025-01-19');
		expect(only(f, 'le 30 juin 2025').value).toBe('2025-06-30');
		expect(only(f, 'fin octobre 2023').value).toBe('2023-10');
		// "la loi de finances 2012 un déficit de…": the article opens the next phrase, it counts nothing.
		const g = run('Le gouvernement avait prévu dans la loi de finances 2012 un déficit de 40 milliards de dinars.', 'fr', ref);
		expect(g.some((x) => /2012 un/u.test(x.text))).toBe(false);
	});

	it('ignores phone numbers, COVID-19, titles, ages in decades and "Mars" the planet', () => {
		const f = run(
			'Appelez le 01 23 45 67 89 pour le COVID-19. Le Premier ministre est parti. Dans ses années 20, il a voyagé. La sonde vers Mars est partie. Le Kremlin a parlé.',
			'fr',
			ref
		);
		expect(f).toEqual([]);
	});

	it('reads ordinals in words, digits and Roman numerals', () => {
		const f = run('Au XXIe siècle, la deuxième guerre et le 4e arrondissement.', 'fr', ref);
		expect(only(f, 'XXIe siècle')).toMatchObject({ type: 'ordinal', value: '21', unit: 'siècle' });
		expect(only(f, 'deuxième guerre').value).toBe('2');
		expect(only(f, '4e arrondissement').value).toBe('4');
	});

	it('reads an ordinal written with its thousands apart ("le 125 000e habitant")', () => {
		const f = run('La commune attend son 125 000e habitant avant la fin de l’année.', 'fr', ref);
		expect(only(f, '125 000e habitant')).toMatchObject({ type: 'ordinal', value: '125000', unit: 'habitant' });
		expect(f.some((x) => x.value === '0')).toBe(false);
	});
});

describe('times of day and names with numbers', () => {
	it('dates a bare time by the news day named before it, and a night interval by its second day', () => {
		const en = run(
			'Hundreds gathered in Folkestone on Monday. The tunnel opened on 6 May 1994.\nAt 2 p.m., a silence was held.',
			'en',
			'2024-05-07'
		);
		expect(only(en, 'At 2 p.m.')).toMatchObject({ type: 'date', value: '2024-05-06T14:00', precision: 'time', inferred: true });
		const fr = run('Le séisme a frappé dans la nuit du 3 au 4 mai.\nLa secousse s’est produite à 2h17 heure locale.', 'fr', '2025-05-06');
		expect(only(fr, 'à 2h17 heure locale').value).toBe('2025-05-04T02:17');
		const merged = run('Polls closed at 8 p.m. on Tuesday.', 'en', '2024-11-07');
		expect(only(merged, 'at 8 p.m. on Tuesday').value).toBe('2024-11-05T20:00');
	});

	it('reads French hours that last as durations and geological time as a span of years', () => {
		const f = run('L’audience a été suspendue après à peine 2h30 de débats. La réunion a duré 1h45. L’alerte a été donnée lundi à 2h30 du matin.', 'fr', '2025-01-24');
		expect(only(f, '2h30')).toMatchObject({ type: 'duration', value: 'PT2H30M' });
		expect(only(f, '1h45')).toMatchObject({ type: 'duration', value: 'PT1H45M' });
		expect(f.some((x) => x.type === 'date' && x.value.endsWith('T02:30'))).toBe(true);
		// In words, a half hour before "de" is the time's, not a count of what follows.
		const words = run('Quatre heures trente de débats ont suffi. Il faudra 3 heures 20 de plus.', 'fr', '2025-01-24');
		expect(only(words, 'Quatre heures trente')).toMatchObject({ type: 'duration', value: 'PT4H30M' });
		expect(words.some((x) => x.type === 'quantity' && x.text.startsWith('trente'))).toBe(false);
		expect(only(words, '3 heures')).toMatchObject({ type: 'duration', value: 'PT3H' });
		// Digits after the hours count what follows them.
		const count = run('En deux heures 30 demandeurs d’asile ont été reçus.', 'fr', '2025-01-24');
		expect(only(count, '30 demandeurs')).toMatchObject({ type: 'quantity', value: '30' });
		const eon = run('Ce reptile vivait il y a 110 millions d’années. Those fish swam there 66 million years ago.', 'fr', '2025-01-24');
		expect(only(eon, '110 millions d’années')).toMatchObject({ type: 'duration', value: 'P110000000Y' });
	});

	it('reads "le 49.3" as the article it names, not a figure', () => {
		const f = run('Le gouvernement a dégainé le 49.3 pour la dixième fois, et un nouveau 49-3 est attendu. La liste a obtenu 49,3 % des voix.', 'fr', '2024-09-01');
		expect(f.filter((x) => x.type === 'quantity')).toEqual([]);
		expect(only(f, '49,3 %')).toMatchObject({ type: 'percent', value: '49.3' });
	});

	it('reads no date in a street named after a day ("la place du 30 Octobre")', () => {
		const f = run('La place du 30 Octobre garde ses feux et la rue du 4 Septembre a rouvert le 12 mars. Il habite avenue du 8 Mai 1945. La réunion du 30 octobre a eu lieu.', 'fr', '2024-09-01');
		expect(f.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2024-03-12', '2024-10-30']);
		// "le pont du 8 mai" is a long weekend, "le cours du 3 mars" a price.
		const days = run('Ils partent pour le pont du 8 mai, et le cours du 3 mars a chuté.', 'fr', '2024-04-01');
		expect(days.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2024-05-08', '2024-03-03']);
	});

	it('reads what a French count counts: no participle’s clause, no class labels', () => {
		// Numbers listed after a name label classes, not counts ("les Open 1, 2 et 3").
		const classes = run('Les Open 1, 2 et 3 sont partis à midi. Il y avait 2, 3 et 4 bateaux par classe.', 'fr', '2025-01-24');
		// A noun after it makes a count: "En Ligue 1, 18 clubs", "Lundi 3, 4 personnes".
		expect(only(run('En Ligue 1, 18 clubs s’affrontent.', 'fr', '2025-01-24'), '18 clubs')).toMatchObject({ type: 'quantity', value: '18' });
		const firstSentence = 'Les Open 1, 2 et 3 sont partis à midi.'.length;
		expect(classes.filter((x) => x.type === 'quantity' && x.start < firstSentence)).toEqual([]);
		expect(classes.some((x) => x.type === 'quantity' && x.start > firstSentence)).toBe(true);
		// A participle with its own complement is no part of a counted noun; an adjective is.
		const counts = run('Les élus ont déposé deux amendements destinés à réduire le budget et trois motions urgentes.', 'fr', '2025-01-24');
		expect(only(counts, 'deux amendements')).toMatchObject({ type: 'quantity', value: '2', text: 'deux amendements' });
		expect(only(counts, 'trois motions urgentes')).toMatchObject({ type: 'quantity', value: '3' });
		// An adjective in -ques or -is is no participle.
		expect(only(run('La ville compte trois écoles publiques de musique.', 'fr', '2025-01-24'), 'trois écoles publiques')).toMatchObject({ type: 'quantity', value: '3' });
		// "issus du…" has its complement too.
		expect(only(run('Sur les 18 élus attendus, seulement 10 conseillers issus du parti au pouvoir ont siégé mardi.', 'fr', '2025-01-24'), '10 conseillers')).toMatchObject({ type: 'quantity', value: '10', text: '10 conseillers' });
		// A time after a participle is its complement; "chaque" is no adjective.
		expect(only(run('La foire a reçu 8 000 visiteurs venus chaque matin de toute la région.', 'fr', '2025-01-24'), '8 000 visiteurs')).toMatchObject({ type: 'quantity', value: '8000', text: '8 000 visiteurs' });
		expect(only(run('Le refuge accueille 30 randonneurs chaque nuit.', 'fr', '2025-01-24'), '30 randonneurs')).toMatchObject({ type: 'quantity', value: '30', text: '30 randonneurs' });
	});

	it('gives no unit to a count before its own verb ("at least 10 suffer from…"), and keeps "10 head of cattle"', () => {
		const f = run('At least 10 suffer from severe cases. About 20 live in tents. The farm keeps 10 head of cattle. They planted 300 oak trees in May.', 'en', '2024-05-10');
		expect(f.filter((x) => x.type === 'quantity').map((x) => x.text)).toEqual(['10', '20', '10 head', '300 oak trees']);
	});

	it('gives no unit to a count before "ever" or "again" ("the fastest 400 ever")', () => {
		const f = run('She ran the fastest 400 ever by a junior, and won 3 again in May.', 'en', '2024-05-10');
		expect(f.filter((x) => x.type === 'quantity').map((x) => x.text)).toEqual(['400', '3']);
	});

	it('counts the plural head of an English compound, and no verb after people ("7 world premieres", "11 men plays")', () => {
		const f = run('The festival includes 7 world premieres. Three police officers were hurt. The team of 11 men plays on Sunday. The clinic saw 84 measles cases.', 'en', '2024-05-10');
		expect(f.filter((x) => x.type === 'quantity').map((x) => x.text)).toEqual(['7 world premieres', 'Three police officers', '11 men', '84 measles cases']);
	});

	it('reads no date in a month that comes back every year ("annuellement en juin", "every year in August")', () => {
		const fr = run('Le festival a eu lieu en mars. Les courses continueront d’avoir lieu annuellement en juin, et la foire se tient chaque année en août.', 'fr', '2023-09-10');
		expect(fr.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['2023-03']);
		const en = run('The fair is held every year in August, and the next one opens in May.', 'en', '2023-09-10');
		expect(en.filter((x) => x.type === 'date').map((x) => x.text)).toEqual(['in May']);
	});

	it('takes the word of an hour chrono reads as a bare number into the date ("vers 3 heures du matin")', () => {
		const f = run('Son décès a été annoncé ce 5 décembre 2022 vers 3 heures du matin. La veillée a eu lieu le 6 décembre 2022 vers 8 heures du soir.', 'fr', '2022-12-07');
		expect(only(f, 'ce 5 décembre 2022 vers 3 heures du matin')).toMatchObject({ type: 'date', value: '2022-12-05T03:00' });
		expect(only(f, 'le 6 décembre 2022 vers 8 heures du soir')).toMatchObject({ type: 'date', value: '2022-12-06T20:00' });
	});

	it('reads no count in the numbers of a list’s items', () => {
		const en = run('The cases fall into three groups: 1.) travellers from abroad; 2.) their close contacts; 3.) others.', 'en', '2025-01-24');
		expect(en.filter((x) => x.type === 'quantity').map((x) => x.value)).toEqual(['3']);
		const fr = run('Le plan vise (1) le budget, (2) les écoles et (3) les 40 crèches de la ville.', 'fr', '2025-01-24');
		expect(fr.filter((x) => x.type === 'quantity').map((x) => x.text)).toEqual(['40 crèches']);
		// Counts in parentheses after their nouns stay counts: no list starts at one there.
		expect(run('Les blessés (2) et les morts (3) ont été transportés à Lyon.', 'fr', '2025-01-24').filter((x) => x.type === 'quantity').map((x) => x.value)).toEqual(['2', '3']);
	});

	it('keeps one preposition in a date surface and reads no count in names', () => {
		const f = run('She will be sworn in on Jan. 6. The Falcon 9 rocket flew. Apollo 11 first landed in 1969.', 'en', '2024-11-07');
		expect(only(f, 'on Jan. 6').value).toBe('2025-01-06');
		expect(f.some((x) => x.value === '9' || x.value === '11')).toBe(false);
		expect(only(f, 'in 1969').value).toBe('1969');
		const fr = run('Un premier bilan fait état de neuf États signataires.', 'fr', '2025-01-24');
		// "Un premier bilan" is a first assessment, not a second one.
		expect(fr.filter((x) => x.type === 'ordinal').map((x) => x.value)).toEqual(['1']);
		// (The adjective after the counted noun is the unit's: "9 États signataires".)
		expect(only(fr, 'neuf États signataires')).toMatchObject({ value: '9', unit: 'États signataires' });
		// A conjunction or adverb opening the sentence is no name: "Si 62 communes", "When 40 pupils".
		const opened = run('La grève a duré. Si 62 communes ont fermé leurs écoles, la ville a tenu. Alors 12 élus ont démissionné.', 'fr', '2025-01-24');
		expect(only(opened, '62 communes')).toMatchObject({ value: '62', unit: 'communes' });
		expect(only(opened, '12 élus')).toMatchObject({ value: '12', unit: 'élus' });
		const when = run('The strike went on. When 40 pupils stayed home, the school closed.', 'en', '2025-01-24');
		expect(only(when, '40 pupils')).toMatchObject({ value: '40', unit: 'pupils' });
	});

	it('reads the tense of the clause around a weekday', () => {
		const f = run('Les représentants ont signé vendredi à Bâle, en Suisse, un traité qui doit durer.', 'fr', '2025-04-12');
		expect(only(f, 'vendredi').value).toBe('2025-04-11');
		const e = run('The club will parade the trophy on Saturday, the club said.', 'en', '2025-03-17');
		expect(only(e, 'on Saturday').value).toBe('2025-03-22');
	});
});

describe('tense and ordinal heads', () => {
	it('reads no counted noun "out" in "four out of the nine provinces"', () => {
		const facts = run('Title\n\nCases are rising, with four out of the nine provinces having outbreaks.', 'en', '2023-01-10');
		expect(facts.some((f) => f.type === 'quantity' && f.unit === 'out')).toBe(false);
		expect(facts.find((f) => f.type === 'quantity' && f.value === '9')?.unit).toBe('provinces');
	});

	it('reads a weekday right after a past participle as past, whatever a later clause says', () => {
		const said = run('Titre\n\nLe projet est utile, selon les avis exprimés mardi au conseil, mais pas une priorité pour le prochain budget.', 'fr', '2023-11-16');
		expect(only(said, 'mardi').value).toBe('2023-11-14');
		const planned = run('Titre\n\nLa réunion programmée mardi au conseil portera sur le prochain budget.', 'fr', '2023-11-16');
		expect(only(planned, 'mardi').value).toBe('2023-11-21');
	});

	it('reads "would begin in June" as the coming June', () => {
		const facts = run('Title\n\nShe said construction of the first sea wall would begin in June.', 'en', '2026-03-06');
		expect(only(facts, 'in June').value).toBe('2026-06');
	});

	it('takes the head noun of an English compound as the ordinal unit', () => {
		const facts = run('Title\n\nShe said construction of the first sea wall would begin soon. It was their fifth attempt to land.', 'en', '2026-03-06');
		expect(facts.find((f) => f.type === 'ordinal' && f.text.startsWith('first'))?.unit).toBe('wall');
		expect(facts.find((f) => f.type === 'ordinal' && f.text.startsWith('fifth'))?.unit).toBe('attempt');
	});

	it('reads a year before a singular noun and its preposition as a year ("a 1971 meeting between…")', () => {
		const facts = run('Title\n\nThe play retells a 1971 meeting between two chess players in Reykjavik.', 'en', '2026-03-06');
		expect(facts.filter((f) => f.text.includes('1971')).map((f) => [f.type, f.value])).toEqual([['date', '1971']]);
	});

	it('reads no amount in a scale word without its count ("plusieurs milliards de F CFA")', () => {
		const fr = run('Titre\n\nAvec un investissement de plusieurs milliards de F CFA, le centre ouvrira en mai. Un milliard d’euros a été versé.', 'fr', '2026-03-06');
		expect(fr.filter((f) => f.type === 'money').map((f) => f.text)).toEqual(['Un milliard d’euros']);
		const en = run('Title\n\nSeveral million dollars were spent on the roof, and thousands of fans came. The club paid a million dollars.', 'en', '2026-03-06');
		expect(en.filter((f) => f.type === 'money' || f.type === 'quantity').map((f) => f.text)).toEqual(['a million dollars']);
		// "Mille" alone is a thousand.
		const mille = run('Titre\n\nMille personnes ont manifesté samedi à Nantes.', 'fr', '2026-03-06');
		expect(mille.filter((f) => f.type === 'quantity').map((f) => f.value)).toEqual(['1000']);
	});

	it('ends an ordinal before a time placed after its noun ("the third quarter last year")', () => {
		const facts = run('Title\n\nPrices rose 2.1% in the quarter, against 2.6% in the third quarter last year, and fell for the second month running.', 'en', '2026-03-06');
		const third = facts.find((f) => f.type === 'ordinal' && f.value === '3');
		expect(third?.text).toBe('third quarter');
		expect(third?.unit).toBe('quarter');
	});

	it('runs an ordinal to the singular head of a longer compound ("the second measles vaccination drive")', () => {
		const facts = run('Title\n\nThe ministry will hold the second measles vaccination drive in four districts next month.', 'en', '2026-03-06');
		expect(facts.find((f) => f.type === 'ordinal')?.text).toBe('second measles vaccination drive');
	});

	it('reads no count in the hundredths of a race time', () => {
		const facts = run('Titre\n\nDerrière elle, la Suissesse Anna Hirt termine à seulement 0\'\'18 avec 3 erreurs.', 'fr', '2026-03-06');
		expect(facts.filter((f) => f.type === 'quantity').map((f) => f.value)).toEqual(['3']);
	});

	it('reads "by a third last year" as no ordinal, and keeps "a third term"', () => {
		const facts = run('Title\n\nExports rose by nearly a third last year. The mayor won a third term in March.', 'en', '2026-03-06');
		expect(facts.filter((f) => f.type === 'ordinal').map((f) => f.text)).toEqual(['third term']);
	});

	it('keeps the adjectives of a French counted noun, and "ou" and its second noun, in its unit', () => {
		const facts = run('Titre\n\nUne seule partie civile était présente. Dans plus de 3 000 villes ou villages, quatre planètes géantes brillent et deux médecins partent.', 'fr', '2026-03-06');
		const unit = (v: string) => facts.find((f) => f.type === 'quantity' && f.value === v)?.unit;
		expect([unit('1'), unit('3000'), unit('4'), unit('2')]).toEqual(['partie civile', 'villes ou villages', 'planètes géantes', 'médecins']);
		// An adjective before the noun is passed over: "trois pleines lunes" counts moons.
		expect(run('Titre\n\nLa zone a la taille de trois pleines lunes dans le ciel.', 'fr', '2026-03-06').find((f) => f.type === 'quantity')?.unit).toBe('lunes');
	});

	it('takes no verb or participle for the counted noun ("dont 12 assortis", "29 peuvent", "two stood out", "80 people attend")', () => {
		const fr = run('Titre\n\nIl écope de 24 mois de prison dont 14 assortis d’un sursis. Le canton compte 41 barrages, dont 17 peuvent céder. Il siège depuis 30 ans dont 12 passés au bureau.', 'fr', '2026-03-06');
		const unitFr = (v: string) => fr.find((f) => f.type === 'quantity' && f.value === v);
		expect([unitFr('14')?.text, unitFr('17')?.text, unitFr('12')?.text]).toEqual(['14', '17', '12']);
		// After "dont", a plural noun is still counted, and so is a participle standing for one.
		expect(run('Titre\n\nLe bilan est de 40 morts, dont 12 enfants.', 'fr', '2026-03-06').find((f) => f.value === '12')?.unit).toBe('enfants');
		expect(run('Titre\n\nOn compte 310 cas de rougeole, dont 57 importés.', 'fr', '2026-03-06').find((f) => f.value === '57')?.unit).toBe('importés');
		expect(run('Titre\n\nLa chambre compte 577 élus, dont 88 députés du Rassemblement national.', 'fr', '2026-03-06').find((f) => f.value === '88')?.unit).toBe('députés');
		// A noun that spells like a past tense stays one: "120 rose bushes", "300 LED lights".
		const nouns = run('Title\n\nThe park planted 120 rose bushes and the town fitted 300 LED lights.', 'en', '2026-03-06');
		expect(nouns.filter((f) => f.type === 'quantity').map((f) => f.unit)).toEqual(['rose bushes', 'lights']);
		const en = run('Title\n\nWe had 80 people attend the open day. Of the many entries, two stood out for the judges.', 'en', '2026-03-06');
		expect(en.find((f) => f.type === 'quantity' && f.value === '80')?.text).toBe('80 people');
		expect(en.some((f) => f.type === 'quantity' && /stood/.test(f.text))).toBe(false);
	});

	it('takes a plural after a first noun ending in s as the head ("37 mumps cases", "12 biomass plants")', () => {
		const facts = run('Title\n\nDoctors have seen 37 mumps cases this winter, and the firm runs 12 biomass plants being built on the coast. They lost 10 matches in a row.', 'en', '2026-03-06');
		const unit = (v: string) => facts.find((f) => f.type === 'quantity' && f.value === v)?.unit;
		expect([unit('37'), unit('12'), unit('10')]).toEqual(['mumps cases', 'biomass plants', 'matches']);
	});

	it('counts alone a number whose singular noun opens a long compound ("12 world rowing cup medals")', () => {
		const facts = run('Title\n\nShe has won 12 world rowing cup medals, and 40 member clubs voted. Seventeen people died.', 'en', '2026-03-06');
		const twelve = facts.find((f) => f.type === 'quantity' && f.value === '12')!;
		expect([twelve.text, twelve.unit]).toEqual(['12', undefined]);
		expect(facts.find((f) => f.type === 'quantity' && f.value === '40')?.unit).toBe('member clubs');
		expect(facts.find((f) => f.type === 'quantity' && f.value === '17')?.unit).toBe('people');
	});
});

describe('decades', () => {
	it.each([
		['Ce rapport date des années 1990.', 'des années 1990', '199X', undefined],
		['Au début des années 2000, la crise a éclaté.', 'Au début des années 2000', '200X', undefined],
		['Dans les années 90, il chantait.', 'Dans les années 90', '199X', true],
		['Les années 20 ont été dures.', 'Les années 20', '202X', true],
		['À la fin des années\u00a01980, rien.', 'À la fin des années\u00a01980', '198X', undefined],
		['Au milieu des années 1970, le pays a changé.', 'Au milieu des années 1970', '197X', undefined]
	])('fr %s', (text, surface, value, inferred) => {
		const f = run(text, 'fr', '2025-01-24');
		expect(only(f, surface)).toMatchObject({ type: 'date', value, precision: 'decade' });
		expect(only(f, surface).inferred).toBe(inferred);
		// No bare year beside the decade.
		expect(f.filter((x) => x.precision === 'year')).toEqual([]);
	});

	it.each([
		['In the 1990s, prices rose.', 'In the 1990s', '199X'],
		['The early 2000s were calm.', 'The early 2000s', '200X'],
		['He missed the ’90s.', 'the ’90s', '199X'],
		["He missed the '80s.", "the '80s", '198X'],
		['He missed the 90s.', 'the 90s', '199X'],
		['It dates from the late 1980s.', 'from the late 1980s', '198X'],
		['The mid-1990s boom ended.', 'The mid-1990s', '199X'],
		['Radio in the 20s was new.', 'in the 20s', '202X']
	])('en %s', (text, surface, value) => {
		const f = run(text, 'en', '2025-01-24');
		expect(only(f, surface)).toMatchObject({ type: 'date', value, precision: 'decade' });
		expect(f.filter((x) => x.precision === 'year')).toEqual([]);
	});

	it('leaves ages, temperatures, counts and lists alone', () => {
		const fr = run('Dans ses années 20, il a voyagé. Mort à 31 ans, il avait vécu les années 1980 et 1990 à Lyon.', 'fr', '2025-01-24');
		expect(fr.filter((x) => x.type === 'date').map((x) => x.value)).toEqual(['198X']);
		expect(only(fr, '31 ans')).toMatchObject({ type: 'quantity', role: 'age' });
		// Two years, not the 2020s.
		expect(run('Les années 2020 et 2021 ont été dures.', 'fr', '2025-01-24').some((x) => x.precision === 'decade')).toBe(false);
		const en = run(
			'She is in her 20s. People in their early 30s and his mid-40s voted. Temperatures were in the 90s, in the high 80s at night. Some 1000s of fans came.',
			'en',
			'2025-01-24'
		);
		expect(en.filter((x) => x.type === 'date')).toEqual([]);
	});
});

describe('relative weeks', () => {
	// 2025-01-24 is a Friday in ISO week 4 (Monday 20 – Sunday 26 January).
	const ref = '2025-01-24';

	it('reads French weeks against the reference', () => {
		const f = run(
			'La semaine dernière, le ministre a parlé. Il reviendra la semaine prochaine. Cette semaine, rien. Depuis la semaine passée, la grève continue.',
			'fr',
			ref
		);
		expect(only(f, 'La semaine dernière')).toMatchObject({ type: 'date', value: '2025-W03', precision: 'week', inferred: true });
		expect(only(f, 'la semaine prochaine').value).toBe('2025-W05');
		expect(only(f, 'Cette semaine').value).toBe('2025-W04');
		expect(only(f, 'Depuis la semaine passée').value).toBe('2025-W03');
	});

	it('reads English weeks and crosses the year', () => {
		const f = run('Last week, the minister spoke. He will return next week. Earlier this week, a vote was held.', 'en', ref);
		expect(only(f, 'Last week')).toMatchObject({ type: 'date', value: '2025-W03', precision: 'week', inferred: true });
		expect(only(f, 'next week').value).toBe('2025-W05');
		expect(only(f, 'this week').value).toBe('2025-W04');
		// Monday 30 December 2024 opens ISO week 1 of 2025.
		expect(only(run('Prices fell last week.', 'en', '2025-01-08'), 'last week').value).toBe('2025-W01');
		expect(only(run('Prices fell last week.', 'en', '2021-01-08'), 'last week').value).toBe('2020-W53');
	});

	it('keeps counts of weeks as durations and leaves other weeks alone', () => {
		const fr = run('Il a pris trois semaines de congés. Cette semaine-là, il pleuvait.', 'fr', ref);
		expect(fr.filter((x) => x.type === 'date')).toEqual([]);
		expect(only(fr, 'trois semaines')).toMatchObject({ type: 'duration', value: 'P3W' });
		const en = run('Last weekend was calm. Over the next week, talks will go on. The strike lasted two weeks.', 'en', ref);
		expect(en.filter((x) => x.type === 'date')).toEqual([]);
		expect(only(en, 'two weeks')).toMatchObject({ type: 'duration', value: 'P2W' });
	});
});

describe('calendar edge cases of relative dates', () => {
	const value = (text: string, lang: Lang, ref: string, surface: string) => only(run(text, lang, ref), surface).value;

	it('"last Friday" said on a Friday is a week before; "next Tuesday" said on a Tuesday a week after', () => {
		// 15 March 2024 is a Friday (13 March is a Wednesday): 15 − 7 = 8 March.
		expect(value('Prices fell last Friday.', 'en', '2024-03-15', 'last Friday')).toBe('2024-03-08');
		// 12 March 2024 is a Tuesday: 12 + 7 = 19 March.
		expect(value('The vote is next Tuesday.', 'en', '2024-03-12', 'next Tuesday')).toBe('2024-03-19');
		// 24 January 2025 is a Friday (the seed's reference): 24 − 7 = 17 January.
		expect(value('Les prix ont baissé vendredi dernier.', 'fr', '2025-01-24', 'vendredi dernier')).toBe('2025-01-17');
		// 21 January 2025 is a Tuesday: 21 + 7 = 28 January.
		expect(value('Le vote aura lieu mardi prochain.', 'fr', '2025-01-21', 'mardi prochain')).toBe('2025-01-28');
		// The day before, they are three days back and one day ahead: Thursday 14 → Friday 8 (−6), Monday 11 → Tuesday 12 (+1).
		expect(value('Prices fell last Friday.', 'en', '2024-03-14', 'last Friday')).toBe('2024-03-08');
		expect(value('The vote is next Tuesday.', 'en', '2024-03-11', 'next Tuesday')).toBe('2024-03-12');
	});

	// Astronomical seasons: spring from 20 March, summer from 21 June, autumn from 22 September,
	// winter from 21 December (labelled with the year of its January).
	it('moves from one season to the next on its first day, not a day early or late', () => {
		// 19 March 2025 is still winter 2025: the last finished winter is 2024's.
		expect(value('Last winter was mild.', 'en', '2025-03-19', 'Last winter')).toBe('2024-winter');
		// 20 March 2025 is spring: winter 2025 has just finished.
		expect(value('Last winter was mild.', 'en', '2025-03-20', 'Last winter')).toBe('2025-winter');
		expect(value('L’hiver dernier a été doux.', 'fr', '2025-03-19', 'L’hiver dernier')).toBe('2024-winter');
		expect(value('L’hiver dernier a été doux.', 'fr', '2025-03-20', 'L’hiver dernier')).toBe('2025-winter');
		// 20 June 2025 is spring, so next summer is 2025's; from 21 June it is summer 2025, so next is 2026's.
		expect(value('Next summer the bridge will open.', 'en', '2025-06-20', 'Next summer')).toBe('2025-summer');
		expect(value('Next summer the bridge will open.', 'en', '2025-06-21', 'Next summer')).toBe('2026-summer');
		expect(value('L’été prochain, le pont ouvrira.', 'fr', '2025-06-20', 'L’été prochain')).toBe('2025-summer');
		expect(value('L’été prochain, le pont ouvrira.', 'fr', '2025-06-21', 'L’été prochain')).toBe('2026-summer');
		// 21 September is summer (next autumn: 2025's); 22 September is autumn (next: 2026's).
		expect(value('Next autumn the law takes effect.', 'en', '2025-09-21', 'Next autumn')).toBe('2025-autumn');
		expect(value('Next autumn the law takes effect.', 'en', '2025-09-22', 'Next autumn')).toBe('2026-autumn');
		// 20 December 2025 is autumn (next winter: 21 Dec 2025 – 19 Mar 2026 = 2026-winter);
		// 21 December 2025 is already in that winter, so the next one is 2027's.
		expect(value('Next winter the law takes effect.', 'en', '2025-12-20', 'Next winter')).toBe('2026-winter');
		expect(value('Next winter the law takes effect.', 'en', '2025-12-21', 'Next winter')).toBe('2027-winter');
	});

	it('a day without a year exactly half-way between two candidates goes to the past one', () => {
		// Reference 3 July 2024. 2 January 2024 → 3 July 2024: 29 (rest of January) + 29 (February,
		// leap) + 31 + 30 + 31 + 30 (March–June) + 3 = 183 days back. 3 July 2024 → 2 January 2025:
		// 28 (rest of July) + 31 + 30 + 31 + 30 + 31 (August–December) + 2 = 183 days ahead. A tie.
		expect(value('Rendez-vous le 2 janvier.', 'fr', '2024-07-03', 'le 2 janvier')).toBe('2024-01-02');
		expect(value('Deadline: January 2.', 'en', '2024-07-03', 'January 2')).toBe('2024-01-02');
		// A day either side breaks the tie: on 2 July, 182 back vs 184 ahead; on 4 July, 184 back vs 182 ahead.
		expect(value('Rendez-vous le 2 janvier.', 'fr', '2024-07-02', 'le 2 janvier')).toBe('2024-01-02');
		expect(value('Rendez-vous le 2 janvier.', 'fr', '2024-07-04', 'le 2 janvier')).toBe('2025-01-02');
	});
});

describe('seconds that are not a time, and a time without its zero', () => {
	const ref = '2025-01-24';
	it('reads "un second tour" and "a second term" as ordinals, ".17 seconds" as 0.17 s', () => {
		const fr = run("Dans 4 800 communes, les électeurs voteront pour un second tour le 22 mars. L'attente a duré une seconde.", 'fr', ref);
		expect(fr.some((f) => f.type === 'duration' && f.value === 'PT1S' && /second tour/.test(f.text))).toBe(false);
		const en = run('She won a second term in 2019. The Norwegian won the final by .17 seconds.', 'en', ref);
		expect(en.some((f) => f.type === 'duration' && /second term/.test(f.text))).toBe(false);
		expect(only(en, '.17 seconds')).toMatchObject({ type: 'duration', value: 'PT0.17S' });
	});

	it('reads no verb, preposition or infinitive’s participle into the noun a count or a rank counts', () => {
		// An ordinal counts one thing: a word in -s after it is its verb.
		const en = run('The 27th annual parade draws crowds every year. The 9th county show opens on Friday.', 'en', '2024-05-02');
		expect(find(en, '27th')).toMatchObject({ type: 'ordinal', unit: 'parade', text: '27th annual parade' });
		expect(find(en, '9th')).toMatchObject({ type: 'ordinal', unit: 'show', text: '9th county show' });
		// (A plural that modifies a noun is no verb: "the 10th annual arts festival".)
		expect(find(run('The 10th annual arts festival opened on Friday.', 'en', '2024-05-02'), '10th')).toMatchObject({ type: 'ordinal', unit: 'festival' });
		// (A word in -s that is a verb as often stays one: "the 3rd team works closely…".)
		expect(find(run('The 3rd team works closely with the police.', 'en', '2024-05-02'), '3rd')).toMatchObject({ type: 'ordinal', unit: 'team' });
		// A preposition after a French rank is no noun.
		const rank = run('La skieuse suisse a terminé cinquième derrière deux Autrichiennes.', 'fr', '2024-05-02');
		expect(rank.some((f) => f.type === 'ordinal' && /derrière/u.test(f.text))).toBe(false);
		// A participle with an infinitive after it opens a clause: the count is of the noun alone.
		const fr = run('Quatre bénévoles venus aider les sinistrés ont été accueillis. Six wagons chargés encore de charbon attendaient.', 'fr', '2024-05-02');
		expect(find(fr, 'Quatre bénévoles')).toMatchObject({ type: 'quantity', value: '4', text: 'Quatre bénévoles' });
		expect(find(fr, 'Six wagons')?.text).toBe('Six wagons chargés');
	});

	it('never takes a weekday for the noun a number counts', () => {
		const f = run('La réforme a été adoptée par 287 voix contre 250 mardi soir. The plan passed by 28 votes to 19 on Tuesday.', 'fr', ref);
		expect(f.some((x) => /mardi/.test(x.text) && x.type === 'quantity')).toBe(false);
	});
});

describe('the noun an ordinal counts', () => {
	it('stops before a relative clause ("the 19th consecutive day that temperatures…")', () => {
		const f = run('Friday marked the 12th consecutive day that rivers were above flood level. The agency ran its third annual survey that farmers answered.', 'en', '2025-01-24');
		expect(only(f, '12th consecutive day')).toMatchObject({ type: 'ordinal', value: '12', unit: 'day' });
		expect(f.some((x) => x.type === 'ordinal' && /that/.test(x.text))).toBe(false);
	});
});

describe('the future perfect', () => {
	it('reads a bare month in a future perfect clause as its nearest occurrence', () => {
		// Written in January: "décembre aura été…" is the December just past, "aura terminé … en mars" the coming March.
		const past = run("En décembre, l'usine de Vernay aura livré 112 moteurs à 51 clients.", 'fr', '2024-01-12');
		expect(find(past, 'décembre')?.value).toBe('2023-12');
		const ahead = run('Le chantier aura terminé la première tranche en mars.', 'fr', '2024-01-12');
		expect(find(ahead, 'mars')?.value).toBe('2024-03');
		// "aura lieu" is a plain future: a noun in -u is no participle.
		expect(find(run('Le vote aura lieu en décembre.', 'fr', '2024-01-12'), 'décembre')?.value).toBe('2024-12');
		// The plain future still looks ahead, the passé composé back.
		expect(find(run('Elle livrera 40 moteurs en novembre.', 'fr', '2024-01-12'), 'novembre')?.value).toBe('2024-11');
		expect(find(run('En novembre, elle a livré 40 moteurs.', 'fr', '2024-01-12'), 'novembre')?.value).toBe('2023-11');
	});
});

describe('numbers a quiz answer must not cut', () => {
	it('reads a Swiss thousands apostrophe, keeps "pole" in "15 pole positions", and reads no "million years" out of "five-10 million years"', () => {
		const fr = run("Au total, 480'500 électeurs ont voté dimanche dans le canton de Vaud.", 'fr', '2024-01-12');
		expect(only(fr, "480'500 électeurs")).toMatchObject({ type: 'quantity', value: '480500' });
		const en = run('The planet is only five-10 million years old. Leclerc has taken 15 pole positions in his career.', 'en', '2024-01-12');
		expect(en.some((f) => f.value === 'P1000000Y')).toBe(false);
		expect(only(en, '15 pole positions')).toMatchObject({ type: 'quantity', value: '15', unit: 'pole positions' });
		// A bracket after the unit closes it: "square kilometres (…)", not "square" alone.
		const area = run('The fire burned 4,210 square kilometres (1,625 square miles) of forest last summer.', 'en', '2024-01-12');
		expect(only(area, '4,210 square kilometres')).toMatchObject({ type: 'quantity', value: '4210', unit: 'square kilometres' });
	});
});

describe('a decimal comma in English', () => {
	it('reads "9,7%" and "6,1 per cent" as decimals, "1,250 people" as a thousand', () => {
		const en = run('Inflation rose to 8,4% in May from 7,9 per cent, while 1,250 people lost their jobs.', 'en', '2024-06-01');
		expect(only(en, '8,4%')).toMatchObject({ type: 'percent', value: '8.4' });
		expect(only(en, '7,9 per cent')).toMatchObject({ type: 'percent', value: '7.9' });
		expect(only(en, '1,250 people')).toMatchObject({ type: 'quantity', value: '1250' });
	});
});

describe('Korea’s won and the verb', () => {
	it('reads "won" as money after thousands or a scale word, and as the verb after a year, a small count or before what was won', () => {
		const fs = run('The team formed in 2004 won the league. Entry costs 12,000 won, and the group lost 1.7 trillion won in 2023. Of the 9 bidders, 2 won contracts. Of the 3,500 bidders, 1,200 won contracts. The city will spend 40 trillion won through 2031.', 'en', '2024-06-01');
		expect(fs.filter((f) => f.type === 'money').map((f) => f.value)).toEqual(['12000 KRW', '1700000000000 KRW', '40000000000000 KRW']);
		expect(only(fs, 'in 2004')).toMatchObject({ type: 'date', value: '2004' });
	});
});

describe('figures as British and Gulf papers shorten them', () => {
	it('reads "9pc" as per cent and "2.3trn" as a trillion, but not "PC" nor a "pc" inside a word', () => {
		const en = run('Port revenues posted a 9pc fall to 41.2bn dirhams, while the national debt stood at 2.3trn dollars and exports grew 3.5 pc.', 'en', '2024-06-01');
		expect(only(en, '9pc')).toMatchObject({ type: 'percent', value: '9' });
		expect(only(en, '3.5 pc')).toMatchObject({ type: 'percent', value: '3.5' });
		expect(only(en, '2.3trn dollars')).toMatchObject({ type: 'money', value: '2300000000000 USD' });
		const pcs = run('The school bought 20 PC monitors and 12 pcs of furniture last spring.', 'en', '2024-06-01');
		expect(pcs.filter((f) => f.type === 'percent')).toEqual([]);
	});
});

describe('words after a number that it does not count', () => {
	it('counts "les 9 mis en cause" as people charged, not as "9 mis"', () => {
		const f = run('Trois des 7 mis en cause ont été relaxés, et deux mises en examen ont été levées.', 'fr', '2024-03-01');
		expect(only(f, '7 mis en cause')).toMatchObject({ type: 'quantity', value: '7', unit: 'mis en cause' });
		expect(only(f, 'deux mises en examen')).toMatchObject({ type: 'quantity', value: '2', unit: 'mises en examen' });
	});

	it('reads no count out of a time, a clause word, a title, a singular noun or a year naming a noun', () => {
		const en = run(
			'Voting resumed just before nine o\'clock. The men\'s coxed eight where Harwick led was close. Her film “One Quiet Summer” won. Seeds went to 40 village and district schools. Prices stayed under the 2019 level of 4%. The reserve covers 3000 square kilometres.',
			'en',
			'2024-03-01'
		);
		expect(en.some((f) => /o'clock|eight where|One Quiet/.test(f.text))).toBe(false);
		expect(only(en, '40')).toMatchObject({ type: 'quantity', value: '40' });
		expect(only(en, '2019')).toMatchObject({ type: 'date', value: '2019' });
		expect(only(en, '3000 square kilometres')).toMatchObject({ type: 'quantity', unit: 'square kilometres' });
		const fr = run('Elle court ici depuis 2011 année de son premier titre. Il a écopé de 80 jours-amende et de 30 heures de travail.', 'fr', '2024-03-01');
		expect(only(fr, 'depuis 2011')).toMatchObject({ type: 'date', value: '2011' });
		expect(only(fr, '80 jours-amende')).toMatchObject({ type: 'quantity', value: '80', unit: 'jours-amende' });
		expect(only(fr, 'de 30 heures')).toMatchObject({ type: 'duration', value: 'PT30H' });
		// Still counts: a singular noun after a count that has no plural s, an abbreviated unit, a count after a label.
		const counts = run('Rangers counted 40 bison near the lake. In the first phase 200 homes will be connected.', 'en', '2024-03-01');
		expect(only(counts, '40 bison')).toMatchObject({ type: 'quantity', unit: 'bison' });
		expect(only(counts, '200 homes')).toMatchObject({ type: 'quantity', value: '200' });
		expect(only(run('Il a couru le semi-marathon en 75 min samedi.', 'fr', '2024-03-01'), 'en 75 min')).toMatchObject({ type: 'duration', value: 'PT75M' });
		// A number after the noun it labels: "serotype 2", "level 3", "category 4" ("le sérotype 2", "au niveau 3").
		const labels = run('The virus is still serotype 2 and the alert is at level 3. The storm reached category 4, while 17 died.', 'en', '2024-03-01');
		expect(labels.filter((f) => f.type === 'quantity').map((f) => f.text)).toEqual(['17']);
	});
});

describe('race times and figures that look like dates', () => {
	it('reads "2h 07m 43s", "2 h 07 min 43 s" and "2:24:21" as one length of time, and "5/6.000 tonnes" as no date', () => {
		const en = run('Lena Markov won the Harbury marathon in a course record of 2h 07m 43s. The runner-up finished in 2:24:21.', 'en', '2022-01-10');
		expect(only(en, '2h 07m 43s')).toMatchObject({ type: 'duration', value: 'PT2H7M43S' });
		expect(only(en, '2:24:21')).toMatchObject({ type: 'duration', value: 'PT2H24M21S' });
		expect(en.some((f) => f.type === 'quantity' && /07m/.test(f.text))).toBe(false);
		const fr = run("Elle a couru le marathon en 2 h 07 min 43 s. En moyenne, c'est 5/6.000 tonnes d'algues par an.", 'fr', '2022-01-10');
		expect(only(fr, '2 h 07 min 43 s')).toMatchObject({ type: 'duration', value: 'PT2H7M43S' });
		expect(fr.some((f) => f.type === 'date' && /5\/6/.test(f.text))).toBe(false);
		// A time of day stays one.
		expect(run('La séance a commencé à 14h30.', 'fr', '2022-01-10').some((f) => f.type === 'duration')).toBe(false);
	});
});

describe('the tense a weekday takes', () => {
	it('reads a weekday in the tense of its own clause, not of the one after "and"', () => {
		// Published on Tuesday 14 June 2011.
		const past = run('The two parties voted against the motion Monday and are expected to oppose the bill as well.', 'en', '2011-06-14');
		expect(find(past, 'Monday')?.value).toBe('2011-06-13');
		const ahead = run('The council will vote on Monday and the mayor said it was time.', 'en', '2011-06-14');
		expect(find(ahead, 'Monday')?.value).toBe('2011-06-20');
	});

	it('reads a past form after "be" as a passive in the tense of its auxiliary ("is to be held Sunday")', () => {
		// Published on Thursday 9 March 2006: the Sunday ahead is the 12th.
		const held = run('The burial is to be held Sunday in the village where she was born.', 'en', '2006-03-09');
		expect(find(held, 'Sunday')?.value).toBe('2006-03-12');
		const signed = run('The deal will be signed Sunday at the town hall.', 'en', '2006-03-09');
		expect(find(signed, 'Sunday')?.value).toBe('2006-03-12');
		const past = run('The burial was held Sunday in the village where she was born.', 'en', '2006-03-09');
		expect(find(past, 'Sunday')?.value).toBe('2006-03-05');
		// An adverb or a hyphenated verb between.
		expect(find(run('The new bridge will be officially opened Sunday.', 'en', '2006-03-09'), 'Sunday')?.value).toBe('2006-03-12');
		expect(find(run('The new bridge will be also opened Sunday.', 'en', '2006-03-09'), 'Sunday')?.value).toBe('2006-03-12');
		expect(find(run('The mayor will be re-elected Sunday by the council.', 'en', '2006-03-09'), 'Sunday')?.value).toBe('2006-03-12');
	});

	it('reads no past in "n’est plus": "plus" after an auxiliary is no participle', () => {
		const facts = run('Dès le 6 novembre, ce n’est plus le conseil mais le tribunal qui siégera dans la salle.', 'fr', '2023-08-15');
		expect(find(facts, '6 novembre')?.value).toBe('2023-11-06');
	});

	it('reads a year after "our", "my", "your" as the year it qualifies, never a count ("our 2024 Writer-in-Residence")', () => {
		const facts = run('The library thanked our 2024 Writer-in-Residence Maya Okafor for her readings.', 'en', '2024-11-02');
		expect(only(facts, '2024').type).toBe('date');
		expect(facts.some((f) => f.type === 'quantity')).toBe(false);
	});

	it('keeps the "de" of a count of a named group, whose noun is left out ("des 12 de Renew", not "12 Renew")', () => {
		const facts = run('La motion a obtenu les voix des 40 élus socialistes, des 12 de Renew et des trois de Volt.', 'fr', '2024-05-02');
		expect(only(facts, '12 de Renew')).toMatchObject({ type: 'quantity', value: '12', unit: 'de Renew' });
	});

	it('reads the day in "the evening of 22 June", which chrono loses behind the part of the day', () => {
		const facts = run('The fair opened on the evening of 14 May with a parade. Police were called on the night of 2 March 2023.', 'en', '2024-05-20');
		expect(only(facts, 'on the evening of 14 May').value).toBe('2024-05-14');
		expect(only(facts, 'on the night of 2 March 2023').value).toBe('2023-03-02');
		expect(facts.some((f) => f.type === 'quantity')).toBe(false);
	});

	it('counts the noun after an adjective in -ent and an acronym ("212 recent HIV infections"), not the adjective', () => {
		const facts = run('The clinic recorded 212 recent HIV infections last year.', 'en', '2024-05-20');
		expect(only(facts, '212 recent HIV infections')).toMatchObject({ type: 'quantity', value: '212', unit: 'infections' });
	});


	it('reads the Swiss "mio" and "mia" as million and milliard ("2,4 mio CHF", "12 mio de visiteurs")', () => {
		const facts = run('Le chiffre d’affaires a atteint 2,4 mio CHF en 2023, et le musée a accueilli 1,2 mio de visiteurs.', 'fr', '2024-03-08');
		expect(only(facts, '2,4 mio CHF')).toMatchObject({ type: 'money', value: '2400000 CHF' });
		expect(only(facts, '1,2 mio de visiteurs')).toMatchObject({ type: 'quantity', value: '1200000', unit: 'visiteurs' });
	});

	it('reads two figures, not a range, where a verb of change goes "de … à" or "from … to"', () => {
		const fr = run('Le nombre de membres est passé de 40 à 65 en un an, et entre 10 et 12 salariés seront embauchés.', 'fr', '2024-03-08');
		expect(fr.some((f) => f.value === '40-65')).toBe(false);
		expect(only(fr, 'entre 10 et 12 salariés').value).toBe('10-12');
		const en = run('Membership rose from 40 to 65 members last year.', 'en', '2024-03-08');
		expect(en.some((f) => f.value === '40-65')).toBe(false);
	});

	it('ends a French count\'s noun before a participle or an adjective with its own complement ("trois frères originaires de Dinan", "15 tirs cadrés vers le but")', () => {
		const facts = run('Les trois frères originaires de Dinan ont été jugés. Le gardien a repoussé 15 tirs cadrés vers son but.', 'fr', '2024-03-08');
		expect(only(facts, 'trois frères').unit).toBe('frères');
		expect(only(facts, '15 tirs').unit).toBe('tirs');
	});

	it('gives a month the past year when what it dates is the latest one ("son plus récent budget, en avril", "the latest survey, in May")', () => {
		const fr = run('La province prévoit un déficit cette année, plus lourd que celui de son plus récent budget, en avril.', 'fr', '2017-11-20');
		expect(only(fr, 'en avril').value).toBe('2017-04');
		const en = run('The council expects a deficit this year, above the figure of its latest budget, in May.', 'en', '2017-11-20');
		expect(only(en, 'in May').value).toBe('2017-05');
	});

	it('keeps a future verb\'s month ahead though "latest" stands near it, and a day after "qu\'en 2019" yearless', () => {
		const f = run('The mayor will present the latest plans for the harbour in April.', 'en', '2023-11-20');
		expect(only(f, 'in April').value).toBe('2024-04');
		// A long name between "précédent" and the month still dates it; a future in -ra does not.
		expect(only(run('Selon le bilan précédent du ministère de la Santé, en novembre, on compte 300 cas.', 'fr', '2024-06-15'), 'en novembre').value).toBe('2023-11');
		expect(only(run('Le précédent propriétaire vendra la maison en avril.', 'fr', '2017-02-20'), 'en avril').value).toBe('2017-04');
		const article = articleFrom('Le festival a accueilli 90 000 visiteurs, soit plus qu’en 2019. Il a débuté le 4 juillet.', 'fr');
		const undated = extractTemporal({ article, reference: '2019-07-01', referencePrecision: 'none' });
		expect(undated.some((x) => x.value.endsWith('-07-04'))).toBe(false);
	});
});

describe('numbers that are sides, labels or the subject of a verb', () => {
	it('counts nothing in a dimension ("40 x 25 metres"), a label list ("les sérotypes 2 et 3") or a verb after a figure', () => {
		const en = run('The new hall would measure roughly 40 x 25 metres and open in May. The relay team ran the 4 × 400 m in Oslo.', 'en', '2024-03-01');
		expect(en.filter((f) => f.type === 'quantity')).toEqual([]);
		const fr = run('Désormais, les sérotypes 2 et 3 circulent dans toute la région. Le terrain mesure 120 x 80 mètres.', 'fr', '2024-03-01');
		expect(fr.filter((f) => f.type === 'quantity')).toEqual([]);
		// "dont 1,8 million devrait être payé": the auxiliary is no unit; "300 doivent partir" neither.
		const aux = run('La commune demandera 2,4 millions de francs, dont 1,8 million devrait être payé par le canton. Au total, 300 doivent partir.', 'fr', '2024-03-01');
		expect(only(aux, '1,8 million')).toMatchObject({ type: 'quantity', value: '1800000' });
		expect(aux.find((f) => f.value === '1800000')?.unit).toBeUndefined();
		expect(only(aux, '300').unit).toBeUndefined();
		// A race time in seconds and thousandths: "en 6 sec 012", "6 s 45".
		expect(run('Elle a couru la voie en 6 sec 012 samedi, contre 6 s 45 l’an dernier.', 'fr', '2024-03-01').filter((f) => f.type === 'quantity')).toEqual([]);
		// A decade's "s" is no second: "Since the 1990s 200 families have left".
		expect(run('Since the 1990s 200 families have left the valley.', 'en', '2024-03-01').filter((f) => f.type === 'quantity').map((f) => f.value)).toEqual(['200']);
		// A factor is no count: "holds 40 x more water".
		expect(run('The new tank holds 40 x more water than the old one.', 'en', '2024-03-01').filter((f) => f.type === 'quantity')).toEqual([]);
		// Halves are two by themselves: "split into two halves" counts nothing.
		expect(run('This year the league was divided into two halves for the first time.', 'en', '2024-03-01').filter((f) => f.type === 'quantity')).toEqual([]);
		// Still counts and money: "3 mètres", "40 x" with no second figure is not a dimension.
		expect(only(run('Les vagues atteignaient 3 mètres lundi.', 'fr', '2024-03-01'), '3 mètres')).toMatchObject({ type: 'quantity', unit: 'mètres' });
	});

	it('counts nothing in a list of sections or articles of a law, nor in a subsection "402(2)"', () => {
		const en = run('The charges were laid under section 120, 147, 149 and 506 of the code. The acts breach sections 211, 305(3) and 9 of the law.', 'en', '2024-03-01');
		expect(en.filter((f) => f.type === 'quantity')).toEqual([]);
		const fr = run('Il est poursuivi au titre des articles 222, 223 et 224 du code pénal, devant 12 jurés.', 'fr', '2024-03-01');
		expect(fr.filter((f) => f.type === 'quantity').map((f) => f.text)).toEqual(['12 jurés']);
		// After a comma with no more of the list, a number is the sentence's own count.
		const counts = run('Under section 144, 20 people were arrested. Under alert level 3, 12 were killed.', 'en', '2024-03-01');
		expect(counts.filter((f) => f.type === 'quantity').map((f) => f.value)).toEqual(['20', '12']);
		// A list joined by commas alone ends on its last number: "sections 3, 4 of the code".
		expect(run('The bill amends sections 7, 8 of the code. Les articles 12, 13 du code changent.', 'en', '2024-03-01').filter((f) => f.type === 'quantity')).toEqual([]);
	});

	it('reads the letters after a dollar sign as its country ("56 $ US", "3 millions $ CA")', () => {
		const fr = run('Le budget misait sur un baril à 61 $ US, et les travaux coûtent 3 millions $ CA.', 'fr', '2024-03-01');
		expect(only(fr, '61 $ US')).toMatchObject({ type: 'money', value: '61 USD' });
		expect(only(fr, '3 millions $ CA')).toMatchObject({ type: 'money', value: '3000000 CAD' });
		// "au" after a dollar sign is the French word: "56 $ au début de la semaine".
		const au = run('Le baril valait 56 $ au début de la semaine, et le projet coûte 3 millions $ AU.', 'fr', '2024-03-01');
		expect(only(au, '56 $')).toMatchObject({ type: 'money', value: '56 USD' });
		expect(only(au, '3 millions $ AU')).toMatchObject({ type: 'money', value: '3000000 AUD' });
	});

	it('reads "half a million pounds" as half of a million', () => {
		const en = run('A treasurer who took nearly half a million pounds from the club was fined. The city borrowed half a billion dollars.', 'en', '2024-03-01');
		expect(only(en, 'half a million pounds')).toMatchObject({ type: 'money', value: '500000 GBP' });
		expect(only(en, 'half a billion dollars')).toMatchObject({ type: 'money', value: '500000000 USD' });
	});

	it('reads "a quarter of a million" as a quarter of the whole, and "a quarter of 400 pupils" as 400', () => {
		const en = run('Nearly a quarter of a million fans came to the final. A quarter of 400 pupils passed.', 'en', '2024-03-01');
		expect(only(en, 'a quarter of a million fans')).toMatchObject({ type: 'quantity', value: '250000', unit: 'fans' });
		expect(only(en, '400 pupils')).toMatchObject({ type: 'quantity', value: '400' });
	});

	it('reads no count in a British phone number, and keeps the thousands of a French figure', () => {
		const en = run('To book a seat, call the box office on 01632 960123 or 020 7946 0958 before 12 people fill the hall.', 'en', '2024-03-01');
		expect(en.map((f) => f.text)).toEqual(['12 people']);
		const fr = run('Le budget atteint 7 008 000 euros et la salle compte 3 050 places.', 'fr', '2024-03-01');
		expect(only(fr, '7 008 000 euros')).toMatchObject({ type: 'money', value: '7008000 EUR' });
		expect(only(fr, '3 050 places')).toMatchObject({ type: 'quantity', value: '3050' });
	});

	it('reads the firm or suspended part of a French penalty in its years or months, not as farms', () => {
		const fr = run('Le tribunal l’a condamné à six ans de prison dont cinq ferme, et son complice à 20 mois dont 8 avec sursis. Le couple exploite deux fermes.', 'fr', '2024-03-01');
		expect(only(fr, 'cinq')).toMatchObject({ type: 'duration', value: 'P5Y' });
		expect(only(fr, '8')).toMatchObject({ type: 'duration', value: 'P8M' });
		expect(only(fr, 'deux fermes')).toMatchObject({ type: 'quantity', value: '2', unit: 'fermes' });
	});

	it('keeps the inclusive ending of a counted French noun ("vainqueur(e)s", "élu·e·s")', () => {
		const fr = run('Au départ, quatre anciens champion(ne)s et 35 élu·e·s de la région.', 'fr', '2024-03-01');
		expect(only(fr, 'quatre anciens champion(ne)s')).toMatchObject({ type: 'quantity', value: '4' });
		expect(only(fr, '35 élu·e·s')).toMatchObject({ type: 'quantity', value: '35' });
	});

	it('reads a bare French "livres" as books or a weight, and as pounds only in a sentence about money', () => {
		const fr = run('Près de 12 000 livres prêtés dorment chez les abonnés. Le pêcheur a sorti un brochet de 9 livres. Le club anglais a payé 40 millions de livres pour l’attaquant.', 'fr', '2024-03-01');
		expect(only(fr, '12 000 livres')).toMatchObject({ type: 'quantity', value: '12000', unit: 'livres' });
		expect(only(fr, '9 livres')).toMatchObject({ type: 'quantity', value: '9', unit: 'livres' });
		expect(only(fr, '40 millions de livres')).toMatchObject({ type: 'money', value: '40000000 GBP' });
		// A country, a literary prize, a cookbook: no money.
		const books = run('Le pays compte 9 000 livres prêtés. Le lauréat du prix a vendu 400 000 livres. Elle a vendu 5 000 livres de recettes.', 'fr', '2024-03-01');
		expect(books.filter((x) => x.type === 'money')).toEqual([]);
		// A price, a rent, a British club: money.
		const money = run('Le prix du billet s’élève à 20 livres. À Londres, le loyer moyen atteint 2 000 livres. Le club anglais a déboursé 50 millions de livres.', 'fr', '2024-03-01');
		expect(money.filter((x) => x.type === 'money').map((x) => x.value)).toEqual(['20 GBP', '2000 GBP', '50000000 GBP']);
	});
});

describe('the year of a month said without one', () => {
	it('reads a month by the verb of its own voice, not by a future inside the quotation before it', () => {
		// Published in April: « … reprendra » is the speaker's, "précise la mairie" the paper's present.
		const fr = run('« Le chantier reprendra bientôt et sera suivi de près », précise la mairie à la fin du mois de mars.', 'fr', '2022-04-10');
		expect(only(fr, 'à la fin du mois de mars').value).toBe('2022-03');
		const en = run('"Work will resume soon," the council says in March.', 'en', '2022-04-10');
		expect(only(en, 'in March').value).toBe('2022-03');
		// A title quoted between the verb and the month is no other voice: the future still looks ahead.
		expect(only(run('Le groupe sortira « Soleil de minuit » en mars.', 'fr', '2022-04-10'), 'en mars').value).toBe('2023-03');
	});

	it('gives an undated text\'s month no year a figure was compared with ("on les compare à 2021", "supérieures à 2021")', () => {
		const undated = (text: string, lang: 'fr' | 'en') => extractTemporal({ article: articleFrom(text, lang), reference: '2019-07-01', referencePrecision: 'none' });
		expect(undated('Les recettes restent stables lorsqu’on les compare à 2021. Une première révision a eu lieu en juin.', 'fr').some((x) => x.value.startsWith('2021-06'))).toBe(false);
		expect(undated('Les recettes sont nettement supérieures à 2021. Une première révision a eu lieu en juin.', 'fr').some((x) => x.value.startsWith('2021-06'))).toBe(false);
		expect(undated('Revenue is flat as it compares with 2021. A first revision came in June.', 'en').some((x) => x.value.startsWith('2021-06'))).toBe(false);
		// A year of the story itself still dates it.
		expect(undated('Les recettes ont chuté en 2021. Une première révision a eu lieu en juin.', 'fr').some((x) => x.value.startsWith('2021-06'))).toBe(true);
	});
});
