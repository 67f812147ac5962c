import { describe, it, expect } from 'vitest';
import { segmentSentences, tokenize } from './segment';
import type { Lang } from '../types';

function split(text: string, lang: Lang = 'fr'): string[] {
	return segmentSentences(text, lang, [{ start: 0, end: text.length }]).map((s) => s.text);
}

describe('segmentSentences', () => {
	it('leaves a list item’s bullet out of its sentence and marks the sentence as a list item', () => {
		const text = '* Le Prix du jury remis à Marlou.\n\nLe festival a fermé ses portes.';
		const s = segmentSentences(text, 'fr', [{ start: 0, end: 33 }, { start: 35, end: text.length }]);
		expect(s.map((x) => [x.text, x.listItem ?? false])).toEqual([['Le Prix du jury remis à Marlou.', true], ['Le festival a fermé ses portes.', false]]);
	});

	it('leaves the number of an item opening its paragraph out of its sentence ("2. After a long gap…"), not a figure inside one', () => {
		const lines = ['2. After a five-year gap, how did it feel to play again?', 'It felt strange. We played 3. Then we rested.', '12) Le dernier album date de 2019.', '1. FC Tolo beat the leaders 2-1.', '3. MIT has topped the table again.'];
		const text = lines.join('\n\n');
		const paragraphs = lines.map((l) => ({ start: text.indexOf(l), end: text.indexOf(l) + l.length }));
		const s = segmentSentences(text, 'en', paragraphs);
		expect(s.map((x) => [x.text, x.listItem ?? false])).toEqual([
			['After a five-year gap, how did it feel to play again?', true],
			['It felt strange.', false],
			['We played 3.', false],
			['Then we rested.', false],
			['Le dernier album date de 2019.', true],
			['1. FC Tolo beat the leaders 2-1.', false],
			['MIT has topped the table again.', true]
		]);
	});

	it('reads a title with its dot as no sentence’s end, whatever its capitals, but a balance in "Cr."', () => {
		expect(split('The patrol was led by Sgt. Ann Bell. MAJ. Tom Reid came later.', 'en')).toEqual(['The patrol was led by Sgt. Ann Bell.', 'MAJ. Tom Reid came later.']);
		expect(split('The account showed a balance of $400 Cr. The bank said so.', 'en')).toEqual(['The account showed a balance of $400 Cr.', 'The bank said so.']);
	});

	it('leaves a heading in capitals glued to its paragraph’s first sentence out of it', () => {
		const lines = ['BEST SHORT FILM – GOLDEN REEL The £5,000 prize goes to the director.', 'The BBC Trust met in May. NEW rules apply.', 'UK PM Rishi Sunak spoke on Monday.', 'THE VERDICT The jury took two days.'];
		const text = lines.join('\n\n');
		const paragraphs = lines.map((l) => ({ start: text.indexOf(l), end: text.indexOf(l) + l.length }));
		expect(segmentSentences(text, 'en', paragraphs).map((x) => x.text)).toEqual(['The £5,000 prize goes to the director.', 'The BBC Trust met in May.', 'NEW rules apply.', 'UK PM Rishi Sunak spoke on Monday.', 'The jury took two days.']);
	});

	it('leaves out the colon an interview’s answer opens on, under its speaker’s line', () => {
		const text = 'Marie\n: Je suis arrivée en 2007 à Lima. J’y suis restée.';
		const s = segmentSentences(text, 'fr', [{ start: 0, end: 5 }, { start: 6, end: text.length }]);
		expect(s.map((x) => x.text)).toEqual(['Marie', 'Je suis arrivée en 2007 à Lima.', 'J’y suis restée.']);
		expect(text.slice(s[1].start, s[1].end)).toBe(s[1].text);
	});

	it('marks the lines of a list written without bullets, each ending on a semicolon', () => {
		const lines = ['Le conseil compte désormais 33 élus.', '14 sièges pour la majorité;', '9 sièges pour les écologistes;', '6 sièges pour les autres listes.', 'La séance a duré deux heures. Le maire a remercié les électeurs.'];
		const text = lines.join('\n\n');
		const paragraphs = lines.map((l) => ({ start: text.indexOf(l), end: text.indexOf(l) + l.length }));
		const s = segmentSentences(text, 'fr', paragraphs);
		expect(s.filter((x) => x.listItem).map((x) => x.text)).toEqual(['14 sièges pour la majorité;', '9 sièges pour les écologistes;', '6 sièges pour les autres listes.']);
	});

	it('splits plain sentences and keeps offsets exact', () => {
		const text = 'Le chat dort. Le chien aboie! Pourquoi? Personne ne sait.';
		const sentences = segmentSentences(text, 'fr', [{ start: 0, end: text.length }]);
		expect(sentences.map((s) => s.text)).toEqual([
			'Le chat dort.',
			'Le chien aboie!',
			'Pourquoi?',
			'Personne ne sait.'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
	});

	it('goes on after an exclamation inside a dashed aside ("– «…!» –, X a annoncé…"), and splits before a dash that opens a line', () => {
		expect(split('Après ses vœux pour l’année qui vient – « Que 2021 soit plus belle! » –, la maire a annoncé une hausse de la population.')).toHaveLength(1);
		expect(split('La foule a crié « Bravo! » – et le maire a souri. Le conseil a voté.')).toHaveLength(2);
		expect(split('Le maire a conclu : « Merci! » — Le conseil a ensuite voté le budget.')).toHaveLength(2);
	});

	it('ends a sentence after a list’s "etc." before a capitalised word, not before a lower-case one', () => {
		expect(split('Ils ont signé des accords sur la santé, le tourisme, etc. Plusieurs projets ont aussi été lancés.')).toEqual([
			'Ils ont signé des accords sur la santé, le tourisme, etc.',
			'Plusieurs projets ont aussi été lancés.'
		]);
		expect(split('Ils ont signé des accords sur la santé, le tourisme, etc. mais rien sur le climat.')).toHaveLength(1);
	});

	it('does not split after French titles (M., Mme, Dr) even before a no-break space', () => {
		expect(split('Selon M.\u00a0Poutine, la situation est stable. Mme Dupont et le Dr Martin ont répondu.')).toEqual([
			'Selon M.\u00a0Poutine, la situation est stable.',
			'Mme Dupont et le Dr Martin ont répondu.'
		]);
		expect(split('Il a rencontré M. Pezechkian. Puis il est parti.')).toEqual([
			'Il a rencontré M. Pezechkian.',
			'Puis il est parti.'
		]);
	});

	it('does not split after English titles and month abbreviations', () => {
		expect(split('Mr. Smith met Dr. Jones on Jan. 5, 2025. They talked.', 'en')).toEqual([
			'Mr. Smith met Dr. Jones on Jan. 5, 2025.',
			'They talked.'
		]);
		// A rank shortened before "Prof." is a title too; a name before "Prof." ends its sentence.
		expect(split('She handed over to her successor, Ass. Prof. Tina Novak. Assoc. Prof. Ana Kos stayed. She thanked Lee. Prof. Kim spoke last.', 'en')).toEqual([
			'She handed over to her successor, Ass. Prof. Tina Novak.',
			'Assoc. Prof. Ana Kos stayed.',
			'She thanked Lee.',
			'Prof. Kim spoke last.'
		]);
	});

	it('keeps initials together', () => {
		expect(split('The Hobbit was written by J. R. R. Tolkien in 1937. It sold well.', 'en')).toEqual([
			'The Hobbit was written by J. R. R. Tolkien in 1937.',
			'It sold well.'
		]);
	});

	it('treats U.S. as mid-sentence before a name and as final before a sentence opener', () => {
		expect(split('The U.S. Army said it was ready. Officials agreed.', 'en')).toEqual([
			'The U.S. Army said it was ready.',
			'Officials agreed.'
		]);
		expect(split('He moved to the U.S. The move was hard.', 'en')).toEqual([
			'He moved to the U.S.',
			'The move was hard.'
		]);
	});

	it('reads a US state’s short form opening a line as no sentence end, and splits after it elsewhere', () => {
		expect(split('Tenn. Senate backs new school funding plan. The vote came late on Monday in Nashville, Tenn. Lawmakers said it passed.', 'en')).toEqual([
			'Tenn. Senate backs new school funding plan.',
			'The vote came late on Monday in Nashville, Tenn.',
			'Lawmakers said it passed.'
		]);
		expect(split('Le nouveau forfait offre 500 Mo. Orange le lance lundi.', 'fr')).toEqual(['Le nouveau forfait offre 500 Mo.', 'Orange le lance lundi.']);
		expect(split('Every Sunday he attended Mass. Afterwards he visited his mother.', 'en')).toEqual(['Every Sunday he attended Mass.', 'Afterwards he visited his mother.']);
		// A state naming what follows: after "the" or "a", or before a title.
		expect(split('The Wis. Supreme Court ruled on Friday. A Fla. man was praised by Calif. Gov. Ann Reyes.', 'en')).toEqual(['The Wis. Supreme Court ruled on Friday.', 'A Fla. man was praised by Calif. Gov. Ann Reyes.']);
		// ("fell ill. Doctors…": the word written small is no state.)
		expect(split('The driver fell ill. Doctors said he was stable.', 'en')).toEqual(['The driver fell ill.', 'Doctors said he was stable.']);
	});

	it('splits after company suffixes only before a sentence opener', () => {
		expect(split('Apple Inc. Chief Tim Cook spoke. He works for Apple Inc. The company agreed.', 'en')).toEqual([
			'Apple Inc. Chief Tim Cook spoke.',
			'He works for Apple Inc.',
			'The company agreed.'
		]);
		expect(split('He lives at No. 10 Downing Street. She said no. Then she left.', 'en')).toEqual([
			'He lives at No. 10 Downing Street.',
			'She said no.',
			'Then she left.'
		]);
	});

	it('handles times with p.m. and time zones', () => {
		expect(split('The vote ended at 3:10 p.m. ET on Tuesday. It passed.', 'en')).toEqual([
			'The vote ended at 3:10 p.m. ET on Tuesday.',
			'It passed.'
		]);
		expect(split('The vote ended at 3 p.m. The results came later.', 'en')).toEqual([
			'The vote ended at 3 p.m.',
			'The results came later.'
		]);
	});

	it('never splits decimal numbers', () => {
		expect(split('La croissance a atteint 2.5 % en 2024. Le chiffre est de 12,5 points.')).toEqual([
			'La croissance a atteint 2.5 % en 2024.',
			'Le chiffre est de 12,5 points.'
		]);
	});

	it('splits after an ellipsis followed by a capital and not before lower case', () => {
		expect(split('Il hésita… Puis il parla. Il attendit... et rien ne vint.')).toEqual([
			'Il hésita…',
			'Puis il parla.',
			'Il attendit... et rien ne vint.'
		]);
	});

	it('keeps « » quotes with inner narrow spaces whole and never orphans »', () => {
		const text =
			'Il a cité l’agence Mehr News Agency. «\u202fL’ennemi ne doit pas se faire d’illusions\u202f», a-t-il poursuivi.';
		expect(split(text)).toEqual([
			'Il a cité l’agence Mehr News Agency.',
			'«\u202fL’ennemi ne doit pas se faire d’illusions\u202f», a-t-il poursuivi.'
		]);
		const end = 'Le président a martelé\u00a0: «\u202fNous avons une convergence qui ne fait que s’accroître.\u202f» Le Kremlin se tait.';
		const parts = split(end);
		expect(parts).toEqual([
			'Le président a martelé\u00a0: «\u202fNous avons une convergence qui ne fait que s’accroître.\u202f»',
			'Le Kremlin se tait.'
		]);
		for (const p of parts) expect(p.trimStart().startsWith('»')).toBe(false);
	});

	it('keeps a quote spanning two sentences in one sentence with its reporting clause', () => {
		expect(split('« Nous gagnerons. Rien ne nous arrêtera », a-t-il déclaré. La salle a applaudi.')).toEqual([
			'« Nous gagnerons. Rien ne nous arrêtera », a-t-il déclaré.',
			'La salle a applaudi.'
		]);
		expect(split('“We will win. Nothing will stop us,” he said. The crowd cheered.', 'en')).toEqual([
			'“We will win. Nothing will stop us,” he said.',
			'The crowd cheered.'
		]);
	});

	it('keeps "a-t-il poursuivi" after a quote ending with a full stop', () => {
		expect(split('«\u202fNous avons besoin d’actions concrètes.\u202f», a-t-il noté. Il est parti.')).toEqual([
			'«\u202fNous avons besoin d’actions concrètes.\u202f», a-t-il noté.',
			'Il est parti.'
		]);
		expect(split('« Pourquoi pas ? » a-t-il lancé. Personne ne répondit.')).toEqual([
			'« Pourquoi pas ? » a-t-il lancé.',
			'Personne ne répondit.'
		]);
	});

	it('keeps an English question with its reporting clause', () => {
		expect(split('“Why now?” Biden asked. Nobody answered.', 'en')).toEqual([
			'“Why now?” Biden asked.',
			'Nobody answered.'
		]);
	});

	it('never crosses a paragraph and records the paragraph index', () => {
		const text = 'Titre sans point\n\nPremière phrase. Deuxième phrase.';
		const sentences = segmentSentences(text, 'fr', [
			{ start: 0, end: 16 },
			{ start: 18, end: text.length }
		]);
		expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
			['Titre sans point', 0],
			['Première phrase.', 1],
			['Deuxième phrase.', 1]
		]);
	});

	it('segments the seed article paragraphs without splitting inside quotes', async () => {
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(new URL('../../../../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url), 'utf8');
		const paragraphs: { start: number; end: number }[] = [];
		for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
		const sentences = segmentSentences(text, 'fr', paragraphs);
		for (const s of sentences) {
			expect(s.text.startsWith('»')).toBe(false);
			expect(/\bM\.$/.test(s.text)).toBe(false);
			expect(s.text.split('«').length).toBe(s.text.split('»').length);
		}
		expect(sentences.some((s) => s.text.startsWith('«\u202fL’ennemi') && s.text.endsWith('a-t-il poursuivi.'))).toBe(true);
	});
});

describe('tokenize', () => {
	it('splits words, numbers and punctuation with offsets', () => {
		const text = 'Le 17\u00a0janvier, 2\u00a0300 soldats (12,5 %) sont arrivés.';
		const tokens = tokenize(text, { start: 0, end: text.length });
		expect(tokens.map((t) => [t.text, t.kind])).toEqual([
			['Le', 'word'],
			['17', 'number'],
			['janvier', 'word'],
			[',', 'punct'],
			['2\u00a0300', 'number'],
			['soldats', 'word'],
			['(', 'punct'],
			['12,5', 'number'],
			['%', 'punct'],
			[')', 'punct'],
			['sont', 'word'],
			['arrivés', 'word'],
			['.', 'punct']
		]);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	it('separates French elisions but keeps hyphenated words and aujourd’hui', () => {
		const text = 'L’accord, a-t-il dit aujourd’hui, qu’il juge nord-coréen.';
		const words = tokenize(text, { start: 0, end: text.length })
			.filter((t) => t.kind === 'word')
			.map((t) => t.text);
		expect(words).toEqual(['L’', 'accord', 'a-t-il', 'dit', 'aujourd’hui', 'qu’', 'il', 'juge', 'nord-coréen']);
	});

	it('keeps dotted abbreviations and ordinals as one token and respects the span', () => {
		const text = 'xx The U.S. team came 4th at 3 p.m. yy';
		const tokens = tokenize(text, { start: 3, end: text.length - 3 });
		expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'team', 'came', '4th', 'at', '3', 'p.m.']);
		expect(tokens[0].start).toBe(3);
	});
});
