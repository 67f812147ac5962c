import { describe, it, expect } from 'vitest';
import { howManyPrompt, relationPrompt, datePrompt, durationPrompt, enDefinite, frDefinite, frWithPreposition, personEventPrompt, placePrompt, quotePrompt, trueFalsePrompt } from './templates';

describe('French noun phrases', () => {
	it('picks the article by gender, number and elision', () => {
		expect(frDefinite('signature de l’accord')).toBe('la signature de l’accord');
		expect(frDefinite('entrée en vigueur du traité')).toBe('l’entrée en vigueur du traité');
		expect(frDefinite('sommet de l’OTAN')).toBe('le sommet de l’OTAN');
		expect(frDefinite('traité de paix')).toBe('le traité de paix');
		expect(frDefinite('négociations de paix')).toBe('les négociations de paix');
		expect(frDefinite('La visite du pape')).toBe('la visite du pape');
		// "lancement" and "levée" start with "la"/"le" but have no determiner.
		expect(frDefinite('lancement de la rénovation')).toBe('le lancement de la rénovation');
		expect(frDefinite('levée des sanctions')).toBe('la levée des sanctions');
		// Event nouns no ending tells the gender of.
		expect(frDefinite('fin des travaux')).toBe('la fin des travaux');
		expect(frDefinite('finale du tournoi')).toBe('la finale du tournoi');
		expect(frDefinite('fête de la musique')).toBe('la fête de la musique');
		expect(frDefinite('enquête publique')).toBe('l’enquête publique');
		expect(frDefinite('festival de jazz')).toBe('le festival de jazz');
		expect(frDefinite('chantier du pont')).toBe('le chantier du pont');
		expect(frDefinite('congrès de Tours')).toBe('le congrès de Tours');
	});
	it('contracts prepositions', () => {
		expect(frWithPreposition('à', 'sommet de Genève')).toBe('au sommet de Genève');
		expect(frWithPreposition('de', 'accord')).toBe('de l’accord');
		expect(frWithPreposition('de', 'traité')).toBe('du traité');
		expect(frWithPreposition('à', 'négociations')).toBe('aux négociations');
	});
});

describe('prompts', () => {
	it('words dates by precision and tense', () => {
		expect(datePrompt('fr', 'signature de l’accord', 'day', false)).toBe('À quelle date a eu lieu la signature de l’accord ?');
		expect(datePrompt('fr', 'entrée en vigueur du traité', 'month', false)).toBe('En quel mois a eu lieu l’entrée en vigueur du traité ?');
		expect(datePrompt('fr', 'élection', 'year', false)).toBe('En quelle année a eu lieu l’élection ?');
		// Life dates name the person, with the elision French needs before a vowel.
		expect(datePrompt('fr', 'la mort de Abdou Ndiaye', 'day', false)).toBe('Quelle est la date de la mort d’Abdou Ndiaye ?');
		expect(datePrompt('fr', 'la naissance de Marie Curie', 'year', false)).toBe('Quelle est l’année de naissance de Marie Curie ?');
		expect(datePrompt('fr', 'envoi des troupes', 'month', true)).toBe('Quand a commencé l’envoi des troupes ?');
		expect(datePrompt('fr', 'sommet', 'day', false, true)).toBe('À quelle date aura lieu le sommet ?');
		expect(datePrompt('en', 'signing of the deal', 'day', false)).toBe('On what date was the signing of the deal?');
		expect(datePrompt('en', 'the vote', 'season', false, true)).toBe('When will the vote take place?');
		expect(datePrompt('fr', 'crise financière', 'decade', false)).toBe('Dans quelle décennie a eu lieu la crise financière ?');
		expect(datePrompt('en', 'the boom', 'decade', false)).toBe('In what decade was the boom?');
		expect(datePrompt('fr', 'grève', 'week', false)).toBe('Au cours de quelle semaine a eu lieu la grève ?');
		expect(datePrompt('fr', 'vote', 'week', false, true)).toBe('Au cours de quelle semaine aura lieu le vote ?');
		expect(datePrompt('en', 'the strike', 'week', false)).toBe('In what week was the strike?');
		expect(datePrompt('en', 'the vote', 'week', false, true)).toBe('In what week will the vote take place?');
		expect(datePrompt('en', 'the boom', 'decade', true)).toBe('When did the boom begin?');
		expect(datePrompt('fr', 'chantier', 'decade', false, true)).toBe('Dans quelle décennie aura lieu le chantier ?');
		// A life's dates are asked as people ask them, not as "the birth of" an event.
		expect(datePrompt('en', 'birth of Ada Lovelace', 'year', false)).toBe('In what year was Ada Lovelace born?');
		expect(datePrompt('en', 'the death of Lovelace', 'day', false)).toBe('On what date did Lovelace die?');
		expect(datePrompt('fr', 'naissance de Louise Michel', 'year', false)).toBe('Quelle est l’année de naissance de Louise Michel ?');
		expect(datePrompt('fr', 'décès de Louise Michel', 'day', false)).toBe('Quelle est la date de la mort de Louise Michel ?');
		expect(datePrompt('en', 'the move', 'decade', false, true)).toBe('In what decade will the move take place?');
	});
	it('words places, durations, people, quotes and statements', () => {
		expect(placePrompt('fr', 'signature de l’accord', 'city')).toBe('Dans quelle ville a eu lieu la signature de l’accord ?');
		expect(placePrompt('en', 'summit', 'country')).toBe('In which country did the summit take place?');
		expect(durationPrompt('fr', 'accord de partenariat')).toBe('Quelle est la durée de l’accord de partenariat ?');
		expect(durationPrompt('en', 'duration of the pact')).toBe('What is the duration of the pact?');
		expect(personEventPrompt('fr', 'signature de l’accord', 'le président iranien')).toBe('Quel président iranien a pris part à la signature de l’accord ?');
		expect(personEventPrompt('fr', 'sommet', undefined)).toBe('Qui a pris part au sommet ?');
		expect(quotePrompt('fr', '« Nous avons besoin de moins de bureaucratie »')).toBe('Qui a déclaré : « Nous avons besoin de moins de bureaucratie » ?');
		expect(quotePrompt('en', 'This is a turning point')).toBe('Who said: “This is a turning point”?');
		expect(trueFalsePrompt('fr', 'l’accord contient une clause')).toBe('Vrai ou faux : L’accord contient une clause.');
		// A quoted phrase ending the statement takes the full stop after it; a quoted sentence has its own.
		expect(trueFalsePrompt('fr', 'La crue présentait un danger de « niveau rouge »')).toBe('Vrai ou faux : La crue présentait un danger de « niveau rouge ».');
		expect(trueFalsePrompt('fr', 'Le maire a conclu : « Merci à tous ! »')).toBe('Vrai ou faux : Le maire a conclu : « Merci à tous ! »');
		expect(enDefinite('The vote')).toBe('the vote');
	});
});

