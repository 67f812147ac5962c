import { describe, expect, it } from 'vitest';
import { readingParagraphs } from './article-reading';

const text = [
	'Le port rouvre après dix mois de travaux',
	'',
	'Par Jeanne Martin',
	'',
	'Le port de Sète a rouvert mardi. Photo : la digue en 2023. Les pêcheurs sont revenus le jour même.',
	'',
	'« Nous attendions ce jour », dit un patron.',
	'',
	'Lire aussi : nos autres articles',
	'Abonnez-vous à la lettre'
].join('\n');

describe('readingParagraphs', () => {
	it('leaves out the removed ranges and the headline shown as the page heading', () => {
		const caption = text.indexOf('Photo :');
		const footer = text.indexOf('Lire aussi');
		const paragraphs = readingParagraphs(text, [[footer, text.length, 'boilerplate'], [caption, caption + 'Photo : la digue en 2023.'.length, 'caption']], 'Le port rouvre après dix mois de travaux');
		expect(paragraphs).toEqual([
			'Par Jeanne Martin',
			'Le port de Sète a rouvert mardi. Les pêcheurs sont revenus le jour même.',
			'« Nous attendions ce jour », dit un patron.'
		]);
	});

	it('keeps the first line when it is not the headline, and every line without removed ranges', () => {
		expect(readingParagraphs('First line.\nSecond line.', [], 'Another title')).toEqual(['First line.', 'Second line.']);
		expect(readingParagraphs('First line.\n\n\nSecond line.', [], null)).toEqual(['First line.', 'Second line.']);
	});

	it('leaves out the lines that hold none of the engine’s sentences (byline, date line)', () => {
		const t = 'Par Jeanne Martin\n12 mars 2025 10:30\n\nLe port a rouvert. Les pêcheurs sont revenus.';
		const start = t.indexOf('Le port');
		const sentences = [
			{ start, end: start + 18 },
			{ start: start + 19, end: t.length }
		];
		expect(readingParagraphs(t, [], null, sentences)).toEqual(['Le port a rouvert. Les pêcheurs sont revenus.']);
	});

	it('drops a removed paragraph without leaving an empty one', () => {
		const t = 'One.\n\nPUBLICITÉ\n\nTwo.';
		expect(readingParagraphs(t, [[t.indexOf('PUB'), t.indexOf('PUB') + 9]], null)).toEqual(['One.', 'Two.']);
	});
});
