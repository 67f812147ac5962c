import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dropFootnoteMarks, ingest, looksLikeHtml, repairGluedSentences, repairTypography } from './index';
import { EngineError } from '../errors';
import { detectLanguage } from './language';
import { readDateLine, readDateline } from './metadata';
import type { AnyRange, Article } from '../types';

const seed = readFileSync(new URL('../../../../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url), 'utf8');

function errorOf(f: () => unknown): EngineError {
	try {
		f();
	} catch (e) {
		if (e instanceof EngineError) return e;
		throw e;
	}
	throw new Error('expected an EngineError');
}

function inside(a: Article, start: number, end: number, ranges: readonly AnyRange[]): boolean {
	return ranges.some(([s, e]) => start < e && end > s);
}

describe('detectLanguage', () => {
	it('recognises French and English prose', () => {
		expect(detectLanguage(seed).lang).toBe('fr');
		expect(
			detectLanguage('The government announced on Tuesday a new plan for schools that will cost two billion euros.').lang
		).toBe('en');
	});

	it('falls back to stopwords on very short text', () => {
		expect(detectLanguage('Le chat et la souris').lang).toBe('fr');
		expect(detectLanguage('The cat and the mouse').lang).toBe('en');
		expect(detectLanguage('Xyz 123').lang).toBeNull();
	});

	it('reports other languages by their ISO 639-3 code', () => {
		const de = detectLanguage('Der Hund ist groß und schön, und er spielt gern im Garten mit den Kindern der Nachbarn.');
		expect(de).toEqual({ lang: null, detected: 'deu' });
	});

	it('leaves Romance languages that share some French function words to franc', () => {
		const es = 'El gobierno anunció el martes un nuevo plan para las escuelas que costará dos mil millones de euros, según el ministro de educación, que lo presentó en la capital ante los periodistas y los sindicatos.';
		const it_ = 'Il governo ha annunciato martedì un nuovo piano per le scuole che costerà due miliardi di euro, secondo il ministro della pubblica istruzione, che lo ha presentato nella capitale davanti ai giornalisti.';
		expect(detectLanguage(es)).toEqual({ lang: null, detected: 'spa' });
		expect(detectLanguage(it_)).toEqual({ lang: null, detected: 'ita' });
	});
});

describe('ingest: the seed article', () => {
	const a = ingest(seed);

	it('reads the title, lead, author and dates', () => {
		expect(a.title).toBe(seed.split('\n')[0]);
		expect(a.lead?.startsWith('Moscou et Téhéran ont signé un accord de partenariat')).toBe(true);
		expect(a.author).toBe('Adam Morrow');
		expect(a.published).toBe('2025-01-24T21:54');
		expect(a.updated).toBe('2025-01-24T22:30');
		expect(a.lang).toBe('fr');
		expect(a.text).toBe(seed);
	});

	it('removes the donation appeal to the end', () => {
		const start = seed.indexOf('Soutenez Epoch Times');
		expect(a.removed.at(-1)![0]).toBe(start);
		expect(a.removed.at(-1)![1]).toBeGreaterThanOrEqual(seed.trimEnd().length);
	});

	it('keeps sentences out of the byline, the date line and the removed range', () => {
		const byline = seed.indexOf('Par Adam Morrow');
		const dateLine = seed.indexOf('24 janvier 2025 21:54');
		expect(inside(a, byline, byline + 15, a.metadata)).toBe(true);
		expect(inside(a, dateLine, dateLine + 20, a.metadata)).toBe(true);
		for (const s of a.sentences) {
			expect(inside(a, s.start, s.end, a.metadata)).toBe(false);
			expect(inside(a, s.start, s.end, a.removed)).toBe(false);
			expect(a.text.slice(s.start, s.end)).toBe(s.text);
		}
		expect(a.sentences[0].paragraph).toBe(0);
		expect(a.sentences[1].paragraph).toBe(1);
		expect(a.sentences.at(-1)!.text).toMatch(/^La Russie et l’Iran étaient/);
	});

	it('is the same for CRLF input except for the line endings', () => {
		const b = ingest(seed.replace(/\n/g, '\r\n'));
		expect(b.text).toBe(seed);
		expect(b.sentences.length).toBe(a.sentences.length);
	});
});

describe('ingest: bylines, date lines and boilerplate', () => {
	it('reads a "Comment" button among a site’s menu words above the story as a line, not the start of the comments', () => {
		const page = ['Accueil    Sports    Culture    Nécrologie', 'ACTUALITÉ', 'Comment', '', 'Accueil', 'Culture', 'Article', '', 'Hommage : le sculpteur Jean Valmont s’est éteint', '', 'Publié le lundi 3 mars 2025', '', 'Comment', '', 'Le sculpteur Jean Valmont est mort dimanche à Dijon, à l’âge de 91 ans, après plus de soixante ans de carrière consacrés au bronze et à la pierre, a annoncé sa famille.', '', 'Ses œuvres ornent une trentaine de places publiques en Bourgogne, et le musée de la ville lui avait consacré une grande rétrospective en 2019.'].join('\n');
		const art = ingest(page);
		expect(art.sentences.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringContaining('Le sculpteur Jean Valmont est mort dimanche')]));
		// Below the story, "Commentaires" still ends it.
		const withComments = ingest(`${page}\n\nCommentaires\n\nTrès bel hommage, merci pour cet article sur un artiste que toute la région connaissait bien et aimait beaucoup.`);
		expect(withComments.sentences.some((s) => s.text.includes('Très bel hommage'))).toBe(false);
	});

	it('reads English bylines with several authors and an agency', () => {
		const text = [
			'Schools get a new plan',
			'By Jane Doe and John Roe',
			'Published: 5 March 2024',
			'The government announced a new plan for schools on Tuesday. It will cost two billion euros.',
			'Teachers welcomed the plan, which starts in September.'
		].join('\n\n');
		const a = ingest(text);
		expect(a.author).toBe('Jane Doe and John Roe');
		expect(a.published).toBe('2024-03-05');
		expect(a.lang).toBe('en');
		expect(a.sentences.map((s) => s.text)).not.toContain('By Jane Doe and John Roe');
		expect(ingest(text.replace('By Jane Doe and John Roe', 'By Jane Doe, Reuters')).author).toBe('Jane Doe');
	});

	it('takes "Un texte de" off as a byline, and gives back the first word the page glued to the surname', () => {
		const lede = 'En fin de journée, vendredi, les élus du nouveau conseil ont prêté serment devant une salle comble.';
		const next = 'Quatre conseillers sur six seront des nouveaux venus. Le maire a été réélu avec 62 % des voix.';
		const a = ingest(`Le nouveau conseil entre en poste\n\n${lede}\n\nUn texte de Marie-Ève Lapointe${next}`, { lang: 'fr' });
		expect(a.author).toBe('Marie-Ève Lapointe');
		expect(a.sentences.map((s) => s.text)).toEqual(['Le nouveau conseil entre en poste', lede, 'Quatre conseillers sur six seront des nouveaux venus.', 'Le maire a été réélu avec 62 % des voix.']);
		// A surname with a second capital stays whole ("MacKenzie", "FitzGerald").
		for (const name of ['Anne MacKenzie', 'Paul FitzGerald']) expect(ingest(`Le nouveau conseil entre en poste\n\n${lede}\n\nUn texte de ${name}\n\n${next}`, { lang: 'fr' }).author).toBe(name);
		// A surname with a second capital before words in small letters stays whole; "By"/"Par" and a brand is prose.
		expect(ingest(`Le nouveau conseil entre en poste\n\n${lede}\n\nUn texte de Anne VanderMeer publié le 3 mars 2024\n\n${next}`, { lang: 'fr' }).author).toBe('Anne VanderMeer');
		// A weekday, a known place or a date line glued to the surname goes back too.
		for (const opening of ['Lundi soir, le conseil a voté le budget.', 'Montréal accueille le congrès des maires.', 'Sur les six élus, quatre partent.'])
			expect(ingest(`Le nouveau conseil entre en poste\n\n${lede}\n\nUn texte de Marie Dubois${opening}`, { lang: 'fr' }).author).toBe('Marie Dubois');
		const brand = 'By BlackRock estimates, inflation will ease next year and rates will fall by the end of the summer, analysts said.';
		const en = ingest(`Rates\n\nThe council met on Tuesday to vote on the budget for the coming year.\n\n${brand}\n\nThe mayor said the vote was close.`);
		expect(en.author).toBeNull();
		expect(en.sentences.map((s) => s.text)).toContain(brand);
	});

	it('takes a byline and a photo credit glued to the lede off, and gives the lede its first word back', () => {
		const lede = 'Le déficit public du pays se situe autour de 1 300 milliards de dinars au premier semestre, un chiffre moins inquiétant que prévu.';
		const rest = 'Le gouvernement avait anticipé ce déficit dans la loi de finances.';
		for (const opening of ['Par Karim Benali ', 'Photo : M. Haddad Par Karim Benali ', 'Photo : APS Par Karim Benali ']) {
			const a = ingest(`Budget\n\n${opening}${lede}\n\n${rest}`, { lang: 'fr' });
			expect(a.author).toBe('Karim Benali');
			expect(a.sentences.map((s) => s.text)).toEqual(['Budget', lede, rest]);
		}
		const en = ingest('Budget\n\nBy Jane Doe The council approved a budget of 40 million pounds for the new school on Tuesday evening.\n\nWork starts in May.', { lang: 'en' });
		expect(en.author).toBe('Jane Doe');
		expect(en.sentences[1].text).toMatch(/^The council approved/);
	});

	it('takes a byline\'s note of its sources off with it, never as the headline ("Par X (sources : …)")', () => {
		const a = ingest('Par Paul Morel (sources : Institut national, Le Temps)\nLa société a connu une transition difficile avec une crise en 1990. Le pays a retrouvé la croissance en 2001.\n\nLe chômage a baissé.', { lang: 'fr' });
		expect(a.author).toBe('Paul Morel');
		expect(a.title).toBeNull();
		expect(a.sentences.some((x) => /sources/.test(x.text))).toBe(false);
		const en = ingest('By Jane Doe (with AFP)\nThe council approved a budget of 40 million pounds on Tuesday.\n\nWork starts in May.', { lang: 'en' });
		expect(en.author).toBe('Jane Doe');
		expect(en.sentences[0].text).toMatch(/^The council approved/);
	});

	it('reads US date lines with p.m. and a time zone', () => {
		const text =
			'Senate passes the budget\n\nUpdated March 5, 2024 3:10 p.m. ET\n\nThe Senate passed the budget on Tuesday after a long debate. The vote was close.\n\nThe bill now goes to the House of Representatives for a final vote.';
		const a = ingest(text);
		expect(a.updated).toBe('2024-03-05T15:10');
		expect(a.published).toBeNull();
		expect(a.sentences.some((s) => s.text.includes('Updated'))).toBe(false);
	});

	it('reads French "Publié le … mis à jour le …" lines with dd/mm dates', () => {
		const text =
			'Le budget adopté\n\nPublié le 05/03/2024 à 10h12, mis à jour le 06/03/2024 à 08h00\n\nLe Sénat a adopté le budget mardi après un long débat. Le vote a été serré.\n\nLe texte doit maintenant être examiné par l’Assemblée nationale.';
		const a = ingest(text);
		expect(a.published).toBe('2024-03-05T10:12');
		expect(a.updated).toBe('2024-03-06T08:00');
		expect(a.lang).toBe('fr');
	});

	it('reads a date line whose update is abbreviated "Act:", and takes the headline below it', () => {
		const text =
			'3 mai 2021 09:15; Act: 03.05.2021 17:40\n\nLa commune rachète l’ancienne gare\n\nNAMUR - Le conseil communal a voté lundi le rachat de l’ancienne gare pour y installer une bibliothèque. Le vote a été serré.\n\nLes travaux doivent commencer au printemps prochain, selon l’échevin des Travaux.';
		const a = ingest(text);
		expect(a.published).toBe('2021-05-03T09:15');
		expect(a.updated).toBe('2021-05-03T17:40');
		expect(a.title).toBe('La commune rachète l’ancienne gare');
		expect(ingest(text.replace('; Act:', ' - Act. :')).updated).toBe('2021-05-03T17:40');
	});

	it('does not take an impossible day for the publication date', () => {
		const text =
			'Le budget adopté\n\nPublié le 31/02/2024\n\nLe Sénat a adopté le budget mardi après un long débat. Le vote a été serré.\n\nLe texte doit maintenant être examiné par l’Assemblée nationale.';
		expect(ingest(text).published).toBeNull();
	});

	it('keeps unreadable French date lines out of the sentences', () => {
		const text =
			'Le budget adopté\n\nPublié il y a 3 heures\n\nLe Sénat a adopté le budget mardi après un long débat. Le vote a été serré.\n\nLe texte doit maintenant être examiné par l’Assemblée nationale.';
		expect(ingest(text).sentences.some((s) => s.text.includes('Publié'))).toBe(false);
	});

	it('separates a metadata line glued to the first sentence', () => {
		const text =
			'Le budget adopté\n\nPar Marie Dupont | 5 mars 2024 Le Sénat a adopté le budget mardi après un long débat. Le vote a été serré.\n\nLe texte doit maintenant être examiné par l’Assemblée nationale.';
		const a = ingest(text);
		expect(a.author).toBe('Marie Dupont');
		expect(a.published).toBe('2024-03-05');
		const first = a.sentences.find((s) => s.paragraph === 1)!;
		expect(first.text).toBe('Le Sénat a adopté le budget mardi après un long débat.');
		expect(a.text.slice(a.metadata[0][0], a.metadata[0][1])).toBe('Par Marie Dupont | 5 mars 2024 ');
	});

	it('treats an agency dateline as metadata', () => {
		const text =
			'Grève à Paris\n\nPARIS (AFP) – Les cheminots sont en grève depuis lundi. Le trafic est très perturbé.\n\nLa direction appelle au dialogue avec les syndicats.';
		const a = ingest(text);
		expect(a.sentences[1].text).toBe('Les cheminots sont en grève depuis lundi.');
	});

	it('reads a dateline with the country in brackets before the agency, and a site’s section and a colon or a bar before the lede, as metadata', () => {
		const a = ingest(' date 2023-05 Annemasse (France) (AFP) – Les pompiers ont maîtrisé l’incendie de l’usine dans la nuit de lundi. Aucun blessé n’est à déplorer.', { lang: 'fr' });
		expect(a.sentences[0].text).toBe('Les pompiers ont maîtrisé l’incendie de l’usine dans la nuit de lundi.');
		// Two brackets without an agency's in the second are no dateline.
		const mp = ingest('Resignation\n\nJohn Smith (Labour) (pictured) - The MP resigned on Monday after a vote of his party.', { lang: 'en' });
		expect(mp.sentences.map((x) => x.text).join(' ')).toContain('John Smith');
		const rn = ingest('Municipales\n\nMarine Dupont (Paris) (RN) – Elle conduira la liste de son parti aux élections de mars prochain.', { lang: 'fr' });
		expect(rn.sentences.map((x) => x.text).join(' ')).toContain('Marine Dupont');
		// Any agency after a country: "(ATS/AFP)", "(AA)".
		const ats = ingest(' date 2023-05 Genève (Suisse) (ATS/AFP) – Le ministre a présenté lundi un plan d’économies de deux milliards de francs.', { lang: 'fr' });
		expect(ats.sentences[0].text).toBe('Le ministre a présenté lundi un plan d’économies de deux milliards de francs.');
		const aa = ingest('Economy\n\nANKARA (Turkey) (AA) - The central bank raised its key rate on Thursday for the third time this year.', { lang: 'en' });
		expect(aa.sentences[1].text).toBe('The central bank raised its key rate on Thursday for the third time this year.');
		const b = ingest('Festival de Lorient\n\nCulture : Après dix jours de concerts, la 52e édition du festival s’est achevée dimanche. Elle a attiré 800 000 visiteurs.\n\nLe budget a été tenu, selon la mairie, qui a dépensé 2 millions d’euros pour la sécurité des concerts et l’accueil des festivaliers venus de toute la Bretagne.\n\nJustice : Le tribunal a condamné deux voleurs de billets à six mois de prison avec sursis.', { lang: 'fr' });
		expect(b.sentences.map((x) => x.text)).toContain('Après dix jours de concerts, la 52e édition du festival s’est achevée dimanche.');
		// Below the story's prose, a section's name and a colon open a sentence.
		expect(b.sentences.map((x) => x.text)).toContain('Justice : Le tribunal a condamné deux voleurs de billets à six mois de prison avec sursis.');
		// Any section's name before a bar: "Aviron |", "Local News |".
		const bar = ingest('Première manche pour Lena Roux\n\nAviron | Lena Roux a remporté samedi la première des quatre manches de la coupe de France disputée sur le lac d’Annecy.\n\nC’est sa deuxième victoire de la saison.', { lang: 'fr' });
		expect(bar.sentences[1].text).toMatch(/^Lena Roux a remporté samedi/);
		const news = ingest('Pool to reopen in May\n\nLocal News | The council agreed on Tuesday to reopen the town pool in May after a two-year repair.\n\nIt will cost £2 million.', { lang: 'en' });
		expect(news.sentences[1].text).toMatch(/^The council agreed/);
	});

	it('opens the article at an agency’s dateline below a site’s banner, under the wire’s headline', () => {
		const text = [
			'Our journalism has a new home',
			'Signal covers the stories that shape cities, energy and work around the world:',
			'housing, transport, and the future of jobs in a warming climate.',
			'Series: Cities and heat',
			'Back to series',
			'ANALYSIS-As summers grow hotter, river towns rethink their old flood walls',
			'by Maria Lund | Signal Newsroom',
			'Tuesday, 4 June 2019 09:10 GMT',
			'LYON, France, June 4 (AFP) - When the river rose last spring, the town of Givors lost 120 homes to the water and its mayor ordered a review of the walls.',
			'The review found that 14 of the 30 sluice gates no longer closed, the council said on Monday.'
		].join('\n\n');
		const a = ingest(text, { lang: 'en' });
		expect(a.title).toBe('As summers grow hotter, river towns rethink their old flood walls');
		const prose = a.sentences.map((s) => s.text);
		expect(prose.some((s) => /journalism|Signal covers|housing, transport|Series|ANALYSIS/.test(s))).toBe(false);
		expect(prose).toContain('When the river rose last spring, the town of Givors lost 120 homes to the water and its mayor ordered a review of the walls.');
		expect(prose.some((s) => s.includes('LYON'))).toBe(false);
		// The lede is the first paragraph under the headline, as on a page without the banner.
		const lede = a.sentences.find((s) => s.text.startsWith('When the river rose'));
		const plain = ingest(text.slice(text.indexOf('As summers')), { lang: 'en' }).sentences.find((s) => s.text.startsWith('When the river rose'));
		expect(lede?.paragraph).toBe(plain?.paragraph);
		// The slugged line is the headline even with a line like one below it.
		const deck = text.replace('by Maria Lund', 'Towns along the Rhône weigh the cost of higher walls\n\nby Maria Lund');
		expect(ingest(deck, { lang: 'en' }).title).toBe('As summers grow hotter, river towns rethink their old flood walls');
	});

	it('takes a newsroom’s credit and the name under it for metadata, never for the headline', () => {
		const a = ingest(' date 2023-12-01 Herald News Service\n\nRavindra Okonjo\n\nMumbai, November 30\n\nThe state economy grew 6.1 per cent in the July-September quarter, the statistics office said. Farm output rose 3 per cent.\n\nIndustry grew faster than services.', { lang: 'en' });
		expect(a.title).toBeNull();
		expect(a.published).toBe('2023-12-01');
		expect(a.sentences[0].text).toBe('The state economy grew 6.1 per cent in the July-September quarter, the statistics office said.');
		expect(a.sentences[0].paragraph).toBe(2);
		// Under a date line, a short headline in capitals stays the headline; a headline about a correspondent is one.
		const body = '\n\nHeavy rain flooded 40 homes in the valley on Monday, the council said. Roads were closed.\n\nThe river rose by two metres.';
		expect(ingest(`12 March 2024\n\nStorm Ciara Strikes${body}`, { lang: 'en' }).title).toBe('Storm Ciara Strikes');
		expect(ingest(`The Foreign Correspondent${body}`, { lang: 'en' }).title).toBe('The Foreign Correspondent');
		// A headline that names someone the text names again stays the headline.
		const b = ingest(' date 2023-12-01 Herald News Service\n\nRavindra Okonjo\n\nRavindra Okonjo, the state’s statistician, said the economy grew 6.1 per cent. Okonjo spoke in Mumbai.', { lang: 'en' });
		expect(b.title).toBe('Ravindra Okonjo');
	});

	it('leaves out a caption printed twice, a wire photo’s coded caption, a breadcrumb glued to the headline, a membership appeal and a list of other stories', () => {
		const body = 'The festival opened on Friday with 40 shows in 12 venues across the old town. Organisers expect 20,000 visitors this year.\n\nTickets sold out within a week, the organisers said.';
		const twice = ingest(`Harbour town transformed by a week of street theatre\n\nThe Longest Night, created by Hull-based theatre company Northlight, is being performed at a secret outdoor location.\nThe Longest Night, created by Hull-based theatre company Northlight, is being performed at a secret outdoor location.\n\n${body}`, { lang: 'en' });
		expect(twice.sentences.some((x) => /Longest Night/.test(x.text))).toBe(false);
		// A lede printed twice keeps one copy.
		const lede = 'The central bank has raised the country’s growth forecast from 6 per cent to 6.4 per cent for the current financial year, as it expects exports to keep rising.';
		expect(ingest(`Bank raises growth forecast\n\n${lede}\n${lede}\n\n${body}`, { lang: 'en' }).sentences.filter((x) => x.text === lede)).toHaveLength(1);
		const short = 'The central bank raised its growth forecast to 6.4 per cent on Friday, citing strong exports.';
		expect(ingest(`Bank raises growth forecast\n\n${short}\n${short}\n\n${body}`, { lang: 'en' }).sentences.filter((x) => x.text === short)).toHaveLength(1);
		const coded = ingest(`Clean-up crews turn to the mangroves\n\nBy Reuters 18 August 2020\n\nepaselect epa01234567 A general view of oil washed up on a beach from a grounded bulk carrier, 09 August 2020. The ship was sailing from Ghana to Chile when it hit a reef on 25 July 2020.\n\n${body}`, { lang: 'en' });
		expect(coded.sentences.some((x) => /epa|sailing from Ghana/.test(x.text))).toBe(false);
		const crumbs = ingest('AccueilSportsLe club fête ses cent ans\n\nLe club fête ses cent ans\n\nLe club de football de la ville a fêté samedi ses cent ans devant 3 000 supporters. Le maire a remis une médaille au président.\n\nUne exposition retrace son histoire.', { lang: 'fr' });
		expect(crumbs.sentences.some((x) => /Accueil/.test(x.text))).toBe(false);
		const appeal = ingest(`Ferry waiting room to get new heaters\n\n${body}\n\nBecome a member of Island News\n\nIsland News is asking its many readers to consider paying for membership to get additional features:\n\n- Remove non-local ads;`, { lang: 'en' });
		expect(appeal.sentences.some((x) => /member|non-local/.test(x.text))).toBe(false);
		expect(appeal.sentences.some((x) => /Tickets sold out/.test(x.text))).toBe(true);
		// A list of other stories under its label ends the article.
		const recent = ingest(`Ferry waiting room to get new heaters\n\n${body}\n\nRECENT STORIES\n\nState Elections 2024: 61% Turnout In 5 Seats; Queues In The Hills,...`, { lang: 'en' });
		expect(recent.sentences.some((x) => /Turnout|RECENT/.test(x.text))).toBe(false);
		// Prose about paying for a membership, or urging one, is no appeal of the page.
		const prose = ingest(`Leisure centre to cut its prices\n\n${body}\n\nFamilies on low incomes will not have to pay for membership in the first year.\n\nBecome a member of the youth panel and help shape the park, the mayor urged on Monday.\n\nThe centre reopens in May.`, { lang: 'en' });
		expect(prose.sentences.some((x) => /reopens in May/.test(x.text))).toBe(true);
		expect(prose.sentences.some((x) => /pay for membership/.test(x.text))).toBe(true);
	});

	it('never takes a browser notice above the headline for the title', () => {
		const story = 'Former harbour master Ian Kerr dies at 91\n\nIan Kerr, who ran the port of Leith for twenty years, has died at his home. He was 91.\n\nHe oversaw the building of the new container terminal in 1979.';
		const en = ingest(`Your web browser is no longer supported. To improve your experience update it here\n\n${story}`, { lang: 'en' });
		expect(en.title).toBe('Former harbour master Ian Kerr dies at 91');
		expect(en.sentences.some((s) => /browser/.test(s.text))).toBe(false);
		const fr = ingest('Votre navigateur n’est plus supporté. Mettez à jour votre navigateur pour profiter du site.\n\nL’ancien maire de Dole est mort à 88 ans\n\nJean Morel, maire de 1977 à 2001, est mort lundi. Il avait 88 ans.', { lang: 'fr' });
		expect(fr.title).toBe('L’ancien maire de Dole est mort à 88 ans');
	});

	it('reads a section label over the headline, and the line under a photo’s credit as its caption', () => {
		const text = [
			'En bref : République du Kambia',
			'Une campagne de vaccination contre la rougeole atteint les villages les plus isolés du Kambia',
			"Image de l'UNICEF\n© UNICEF Kambia/2011\nUne mère fait vacciner son fils contre la rougeole dans la province de Tolo.",
			'DISTRICT DE MARA, Kambia, 16 décembre 2011 – Quatre jours après son lancement officiel, une campagne gouvernementale vise les villages les plus isolés du pays.',
			'Mara figure parmi les derniers districts à être atteints, une région montagneuse où les routes sont rares.'
		].join('\n\n');
		const a = ingest(text, { lang: 'fr' });
		expect(a.title).toBe('Une campagne de vaccination contre la rougeole atteint les villages les plus isolés du Kambia');
		expect(a.sentences.some((x) => /Une mère fait vacciner/.test(x.text))).toBe(false);
		// A paragraph after a blank line under a credit is prose.
		const prose = ingest(`Le maire inaugure la halle\n\n© Mairie de Tolo\n\nLe maire a inauguré la nouvelle halle samedi, devant 300 habitants.\n\nLes travaux ont duré deux ans.`, { lang: 'fr' });
		expect(prose.sentences.some((x) => /inauguré la nouvelle halle/.test(x.text))).toBe(true);
		// "À la une - Crise du logement", "Analysis | Housing": a dash or a bar may stand for the colon.
		// (Under a search box's words, the line below the label is still the headline, no caption.)
		const dashed = ingest('Rechercher\nRechercher\n\nÀ La Une - Crise du logement\n\nLe toit de la halle de Tolo s’est effondré sous la neige\n\nUne partie du toit de la halle s’est effondrée jeudi, sans faire de blessé.\n\nLa mairie a fermé le bâtiment.', { lang: 'fr' });
		expect(dashed.title).toBe('Le toit de la halle de Tolo s’est effondré sous la neige');
		const barred = ingest('Analysis | Housing in Tolo\n\nWhy rents in Tolo doubled in five years\n\nRents in Tolo have doubled since 2019, the council said on Monday.\n\nThe council plans 400 new flats.', { lang: 'en' });
		expect(barred.title).toBe('Why rents in Tolo doubled in five years');
		// A longer line after the dash is the headline itself, its subtitle under it.
		const opinion = ingest('Opinion - La ville doit enfin réparer ses ponts\n\nLe pont sur la Tolo est fermé depuis mars, et rien ne bouge\n\nLe pont de Tolo est fermé depuis le 3 mars, a dit la mairie.\n\nLes travaux coûteront 2 millions.', { lang: 'fr' });
		expect(opinion.title).toBe('Opinion - La ville doit enfin réparer ses ponts');
		const news = ingest('News - Tolo council approves budget\n\nSchools and roads get most of the money\n\nThe council of Tolo approved its budget on Monday.\n\nIt funds two schools.', { lang: 'en' });
		expect(news.title).toBe('News - Tolo council approves budget');
	});

	it('takes no banner words, no caption with its credit and no bare byline name for the headline', () => {
		const story = 'The tide swept over the atoll of Tolo on Monday, flooding 40 homes.\n\nResidents said the water reached their knees within minutes.';
		const ad = ingest(` date 2024-02-05 Advertising Read more\n\n${story}`, { lang: 'en' });
		expect(ad.title).toBeNull();
		expect(ad.sentences.some((x) => /Advertising/.test(x.text))).toBe(false);
		const twice = ingest(`Sea floods Tolo atoll\n\nSea floods Tolo atoll\n\nResidents wade through water to reach their homes in Tolo. (Pacific Daily photo)\nResidents wade through water to reach their homes in Tolo. (Pacific Daily photo)\n\n${story}`, { lang: 'en' });
		expect(twice.title).toBe('Sea floods Tolo atoll');
		expect(twice.sentences.some((x) => /wade/.test(x.text))).toBe(false);
		const signed = ingest(`Karma Wangdi\n\n${story}`, { lang: 'en' });
		expect(signed.title).toBeNull();
		expect(signed.sentences.some((x) => /Karma/.test(x.text))).toBe(false);
		// A lower-case aside in brackets is prose: "(her only surviving picture)".
		expect(ingest('Museum\n\nThe museum found the portrait (her only surviving picture) in a box of letters last year.\n\nIt will be shown in May.', { lang: 'en' }).sentences.some((x) => /surviving picture/.test(x.text))).toBe(true);
		// A headline in title case whose words the story says again stays the headline.
		expect(ingest(`Council Approves Budget\n\nThe council of Tolo approved its budget on Monday, by 12 votes to 3.\n\nThe budget funds two schools.`, { lang: 'en' }).title).toBe('Council Approves Budget');
		// …and one whose words end like common words, though the story never says them again.
		expect(ingest(`Stocks Slide\n\nShares in Tolo fell 4 percent on Monday, traders said.\n\nThe index lost 2 percent.`, { lang: 'en' }).title).toBe('Stocks Slide');
		expect(ingest(`Canicule Historique\n\nLe thermomètre a atteint 42 degrés lundi à Tolo.\n\nLa mairie a ouvert des salles fraîches.`, { lang: 'fr' }).title).toBe('Canicule Historique');
	});

	it('takes a short first line with a full stop for the headline when the next paragraph says it again', () => {
		const en = ingest('Ms Ana Ruiz sworn in as Mayor of Vigo.\n\nMs. Ana Ruiz was sworn in as Vigo’s mayor by the city council on Monday.\n\nShe thanked the outgoing mayor for his work.', { lang: 'en' });
		expect(en.title).toBe('Ms Ana Ruiz sworn in as Mayor of Vigo.');
		expect(en.sentences.find((x) => x.paragraph >= 1)?.text).toMatch(/^Ms\. Ana Ruiz was sworn in/);
		// A lede the next paragraph goes on from stays the lede.
		const lede = ingest('The council of Vigo voted a new budget on Monday.\n\nThe mayor said the vote would fund two schools.\n\nWork starts in May.', { lang: 'en' });
		expect(lede.title).toBeNull();
		// Nor one the next paragraph says again with its own verb: the headline's style is a participle
		// the next paragraph gives its auxiliary.
		const told = ingest('Three people died in a fire in Leeds on Monday.\n\nThe fire broke out in a house in Leeds early on Monday, killing three people, police said.\n\nFirefighters arrived within ten minutes.', { lang: 'en' });
		expect(told.title).toBeNull();
		const fr = ingest('Ana Ruiz élue maire de Vigo.\n\nAna Ruiz a été élue maire de Vigo par le conseil municipal lundi.\n\nElle a remercié son prédécesseur.', { lang: 'fr' });
		expect(fr.title).toBe('Ana Ruiz élue maire de Vigo.');
	});

	it('leaves the story whole when a second agency dateline follows a crosshead far down', () => {
		const para = (i: number) => `Farmers from the ${['north', 'south', 'east', 'west', 'centre', 'coast'][i]} of the country drove their tractors into the capital on Monday to protest against the new rules on water use and pesticides.`;
		const text = ['Farmers block the ring road in protest against new rules', 'PARIS (Reuters) - Thousands of farmers blocked the ring road around Paris on Monday, the police said.', ...[0, 1, 2, 3, 4, 5].map(para), 'Anger spreads to neighbouring countries', 'BRUSSELS (Reuters) - Belgian farmers joined the protest on Tuesday with a convoy of two hundred tractors.'].join('\n\n');
		const a = ingest(text, { lang: 'en' });
		expect(a.title).toBe('Farmers block the ring road in protest against new rules');
		expect(a.sentences.filter((s) => s.text.startsWith('Farmers from the')).length).toBe(6);
		expect(a.sentences.at(-1)?.text).toBe('Belgian farmers joined the protest on Tuesday with a convoy of two hundred tractors.');
		// A time or a gloss in brackets is no newsroom.
		for (const line of ['UPDATE (14:05): The Environment Agency lifted the warning.', 'NASA (the US space agency) - Engineers said the launch would slip.']) expect(ingest(`Title of a live page here\n\n${'The river rose again overnight in the town, and the council opened two more shelters for families. '.repeat(1)}\n\n${[0, 1, 2, 3, 4, 5, 6, 7].map(para).join('\n\n')}\n\n${line}`, { lang: 'en' }).sentences.some((s) => s.text.includes(line.split(' - ').at(-1)!.split(': ').at(-1)!.slice(0, 20)))).toBe(true);
	});

	it('keeps an agency’s dateline in the middle of a long page from removing a headline-less page’s prose', () => {
		const body = [
			'The council of Givors met on Monday and voted a budget of 21 million euros for its schools.',
			'Its mayor said the money would go to roofs, heating and new kitchens before the winter.',
			'Parents had asked for years that the oldest building, from 1962, be closed.',
			'The opposition abstained, saying the plan came too late for the children of this year.',
			'Work on the first two schools is to begin in July and end before the start of term.',
			'A third school will be rebuilt on the site of the former railway depot near the river.',
			'Teachers welcomed the vote but asked to be heard on the layout of the new classrooms.',
			'The region pays a quarter of the cost under its programme for ageing public buildings.',
			'A public meeting on the plans is held at the town hall on the first Thursday of June.'
		];
		const text = [...body, 'PARIS (AFP) - Farmers blocked the ring road on Monday to protest against new rules.'].join('\n\n');
		const a = ingest(text, { lang: 'en' });
		expect(a.sentences.filter((s) => body.includes(s.text)).length).toBe(9);
		expect(a.sentences.at(-1)?.text).toBe('Farmers blocked the ring road on Monday to protest against new rules.');
	});

	it('leaves out a preview at the top: a caption and credit, then the lede cut short, given in full below', () => {
		const lede = 'Dix petites secondes. L’équipe de Suisse a manqué l’or, jeudi 12 juin, sur le relais mixte des championnats du monde de triathlon organisés à Lisbonne.';
		const caption = 'Les Suisses avec leurs médailles d’argent remportées lors de l’épreuve du relais mixte des championnats du monde de triathlon à Lisbonne, au Portugal, le 12 juin 2025.';
		const text = `${caption} MARTA SOUSA / AFP ${lede.slice(0, 120)}\n\n${lede} Les Australiens conservent leur titre.`;
		const a = ingest(text, { lang: 'fr' });
		expect(a.sentences[0].text).toBe('Dix petites secondes.');
		expect(a.sentences.some((s) => s.text.includes('MARTA SOUSA'))).toBe(false);
	});

	it('keeps an archive’s warning that the article may be out of date out of the sentences', () => {
		const a = ingest('Essence : hausse à la pompe\n\nPrenez note que cet article publié en 2011 pourrait contenir des informations qui ne sont plus à jour.\n\nLe prix de l’essence a bondi de 10 cents le litre vendredi dans la région de Québec.', { lang: 'fr' });
		expect(a.sentences.some((s) => s.text.startsWith('Prenez note'))).toBe(false);
		expect(a.sentences.some((s) => s.text.startsWith('Le prix de l’essence'))).toBe(true);
	});

	it('cuts a photo’s caption and credit glued before a dated newsroom dateline, and keeps the lede', () => {
		const caption = 'Anvar Rahimov is a former trade adviser (file photo) (ITAR-TASS) March 3, 2011 (RFE/RL) -- ';
		const lede = 'Tajikistan has a new foreign minister as parliament today approved the nomination of Anvar Rahimov.';
		for (const top of ['New foreign minister\n\n', 'Accessibility links\n\nBreaking News\n\nNew foreign minister\n\n']) {
			const a = ingest(`${top}${caption}${lede}\n\nRahimov, 52, replaces a minister who served for five years.`, { lang: 'en' });
			expect(a.sentences.map((s) => s.text)).toContain(lede);
			expect(a.sentences.some((s) => s.text.includes('file photo'))).toBe(false);
			expect(a.published).toBe('2011-03-03');
		}
		// A bracketed word in prose before a dash is no caption: "(photo)" must close it.
		const b = ingest(`Budget\n\nThe council (after a long debate) - and a vote - approved the budget on Monday.`, { lang: 'en' });
		expect(b.sentences.at(-1)!.text).toBe('The council (after a long debate) - and a vote - approved the budget on Monday.');
	});

	it('cuts an agency dateline whose dash touches the sentence, and one whose place was lost, even below the header', () => {
		const a = ingest('Interest rates\n\nOTTAWA (Reuters) -The central bank raised its key rate on Wednesday for the fourth time this year.');
		expect(a.sentences[1].text).toBe('The central bank raised its key rate on Wednesday for the fourth time this year.');
		const banner = 'Inondations\n\nLa pluie ne cesse pas depuis dix jours dans la vallée, où les habitants attendent les secours.\n\nMétéo\n\nLes rivières débordent dans tout le département.\n\n';
		const b = ingest(`${banner}(AFP) - Avant la nuit de mardi, trois villages étaient évacués dans la vallée du Lot.`);
		expect(b.sentences.at(-1)!.text).toBe('Avant la nuit de mardi, trois villages étaient évacués dans la vallée du Lot.');
		// A bracket opening prose is no dateline: "(Re)lire" is a word.
		const c = ingest(`${banner}(Re)lire les archives - Un projet lancé par la mairie pour les écoles du canton.`);
		expect(c.sentences.at(-1)!.text.startsWith('(Re)lire')).toBe(true);
	});

	it('cuts a section label in capitals and brackets glued to the lede by a dash', () => {
		const a = ingest('(MARCHÉS AFRICAINS)-Le Ghana a relevé son taux directeur de deux points mercredi, pour la troisième fois cette année.', { lang: 'fr' });
		expect(a.sentences[0].text.startsWith('Le Ghana a relevé')).toBe(true);
	});

	it('cuts an all-caps place before a bullet ("MANILA • The…"), not a bullet in prose', () => {
		const a = ingest('Open final\n\nMANILA • Maria Santos will wake up with a smile today, a day after her win in the final.');
		expect(a.sentences[1].text.startsWith('Maria Santos will wake up')).toBe(true);
		const b = ingest('Open final\n\nMaria Santos • the champion of the open • will wake up with a smile today, a day after her win.');
		expect(b.sentences[1].text.startsWith('Maria Santos •')).toBe(true);
	});

	it('cuts an all-caps place glued to the lede by a double hyphen ("OSAKA--The…"), not a hyphenated word', () => {
		const a = ingest('Cabinet\n\nOSAKA--Regional trade minister Ken Aoki resigned on Friday, the third minister to leave the cabinet this autumn.');
		expect(a.sentences[1].text.startsWith('Regional trade minister Ken Aoki')).toBe(true);
		const b = ingest('Music\n\nAC--DC tribute bands played all night in the old hall, the organisers said on Sunday.');
		expect(b.sentences[1].text.startsWith('AC--DC')).toBe(true);
	});

	it('cuts a place, a bar and a newsroom desk before a colon ("Shillong | Evening Politics Desk: …")', () => {
		const a = ingest('State election\n\nShillong | Evening Politics Desk: Days after the party won 40 of 60 seats, its leader was sworn in as chief minister on Monday.');
		expect(a.sentences[1].text.startsWith('Days after the party won')).toBe(true);
		// A bar inside prose is no dateline.
		const b = ingest('State election\n\nThe vote | a close one: the party won 40 of 60 seats, and its leader was sworn in on Monday.');
		expect(b.sentences[1].text.startsWith('The vote | a close one')).toBe(true);
	});

	it('reads a page title glued to the teaser (headline, section, teaser) over the headline printed again', () => {
		const text =
			"Flu Season Arrives Early Across The U.K. : Health - Evening News The first cases of the winter were reported in Leeds, where 40 pupils fell ill in one school.\n\nFlu Season Arrives Early Across The U.K.\n\nDoctors in Leeds said on Monday that the first wave of flu had arrived three weeks earlier than last year.\n\nThe city's hospitals opened 60 extra beds on Tuesday.";
		const a = ingest(text, { lang: 'en' });
		expect(a.title).toBe('Flu Season Arrives Early Across The U.K.');
		expect(a.sentences.some((s) => /Health - Evening News|^Flu Season Arrives/.test(s.text))).toBe(false);
		expect(a.sentences[0].text.startsWith('The first cases of the winter')).toBe(true);
	});

	it('reads a section before "Écrit par", a news site before a dash and the separator after a date line as metadata', () => {
		const byline = ingest('Mort du dramaturge Jean Ouédraogo\n\n5 mars 2011 - 09h12 - Société - Ecrit par : K.M\n\nJean Ouédraogo, figure du théâtre burkinabè, est mort à l’âge de 77 ans, a annoncé vendredi sa troupe.\n\nIl avait fondé la compagnie en 1975.', { lang: 'fr' });
		expect(byline.author).toBe('K.M');
		expect(byline.sentences.some((s) => /Ecrit par|Société/.test(s.text))).toBe(false);
		const outlet = ingest('12-03-2016 10:20 - Niger : le gouvernement veut relancer la mine d’Arlit\n\nSahel Infos - Une délégation conduite par le ministre des Mines a visité mardi le site d’Arlit, où 300 emplois sont menacés.\n\nLa mine a produit 2 000 tonnes d’uranium.', { lang: 'fr' });
		expect(outlet.title).toBe('Niger : le gouvernement veut relancer la mine d’Arlit');
		expect(outlet.sentences[1].text.startsWith('Une délégation conduite')).toBe(true);
		const glued = ingest('Le port de Tolo bat son record\n\nLe360afrique - La société portuaire a traité 2 millions de tonnes en 2023, un record.\n\nLe trafic a doublé en cinq ans.', { lang: 'fr' });
		expect(glued.sentences[1].text.startsWith('La société portuaire')).toBe(true);
	});

	it('reads a place, a comma and a day before a dash as a dateline, and its day as the publication day', () => {
		const fr = ingest('Les luttes battent leur plein\n\nKara, 21 juillet 2025 – Depuis le samedi 19 juillet, une ferveur s’est emparée de la ville.\n\nLes lutteurs sont venus de tout le canton.', { lang: 'fr' });
		expect(fr.sentences[1].text.startsWith('Depuis le samedi 19 juillet')).toBe(true);
		expect(fr.published).toBe('2025-07-21');
		const en = ingest('Jazz festival opens\n\nCastries, May 2, 2025 – The festival opened on Friday with 20 bands.\n\nIt lasts ten days.', { lang: 'en' });
		expect(en.sentences[1].text).toBe('The festival opened on Friday with 20 bands.');
		expect(en.published).toBe('2025-05-02');
		// A French letter's "le" before the day.
		const letter = ingest('La motion reportée\n\nBunia, le 4 novembre 2025 — La plénière de l’assemblée provinciale est renvoyée à mardi.\n\nLes élus attendent.', { lang: 'fr' });
		expect(letter.sentences[1].text.startsWith('La plénière de l’assemblée')).toBe(true);
		expect(letter.published).toBe('2025-11-04');
		// The newsroom in brackets after the day, square or round, a short month with its dot, a dash
		// of up to three hyphens, and a lede that opens on a figure.
		const agency = ingest('Le budget de la ville adopté\n\nGaroua, 14 mars 2024 (Nord Infos) – Le conseil municipal de Garoua a adopté samedi un budget de 5 milliards.\n\nLes travaux commencent en mai.', { lang: 'fr' });
		expect(agency.sentences[1].text.startsWith('Le conseil municipal de Garoua')).toBe(true);
		expect(agency.published).toBe('2024-03-14');
		const square = ingest('Le choléra gagne le Nord\n\nCap-Ht, 9 nov. 2017 [Presse Nord] --- 12 morts et 150 malades sont recensés dans la région après les pluies de la semaine.\n\nLes hôpitaux manquent de lits.', { lang: 'fr' });
		expect(square.sentences[1].text.startsWith('12 morts et 150 malades')).toBe(true);
		expect(square.published).toBe('2017-11-09');
		// Without a newsroom, a figure after the dash is the second day of a range, no lede.
		const range = ingest('Le festival\n\nAvignon, 5 juillet – 25 juillet 2025 au Palais des papes.\n\nLe programme compte 40 spectacles.', { lang: 'fr' });
		expect(range.sentences.some((x) => x.text.startsWith('Avignon, 5 juillet – 25 juillet'))).toBe(true);
		// An abbreviated place ("St. John's") or a hashtag opens one too.
		const saint = ingest('Holiday for a medal\n\nSt. John’s, August 7, 2012 – It was a holiday in the island on Tuesday after the win.\n\nThe runner is 19.', { lang: 'en' });
		expect(saint.sentences[1].text.startsWith('It was a holiday')).toBe(true);
		expect(saint.published).toBe('2012-08-07');
		const tag = ingest('Residents want services\n\n#Nevis, December 9, 2022 – Residents say it is time for a better local government.\n\nThe council met.', { lang: 'en' });
		expect(tag.sentences[1].text.startsWith('Residents say')).toBe(true);
		// Prose with a comma and a month before a dash is no dateline ("Paris, in May – the city…" opens on no day).
		const prose = ingest('Spring\n\nParis, in May – The city fills with visitors every year.\n\nHotels are full.', { lang: 'en' });
		expect(prose.sentences[1].text.startsWith('Paris, in May')).toBe(true);
	});

	it('reads a newsroom\'s initials in brackets before a dash as a dateline at the top of a paste', () => {
		const fr = ingest('(BNC) – Entre janvier et mars 2024, le port de Garoua a traité 2 millions de tonnes, un record.\n\nLe directeur s’en félicite.', { lang: 'fr' });
		expect(fr.sentences[0].text.startsWith('Entre janvier et mars 2024')).toBe(true);
		// Initials in brackets below the story's first paragraph of prose stay.
		const prose = ingest('Le vote\n\nLe conseil municipal a voté lundi soir le budget de la ville pour l’année prochaine, après un long débat entre la majorité et l’opposition.\n\n(PDC) – Le parti dénonce un vote précipité.', { lang: 'fr' });
		expect(prose.sentences.some((x) => x.text.startsWith('(PDC) – Le parti'))).toBe(true);
	});

	it('takes no story opener for a dateline, and no dateline\'s day over the page\'s own date', () => {
		// A day long past opens a story: the sentence keeps its place and dates nothing.
		const opener = ingest('Le jour où tout a basculé\n\nHiroshima, 6 août 1945 – Il est 8 h 15 quand la bombe explose au-dessus de la ville.\n\nHier, les survivants ont témoigné devant 300 élèves.', { lang: 'fr' });
		expect(opener.sentences[1].text.startsWith('Hiroshima, 6 août 1945')).toBe(true);
		expect(opener.published).toBeNull();
		// A page's published time wins over the dateline's day.
		const page = ingest('<html><head><meta property="article:published_time" content="2025-07-23T10:00:00Z"></head><body><article><h1>Les luttes battent leur plein</h1><p>Kara, 21 juillet 2025 – Depuis le samedi 19 juillet, une ferveur s’est emparée de la ville de Kara.</p><p>Les lutteurs sont venus de tout le canton.</p></article></body></html>', { lang: 'fr' });
		expect(page.published?.slice(0, 10)).toBe('2025-07-23');
		expect(page.sentences.some((x) => x.text.startsWith('Depuis le samedi 19 juillet'))).toBe(true);
		// A count before a colon is no day ("USA, 12 votes:").
		const count = ingest('Vote\n\nThe council met on Monday to vote on the budget of the city.\n\nUSA, 12 votes: The resolution passed easily.\n\nIt takes effect in May.', { lang: 'en' });
		expect(count.sentences.some((x) => x.text === 'USA, 12 votes: The resolution passed easily.')).toBe(true);
	});

	it('reads no section or news site where "By", "Par" or a trade word opens a headline or a subject', () => {
		const title = (t: string, lang: 'fr' | 'en') => ingest(t, { lang }).title;
		expect(title('Brexit - By the numbers\n\nThe UK left the EU on 31 January 2020 after 47 years.\n\nTrade fell by 15%.', 'en')).toBe('Brexit - By the numbers');
		expect(title('Coronavirus - Par où passe le virus ?\n\nLe virus se transmet par les gouttelettes, selon les médecins.\n\nIl survit trois heures.', 'fr')).toBe('Coronavirus - Par où passe le virus ?');
		expect(title('Social Media - A new law bans under-16s from apps\n\nThe law takes effect in March, the minister said on Monday.\n\nFines reach 5 million.', 'en')).toBe('Social Media - A new law bans under-16s from apps');
		const body = ingest('Apple raises prices\n\nThe company said on Monday that its plans would cost more.\n\nApple TV – The service raised its prices by 20% on Monday.\n\nRome - by night, the city glows.', { lang: 'en' });
		expect(body.sentences.map((x) => x.text)).toEqual(expect.arrayContaining(['Apple TV – The service raised its prices by 20% on Monday.', 'Rome - by night, the city glows.']));
	});

	it('reads a dateline in capitals before a dash below captions and bylines, and an image file name is no sentence', () => {
		const a = ingest('Lombok steps up rabies checks after dogs bite 12 hikers\n\nLombok is among the islands with many rabies cases.\n\nJane Roe\n\nThe Island Post\n\nIMG_20190928_dogs_v1.jpg\n\nHealth workers vaccinate a dog in Mataram.\n\nAFP/File Photo\n\nLombok Health Office\n\nMataram Desk\n\nKUPANG – Health officials in East Nusa Tenggara have stepped up checks on stray dogs after 12 hikers were bitten last week.\n\nThe provincial office said 3,000 doses of vaccine had arrived.', { lang: 'en' });
		expect(a.sentences.some((s) => s.text.startsWith('Health officials in East Nusa Tenggara'))).toBe(true);
		expect(a.sentences.some((s) => /KUPANG|\.jpg/.test(s.text))).toBe(false);
	});

	it('reads an all-caps place and a colon as a dateline, its colon touching the lede or not, and a town it does not know before an article', () => {
		const a = ingest('Tennis\n\nLOS ANGELES: Mia Torres won her first title on Sunday in the final of the open.\n\nShe beat the top seed in two sets.');
		expect(a.sentences[1].text).toBe('Mia Torres won her first title on Sunday in the final of the open.');
		const glued = ingest('Fair opens\n\nTARNABY:The five-day-long fair got off to a busy start on Thursday. Stalls stayed open late.');
		expect(glued.sentences[1].text).toBe('The five-day-long fair got off to a busy start on Thursday.');
		// "Tarnaby: The…": a town the gazetteer does not know, before a sentence opened by its article;
		// not before a speaker's words ("Tarnaby: We stayed…").
		const unknown = ingest('Fair opens\n\nTarnaby: The five-day-long fair got off to a busy start on Thursday. Stalls stayed open late.');
		expect(unknown.sentences[1].text).toBe('The five-day-long fair got off to a busy start on Thursday.');
		const speaker = ingest('Fair opens\n\nTarnaby: We stayed open late every night. The fair was busy.');
		expect(speaker.sentences[1].text).toBe('Tarnaby: We stayed open late every night.');
		// A day or an agency in brackets before the colon belongs to it.
		const dated = ingest('Tennis\n\nSAN DIEGO (June 4): Mia Torres won her first title last night in the final of the open.\n\nShe beat the top seed in two sets.');
		expect(dated.sentences[1].text).toBe('Mia Torres won her first title last night in the final of the open.');
		// A day after a comma, and an agency whose colon touches the lede.
		const agency = ingest('Courts\n\nLAHORE, Jan 22 (APP):The High Court upheld the sentences of four men convicted of robbing a bank.\n\nThe bench dismissed their appeals.');
		expect(agency.sentences[1].text).toBe('The High Court upheld the sentences of four men convicted of robbing a bank.');
		const french = ingest('Justice\n\nDAKAR, 22 janvier (APS): Le tribunal a confirmé les peines de quatre hommes condamnés pour le vol d’une banque.\n\nLa cour a rejeté leurs appels.', { lang: 'fr' });
		expect(french.sentences[1].text).toBe('Le tribunal a confirmé les peines de quatre hommes condamnés pour le vol d’une banque.');
		// A colon after a capitalised word of prose is no dateline.
		const b = ingest('Tennis\n\nWarning: the final of the open was moved to Monday because of the rain and the wind.');
		expect(b.sentences[1].text.startsWith('Warning:')).toBe(true);
	});

	it('writes back the apostrophes an English page lost, and leaves French alone', () => {
		const en = ingest('Film prize\n\nThe Turkish film Pandora s Box won the award, and Britain s best actor was in the jury. The Rugby\' s team won with the support of the town.');
		expect(en.text).toContain('Pandora’s Box won');
		expect(en.text).toContain('Britain’s best actor');
		expect(en.text).toContain('The Rugby’s team');
		const fr = ingest('Prix\n\nLe film a gagné le prix, et le jury a dit qu il s est montré unanime avec les critiques de la presse.');
		expect(fr.text).toContain('s est montré');
	});

	it('removes "read also", share, newsletter, cookie and photo credit lines', () => {
		const lines = [
			'Lire aussi : Le Sénat adopte une autre loi',
			'Partager Facebook Twitter',
			'Inscrivez-vous à notre newsletter quotidienne',
			'Ce site utilise des cookies. Accepter',
			'(Photo by John Smith/AFP via Getty Images)',
			'PHOTO MARIE-CLAUDE DUPRÉ Le quartier du port, au premier plan, construit sur des remblais, à Tolo.'
		];
		const text = [
			'Le budget adopté',
			'Le Sénat a adopté le budget mardi après un long débat.',
			lines[0],
			'Le vote a été serré, selon les observateurs présents dans l’hémicycle.',
			lines[1],
			lines[2],
			lines[3],
			lines[4],
			lines[5],
			'Le texte doit maintenant être examiné par l’Assemblée nationale.'
		].join('\n\n');
		const a = ingest(text);
		const removed = a.removed.map(([s, e]) => a.text.slice(s, e));
		expect(removed).toEqual(lines);
		expect(a.sentences).toHaveLength(4);
	});

	it('reads a byline with its paper after a standfirst ("Fanny Lévesque La Presse"), never as a speaker', () => {
		const text = [
			'Le portrait des urgences et les listes d’attente seront publiés chaque mois, reconnaît le ministre Marc Tellier.',
			'Fanny Lévesque La Presse',
			'Pierre-André Normandin La Presse',
			'Le ministre Marc Tellier rend public mardi un nouveau tableau de bord du réseau de la santé.',
			'« Quand ça n’allait pas, on le disait », affirme le ministre en entrevue.'
		].join('\n\n');
		const a = ingest(text);
		expect(a.metadata.map(([s, e]) => a.text.slice(s, e))).toEqual(expect.arrayContaining(['Fanny Lévesque La Presse', 'Pierre-André Normandin La Presse']));
		expect(a.author).toBe('Fanny Lévesque');
	});

	it('keeps prose that uses a sign-up line’s verbs ("s’inscrire dans la commune", "sign up for classes")', () => {
		const text = [
			'Recensement',
			'La ville compte désormais 124 832 habitants, selon la mairie.',
			'Le nouveau venu, qui ne saurait tarder à s’inscrire dans la commune, sera accueilli de manière spéciale, a promis la maire.',
			'More than 300 adults chose to sign up for evening classes at the college this term.',
			'Inscrivez-vous à notre newsletter quotidienne',
			'Sign up now for our free weekly briefing'
		].join('\n\n');
		const a = ingest(text);
		expect(a.sentences.some((s) => /s’inscrire dans la commune/.test(s.text))).toBe(true);
		expect(a.sentences.some((s) => /sign up for evening classes/.test(s.text))).toBe(true);
		const removed = a.removed.map(([s, e]) => a.text.slice(s, e)).join('\n');
		expect(removed).toContain('Inscrivez-vous à notre newsletter quotidienne');
		expect(removed).toContain('Sign up now for our free weekly briefing');
	});

	it('does not cut an article at an appeal that comes before the content', () => {
		const text =
			'Titre\n\nSoutenez notre journal\n\nLe Sénat a adopté le budget mardi.\n\nLe vote a été serré.\n\nLe texte va à l’Assemblée.';
		expect(ingest(text).sentences).toHaveLength(4);
	});

	it('joins hard-wrapped lines into one paragraph', () => {
		const text = 'Titre\n\nLe Sénat a adopté le budget\nmardi après un long débat. Le vote\na été serré.';
		const a = ingest(text, { lang: 'fr' });
		expect(a.paragraphs).toHaveLength(2);
		expect(a.sentences.map((s) => s.text)).toEqual([
			'Titre',
			'Le Sénat a adopté le budget\nmardi après un long débat.',
			'Le vote\na été serré.'
		]);
	});
});

