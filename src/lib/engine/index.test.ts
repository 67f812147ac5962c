import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, dedupeFacts, EngineError, checkAnswer } from './index';
import type { Fact } from './types';
import { scoreGold } from './gold';

const seed = readFileSync(new URL('../../../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url), 'utf8');

function fact(type: Fact['type'], start: number, text: string, extra: Partial<Fact> = {}): Fact {
	return { id: `${type}-${start}`, type, value: text, text, start, end: start + text.length, sentence: 0, ...extra };
}

describe('dedupeFacts', () => {
	const text = 'Le 17 janvier, Poutine était à Moscou. Soutenez-nous.';
	it('keeps one fact per id, the most confident, sorted by position', () => {
		const facts = dedupeFacts(
			text,
			[
				fact('place', 31, 'Moscou'),
				fact('date', 3, '17 janvier', { confidence: 0.4, value: 'a' }),
				fact('date', 3, '17 janvier', { confidence: 0.9, value: 'b' }),
				fact('person', 15, 'Poutine')
			],
			[]
		);
		expect(facts.map((f) => f.id)).toEqual(['date-3', 'person-15', 'place-31']);
		expect(facts[0].value).toBe('b');
	});

	it('drops facts whose text does not match or that fall in excluded ranges', () => {
		const facts = dedupeFacts(
			text,
			[fact('place', 31, 'Paris'), fact('organisation', 39, 'Soutenez'), fact('person', 15, 'Poutine')],
			[[39, text.length]]
		);
		expect(facts.map((f) => f.id)).toEqual(['person-15']);
	});
});

describe('analyze', () => {
	const result = analyze(seed);

	it('reports the article and keeps offsets into the returned text', () => {
		expect(result.article).toMatchObject({
			author: 'Adam Morrow',
			published: '2025-01-24T21:54',
			updated: '2025-01-24T22:30',
			lang: 'fr'
		});
		expect(result.text).toBe(seed);
		const cut = seed.indexOf('Soutenez Epoch Times');
		expect(result.article.removed.at(-1)![0]).toBe(cut);
		for (const f of result.facts) {
			expect(result.text.slice(f.start, f.end)).toBe(f.text);
			expect(f.end).toBeLessThanOrEqual(cut);
			expect(f.id).toBe(`${f.type}-${f.start}`);
		}
		const ids = result.facts.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
		const starts = result.facts.map((f) => f.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it('generates questions within the default maximum and honours opts.max', () => {
		expect(result.questions.length).toBeGreaterThan(0);
		expect(result.questions.length).toBeLessThanOrEqual(30);
		expect(result.emptyReason).toBeUndefined();
		expect(analyze(seed, { max: 2 }).questions.length).toBeLessThanOrEqual(2);
	});

	it('is deterministic', () => {
		expect(analyze(seed)).toEqual(result);
	});

	it('keeps 19 of the seed’s 21 gold facts with the default confidence floor, as a teacher gets the set', () => {
		const gold = JSON.parse(readFileSync(new URL('../../../tests/fixtures/articles/000_ff880fe1591cdf84.facts.json', import.meta.url), 'utf8'));
		const score = scoreGold(result, gold);
		expect(score.matched.length, `missed: ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(19);
	});

	it('lets opts.published override the article date', () => {
		expect(analyze(seed, { published: '2025-02-01' }).article.published).toBe('2025-02-01');
	});

	it('explains an empty result in both languages', () => {
		const r = analyze('Bonjour\n\nIl fait beau et nous sommes contents.', { lang: 'fr' });
		expect(r.questions).toEqual([]);
		expect(r.emptyReason?.en).toBeTruthy();
		expect(r.emptyReason?.fr).toBeTruthy();
		expect(r.emptyReason?.fr).not.toBe(r.emptyReason?.en);
	});

	it('throws EngineError for bad input and options', () => {
		expect(() => analyze('')).toThrow(EngineError);
		expect(() => analyze(seed, { max: 0 })).toThrow(/max/);
	});

	it('re-exports the answer checker', () => {
		expect(typeof checkAnswer).toBe('function');
	});
});

describe('French elision in a false statement', () => {
	it('never puts a stand-in after an article that does not fit it ("l’France", "la Irlande")', () => {
		const text =
			'Tournoi des Six Nations : le classement final\n\n' +
			'La France termine première du tournoi après sa victoire contre l’Écosse samedi au Stade de France.\n\n' +
			'L’Irlande et l’Angleterre se classent respectivement deuxième et troisième, devant l’Italie.\n\n' +
			'La Belgique et la Roumanie dominent quant à elles le championnat européen de deuxième division.\n\n' +
			'Le Portugal et l’Espagne suivent au classement de cette deuxième division.';
		const statements = analyze(text, { lang: 'fr', published: '2025-03-16' })
			.questions.filter((q) => q.type === 'truefalse')
			.map((q) => q.prompt);
		for (const p of statements) {
			expect(p).not.toMatch(/[lLdD]['’](?:France|Belgique|Roumanie|Portugal)/u);
			expect(p).not.toMatch(/(?:^|\s)(?:la|le|La|Le|de)\s+(?:Irlande|Angleterre|Italie|Espagne|Écosse)/u);
		}
		expect(statements.length).toBeGreaterThan(0);
	});
});

describe('a day whose year the article never writes', () => {
	it('has options of the same year, that differ by their day', () => {
		const text =
			'Cyberattaque : un hôpital paralysé\n\nL’hôpital de Brive est paralysé depuis le 8 mars par des pirates informatiques. Une rançon de 50 000 dollars est exigée par les hackers.';
		const mcqs = analyze(text, { lang: 'fr', published: '2021-03-20', everyForm: true }).questions.filter((q) => q.type === 'mcq' && q.answerValue === '2021-03-08');
		expect(mcqs.length).toBeGreaterThan(0);
		for (const q of mcqs) for (const c of q.choices) expect(c).toMatch(/ 2021$/);
	});
});

describe('a false statement that changes a day', () => {
	it('writes the new day as its language does, and the weekday of the new day', () => {
		const text =
			'Décès d’un ancien ministre\n\nL’ancien ministre Paul Ndiaye est décédé mercredi 3 février 2021 à Dakar. Sa fille Awa Ndiaye a annoncé la nouvelle sur les réseaux sociaux jeudi 4 février.';
		// (Every form: a set leaves out a true/false item on a day another question of its sentence asks.)
		const statements = analyze(text, { lang: 'fr', published: '2021-02-05', everyForm: true })
			.questions.filter((q) => q.type === 'truefalse')
			.map((q) => q.prompt);
		const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
		const months = ['janvier', 'février', 'mars'];
		for (const p of statements) {
			expect(p).not.toMatch(/(?<!\d)1 (?:janvier|février|mars)/u);
			const m = /(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi) (\d{1,2})(?:er)? (janvier|février|mars)/u.exec(p);
			if (m) expect(weekdays[new Date(Date.UTC(2021, months.indexOf(m[3]), Number(m[2]))).getUTCDay()]).toBe(m[1]);
		}
		expect(statements.some((p) => /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d/u.test(p))).toBe(true);
	});
});

describe('a count after a definite article', () => {
	it('is no blank: the group was just named ("the two leaders", "Les deux présidents")', () => {
		const en = analyze('Leaders sign a trade pact\n\nPresident Ana Ruiz met Prime Minister Tom Bell in Lisbon on Monday. The two leaders signed 14 agreements on trade and energy.', { lang: 'en', published: '2024-05-07' });
		expect(en.questions.some((q) => q.answerValue === '2')).toBe(false);
		expect(en.questions.some((q) => q.answerValue === '14')).toBe(true);
		const fr = analyze('Un accord signé à Lisbonne\n\nLa présidente Ana Ruiz a reçu le Premier ministre Tom Bell lundi à Lisbonne. Les deux dirigeants ont signé 14 accords sur le commerce et l’énergie.', { lang: 'fr', published: '2024-05-07' });
		expect(fr.questions.some((q) => q.answerValue === '2')).toBe(false);
		expect(fr.questions.some((q) => q.answerValue === '14')).toBe(true);
	});
});

describe('a role that opens on a capital', () => {
	it('names nothing, and someone received is asked as a person, not as a thing', () => {
		const fr = analyze('Un accord signé à Lisbonne\n\nLa présidente Ana Ruiz a reçu le Premier ministre Tom Bell lundi à Lisbonne. Les deux dirigeants ont signé 14 accords sur le commerce et l’énergie.', { lang: 'fr', published: '2024-05-07' });
		expect(fr.facts.some((f) => f.type === 'organisation' && f.value === 'Premier')).toBe(false);
		expect(fr.questions.some((q) => q.answer === 'Premier')).toBe(false);
		expect(fr.questions.some((q) => /^Qu['’]/u.test(q.prompt) && q.answer.includes('Tom Bell'))).toBe(false);
	});
});

describe('a date said with its part of the day', () => {
	it('keeps "La soirée du" in the stem and blanks the day', () => {
		const qs = analyze('Lutte\n\nLa journée du dimanche 28 juillet 2019 a sacré un nouveau roi des arènes. La soirée du 3 mai a été longue.', { lang: 'fr', published: '2019-07-29' }).questions;
		const blanks = qs.filter((q) => q.type === 'cloze' || q.type === 'mcq').map((q) => q.prompt);
		expect(blanks.some((p) => /La journée du (?:dimanche )?_____ a sacré/u.test(p))).toBe(true);
		expect(blanks.some((p) => /(?:^|: )La _____ a/u.test(p))).toBe(false);
	});
});

describe('sums in francs CFA', () => {
	it('reads "20 millions de F CFA" as one sum, and writes its options the same way', () => {
		const r = analyze('Cinéma\n\nLa réalisatrice est repartie avec trois prix d’une valeur de 27 millions de F CFA, alors que l’Etalon d’Or est doté de 20 millions de F CFA.', { lang: 'fr', published: '2017-03-07' });
		expect(r.facts.filter((f) => f.type === 'money').map((f) => f.value)).toEqual(['27000000 XOF', '20000000 XOF']);
		const mcq = r.questions.find((q) => q.type === 'mcq' && q.answerValue === '20000000 XOF');
		expect(mcq?.answer).toBe('20 millions de F CFA');
		expect(mcq?.choices.every((c) => / de F CFA$/u.test(c))).toBe(true);
	});
});

describe('the page inviting its reader along', () => {
	it('gives no question, even as the last sentence of a standfirst', () => {
		const text =
			'Sauvetage en mer\n\nLes sauveteurs de Granville doivent être prêts à tout moment. Embarquez avec notre équipe à bord de ce canot de sauvetage, surnommé le Goéland.\n\nLe canot est sorti 48 fois l’an dernier pour des plaisanciers en difficulté.';
		const qs = analyze(text, { lang: 'fr', published: '2024-05-07' }).questions;
		expect(qs.some((q) => q.evidence.text.startsWith('Embarquez'))).toBe(false);
		expect(qs.some((q) => q.answerValue === '48')).toBe(true);
	});
});

describe('one name of a group any of whose members fits', () => {
	it('is no blank ("Warnock, _____ and the other 45 members")', () => {
		const qs = analyze(
			'Senate vote\n\nThe Senate passed the bill 51-50 on Tuesday. Sen. Raphael Warnock and Sen. Jon Ossoff of Georgia spoke against it for hours. Warnock, Ossoff and the other 45 members of the Democratic caucus all opposed the legislation.',
			{ lang: 'en', published: '2025-07-02' }
		).questions;
		expect(qs.some((q) => (q.type === 'cloze' || q.type === 'mcq') && /(?:Warnock|Ossoff)/.test(q.answer) && q.prompt.includes('other 45'))).toBe(false);
		expect(qs.some((q) => q.answerValue === '45')).toBe(true);
	});
});

describe('analyze with a trace', () => {
	const text = [
		'Harbour towns vote on the new ferry line',
		'The council of Port Ellery voted on Tuesday to open a ferry line to Dunmore in 2027. Between 40 and 60 crossings a week are planned, the council said. Councillor Maria Okafor called the vote “a turning point for the whole coast”. The line will cost 12 million pounds.'
	].join('\n\n');

	it('tells why a fact was left out, and says nothing of a fact that is asked', () => {
		const notes = new Map<string, string[]>();
		const result = analyze(text, { published: '2026-03-12', trace: (id, note) => notes.set(id, [...(notes.get(id) ?? []), note]) });
		const fact = (surface: string) => result.facts.find((f) => f.text === surface)!;
		const role = fact('Councillor');
		expect(role.type).toBe('role');
		// The reason each form was refused, and that none was made; why no question is kept.
		expect(notes.get(role.id)).toEqual([
			'role question refused: one word, or a trade and a nationality',
			'cloze refused: trivial blank',
			expect.stringMatching(/^fact score [\d.]+; no form of question made$/)
		]);
		expect(result.questions.some((q) => q.factIds.includes(role.id))).toBe(false);
		const cost = fact('12 million pounds');
		expect(result.questions.some((q) => q.factIds.includes(cost.id))).toBe(true);
		expect((notes.get(cost.id) ?? []).filter((n) => /not chosen|left out|below the short list/.test(n))).toEqual([]);
	});

	it('leaves out a true/false item on the figure a question of its sentence asks, but where every form is asked for', () => {
		const tf = (everyForm: boolean) => analyze(text, { published: '2026-03-12', everyForm }).questions.filter((q) => q.type === 'truefalse' && /will cost/.test(q.prompt));
		expect(analyze(text, { published: '2026-03-12' }).questions.some((q) => q.type !== 'truefalse' && /will cost _____/.test(q.prompt))).toBe(true);
		expect(tf(false)).toEqual([]);
		expect(tf(true)).toHaveLength(1);
	});

	it('changes nothing of the result', () => {
		const plain = analyze(text, { published: '2026-03-12' });
		const traced = analyze(text, { published: '2026-03-12', trace: () => {} });
		expect(traced).toEqual(plain);
	});
});
