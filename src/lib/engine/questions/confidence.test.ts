import { describe, expect, it } from 'vitest';
import { aboutEarlierYear, answerEcho, stemFigures, functionaryBlank, sumOfParts, answerInTitle, CONFIDENCE_FLOOR, confidenceFeatures, confidenceOf, kindOf, reportedYear, sixMonthsBefore, spreadOverAnswers, spreadOverSentences, teacherOrder, WEIGHTS } from './confidence';
import type { Fact } from '../types';
import { analyze } from '../index';

describe('teacherOrder', () => {
	it('lists the most confident first and keeps the engine’s order between equals', () => {
		const qs = [
			{ id: 'a', confidence: 0.4 },
			{ id: 'b', confidence: 0.9 },
			{ id: 'c', confidence: 0.4 },
			{ id: 'd' },
			{ id: 'e', confidence: 0.7 }
		];
		expect(teacherOrder(qs).map((q) => q.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
		// The input is left as it was.
		expect(qs.map((q) => q.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('spreadOverAnswers', () => {
	const q = (id: string, confidence: number | undefined, start: number, answer: string, type: 'cloze' | 'mcq' | 'truefalse' | 'short' | 'whosaid' = 'cloze') => ({ id, confidence, type, answer, answerValue: answer, evidence: { start, end: start + 40, text: `sentence ${start}` } });
	it('puts a question whose answer a more confident question of another sentence asks at the floor, the first one of each answer kept', () => {
		// "The Marlow Arms reopened in May. … Its owner, Ruth Penhale, bought the Marlow Arms in 2019.
		// … Ruth Penhale said the Marlow Arms would host a folk night."
		const qs = [
			q('pub', 0.5, 0, 'Marlow Arms'),
			q('owner', 0.6, 100, 'Ruth Penhale'),
			q('pubAgain', 0.6, 100, 'the Marlow Arms', 'mcq'),
			q('ownerAgain', 0.45, 200, 'Penhale'),
			q('year', 0.55, 100, '2019'),
			// Another answer, and a true/false item, are not repeats.
			q('night', 0.5, 200, 'folk night'),
			q('tf', 0.7, 300, 'False', 'truefalse'),
			q('tf2', 0.6, 400, 'False', 'truefalse')
		];
		spreadOverAnswers(qs, 0.04);
		expect(Object.fromEntries(qs.map((x) => [x.id, x.confidence]))).toEqual({ pub: 0.04, owner: 0.6, pubAgain: 0.6, ownerAgain: 0.04, year: 0.55, night: 0.5, tf: 0.7, tf2: 0.6 });
		expect(teacherOrder(qs).map((x) => x.id)).toEqual(['tf', 'owner', 'pubAgain', 'tf2', 'year', 'night', 'pub', 'ownerAgain']);
	});
	it('orders an answer asked again from another sentence of an article after the others', () => {
		const r = analyze('Harbour pub reopens after repair\n\nRuth Penhale reopened the harbour pub on Friday after a repair that cost £400,000. The council later gave Ruth Penhale a civic award for the work.', { lang: 'en', published: '2024-06-10' });
		const asked = r.questions.filter((q) => q.answer === 'Ruth Penhale').map((q) => q.confidence!);
		expect(asked).toHaveLength(2);
		// 0.38 alone; at the floor once the first asks the name, after every other question of the set.
		expect(Math.min(...asked)).toBe(0.04);
		expect(teacherOrder(r.questions).at(-1)!.answer).toBe('Ruth Penhale');
	});

	it('leaves who said a quote as it is, and lowers no further than the floor', () => {
		const qs = [q('said', 0.6, 0, 'Ruth Penhale', 'whosaid'), q('saidAgain', 0.5, 100, 'Ruth Penhale', 'whosaid'), q('name', 0.4, 200, 'Ruth Penhale'), q('low', 0.05, 300, 'Penhale'), q('none', undefined, 400, 'Penhale')];
		spreadOverAnswers(qs, 0.04);
		expect(qs.map((x) => x.confidence)).toEqual([0.6, 0.5, 0.4, 0.04, undefined]);
	});
});

describe('spreadOverSentences', () => {
	const q = (id: string, confidence: number | undefined, start: number, type: 'cloze' | 'mcq' | 'truefalse' | 'short' = 'cloze', answer = `answer ${id}`) => ({ id, confidence, type, answer, answerValue: answer, evidence: { start, end: start + 40, text: `sentence ${start}` } });
	it('lowers every question after the most confident of its sentence, a true/false item a little more', () => {
		const qs = [q('a', 0.6, 0), q('b', 0.7, 0), q('c', 0.5, 0, 'truefalse'), q('d', 0.55, 100), q('e', 0.62, 0, 'mcq')];
		spreadOverSentences(qs, 0.04);
		expect(Object.fromEntries(qs.map((x) => [x.id, x.confidence]))).toEqual({ b: 0.7, e: 0.57, a: 0.5, c: 0.3, d: 0.55 });
		// The first twelve now reach the other sentence before the third question of the first.
		expect(teacherOrder(qs).map((x) => x.id)).toEqual(['b', 'e', 'd', 'a', 'c']);
	});
	it('lowers no further than the floor the set was kept at, and leaves a sentence asked once as it was', () => {
		const qs = [q('a', 0.3, 0), q('b', undefined, 0), q('c', 0.09, 50), q('d', 0.08, 50, 'truefalse'), q('e', 0.03, 50), q('f', 0.05, 90)];
		spreadOverSentences(qs, 0.04);
		expect(qs.map((x) => x.confidence)).toEqual([0.3, undefined, 0.09, 0.04, 0.03, 0.05]);
	});
	it('sends to the floor a question whose answer holds, or is held by, the answer of a more confident one of its sentence', () => {
		// "Le chœur, fondé en 1972 par Odile Marchand, a remporté le prix Arvel 1998 de la chanson."
		const qs = [
			q('year', 0.6, 0, 'cloze', '1998'),
			q('prize', 0.55, 0, 'cloze', 'prix Arvel 1998'),
			q('founded', 0.5, 0, 'cloze', '1972'),
			q('role', 0.45, 0, 'short', 'la fondatrice du chœur'),
			q('holder', 0.4, 0, 'mcq', 'chœur'),
			// A true/false item answers "Faux": no repeat of a word.
			q('tf', 0.5, 0, 'truefalse', 'Faux'),
			// The same answer in another sentence is another question.
			q('elsewhere', 0.5, 100, 'cloze', 'le prix Arvel 1998'),
			// "2,5 m" does not hold "5 m" ("2.5" is one word), nor "5 milliards" a bare "5 %".
			q('long', 0.5, 200, 'cloze', '2,5 m'),
			q('short', 0.45, 200, 'mcq', '5 m'),
			q('money', 0.5, 300, 'cloze', '5 milliards d’euros'),
			q('share', 0.45, 300, 'mcq', '5 %')
		];
		spreadOverSentences(qs, 0.04);
		expect(Object.fromEntries(qs.map((x) => [x.id, x.confidence]))).toEqual({ year: 0.6, prize: 0.04, founded: 0.4, role: 0.25, holder: 0.04, tf: 0.3, elsewhere: 0.5, long: 0.5, short: 0.4, money: 0.5, share: 0.4 });
	});
	it('leaves out a true/false item on the fact a more confident question of its sentence asks, not one on another fact', () => {
		// "The council approved a budget of 12 million pounds on Tuesday after a 6-3 vote."
		const on = (id: string, confidence: number, type: 'cloze' | 'truefalse', fact: string) => ({ ...q(id, confidence, 0, type), factIds: [fact] });
		const qs = [on('sum', 0.6, 'cloze', 'budget'), on('tfSum', 0.5, 'truefalse', 'budget'), on('tfVote', 0.45, 'truefalse', 'vote'), { ...q('elsewhere', 0.4, 100, 'truefalse'), factIds: ['budget'] }];
		const repeats = spreadOverSentences(qs, 0.04);
		expect(repeats.map((x) => x.id)).toEqual(['tfSum']);
		expect(Object.fromEntries(qs.map((x) => [x.id, x.confidence]))).toEqual({ sum: 0.6, tfSum: 0.04, tfVote: 0.3, elsewhere: 0.4 });
	});
});

describe('confidenceFeatures: what the raters struck', () => {
	const sentences = [
		{ index: 0, start: 0, end: 10, text: 'Headline', paragraph: 0 },
		{ index: 1, start: 11, end: 60, text: 'Lede.', paragraph: 2 },
		{ index: 2, start: 61, end: 120, text: 'Body.', paragraph: 5 },
		{ index: 3, start: 133, end: 138, text: 'Body.', paragraph: 6, listItem: true }
	];
	const article = { title: 'Headline', sentences };
	const input = (prompt: string, answer: string, answerValue: string, type: Fact['type'] = 'quantity', sentence = 2) => ({
		question: { id: 'q', type: 'cloze' as const, prompt, answer, answerValue, choices: [], factIds: ['f'], evidence: { start: 61, end: 120, text: prompt }, difficulty: 0.5 },
		fact: { id: 'f', type, value: answerValue, text: answer, start: 61, end: 70, sentence, confidence: 0.8 } as Fact
	});

	it('puts a figure among five or more of its sentence after the others (a breakdown’s line), years aside', () => {
		const crowded = (prompt: string, answer: string) => confidenceFeatures(input(prompt, answer, answer.replace(/[^\d.]/gu, ''), 'percent'), article).crowdedFigures;
		expect(crowded('Output rose 6.2% in farming, 4.1% in mining, _____ in retail, 2.4% in transport and 1.9% in energy.', '3.3%')).toBe(1);
		expect(crowded('Le district de Nord compte 41 cas, celui de Sud 12, celui d’Est 9, _____ à l’Ouest et 3 au centre.', '7 cas')).toBe(1);
		// Four figures, or years among them, are no breakdown.
		expect(crowded('Output rose 6.2% in farming, 4.1% in mining, _____ in retail and 2.4% in transport.', '3.3%')).toBeUndefined();
		expect(crowded('Sales fell _____ in 2019, after 2.1% in 2018, 2017 and 2016.', '3.3%')).toBeUndefined();
		expect(stemFigures('Some 1 270 people came, 4,5 % of them from 12 towns, in 2024.')).toBe(3);
		// Times of day, numeric dates and the publication note are no figures of the sentence.
		expect(stemFigures('The hearing opened at 9:30 a.m. and lasted _____, until 4:15 p.m. (article published on Friday, May 1, 2024)')).toBe(1);
		expect(stemFigures('Le 12/03/2024 à 9h30, _____ et 4 et 5.')).toBe(3);
		expect(stemFigures('La séance a commencé à 9 h 30 et a duré _____, jusqu’à 16 h 15.')).toBe(1);
		expect(stemFigures('It opened at 9 a.m. and lasted _____ until 5 p.m.')).toBe(1);
	});

	it('puts a place that owns what the sentence speaks of, and a name before a bracket, after the others', () => {
		const place = (prompt: string) => confidenceFeatures(input(prompt, 'Norway', 'Norway', 'place'), article);
		expect(place('The fjord is one of _____’s best-known sights.').placeOwner).toBe(1);
		expect(place('The _____-based charity sent two ships.').placeOwner).toBe(1);
		expect(place('The ships sailed to _____ in May.').placeOwner).toBeUndefined();
		const person = (prompt: string) => confidenceFeatures(input(prompt, 'Ann Reid', 'Ann Reid', 'person'), article).bracketAfter;
		expect(person('The jury included the director _____ (The Harbour) and the actor Tom Bell.')).toBe(1);
		expect(person('Le jury comptait _____ (Les Enfants du port), et le maire.')).toBe(1);
		expect(person('The award went to _____ (pictured) on Friday.')).toBeUndefined();
		// A party's label is no credit: "Sen. _____ (R-Texas)", "le député _____ (LFI)".
		expect(person('Sen. _____ (R-Texas) blocked the bill.')).toBeUndefined();
		expect(person('Le député _____ (LFI) a déposé un amendement.')).toBeUndefined();
		expect(person('The award went to _____ on Friday.')).toBeUndefined();
	});

	it('orders last the name of who serves the story (judge, prosecutor, lawyer, coach), not its actors', () => {
		const job = (prompt: string, role?: string) => confidenceFeatures({ ...input(prompt, 'Ann Reid', 'Ann Reid', 'person', 2), fact: { ...input(prompt, 'Ann Reid', 'Ann Reid', 'person', 2).fact, role } }, article).functionaryName;
		expect(job('The trial opened before High Court Judge _____ in June.')).toBe(1);
		expect(job('L’audience était présidée par la juge _____, qui a suivi le parquet.')).toBe(1);
		expect(job('Defence attorney _____ asked for a lighter sentence.')).toBe(1);
		expect(job('“We played well,” _____, the club’s coach, said after the game.')).toBe(1);
		expect(job('_____ a demandé cinq ans de prison.', 'procureure')).toBe(1);
		// The actors: the accused, the minister, the winner.
		expect(job('The court sentenced _____ to five years for fraud.')).toBeUndefined();
		expect(job('Le ministre de la Justice _____ a salué le verdict.')).toBeUndefined();
		expect(job('_____ won the final after a tie-break.', 'striker')).toBeUndefined();
		// The job is no neighbour of the blank when a verb or another post stands between them.
		for (const stem of ['The judge sentenced _____ to five years.', 'Le juge condamne _____ à cinq ans.', '_____, whose lawyer asked for bail, denied it.', 'Justice Minister _____ welcomed the verdict.', 'La commissaire européenne _____ a présenté le plan.'])
			expect(functionaryBlank(stem)).toBe(false);
		// Ordering only: above the floor.
		const q = input('The trial opened before High Court Judge _____ in June.', 'Ann Reid', 'Ann Reid', 'person', 40);
		expect(confidenceOf(q, article)).toBeGreaterThanOrEqual(0.04);
	});

	it('weighs down an edition’s number and the share of the ballots counted, not the result', () => {
		const feature = (text: string, surface: string, type: Fact['type'], name: string) => {
			const start = 100 + text.indexOf(surface);
			const own = { title: 'Headline', sentences: [{ index: 0, start: 0, end: 8, text: 'Headline', paragraph: 0 }, { index: 1, start: 100, end: 100 + text.length, text, paragraph: 2 }] };
			const prompt = text.replace(surface, '_____');
			const c = {
				question: { id: 'q', type: 'cloze' as const, prompt, answer: surface, answerValue: surface, choices: [], factIds: ['f'], evidence: { start: 100, end: 100 + text.length, text }, difficulty: 0.5 },
				fact: { id: 'f', type, value: surface, text: surface, start, end: start + surface.length, sentence: 1, confidence: 0.8 } as Fact
			};
			return confidenceFeatures(c, own)[name];
		};
		expect(feature('Le rideau est tombé samedi sur la 7e édition des Voiles de Port-Louis.', '7e édition', 'ordinal', 'editionNumber')).toBe(1);
		expect(feature('The jury of the 45th festival gave its prize to a first film.', '45th', 'ordinal', 'editionNumber')).toBe(1);
		expect(feature('The team finished 3rd in the final of the festival’s race.', '3rd', 'ordinal', 'editionNumber')).toBeUndefined();
		expect(feature('Le parti a recueilli 48,2 % des voix après le dépouillement de 97,5 % des bulletins.', '97,5 %', 'percent', 'countedShare')).toBe(1);
		expect(feature('With 62% of polling stations reporting, the mayor led with 55% of the vote.', '62%', 'percent', 'countedShare')).toBe(1);
		expect(feature('Le parti a recueilli 48,2 % des voix après le dépouillement de 97,5 % des bulletins.', '48,2 %', 'percent', 'countedShare')).toBeUndefined();
		// The result is a share of the ballots too: the ballots must be counted.
		expect(feature('La liste de Paul Renaud a obtenu 48,2 % des bulletins exprimés dimanche.', '48,2 %', 'percent', 'countedShare')).toBeUndefined();
		expect(feature('Mayor Ann Reid won 55% of the ballots cast on Sunday.', '55%', 'percent', 'countedShare')).toBeUndefined();
		expect(feature('The second season in a row ended in a draw.', 'second season', 'ordinal', 'editionNumber')).toBeUndefined();
	});

	it('weighs down the place a sentence opens on, not a place inside it', () => {
		const opening = input('Au _____, la passation de pouvoir a eu lieu vendredi à la Primature.', 'Mali', 'Mali', 'place', 1);
		const inside = input('La passation de pouvoir a eu lieu vendredi à _____, la capitale.', 'Bamako', 'Bamako', 'place', 1);
		const date = input('En _____, la fusion sera soumise aux urnes.', 'juin', 'juin', 'date', 1);
		expect(confidenceFeatures(opening, article).openingSetting).toBe(1);
		expect(confidenceFeatures(inside, article).openingSetting).toBeUndefined();
		expect(confidenceFeatures(date, article).openingSetting).toBeUndefined();
		// "A _____, le journal a recueilli les réactions…", "At _____, the crowd…": a town's too.
		expect(confidenceFeatures(input('A _____, le journal a recueilli les réactions des commerçants.', 'Thiès', 'Thiès', 'place', 1), article).openingSetting).toBe(1);
		expect(confidenceFeatures(input('At _____, the crowd stood for a minute of silence.', 'Tolo', 'Tolo', 'place', 1), article).openingSetting).toBe(1);
	});

	it('weighs down a continent, an ocean or a part of the world, not a place in it', () => {
		const place = (answer: string) => confidenceFeatures(input('The ship sank in the _____ last week.', answer, answer, 'place', 2), article).worldRegion;
		expect([place('océan Indien'), place('Afrique de l’Ouest'), place('North Sea'), place('Southern Africa')]).toEqual([1, 1, 1, 1]);
		expect([place('Southeast Asia'), place('South-East Asia'), place('l’Asie du Sud-Est'), place('Afrique subsaharienne'), place('the Caribbean')]).toEqual([1, 1, 1, 1, 1]);
		expect([place('Ariège'), place('Africa House'), place('Pacific Islands Forum'), place('South Africa'), place('Afrique du Sud'), place('America')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
		// Whatever kind the gazetteer gives "America".
		const america = input('The band will tour _____ in May.', 'America', 'America', 'place', 2);
		america.fact.placeKind = 'continent';
		expect(confidenceFeatures(america, article).worldRegion).toBeUndefined();
	});

	it('leaves out of the set a part of the world, not a town, and puts a year beside the stem\'s far below another year', () => {
		// (A date of the lede: one of the body stays at the floor, ordered last, whatever it is.)
		const at = (prompt: string, answer: string, type: Fact['type']) => confidenceOf(input(prompt, answer, answer, type, type === 'date' ? 1 : 2), article);
		expect(at('The ship sank off the coast of _____ last week.', 'Africa', 'place')).toBeLessThan(CONFIDENCE_FLOOR);
		expect(at('The ship sank off the coast of _____ last week.', 'Tolo', 'place')).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		const plain = at('Le festival, annulé en 2012, est revenu en _____.', '2020', 'date');
		expect(at('Le festival, annulé en 2019, est revenu en _____.', '2020', 'date')).toBeLessThan(plain * 0.4);
	});

	it('weighs down the whole a count is out of, and the stretch a French figure spreads over', () => {
		const total = (prompt: string, answer: string, type: Fact['type'] = 'quantity') => confidenceFeatures(input(prompt, answer, answer, type, 2), article).totalBlank;
		expect(total('La gauche remporte 12 cantons sur _____ dans le département.', '19')).toBe(1);
		expect(total('The party held 45 of _____ seats after the count.', '124 seats')).toBe(1);
		expect(total('Le procès est prévu sur _____.', 'cinq jours', 'duration')).toBe(1);
		expect(total('La gauche remporte _____ sur 19 dans le département.', '12 cantons')).toBeUndefined();
		expect(total('The party held _____ of the 124 seats after the count.', '45')).toBeUndefined();
		expect(total('Le plan de relance porte sur _____ d’euros.', '30 milliards', 'money')).toBeUndefined();
		// A year and what it names is no count: "the average 2007 level of _____".
		expect(total('Inflation should fall below the average 2007 level of _____ by June.', '7%', 'percent')).toBeUndefined();
	});

	it('orders a whole a count is out of after the other questions, down to the floor but not out of the set', () => {
		const of = (prompt: string, answer: string) => confidenceOf(input(prompt, answer, answer, 'quantity', 2), article);
		const whole = of('The party held 45 of _____ seats after the count.', '124 seats');
		expect(whole).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		expect(whole).toBeLessThanOrEqual(0.05);
		expect(of('The party held _____ of the 124 seats after the count.', '45')).toBeGreaterThan(whole);
	});

	it('weighs down the base a figure is compared with, not the figure', () => {
		const base = (prompt: string, answer: string, type: Fact['type'] = 'date') => confidenceFeatures(input(prompt, answer, answer, type, 2), article).comparisonBase;
		expect(base('Public debt fell to 88% at the end of March from 92% during the _____ of 2022.', 'third quarter', 'ordinal')).toBe(1);
		expect(base('Exports grew by 4% in the first half compared to the _____ of 2022.', 'second half', 'ordinal')).toBe(1);
		expect(base('Unemployment rose to 6.2% in 2023, up from 5.1% in _____.', '2022')).toBe(1);
		expect(base('Sales reached $12.4 million in May, up from _____ in April.', '$11.9 million', 'money')).toBe(1);
		expect(base('Le chômage atteint 7,3 % contre 6,9 % en _____.', '2022')).toBe(1);
		expect(base('Les ventes ont atteint 12 000 unités, contre _____ l’an dernier.', '10 500', 'quantity')).toBe(1);
		// The base after the new figure: "to 88 % … from _____ during…", "after a fall of _____ in…", "après _____ en juin".
		expect(base('Public debt fell to 88% at the end of March from _____ during the third quarter of 2022.', '92%', 'percent')).toBe(1);
		expect(base('The farm sector grew by 2.4 per cent after a fall of _____ in the first quarter.', '3.1 per cent', 'percent')).toBe(1);
		expect(base('Prices rose 4.9% in May, after _____ in April.', '5.3%', 'percent')).toBe(1);
		expect(base('L’inflation a reculé à 3,1 % en juillet, après _____ en juin.', '3,6 %', 'percent')).toBe(1);
		expect(base('Sales reached _____ in May, up from $11.9 million in April.', '$12.4 million', 'money')).toBeUndefined();
		// A length of time is no base: "resigned after _____ in office".
		expect(base('The mayor resigned on Monday after _____ in office.', '12 years', 'duration')).toBeUndefined();
		expect(base('Il quitte ses fonctions lundi après _____ au pouvoir.', '12 ans', 'duration')).toBeUndefined();
		expect(base('The farm sector grew by _____ after a fall of 3.1 per cent in the first quarter.', '2.4 per cent', 'percent')).toBeUndefined();
		expect(base('The family moved from Leeds in _____ to open a bakery.', '1998')).toBeUndefined();
		expect(base('She moved from 10 Downing Street in _____ to a flat in Chelsea.', '2016')).toBeUndefined();
		expect(base('L’équipe a perdu 30-38 contre le Danemark, vendredi à _____.', 'Hambourg', 'place')).toBeUndefined();
	});

	it('orders a short true/false statement last, down to the floor but not out of the set', () => {
		const tf = (prompt: string) => {
			const i = input(prompt, 'Faux', 'false', 'negation', 2);
			return { ...i, question: { ...i.question, type: 'truefalse' as const, choices: ['Vrai', 'Faux'] } };
		};
		const short = tf('Vrai ou faux : La victime a porté plainte.');
		const long = tf('Vrai ou faux : La victime du vol de la rue Pasteur a porté plainte lundi auprès de la gendarmerie de Lure.');
		expect(confidenceFeatures(short, article).shortStatement).toBe(1);
		expect(confidenceFeatures(long, article).shortStatement).toBeUndefined();
		expect(confidenceOf(short, article)).toBeLessThan(confidenceOf(long, article));
		expect(confidenceOf(short, article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
	});

	it('orders "Who is X, according to the article?" after the other questions, down to the floor but not out of the set', () => {
		const role = (late: number) => {
			const i = input('Who is Ann Reid, according to the article?', 'deputy harbour master', 'deputy harbour master', 'role', late);
			return { ...i, question: { ...i.question, type: 'short' as const } };
		};
		const cloze = input('The port hired _____ in May.', 'Ann Reid', 'Ann Reid', 'person', 2);
		expect(kindOf({ ...role(2), copiesSentence: false })).toBe('role');
		// (Raters kept 4 of 41: it goes well after a name asked in a sentence, at half its confidence or less.)
		expect(confidenceOf(role(2), article)).toBeLessThanOrEqual(confidenceOf(cloze, article) / 2);
		expect(confidenceOf(role(2), article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		// A long post late in a long article falls to the floor, not below: it stays in the set.
		const sentences = Array.from({ length: 10 }, (_, k) => ({ text: 'A sentence of the story here.', start: k * 40, end: k * 40 + 30, paragraph: k + 3 }));
		const late = input('Who is Ann Reid, according to the article?', 'deputy harbour master of the northern port', 'deputy harbour master of the northern port', 'role', 9);
		const weak = { question: { ...late.question, type: 'short' as const }, fact: { ...late.fact, confidence: 0.5 } };
		expect(confidenceOf(weak, { title: 'Headline', sentences } as never)).toBe(CONFIDENCE_FLOOR);
	});

	it('leaves out what an action was for, and a first-person sentence whose speaker is elsewhere (confidence 0, below any floor)', () => {
		const purpose = input('Le conseil a voté un budget afin de _____.', 'rénover l’école', 'rénover l’école', 'event', 1);
		purpose.fact.relation = 'purpose';
		expect(confidenceOf(purpose, article)).toBe(0);
		expect(confidenceOf(input('We have played that song _____ times on this tour.', '500', '500'), article)).toBe(0);
		expect(confidenceOf(input('The band closed the show after _____ songs.', '20', '20'), article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		// A numeral "I" and a name "Ma" are no first person.
		expect(confidenceOf(input('The Phase I trial enrolled _____ patients.', '300', '300'), article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		expect(confidenceOf(input('World War I veterans were honoured by _____ cadets.', '40', '40'), article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		expect(confidenceOf(input('Ma Long beat _____ players over the week.', '64', '64'), article)).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
		expect(confidenceOf(input('Yesterday I went to _____ shows in Leeds.', '40', '40'), article)).toBe(0);
		expect(confidenceOf(input('I told the _____ workers to go home.', '40', '40'), article)).toBe(0);
		expect(confidenceOf(input('Our Leeds office lost _____ staff.', '40', '40'), article)).toBe(0);
	});

	it('marks what an action was for, not what was decided', () => {
		const purpose = input('Le conseil a voté un budget afin de _____.', 'rénover l’école', 'rénover l’école', 'event', 1);
		purpose.fact.relation = 'purpose';
		const decision = input('Le conseil a décidé de _____.', 'rénover l’école', 'rénover l’école', 'event', 1);
		decision.fact.relation = 'decision';
		expect(confidenceFeatures(purpose, article).purposeBlank).toBe(1);
		expect(confidenceFeatures(decision, article).purposeBlank).toBeUndefined();
		expect(confidenceOf(purpose, article)).toBeLessThan(confidenceOf(decision, article));
	});

	it('orders a date from the body last, down to the floor but not out of the set', () => {
		const body = input('The hall was built in _____.', '1931', '1931', 'date', 2);
		const lede = input('The hall was built in _____.', '1931', '1931', 'date', 1);
		expect(confidenceFeatures(body, article).bodyDate).toBe(1);
		expect(confidenceFeatures(lede, article).bodyDate).toBeUndefined();
		// A figure from the body is not a date.
		expect(confidenceFeatures(input('The hall holds _____.', '300 seats', '300'), article).bodyDate).toBeUndefined();
		expect(confidenceOf(body, article)).toBeLessThan(confidenceOf(lede, article));
		// However weak the rest, the date's own penalty leaves it at the floor.
		// (Only a bias and the penalty: 0.08 without it, 0.02 with it.)
		expect(confidenceOf(body, article, { bias: -2.5, bodyDate: WEIGHTS.bodyDate })).toBe(CONFIDENCE_FLOOR);
		// Below the floor on its own, it stays there.
		expect(confidenceOf(body, article, { bias: -4, bodyDate: WEIGHTS.bodyDate })).toBeLessThan(CONFIDENCE_FLOOR);
	});

	it('weighs a date that bounds a span as a bound', () => {
		for (const stem of ['The band will tour until _____ with a show in Kansas City.', 'Entre mi-_____ et mai, les récifs ont blanchi.', 'He represented the city from _____ until 2016.', 'La période s’étend du _____ au 31 mars.', 'The festival runs _____ to August 2 in Accra.', 'Les travaux dureront du 3 mars au _____.'])
			expect(confidenceFeatures(input(stem, 'June 2', '2018-06-02', 'date'), article).boundBlank, stem).toBe(1);
		for (const stem of ['The band played on _____ in Kansas City.', 'Le conseil a voté le _____ et la mairie a suivi.', 'La séance du _____ a été levée à midi.', 'They pleaded guilty on _____ to 11 counts of fraud.', 'Growth fell from 6 % in _____ to 4 % this year.', 'He flew out on _____ to Tokyo 2020 for the Games.', 'Le conseil s’est réuni le _____ et finalement a voté.'])
			expect(confidenceFeatures(input(stem, 'June 2', '2018-06-02', 'date'), article).boundBlank, stem).toBeUndefined();
	});

	it('puts a time of day as low as a bound, which raters struck as often', () => {
		expect(confidenceFeatures(input('La route a été fermée dès _____.', '9 h', '9', 'quantity'), article).timeOfDay).toBe(1);
		const minute = input('Naduvalo scored in the _____ of the final.', '11th minute', '11', 'ordinal');
		expect(confidenceFeatures({ ...minute, fact: { ...minute.fact, unit: 'minute' } }, article).timeOfDay).toBe(1);
		expect(confidenceFeatures({ ...minute, fact: { ...minute.fact, unit: 'try' } }, article).timeOfDay).toBeUndefined();
		const time = input('La séance a commencé à _____ dans le calme.', '11h', '11', 'quantity');
		const bound = input('La séance a réuni plus de _____ dans le calme.', '40 élus', '40', 'quantity');
		expect(confidenceFeatures(time, article).timeOfDay).toBe(1);
		expect(confidenceFeatures(bound, article).boundBlank).toBe(1);
		expect(confidenceOf(time, article)).toBeLessThanOrEqual(confidenceOf(bound, article));
	});

	it('marks a stem that opens on a pronoun, past its "Complétez :" label, and not a named subject', () => {
		expect(confidenceFeatures(input('Complétez : Elle a fermé ses portes en _____.', '1988', '1988', 'date'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('They had signed _____ agreements by noon.', 'four', '4'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('Celle-ci votait alors à _____ pour la fusion.', '87 %', '87', 'percent'), article).pronounOpening).toBe(1);
		// "Ici, il a fait…", "Here the water reached…": a place the stem does not name.
		expect(confidenceFeatures(input('Ici, il a fait _____ en moyenne cette année.', '30 degrés', '30'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('Here the water reached _____ in July.', '31 degrees', '31'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('Le précédent était de _____ en 2016.', '139 sites', '139'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('The latter won _____ seats in the assembly.', '12', '12'), article).pronounOpening).toBe(1);
		// Someone speaking, the quotation marks and the speaker in another sentence.
		expect(confidenceFeatures(input('We have played that song _____ times on this tour.', '500', '500'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('The long wait after _____ made us stronger.', 'four defeats', '4'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('“We have played it _____ times,” the singer said.', '500', '500'), article).unattributedSpeech).toBeUndefined();
		expect(confidenceFeatures(input('The band closed with Money In My Pocket after _____ songs.', '20', '20'), article).unattributedSpeech).toBeUndefined();
		expect(confidenceFeatures(input('Le ministre précise que nous sommes en pleine saison depuis _____.', '2010', '2010', 'date'), article).unattributedSpeech).toBeUndefined();
		expect(confidenceFeatures(input('C’est un ami qui m’a fait venir à _____ il y a dix ans.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('Depuis, ma famille vit à _____.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('Le maire m’a dit qu’il partirait en _____.', 'mars', 'mars', 'date'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('Ma famille vit à _____ depuis 1990.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('M’installer à _____ a été difficile.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBe(1);
		expect(confidenceFeatures(input('C’mon Eileen was played _____ times that night.', '40', '40'), article).unattributedSpeech).toBeUndefined();
		expect(confidenceFeatures(input('M’Baye a rejoint _____ en mai.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBeUndefined();
		// (Someone else's words, a capital "M." and an article's "l’" are no first person.)
		expect(confidenceFeatures(input('M. Dupont a rejoint _____ en mai.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBeUndefined();
		expect(confidenceFeatures(input('« Je suis partie pour _____ », raconte-t-elle.', 'Lyon', 'Lyon', 'place'), article).unattributedSpeech).toBeUndefined();
		// An interviewer's question, or the page speaking to its reader, in the second person.
		expect(confidenceFeatures(input('Madame la maire, vous entamez un troisième mandat à _____.', 'Lyon', 'Lyon', 'place'), article).secondPerson).toBe(1);
		expect(confidenceFeatures(input('Yes, you heard right: the show now lasts _____.', 'two hours', 'PT2H', 'duration'), article).secondPerson).toBe(1);
		expect(confidenceFeatures(input('The mayor then gave a short thank-you in _____.', 'Gaelic', 'Gaelic', 'place'), article).secondPerson).toBeUndefined();
		expect(confidenceFeatures(input('Le rendez-vous est fixé à _____.', 'Lyon', 'Lyon', 'place'), article).secondPerson).toBeUndefined();
		// A surname or a party's name is no "you".
		expect(confidenceFeatures(input('Anna Vos won the third stage in _____ on Sunday.', 'Ghent', 'Ghent', 'place'), article).secondPerson).toBeUndefined();
		expect(confidenceFeatures(input('Your Party, founded in May, won _____ seats.', '4', '4'), article).secondPerson).toBeUndefined();
		expect(confidenceFeatures(input('You can still visit _____ until May.', 'Ghent', 'Ghent', 'place'), article).secondPerson).toBe(1);
		expect(confidenceFeatures(input('Votre abonnement coûtera _____ par mois.', '12 euros', '12 EUR', 'money'), article).secondPerson).toBe(1);
		expect(confidenceFeatures(input('Your ticket will cost _____ from May.', '£65', '65 GBP', 'money'), article).secondPerson).toBe(1);
		// Words the stem gives to a pronoun only.
		expect(confidenceFeatures(input('“The show sold out in _____ days,” she told the paper.', '3', '3'), article).pronounSpeaker).toBe(1);
		expect(confidenceFeatures(input('« L’épidémie est contrôlée depuis _____ », avance-t-il devant la presse.', 'mars', '2024-03', 'date'), article).pronounSpeaker).toBe(1);
		expect(confidenceFeatures(input('“The show sold out in _____ days,” Ana Ruiz told the paper.', '3', '3'), article).pronounSpeaker).toBeUndefined();
		expect(confidenceFeatures(input('The embassy closed its doors in _____.', '1988', '1988', 'date'), article).pronounOpening).toBeUndefined();
		expect(confidenceFeatures(input('Ellen Park signed _____ agreements.', 'four', '4'), article).pronounOpening).toBeUndefined();
		// A French nationality noun stands for someone named before, as a pronoun does; a country does not.
		expect(confidenceFeatures(input('Le Sénégalais élève des dromadaires dans le désert depuis _____.', '2010', '2010', 'date'), article).pronounOpening).toBe(1);
		expect(confidenceFeatures(input('Le Sénégal a signé _____ accords avec la Côte d’Ivoire.', 'trois', '3'), article).pronounOpening).toBeUndefined();
	});

	it('marks a blank opening a short sentence, after any context sentence, not one opening a long one', () => {
		const f = (prompt: string) => confidenceFeatures(input(prompt, '48 sièges', '48'), article).shortOpeningBlank;
		expect(f('_____ pour les autres partis.')).toBe(1);
		expect(f('Complétez : Le Parti vert a obtenu 31 sièges. _____ pour les autres partis.')).toBe(1);
		expect(f('_____ ont été attribués au Parti vert lors du scrutin de dimanche dans les quatre cantons du nord.')).toBeUndefined();
		expect(f('Les autres partis se partagent _____.')).toBeUndefined();
	});

	it('marks who said a remark when the article names the speaker once; not the post, nor a name asked in a blank', () => {
		const body = [{ index: 0, start: 0, end: 80, text: 'Tom Reyes won the race, and the analyst Ann Blake said it was a surprise.', paragraph: 2 }, { index: 1, start: 81, end: 120, text: 'Reyes thanked his team.', paragraph: 3 }];
		const art = { title: null, sentences: body };
		const asked = (type: Fact['type'], value: string, extra: Partial<Fact> = {}) => {
			const c = input('Who said: “it was a surprise”?', value, value, type, 0);
			return confidenceFeatures({ ...c, fact: { ...c.fact, value, ...extra } }, art);
		};
		expect(asked('quote', 'Ann Blake').attributedOnce).toBe(1);
		expect(asked('role', 'analyst', { person: 'Ann Blake' }).attributedOnce).toBeUndefined();
		expect(asked('quote', 'Tom Reyes').attributedOnce).toBeUndefined();
		expect(asked('person', 'Ann Blake')).toMatchObject({ namedOnce: 1 });
		expect(asked('person', 'Ann Blake').attributedOnce).toBeUndefined();
	});

	it('marks the day a fact was told, not the day of the story told', () => {
		const told = (text: string, surface: string) => {
			const art = { title: null, sentences: [{ index: 0, start: 0, end: text.length, text, paragraph: 2 }] };
			const c = input(text.replace(surface, '_____'), surface, '2025-03-10', 'date', 0);
			const start = text.indexOf(surface);
			return confidenceFeatures({ ...c, fact: { ...c.fact, start, end: start + surface.length } }, art).reportedOn;
		};
		expect(told('The painter has died at the age of 90, it was announced on March 12.', 'on March 12')).toBe(1);
		expect(told('The bones were described in a study published March 12 in a journal.', 'March 12')).toBe(1);
		expect(told("L'agence a annoncé le 12 mars que le pic de l'épidémie était passé.", 'le 12 mars')).toBe(1);
		expect(told("Le groupe a annoncé le 12 mars l'acquisition de son concurrent.", 'le 12 mars')).toBeUndefined();
		expect(told('The painter died on March 12 in Paris.', 'on March 12')).toBeUndefined();
		// Told in an aside after the story's clause: the report's day.
		expect(told("Le peintre est mort à 90 ans, a annoncé lundi 12 mars l'agence de presse.", 'lundi 12 mars')).toBe(1);
		expect(told('The painter died at 90, his publisher said on March 12.', 'on March 12')).toBe(1);
		expect(told('The council approved the budget on March 12, the mayor said.', 'on March 12')).toBeUndefined();
	});

	it('marks someone’s age, but not an age at death or one a law sets', () => {
		const aged = (text: string) => {
			const art = { title: null, sentences: [{ index: 0, start: 0, end: text.length, text, paragraph: 2 }] };
			const c = input(text.replace(/\d+/, '_____'), '45 ans', '45', 'quantity', 0);
			return confidenceFeatures({ ...c, fact: { ...c.fact, role: 'age' } }, art).personAge;
		};
		expect(aged('Le procès d’un Girondin de 45 ans accusé de meurtre s’est ouvert lundi.')).toBe(1);
		expect(aged('The 45-year-old told reporters he would appeal.')).toBe(1);
		expect(aged('Le chanteur est mort lundi à l’âge de 45 ans dans sa maison.')).toBeUndefined();
		expect(aged('La réforme repousse l’âge légal de la retraite à 45 ans.')).toBeUndefined();
		// A count is no age.
		expect(confidenceFeatures(input('They counted _____ ballots.', '45', '45'), article).personAge).toBeUndefined();
	});

	it('marks a count any reader sees, a time of day, a year next to its neighbour, a number inside a list', () => {
		expect(confidenceFeatures(input('The _____ leaders met at noon.', 'two', '2'), article).smallCount).toBe(1);
		expect(confidenceFeatures(input('The fire destroyed _____ homes.', '40 homes', '40'), article).smallCount).toBeUndefined();
		expect(confidenceFeatures(input('Le train est parti à _____.', '18 h 40', '18:40', 'date'), article).timeOfDay).toBe(1);
		expect(confidenceFeatures(input('Doors open at _____.', '7 p.m.', '19:00', 'date'), article).timeOfDay).toBe(1);
		expect(confidenceFeatures(input('Le train est parti en _____.', '1988', '1988', 'date'), article).timeOfDay).toBeUndefined();
		expect(confidenceFeatures(input('Sales doubled in _____ after a weak 2019.', '2020', '2020', 'date'), article).neighbourYear).toBe(1);
		expect(confidenceFeatures(input('Sales doubled in _____ after a weak 2012.', '2020', '2020', 'date'), article).neighbourYear).toBeUndefined();
		expect(confidenceFeatures(input('They won by 4 goals, _____ and 2 goals.', '3 goals', '3'), article).listNeighbour).toBe(1);
		expect(confidenceFeatures(input('The bones are between _____ and 9 million years old.', '7 million', '7000000'), article).listNeighbour).toBe(1);
		expect(confidenceFeatures(input('In 2019 the club signed _____ players.', '12 players', '12'), article).listNeighbour).toBeUndefined();
	});

	it('marks a season whose months the stem names ("en _____ du 2 juillet au 9 août")', () => {
		const season = (prompt: string, value: string) => confidenceFeatures(input(prompt, 'été 2022', value, 'date'), article).answerEcho;
		expect(season('Le festival revient en _____ du 2 juillet au 9 août.', '2022-summer')).toBe(1);
		expect(season('The fair returns in _____, from 2 July to 9 August.', '2022-summer')).toBe(1);
		expect(season('Le festival revient en _____, après une pause en mars.', '2022-summer')).toBeUndefined();
		expect(season('Le festival revient en _____ du 2 juillet au 9 août.', '2022-winter')).toBeUndefined();
		// "may", "March" and "Mars" say no month.
		expect(season('The festival may return in _____ next year.', '2024-spring')).toBeUndefined();
		expect(season('Le rover atteindra Mars au _____.', '2024-spring')).toBeUndefined();
		expect(season('The festival, directed by Jan Peters, returns in _____.', '2024-winter')).toBeUndefined();
		// After a preposition, "May" is the month; a month in other capitals still is one.
		expect(season('Works will start in _____ and end in May.', '2024-spring')).toBe(1);
		expect(season('Les travaux commencent en _____, dès Avril.', '2024-spring')).toBe(1);
		// Cut short with its dot.
		expect(season('The trial opened in _____, with hearings until Jan. 15.', '2024-winter')).toBe(1);
	});

	it('marks an ordinal whose predecessor the stem writes before its blank ("un premier vote …, un _____")', () => {
		const echo = (prompt: string, answer: string, value: string) => confidenceFeatures(input(prompt, answer, value, 'ordinal'), article).answerEcho;
		expect(echo('Après un premier vote en mai, le conseil a adopté en juin un _____ du plan.', 'deuxième vote', '2')).toBe(1);
		expect(echo('The team found a first fossil in 2019 and the _____ last year.', 'second fossil', '2')).toBe(1);
		expect(echo('The vote was held on the 41st and _____ of the session.', '42nd day', '42')).toBe(1);
		// After the blank, or not the one before, it gives nothing; nor does an English "premier".
		expect(echo('_____ was his first ever podium.', 'second place', '2')).toBeUndefined();
		expect(echo('After a first vote in May, the council held a _____ in June.', 'third vote', '3')).toBeUndefined();
		expect(echo('It was the premier’s _____ in office.', 'second term', '2')).toBeUndefined();
		// A first of something else: a post, a day, a lady.
		expect(echo('Le Premier ministre entame son _____ mandat.', 'deuxième mandat', '2')).toBeUndefined();
		expect(echo('On May 1st, she won her _____ title.', 'second title', '2')).toBeUndefined();
		expect(echo('The First Lady attended the _____ gala.', 'second gala', '2')).toBeUndefined();
	});

	it('prefers a fact from the headline or the first paragraph to one from deep in the body', () => {
		const lede = input('The council approved _____ new schools.', '12 schools', '12', 'quantity', 1);
		const body = input('The council approved _____ new schools.', '12 schools', '12', 'quantity', 2);
		expect(confidenceFeatures(lede, article).lede).toBe(1);
		expect(confidenceOf(lede, article)).toBeGreaterThan(confidenceOf(body, article));
		// A bulleted line is a list item.
		const bulleted = { ...input('The council approved _____ new schools.', '12 schools', '12', 'quantity', 3) };
		expect(confidenceFeatures(bulleted, article).listItem).toBe(1);
		expect(confidenceFeatures(body, article).listItem).toBeUndefined();
		// A pronoun opening costs: the same blank with a named subject is more likely accepted.
		expect(confidenceOf(input('It approved _____ new schools.', '12 schools', '12'), article)).toBeLessThan(confidenceOf(body, article));
		// Later in the article is further in the background.
		expect(confidenceFeatures(body, article).position).toBeCloseTo(2 / 3);
		expect(confidenceOf(input('The council approved _____ new schools.', '12 schools', '12', 'quantity', 3), article)).toBeLessThan(confidenceOf(body, article));
	});

	/** A short article about a mill fire whose second sentence is `middle`; the third names Ruiz again. */
	const millFire = (middle: string, end: number) => ({
		title: 'Fire in the old mill',
		sentences: [
			{ index: 0, start: 0, end: 20, text: 'Fire in the old mill', paragraph: 0 },
			{ index: 1, start: 21, end, text: middle, paragraph: 2 },
			{ index: 2, start: end + 1, end: end + 50, text: 'Ruiz said the mill would be rebuilt.', paragraph: 3 }
		]
	});

	it('marks who said a remark, or the post of someone, the article names only once', () => {
		const named = millFire('Mayor Ana Ruiz closed the road after the fire, said fire chief Tom Bell.', 90);
		const who = (speaker: string) => ({
			question: { id: 'q', type: 'short' as const, prompt: 'Who said: “It was close”?', answer: speaker, answerValue: speaker, choices: [], factIds: ['f'], evidence: { start: 21, end: 90, text: '' }, difficulty: 0.5 },
			fact: { id: 'f', type: 'quote', value: speaker, text: speaker, start: 21, end: 30, sentence: 1, confidence: 0.8 } as Fact
		});
		expect(confidenceFeatures(who('Tom Bell'), named).namedOnce).toBe(1);
		// "Ana Ruiz … Ruiz said": named twice by her surname, one of the story's actors.
		expect(confidenceFeatures(who('Ana Ruiz'), named).namedOnce).toBeUndefined();
		const role = { ...who('Tom Bell'), fact: { ...who('Tom Bell').fact, type: 'role', value: 'fire chief', person: 'Tom Bell' } as Fact };
		expect(confidenceFeatures(role, named).namedOnce).toBe(1);
		const choose = (speaker: string) => ({ ...who(speaker), question: { ...who(speaker).question, type: 'whosaid' as const, choices: ['Ana Ruiz', 'Tom Bell', 'Lea Hart', 'Max Webb'] } });
		expect(confidenceOf(choose('Tom Bell'), named)).toBeLessThan(confidenceOf(choose('Ana Ruiz'), named));
		// With the name to type, not to choose, who said it goes last, down to the floor.
		expect(confidenceFeatures(who('Ana Ruiz'), named).typedSpeaker).toBe(1);
		expect(confidenceFeatures(choose('Ana Ruiz'), named).typedSpeaker).toBeUndefined();
		expect(confidenceOf(who('Ana Ruiz'), named)).toBe(CONFIDENCE_FLOOR);
	});

	it('puts who said a remark, even of one of the story’s actors, after a blank of the same sentence', () => {
		const article = millFire('“It was close,” said Mayor Ana Ruiz, who closed 12 roads after the fire.', 100);
		const who = {
			question: { id: 'q', type: 'whosaid' as const, prompt: 'Who said: “It was close”?', answer: 'Ana Ruiz', answerValue: 'Ana Ruiz', choices: ['Ana Ruiz', 'Tom Bell', 'Lea Hart', 'Max Webb'], factIds: ['f'], evidence: { start: 21, end: 100, text: '' }, difficulty: 0.5 },
			fact: { id: 'f', type: 'quote', value: 'Ana Ruiz', text: 'Ana Ruiz', start: 21, end: 30, sentence: 1, confidence: 0.8 } as Fact
		};
		const blank = {
			question: { id: 'c', type: 'cloze' as const, prompt: '“It was close,” said Mayor Ana Ruiz, who closed _____ after the fire.', answer: '12 roads', answerValue: '12', choices: [], factIds: ['n'], evidence: { start: 21, end: 100, text: '' }, difficulty: 0.5 },
			fact: { id: 'n', type: 'quantity', value: '12', text: '12 roads', start: 70, end: 78, sentence: 1, confidence: 0.8 } as Fact
		};
		expect(confidenceFeatures(who, article).namedOnce).toBeUndefined();
		expect(confidenceOf(who, article)).toBeLessThan(confidenceOf(blank, article));
		// The speaker as a blank ("“…,” _____ said", "selon _____") is the same attribution.
		const speaker = (prompt: string) => ({ question: { ...blank.question, prompt, answer: 'Ana Ruiz', answerValue: 'Ana Ruiz' }, fact: { ...blank.fact, type: 'person', value: 'Ana Ruiz', text: 'Ana Ruiz' } as Fact });
		expect(confidenceFeatures(speaker('“It was close,” _____ said after the fire.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('La route restera fermée, selon _____.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('According to Dr _____, half the region will be covered by June.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('_____, Chair of the Harbour Trust, added: “This is a new start for the town.”'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('_____, présidente de l’association, a déclaré : « Nous sommes prêts. »'), article).speakerBlank).toBe(1);
		// A French verb of saying before its subject, and the source of figures, are the same attribution.
		expect(confidenceFeatures(speaker('« Un vote est un vote », affirme _____, présidente de l’Assemblée.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('Les cas ont doublé en 2024, indique lundi _____, dans un bilan.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('Selon les dernières données de _____, douze régions sont touchées.'), article).speakerBlank).toBe(1);
		// The incise with an adverb or the speaker's post between verb and name, and more verbs of saying.
		expect(confidenceFeatures(speaker('Les écoles resteront ouvertes, détaille _____.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('La digue tiendra, souligne encore _____.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('Ce projet «a du sens», fait valoir son président _____ qui plaide pour un vote.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('On Monday, Transport Secretary _____ confirmed that the bridge would reopen.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('“We are ready,” _____ stated.'), article).speakerBlank).toBe(1);
		// Doing, not saying: the person is the story.
		expect(confidenceFeatures(speaker('_____ confirmed his candidacy for the mayoralty on Monday.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(speaker('_____ annonce sa démission après douze ans à la mairie.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(speaker('Selon le maire, la ville de _____ rouvrira ses écoles lundi.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(speaker('Mayor _____ closed 12 roads after the fire.'), article).speakerBlank).toBeUndefined();
		expect(confidenceOf(speaker('“It was close,” _____ said after the fire.'), article)).toBeLessThan(confidenceOf(speaker('Mayor _____ closed 12 roads after the fire.'), article));
		// A body that reports ("indique lundi _____", "the _____ said") is the same attribution; one that acts is the story.
		const body = (prompt: string) => ({ question: { ...blank.question, prompt, answer: 'Santé publique France', answerValue: 'Santé publique France' }, fact: { ...blank.fact, type: 'organisation', value: 'Santé publique France', text: 'Santé publique France' } as Fact });
		expect(confidenceFeatures(body('Les cas ont quadruplé en 2024, indique lundi _____, dans un bilan.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('_____ a lancé une campagne de vaccination dans les écoles.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(body('_____ a annoncé mardi la fermeture de son usine de Douai.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(body('The outbreak is over, the _____ said on Monday.'), article).speakerBlank).toBe(1);
		// The outlet that carried the words is the source too.
		expect(confidenceFeatures(body('In an interview with _____, the deputy mayor said the market would reopen.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('Selon les chiffres officiels, rapportés par l’agence _____, le parti a obtenu 41 % des voix.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('The minister told _____ that the bridge would open in May.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('The minister sold _____ to a rival group in May.'), article).speakerBlank).toBeUndefined();
		// "…, the _____ announced." closing the sentence (or before its day) attributes it; announcing something is the story.
		expect(confidenceFeatures(body('Most visitors stay in Split and Zadar, the _____ announced.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('Some 90 percent of beds were full, _____ reported on Saturday.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('Prices rose by 12 percent, _____ announced today.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(body('The _____ announced a ban on night flights.'), article).speakerBlank).toBeUndefined();
		expect(confidenceFeatures(speaker('_____ announced on Monday that she would run.'), article).speakerBlank).toBe(1);
		expect(confidenceFeatures(speaker('_____ announced on Monday her bid for the mayoralty.'), article).speakerBlank).toBeUndefined();
		// "reported on corruption": on a subject, not a day.
		expect(confidenceFeatures(speaker('Last year _____ reported on corruption.'), article).speakerBlank).toBeUndefined();
	});
});

describe('answerEcho: a stem that names what its blank asks', () => {
	it('finds a word of the name, a form of it, or its acronym beside the blank', () => {
		expect(answerEcho('The beetle was named Carabus wilsoni, or Wilson’s ground beetle, honouring _____, who found it.', 'Maria Wilson')).toBe(true);
		expect(answerEcho('Engineers at the School of Mining, _____ (NUT), built the rover.', 'National University of Technology')).toBe(true);
		expect(answerEcho('La fête de Saint-Jean de Valloire attire chaque été les foules de _____.', 'Haute-Valloire')).toBe(true);
		expect(answerEcho('After its start at the _____ ten years ago, the Dunmore Method spread to 40 countries.', 'Dunmore General Hospital')).toBe(true);
	});

	it('leaves a name the stem does not give, a shared generic word, a figure and a common noun', () => {
		expect(answerEcho('The ferry sank off _____, the largest of the Tarvo Islands.', 'Mallow Island')).toBe(false);
		expect(answerEcho('The castle fell to the rebels during the _____ of 1549.', 'Wheat Tax Rebellion')).toBe(false);
		expect(answerEcho('The club won _____ in the first round.', '12 matches')).toBe(false);
		expect(answerEcho('This is only the _____ of the new launch vehicle.', 'second launch')).toBe(false);
		expect(answerEcho('The minister met _____ in Paris.', 'Anna Keller')).toBe(false);
		// Another name that starts the same.
		expect(answerEcho('The best newcomers were Kamal Dilan and _____ (Sunset).', 'Nimal Dilani')).toBe(false);
	});

	it('weighs the question down', () => {
		const sentences = [{ index: 0, start: 0, end: 90, text: 'The beetle was named Carabus wilsoni, or Wilson’s ground beetle, honouring Maria Wilson.', paragraph: 2 }];
		const at = (prompt: string, answer: string) => ({
			question: { id: 'q', type: 'cloze' as const, prompt, answer, answerValue: answer, choices: [], factIds: ['f'], evidence: { start: 0, end: 90, text: sentences[0].text }, difficulty: 0.5 },
			fact: { id: 'f', type: 'person', value: answer, text: answer, start: 75, end: 87, sentence: 0, confidence: 0.8 } as Fact
		});
		const echo = at('The beetle was named Carabus wilsoni, or Wilson’s ground beetle, honouring _____.', 'Maria Wilson');
		const plain = at('The beetle was named for _____, who found it in the dunes.', 'Maria Wilson');
		expect(confidenceFeatures(echo, { title: 'Beetles', sentences }).answerEcho).toBe(1);
		expect(confidenceOf(echo, { title: 'Beetles', sentences })).toBeLessThan(confidenceOf(plain, { title: 'Beetles', sentences }));
	});
});

describe('answerInTitle', () => {
	const q = (answer: string, answerValue: string) => ({ id: 'q', type: 'cloze' as const, prompt: '_____', answer, answerValue, choices: [], factIds: ['f'], evidence: { start: 0, end: 1, text: '_____' }, difficulty: 0.5 });
	it('finds a count or an ordinal the headline writes in words', () => {
		expect(answerInTitle(q('troisième panne', '3'), { title: 'Troisième panne géante du métro en un mois' })).toBe(true);
		expect(answerInTitle(q('5 fois', '5'), { title: 'Les loyers ont grimpé cinq fois plus vite que les salaires' })).toBe(true);
		expect(answerInTitle(q('twelve stations', '12'), { title: 'Twelve stations close as the strike goes on' })).toBe(true);
		expect(answerInTitle(q('22 blessés', '22'), { title: 'Vingt-deux blessés dans un accident de car' })).toBe(true);
		expect(answerInTitle(q('12 stations', '12'), { title: 'Rail strike closes stations across the north' })).toBe(false);
		// "un", "one" are articles as often as numbers.
		expect(answerInTitle(q('1 station', '1'), { title: 'One station closes as the strike goes on' })).toBe(false);
	});

	it('finds a country under its adjective ("Polish GDP…" for Poland)', () => {
		expect(answerInTitle(q('Poland', 'Poland'), { title: 'Polish GDP grew more than first estimated' }, 'place')).toBe(true);
		expect(answerInTitle(q('Bolivia', 'Bolivia'), { title: 'Polish GDP grew more than first estimated' }, 'place')).toBe(false);
		// A body named after the headline's place is not given away by it ("Stade de France" under "Le XV de France…").
		expect(answerInTitle(q('Stade de France', 'Stade de France'), { title: 'Le XV de France s’impose face à l’Écosse' }, 'place')).toBe(false);
	});

	it('finds an ordinal the headline writes in digits, and a phrase most of whose words it has', () => {
		expect(answerInTitle(q('second vaccination round', '2'), { title: 'Ministry to launch 2nd vaccination round' }, 'ordinal')).toBe(true);
		expect(answerInTitle(q('troisième édition', '3'), { title: 'La 3e édition du festival attire les foules' }, 'ordinal')).toBe(true);
		expect(answerInTitle(q('fourth edition', '4'), { title: 'Ministry to launch 2nd vaccination round' }, 'ordinal')).toBe(false);
		// A count is not given away by an ordinal of the same number.
		expect(answerInTitle(q('two doses', '2'), { title: 'Ministry to launch 2nd vaccination round' }, 'quantity')).toBe(false);
		expect(answerInTitle(q('a new summer tour', 'a new summer tour'), { title: 'Band announces summer tour and two new songs' })).toBe(true);
		expect(answerInTitle(q('Ministry of Education', 'Ministry of Education'), { title: 'education ministry to close 40 schools' })).toBe(true);
		expect(answerInTitle(q('une nouvelle espèce de grand lézard', 'x'), { title: 'Un nouveau lézard découvert en Patagonie' })).toBe(false);
		expect(answerInTitle(q('the regional court', 'x'), { title: 'Band announces summer tour' })).toBe(false);
	});

	it('finds a figure the headline writes in other forms: digit groups, an address without its decimal mark, about the same, a length of time', () => {
		expect(answerInTitle(q('48 000e abonné', '48000'), { title: 'bientot 48 000 abonnes pour le reseau' }, 'ordinal')).toBe(true);
		expect(answerInTitle(q('3,25 %', '3.25'), { title: 'la banque centrale maintient son taux a 325 pour lannee' }, 'percent')).toBe(true);
		// Among options a hundred apart; typed, the figure is still to be recalled.
		const choice = (answer: string, answerValue: string) => ({ ...q(answer, answerValue), type: 'mcq' as const });
		expect(answerInTitle(choice('312 cas', '312'), { title: 'Près de 300 cas de grippe aviaire en 2024' }, 'quantity')).toBe(true);
		expect(answerInTitle(choice('about 470 homes', '470'), { title: 'Nearly 500 homes flooded in the valley' }, 'quantity')).toBe(true);
		expect(answerInTitle(q('312 cas', '312'), { title: 'Près de 300 cas de grippe aviaire en 2024' }, 'quantity')).toBe(false);
		expect(answerInTitle(q('11 longues années', 'P11Y'), { title: 'Champion 11 ans après ses débuts' }, 'duration')).toBe(true);
		// A figure far from the headline's, or one the headline does not give, stays a question.
		expect(answerInTitle(choice('412 cas', '412'), { title: 'Près de 300 cas de grippe aviaire en 2024' }, 'quantity')).toBe(false);
		expect(answerInTitle(q('312 cas', '312'), { title: 'Grippe aviaire : 30 foyers en 2024' }, 'quantity')).toBe(false);
		expect(answerInTitle(q('six mois', 'P6M'), { title: 'Champion 11 ans après ses débuts' }, 'duration')).toBe(false);
	});

	it('finds a post by its abbreviation, a place by a word made from it, a day by its month, an amount in millions shortened', () => {
		expect(answerInTitle(q('Prime Minister', 'Prime Minister'), { title: 'Fiji PM Sione Vula wins confidence vote' }, 'role')).toBe(true);
		expect(answerInTitle(q('Finance Minister', 'Finance Minister'), { title: 'Fiji PM Sione Vula wins confidence vote' }, 'role')).toBe(false);
		expect(answerInTitle(q('Premier ministre', 'Premier ministre'), { title: 'Le président nomme Awa Ndiaye chef de gouvernement' }, 'role')).toBe(true);
		expect(answerInTitle(q('Premier ministre', 'Premier ministre'), { title: 'Le président nomme Awa Ndiaye chef de gouvernement' }, 'event')).toBe(true);
		expect(answerInTitle(q('Prime Minister', 'Prime Minister'), { title: 'Premier League clubs vote on new rules' }, 'role')).toBe(false);
		// A middle name the headline uses; the first unit of a length of time.
		expect(answerInTitle(q('Lydia Ward Ssebo', 'Lydia Ward Ssebo'), { title: 'Justice Ward jailed for six years' }, 'person')).toBe(true);
		expect(answerInTitle(q('Lydia Ward Ssebo', 'Lydia Ward Ssebo'), { title: 'Lydia Okello jailed for six years' }, 'person')).toBe(false);
		// A surname that is also a first name is still the surname.
		expect(answerInTitle(q('Cliff Richard', 'Cliff Richard'), { title: 'Richard wins privacy case' }, 'person')).toBe(true);
		// A surname put first ("Wei Ming-de" under "Peter Wei…"); a place opening a body's name is none.
		expect(answerInTitle(q('Wei Ming-de', 'Wei Ming-de'), { title: 'Peter Wei wins the island’s election' }, 'person')).toBe(true);
		// A first word the first names miss is no surname put first ("Faith", "Justice" open headlines).
		expect(answerInTitle(q('Faith Kiprono', 'Faith Kiprono'), { title: 'Faith leaders call for calm' }, 'person')).toBe(false);
		expect(answerInTitle(q('Anna Keller', 'Anna Keller'), { title: 'Anna Berg wins the island’s election' }, 'person')).toBe(false);
		// A first name no list knows, capitalised inside a headline in sentence case, calls one person.
		expect(answerInTitle(q('Oumarou Traoré', 'Oumarou Traoré'), { title: 'Santé et écoles à Ségou : Oumarou répond à tout' }, 'person')).toBe(true);
		// ("Sydney" is a place before it is a first name: "…floods streets in Sydney" names no Sydney Brown.)
		expect(answerInTitle(q('Sydney Brown', 'Sydney Brown'), { title: 'Storm floods streets in Sydney' }, 'person')).toBe(false);
		// The post a headline puts beside its holder's name: a role's noun.
		expect(answerInTitle(q('Green councillor', 'Green councillor'), { title: 'Leeds councillor Jane Hirst retires after 30 years' }, 'role', 'Jane Hirst')).toBe(true);
		expect(answerInTitle(q('maire de la commune', 'maire de la commune'), { title: 'Le maire Paul Riou répond aux commerçants' }, 'role', 'Paul Riou')).toBe(true);
		expect(answerInTitle(q('Green councillor', 'Green councillor'), { title: 'Leeds bins to be collected fortnightly' }, 'role', 'Jane Hirst')).toBe(false);
		// (Another holder's post in the headline gives nothing away: "Mayor Tom Hale resigns" for his deputy.)
		expect(answerInTitle(q('Deputy Mayor', 'Deputy Mayor'), { title: 'Mayor Tom Hale resigns after two years' }, 'role', 'Ann Bell')).toBe(false);
		// (Any of the holder's names: "President Xi meets…" for Xi Jinping.)
		expect(answerInTitle(q('Chinese President', 'Chinese President'), { title: 'President Xi meets the Kenyan delegation' }, 'role', 'Xi Jinping')).toBe(true);
		// A place under a headline read from an address, its possessive's s kept ("…and dharans rivers");
		// a headline with capitals writes its plurals as names ("West Midlands").
		expect(answerInTitle(q('Dharan', 'Dharan'), { title: 'new fish species highlight koshi and dharans rivers' }, 'place')).toBe(true);
		expect(answerInTitle(q('Midland', 'Midland'), { title: 'West Midlands police close the case' }, 'place')).toBe(false);
		// Thousands as a "k".
		expect(answerInTitle(q('£180,000', '180000 GBP'), { title: 'Over £180k for village halls' }, 'money')).toBe(true);
		expect(answerInTitle(q('£1,500', '1500 GBP'), { title: 'Parish gets £1.5k for new benches' }, 'money')).toBe(true);
		expect(answerInTitle(q('£180,000', '180000 GBP'), { title: 'Over £18k for village halls' }, 'money')).toBe(false);
		expect(answerInTitle(q('six years and four months', 'P6Y4M'), { title: 'Justice Ward jailed for six years' }, 'duration')).toBe(true);
		expect(answerInTitle(q('Malawi', 'Malawi'), { title: 'Malawian ex-minister jailed for fraud' }, 'place')).toBe(true);
		expect(answerInTitle(q('Malawi', 'Malawi'), { title: 'Ex-minister jailed for fraud' }, 'place')).toBe(false);
		expect(answerInTitle(q('12 juin 2023', '2023-06-12'), { title: 'La commune pourrait fusionner en juin' }, 'date')).toBe(true);
		expect(answerInTitle(q('12 May 2023', '2023-05-12'), { title: 'Council may close two libraries' }, 'date')).toBe(false);
		expect(answerInTitle(q('£2.6 million', '2600000 GBP'), { title: 'new 2 6m village hall opened' }, 'money')).toBe(true);
		expect(answerInTitle(q('£2.6 million', '2600000 GBP'), { title: 'New £2.6m village hall opened' }, 'money')).toBe(true);
		expect(answerInTitle(q('£2.6 million', '2600000 GBP'), { title: 'New £3m village hall opened' }, 'money')).toBe(false);
		expect(answerInTitle(q('£2.6 million', '2600000 GBP'), { title: 'New £26m village hall opened' }, 'money')).toBe(false);
		// A headline read from an address loses the decimal mark of a two-digit figure too.
		expect(answerInTitle(q('4,2 %', '4.2'), { title: 'la croissance devrait se maintenir a 42 en 2024 fmi' }, 'percent')).toBe(true);
		expect(answerInTitle(q('4,2 %', '4.2'), { title: 'La croissance à 42 milliards en 2024' }, 'percent')).toBe(false);
		expect(answerInTitle(q('4.2%', '4.2'), { title: 'apple unveils 42 new features' }, 'percent')).toBe(false);
		expect(answerInTitle(q('9.81 seconds', '9.81'), { title: 'ann vales 9 81 and tom hales 10 02 light up the trials' }, 'duration')).toBe(true);
		// A currency's letters glued to the figure: "K4.5 billion" (kwacha), "Rs3 billion", "KSh2.1bn".
		expect(answerInTitle(q('4.5 billion', '4500000000 ZMW'), { title: 'Minister seeks K4.5 billion for roads' }, 'money')).toBe(true);
		expect(answerInTitle(q('3 billion rupees', '3000000000 INR'), { title: 'Rs3 billion set aside for dams' }, 'money')).toBe(true);
		expect(answerInTitle(q('2.1 billion', '2100000000 KES'), { title: 'Telco profit hits KSh2.1bn' }, 'money')).toBe(true);
		expect(answerInTitle(q('4.5 billion', '4500000000 ZMW'), { title: 'Minister seeks K14.5 billion for roads' }, 'money')).toBe(false);
		expect(answerInTitle(q('Chile', 'Chile'), { title: 'Children march for the climate' }, 'place')).toBe(false);
	});
});

describe('a day read against the publication date', () => {
	it('comes after the sentence’s own facts: the student would do date arithmetic, not recall the story', async () => {
		const { analyze } = await import('../index');
		const text =
			'Flooded village reopens its school\n\nThe village school of Marden reopened on Thursday, three weeks after the river flooded 40 homes. Pupils returned to 6 new classrooms built by volunteers.';
		const { questions } = analyze(text, { lang: 'en', published: '2024-03-16' });
		const day = questions.filter((q) => q.answerValue === '2024-03-14');
		// (The classrooms are a fact of the next sentence, which the day used to come before.)
		const classrooms = questions.filter((q) => q.answerValue === '6');
		expect(day.length).toBeGreaterThan(0);
		expect(classrooms.length).toBeGreaterThan(0);
		expect(Math.max(...day.map((q) => q.confidence ?? 0))).toBeLessThan(Math.min(...classrooms.map((q) => q.confidence ?? 0)));
	});
});

describe('a bound as the answer', () => {
	it('is read in the stem before the blank, for amounts only', () => {
		const article = { title: 'Storm closes the port', sentences: [{ index: 0, start: 0, end: 80, text: 'More than 300 homes lost power when the storm reached the port on Monday.', paragraph: 1 }] } as never;
		const input = (prompt: string, answer: string, type: Fact['type']) => ({
			question: { id: 'q', type: 'cloze' as const, prompt, answer, answerValue: answer, choices: [], factIds: ['f'], evidence: { start: 0, end: 70, text: '' }, difficulty: 0.5 },
			fact: { id: 'f', type, value: answer, text: answer, start: 10, end: 13, sentence: 0, confidence: 0.8 } as Fact
		});
		expect(confidenceFeatures(input('More than _____ lost power when the storm reached the port.', '300 homes', 'quantity'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('L’hôpital peut accueillir plus de _____ par jour.', '300 patients', 'quantity'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('The coma may be up to _____ times wider than the Earth.', '15', 'quantity'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('The storm cut power to _____ on Monday.', '300 homes', 'quantity'), article).boundBlank).toBeUndefined();
		// An end of a range of figures, either end.
		expect(confidenceFeatures(input('Les sept prévenus ont écopé de peines allant de _____ avec sursis à cinq ans ferme.', '6 mois', 'duration'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('Les sept prévenus ont écopé de peines allant de six mois avec sursis à _____ ferme.', '5 ans', 'duration'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('The two guards, aged 24 and _____, were taken to hospital.', '31', 'quantity'), article).boundBlank).toBe(1);
		// (An age and another figure are no range: "Âgé de 45 ans, le prévenu a été condamné à _____";
		// "à une audience" is no figure.)
		expect(confidenceFeatures(input('Âgé de 45 ans, le prévenu a été condamné à _____ de prison.', '2 ans', 'duration'), article).boundBlank).toBeUndefined();
		expect(confidenceFeatures(input('The driver, aged 45, was sentenced to _____ in prison.', '2 years', 'duration'), article).boundBlank).toBeUndefined();
		expect(confidenceFeatures(input('Entre 2019 et 2021, le prévenu a été condamné à _____ de prison.', '2 ans', 'duration'), article).boundBlank).toBeUndefined();
		// Both ends of ages and of figures with their unit glued are ranges.
		expect(confidenceFeatures(input('Des jeunes âgés de 15 à _____ ans ont été entendus.', '17', 'quantity'), article).boundBlank).toBe(1);
		expect(confidenceFeatures(input('The waves reached between 3m and _____ along the coast.', '5m', 'quantity'), article).boundBlank).toBe(1);
		// (A change from one figure to another asks the new one: no range.)
		expect(confidenceFeatures(input('The fare rose from £2 to _____ on Monday.', '£2.40', 'money'), article).boundBlank).toBeUndefined();
		expect(confidenceFeatures(input('The storm passed over _____ on Monday.', 'Brest', 'place'), article).boundBlank).toBeUndefined();
		expect(confidenceOf(input('More than _____ lost power when the storm reached the port.', '300 homes', 'quantity'), article)).toBeLessThan(
			confidenceOf(input('The storm cut power to _____ on Monday.', '300 homes', 'quantity'), article)
		);
	});
});

describe('"Who is X?"', () => {
	it('comes after a blank of a later sentence: one true description among several, or a minor figure’s post', () => {
		const sentences = [
			{ index: 0, start: 0, end: 72, text: 'Harbour master Lena Holt closed the port on Monday as the storm arrived.', paragraph: 1 },
			{ index: 1, start: 73, end: 110, text: 'The waves damaged 12 boats at anchor.', paragraph: 3 }
		];
		const article = { title: 'Storm closes the port', sentences } as never;
		const fact = { id: 'f', type: 'role', value: 'Harbour master', text: 'Harbour master', start: 0, end: 14, sentence: 0, confidence: 0.8, person: 'Lena Holt' } as Fact;
		const who = { question: { id: 'q', type: 'short' as const, prompt: 'Who is Lena Holt, according to the article?', answer: 'Harbour master', answerValue: 'Harbour master', choices: [], factIds: ['f'], evidence: { start: 0, end: 72, text: '' }, difficulty: 0.5 }, fact };
		const boats = { question: { ...who.question, id: 'c', type: 'cloze' as const, prompt: 'The waves damaged _____ at anchor.', answer: '12 boats', answerValue: '12' }, fact: { ...fact, type: 'quantity', value: '12', text: '12 boats', start: 91, end: 99, sentence: 1, person: undefined } as Fact };
		expect(confidenceOf(who, article)).toBeLessThan(confidenceOf(boats, article));
	});
});

describe('an event that is one common noun', () => {
	it('comes after an event told in more words', () => {
		const article = { title: 'Hackers hit a hospital', sentences: [{ index: 0, start: 0, end: 90, text: 'Hackers launched an attack that shut down the hospital of Brive on Monday.', paragraph: 1 }] } as never;
		const event = (answer: string) => ({
			question: { id: 'q', type: 'short' as const, prompt: 'What did the hackers launch?', answer, answerValue: answer, choices: [], factIds: ['f'], evidence: { start: 0, end: 80, text: '' }, difficulty: 0.5 },
			fact: { id: 'f', type: 'event', value: answer, text: answer, start: 16, end: 25, sentence: 0, confidence: 0.8 } as Fact
		});
		expect(confidenceFeatures(event('an attack'), article).bareNoun).toBe(1);
		expect(confidenceFeatures(event('une attaque'), article).bareNoun).toBe(1);
		expect(confidenceFeatures(event('a ransomware attack'), article).bareNoun).toBeUndefined();
		expect(confidenceOf(event('an attack'), article)).toBeLessThan(confidenceOf(event('a ransomware attack'), article));
	});
});

describe('aboutEarlierYear: a figure about a year before the article’s', () => {
	// The fact is the first occurrence of `figure`; the sentence's dates are given as [surface, value].
	const check = (text: string, figure: string, year: number, dates: [string, string][], type: Fact['type'] = 'percent', role?: Fact['role']) => {
		const start = text.indexOf(figure);
		const ds = dates.map(([surface, value]) => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length, value }));
		return aboutEarlierYear({ start: 0, text }, { type, start, end: start + figure.length, role }, ds, year);
	};

	it('reads the date nearest the figure in its clause', () => {
		expect(check('Le chômage a atteint 8,1 % en 2019, selon l’office.', '8,1 %', 2021, [['en 2019', '2019']])).toBe(true);
		expect(check('Le chômage a atteint 8,1 % en 2021, selon l’office.', '8,1 %', 2021, [['en 2021', '2021']])).toBe(false);
		// "4,9 % this year against 6,2 % in 2020": each figure takes its own year.
		const pair = 'La hausse des prix atteint 4,9 % en 2021, contre 6,2 % en 2020.';
		expect(check(pair, '4,9 %', 2021, [['en 2021', '2021'], ['en 2020', '2020']])).toBe(false);
		expect(check(pair, '6,2 %', 2021, [['en 2021', '2021'], ['en 2020', '2020']])).toBe(true);
		const rate = 'Le taux moyen sur l’année 2020 s’élevait à 5,6 %, contre 6,7 % en 2019.';
		expect(check(rate, '5,6 %', 2020, [['l’année 2020', '2020'], ['en 2019', '2019']])).toBe(false);
		// A day's date counts by its year; a clause opening the sentence counts.
		expect(check('Le 3 mars 2019, l’usine employait 800 salariés.', '800 salariés', 2022, [['Le 3 mars 2019', '2019-03-03']], 'quantity')).toBe(true);
		expect(check('In 2018, the plant made 40,000 cars.', '40,000 cars', 2020, [['In 2018', '2018']], 'quantity')).toBe(true);
	});

	it('leaves a year of another clause, a span to now, a comparison and an age alone', () => {
		expect(check('Fondée en 1998, la société emploie aujourd’hui 4 000 personnes dans la région.', '4 000 personnes', 2021, [['en 1998', '1998']], 'quantity')).toBe(false);
		expect(check('The plant made 40,000 cars in 2018; this year it will make 52,000.', '52,000', 2020, [['in 2018', '2018']], 'quantity')).toBe(false);
		expect(check('Depuis 2011, 26 communes nouvelles ont vu le jour dans la région.', '26 communes', 2018, [['2011', '2011']], 'quantity')).toBe(false);
		expect(check('Les ventes ont progressé de 5 % par rapport à l’an dernier.', '5 %', 2023, [['l’an dernier', '2022']])).toBe(false);
		expect(check('Les ventes ont baissé de 12 % l’an dernier, selon la société.', '12 %', 2023, [['l’an dernier', '2022']])).toBe(true);
		expect(check('The author, who won the Booker in 1984, died at 87.', '87', 2016, [['in 1984', '1984']], 'quantity', 'age')).toBe(false);
	});

	it('leaves a month of the half-year before the publication alone', () => {
		const text = 'En décembre, les enquêteurs ont découvert 34 cas dans le district.';
		expect(check(text, '34 cas', 2017, [['En décembre', '2016-12']], 'quantity')).toBe(true);
		const start = text.indexOf('34 cas');
		const at = text.indexOf('En décembre');
		expect(aboutEarlierYear({ start: 0, text }, { type: 'quantity', start, end: start + 6 }, [{ start: at, end: at + 11, value: '2016-12' }], 2017, sixMonthsBefore('2017-01-12'))).toBe(false);
		expect(sixMonthsBefore('2017-01-12')).toBe('2016-07');
		expect(sixMonthsBefore('2024-08')).toBe('2024-02');
		expect(sixMonthsBefore(null)).toBeUndefined();
	});

	it('reads the year before in words, dated or not ("L’année dernière, …", "a year earlier")', () => {
		expect(check('L’année dernière, la foire avait attiré 180 000 visiteurs en trois jours.', '180 000 visiteurs', NaN, [], 'quantity')).toBe(true);
		expect(check('Exports rose 6% to $4.1 billion; a year earlier, they had fallen 2%.', '2%', NaN, [])).toBe(true);
		expect(check('Exports rose 6% to $4.1 billion; a year earlier, they had fallen 2%.', '6%', NaN, [])).toBe(false);
		// What a figure is compared with is no figure of that year ("up 8% on last year").
		expect(check('Sales were up 8% on last year, the firm said.', '8%', NaN, [])).toBe(false);
		expect(check('Les ventes ont progressé de 5 % par rapport à l’année dernière.', '5 %', NaN, [])).toBe(false);
		expect(check('Exports rose 5% from a year ago, the office said.', '5%', NaN, [])).toBe(false);
		expect(check('Les exportations ont augmenté de 5 % depuis l’an dernier.', '5 %', NaN, [])).toBe(false);
	});

	it('asks nothing of dates, names or an undated article', () => {
		expect(check('The mayor Anne Lowe took office in 2019.', 'Anne Lowe', 2022, [['in 2019', '2019']], 'person')).toBe(false);
		expect(check('Le chômage a atteint 8,1 % en 2019, selon l’office.', '8,1 %', NaN, [['en 2019', '2019']])).toBe(false);
	});
});

describe('sumOfParts: a count the stem gives in parts', () => {
	it('finds two parts or more that add up to the answer, "un" after a colon counting one', () => {
		expect(sumOfParts('Le musée a reçu _____ : un vase du IIe siècle, ainsi que 4 statuettes.', '5')).toBe(true);
		expect(sumOfParts('The clinic employs _____: 312 nurses, 85 doctors and 1,204 other staff.', '1601')).toBe(true);
		expect(sumOfParts('Vingt élèves et quatre professeurs, soit _____, ont été évacués.', '24')).toBe(true);
		// A comparison, a year or one number alone give nothing to add.
		expect(sumOfParts('The club won _____ titles, 3 more than in 2019.', '5')).toBe(false);
		expect(sumOfParts('The council approved _____ new schools, against 12 in 2024.', '7')).toBe(false);
		expect(sumOfParts('Le bilan s’élève à _____ morts selon la préfecture.', '12')).toBe(false);
		// A day, a label or a length of time is no part.
		expect(sumOfParts('Le 3 mars, _____ personnes ont été blessées dans 2 villages.', '5')).toBe(false);
		expect(sumOfParts('On 12 May, _____ people were hurt on Route 8.', '20')).toBe(false);
		expect(sumOfParts('Four years after the flood, _____ families still live in 2 camps.', '6')).toBe(false);
	});
});

describe('reportedYear', () => {
	// The first sentence is the lede (paragraph 2), the others the body.
	const s = (...texts: string[]) => texts.map((text, i) => ({ text, paragraph: i === 0 ? 2 : i + 2 }));
	it('is the latest year named up to the publication’s, else the publication’s', () => {
		expect(reportedYear(s('Le budget de 2020 a été exécuté à 92 %.', 'En 2019, il l’avait été à 88 %.'), '2021-01-15')).toBe(2020);
		expect(reportedYear(s('Growth is forecast at 6 % in 2026.', 'It was 4 % in 2021.'), '2024-05-02')).toBe(2021);
		expect(reportedYear(s('The council met on Tuesday.'), '2024-05-02')).toBe(2024);
	});
	it('is, for an undated article, the latest year its lede names but a deadline’s; else NaN', () => {
		expect(reportedYear(s('The economy grew 4.1 % in the second quarter of 2023, after 3.2 % in 2022.', 'It may reach 6 % in 2026.'), null)).toBe(2023);
		expect(reportedYear(s('Le pays veut vacciner 90 % des enfants d’ici 2030, contre 70 % en 2021.'), null)).toBe(2021);
		// A budget's year, a forecast's.
		expect(reportedYear(s('The council adopted its budget for 2026 on Tuesday, after a deficit in 2025.'), null)).toBe(2025);
		expect(reportedYear(s('The IMF expects growth of 5% in 2026, after 3.1 % in 2024.'), null)).toBe(2024);
		expect(reportedYear(s('The council met on Tuesday.', 'Its 2020 budget was spent.'), null)).toBeNaN();
	});
});