describe('ingest: HTML', () => {
	const html = `<!doctype html><html><head><title>Big news | Site</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05T10:12:00+01:00">
<script>var tracking = "The secret script sentence.";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Schools get a new plan</h1>
<p>The government announced on Tuesday a new plan for schools. It will cost two billion euros over five years, officials said.</p>
<p>Teachers welcomed the plan. “This is a good start,” said union leader Marie Curie. The plan will start in September.</p>
<aside>Read also: other stuff about trains</aside>
<p>Critics said the plan does not cover universities. They want more money for research and for students.</p></article>
<footer>© 2024 Site. All rights reserved.</footer></body></html>`;

	it('extracts the article text, title and metadata', () => {
		expect(looksLikeHtml(html)).toBe(true);
		const a = ingest(html);
		expect(a.title).toBe('Schools get a new plan');
		expect(a.author).toBe('Jane Doe');
		expect(a.published).toBe('2024-03-05T10:12');
		expect(a.text.startsWith('Schools get a new plan\n\nThe government announced')).toBe(true);
		expect(a.text).not.toMatch(/secret script|World news menu|other stuff|rights reserved|color: red/);
		expect(a.paragraphs).toHaveLength(4);
		for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
	});

	it('rejects a page without text', () => {
		expect(errorOf(() => ingest('<html><body><script>var a = 1;</script></body></html>')).code).toBe('no_text');
	});
});