describe('questions on a clause’s subject', () => {
	const c = (agent: string, cue: string, aux = '') => ({ agent, cue, aux });
	it('words English objects, decisions, causes, names and compositions', () => {
		expect(relationPrompt('en', 'object', c('the rocket', 'launched'))).toBe('What did the rocket launch?');
		expect(relationPrompt('en', 'object', c('divers', 'discovered', 'have'))).toBe('What have divers discovered?');
		expect(relationPrompt('en', 'decision', c('the council', 'urged the mayor to'))).toBe('What did the council urge the mayor to do?');
		expect(relationPrompt('en', 'decision', c('the club', 'plans to'))).toBe('What does the club plan to do?');
		expect(relationPrompt('en', 'cause', c('the chairman', 'attributed the losses to'))).toBe('To what did the chairman attribute the losses?');
		expect(relationPrompt('en', 'cause', c('prices', 'pushed up by', 'were'))).toBe('What pushed up prices?');
		expect(relationPrompt('en', 'name', c('the new bridge', 'was named'))).toBe('What was the new bridge named?');
		expect(relationPrompt('en', 'composition', c('the crust', 'made of', 'is'))).toBe('What is the crust made of?');
		// A present passive or a schedule has no clean wording.
		expect(relationPrompt('en', 'cause', c('prices', 'pushed up by', 'are'))).toBeNull();
		expect(relationPrompt('en', 'decision', c('the ministry', 'is set to'))).toBeNull();
	});
	it('puts the French subject after the verb', () => {
		expect(relationPrompt('fr', 'object', c('une équipe de géologues', 'a découvert'))).toBe('Qu’a découvert une équipe de géologues ?');
		expect(relationPrompt('fr', 'object', c('l’édit', 'révoque'))).toBe('Que révoque l’édit ?');
		expect(relationPrompt('fr', 'object', c('la commune', 'obtient'))).toBe('Qu’obtient la commune ?');
		expect(relationPrompt('fr', 'decision', c('l’association', 'décidé de', 'a'))).toBe('Qu’a décidé de faire l’association ?');
		expect(relationPrompt('fr', 'effect', c('la crise', 'a conduit à'))).toBe('À quoi a conduit la crise ?');
		// A participle with no auxiliary is no finite verb.
		expect(relationPrompt('fr', 'object', c('le projet', 'lancé'))).toBeNull();
	});
});

describe('how many', () => {
	it('keeps the opening phrase, says "about" for an approximation and elides French "de"', () => {
		expect(howManyPrompt('en', { intro: 'In 2023', approximate: false, noun: 'hikers', predicate: 'were rescued' })).toBe('In 2023, how many hikers were rescued?');
		expect(howManyPrompt('en', { approximate: true, noun: 'stalls', predicate: 'were set up' })).toBe('About how many stalls were set up?');
		expect(howManyPrompt('fr', { approximate: false, noun: 'habitants', predicate: 'ont été évacués' })).toBe('Combien d’habitants ont été évacués ?');
		expect(howManyPrompt('fr', { intro: 'En 2024', approximate: true, noun: 'cas', predicate: 'ont été déclarés' })).toBe('En 2024, environ combien de cas ont été déclarés ?');
		// "16 millions de Français": the count's own "de" is not said twice.
		expect(howManyPrompt('fr', { approximate: false, noun: 'de Français', predicate: 'seront appelés aux urnes' })).toBe('Combien de Français seront appelés aux urnes ?');
		expect(howManyPrompt('fr', { approximate: false, noun: 'd’électeurs', predicate: 'ont voté' })).toBe('Combien d’électeurs ont voté ?');
	});
});

describe('quotePrompt', () => {
	it('leaves out the full stop before the closing mark, and keeps an ellipsis', () => {
		expect(quotePrompt('en', '“This bill will push hospitals to the brink.”')).toBe('Who said: “This bill will push hospitals to the brink”?');
		expect(quotePrompt('fr', '« Nous verrons bien... »')).toBe('Qui a déclaré : « Nous verrons bien... » ?');
	});
});
