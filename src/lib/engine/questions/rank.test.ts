import { describe, it, expect } from 'vitest';
import { rankCandidates, rejectReason, type Candidate } from './rank';
import type { Article, Fact, Question, QuestionType } from '../types';

// A bare article: one body sentence per fact is all the ranker looks at.
const SENTENCES = Array.from({ length: 6 }, (_, i) => ({ index: i, start: i * 100, end: i * 100 + 90, text: `Phrase ${i}.`, paragraph: i + 2 }));
const article = { text: '', removed: [], metadata: [], sentences: SENTENCES } as unknown as Article;

function fact(id: string, type: Fact['type'], value: string, sentence: number): Fact {
	return { id, type, value, text: value, start: sentence * 100, end: sentence * 100 + value.length, sentence };
}

function candidate(f: Fact, type: QuestionType, prompt: string, factScore: number, choices: string[] = []): Candidate {
	const question: Question = {
		id: `q-${type}-${f.id}`,
		type,
		prompt,
		answer: f.value,
		answerValue: f.value,
		choices,
		factIds: [f.id],
		evidence: { start: f.start, end: f.end, text: f.value },
		difficulty: 0.5
	};
	return { question, fact: f, factScore, typeScore: 0.3, giveaways: [] };
}

const CHOICES = ['Marc Oudinot', 'Anne Dupont', 'Paul Martin', 'Léa Bernard'];