describe('ingest: errors', () => {
	it('rejects empty, too long and binary input', () => {
		expect(errorOf(() => ingest('   \n\t ')).code).toBe('empty');
		const long = errorOf(() => ingest('a'.repeat(500_001)));
		expect(long.code).toBe('too_long');
		expect(long.messages.fr).toMatch(/trop long/);
		// 62,500 lines sent by a form (CR+LF) are 500,000 characters in the text box: accepted.
		const paragraph = 'Un mot.\r\n';
		const crlf = paragraph.repeat(500_000 / 8);
		expect(crlf.length).toBe(562_500);
		expect(() => ingest(crlf)).not.toThrow(expect.objectContaining({ code: 'too_long' }));
		expect(errorOf(() => ingest(crlf + 'x')).code).toBe('too_long');
		expect(errorOf(() => ingest('Bonjour\u0000le monde')).code).toBe('binary');
		expect(errorOf(() => ingest('PK\u0003\u0004' + '\u0001\u0002\u0005abc'.repeat(50))).code).toBe('binary');
	});

	it('names an unsupported language in both languages', () => {
		const e = errorOf(() =>
			ingest('Der Hund ist groß und schön, und er spielt gern im Garten mit den Kindern der Nachbarn. Er ist sehr freundlich.')
		);
		expect(e.code).toBe('unsupported_language');
		// The language in words, no ISO code, and French that agrees ("cette langue … prise en charge").
		expect(e.messages.en).toBe('This article seems to be in German, which is not supported yet: only French and English are.');
		expect(e.messages.fr).toBe('Cet article semble écrit en allemand : cette langue n’est pas encore prise en charge, seuls le français et l’anglais le sont.');
	});

	it('lets opts.lang override detection and rejects bad options', () => {
		const text = 'Titre\n\nDer Hund ist groß und schön, und er spielt gern im Garten mit den Kindern der Nachbarn.';
		expect(ingest(text, { lang: 'fr' }).lang).toBe('fr');
		expect(errorOf(() => ingest(seed, { lang: 'de' as 'fr' })).code).toBe('bad_option');
		expect(errorOf(() => ingest(seed, { published: '2025-02-30' })).code).toBe('bad_option');
	});
});

