import { describe, expect, it } from 'vitest';
import { balanceQuotes } from './quote-marks';

describe('balanceQuotes', () => {
	it('opens a quotation whose closing mark is all the sentence kept', () => {
		expect(balanceQuotes('The deficit stood at _____ of GDP last year,” the ministry said.')).toBe('“The deficit stood at _____ of GDP last year,” the ministry said.');
		expect(balanceQuotes('Le chantier reprendra en _____, a précisé le maire. »')).toBe('«\u00a0Le chantier reprendra en _____, a précisé le maire. »');
		expect(balanceQuotes('… the works will resume in _____,” the mayor said.')).toBe('… “the works will resume in _____,” the mayor said.');
	});
	it('closes a quotation that goes on past the sentence', () => {
		expect(balanceQuotes('“Growth in the farming sector slowed to _____ in the second half.')).toBe('“Growth in the farming sector slowed to _____ in the second half.”');
		expect(balanceQuotes('Le maire a déclaré : « Les travaux dureront _____.')).toBe('Le maire a déclaré : « Les travaux dureront _____.\u00a0»');
	});
	it('mends a single straight mark', () => {
		expect(balanceQuotes('We have seen farming do well because of _____,” he said.'.replace('”', '"'))).toBe('"We have seen farming do well because of _____," he said.');
	});
	it('reads a misused curly mark by where it stands', () => {
		// The closing mark written as an opening one ("en deux heures“"): the pair is whole.
		const s = 'La commune a été touchée à _____ cette année : “280 mm en deux heures“, raconte l’élu.';
		expect(balanceQuotes(s)).toBe(s);
	});
	it('gives a misused mark a partner of its family, never "undefined"', () => {
		expect(balanceQuotes('“280 mm en deux heures“, raconte l’élu du _____.')).toBe('“280 mm en deux heures“, raconte l’élu du _____.');
		expect(balanceQuotes('en deux heures“, raconte l’élu du _____.')).toBe('“en deux heures“, raconte l’élu du _____.');
		expect(balanceQuotes('The mayor warned: ”we will close _____ schools.')).toBe('The mayor warned: ”we will close _____ schools.”');
	});
	it('reads a French quotation going on in a new paragraph, and an inch mark, as no stray mark', () => {
		expect(balanceQuotes('» La commune a fermé _____ et trois cantines.')).toBe('» La commune a fermé _____ et trois cantines.');
		expect(balanceQuotes('The shop said it sold _____ of its new 65" television sets.')).toBe('The shop said it sold _____ of its new 65" television sets.');
	});
	it('leaves whole quotations, apostrophes and several stray marks alone', () => {
		for (const s of [
			'The mayor said the “very large” hall would open in _____.',
			'« On ira jusqu’au bout », a lancé la ministre le _____.',
			'She said: "We will build _____ homes this year."',
			'The council’s plan was approved by _____ votes.',
			'One,” he said, and then two,” she answered in _____.',
			// Which of three straight marks is stray is a guess.
			'He feared that "some people" would reject it, telling them to "expect _____.'
		])
			expect(balanceQuotes(s)).toBe(s);
	});
});
