import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { ingest } from '../ingest';
import { gendersOf } from './gender';
import { personDistractors } from './distractors';

describe('gendersOf', () => {
	it('reads a French post written in the feminine or the masculine, before its complement', () => {
		const text =
			'Le conseil a siégé mardi. Dominique Roy, ancienne maire de la ville, a pris la parole. Claude Petit, ministre déléguée auprès du président, a répondu. Camille Roux, ministre de la Culture, était absente. Sacha Morel, nouveau directeur du port, a conclu.';
		const r = analyze(text, { lang: 'fr', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'fr' }), r.facts);
		expect(g.get('Dominique Roy')).toBe('f');
		// "déléguée" is hers; "du président" is the complement's.
		expect(g.get('Claude Petit')).toBe('f');
		expect(g.get('Sacha Morel')).toBe('m');
		// "ministre de la Culture" says neither ("la" is the complement's).
		expect(g.has('Camille Roux')).toBe(false);
	});

	it('reads a French copula and a person’s noun with its article after a name that opens the clause', () => {
		const text = 'Le jury a rendu son palmarès samedi. Dominique Vasseur est la lauréate du grand prix de la ville. Camille Arnaud est devenu le nouveau directeur du festival. Un prix pour Claude Lemoine est la récompense la plus attendue.';
		const r = analyze(text, { lang: 'fr', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'fr' }), r.facts);
		expect(g.get('Dominique Vasseur')).toBe('f');
		expect(g.get('Camille Arnaud')).toBe('m');
		// Not the clause's subject: the prize is, not Claude Lemoine.
		expect(g.has('Claude Lemoine')).toBe(false);
		// "un écrivain" is said of women too; "l’épouse" says it after an elided article.
		const more = 'Le prix a été remis samedi. Amélie Roux est un écrivain belge très lu. Dominique Petit est l’épouse de la victime. Hélène Morel est le chef du restaurant depuis 2019. L’écrivain Agnès Vidal a publié un livre.';
		const g2 = gendersOf(ingest(more, { lang: 'fr' }), analyze(more, { lang: 'fr', minConfidence: 0 }).facts);
		expect(g2.get('Amélie Roux')).toBe('f');
		expect(g2.get('Hélène Morel')).toBe('f');
		expect(g2.get('Agnès Vidal')).toBe('f');
		expect(g2.get('Dominique Petit')).toBe('f');
	});

	it('reads a title, a gendered role noun and the next sentence’s pronoun, and leaves the undecided out', () => {
		const text =
			'French actress Claire Dufresne opened the festival. The prize went to Sasha Olivier. Mrs Helen Carter chaired the jury. Paul Stevens directed the winning film. He thanked the crew. Ann Mills spoke later, and Tom Reyes answered.';
		const r = analyze(text, { lang: 'en', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'en' }), r.facts);
		expect(g.get('Claire Dufresne')).toBe('f');
		expect(g.get('Helen Carter')).toBe('f');
		expect(g.get('Paul Stevens')).toBe('m');
		// A first name given to both says nothing; one given to men only does.
		expect(g.has('Sasha Olivier')).toBe(false);
		expect(g.get('Tom Reyes')).toBe('m');
		// "He" after a sentence with two people says nothing of either, nor a first name the lists lack.
		expect(g.has('Ann Mills')).toBe(false);
	});

	it('knows more women’s first names the corpus met ("Frances", "Tracey", "Madeleine")', () => {
		const text = 'The road drama, starring Frances Holt, beat Tracey Lund’s film. Madeleine Roux produced it, and Tom Reyes wrote the score.';
		const r = analyze(text, { lang: 'en', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'en' }), r.facts);
		expect([g.get('Frances Holt'), g.get('Tracey Lund'), g.get('Madeleine Roux'), g.get('Tom Reyes')]).toEqual(['f', 'f', 'f', 'm']);
		// Names given to men too say nothing ("Evelyn Waugh").
		const both = 'The novel was written by Evelyn Marsh in 1945. Carol Dunne reviewed it.';
		const gb = gendersOf(ingest(both, { lang: 'en' }), analyze(both, { lang: 'en', minConfidence: 0 }).facts);
		expect([gb.has('Evelyn Marsh'), gb.has('Carol Dunne')]).toEqual([false, false]);
	});

	it('reads French titles and nouns ("Mme", "la Française", "le maire")', () => {
		const text = "La Française Julie Moreau a gagné la course. Le maire Paul Girard l'a félicitée. Mme Anne Lemoine était présente.";
		const r = analyze(text, { lang: 'fr', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'fr' }), r.facts);
		expect(g.get('Julie Moreau')).toBe('f');
		expect(g.get('Paul Girard')).toBe('m');
		expect(g.get('Anne Lemoine')).toBe('f');
	});

	it('reads the article of any noun right before a French name ("la sortante X", "le cinéaste sénégalais, X")', () => {
		const text = 'La sortante Camille Ferrand échoue à 852 voix. Le cinéaste sénégalais, Dominique Ndour, a remporté le prix. Les élus ont salué Claude Vasseur.';
		const r = analyze(text, { lang: 'fr', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'fr' }), r.facts);
		expect(g.get('Camille Ferrand')).toBe('f');
		expect(g.get('Dominique Ndour')).toBe('m');
		expect(g.has('Claude Vasseur')).toBe(false);
	});

	it('reads what the sentence says she becomes ("X devient la première femme…", "X became the first woman…")', () => {
		const fr = 'Dominique Okafor devient certes la première femme noire à entrer au cabinet. Claude Vasseur garde les Finances.';
		const g = gendersOf(ingest(fr, { lang: 'fr' }), analyze(fr, { lang: 'fr', minConfidence: 0 }).facts);
		expect(g.get('Dominique Okafor')).toBe('f');
		expect(g.has('Claude Vasseur')).toBe(false);
		const en = 'Sasha Olivier became the first Black woman to lead the council. Robin Hale chaired the session.';
		const ge = gendersOf(ingest(en, { lang: 'en' }), analyze(en, { lang: 'en', minConfidence: 0 }).facts);
		expect(ge.get('Sasha Olivier')).toBe('f');
		expect(ge.has('Robin Hale')).toBe(false);
		// Someone inside the clause is not its subject: "The driver who hit Robin Hale was the first woman…".
		const inside = 'The driver who hit Robin Hale was the only woman on the road, police said. Jo Marsh saw it.';
		expect(gendersOf(ingest(inside, { lang: 'en' }), analyze(inside, { lang: 'en', minConfidence: 0 }).facts).has('Robin Hale')).toBe(false);
	});
});