describe('ingest: the gold fixtures', () => {
	const dir = new URL('../../../../tests/fixtures/articles/', import.meta.url);
	const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
	it.each(names)('%s: header fields and boilerplate match the gold file', (name) => {
		const text = readFileSync(new URL(name, dir), 'utf8');
		const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.facts.json'), dir), 'utf8'));
		const a = ingest(text);
		expect(a.lang).toBe(gold.lang);
		expect(a.title).toBe(gold.title);
		expect(a.author).toBe(gold.author);
		expect(a.published).toBe(gold.published);
		expect(a.updated).toBe(gold.updated ?? null);
		const cut = text.indexOf(gold.boilerplate.starts_with);
		expect(a.removed.at(-1)).toEqual([cut, text.length, 'boilerplate']);
		for (const s of a.sentences) expect(s.end).toBeLessThanOrEqual(cut);
	});
});

describe('ingest: more header and boilerplate shapes', () => {
	it('keeps unreadable date lines and reading times out of the sentences', () => {
		const text = [
			'Storm hits the coast',
			'By Jane Doe',
			'Published 3 hours ago',
			'5 min read',
			'A powerful storm hit the coast on Monday night. Thousands of homes lost power.',
			'Listen to this article',
			'Officials said repairs would take several days.'
		].join('\n\n');
		const a = ingest(text);
		expect(a.author).toBe('Jane Doe');
		expect(a.sentences.map((s) => s.text)).toEqual([
			'Storm hits the coast',
			'A powerful storm hit the coast on Monday night.',
			'Thousands of homes lost power.',
			'Officials said repairs would take several days.'
		]);
	});

	it('does not take a sentence opening with a date for a date line', () => {
		const text =
			'The tunnel at 30\n\nOn 6 May 1994, Queen Elizabeth II opened the tunnel. It links Britain and France.\n\nBy Helen Morgan\n\nPublished 7 May 2024, 10:20\n\nFormer workers gathered in Folkestone on Monday.';
		const a = ingest(text);
		expect(a.published).toBe('2024-05-07T10:20');
		expect(a.lead).toBe('On 6 May 1994, Queen Elizabeth II opened the tunnel. It links Britain and France.');
		expect(a.sentences[1].text).toBe('On 6 May 1994, Queen Elizabeth II opened the tunnel.');
	});
});

