// The shape of real pastes: lines inside an article that are not its prose, and a paste cut at a
// length limit. Sentences here are written for the test with the structure seen on real pages.
import { describe, it, expect } from 'vitest';
import { cutOffStart, isCaption, isAwardListEntry, isCrosshead, isLabel, isMarkup, isPageNote, isPromo } from './shape';
import { ingest } from './index';

const LONG =
	'The council voted on Tuesday to close the old library on Mill Street, after a survey found that the roof could no longer be repaired at a reasonable cost.';

describe('lines that are not prose', () => {
	it('takes a blog\'s caption markup, a handed-out picture\'s line and a comment box\'s rules for page furniture', () => {
		expect(isCaption('[caption id="attachment_512" align="alignleft" width="800"]Le port de Cotonou au lever du jour[/caption]')).toBe(true);
		expect(isCaption('Image fournie par l’université de Bergen le 3 mars 2025 de gravures découvertes sur l’île ( UNIVERSITÉ DE BERGEN / Ola Berg )')).toBe(true);
		expect(isCaption('A handout photo provided by the navy shows the wreck on the seabed ( ROYAL NAVY / John Hale )')).toBe(true);
		expect(isCaption('Une photo diffusée par la police montre le suspect dans le métro de Lyon.')).toBe(false);
		expect(isPromo('Votre commentaire apparaîtra après modération par l’équipe du site.')).toBe(true);
		expect(isPromo('Ne vous éloignez pas du sujet de discussion ; les insultes, diffamations, publicités et discriminations de tous genres ne sont pas tolérées. Si vous souhaitez suivre le cours des discussions, fournissez une adresse e-mail valide.')).toBe(true);
		expect(isPromo('Your comment will appear once a moderator has approved it.')).toBe(true);
		// Prose that speaks of an image or of comments stays.
		expect(isCaption('Une image fournie par la police a permis d’identifier le suspect, a indiqué le parquet lundi.')).toBe(false);
		expect(isPromo('Le maire a répondu aux commentaires des habitants lors du conseil.')).toBe(false);
		// A trust badge's link; a sentence asking why to trust someone is prose.
		expect(isPromo('Pourquoi faire confiance à L’Écho du Nord.')).toBe(true);
		expect(isPromo('Why trust the Harbury Gazette?')).toBe(true);
		expect(isPromo('Pourquoi faire confiance à un gouvernement qui a menti, demande l’opposition.')).toBe(false);
		expect(isPromo('Why trust a government that lied about the war?')).toBe(false);
		expect(isPromo('Why Trust Us?')).toBe(true);
		expect(isPromo('Pourquoi faire confiance à L’Écho du Nord ?')).toBe(true);
	});

	it('takes a line closing on "in this … file photo", a verbless "A view of…", and a credit in capitals for captions', () => {
		expect(isCaption('Ann Roy holds her lifetime award at the music gala in Halifax in this March 2, 2004 file photo.', 'en')).toBe(true);
		expect(isCaption('Ann Roy holds her lifetime award at the gala in this March 2, 2004 file photo. Ann Roy has died at 89. THE DAILY WIRE/Tom Hale (The Daily Wire)', 'en')).toBe(true);
		expect(isCaption('A view of the harbour behind the old mill at Port Hood in Nova Scotia.', 'en')).toBe(true);
		expect(isCaption('Vue aérienne du barrage de la Rance au lever du jour.', 'fr')).toBe(true);
		expect(isCaption('A view of the harbour from the mill is what drew the painter to Port Hood.', 'en')).toBe(false);
		expect(isCaption('The mayor kept the photo on her desk for thirty years, her daughter said.', 'en')).toBe(false);
		expect(isCaption('Vue la hausse des prix, le conseil a reporté le vote.', 'fr')).toBe(false);
		// Prose that speaks of an image, a photo or a view.
		expect(isCaption('Voters in this election cycle care about the party’s image, analysts say.', 'en')).toBe(false);
		expect(isCaption('The minister spoke on Monday. Critics say everyone in this image, including her, was paid. The vote is due in May.', 'en')).toBe(false);
		expect(isCaption('The company has invested heavily in a better public image.', 'en')).toBe(false);
		expect(isCaption('Police released a description of the man seen in a photo.', 'en')).toBe(false);
		expect(isCaption('Vue de Lyon, la réforme semble lointaine.', 'fr')).toBe(false);
		expect(isCaption('Vue d’ensemble du chantier de la gare au lever du jour.', 'fr')).toBe(true);
		expect(isCaption('Support for the party in this district fell to 31 per cent in 2021, a blow to its image. The leader said on Monday she would campaign harder.', 'en')).toBe(false);
		expect(isCaption('The two men were seen together in this 2019 photo, the lawyer told the court on Tuesday. The trial goes on.', 'en')).toBe(false);
		expect(isCaption('Smoke rises over the harbour in this still image taken from video.', 'en')).toBe(true);
		expect(isCaption('A general view of the old town in Ljubljana, Slovenia, March 3, 2024.', 'en')).toBe(true);
		expect(isCaption('Vue du barrage au lever du jour.', 'fr')).toBe(true);
		expect(isCaption('Ann Roy holds her award at the gala in Halifax in this Feb. 27, 2006, file photo.', 'en')).toBe(true);
	});

	it('takes an English verbless line naming someone and where, and a wire picture\'s "Picture taken", for captions', () => {
		expect(isCaption('Green party leader Jana Olsen on polling day in Bremen.', 'en')).toBe(true);
		expect(isCaption('Union chief Tom Reyes at the rally in Leeds.', 'en')).toBe(true);
		expect(isCaption('Fishermen mend their nets at Paimpol. Picture taken March 4, 2022.', 'en')).toBe(true);
		// A verb, a past participle, a relative pronoun or a modal makes it prose; so does a second sentence.
		expect(isCaption('Green party leader Jana Olsen spoke on polling day in Bremen.', 'en')).toBe(false);
		expect(isCaption('Union chief Tom Reyes at the rally in Leeds, born in York.', 'en')).toBe(false);
		expect(isCaption('Union chief Tom Reyes at the rally in Leeds who lead the march.', 'en')).toBe(false);
		expect(isCaption('Union chief Tom Reyes at the rally in Leeds must resign.', 'en')).toBe(false);
		expect(isCaption('Party leader Jana Olsen on polling day in Bremen. She lost her seat.', 'en')).toBe(false);
		// A line that names no one is no such caption, whatever its verb; nor is French ("on" is a pronoun).
		expect(isCaption('Voters go to the polls in Germany on Sunday.', 'en')).toBe(false);
		expect(isCaption('Schools reopen in Scotland next week.', 'en')).toBe(false);
		expect(isCaption('England meet New Zealand at the weekend in the final.', 'en')).toBe(false);
		expect(isCaption('Spurs host Aston Villa on the last day of the season.', 'en')).toBe(false);
		expect(isCaption('Chez Paul Martin on mange bien.', 'fr')).toBe(false);
		// "Picture taken" tells a day; prose may say a picture was taken somewhere.
		expect(isCaption('The picture taken by a tourist in March was shown at the trial.', 'en')).toBe(false);
		expect(isCaption('The court saw the photo. Picture taken at the scene by a firefighter shows the car on its roof near Leeds.', 'en')).toBe(false);
	});

	it('recognises captions and credits, not sentences that name an agency', () => {
		expect(isCaption('Le maire devant la nouvelle halle, le 3 mai 2024. AFP')).toBe(true);
		expect(isCaption('Photo : Marc Lenoir / Reuters')).toBe(true);
		// A Swiss agency's caption ends on it after the sentence's stop; prose may name it.
		expect(isCaption('Les ventes du groupe ont reculé de 8 % au premier semestre. (archives) sda')).toBe(true);
		expect(isCaption('Le pont a été fermé lundi, a indiqué la police à Keystone-ATS')).toBe(false);
		expect(isCaption('Credit: Sam Hale for the Tribune')).toBe(true);
		// "Courtesy X" alone on its line credits a picture; a sentence opening on the word does not.
		expect(isCaption('Courtesy Maine State Legislature')).toBe(true);
		expect(isCaption('Courtesy calls were paid to the governor by the new envoys on Monday.')).toBe(false);
		expect(isCaption('Courtesy Calls Mark New Envoy’s First Week in the Capital')).toBe(false);
		expect(isCaption('(Léa Martin, édité par Paul Roy)')).toBe(true);
		expect(isCaption('The minister told AFP that the talks would resume in Geneva next week.')).toBe(false);
		// "(photo)" alone points prose at the page's picture; "(photo: …)", "(photo Reuters)" credit one.
		expect(isCaption('La nouvelle a été donnée par son directeur, Marc Diallo (photo), lors de la rentrée du port, lundi à Dakar.')).toBe(false);
		expect(isCaption('Le maire coupe le ruban de la halle, samedi (photo Marc Lenoir).')).toBe(true);
	});

	it('recognises a vox pop’s line naming who speaks next, never a sentence about someone', () => {
		expect(isCaption('Tom Reyes, 25, an office manager in Tolo, from Mill Lane.')).toBe(true);
		expect(isCaption('Ann Cole of Tolo Hardware.')).toBe(true);
		expect(isCaption('Dave Holt, Holt’s Butchers.')).toBe(true);
		expect(isCaption('Tom Reyes, 25, died on Monday in Tolo.')).toBe(false);
		expect(isCaption('Ann Cole, the club’s coach, said the team was ready.')).toBe(false);
		expect(isCaption('Ann Cole won the race in Tolo.')).toBe(false);
		// A French verb, a modal, two sentences: prose.
		expect(isCaption('Marie Dupont, 45 ans, a été tuée sur le coup.')).toBe(false);
		expect(isCaption('Jean Roux, 52 ans, doit comparaître lundi à Lyon.')).toBe(false);
		expect(isCaption('Mark Smith, 34, of Leeds, must go to jail.')).toBe(false);
		expect(isCaption('Marie Dupont, 45 ans, commerçante. Elle habitait Lyon.')).toBe(false);
	});

	it('recognises a caption credited to a photographer and an agency written in full, only at its end', () => {
		expect(isCaption('The winner lifts the trophy on Sunday evening in Lyon. (Paul Hart/Associated Press)')).toBe(true);
		expect(isCaption('Le maire coupe le ruban, samedi. (Julie Roy/Belga)')).toBe(true);
		expect(isCaption('She trained at the Paris/Bloomberg office before joining the paper in 2019.')).toBe(false);
	});

	it('recognises captions closed by their outlet and photographer, several in a row', () => {
		expect(isCaption('Le défilé dans les rues de Caraquet. – Presse Acadienne: Lise Mallet')).toBe(true);
		const gallery = [
			'Des stands de crêpes attendaient les familles sur la place du marché de Shediac.',
			'Le groupe Marée haute sur la grande scène en fin de soirée, samedi.',
			'La foule devant la scène principale du parc, sous un ciel menaçant.'
		];
		expect(isCaption(gallery.map((c) => `${c} – Presse Acadienne: Lise Mallet`).join(' '))).toBe(true);
		// A dash and a colon in prose are no credit.
		expect(isCaption('Les élus ont voté le budget – Conseil municipal: Marie Dupont s’est abstenue.')).toBe(false);
		for (const prose of ['Le taux de chômage a atteint 5,8 % en mai, selon les données publiées vendredi. – Source : Statistique Canada', 'The winners were named on Sunday night in Los Angeles. – Best Director: Christopher Nolan', 'Le vote a été serré au conseil. — Pour : Marie Dupont'])
			expect(isCaption(prose), prose).toBe(false);
		expect(isCaption(`${gallery.join(' ')} – Presse Acadienne: Lise Mallet ${'Le maire a ensuite remercié les bénévoles. '.repeat(8)}`)).toBe(false);
		// A credit closing a long paragraph is no caption's.
		expect(isCaption(`${'Le maire a ensuite remercié les bénévoles de la fête. '.repeat(7)}– Presse Acadienne: Lise Mallet`)).toBe(false);
	});

	it('takes a skip link, a theme’s site icon and a wire’s note on what its update added for page furniture', () => {
		expect(isPromo('Passer au contenu principal')).toBe(true);
		expect(isPromo('Avant de passer au contenu du texte, le ministre a rappelé que 300 communes étaient concernées.')).toBe(false);
		expect(isPromo('Site icon Harbour Weekly')).toBe(true);
		expect(isPromo('(Updates with minister’s comments in paragraphs 4-5)')).toBe(true);
		expect(isPromo('(Adds details of the vote)')).toBe(true);
		// A sentence in brackets that opens on such a verb is prose.
		expect(isPromo('(Adds to the evidence that the bridge was unsafe.) The inspectors said so.')).toBe(false);
	});

	it('recognises a caption of a few sentences closed by its photo credit, or saying who stands where', () => {
		const two = 'Cranes stand over the new school on the hill above Portree. The council is weighing a second building for the sports ground next spring.';
		expect(isCaption(`${two} (Skye Herald/File)`)).toBe(true);
		expect(isCaption(`${two} (Island Radio: Morag Grant)`)).toBe(true);
		expect(isCaption(`${two} Photo: AP`)).toBe(true);
		expect(isCaption(`${two} (Picture by Ann Vale, 40021)`)).toBe(true);
		expect(isCaption(`${two} (Morag Grant, Island News Agency)`)).toBe(true);
		expect(isCaption(`${two} (Morag Grant, Iain Ross)`)).toBe(false);
		expect(isCaption(`${two} (Morag Grant, The Island Observer).`)).toBe(false);
		expect(isCaption('Des tags sur la façade de la mairie de Vevey. (Image d’illustration)')).toBe(true);
		expect(isCaption('Seals rest on the rocks below the harbour wall (Stock image)')).toBe(true);
		// Where someone stands in the picture.
		expect(isCaption('Harbour Minister Ewan Bell, right, is greeted by the mayor of Portree as he arrives for the opening of the new pier.', 'en')).toBe(true);
		expect(isCaption('Anne Roy, à gauche, reçoit le prix des mains du maire de Namur lors de la cérémonie.', 'fr')).toBe(true);
		expect(isCaption('The vote went to the right, the minister said, and the bill passed.', 'en')).toBe(false);
		expect(isCaption('Les élus de LR, à droite, et du PS, à gauche, ont voté contre le budget de 40 millions d’euros mardi soir.', 'fr')).toBe(false);
		expect(isCaption('Dupont, à droite, serre la main du maire de Namur lors de la cérémonie.', 'fr')).toBe(true);
		expect(isCaption('Ana, left, and her sister sit on the steps of the old school.', 'en')).toBe(true);
		// A credit a page glued to the caption's last word.
		expect(isCaption(`${two} The mayor of Portree, Ewan BellImage: Morag Grant/Island Press/picture desk`)).toBe(true);
		expect(isCaption('Le nouveau pont sur la Meuse à Namur (File photo)')).toBe(true);
		expect(isCaption(`${two} (The picture by Ann Vale won a prize)`)).toBe(false);
		expect(isCaption(`Le nouveau pont a été inauguré samedi. De gauche à droite : Anne Roy, maire de Namur, Paul Lenoir, ministre des Travaux publics, et Marie Dubois, architecte du projet, devant l’ouvrage qui relie les deux rives de la Meuse depuis le mois de mai. (photo : Le Courrier)`)).toBe(true);
		expect(isCaption(`${two} From left: Morag Grant, Iain Ross and Ewan Bell.`)).toBe(true);
		// A source or a note closing a paragraph of prose is no photographer's credit; prose stays prose.
		expect(isCaption(`${two} (Source: Scottish Government)`)).toBe(false);
		expect(isCaption(`${two} (Note: Figures Revised)`)).toBe(false);
		expect(isCaption(two)).toBe(false);
		expect(isCaption('Les élus ont voté de gauche à droite sur ce texte, une première depuis des années au conseil.')).toBe(false);
		expect(isCaption('De gauche à droite, toute la classe politique a condamné mardi l’attaque contre la mairie. Le président a appelé au calme.')).toBe(false);
		// A label and a name in brackets, or a credit word inside a sentence, are no photographer's credit.
		expect(isCaption(`${two} (Buts : Kylian Mbappé)`)).toBe(false);
		expect(isCaption(`${two} (Reporting: Jane Smith)`)).toBe(false);
		expect(isCaption(`${'The photographer spent a year in the valley, where the river had dried up twice. '.repeat(4)}She came back with a single image: a country at peace.`)).toBe(false);
		// A long paragraph of prose with a gallery's credit after it stays prose.
		expect(isCaption(`${'The race ended on Sunday with the last runners crossing the line at the harbour after two days in the hills. '.repeat(6)}(Photos: www.island-news.com)`)).toBe(false);
	});

	it('recognises a sentence of the page about itself inside the story, not the story told', () => {
		expect(isPageNote('Deux jours de concerts sont à suivre sur nos ondes et sur les réseaux sociaux.')).toBe(true);
		expect(isPageNote('Follow the count from every polling station live on our website through the night.')).toBe(true);
		expect(isPageNote('Nous publions ci-dessous le communiqué de la préfecture.')).toBe(true);
		expect(isPageNote('Grimpez avec notre équipe à bord du dernier ferry de la saison.')).toBe(true);
		// The story, a quotation of a station's director, another outlet's site: not the page.
		expect(isPageNote('La préfecture a publié un communiqué mardi soir.')).toBe(false);
		expect(isPageNote('« Nous diffusons chaque match sur nos ondes », explique le directeur de la radio.')).toBe(false);
		expect(isPageNote('The council posted the results on its website through the night.')).toBe(false);
		expect(isPageNote('Nous voulons offrir plus de sport à suivre sur nos antennes, a déclaré le directeur de la chaîne.')).toBe(false);
		expect(isPageNote('‘Follow the results on our website tonight,’ the council said.')).toBe(false);
	});

	it('recognises a caption naming who the picture shows ("X, shown in…", "Y, pictured at…"), not prose that goes on', () => {
		expect(isCaption('Folk singer Ada Lynch, shown in the 2012 documentary A Life in Songs.Ken Dale')).toBe(true);
		expect(isCaption('Councillor Ann Cole, pictured at the parish hall on Monday.')).toBe(true);
		expect(isCaption('The mayor, seen here on Monday, said the budget was tight.')).toBe(false);
		expect(isCaption('The council, shown in a report last year, has lost money every year since 2015.')).toBe(false);
		expect(isCaption('Detectives believe John Smith, seen on CCTV in Leeds, may still be in the city.')).toBe(false);
	});

	it('recognises a caption told in the present tense, with its day or its place, but not prose', () => {
		expect(isCaption('“The Last Harbour” director Mina Osei arrives for the premiere of her film Friday at the Grand Theatre.')).toBe(true);
		expect(isCaption('Supporters celebrate after the final whistle in Kingston.')).toBe(true);
		// The same told in the past, a present tense without a day or a place, two sentences: prose.
		expect(isCaption('Director Mina Osei arrived for the premiere of her film on Friday at the Grand Theatre.')).toBe(false);
		expect(isCaption('The minister speaks for a generation that has never known a stable currency.')).toBe(false);
		expect(isCaption('The mayor arrives at the hall on Friday in Kingston. The council votes on the budget the same evening.')).toBe(false);
		// A wire photo's own words.
		expect(isCaption('In this Jan 25, 2013 file photo, former mayor Paul Ambry leaves federal court in Kingston.')).toBe(true);
		expect(isCaption('Sur cette photo d’archives, l’ancien maire quitte le tribunal de Lyon.')).toBe(true);
		expect(isCaption('In this case, the court found that the mayor had misled the council.')).toBe(false);
		// Who is in the picture and where, without a verb.
		expect(isCaption('Kieran Doyle on the Norton at Ramsey Hairpin during the Senior race on Friday.')).toBe(true);
		expect(isCaption('Ann Cole at the parish hall.')).toBe(true);
		expect(isCaption('Kieran Doyle on Friday won the Senior race at Ramsey.')).toBe(false);
		expect(isCaption('Ann Cole at the time was the only woman on the council.')).toBe(false);
		expect(isCaption('Marie Roy lors de la séance, le conseil a voté le budget.')).toBe(false);
		expect(isCaption('Will Reid on a Honda at Ramsey during the Senior race on Saturday.')).toBe(true);
		// A verb in the present, a headline (no full stop) stay prose.
		expect(isCaption('Marie Dubois during the debate urges caution on borrowing.')).toBe(false);
		expect(isCaption('Emmanuel Roy à Marseille pour présenter son plan')).toBe(false);
		expect(isCaption('Joe Vale at the summit: what to expect')).toBe(false);
		expect(isCaption('FILE - In this March 2 file photo, the mayor leaves court. A spokesman said Monday that jurors had reached a verdict. (AP Photo/Sam Hale, File)')).toBe(true);
	});

	it('recognises a caption behind the photo’s share buttons', () => {
		expect(isCaption('Facebook Twitter Pinterest The winners accept the award for best new act on Sunday night.')).toBe(true);
		expect(isCaption('Facebook and Twitter said on Monday they would remove the posts.')).toBe(false);
	});

	it('recognises crossheads only between paragraphs of prose', () => {
		expect(isCrosshead('A roof beyond repair', LONG)).toBe(true);
		// A deck of fourteen words under the headline, longer than ninety characters, is no prose either.
		expect(isCrosshead('Coopération franco-chilienne : Lagos et Moreau signent plusieurs accords de pêche et de recherche', `${LONG} ${LONG}`)).toBe(true);
		expect(isCrosshead('Que va devenir le bâtiment ?', LONG)).toBe(true);
		expect(isCrosshead('« Nous n’avions pas le choix »', LONG)).toBe(true);
		// A short sentence that ends like one is prose, and a last line has nothing after it.
		expect(isCrosshead('The vote was close.', LONG)).toBe(false);
		expect(isCrosshead('A roof beyond repair', null)).toBe(false);
		expect(isCrosshead('A roof beyond repair', 'Short.')).toBe(false);
	});

	it('recognises table rows, wiki markup, embedded posts and hatnotes', () => {
		expect(isMarkup('Opened | 12 March 1884 |')).toBe(true);
		expect(isMarkup('{{Infobox building|name=Old Mill}}')).toBe(true);
		expect(isMarkup('|access-date=2021-05-02 |website=Town Archive}}')).toBe(true);
		expect(isMarkup('— Jane Roe (@janeroe) March 2, 2024')).toBe(true);
		expect(isMarkup('Great talks today with my colleague @mayorsmith on the new bridge')).toBe(true);
		expect(isMarkup('Pour les articles homonymes, voir Moulin (homonymie).')).toBe(true);
		expect(isMarkup(LONG)).toBe(false);
		expect(isMarkup('She wrote to jane.roe@example.org about the library and its future.')).toBe(false);
	});

	it('recognises promos and site labels', () => {
		expect(isPromo('À suivre en direct sur notre site dès 20 heures')).toBe(true);
		expect(isPromo('Watch the full interview live on our app now')).toBe(true);
		expect(isPromo('This story was originally published by Harbor Voice, a project of the Lakes Foundation.')).toBe(true);
		expect(isPromo('Cet article a été initialement publié sur le site de La Gazette du Nord.')).toBe(true);
		expect(isPromo('Scroll down for video')).toBe(true);
		expect(isPromo('Save 35% when you subscribe to Garden Monthly Magazine!')).toBe(true);
		expect(isPromo('Your web browser is no longer supported. To improve your experience update it here')).toBe(true);
		expect(isPromo('“Update your browser immediately,” the agency warned on Monday.')).toBe(false);
		expect(isPromo('Recevez trois numéros gratuits en vous abonnant à Jardin Mag.')).toBe(true);
		expect(isPromo('Residents save about £40 a year when they recycle, the council said.')).toBe(false);
		// Consumer news about subscriptions is prose: no offer, or someone's words.
		expect(isPromo('The budget is what you pay when you subscribe to a streaming service, the regulator said.')).toBe(false);
		expect(isPromo('Families can save up to £120 a year if you subscribe to a bundle, Ofcom said on Tuesday.')).toBe(false);
		expect(isPromo('Selon l’association, en vous abonnant à une salle de sport, vous vous engagez pour un an.')).toBe(false);
		expect(isPromo('Nous publions le communiqué de la préfecture ci-dessous.')).toBe(true);
		expect(isPromo('We publish the council’s statement below.')).toBe(true);
		expect(isPromo('Nous publions chaque année un rapport sur la qualité de l’eau de la commune.')).toBe(false);
		expect(isPromo('Nous publions le rapport annuel de la commune.')).toBe(false);
		expect(isPromo('The story was first told by her grandmother in 1950.')).toBe(false);
		// The page inviting its reader along is no prose either.
		expect(isPromo('Embarquez avec notre équipe à bord de ce bateau de sauvetage, surnommé le Goéland.')).toBe(true);
		expect(isPromo('Join our crew aboard the lifeboat on its busiest night of the year.')).toBe(true);
		expect(isPromo('Chez nous, les secours arrivent en vingt minutes.')).toBe(false);
		expect(isPromo('Assez de promesses, ont dit les habitants avec nous.')).toBe(false);
		expect(isLabel('Advertisement')).toBe(true);
		expect(isLabel('Shares')).toBe(true);
		expect(isLabel('1 of 3')).toBe(true);
		expect(isLabel('Library')).toBe(false);
	});

	it('finds where a cut-off last sentence starts', () => {
		const p = 'The library opened in 1884. It was extended twice. The last extension was paid for by the';
		expect(p.slice(cutOffStart(p))).toBe('The last extension was paid for by the');
		expect(cutOffStart('The library opened in 1884 and closed in')).toBe(0);
		expect(cutOffStart('The library opened in 1884.')).toBe(-1);
		expect(cutOffStart('« Nous n’avions pas le choix »')).toBe(-1);
		expect(cutOffStart('Read more')).toBe(-1);
	});
});