describe('person options of the answer’s gender', () => {
	it('offers the women the article names before men for a woman, and never a man it says is one', () => {
		const text =
			'The Harbury festival closed on Sunday. French actress Claire Dufresne presented the main award. Mrs Helen Carter chaired the jury, and Mrs Susan Blake read the verdict. Mr Paul Stevens won the directing prize, and Mr Tom Reyes won the script prize. Mr Dan Hale and Mr Rob Kent were there.';
		const r = analyze(text, { lang: 'en', minConfidence: 0 });
		const genders = gendersOf(ingest(text, { lang: 'en' }), r.facts);
		const claire = r.facts.find((f) => f.type === 'person' && f.value === 'Claire Dufresne')!;
		const options = personDistractors(claire, r.facts, 'en', 7, [], 3, genders).map((o) => o.value);
		expect(options).toHaveLength(2);
		expect(options.sort()).toEqual(['Helen Carter', 'Susan Blake']);
		// Without the article's words, the first names alone keep the men out.
		expect(personDistractors(claire, r.facts, 'en', 7, [], 3).map((o) => o.value).sort()).toEqual(['Helen Carter', 'Susan Blake']);
	});

	it('reads the gender of a first name given to women or men only, and of none given to both', () => {
		const text = 'Kylie Ross won the 100 m final on Monday, ahead of Missy Lane and Zuzana Holt. Tom Reyes and Camille Dubois commented the race.';
		const r = analyze(text, { lang: 'en', minConfidence: 0 });
		const g = gendersOf(ingest(text, { lang: 'en' }), r.facts);
		expect([g.get('Kylie Ross'), g.get('Missy Lane'), g.get('Tom Reyes'), g.has('Camille Dubois')]).toEqual(['f', 'f', 'm', false]);
		const kylie = r.facts.find((f) => f.type === 'person' && f.value === 'Kylie Ross')!;
		expect(personDistractors(kylie, r.facts, 'en', 3, [], 3, g).map((o) => o.value)).not.toContain('Tom Reyes');
	});
});