describe('ingest: byline lines with a role', () => {
	it('keeps the whole short byline line out of the sentences', () => {
		const text =
			'Kiev sous les bombes\n\nPar Jean Dupont, envoyé spécial à Kiev\n\nLes sirènes ont retenti toute la nuit dans la capitale. Plusieurs immeubles ont été touchés.\n\nLes secours sont à pied d’œuvre.';
		const a = ingest(text);
		expect(a.author).toBe('Jean Dupont');
		expect(a.sentences.map((s) => s.text)).not.toContain('envoyé spécial à Kiev');
		expect(a.sentences[1].text).toBe('Les sirènes ont retenti toute la nuit dans la capitale.');
	});
});

describe('sums written with a space after the thousands dot', () => {
	it('reads "177. 000 € HT" as one sum in one sentence, and leaves a sentence that ends on a number alone', () => {
		const a = ingest('Le gymnase a été inauguré samedi. Coût : 177. 000 € HT, dont 34. 266 € de la région. Les élèves y entrent en novembre.', { lang: 'fr' });
		expect(a.sentences.map((s) => s.text)).toContain('Coût : 177.000 € HT, dont 34.266 € de la région.');
		const b = ingest('The team finished on 34. 266 people came to the final on Sunday.', { lang: 'en' });
		expect(b.text).toContain('34. 266 people');
	});
});