describe('ingest of a real-looking paste', () => {
	it('cuts a reporter’s signature off the end of a lede (", JANE ABARA reports.")', () => {
		const text = [
			'Parks lose their elephants',
			'Elephants face serious threats and the government has launched a 10-year plan to save them, JANE ABARA reports.',
			'The plan covers the eight national parks, where floods destroyed feeding grounds this year.'
		].join('\n\n');
		const a = ingest(text);
		expect(a.sentences.map((x) => x.text)).toContain('Elephants face serious threats and the government has launched a 10-year plan to save them');
		expect(a.removed.map(([s, e]) => a.text.slice(s, e))).toContain(', JANE ABARA reports.');
	});

	it('leaves out a summary box, its label and its bullets, and keeps the text that tells the story', () => {
		const text = [
			'Council votes to close the old library',
			'What you need to know:',
			'  • The vote signals the council’s resolve to cut costs before the budget.\n  • Councillor Ann Reyes said the building was no longer safe for the public.',
			'The city council voted on Tuesday to close the old library on Mill Street after an inspection found cracks in its roof.',
			'Councillor Ann Reyes said the building had been closed twice for repairs since 2010.'
		].join('\n\n');
		const a = ingest(text);
		const removed = a.removed.map(([s, e]) => a.text.slice(s, e)).join('\n');
		expect(removed).toContain('What you need to know:');
		expect(removed).toContain('The vote signals the council’s resolve');
		expect(a.sentences.map((x) => x.text)).toEqual(expect.arrayContaining(['Councillor Ann Reyes said the building had been closed twice for repairs since 2010.']));
		expect(a.sentences.some((x) => /resolve to cut costs/.test(x.text))).toBe(false);
	});

	const paste = [
		' date 2019-01 The town council of Harbury voted on Monday to close the old library, a decision that surprised many residents.',
		'',
		'Residents gather outside the library, 14 January 2019. Photo: Tom Vale / AFP',
		'',
		'The building, opened in 1884, had been closed twice for repairs since 2010 and needed a new roof within two years.',
		'',
		'A roof beyond repair',
		'',
		'Engineers told the council that repairing the roof would cost about £2 million, more than the town spends on all its libraries in a year.',
		'',
		'The mayor said the books would move to the school. The council will vote again on the site in'
	].join('\n');
	const a = ingest(paste, { lang: 'en' });
	const reasons = a.removed.map(([s, e, why]) => [why, a.text.slice(s, e)]);

	it('reads a date tag as the publication month and keeps it out of the sentences', () => {
		expect(a.published).toBe('2019-01');
		expect(a.sentences[0].text.startsWith('The town council of Harbury')).toBe(true);
	});

	it('reports captions, crossheads and the cut-off end with their reason', () => {
		expect(reasons).toContainEqual(['caption', 'Residents gather outside the library, 14 January 2019. Photo: Tom Vale / AFP']);
		expect(reasons).toContainEqual(['crosshead', 'A roof beyond repair']);
		expect(reasons).toContainEqual(['cut-off', 'The council will vote again on the site in']);
		expect(a.sentences.at(-1)!.text).toBe('The mayor said the books would move to the school.');
	});

	it('reports a first sentence whose drop cap was lost ("’il était…") as cut off, and keeps the rest of its paragraph', () => {
		const b = ingest('Le maire de Vannes condamné\n\nLe tribunal a rendu sa décision mardi.\n\n’il avait su, il ne serait pas venu à l’audience du 3 mars. Il a été condamné à une amende de 500 euros.\n\nL’avocat fera appel.', { lang: 'fr' });
		expect(b.removed.map(([s, e, why]) => [why, b.text.slice(s, e)])).toContainEqual(['cut-off', '’il avait su, il ne serait pas venu à l’audience du 3 mars.']);
		expect(b.sentences.map((x) => x.text)).toContain('Il a été condamné à une amende de 500 euros.');
		expect(b.sentences.some((x) => x.text.startsWith('’'))).toBe(false);
		// (An apostrophe before a capital, or a quotation, opens a sentence whole.)
		const c = ingest('Un titre de page\n\n’Tis the season, the mayor said on Monday. The fair opens on Friday.', { lang: 'en' });
		expect(c.removed.some(([, , why]) => why === 'cut-off')).toBe(false);
	});

	it('removes a long caption printed twice that an agency’s photo credit in square brackets closes, and a caption over its own credited copy', () => {
		const caption = 'Shoppers walk past the market hall after a storm tore off its roof in the Old Quay area of Harbury, Saturday, March 9, 2019. The storm injured 12 people and closed 40 shops, as the council prepared to open the new harbour wall it had built over two years. [AP Photo]';
		const b = ingest(`Harbury council opens harbour wall\n\nHarbury council opened its new harbour wall on Saturday, two years after the work began on the old quay.\n\n${caption}\n${caption}\n\nThe wall cost 8 million pounds, the council said.`, { lang: 'en' });
		expect(b.removed.filter(([, , why]) => why === 'caption').map(([s, e]) => b.text.slice(s, e))).toEqual([caption, caption]);
		const handout = 'Handout picture released by the Museo Regional on May 2, 2019, showing workers lifting the bones of two whales in the province of Tierra Alta. A team of Chilean researchers found the bones of a new species of whale that lived 9 million years ago.';
		const c = ingest(`Fossil whale found in Tierra Alta\n\nResearchers in Chile have found the bones of a whale that lived 9 million years ago, the museum said on Monday.\n\n${handout}\n${handout} Foto:HO / Museo Regional / AFP\n\nThe bones were taken to the museum in the capital.`, { lang: 'en' });
		expect(c.removed.filter(([, , why]) => why === 'caption').length).toBe(2);
		expect(c.sentences.some((x) => x.text.includes('Handout picture'))).toBe(false);
		// A lede a credited caption under it says again stays.
		const lede = 'Rescuers pulled 12 survivors from the rubble of a collapsed building in Harbury on Monday, the governor said.';
		const d = ingest(`Survivors pulled from rubble in Harbury\n\n${lede}\n\n${lede} Photo: Reuters\n\nThe six-storey building collapsed after a blast in the early hours, and the search went on through the night.`, { lang: 'en' });
		expect(d.sentences.some((x) => x.text.startsWith('Rescuers pulled 12 survivors'))).toBe(true);
		// A caption that opens like one goes even before any prose.
		const first = 'Handout picture released by the museum showing the fossil of a whale that lived 9 million years ago.';
		const e = ingest(`Fossil whale found\n\n${first}\n\n${first} Foto:HO / Museo Regional / AFP\n\nResearchers in Chile have found the bones of a whale that lived 9 million years ago, the museum said on Monday, and more digs are planned.`, { lang: 'en' });
		expect(e.sentences.some((x) => x.text.includes('Handout picture'))).toBe(false);
	});

	it('reads two short lines in a row over the prose as two crossheads, never glued to the sentence after them', () => {
		const b = ingest('Le festival de Harbury dévoile son palmarès\n\nLa 12e édition du festival de Harbury se tient jusqu’au 20 mai dans la vieille ville, avec quarante expositions.\n\nFestival de Harbury, 12e rendez-vous du dessin de presse, plus libre que jamais\n\nPrix du public\n\nCe prix de 5 000 euros, offert par la région, récompense le dessin préféré des visiteurs. Il a été remis samedi à Lina Faure pour sa série sur le port, qui montre les dockers au travail pendant la grève de l’hiver dernier.', { lang: 'fr' });
		expect(b.removed.filter(([, , why]) => why === 'crosshead').map(([s, e]) => b.text.slice(s, e))).toEqual(['Festival de Harbury, 12e rendez-vous du dessin de presse, plus libre que jamais', 'Prix du public']);
		expect(b.sentences.some((x) => x.text.startsWith('Ce prix de 5 000 euros'))).toBe(true);
		// A paragraph ending on a bracket ends like a sentence.
		const bracket = ingest('Le festival de Harbury dévoile son palmarès\n\nLa 12e édition du festival de Harbury se tient jusqu’au 20 mai dans la vieille ville (lire aussi notre article)\n\nUn festival engagé\n\nPrix du public\n\nCe prix de 5 000 euros, offert par la région, récompense le dessin préféré des visiteurs. Il a été remis samedi à Lina Faure pour sa série sur le port, qui montre les dockers au travail pendant la grève de l’hiver dernier.', { lang: 'fr' });
		expect(bracket.removed.filter(([, , why]) => why === 'crosshead').map(([s, e]) => bracket.text.slice(s, e))).toEqual(['Un festival engagé', 'Prix du public']);
		// Short lines after a colon are a list's items, not crossheads in a row.
		const list = ingest('Le plan logement\n\nLe gouvernement a présenté mardi son plan pour le logement, attendu depuis des mois par les associations. Voici les principales mesures retenues :\n\nGel des loyers dans le parc social jusqu’en 2026\n\nHausse de 50 euros du chèque énergie\n\nCréation de 10 000 places d’hébergement d’urgence\n\nLe plan sera présenté au Parlement en juin, a précisé la ministre, qui espère un vote avant l’été et un financement dès la rentrée prochaine.', { lang: 'fr' });
		expect(list.removed.filter(([, , why]) => why === 'crosshead').map(([s, e]) => list.text.slice(s, e))).not.toContain('Hausse de 50 euros du chèque énergie');
	});

	it('cuts off only the unfinished sentence when a footnote marker follows the one before', () => {
		const b = ingest('The old mill of Harbury was built in 1820 by a wool merchant.\n\nIt later became the town prison, and was criticised for its cold cells, earning it the nickname the Icebox. [2] By 1901, the last prisoners had been m', { lang: 'en' });
		expect(b.removed.filter(([, , why]) => why === 'cut-off').map(([s, e]) => b.text.slice(s, e))).toEqual(['By 1901, the last prisoners had been m']);
		expect(b.sentences.some((x) => x.text.includes('the nickname the Icebox'))).toBe(true);
	});

	it('never takes the lede for a headline: without one, the body starts at paragraph 2', () => {
		expect(a.title).toBeNull();
		expect(a.sentences[0].paragraph).toBe(2);
	});

	it('takes no widget label after a date tag for the headline', () => {
		const b = ingest(' date 2021-06 Related Articles\n\n12/06/2021\n\nThe town council of Harbury voted on Monday to close the old library.\n\nThe building had been closed twice for repairs since 2010.', { lang: 'en' });
		expect(b.title).toBeNull();
		expect(b.removed.some(([s, e, why]) => why === 'boilerplate' && b.text.slice(s, e) === 'Related Articles')).toBe(true);
		expect(b.sentences[0].text.startsWith('The town council')).toBe(true);
	});

	it('takes the line over the headline for the site’s banner when the prose shares none of its words', () => {
		const story = ['Council votes to close four village libraries', 'Four libraries in the county are set to close as part of a shake-up of the service, the council said on Tuesday.', 'The cabinet approved the plan after a consultation that drew 2,000 replies.'];
		// (A logo is a banner even when the prose shares its words: "County Chronicle Logo".)
		for (const banner of ['Harbury Evening Gazette', 'County Chronicle Logo', 'Your Weekly News on the Go']) {
			const a = ingest([banner, ...story].join('\n\n'), { lang: 'en' });
			expect(a.title, banner).toBe('Council votes to close four village libraries');
			expect(a.sentences.some((x) => x.text.includes(banner)), banner).toBe(false);
		}
		// A headline the prose echoes over a standfirst that shares its words stays the headline.
		const kept = ingest(['Four village libraries set to close', 'Council votes to close four village libraries', ...story.slice(1)].join('\n\n'), { lang: 'en' });
		expect(kept.title).toBe('Four village libraries set to close');
		const two = ingest(['Village libraries: the end of an era', ...story].join('\n\n'), { lang: 'en' });
		expect(two.title).toBe('Village libraries: the end of an era');
		// A headline in words of its own, not a name in capitals, over a standfirst stays the headline.
		const own = ingest(['When the reading stops for good', ...story].join('\n\n'), { lang: 'en' });
		expect(own.title).toBe('When the reading stops for good');
		// A logo and a section label one after the other both go (above a headline too long for a menu's line).
		const long = 'Council votes to close four village libraries after a long and bitter consultation';
		const both = ingest(['Harbury Chronicle Logo', 'Local Pages', long, ...story.slice(1)].join('\n\n'), { lang: 'en' });
		expect(both.title).toBe(long);
	});

	it('keeps a short headline over a standfirst without a full stop', () => {
		const a = ingest('Budget 2025 adopté\n\nLe conseil communal vote le budget de la ville après trois heures de débat\n\nLe conseil communal a adopté lundi soir le budget 2025, qui prévoit 12 millions d’euros pour les écoles.\n\nL’opposition a voté contre.', { lang: 'fr' });
		expect(a.title).toBe('Budget 2025 adopté');
	});

	it('keeps the headline over a bulleted summary, and leaves out a "(file photo)" caption and a hidden address', () => {
		const a = ingest(
			[
				'Harbury’s Farmers Threatened By Long Drought',
				'Cracked fields near the river (file photo)',
				'- Water shortage hits the dairy farms\n\n- Council races to bring water by truck',
				'This email address is being protected from spambots. You need JavaScript enabled to view it.',
				'A long drought, which has affected the whole county since May, is threatening the dairy farms of Harbury as the river runs dry.',
				'The council said on Monday that trucks would bring water to 40 farms from next week.'
			].join('\n\n'),
			{ lang: 'en' }
		);
		expect(a.title).toBe('Harbury’s Farmers Threatened By Long Drought');
		const removed = a.removed.map(([s, e, r]) => `${r}:${a.text.slice(s, e)}`).join('\n');
		expect(removed).toContain('caption:Cracked fields near the river (file photo)');
		expect(a.sentences.some((x) => /spambots|JavaScript/.test(x.text))).toBe(false);
	});

	it('reads a bulleted menu above the text as a menu, a bulleted summary under a headline as none', () => {
		const menu = ingest('- Home\n- News\n- Sport\n\nThe town council of Harbury voted on Monday to close the old library on Mill Street.\n\nThe building had been closed twice since 2010.', { lang: 'en' });
		expect(menu.title).toBeNull();
		expect(menu.sentences.some((x) => /Home|Sport/.test(x.text))).toBe(false);
	});

	it('takes the headline, not its copy behind the site’s breadcrumb', () => {
		const a = ingest('Out with the old, in with the new\n\nHome Front Page News Out with the old, in with the new\n\nJonas Amutenya \n\nWINDHOEK – A split in the ruling party has seen it win the parliamentary elections, but it did not keep the majority it won five years ago with the old guard.\n\nThe results were announced on Saturday by the electoral commission in the new hall.', { lang: 'en' });
		expect(a.title).toBe('Out with the old, in with the new');
		expect(a.sentences.some((x) => x.text.includes('Front Page'))).toBe(false);
	});

	it('reads a breadcrumb and a dateline alone on its line as no headline', () => {
		const story = 'Council votes to close four village libraries\n\nFour libraries in the county are set to close as part of a shake-up of the service, the council said on Tuesday.\n\nThe cabinet approved the plan after a consultation that drew 2,000 replies.';
		expect(ingest(`You are here: HomeNews2024 05 02Article 12345\n\n${story}`, { lang: 'en' }).title).toBe('Council votes to close four village libraries');
		const dated = ingest('Nairobi, November 30\n\nFour libraries in the county are set to close as part of a shake-up of the service, the council said on Tuesday.\n\nThe cabinet approved the plan after a consultation that drew 2,000 replies.', { lang: 'en' });
		expect(dated.title).toBeNull();
		expect(dated.sentences.some((x) => x.text.includes('November 30'))).toBe(false);
		// A headline with a day is no dateline: its words are not a known place.
		for (const headline of ['Paris Marathon, April 6', 'Fête de la musique, 21 juin']) {
			const a = ingest(`${headline}\n\nThe race drew 50,000 runners through the city on Sunday morning, organisers said.\n\nThe winner finished in just over two hours.`, { lang: 'en' });
			expect(a.title, headline).toBe(headline);
		}
	});

	it('takes a run of short labels above the text for a menu, not a headline', () => {
		const b = ingest('Archive record\nKind of entity\nAuthorised form of the name\nDates of existence\nHistory\n\nAda Lovelace was born in London in 1815. She worked with Charles Babbage on his engine from 1833.', { lang: 'en' });
		expect(b.title).toBeNull();
		expect(b.sentences[0].text.startsWith('Ada Lovelace')).toBe(true);
		// A headline over its standfirst and text stays the headline.
		const c = ingest('Library to close in March\n\nThe town council of Harbury voted on Monday to close the old library.\n\nThe building had been closed twice since 2010.', { lang: 'en' });
		expect(c.title).toBe('Library to close in March');
	});

	it('reads a date and a place glued before the lede as a dateline', () => {
		const b = ingest('Coopération : deux présidents signent des accords\nVendredi 15 mars 2013.Abidjan. Plusieurs accords de coopération ont été signés par les présidents Paul Marin et Léo Diaz.\nLe président Diaz quitte Abidjan ce samedi.', { lang: 'fr' });
		expect(b.sentences.map((s) => s.text)).toContain('Plusieurs accords de coopération ont été signés par les présidents Paul Marin et Léo Diaz.');
		expect(b.sentences.some((s) => /Abidjan\.$|2013\./.test(s.text))).toBe(false);
	});

	it('keeps the first of two copies of a paragraph out', () => {
		const twice = `${LONG}\n\nThe library will close in March.\n\n${LONG}`;
		const b = ingest(twice, { lang: 'en' });
		expect(b.removed.some(([s, e, why]) => why === 'repeat' && b.text.slice(s, e) === LONG && s === 0)).toBe(true);
	});

	it('keeps out a teaser or a caption above the text that a later paragraph says again in other words', () => {
		const teaser = 'Lena Markov has also won 14 races in 22 starts this season, with a best time of 2:21:04.';
		const body = 'Lena Markov won the Harbury marathon on Sunday.\n\nMarkov, 27, has won 14 races in 22 starts this season with a best time of 2:21:04, her coach Lena Ivanova said.\n\nShe will race in Berlin next.';
		const b = ingest(`${teaser}\n\n${body}`, { lang: 'en' });
		expect(b.removed.some(([s, e, why]) => why === 'repeat' && b.text.slice(s, e) === teaser)).toBe(true);
		// A lede whose facts come back in part stays.
		const lede = 'The council approved the new Harbury library on Monday, at a cost of 4 million pounds.';
		const kept = ingest(`${lede}\n\nThe library will open in 2026, the council said, and will cost 4 million pounds.\n\nWork starts in May.`, { lang: 'en' });
		expect(kept.removed.some(([, , why]) => why === 'repeat')).toBe(false);
	});

	it('takes a headline printed twice under a banner and around the date lines', () => {
		const page = [
			'⏳ Dernière chance ! Jusqu’à 50 % de réduction sur votre abonnement, PROFITEZ-EN',
			'Le festival de Lorient accueille la Galice',
			'Publié le 02/08/2024 10:15',
			'Le festival de Lorient accueille la Galice',
			'LORIENT (AFP) - Le festival interceltique de Lorient s’est ouvert vendredi avec la Galice comme invitée d’honneur, devant 40 000 spectateurs.',
			'Les organisateurs attendent 800 000 visiteurs en dix jours, selon la mairie.'
		].join('\n\n');
		const g = ingest(page, { lang: 'fr' });
		expect(g.title).toBe('Le festival de Lorient accueille la Galice');
		expect(g.sentences.some((x) => x.text.startsWith('Le festival de Lorient accueille'))).toBe(false);
	});

	it('cuts a credit glued to the end of the last paragraph, not a sentence about reporting', () => {
		const d = ingest(`Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque, après une expertise qui jugeait la toiture irréparable à un coût raisonnable.\n\nLa mairie promet une réponse avant l’été, mais la confiance des habitants du quartier, déjà inquiets pour leur école, en sort aussi fragilisée. TF1 | Reportage L. Ferrand, N. Gaudin`, { lang: 'fr' });
		expect(d.sentences.at(-1)!.text).toBe('La mairie promet une réponse avant l’été, mais la confiance des habitants du quartier, déjà inquiets pour leur école, en sort aussi fragilisée.');
		expect(d.removed.some(([s, e, why]) => why === 'caption' && d.text.slice(s, e).startsWith('TF1 | Reportage'))).toBe(true);
		const e = ingest(`${LONG}\n\nThe reporting by local papers, which had followed the story for months, forced the council to publish the survey in full.`, { lang: 'en' });
		expect(e.sentences.at(-1)!.text).toBe('The reporting by local papers, which had followed the story for months, forced the council to publish the survey in full.');
	});

	it('takes an unfinished paragraph between two of prose for a caption, not a wrapped line, a list item or a long sentence missing its full stop', () => {
		const page = [
			'New library for Harbury',
			'The council of Harbury voted on Thursday to open a new library on Mill Street, after two years of debate over the cost of the old building.',
			'Mayor Ann Cole cuts the ribbon at the new library. On Friday she welcomed the first 40 pupils',
			'The building had been closed twice for repairs since 2010, and the roof needed replacing within two years, the council said in its report.',
			'- The library will open six days a week from next month',
			'The council said the new building would cost less to heat than the old one, which had been built in the 1920s and never insulated.',
			'Speaking to reporters at the opening on Friday, the head of the county education board and former teacher at the village school Paul Ambry said the council had promised a second library within five years for the northern villages and farms of the county',
			'He added that the county would pay for half of the new building, and the village for the rest, through a loan over twenty years.'
		].join('\n\n');
		const c = ingest(page, { lang: 'en' });
		expect(c.removed.some(([s, e, why]) => why === 'caption' && c.text.slice(s, e).startsWith('Mayor Ann Cole cuts the ribbon'))).toBe(true);
		expect(c.sentences.some((x) => x.text.includes('first 40 pupils'))).toBe(false);
		expect(c.sentences.some((x) => x.text.includes('open six days a week'))).toBe(true);
		expect(c.sentences.some((x) => x.text.includes('a second library within five years'))).toBe(true);
	});

	it('reads a dated agency dateline as metadata', () => {
		const c = ingest(`March 4 (UPI) -- ${LONG}\n\nThe library will close in March.`, { lang: 'en' });
		expect(c.sentences[0].text.startsWith('The council voted')).toBe(true);
		const bars = ingest(` date 2023-12 Lyon, France | AFP | mardi 12/12/2023 - La start-up lyonnaise a annoncé mardi avoir levé 40 millions d'euros auprès de fonds européens.\n\nElle compte doubler ses effectifs.`, { lang: 'fr' });
		expect(bars.sentences.some((x) => x.text.startsWith('La start-up lyonnaise a annoncé mardi'))).toBe(true);
		expect(bars.sentences.some((x) => /AFP/.test(x.text))).toBe(false);
	});
});

