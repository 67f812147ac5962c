import { describe, it, expect } from 'vitest';
import { findEvidence } from './evidence';

const fr = [
	{ text: 'Le Parlement a voté la loi mardi soir, après trois jours de débats.' },
	{ text: 'Le texte prévoit la construction de 12 nouveaux hôpitaux d’ici 2030.' },
	{ text: 'La ministre de la Santé, Claire Martin, a salué « une avancée historique ».' },
	{ text: 'L’opposition n’a pas voté le texte.' }
];
const en = [
	{ text: 'Harbor City voters on Tuesday approved a 12-year plan to rebuild the flooded waterfront.' },
	{ text: 'The plan will cost about $1.5 billion, according to the county.' },
	{ text: 'Mayor Dana Ortiz called it "a promise kept".' }
];

describe('evidence for a hand-written question', () => {
	it('prefers the sentence holding the whole answer', () => {
		expect(findEvidence(fr, { prompt: 'Qui a salué une avancée historique ?', answer: 'Claire Martin' })).toBe(2);
		expect(findEvidence(en, { prompt: 'Who is the mayor?', answer: 'Dana Ortiz' })).toBe(2);
	});

	it('finds the sentence from the answer and question words when the answer is worded differently', () => {
		expect(findEvidence(fr, { prompt: 'Combien d’hôpitaux le texte prévoit-il de construire ?', answer: '12 hôpitaux neufs' })).toBe(1);
		expect(findEvidence(en, { prompt: 'How long will the waterfront plan last?', answer: '12 years' })).toBe(0);
		expect(findEvidence(en, { prompt: 'What will the plan cost?', answer: '1.5 billion dollars' })).toBe(1);
	});

	it('finds the statement of a true/false question', () => {
		expect(findEvidence(fr, { prompt: 'L’opposition a voté le texte.', answer: '' })).toBe(3);
		expect(findEvidence(en, { prompt: 'The voters approved the plan on Tuesday.', answer: '' })).toBe(0);
	});

	it('gives no sentence rather than a weak one', () => {
		expect(findEvidence(fr, { prompt: 'Quelle est la capitale du Japon ?', answer: 'Tokyo' })).toBe(-1);
		expect(findEvidence(en, { prompt: 'What did the plan promise?', answer: 'new schools' })).toBe(-1);
		expect(findEvidence(en, { prompt: 'Is it true?', answer: '' })).toBe(-1);
		expect(findEvidence([], { prompt: 'x', answer: 'y' })).toBe(-1);
	});
});