describe('ingest: page furniture seen on real pages', () => {
	const sentencesOf = (text: string) => ingest(text).sentences.map((s) => s.text);
	const prose = 'Le club a remporté samedi la finale de la coupe régionale face à Annecy, sur le score de 3 à 1. Son entraîneur a salué un groupe « solide du début à la fin ».\n\nLa saison reprendra en septembre avec un nouveau stade, a annoncé le président du club.';

	it('takes neither an agency credit, nor an update line, nor a byline without "Par" for the headline', () => {
		for (const line of ['ATS Agence télégraphique suisse', 'AFP Agence France-Presse', 'Dernière mise à jour à 09h40 le 03/06', 'Julien Martin']) {
			const a = ingest(`${line}\n\n${prose}`);
			expect(a.title, line).toBeNull();
			expect(a.sentences[0].text, line).toMatch(/^Le club a remporté/);
		}
		expect(ingest(`Julien Martin\n\n${prose}`).author).toBe('Julien Martin');
	});

	it('keeps a headline that is a name when the text names that person again', () => {
		const a = ingest('Julien Martin\n\nJulien Martin est né à Lyon en 1950. Il a dirigé le club pendant vingt ans.\n\nMartin a pris sa retraite en 2015, a annoncé sa famille.');
		expect(a.title).toBe('Julien Martin');
		expect(a.author).toBeNull();
	});

	it('drops a breadcrumb line, and takes the headline under it for the title', () => {
		const text = [
			'Accueil > Actualité > Sport > Tennis > Dupont remporte le tournoi de Lyon',
			'mardi 4 mai 2021 18:42',
			'',
			'Dupont remporte le tournoi de Lyon',
			'',
			'Le Français Jean Dupont a remporté dimanche le tournoi de Lyon, son troisième titre de la saison. Il a battu l’Espagnol Luis Garcia en deux sets.'
		].join('\n');
		const a = ingest(text);
		expect(a.title).toBe('Dupont remporte le tournoi de Lyon');
		expect(a.sentences.some((s) => s.text.includes('>'))).toBe(false);
		expect(a.published).toBe('2021-05-04T18:42');
	});

	it('drops a "read also" line behind arrows, and the agency initials that sign a dispatch', () => {
		const text = [
			'Le canton de Vaud a voté dimanche pour la nouvelle loi sur l’énergie, à 62 % des voix. La participation a atteint 48 %.',
			'>> A lire aussi : La réforme des retraites acceptée à près de 55%',
			'ats/vb',
			'Les Verts satisfaits',
			'Le Conseil d’Etat se dit satisfait du résultat, a indiqué son président Marc Favre.'
		].join('\n');
		expect(sentencesOf(text)).toEqual([
			'Le canton de Vaud a voté dimanche pour la nouvelle loi sur l’énergie, à 62 % des voix.',
			'La participation a atteint 48 %.',
			'Le Conseil d’Etat se dit satisfait du résultat, a indiqué son président Marc Favre.'
		]);
	});

	it('reads the date and place opening the lede under a long banner', () => {
		const text = [
			'Télécharger l’application',
			'INSTALLER',
			'PUBLICITÉ',
			'Société Publié le mardi 13 avril 2021 | Le Courrier',
			'Visite officielle du maire de Genève : les accords signés à Lyon',
			'© Le Courrier Par J. Martin',
			'Menu',
			'Partenariat Lyon-Genève : les deux maires signent plusieurs conventions',
			'Lundi 12 avril 2021.Lyon. Plusieurs conventions de partenariat ont été signées par les maires des deux villes, Anne Durand et Paul Martin.',
			'Le maire de Genève repart ce mardi après une visite de deux jours.'
		].join('\n\n');
		const s = sentencesOf(text);
		expect(s).toContain('Plusieurs conventions de partenariat ont été signées par les maires des deux villes, Anne Durand et Paul Martin.');
		expect(s.some((x) => x.includes('2021.Lyon'))).toBe(false);
	});

	it('keeps a caption printed twice, a credited caption after a date tag and a reading-time line out of the sentences', () => {
		const text = [
			'Ravenne : la nouvelle école inaugurée',
			'',
			'Depuis la rentrée, les 60 élèves de l’école des Tilleuls ont pris possession de leurs nouvelles classes.',
			'Le Courrier du Nord - 12 déc. 2019 à 06:10 - Temps de lecture :',
			'Marie Blanc inaugure la nouvelle école .',
			'Marie Blanc inaugure la nouvelle école .',
			'',
			'Marie Blanc, maire, a coupé le ruban samedi en présence des parents et des enseignants.'
		].join('\n');
		const s = sentencesOf(text);
		expect(s.some((x) => /Temps de lecture|inaugure la nouvelle école/.test(x))).toBe(false);
		expect(s).toContain('Marie Blanc, maire, a coupé le ruban samedi en présence des parents et des enseignants.');
		const dino = sentencesOf(
			' date 2021-03-02 A new species of frog has been found thanks to a specimen misfiled for decades in Durban, South Africa, 2 March 2021. EPA-EFE/HANDOUT\n\nA student has found a new species of frog in a museum drawer, the university said on Tuesday.'
		);
		expect(dino).toEqual(['A student has found a new species of frog in a museum drawer, the university said on Tuesday.']);
		// A caption cut short by an ellipsis, above the whole caption: the same line twice.
		const teaser = sentencesOf(
			'Lessons for the home side\n\nMia Grant during the netball final between the Tigers and the Hawks at the...\nMia Grant during the netball final between the Tigers and the Hawks at the city arena on Sunday. PHOTO: JOHN SMITH\nTigers coach Mia Grant hopes her players will remember the comeback when they travel to Perth next month.'
		);
		expect(teaser.some((x) => x.includes('netball final'))).toBe(false);
		expect(teaser.at(-1)).toBe('Tigers coach Mia Grant hopes her players will remember the comeback when they travel to Perth next month.');
		// A place, a day and an agency in brackets, without a dash, are a dateline too.
		const agency = sentencesOf('Bank raises its forecast\n\nPune, March 4 (PTI) The central bank has raised its growth forecast to 6.8 per cent for the year.');
		expect(agency.at(-1)).toBe('The central bank has raised its growth forecast to 6.8 per cent for the year.');
		// A place and a colon after the date tag is the dateline, whether the gazetteer knows the place or not.
		const dated = sentencesOf(' date 2024-05-02 Mysuru: The city council approved a new water plan on Tuesday. It will cost 40 crore rupees.');
		expect(dated[0]).toBe('The city council approved a new water plan on Tuesday.');
		// A known place and a spaced hyphen after the date tag, the lede opening on its article, is one too.
		const hyphen = sentencesOf(' date 2023-06-14 Durban - The regional court in Pietermaritzburg has fined a transport company for dumping oil.');
		expect(hyphen[0]).toBe('The regional court in Pietermaritzburg has fined a transport company for dumping oil.');
		// (Prose that opens on a place and a hyphenated aside keeps it: no article follows the hyphen.)
		expect(sentencesOf('Durban - and not Cape Town - was chosen to host the games in 2030.')[0]).toMatch(/^Durban - and/);
	});

	it('does not take "By Wednesday," opening a paragraph for a byline', () => {
		const text = 'Oil reached the beach near Ventura on Tuesday.\nBy Wednesday, the slick stretched more than 9 miles offshore, the Coast Guard said.';
		expect(sentencesOf(text)[1]).toBe('By Wednesday, the slick stretched more than 9 miles offshore, the Coast Guard said.');
	});

	it('reads a place and a day before the lede as a dateline when the agency was cut off', () => {
		const text =
			'GENEVA, Switzerland. March 3 Rescue teams worked through the night\non Tuesday across a flooded valley near Sion to reach\nhikers stranded by the storm.\nThe river rose by two metres in six hours, officials said.';
		const s = sentencesOf(text);
		expect(s[0]).toMatch(/^Rescue teams worked through the night/);
		expect(s.join(' ')).not.toMatch(/GENEVA|March 3/);
	});

	it('reads a known place and a colon opening the lede as a dateline, not a label in the prose', () => {
		const a = ingest(
			'Frog the size of a fingernail found in Borneo\n\nBerlin: A new species of frog has been found in the rainforest of Borneo, researchers said on Monday.\n\nThe frog measures only 11 millimetres, the team said.'
		);
		expect(a.sentences[1].text).toBe('A new species of frog has been found in the rainforest of Borneo, researchers said on Monday.');
		// A word that is not a place keeps its colon: "Bilan : …" is the sentence's own.
		const b = ingest('Inondations dans le Gard\n\nBilan : trois communes restent privées d’eau potable depuis lundi.\n\nLes pompiers sont toujours mobilisés.');
		expect(b.sentences[1].text).toBe('Bilan : trois communes restent privées d’eau potable depuis lundi.');
	});

	it('reads a caption printed twice over its photographer’s name as no part of the story; a headline said twice stays the headline', () => {
		// (26 words, no figure, then the photographer's name in capitals.)
		const caption = 'Les enfants du village ont ouvert le cortège funèbre, suivis des proches, des anciens élus de la commune et des pompiers venus de toute la vallée.';
		const a = ingest(['Adieu au maire de Tolo', 'Les funérailles de l’ancien maire ont eu lieu samedi à la cathédrale.', caption, caption, 'JEAN-MARC ROUX', 'Il avait dirigé la commune de 1980 à 1992.'].join('\n\n'), { lang: 'fr' });
		expect(a.sentences.map((x) => x.text)).not.toContain(caption);
		expect(a.sentences.map((x) => x.text)).not.toContain('JEAN-MARC ROUX');
		expect(a.sentences.map((x) => x.text)).toContain('Il avait dirigé la commune de 1980 à 1992.');
		// Without the credit, a paragraph that long printed twice keeps one copy.
		const prose = ingest(['Adieu au maire de Tolo', 'Les funérailles de l’ancien maire ont eu lieu samedi à la cathédrale.', caption, caption, 'Il avait dirigé la commune de 1980 à 1992.'].join('\n\n'), { lang: 'fr' });
		expect(prose.sentences.filter((x) => x.text === caption)).toHaveLength(1);
		const b = ingest(['New footprints found on Skye', 'New footprints found on Skye', 'Dozens of dinosaur footprints were found on the island, researchers said on Monday.'].join('\n\n'), { lang: 'en' });
		expect(b.title).toBe('New footprints found on Skye');
	});

	it('reads a photographer’s name and outlet, the caption under it and again under a second credit, and a correction note as no part of the story', () => {
		const caption = 'The council chamber inside the old town hall in Dover on May 2, 2024.';
		const a = ingest(['Dover council approves new harbour budget', '  • Mia Stone/KDTV\n' + caption, ' Ravi Patel / KDTV', caption, 'Correction: An earlier version of this story gave the wrong date for the vote. The vote was on Tuesday.', 'The council voted 9-4 on Tuesday to approve a budget of $12 million for the harbour.'].join('\n\n'), { lang: 'en' });
		expect(a.title).toBe('Dover council approves new harbour budget');
		expect(a.sentences.map((x) => x.text)).toEqual(['Dover council approves new harbour budget', 'The council voted 9-4 on Tuesday to approve a budget of $12 million for the harbour.']);
		// A slash between words of prose is no credit.
		const prose = ingest(['Dover council approves new harbour budget', 'Mia Stone/KDTV reported the vote live.', 'The council voted 9-4 on Tuesday.'].join('\n\n'), { lang: 'en' });
		expect(prose.sentences.map((x) => x.text)).toContain('Mia Stone/KDTV reported the vote live.');
	});

	it('reads a town and its country alone on a line, and a wire’s dateline without its punctuation, as no part of the story', () => {
		const town = ingest('Annecy, France\n\nDeux adolescents ont été interpellés samedi après une série de vols dans les commerces du centre-ville.\n\nLe parquet a ouvert une enquête.', { lang: 'fr' });
		expect(town.title).toBeNull();
		expect(town.sentences[0].text).toMatch(/^Deux adolescents/);
		// Someone and a country is a headline.
		const headline = ingest('Emmanuel Macron, France\n\nLe président a reçu mardi les maires des communes sinistrées.\n\nIls demandent une aide de l’État.', { lang: 'fr' });
		expect(headline.title).toBe('Emmanuel Macron, France');
		const wire = ingest('By Ana Ruiz\nQUITO Mar 3 Ecuador’s exports rose 4 percent in February, the central bank said on Tuesday.\nOil sales led the rise.', { lang: 'en' });
		expect(wire.sentences[0].text).toMatch(/^Ecuador’s exports rose/);
		const twoWords = ingest('By Ana Ruiz\nLA PAZ Mar 3 Bolivia’s exports rose 4 percent in February, the central bank said on Tuesday.\nGas sales led the rise.', { lang: 'en' });
		expect(twoWords.sentences[0].text).toMatch(/^Bolivia’s exports rose/);
		// A connective or a little word in capitals opens prose.
		for (const line of ['MEANWHILE, Kenya Power said it had restored supply to 3,000 homes on Monday.', 'SINCE May 2 Police have arrested 14 people in the town.'])
			expect(ingest(`Rescue\n\n${line}\n\nMore follows.`, { lang: 'en' }).sentences.map((x) => x.text)).toContain(line);
		const caps = ingest('Fires reach a second reserve in the east\n\nSmoke rises over the hills near the reserve. Photo courtesy of the park service.\n\nTARIJA, Bolivia The Sama Reserve covers around 1,000 square kilometers of dry forest and grassland.\n\nFires burned 5 % of it in August.', { lang: 'en' });
		expect(caps.sentences.map((x) => x.text)).toContain('The Sama Reserve covers around 1,000 square kilometers of dry forest and grassland.');
	});

	it('finds the headline among a section’s labels, and reads lines without a word as labels', () => {
		const text = [
			'Skip to main content',
			'Health and science',
			'Harbour town bans plastic bags at its weekly market',
			'Market stalls',
			'Market stalls.',
			'The council of Port Ellis voted on Tuesday to ban plastic bags at the weekly market from June, after a petition signed by 2,300 residents.',
			'Stallholders will get paper bags for free during the first three months, the market’s manager said.'
		].join('\n\n');
		const a = ingest(text, { lang: 'en' });
		expect(a.title).toBe('Harbour town bans plastic bags at its weekly market');
		// The caption's title under the headline goes too.
		expect(a.sentences.map((x) => x.text)).not.toContain('Market stalls');
		// "• 0", "--:--": a player's counters.
		const counters = ingest(['Édition internationale', 'Radio du monde', '--:--', '--:--', '• 0', '• 0', 'Deux amies ouvrent un bar à Lima', 'Claire et Morgan ont ouvert un bar-restaurant dans le quartier de Miraflores en janvier, après six ans au Pérou.', 'Elles emploient cinq personnes.'].join('\n\n'), { lang: 'fr' });
		expect(counters.title).not.toMatch(/•|--/);
		expect(counters.sentences.map((x) => x.text).join(' ')).not.toMatch(/•|--:--/);
	});

	it('reads a known place and a colon as a dateline below a page’s banner, captions and outlet name', () => {
		const caption = 'The minister of culture opens the new wing of the national library with the director and other guests during the ceremony on Friday.';
		const text = [
			'CHAIRMAN: JOHN DOE',
			'EDITOR: JANE ROE',
			'Region / Culture',
			'National library opens a new wing',
			'Published: 3 May 2024 - 10:12 am',
			caption,
			caption,
			'The Daily Courier',
			'Lisbon: The national library opened a new wing on Friday, adding room for 400,000 books and 300 readers.',
			'The wing cost 12 million euros, the ministry said.',
			'Porto: Pages of a City, a show of 200 maps, opens in the wing next month.'
		].join('\n\n');
		const a = ingest(text, { lang: 'en' });
		expect(a.sentences.map((s) => s.text)).toContain('The national library opened a new wing on Friday, adding room for 400,000 books and 300 readers.');
		expect(a.sentences.map((s) => s.text).join(' ')).not.toMatch(/Lisbon:/);
		// A hyphenated place reads whole; a name in capitals is a speaker's label, left in place.
		expect(ingest(text.replace('Lisbon:', 'Tel-Aviv:'), { lang: 'en' }).sentences.map((s) => s.text).join(' ')).not.toMatch(/Tel-Aviv:/);
		expect(ingest(text.replace('Lisbon:', 'JORDAN:'), { lang: 'en' }).sentences.map((s) => s.text).join(' ')).toMatch(/JORDAN:/);
		// A town in capitals and its country, the dash lost ("TARIJA, Bolivia The library…"), there too.
		expect(ingest(text.replace('Lisbon:', 'BRAGA, Portugal'), { lang: 'en' }).sentences.map((s) => s.text)).toContain('The national library opened a new wing on Friday, adding room for 400,000 books and 300 readers.');
		// Once: further down, a place and a colon open a title ("Porto: Pages of a City").
		expect(a.sentences.map((s) => s.text)).toContain('Porto: Pages of a City, a show of 200 maps, opens in the wing next month.');
	});

	it('reads a place, its country and a newsroom between bars as a dateline ("Khartoum, Sudan | AFP | …")', () => {
		const a = ingest('Bank devalues the pound\n\nKhartoum, Sudan | AFP | The central bank announced on Sunday it will devalue the currency to 30 pounds against the dollar.\n\nIt is the second such move this year.', { lang: 'en' });
		expect(a.sentences[1].text).toMatch(/^The central bank announced/);
	});

	it('reads a known place and a spaced dash opening the lede as a dateline', () => {
		const a = ingest('Hommage aux fondateurs d’une start-up\n\nLyon — Un hommage a été rendu samedi aux deux fondateurs de la jeune entreprise, a indiqué la mairie.\n\nLa société emploie 300 personnes.');
		expect(a.sentences[1].text).toBe('Un hommage a été rendu samedi aux deux fondateurs de la jeune entreprise, a indiqué la mairie.');
		// A name that is no place keeps its dash: it may be the sentence's own subject.
		const b = ingest('Le conseil a voté\n\nMarcel — Un ancien maire a pris la parole avant le vote du budget, mardi soir.\n\nLe budget a été adopté.');
		expect(b.sentences[1].text).toMatch(/^Marcel — /);
		// A fixture is no dateline: the lede goes on with the other team.
		const c = ingest('Le derby en approche\n\nLyon – Marseille sera arbitré dimanche par un arbitre international, a annoncé la Ligue.\n\nLes billets sont épuisés.');
		expect(c.sentences[1].text).toMatch(/^Lyon – Marseille sera arbitré/);
		expect(readDateline('Tunis — L’hommage aux fondateurs a été rendu samedi.')).toBe('Tunis — '.length);
	});

	it('drops footnote marks the page lost the superscript of: bare numbers counting up from 1 at the ends of paragraphs', () => {
		const a = ingest('Les ventes\n\nLes ventes ont reculé de 8 % par rapport à l’an dernier 1.\n\nLe prix du blé a chuté au printemps 2.\n\nLes stocks restent bas selon l’Insee 3.');
		expect(a.text).not.toMatch(/an 1\.|printemps 2\.|Insee 3\./u);
		expect(a.text).toMatch(/l’an dernier\.\n\nLe prix du blé a chuté au printemps\./u);
		// Scores, leagues and ranks end paragraphs after a little word or a name; two are no run.
		const scores = 'Lens a battu Lille 2 à 1.\n\nLe club évolue en Ligue 1.\n\nReims s’était imposé 3 à 2.\n\nLe match retour aura lieu en mai.';
		expect(dropFootnoteMarks(scores)).toBe(scores);
		const two = 'Au départ, les candidats étaient 1.\n\nPuis les élus furent 2.';
		expect(dropFootnoteMarks(two)).toBe(two);
		const phases = 'Le chantier entre dans la phase 1.\n\nLa ville a voté la phase 2.\n\nLe conseil prépare la phase 3.';
		expect(dropFootnoteMarks(phases)).toBe(phases);
	});

	it('reads a capitals place with its source in brackets, and a town with its country in square brackets, as datelines without a dash', () => {
		expect(readDateline('TBILISI (Caucasus Wire / Tass - 4th March, 2021) The city council approved the budget.')).toBe('TBILISI (Caucasus Wire / Tass - 4th March, 2021) '.length);
		expect(readDateline('OSLO (Reuters) The central bank kept its rate on hold.')).toBe('OSLO (Reuters) '.length);
		expect(readDateline('Lima [Peru], May 3 (ANI): Researchers described a new lizard.')).toBe('Lima [Peru], May 3 (ANI): '.length);
		// Capitals and a gloss in brackets open prose: no source, no day.
		expect(readDateline('NASA (the space agency) Officials said the launch would wait.')).toBe(0);
		expect(readDateline('NATO (founded in 1949) Secretary General Ann Lund said the talks would go on.')).toBe(0);
		expect(readDateline('NATO (founded in April 1949) Secretary General Ann Lund said the talks would go on.')).toBe(0);
		expect(readDateline('UNICEF (report of 12.05.2021) The agency said the talks would go on.')).toBe(0);
		// A source line's day in any order, or a month and its year.
		expect(readDateline('GULU (The Monitor - July 20, 2020) The district council met.')).toBe('GULU (The Monitor - July 20, 2020) '.length);
		expect(readDateline('MUTARE (New Ziana, 14/07/2021) The district council met.')).toBe('MUTARE (New Ziana, 14/07/2021) '.length);
		expect(readDateline('KANO (Daily Post, May 2021) The district council met.')).toBe('KANO (Daily Post, May 2021) '.length);
		const a = ingest('Budget approved\n\nTBILISI (Caucasus Wire / Tass - 4th March, 2021) The city council approved the budget on Thursday, its chairman said.\n\nThe vote was 30 to 5.');
		expect(a.sentences.some((x) => /^The city council approved/u.test(x.text))).toBe(true);
	});

	it('reads a town, its country and a spaced dash opening the lede as a dateline, whatever the lede’s first word', () => {
		const a = ingest('Les palétuviers reculent\n\nSaint-Marc, Haïti — Pêcheurs et chercheurs ont vu disparaître la moitié des palétuviers de la baie en dix ans.\n\nUn plan de reboisement est promis.');
		expect(a.sentences[1].text).toBe('Pêcheurs et chercheurs ont vu disparaître la moitié des palétuviers de la baie en dix ans.');
		expect(readDateline('Port of Spain, Trinidad and Tobago — Jane Ross opened the fair.')).toBe('Port of Spain, Trinidad and Tobago — '.length);
		expect(readDateline('Puerto Madryn, Argentina — Jane Ross opened the whale-watching season on Friday.')).toBe('Puerto Madryn, Argentina — '.length);
		// A comparison opening the lede is no town: "Like Germany, France — …".
		expect(readDateline('Like Germany, France — Europe’s second-largest economy — slipped into recession.')).toBe(0);
		expect(readDateline('Comme la Belgique, France — deuxième économie — a vu sa croissance ralentir.')).toBe(0);
		// A name and a person after the comma is no dateline: the country must be one.
		expect(readDateline('Le maire, Paul Morel — ému — a ouvert la séance.')).toBe(0);
		// A section's brand in capitals before the place is part of the dateline.
		expect(readDateline('PORTS+ À GRANVILLE – La course au large a réuni 45 bateaux.')).toBe('PORTS+ À GRANVILLE – '.length);
	});

	it('reads a date glued to the lede’s first word as a date line', () => {
		const a = ingest('The king is crowned\n\nJuly 4, 2015King Tupou VI, a former diplomat, was crowned in a formal ceremony in the capital.\n\nThousands of people attended.');
		expect(a.sentences[1].text).toBe('King Tupou VI, a former diplomat, was crowned in a formal ceremony in the capital.');
		expect(a.published).toBe('2015-07-04');
		// A year before a lower-case word is no glued line ("2015the" is a typing slip inside prose).
		expect(readDateLine('4 July 2015the king was crowned', 'en').consumed).toBe(0);
	});
});