describe('wire copy wrapped at a fixed width', () => {
	it('joins a line that stops open to the next, whatever its first letter', () => {
		const wire = [
			'Former Senator Paul Harlow, who served in the Senate for',
			'more than 12 years, was sentenced on Monday to eight years in',
			'federal prison for a series of frauds that enriched his',
			'campaign and his family, U.S.',
			'prosecutors said.',
			'Harlow, 64, represented the district from 1999 until his',
			'resignation last spring after a jury found him guilty on',
			'twelve counts of fraud and bribery in a federal court.'
		].join('\n');
		const a = ingest(wire, { lang: 'en' });
		expect(a.sentences.map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
			'Former Senator Paul Harlow, who served in the Senate for more than 12 years, was sentenced on Monday to eight years in federal prison for a series of frauds that enriched his campaign and his family, U.S. prosecutors said.',
			'Harlow, 64, represented the district from 1999 until his resignation last spring after a jury found him guilty on twelve counts of fraud and bribery in a federal court.'
		]);
	});
});

describe('isAwardListEntry: a line of a list of prizes or credits', () => {
	it('reads a label, a colon and a work with its countries or its release tag', () => {
		expect(isAwardListEntry('Grand prix du jury : La Rivière haute de Marta Solis (Chili/Espagne)')).toBe(true);
		expect(isAwardListEntry('Prix du public : Les Heures claires de Jonas Brevik (Norvège/Danemark) [Zeta Distribution, 14/10]')).toBe(true);
		expect(isAwardListEntry('Best Actress: Ana Vidal for Low Tide (Portugal / Brazil)')).toBe(true);
		// A title in quotation marks, a country in capitals beside a named one.
		expect(isAwardListEntry('Palme d’or : « Les Heures claires » de Jonas Brevik (Norvège/Danemark)')).toBe(true);
		expect(isAwardListEntry('Best Actor: Tom Reid for "Salt" (UK/Ireland)')).toBe(true);
		// Prose with a colon and a country in parentheses, or a sentence that ends, is no entry.
		expect(isAwardListEntry('Le jury a tranché : le film de Marta Solis (Chili) repart avec le grand prix.')).toBe(false);
		expect(isAwardListEntry('Le bilan : 12 films de 9 pays (Chili, Espagne, Norvège) ont été projetés')).toBe(false);
		// A party's letters, a quotation after the colon: prose.
		expect(isAwardListEntry('Le maire sortant, Paul Roy (PS/PCF), a réagi dimanche soir : « Nous ferons appel de cette décision. »')).toBe(false);
		expect(isAwardListEntry('Le député Jean Roy (LR/UDI) a réagi : « Nous ferons appel »')).toBe(false);
		expect(isAwardListEntry('The MP, Jane Doe (Labour/Co-op), said: "We will appeal"')).toBe(false);
		expect(isAwardListEntry('His verdict: "We will reopen 12 libraries in Bradford by June" (Labour/Co-op)')).toBe(false);
		expect(isAwardListEntry('Résultats : Jean Roy (PS/Verts) 34 %')).toBe(false);
	});

	it('leaves the list out of the prose and its questions', () => {
		const a = ingest('Le festival a remis ses prix samedi soir devant 3 000 spectateurs, après dix jours de projections en plein air.\n\nGrand prix du jury : La Rivière haute de Marta Solis (Chili/Espagne)\n\nPrix du public : Les Heures claires de Jonas Brevik (Norvège/Danemark) [Zeta Distribution, 14/10]\n\nLa directrice du festival a salué une édition record, avec une fréquentation en hausse de 12 % par rapport à l’an dernier.', { lang: 'fr' });
		expect(a.removed.filter((r) => r[2] === 'list')).toHaveLength(2);
		expect(a.sentences.some((s) => s.text.includes('Marta Solis'))).toBe(false);
	});
});