describe('rankCandidates', () => {
	it('asks about another name before asking again about one already answered', () => {
		const quote = candidate(fact('quote-0', 'quote', 'Marc Oudinot', 0), 'whosaid', 'Qui a déclaré : « Aucun lien n’a été établi » ?', 1, CHOICES);
		const same = candidate(fact('person-100', 'person', 'Marc Oudinot', 1), 'short', 'Quel porte-parole est cité dans l’article ?', 0.9);
		const other = candidate(fact('person-200', 'person', 'Anne Dupont', 2), 'short', 'Quelle directrice médicale est citée dans l’article ?', 0.8);
		const ids = rankCandidates([quote, same, other], article, 3).map((q) => q.factIds[0]);
		expect(ids).toEqual(['quote-0', 'person-200', 'person-100']);
	});

	it('keeps two quotes of one speaker as two questions, in score order', () => {
		const a = candidate(fact('quote-0', 'quote', 'Marc Oudinot', 0), 'whosaid', 'Qui a déclaré : « Aucun lien n’a été établi » ?', 1, CHOICES);
		const b = candidate(fact('quote-100', 'quote', 'Marc Oudinot', 1), 'whosaid', 'Qui a déclaré : « Nous suivrons la situation de près » ?', 0.9, CHOICES);
		const c = candidate(fact('person-200', 'person', 'Anne Dupont', 2), 'short', 'Quelle directrice médicale est citée dans l’article ?', 0.8);
		expect(rankCandidates([c, b, a], article, 3).map((q) => q.factIds[0])).toEqual(['quote-0', 'quote-100', 'person-200']);
	});

	it('asks an answer of a sentence once: its cloze or its multiple choice, then a true/false item, not both blanks', () => {
		const count = fact('quantity-0', 'quantity', '84 cas', 0);
		const other = fact('quantity-100', 'quantity', '12 écoles', 1);
		const inSentence = (c: Candidate, text: string): Candidate => ({ ...c, question: { ...c.question, evidence: { ...c.question.evidence, text } } });
		const sick = 'Parmi les malades, 84 cas ont été importés de l’étranger.';
		const forms = [
			inSentence(candidate(count, 'cloze', 'Parmi les malades, _____ ont été importés de l’étranger.', 2), sick),
			inSentence(candidate(count, 'mcq', 'Complétez : Parmi les malades, _____ ont été importés de l’étranger.', 2, ['84 cas', '74 cas', '94 cas', '89 cas']), sick),
			inSentence({ ...candidate(count, 'truefalse', 'Vrai ou faux : Parmi les malades, 94 cas ont été importés de l’étranger.', 2), typeScore: 0.1 }, sick),
			inSentence(candidate(other, 'cloze', 'La ville a fermé _____ pendant la semaine de l’épidémie.', 1), 'La ville a fermé 12 écoles pendant la semaine de l’épidémie.')
		];
		const asked = (everyForm: boolean) => rankCandidates(forms, article, 10, undefined, everyForm).map((q) => `${q.type} ${q.factIds[0]}`);
		const set = asked(false);
		expect(set.filter((q) => q.endsWith('quantity-0') && !q.startsWith('truefalse'))).toHaveLength(1);
		expect(set).toContain('truefalse quantity-0');
		expect(set).toContain('cloze quantity-100');
		// The tests that read one form's options keep every form.
		expect(asked(true).filter((q) => q.endsWith('quantity-0'))).toHaveLength(2);
	});

	it('rejects a prompt that contains the answer as whole words only', () => {
		const f = fact('place-0', 'place', 'Rennes', 0);
		const giveaway = { ...candidate(f, 'short', 'Dans quelle ville près de Rennes a eu lieu la visite ?', 1), giveaways: ['rennes'] };
		const inWord = { ...candidate(f, 'short', 'Dans quelle ville a eu lieu la visite des Rennesois ?', 1), giveaways: ['rennes'] };
		expect(rejectReason(giveaway, article)).toBe('answer in prompt');
		expect(rejectReason(inWord, article)).toBeNull();
		expect(rejectReason(candidate(f, 'short', 'Où ?', 1), article)).toBe('short prompt');
		// The label of a multiple-choice prompt is no word of it.
		const options = ['Rennes', 'Brest', 'Nantes', 'Vannes'];
		expect(rejectReason(candidate(f, 'mcq', 'Fill in the blank: _____.', 1, options), article)).toBe('short prompt');
		expect(rejectReason(candidate(f, 'mcq', 'Complétez : La visite a eu lieu à _____.', 1, options), article)).toBeNull();
		// A true/false statement may be short ("Brookner never married" asked as "Brookner married.").
		const statement = candidate(fact('negation-0', 'negation', 'false', 0), 'truefalse', 'True or false: Brookner married.', 1, ['True', 'False']);
		const evidence = { start: 0, end: 23, text: 'Brookner never married.' };
		expect(rejectReason({ ...statement, question: { ...statement.question, evidence } }, article)).toBeNull();
	});

	it('takes a line without a full stop for a bullet, a caption or a headline, and a line ending on a comma for a cut bullet', () => {
		const blanked = (line: string) => {
			const f = fact('quantity-0', 'quantity', '170', 0);
			const c = candidate(f, 'cloze', line.replace('170', '_____'), 1);
			return rejectReason({ ...c, question: { ...c.question, evidence: { start: 0, end: line.length, text: line } } }, article);
		};
		expect(blanked('170 députés issus de Renaissance (anciennement La République En Marche)')).toBe('list item');
		expect(blanked('The film was directed by 170 students from the academy of arts in Lagos, Accra and Dakar,')).toBe('list item');
		expect(blanked('Le conseil a voté un budget de 170 millions d’euros pour les écoles de la ville.')).toBeNull();
	});

	/** Why a cloze on `f` with this prompt is refused: its evidence is the prompt with the blank filled. */
	const refused = (f: Fact, prompt: string) => {
		const c = candidate(f, 'cloze', prompt, 1);
		const text = prompt.replace('_____', f.value);
		return rejectReason({ ...c, question: { ...c.question, evidence: { start: 0, end: text.length, text } } }, article);
	};

	it('never blanks the size of a ranking ("dans le top _____")', () => {
		const blank = (prompt: string) => refused(fact('quantity-0', 'quantity', '3', 0), prompt);
		expect(blank('Aucun coureur du pays ne s’est classé dans le top _____ de la course cette année.')).toBe('ranking');
		expect(blank('The club finished in the Top _____ for the fourth season in a row last spring.')).toBe('ranking');
		expect(blank('Le club a terminé à la _____e place du championnat pour la quatrième saison.')).toBeNull();
	});

	it('asks nothing of a sentence where the page speaks of itself', () => {
		const blank = (prompt: string) => refused(fact('duration-0', 'duration', 'deux jours', 0), prompt);
		expect(blank('Les _____ de concerts sont à suivre sur nos ondes et sur les réseaux sociaux.')).toBe('promo');
		expect(blank('Les _____ de concerts ont attiré 40 000 spectateurs sur les bords du lac.')).toBeNull();
	});

});