describe('typing slips every question would copy', () => {
	it('writes superscript ordinals, quotation marks that open a quote, apostrophes and elisions as they should be', () => {
		expect(repairTypography('Du 3 au 1ᵉʳ juin, Mᵐᵉ Roy préside. Le retour de Ines Kane et de Ugo.')).toBe('Du 3 au 1er juin, Mme Roy préside. Le retour d’Ines Kane et d’Ugo.');
		expect(repairTypography('Le ministre Pedro de Almeida parle de l‘enquête (fin mai .).')).toBe('Le ministre Pedro de Almeida parle de l’enquête (fin mai.).');
		// A wire's dash typed as an underscore; one glued to a word, or that ends a line, stays.
		expect(repairTypography('Few would talk to a reporter _ a habit of the old regime. See my_notes for more _\nnext.', true)).toBe('Few would talk to a reporter — a habit of the old regime. See my_notes for more _\nnext.');
		// A little word typed twice; never a title in capitals nor a pronoun or verb said twice.
		expect(repairTypography('Il est arrivé lors de de la cérémonie. Free a favorisé la la baisse des prix.', false)).toBe('Il est arrivé lors de la cérémonie. Free a favorisé la baisse des prix.');
		expect(repairTypography('They met in the the city hall. She had had enough of La La Land.', true)).toBe('They met in the city hall. She had had enough of La La Land.');
		// A particle then a preposition, and a song's "la la la", are no slip.
		expect(repairTypography('He was sworn in in January and will carry on on his own.', true)).toBe('He was sworn in in January and will carry on on his own.');
		expect(repairTypography('Le refrain dit « la la la » trois fois.', false)).toBe('Le refrain dit « la la la » trois fois.');
		// A French headline glued to its standfirst on the first line: the capital preposition opens a paragraph.
		expect(repairTypography('Municipales – Le guide pour bien voter Dans chaque commune, les électeurs choisissent 23 élus. Comment faire ?\n\nLe vote a lieu dimanche.', false)).toBe('Municipales – Le guide pour bien voter\nDans chaque commune, les électeurs choisissent 23 élus. Comment faire ?\n\nLe vote a lieu dimanche.');
		expect(repairTypography('Le maire a été réélu.\n\nIl a parlé de la fête Dans la Rue, prévue en juin.', false)).toBe('Le maire a été réélu.\n\nIl a parlé de la fête Dans la Rue, prévue en juin.');
		// A lede that names a work on the first line stays whole.
		expect(repairTypography('Le réalisateur Paul Ferrand présente Dans la maison à Cannes, où le film est en compétition.\n\nLa projection a lieu mardi.', false)).toBe('Le réalisateur Paul Ferrand présente Dans la maison à Cannes, où le film est en compétition.\n\nLa projection a lieu mardi.');
		// A French sentence opener with its capital after a word, the stop left out.
		expect(repairTypography('Il a gagné la 3e étape de la course C’est sa première victoire. Les eaux Selon la mairie, la plage rouvrira.', false)).toBe('Il a gagné la 3e étape de la course. C’est sa première victoire. Les eaux. Selon la mairie, la plage rouvrira.');
		// Not after the noun of a work it names.
		expect(repairTypography('Il a présenté l’émission C’est pas sorcier pendant dix ans.', false)).toBe('Il a présenté l’émission C’est pas sorcier pendant dix ans.');
		expect(repairTypography('Sales fell.\n” Prices will rise,” he said. She said ”Yes”.')).toBe('Sales fell.\n“Prices will rise,” he said. She said “Yes”.');
		// A closing mark after an open “ stays one, spaces or not.
		expect(repairTypography('“We will win ” He said it twice.')).toBe('“We will win ” He said it twice.');
		// A paper's capitals on a paragraph's first words; an acronym opening one stays.
		expect(repairTypography('PLANS to rebuild the school were approved.\n\nThe plans include a nursery.\n\nFOUR libraries will close.', true)).toBe('Plans to rebuild the school were approved.\n\nThe plans include a nursery.\n\nFour libraries will close.');
		expect(repairTypography('LE MAIRE de Dieppe a voté.\n\nLe budget du maire a été adopté.', false)).toBe('Le maire de Dieppe a voté.\n\nLe budget du maire a été adopté.');
		expect(repairTypography('A BRITISH man was held after a fight.\n\nThe British embassy said a man was held.', true)).toBe('A British man was held after a fight.\n\nThe British embassy said a man was held.');
		for (const kept of ['DOC has identified 69 birds.', 'RBI raises its forecast.', 'NASA said on Monday the launch was delayed.', 'The UN said so.']) expect(repairTypography(kept, true)).toBe(kept);
		// A little word alone in capitals before a name.
		expect(repairTypography('THE Tolo council will vote.\n\nWHEN Tolo police arrived, the shop was empty.', true)).toBe('The Tolo council will vote.\n\nWhen Tolo police arrived, the shop was empty.');
		expect(repairTypography('UN Women said so.\n\nTHEY Might Be Giants played.', true)).toBe('UN Women said so.\n\nTHEY Might Be Giants played.');
		// In a page, once its entities are read.
		expect(ingest('<html><body><h1>Fête</h1><p>La fête aura lieu du 3 au 1&#7497;&#691; juin dans tout le quartier du port, annonce la mairie.</p></body></html>', { lang: 'fr' }).text).toContain('1er juin');
	});

	it('puts back a comma a page spaced off its word and a hyphen spaced off a figure, and writes a paper’s capitals before a name as the text writes the word', () => {
		expect(repairTypography('Le marché, ouvert trois jours durant , a été prolongé le 14- 05- 2024.', false)).toBe('Le marché, ouvert trois jours durant, a été prolongé le 14-05-2024.');
		expect(repairTypography('The bill passed 61- 40 after a 300- metre march; pre- and post-war homes.', true)).toBe('The bill passed 61-40 after a 300-metre march; pre- and post-war homes.');
		// French spacing before other marks stays: « ; », « : », « ! ».
		expect(repairTypography('Il a dit : « Oui ! » ; puis il est parti.', false)).toBe('Il a dit : « Oui ! » ; puis il est parti.');
		// A word in capitals before a name, as the text writes it elsewhere (its plural too); an acronym
		// the text repeats, or a little word, stays.
		expect(repairTypography('MAGISTRATE Ann Holt’s patience ran out on Friday.\n\nThe magistrate fined him.', true)).toBe('Magistrate Ann Holt’s patience ran out on Friday.\n\nThe magistrate fined him.');
		expect(repairTypography('ORKNEY Islands Council has approved the plan.\n\nThe ferries of Orkney will run.', true)).toBe('Orkney Islands Council has approved the plan.\n\nThe ferries of Orkney will run.');
		expect(repairTypography('LOANS of more than £90,000 were approved.\n\nEach loan runs for five years.', true)).toBe('Loans of more than £90,000 were approved.\n\nEach loan runs for five years.');
		expect(repairTypography('POLICE Scotland said 40 officers were hurt, and the police will stay.', true)).toBe('Police Scotland said 40 officers were hurt, and the police will stay.');
		expect(repairTypography('FORMER Labour MP Tom Watts has died. He was a former teacher.', true)).toBe('Former Labour MP Tom Watts has died. He was a former teacher.');
		// (An acronym the text writes again in capitals stays, though a page also capitalises it: "Unicef".)
		for (const kept of ['FIFA President Gianni Infantino said so.\n\nFIFA will vote.', 'WHO Director-General Tedros said who would go.', 'ACT Chief Minister Andrew Barr said they must act quickly.', 'UNICEF Director Ann Lee spoke.\n\nStaff of UNICEF and of the local Unicef office met.']) expect(repairTypography(kept, true)).toBe(kept);
	});
});

