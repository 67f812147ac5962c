import { describe, it, expect } from 'vitest';
import type { Gender } from './gender';
import { aliasesOf, dateDistractors, distractorsFor, nearbyNumbers, numberDistractors, seededShuffle, personDistractors, placeDistractors } from './distractors';
import { hashString } from '../../seeded-random';
import { normalizeText } from '../text/normalize';
import type { Fact } from '../types';

const fact = (over: Partial<Fact>): Fact => ({ id: 'x-1', type: 'person', value: '', text: '', start: 0, end: 1, sentence: 0, ...over });
/** A named fact of a type whose id ("person-3") places it in the text. */
const named = (type: Fact['type']) => (id: string, value: string) => fact({ id, type, value, text: value, start: +id.split('-')[1] * 100, end: +id.split('-')[1] * 100 + 10, confidence: 0.9 });

describe('seeded helpers', () => {
	it('hash and shuffle are deterministic', () => {
		expect(hashString('date-423')).toBe(hashString('date-423'));
		expect(hashString('date-423')).not.toBe(hashString('date-424'));
		const a = seededShuffle([1, 2, 3, 4, 5, 6], 42);
		expect(seededShuffle([1, 2, 3, 4, 5, 6], 42)).toEqual(a);
		expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
	});
});

describe('dateDistractors', () => {
	it('gives three dates at the same precision, near the answer, never the answer', () => {
		const d = dateDistractors('2025-01-17', 'fr', ['2025-01-17', '2025-01-24', '2024-12'], 7);
		expect(d).toHaveLength(3);
		for (const o of d) {
			expect(o.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(o.value).not.toBe('2025-01-17');
			expect(o.label).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
		}
		// One date of the article first (a plausible confusion); month-only dates are not used.
		expect(d[0].value).toBe('2025-01-24');
		expect(new Set(d.map((o) => o.value)).size).toBe(3);
	});
	it('offers no day after the publication day for a past day worked out from it', () => {
		for (let seed = 0; seed < 20; seed++) {
			const d = dateDistractors('2024-05-04', 'fr', ['2024-05-04', '2024-06-12'], seed, 3, 1, '2024-05-08');
			expect(d).toHaveLength(3);
			for (const o of d) expect(o.value <= '2024-05-08').toBe(true);
		}
	});
	it('offers days on the weekday the stem keeps ("mardi _____")', () => {
		// 2024-05-14 is a Tuesday; 2024-05-16 (a Thursday) is in the article too.
		for (let seed = 0; seed < 8; seed++) {
			const d = dateDistractors('2024-05-14', 'fr', ['2024-05-14', '2024-05-16', '2024-04-30'], seed, 3, 1, '2024-05-20', false, true);
			expect(d).toHaveLength(3);
			for (const o of d) expect(new Date(`${o.value}T12:00:00Z`).getUTCDay()).toBe(2);
			expect(d.every((o) => o.value <= '2024-05-20')).toBe(true);
		}
	});
	it('never offers an article date decades away from the answer, and offers other editions of the Games', () => {
		// Her birth day among days of November 1911 is the odd one out.
		const d = dateDistractors('1911-11-08', 'fr', ['1867-11-07', '1911-11-08', '1906-04-19'], 3);
		expect(d.map((o) => o.value)).not.toContain('1867-11-07');
		expect(dateDistractors('1910', 'en', ['1855', '1910', '1907'], 2).map((o) => o.value)).not.toContain('1855');
		expect(dateDistractors('1910', 'en', ['1855', '1910', '1907'], 2).map((o) => o.value)).toContain('1907');
		const games = dateDistractors('2008', 'fr', ['2016', '2008'], 4, 3, 4).map((o) => Number(o.value));
		expect(games.length).toBeGreaterThanOrEqual(3);
		for (const y of games) expect(Math.abs(y - 2008) % 4).toBe(0);
	});
	it('handles months, years and seasons', () => {
		expect(dateDistractors('2024-12', 'fr', [], 1).every((o) => /^\d{4}-\d{2}$/.test(o.value))).toBe(true);
		expect(dateDistractors('2024', 'en', [], 1).map((o) => o.value)).not.toContain('2024');
		const s = dateDistractors('2024-summer', 'fr', [], 1);
		expect(s.map((o) => o.label)).toEqual(expect.arrayContaining(['automne 2024']));
		expect(s.every((o) => /^(printemps|automne|hiver|été) \d{4}$/.test(o.label))).toBe(true);
	});
});

describe('decade and week distractors', () => {
	it('gives neighbouring decades, never the answer', () => {
		const fr = dateDistractors('199X', 'fr', [], 3);
		expect(fr.map((o) => o.value).sort()).toEqual(['197X', '198X', '200X']);
		expect(fr.every((o) => /^les années \d{4}$/.test(o.label))).toBe(true);
		const en = dateDistractors('199X', 'en', ['2024', '198X', '2024-12'], 3);
		// The article's own decade first; its year and month are another precision.
		expect(en[0]).toEqual({ value: '198X', label: 'the 1980s' });
		expect(en.map((o) => o.value)).not.toContain('199X');
		expect(en.every((o) => /^the \d{4}s$/.test(o.label))).toBe(true);
	});
	it('gives neighbouring weeks, across the year too', () => {
		const fr = dateDistractors('2025-W03', 'fr', [], 3);
		expect(fr).toHaveLength(3);
		expect(fr.map((o) => o.value).every((v) => ['2025-W01', '2025-W02', '2025-W04', '2025-W05'].includes(v))).toBe(true);
		expect(fr.every((o) => /^la semaine du \d{1,2}(?:er)? \p{L}+ \d{4}$/u.test(o.label))).toBe(true);
		const en = dateDistractors('2025-W01', 'en', ['2025-01-02'], 5);
		expect(en.map((o) => o.value)).toEqual(expect.arrayContaining(['2024-W52', '2025-W02']));
		expect(en.every((o) => /^\d{4}-W\d{2}$/.test(o.value) && o.label.startsWith('the week of '))).toBe(true);
	});
});

describe('number distractors', () => {
	it('keeps the magnitude', () => {
		expect(nearbyNumbers(20)).toEqual(expect.arrayContaining([10, 15, 25, 30]));
		expect(nearbyNumbers(4)).toEqual(expect.arrayContaining([3, 5, 6]));
		expect(nearbyNumbers(2300)).toEqual(expect.arrayContaining([1800, 2800]));
		// The answer's precision: no 0.55 or 0.65 beside 0.6.
		expect(nearbyNumbers(0.6)).toEqual(expect.arrayContaining([0.5, 0.7]));
		expect(nearbyNumbers(0.6).every((x) => Math.round(x * 10) === x * 10)).toBe(true);
	});
	it('keeps the first options of a number just above a power of ten near it (110° → 90°, 130°; 12 → 10, 14)', () => {
		for (const n of [110, 12, 112, 1100, 60600]) {
			const first = nearbyNumbers(n).slice(0, 4);
			expect(first.every((x) => x >= n * 0.6 && x <= n * 1.4), `${n}: ${first}`).toBe(true);
		}
		expect(nearbyNumbers(110).slice(0, 2)).toEqual([90, 130]);
	});
	it('formats durations and ordinals like the answer', () => {
		const dur = distractorsFor(fact({ id: 'duration-1', type: 'duration', value: 'P20Y', text: '20 ans' }), [], 'fr', { articleDates: [], people: [] });
		expect(dur).toHaveLength(3);
		for (const o of dur) expect(o.label).toMatch(/^\d+ ans$/);
		const ord = distractorsFor(fact({ id: 'ordinal-1', type: 'ordinal', value: '4', text: 'quatrième' }), [], 'fr', { articleDates: [], people: [] });
		for (const o of ord) expect(o.label).toMatch(/ième$/);
		expect(ord.map((o) => o.value)).not.toContain('4');
	});
	const role = (id: string, person: string, value: string) => fact({ id, type: 'role', value, text: value, person });
	it('offers no bare trade beside a long role, which the person may hold too', () => {
		const facts = [
			role('role-1', 'Claire Morvan', 'présidente du groupe écologiste'),
			role('role-2', 'Paul Ambry', 'député'),
			role('role-3', 'Anne Petit', 'Première ministre'),
			role('role-4', 'Jean Caron', 'patron des Communistes')
		];
		const options = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options.sort()).toEqual(['Première ministre', 'patron des Communistes']);
	});
	it('offers one post per other person, the fullest, and never one post inside another', () => {
		const facts = [
			role('role-1', 'Ann Bell', 'chief executive'),
			role('role-2', 'Tom Reid', 'councillor'),
			role('role-3', 'Tom Reid', 'Green councillor'),
			role('role-4', 'Sue Park', 'Leeds North MP'),
			role('role-5', 'Raj Singh', 'councillor')
		];
		const options = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options.sort()).toEqual(['Green councillor', 'Leeds North MP']);
		// The fullest of the posts that may be options: "deputy mayor of Dover" holds the answer "mayor".
		const mayor = [role('role-1', 'Ann Bell', 'mayor'), role('role-2', 'Tom Reid', 'deputy mayor of Dover'), role('role-3', 'Tom Reid', 'county councillor'), role('role-4', 'Sue Park', 'Dover MP'), role('role-5', 'Raj Singh', 'chief executive')];
		expect(distractorsFor(mayor[0], mayor, 'en', { articleDates: [], people: [] }).map((o) => o.value).sort()).toEqual(['Dover MP', 'chief executive', 'county councillor']);
	});
	it('offers for a woman’s post no post a man holds, and the other way round', () => {
		const facts = [
			role('role-1', 'Paul Ambry', 'nouveau premier ministre'),
			role('role-2', 'Claire Morvan', 'vice-première ministre'),
			role('role-3', 'Pierre Caron', 'ministre de l’Éducation'),
			role('role-4', 'Marc Dubois', 'ancien chef du parti'),
			role('role-5', 'Luc Martin', 'ministre des Finances')
		];
		const forHim = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(forHim.sort()).toEqual(['ancien chef du parti', 'ministre de l’Éducation', 'ministre des Finances']);
		// Her, with no other woman's post: too few options for a multiple choice.
		expect(distractorsFor(facts[1], facts, 'fr', { articleDates: [], people: [] })).toEqual([]);
		// The holder's sex as gendersOf reads it (from the post's form too: gender.test.ts); a holder of
		// neither is offered to both.
		const more = [...facts, role('role-6', 'Dominique Roy', 'ancienne maire'), role('role-7', 'Camille Roux', 'ministre de la Culture')];
		const genders = new Map<string, Gender>([['Dominique Roy', 'f']]);
		const options = distractorsFor(more[0], more, 'fr', { articleDates: [], people: [], genders }, 6).map((o) => o.value);
		expect(options).not.toContain('ancienne maire');
		expect(options).toContain('ministre de la Culture');
		const delegate = [role('role-1', 'Claude Petit', 'ministre déléguée auprès du président'), role('role-2', 'Paul Ambry', 'nouveau premier ministre'), role('role-3', 'Claire Morvan', 'vice-première ministre'), role('role-4', 'Anne Petit', 'porte-parole du gouvernement'), role('role-5', 'Lise Roy', 'ministre des Finances')];
		const forHer = distractorsFor(delegate[0], delegate, 'fr', { articleDates: [], people: [], genders: new Map<string, Gender>([['Claude Petit', 'f']]) }).map((o) => o.value);
		expect(forHer).not.toContain('nouveau premier ministre');
		expect(forHer).toHaveLength(3);
		// English posts are no sign of sex.
		const en = [role('role-1', 'Paul Ambry', 'finance director'), role('role-2', 'Claire Morvan', 'club president'), role('role-3', 'Lisa Grant', 'sports commissioner'), role('role-4', 'Anne Petit', 'chief of staff')];
		expect(distractorsFor(en[0], en, 'en', { articleDates: [], people: [] })).toHaveLength(3);
	});
	it('steps a compared amount in its own precision: whole billions for "54 milliards"', () => {
		const money = fact({ id: 'money-1', type: 'money', value: '54000000000 CAD', text: '54 milliards de dollars canadiens' });
		const options = distractorsFor(money, [], 'fr', { articleDates: [], people: [], range: { below: 60e9 } });
		expect(options.length).toBe(3);
		for (const o of options) expect(Number(o.value.split(' ')[0]) % 1e9).toBe(0);
		// An answer with decimals keeps them: "47,32 milliards" steps by hundredths of a billion.
		const exact = fact({ id: 'money-2', type: 'money', value: '47320000000 CAD', text: '47,32 milliards de dollars canadiens' });
		for (const o of distractorsFor(exact, [], 'fr', { articleDates: [], people: [], range: { below: 50e9 } })) expect(Number(o.value.split(' ')[0]) % 1e7).toBe(0);
		// A round thousand steps by hundreds: a step of a thousand would leave no option in range.
		const tonnes = fact({ id: 'quantity-1', type: 'quantity', value: '1000', text: '1,000 tonnes', unit: 'tonnes' });
		expect(distractorsFor(tonnes, [], 'en', { articleDates: [], people: [], range: { below: 1300 } }).length).toBe(3);
	});
	it('keeps an ordinal inside its series: four quarters, two halves', () => {
		const quarter = distractorsFor(fact({ id: 'ordinal-2', type: 'ordinal', value: '3', text: 'third quarter', unit: 'quarter' }), [], 'en', { articleDates: [], people: [] });
		expect(quarter.map((o) => o.value).sort()).toEqual(['1', '2', '4']);
		// French leaves out "premier", which agrees with its noun: two options only, so no multiple choice.
		const trimestre = distractorsFor(fact({ id: 'ordinal-5', type: 'ordinal', value: '3', text: 'troisième trimestre', unit: 'trimestre' }), [], 'fr', { articleDates: [], people: [] });
		expect(trimestre.map((o) => o.value).sort()).toEqual(['2', '4']);
		// A match has two halves: no third option exists, so no multiple choice can be built.
		const half = distractorsFor(fact({ id: 'ordinal-3', type: 'ordinal', value: '2', text: 'second half', unit: 'half' }), [], 'en', { articleDates: [], people: [] });
		expect(half.map((o) => o.value)).toEqual(['1']);
		// A podium has three steps: no "cinquième marche".
		const step = distractorsFor(fact({ id: 'ordinal-6', type: 'ordinal', value: '2', text: 'deuxième marche', unit: 'marche' }), [], 'fr', { articleDates: [], people: [] });
		expect(step.every((o) => Number(o.value) <= 3)).toBe(true);
		// Other ordinals keep their range.
		const lap = distractorsFor(fact({ id: 'ordinal-4', type: 'ordinal', value: '3', text: 'third lap', unit: 'lap' }), [], 'en', { articleDates: [], people: [] });
		expect(lap.some((o) => Number(o.value) > 4)).toBe(true);
	});
	it('keeps a count under the whole it is part of', () => {
		const medals = fact({ id: 'quantity-2', type: 'quantity', value: '11', text: '11 médailles', unit: 'médailles' });
		const options = distractorsFor(medals, [], 'fr', { articleDates: [], people: [], max: 14 });
		expect(options).toHaveLength(3);
		for (const o of options) expect(Number(o.value)).toBeLessThanOrEqual(14);
		// Without a whole, the round neighbours stay ("21 médailles" among them).
		expect(distractorsFor(medals, [], 'fr', { articleDates: [], people: [] }).some((o) => Number(o.value) > 14)).toBe(true);
	});
	it('offers ages a few years off, never half or twice the age', () => {
		const ages = distractorsFor(fact({ id: 'quantity-1', type: 'quantity', value: '21', text: '21 ans', unit: 'ans', role: 'age' }), [], 'fr', { articleDates: [], people: [] });
		expect(ages).toHaveLength(3);
		for (const o of ages) expect(Math.abs(Number(o.value) - 21)).toBeLessThanOrEqual(7);
	});
});

