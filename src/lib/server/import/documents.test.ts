// Proves reading uploaded documents: a PDF's wrapped lines become paragraphs again, a Word file's
// paragraphs come out one per line, accents intact; a damaged file or a PDF without a text layer
// is refused with its reason. The files are built here, byte by byte.
import { describe, expect, it } from 'vitest';
import { extractDocument, joinWrappedLines } from './documents';
import { docx, pdf } from './document-fixtures';

describe('joinWrappedLines', () => {
	it('joins a paragraph’s wrapped lines, mends words cut by a hyphen, keeps sentences that end a line apart', () => {
		expect(joinWrappedLines('Le port de Sète a rouvert\nmardi après dix mois de tra-\nvaux.\nLes pêcheurs sont revenus.\n\nDeuxième paragraphe.')).toBe(
			'Le port de Sète a rouvert mardi après dix mois de travaux.\nLes pêcheurs sont revenus.\n\nDeuxième paragraphe.'
		);
	});
});

describe('extractDocument', () => {
	it('reads a PDF’s text with its accents, its wrapped lines joined', async () => {
		const out = await extractDocument('pdf', pdf(['Le port de S\xe8te a rouvert mardi apr\xe8s', 'dix mois de travaux.', 'Les p\xeacheurs sont revenus le jour m\xeame.']));
		expect(out).toEqual({ ok: true, text: 'Le port de Sète a rouvert mardi après dix mois de travaux.\nLes pêcheurs sont revenus le jour même.' });
	});

	it('reads a Word file one paragraph per line', async () => {
		const out = await extractDocument('docx', docx(['Le port de Sète a rouvert mardi.', '« Nous attendions ce jour », dit un patron.']));
		expect(out).toEqual({ ok: true, text: 'Le port de Sète a rouvert mardi.\n\n« Nous attendions ce jour », dit un patron.' });
	});

	it('refuses a damaged file and a PDF without text, each with its reason', async () => {
		expect(await extractDocument('pdf', new Uint8Array(Buffer.from('%PDF-1.4 this is not a pdf')))).toEqual({ ok: false, error: 'corrupt' });
		expect(await extractDocument('docx', new Uint8Array(Buffer.from('PK not a zip')))).toEqual({ ok: false, error: 'corrupt' });
		expect(await extractDocument('pdf', pdf([]))).toEqual({ ok: false, error: 'no_text' });
	});
});