describe('sentences a page glued together', () => {
	it('puts back the space a page lost after a full stop, and leaves abbreviations, addresses and names alone', () => {
		expect(repairGluedSentences('La mairie est fermée depuis lundi.Une enquête a été ouverte.')).toBe('La mairie est fermée depuis lundi. Une enquête a été ouverte.');
		expect(repairGluedSentences('“We will win,” she said.Martina Gomez then left the stage.')).toBe('“We will win,” she said. Martina Gomez then left the stage.');
		// After a number too ("in 2011.This year"), never in a decimal, an abbreviation or a rank.
		expect(repairGluedSentences('Exports grew by 4.1 percent in 2019.This year, they fell.')).toBe('Exports grew by 4.1 percent in 2019. This year, they fell.');
		expect(repairGluedSentences('Cases rose in Mindanao.This year the toll is lower.')).toBe('Cases rose in Mindanao. This year the toll is lower.');
		for (const kept of ['at 5 p.m.The band', 'ranked No.1 again', 'a 4.1 rise', 'in St.John’s harbour']) expect(repairGluedSentences(kept)).toBe(kept);
		for (const kept of ['Abidjan.net partout', 'the U.S.Army base', 'M.Dupont', 'écrire à jean.Dupont@mairie.fr', 'voir www.ville.Lyon/fr', 'Node.js et Vite.Config']) expect(repairGluedSentences(kept)).toBe(kept);
		// A closing quotation mark after the full stop, then the next sentence without a space.
		expect(repairGluedSentences('Pour elle, « une peine de prison n’est pas utile. »Le tribunal a tranché.')).toBe('Pour elle, « une peine de prison n’est pas utile. » Le tribunal a tranché.');
		expect(repairGluedSentences('« Elle est là »Ensuite')).toBe('« Elle est là »Ensuite');
		// After a currency's code, and before an elided French opener.
		expect(repairGluedSentences('Le bénéfice atteint 3,1 EUR.Les ventes ont progressé.')).toBe('Le bénéfice atteint 3,1 EUR. Les ventes ont progressé.');
		expect(repairGluedSentences('Les ventes ont progressé.L’année dernière, elles avaient reculé.')).toBe('Les ventes ont progressé. L’année dernière, elles avaient reculé.');
		for (const kept of ['the USA.Today show', 'Booking.Com rose']) expect(repairGluedSentences(kept)).toBe(kept);
		// After an acronym or a name before an opener, elided ones too, and after the CFA franc.
		expect(repairGluedSentences('Le sommet de l’OTAN.Le président est arrivé.')).toBe('Le sommet de l’OTAN. Le président est arrivé.');
		expect(repairGluedSentences('Il vit à Rennes.L’enquête avance.')).toBe('Il vit à Rennes. L’enquête avance.');
		expect(repairGluedSentences('Le ticket coûte 500 FCFA.C’est le double.')).toBe('Le ticket coûte 500 FCFA. C’est le double.');
		// A French ordinal's suffix spaced off its digits joins them again (not a decimal, not in English).
		expect(repairTypography('Il a fêté sa 15 ème édition et fini 2 ème.', false)).toBe('Il a fêté sa 15ème édition et fini 2ème.');
		expect(repairTypography('Le taux vaut 1,5 ère fois.', false)).toBe('Le taux vaut 1,5 ère fois.');
		const a = ingest('Le centre aquatique restera fermé tout l’hiver.La commune cherche un repreneur depuis avril.');
		expect(a.sentences.map((x) => x.text)).toEqual(['Le centre aquatique restera fermé tout l’hiver.', 'La commune cherche un repreneur depuis avril.']);
	});
});
