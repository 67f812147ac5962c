// Errors the engine reports to people: each carries a stable code (for the app and the CLI) and a
// message in both interface languages, so callers never have to translate or parse `message`.
import type { LocalisedText } from './types';

export type EngineErrorCode =
	| 'empty'
	| 'too_long'
	| 'binary'
	| 'unsupported_language'
	| 'no_text'
	| 'bad_option';

export class EngineError extends Error {
	readonly code: EngineErrorCode;
	readonly messages: LocalisedText;

	constructor(code: EngineErrorCode, messages: LocalisedText) {
		super(messages.en);
		this.name = 'EngineError';
		this.code = code;
		this.messages = messages;
	}
}

export const MAX_INPUT_CHARS = 500_000;

// English and French names for the languages franc reports most often on news text; anything else
// is reported by its ISO 639-3 code alone.
const languageNames: Record<string, [en: string, fr: string]> = {
	spa: ['Spanish', 'espagnol'],
	deu: ['German', 'allemand'],
	ita: ['Italian', 'italien'],
	por: ['Portuguese', 'portugais'],
	nld: ['Dutch', 'néerlandais'],
	pol: ['Polish', 'polonais'],
	ron: ['Romanian', 'roumain'],
	swe: ['Swedish', 'suédois'],
	dan: ['Danish', 'danois'],
	nob: ['Norwegian', 'norvégien'],
	fin: ['Finnish', 'finnois'],
	tur: ['Turkish', 'turc'],
	rus: ['Russian', 'russe'],
	ukr: ['Ukrainian', 'ukrainien'],
	arb: ['Arabic', 'arabe'],
	cmn: ['Chinese', 'chinois'],
	jpn: ['Japanese', 'japonais'],
	kor: ['Korean', 'coréen'],
	hin: ['Hindi', 'hindi'],
	ell: ['Greek', 'grec'],
	heb: ['Hebrew', 'hébreu'],
	ces: ['Czech', 'tchèque'],
	hun: ['Hungarian', 'hongrois'],
	cat: ['Catalan', 'catalan'],
	vie: ['Vietnamese', 'vietnamien'],
	ind: ['Indonesian', 'indonésien'],
	pes: ['Persian', 'persan'],
	tha: ['Thai', 'thaï']
};

export function languageName(code: string): LocalisedText | null {
	const names = languageNames[code];
	return names ? { en: names[0], fr: names[1] } : null;
}

export const engineErrors = {
	empty: () =>
		new EngineError('empty', {
			en: 'The article is empty: paste or upload some text.',
			fr: 'L’article est vide : collez ou importez un texte.'
		}),
	tooLong: (length: number) =>
		new EngineError('too_long', {
			en: `The article is too long (${length.toLocaleString('en')} characters; the limit is ${MAX_INPUT_CHARS.toLocaleString('en')}).`,
			fr: `L’article est trop long (${length.toLocaleString('fr')} caractères ; la limite est de ${MAX_INPUT_CHARS.toLocaleString('fr')}).`
		}),
	binary: () =>
		new EngineError('binary', {
			en: 'This looks like a binary file, not text: save the article as plain text or HTML.',
			fr: 'Ce fichier semble binaire et non textuel : enregistrez l’article en texte brut ou en HTML.'
		}),
	unsupportedLanguage: (code: string) => {
		const name = languageName(code);
		const known = code && code !== 'und';
		return new EngineError('unsupported_language', {
			en: known
				? `This article seems to be in ${name ? name.en : `the language “${code}”`}, which is not supported yet: only French and English are.`
				: 'The language of this article could not be recognised: only French and English are supported.',
			fr: known
				? `Cet article semble écrit en ${name ? name.fr : `langue « ${code} »`} : cette langue n’est pas encore prise en charge, seuls le français et l’anglais le sont.`
				: 'La langue de cet article n’a pas pu être reconnue : seuls le français et l’anglais sont pris en charge.'
		});
	},
	noText: () =>
		new EngineError('no_text', {
			en: 'No article text was found in this page.',
			fr: 'Aucun texte d’article n’a été trouvé dans cette page.'
		}),
	badOption: (name: string, value: unknown, expected: LocalisedText) =>
		new EngineError('bad_option', {
			en: `Invalid option ${name}=${JSON.stringify(value)}: expected ${expected.en}.`,
			fr: `Option ${name}=${JSON.stringify(value)} invalide : ${expected.fr} attendu.`
		})
};