describe('names', () => {
	const facts = [
		fact({ id: 'person-1', value: 'Massoud Pezechkian', role: 'président iranien' }),
		fact({ id: 'person-2', value: 'Vladimir Poutine', role: 'président russe' }),
		fact({ id: 'person-3', value: 'Poutine' }),
		fact({ id: 'person-4', value: 'Bachar al-Assad' }),
		fact({ id: 'place-1', type: 'place', value: 'Moscou', placeKind: 'city' }),
		fact({ id: 'place-2', type: 'place', value: 'Iran', placeKind: 'country' }),
		fact({ id: 'place-3', type: 'place', value: 'Corée du Nord', placeKind: 'country' })
	];
	it('uses other people of the article, never the same surname nor a famous stranger', () => {
		const d = personDistractors(facts[1], facts, 'fr', 3);
		// Only two other people here: too few for a multiple choice, so none is made up.
		expect(d.map((o) => o.value).sort()).toEqual(['Bachar al-Assad', 'Massoud Pezechkian']);
	});
	it('never offers another name of the same person ("X dit Y", "X, known as Y")', () => {
		const text = 'Magal\n\nLes fidèles prient au mausolée de Cheikh Amadou Diop dit Serigne Ndiaye. The crowd cheered Michael Osei, known as Kofi Blaze, and Ama Boateng, Yaw Darko and Kwame Mensah.';
		const at = (v: string, id: string, sentence: number) => fact({ id, value: v, start: text.indexOf(v), end: text.indexOf(v) + v.length, sentence });
		const people = [at('Cheikh Amadou Diop', 'person-1', 1), at('Serigne Ndiaye', 'person-2', 1), at('Michael Osei', 'person-3', 2), at('Kofi Blaze', 'person-4', 2), at('Ama Boateng', 'person-5', 2), at('Yaw Darko', 'person-6', 2), at('Kwame Mensah', 'person-7', 2)];
		const aliases = aliasesOf(text, people);
		expect([...(aliases.get('Serigne Ndiaye') ?? [])]).toEqual(['Cheikh Amadou Diop']);
		expect([...(aliases.get('Michael Osei') ?? [])]).toEqual(['Kofi Blaze']);
		// Names side by side in a list are different people; "dit" that says something of the second is speech.
		expect(aliases.has('Ama Boateng')).toBe(false);
		const says = 'Le président Paul Diouf dit Jean Sarr prêt à négocier.';
		const sayers = [fact({ id: 'person-1', value: 'Paul Diouf', start: says.indexOf('Paul'), end: says.indexOf('Paul') + 10, sentence: 0 }), fact({ id: 'person-2', value: 'Jean Sarr', start: says.indexOf('Jean'), end: says.indexOf('Jean') + 9, sentence: 0 })];
		expect(aliasesOf(says, sayers).size).toBe(0);
		for (const [asked, other] of [['Serigne Ndiaye', 'Cheikh Amadou Diop'], ['Cheikh Amadou Diop', 'Serigne Ndiaye'], ['Kofi Blaze', 'Michael Osei']]) {
			const options = personDistractors(people.find((p) => p.value === asked)!, people, 'fr', 3, [], 3, undefined, aliases).map((o) => o.value);
			expect(options.length, asked).toBe(3);
			expect(options, asked).not.toContain(other);
		}
	});

	it('offers as people only what reads as a person’s name', () => {
		const person = named('person');
		const people = [
			'Thomas Kilroy',
			'Martin Hayes’ Marble City Sessions',
			'MVP James Malatesta',
			'Malacological Bulletin',
			'Ciarán Hinds',
			'David Keenan',
			'Sean O’Brien',
			'Henry Court III'
		].map((v, i) => person(`person-${i + 1}`, v));
		const options = personDistractors(people[0], people, 'en', 3).map((o) => o.value).sort();
		// (Three options among the four names that read as a person's.)
		expect(options.every((o) => ['Ciarán Hinds', 'David Keenan', 'Sean O’Brien', 'Henry Court III'].includes(o))).toBe(true);
		expect(options).toHaveLength(3);
	});
	it('never offers one person twice under two names ("Rafael Soto" beside "Rafael Andres Soto Vidal")', () => {
		const person = named('person');
		const people = ['Tomas Iriarte', 'Rafael Soto', 'Rafael Andres Soto Vidal', 'Mario Benitez'].map((v, i) => person(`person-${i + 1}`, v));
		for (let seed = 0; seed < 6; seed++) {
			const options = personDistractors(people[0], people, 'en', seed).map((o) => normalizeText(o.value));
			expect(options.filter((o) => o.includes('soto')), options.join(', ')).toHaveLength(1);
		}
		// Bodies one of whose names is the other's words in part are two: "Supreme Court", "Supreme Administrative Court".
		const org = named('organisation');
		const courts = ['High Court', 'Supreme Court', 'Supreme Administrative Court', 'Court of Appeal'].map((v, i) => org(`org-${i + 1}`, v));
		expect(distractorsFor(courts[0], courts, 'en', { articleDates: [], people: [] }).map((o) => o.value).sort()).toEqual(['Court of Appeal', 'Supreme Administrative Court', 'Supreme Court']);
	});
	it('offers a body among bodies and a journal among journals', () => {
		const org = named('organisation');
		const orgs = [
			'University of Tolo',
			'Marine Research Letters',
			'Harbour Wildlife Society',
			'Reef Conservation Trust',
			'Journal of Coastal Studies',
			'Northern Fisheries Board'
		].map((v, i) => org(`organisation-${i + 1}`, v));
		const body = distractorsFor(orgs[0], orgs, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(body.sort()).toEqual(['Harbour Wildlife Society', 'Northern Fisheries Board', 'Reef Conservation Trust']);
		// Two other journals only: too few for a multiple choice, no body stands in.
		expect(distractorsFor(orgs[1], orgs, 'en', { articleDates: [], people: [] }).map((o) => o.value)).toEqual(['Journal of Coastal Studies']);
		// "Science" inside a body's name is no journal's.
		const bodies = [org('organisation-1', 'National Science Foundation'), org('organisation-2', 'Harvard University'), org('organisation-3', 'Royal Society'), org('organisation-4', 'World Fund for Nature'), org('organisation-5', 'Nature Genetics')];
		expect(distractorsFor(bodies[0], bodies, 'en', { articleDates: [], people: [] }).map((o) => o.value).sort()).toEqual(['Harvard University', 'Royal Society', 'World Fund for Nature']);
		// A court among courts and public bodies: no hospital or militant group beside it.
		const courts = ['Tolo High Court', 'Harbour Liberation Front', 'Tolo Civil Hospital', 'Supreme Court of Tolo', 'Tolo District Court', 'Tolo Football Club'].map((v, i) => org(`organisation-${i + 1}`, v));
		expect(distractorsFor(courts[0], courts, 'en', { articleDates: [], people: [] }).map((o) => o.value).sort()).toEqual(['Supreme Court of Tolo', 'Tolo District Court']);
	});
	it('offers an event phrase only phrases of its own kind when it has one', () => {
		const ev = (id: string, value: string, relation?: Fact['relation']) => fact({ id, type: 'event', value, start: +id.split('-')[1] * 100, end: +id.split('-')[1] * 100 + 10, ...(relation ? { relation } : {}) });
		const events = [
			ev('event-1', 'a shortage of spare parts', 'cause'),
			ev('event-2', 'the strike at the depot', 'cause'),
			ev('event-3', 'heavy snow in the valley', 'cause'),
			ev('event-4', 'a new timetable for buses', 'decision'),
			ev('event-5', 'cheaper tickets for students', 'decision')
		];
		const cause = distractorsFor(events[0], events, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(cause.sort()).toEqual(['heavy snow in the valley', 'the strike at the depot']);
	});

	it('never offers another spelling or order of the answer, even from the names the whole article gives', () => {
		const people = [fact({ id: 'person-1', value: 'Irène Joliot-Curie' }), fact({ id: 'person-2', value: 'Marguerite Perey' })];
		// A headline "Curie Irène" read as a name reaches the options through the article's list of people.
		const d = personDistractors(people[0], people, 'fr', 5, ['Curie Irène', 'Ellen Gleditsch']).map((o) => o.value);
		expect(d.sort()).toEqual(['Ellen Gleditsch', 'Marguerite Perey']);
	});
	it('offers no first name alone for a full name', () => {
		const people = [fact({ id: 'person-1', value: 'Mele Tuilagi Fonoti' }), fact({ id: 'person-2', value: 'Sione Vaka' })];
		const d = personDistractors(people[0], people, 'en', 5, ['Charles', 'Camilla', 'Ana Leota']).map((o) => o.value);
		expect(d.sort()).toEqual(['Ana Leota', 'Sione Vaka']);
	});
	it('offers no president for someone the article gives no role, and no other trade for a role', () => {
		const people = [
			fact({ id: 'person-1', value: 'Dana Holt', role: 'president' }),
			fact({ id: 'person-2', value: 'Evan Marsh', role: 'vice president' }),
			fact({ id: 'person-3', value: 'Ruth Ellery' }),
			fact({ id: 'person-4', value: 'Omar Kessler' }),
			fact({ id: 'person-5', value: 'Lena Ward' }),
			fact({ id: 'person-6', value: 'Paul Tran', role: 'fire chief' })
		];
		const senator = personDistractors(people[2], people, 'en', 3).map((o) => o.value);
		expect(senator).not.toContain('Dana Holt');
		expect(senator).not.toContain('Evan Marsh');
		const president = personDistractors(people[0], people, 'en', 3).map((o) => o.value);
		expect(president).not.toContain('Paul Tran');
	});

	it('offers the article’s other people with another post to no one with a post, but one of the same trade under another name', () => {
		const people = [
			fact({ id: 'person-1', value: 'Alain Ndour', role: 'cinéaste sénégalais' }),
			fact({ id: 'person-2', value: 'Paul Kaboré', role: 'président du Faso' }),
			fact({ id: 'person-3', value: 'Marc Jean', role: 'secrétaire général de la Francophonie' }),
			fact({ id: 'person-4', value: 'Luc Adjovi', role: 'réalisateur béninois' }),
			fact({ id: 'person-5', value: 'Ousmane Sy' })
		];
		// Taken from the article's confident names too (the extra people): a post of another trade stays out.
		const d = personDistractors(people[0], people, 'fr', 3, ['Paul Kaboré', 'Marc Jean', 'Luc Adjovi', 'Ousmane Sy']).map((o) => o.value);
		expect(d.sort()).toEqual(['Luc Adjovi', 'Ousmane Sy']);
	});
	it('gives a city for a city, preferring capitals of the countries named', () => {
		const d = placeDistractors(facts[4], facts, 'fr', 11);
		expect(d).toHaveLength(3);
		expect(d.map((o) => o.value)).toEqual(expect.arrayContaining(['Téhéran', 'Pyongyang']));
		expect(d.map((o) => normalizeText(o.value))).not.toContain('moscou');
		const c = placeDistractors(facts[5], facts, 'en', 11);
		expect(c.map((o) => o.value)).toContain('Corée du Nord');
		expect(c.every((o) => !['Moscou', 'Moscow'].includes(o.value))).toBe(true);
	});
	it('offers no part of the answer’s name and no longer name holding it', () => {
		const places = ['Mistley Village Hall', 'Mistley', 'Trinity Hall', 'Grange Farm', 'Harwich Quay', 'Manningtree'].map((value, i) =>
			fact({ id: `place-${i}`, type: 'place', value, placeKind: 'other' })
		);
		for (let seed = 0; seed < 10; seed++) {
			const d = placeDistractors(places[0], places, 'en', seed).map((o) => o.value);
			expect(d).toHaveLength(3);
			expect(d).not.toContain('Mistley');
		}
		expect(placeDistractors(places[1], places, 'en', 3).map((o) => o.value)).not.toContain('Mistley Village Hall');
	});
	it('offers places of the kind the answer’s name says, and none of another kind for a bare name', () => {
		const places = ['Lincoln County', 'Nevada', 'Oregon', 'Idaho', 'Baker County', 'Marion County', 'Mill Lane', 'Harbour Square'].map((value, i) =>
			fact({ id: `place-${i}`, type: 'place', value, placeKind: 'region' })
		);
		for (let seed = 0; seed < 6; seed++) {
			expect(placeDistractors(places[0], places, 'en', seed).map((o) => o.value).sort()).toEqual(['Baker County', 'Marion County']);
			expect(placeDistractors(places[1], places, 'en', seed).every((o) => !/County|Lane|Square/u.test(o.value))).toBe(true);
		}
		// A country whose name opens on such a word ("Côte d'Ivoire") and a hyphenated town name no kind.
		const countries = ['Côte d’Ivoire', 'Mali', 'Ghana', 'Burkina Faso', 'Sénégal'].map((value, i) => fact({ id: `place-${i}`, type: 'place', value, placeKind: 'country' }));
		expect(placeDistractors(countries[0], countries, 'fr', 1)).toHaveLength(3);
		expect(placeDistractors(countries[1], countries, 'fr', 1).map((o) => o.value)).toContain('Côte d’Ivoire');
		// French names say it first: "rue", "lac".
		const fr = ['rue Victor-Hugo', 'rue Nationale', 'place Carnot', 'lac Léman', 'Annecy'].map((value, i) => fact({ id: `place-${i}`, type: 'place', value, placeKind: 'other' }));
		expect(placeDistractors(fr[0], fr, 'fr', 1).map((o) => o.value)).toEqual(['rue Nationale']);
	});

	it('offers no fraction of more parts than make the whole ("4 tiers" for "deux tiers")', () => {
		const thirds = fact({ id: 'quantity-1', type: 'quantity', value: '2', text: 'deux tiers', unit: 'tiers' });
		for (let seed = 0; seed < 5; seed++) expect(numberDistractors(thirds, 'fr', seed).every((o) => Number(o.value) < 3)).toBe(true);
	});

	it('offers no "first" beside a superlative ("first biggest party" for "third biggest party")', () => {
		const third = fact({ id: 'ordinal-1', type: 'ordinal', value: '3', text: 'third biggest party', unit: 'party' });
		for (let seed = 0; seed < 5; seed++) expect(numberDistractors(third, 'en', seed).map((o) => o.value)).not.toContain('1');
		// Without a superlative "first" stays an option.
		const stage = fact({ id: 'ordinal-2', type: 'ordinal', value: '2', text: 'second stage', unit: 'stage' });
		expect([0, 1, 2, 3, 4].some((seed) => numberDistractors(stage, 'en', seed).some((o) => o.value === '1'))).toBe(true);
	});

	it('never offers another spelling of the answer’s place ("Désert de Loumpoul" for "désert de Lompoul")', () => {
		const places = ['désert de Kelmoul', 'Désert de Kelmoule', 'lac Rose', 'île de Gorée', 'parc du Niokolo'].map((value, i) =>
			fact({ id: `place-${i}`, type: 'place', value, placeKind: 'other' })
		);
		for (let seed = 0; seed < 10; seed++) expect(placeDistractors(places[0], places, 'fr', seed).map((o) => o.value)).not.toContain('Désert de Kelmoule');
	});
	it('offers one country once, whatever name the article gives it', () => {
		const facts = ['Britain', 'U.S.', 'United States', 'Australia', 'Hungary', 'Canada'].map((value, i) => fact({ id: `place-${i}`, type: 'place', value, placeKind: 'country' }));
		for (let seed = 0; seed < 10; seed++) {
			const d = placeDistractors(facts[0], facts, 'en', seed).map((o) => o.value);
			expect(d.filter((v) => v === 'U.S.' || v === 'United States').length).toBeLessThanOrEqual(1);
		}
		expect(placeDistractors(facts[1], facts, 'en', 3).map((o) => o.value)).not.toContain('United States');
	});
	it('offers no first name read as a place', () => {
		const facts = [
			fact({ id: 'person-0', value: 'Alain Pujol' }),
			...['Pyrénées', 'Alain', 'Massif central', 'Alpes', 'Jura'].map((value, i) => fact({ id: `place-${i}`, type: 'place', value, placeKind: 'other' })),
			fact({ id: 'place-9', type: 'place', value: 'Martine', placeKind: 'other' })
		];
		for (let seed = 0; seed < 10; seed++) {
			const d = placeDistractors(facts[1], facts, 'fr', seed).map((o) => o.value);
			expect(d).not.toContain('Alain');
			expect(d).not.toContain('Martine');
		}
	});
});

describe('distances of a race', () => {
	it('offers the distances races are run over', () => {
		for (const [value, near] of [['800', [400, 1500]], ['100', [50, 200]], ['50', [100, 200]]] as const) {
			const d = distractorsFor(fact({ id: 'quantity-9', type: 'quantity', value, unit: 'm', text: `${value} m` }), [], 'en', { articleDates: [], people: [] });
			expect(d).toHaveLength(3);
			const shown = d.map((o) => Number.parseInt(o.label.replace(/,/g, ''), 10));
			for (const x of shown) expect([50, 100, 200, 400, 800, 1500, 3000, 5000, 10000]).toContain(x);
			expect(near.some((x) => shown.includes(x))).toBe(true);
		}
	});
});

describe('organisations', () => {
	it('offers no ministry, assembly or court for a company', () => {
		const org = (value: string, start: number, role?: string) => fact({ id: `o-${start}`, type: 'organisation', value, text: value, start, end: start + value.length, role });
		const company = org('Harbor Minerals', 0, 'mining company');
		const facts = [company, org('National Assembly', 40), org('Ministry of Mines', 80), org('Supreme Court', 120), org('Delta Copper', 160), org('Orion Metals', 200, 'mining company')];
		const options = distractorsFor(company, facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options).toContain('Orion Metals');
		expect(options.filter((o) => /Assembly|Ministry|Court/.test(o))).toEqual([]);
	});

	it('never offers two names one of which holds the other, nor one holding the answer', () => {
		const org = (value: string, start: number) => fact({ id: `o-${start}`, type: 'organisation', value, text: value, start, end: start + value.length });
		const facts = [org('Tribunal cantonal', 0), org('Tribunal fédéral', 40), org('Tribunal correctionnel de Morges', 80), org('Tribunal correctionnel de l’arrondissement de Morges', 140), org('Cour d’appel', 200)];
		const options = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options).toHaveLength(3);
		expect(options.filter((o) => /correctionnel/.test(o))).toHaveLength(1);
		// An adjective added makes another body: "Tribunal pénal fédéral" is an option for "Tribunal fédéral".
		const federal = [org('Tribunal fédéral', 0), org('Tribunal pénal fédéral', 40), org('Tribunal administratif fédéral', 80), org('Tribunal cantonal', 120)];
		expect(distractorsFor(federal[0], federal, 'fr', { articleDates: [], people: [] }).map((o) => o.value).sort()).toEqual(['Tribunal administratif fédéral', 'Tribunal cantonal', 'Tribunal pénal fédéral']);
		const answer = org('Conseil d’État', 0);
		const near = distractorsFor(answer, [answer, org('Conseil d’État du canton', 40), org('Grand Conseil', 80)], 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(near).not.toContain('Conseil d’État du canton');
		// Two options one of which holds the other: "Clean Rivers Service" and "The Clean Rivers Service".
		const bodies = [org('Harbour Trust', 0), org('Clean Rivers Service', 40), org('The Clean Rivers Service', 80), org('South Coast Water', 120), org('Port Board', 160)];
		for (let k = 0; k < 5; k++) {
			const options = distractorsFor({ ...bodies[0], id: `o-${k}` }, bodies, 'en', { articleDates: [], people: [] }).map((o) => o.value);
			expect(options.filter((o) => /Clean Rivers/u.test(o)), options.join(', ')).toHaveLength(1);
		}
	});

	it('offers names written out for a name written out, and no name of several words for an acronym', () => {
		const org = (value: string, start: number) => fact({ id: `o-${start}`, type: 'organisation', value, text: value, start, end: start + value.length });
		const facts = [org('Tolo District Court', 0), org('NBI', 30), org('THA', 40), org('Harbour Police Department', 50), org('National Customs Office', 80), org('Council', 110), org('Tolo Water Board', 130)];
		const spelled = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(spelled).toHaveLength(3);
		expect(spelled.filter((o) => /^[A-Z]{2,}$/.test(o))).toEqual([]);
		const acronym = distractorsFor(facts[1], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(acronym.filter((o) => o.includes(' '))).toEqual([]);
	});

	it('never offers a bare head ("Hospital") for a name of several words', () => {
		const org = (value: string, start: number) => fact({ id: `o-${start}`, type: 'organisation', value, text: value, start, end: start + value.length });
		const facts = [org('Kaiserswerth Institute', 0), org('Hospital', 30), org('Hospital for Invalid Gentlewomen', 45), org('Nightingale School', 90), org('Royal Sanitary Commission', 120)];
		const options = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options).not.toContain('Hospital');
		expect(options).toHaveLength(3);
		// A head that is no part of another name of the article names a body of its own.
		const swiss = [org('Grand Conseil', 0), org('Confédération', 20), org('Conseil d’État', 40), org('OCSTAT', 60)];
		expect(distractorsFor(swiss[0], swiss, 'fr', { articleDates: [], people: [] }).map((o) => o.value)).toContain('Confédération');
	});

	it('never offers a name beside the same name with its noun ("Thames" and "River Thames")', () => {
		const place = (value: string, start: number) => fact({ id: `p-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'other' });
		for (let seed = 0; seed < 6; seed++) {
			const facts = [place('Hammersmith Bridge', seed), place('River Thames', 30), place('Thames', 60), place('West London', 90)];
			const options = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
			expect(options.filter((o) => /Thames/.test(o)).length).toBeLessThanOrEqual(1);
		}
	});

	it('offers for a city of a known country the other cities of its country, in the article’s language', () => {
		const city = (value: string, start: number) => fact({ id: `c-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'city' });
		const en = distractorsFor(city('Jeddah', 0), [city('Jeddah', 0)], 'en', { articleDates: [], people: [] }).map((o) => o.value);
		expect(en).toHaveLength(3);
		for (const o of en) expect(['Riyadh', 'Dammam', 'Dhahran', 'Taif', 'Tabuk']).toContain(o);
		const fr = distractorsFor(city('Venise', 0), [city('Venise', 0), city('Lyon', 40), city('Turin', 80)], 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		// The article's own Italian city first, then Italian cities by their French names; never a
		// French city the article names beside an Italian answer.
		expect(fr).toContain('Turin');
		expect(fr).not.toContain('Lyon');
		expect(fr.filter((o) => ['Rome', 'Turin', 'Bologne', 'Palerme', 'Vérone', 'Trieste', 'Milan', 'Naples'].includes(o))).toHaveLength(3);
	});

	it('offers other governments\' capitals for a capital that acts ("Washington lifted the embargo"), never its own country\'s towns', () => {
		const city = (value: string, start: number) => fact({ id: `c-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'city' });
		const facts = [city('Washington', 0), city('Baltimore', 40), city('Moscow', 80)];
		const acting = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [], government: true }).map((o) => o.value);
		expect(acting).toHaveLength(3);
		expect(acting).toContain('Moscow');
		expect(acting).not.toContain('Baltimore');
		// One capital by one name only.
		expect(new Set(acting.map((v) => (v === 'Moscou' ? 'Moscow' : v))).size).toBe(3);
	});

	it('completes the options of a city with no curated list of the world\'s cities, and a capital with other capitals', () => {
		const city = (value: string, start: number) => fact({ id: `c-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'city' });
		// A city the gazetteer does not place, two other towns in the article: those two only.
		const few = distractorsFor(city('Kalavryta', 0), [city('Kalavryta', 0), city('Aigio', 40), city('Tolo', 80)], 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(few.sort()).toEqual(['Aigio', 'Tolo']);
	});

	it('offers no body\'s name nor a list cut by a comma beside what a verb governs', () => {
		const ev = (value: string, start: number, relation?: Fact['relation']) => fact({ id: `e-${start}`, type: 'event', value, text: value, start, end: start + value.length, relation });
		const facts = [
			ev('l’opération Atlas', 0, 'object'),
			ev('un record national', 40, 'object'),
			ev('pêcheurs, chasseurs opèrent', 80),
			ev('le ministère de la Mer', 120),
			fact({ id: 'o-160', type: 'organisation', value: 'ministère de la Mer', text: 'ministère de la Mer', start: 160, end: 179 }),
			ev('une enquête publique', 200),
			ev('un plan de relance', 240)
		];
		const options = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options.sort()).toEqual(['un plan de relance', 'un record national', 'une enquête publique']);
	});

	it('offers a capital whose country its sentence names that country\'s cities only', () => {
		const city = (value: string, start: number) => fact({ id: `c-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'city' });
		const facts = [city('Paris', 0), city('Rabat', 40), city('Lyon', 80), city('Madrid', 120)];
		const world = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(world).toEqual(expect.arrayContaining(['Rabat', 'Madrid']));
		const home = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [], homeNamed: true }).map((o) => o.value);
		expect(home).toContain('Lyon');
		expect(home).not.toContain('Rabat');
		expect(home).not.toContain('Madrid');
	});

	it('never offers one name spelt two ways ("Kimbering" and "Kimberinq")', () => {
		const place = (value: string, start: number) => fact({ id: `p-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'other' });
		for (let seed = 0; seed < 6; seed++) {
			const facts = [place('Moroto', seed), place('Kimbering', 30), place('Kimberinq', 60), place('Nakapiripirit', 90), place('Lokichar', 120)];
			const options = distractorsFor(facts[0], facts, 'en', { articleDates: [], people: [] }).map((o) => o.value);
			expect(options.filter((o) => /Kimberin/.test(o)).length).toBeLessThanOrEqual(1);
		}
		// Two countries a letter apart are two countries.
		const country = (value: string, start: number) => fact({ id: `k-${start}`, type: 'place', value, text: value, start, end: start + value.length, placeKind: 'country' });
		const countries = [country('Senegal', 0), country('Gambia', 30), country('Zambia', 60), country('Mali', 90)];
		expect(distractorsFor(countries[0], countries, 'en', { articleDates: [], people: [] }).map((o) => o.value)).toEqual(expect.arrayContaining(['Gambia', 'Zambia']));
	});

	it('never offers a name beside its initials ("CHU" and "centre hospitalier universitaire")', () => {
		const org = (value: string, start: number) => fact({ id: `o-${start}`, type: 'organisation', value, text: value, start, end: start + value.length });
		const facts = [org('IHU', 0), org('CHU', 20), org('centre hospitalier universitaire', 40), org('CNRS', 90), org('Inserm', 110)];
		const options = distractorsFor(facts[0], facts, 'fr', { articleDates: [], people: [] }).map((o) => o.value);
		expect(options).toHaveLength(3);
		expect(options.filter((o) => o === 'CHU' || o === 'centre hospitalier universitaire')).toHaveLength(1);
	});
});
