// Grammatical question wording in French and English from a fact's event (a noun phrase), role,
// place kind and precision. Each builder returns null when it cannot word a clean question, so
// the generator falls back on a cloze of the sentence rather than a clumsy prompt.
import type { DatePrecision, Fact, Lang } from '../types';
import { balanceQuotes } from '../text/quote-marks';
import { elides } from '../text/lexicon';

// A whole word ("lancement" does not start with "la"), or an elided article.
const FR_DETERMINER = /^(?:(?:le|la|les|un|une|des|du|de la|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+|(?:de )?l['’]\s*)/i;
const EN_DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their)\s+/i;

// Event and role head nouns whose gender the suffix rules get wrong, or that are frequent.
const FR_MASCULINE = new Set([
	'accord', 'traité', 'sommet', 'envoi', 'retour', 'départ', 'lancement', 'début', 'vote', 'décès',
	'transfert', 'renversement', 'refuge', 'conflit', 'scrutin', 'discours', 'procès', 'attentat',
	'séisme', 'comité', 'lycée', 'musée', 'été', 'incendie', 'entretien', 'échange', 'appel', 'rapport',
	'projet', 'plan', 'budget', 'contrat', 'voyage', 'déplacement', 'passage', 'mariage', 'meurtre',
	'exercice', 'président', 'ministre', 'dirigeant', 'chef', 'premier', 'secrétaire', 'porte-parole',
	'groupe', 'journal', 'quotidien', 'site', 'média', 'parti', 'ministère', 'gouvernement', 'conseil',
	'tribunal', 'cessez-le-feu', 'référendum', 'siège', 'massacre', 'bombardement', 'changement',
	'investissement', 'achat', 'rachat', 'licenciement', 'recrutement', 'arrêt', 'rejet', 'soutien',
	'dictateur', 'diplomate', 'juge', 'maire', 'député', 'sénateur', 'ambassadeur', 'porte-avions'
]);
const FR_FEMININE = new Set([
	'fuite', 'visite', 'guerre', 'loi', 'paix', 'mort', 'attaque', 'offensive', 'rencontre', 'crise',
	'chute', 'annonce', 'vente', 'frappe', 'victoire', 'défaite', 'hausse', 'baisse', 'grève', 'sortie',
	'arrivée', 'mise', 'prise', 'naissance', 'campagne', 'course', 'découverte', 'cérémonie', 'agence',
	'entreprise', 'société', 'banque', 'organisation', 'armée', 'chaîne', 'radio', 'télévision',
	'compagnie', 'firme', 'fondation', 'université', 'école', 'commission', 'cour', 'assemblée',
	'présidente', 'ministre-présidente', 'dirigeante', 'cheffe', 'première', 'reine', 'princesse',
	'entrée', 'saison', 'livraison', 'signature', 'réforme', 'trêve', 'élection', 'réunion',
	'fin', 'finale', 'fête', 'foire', 'nuit', 'messe', 'marche', 'phase', 'étape', 'vague', 'coupe',
	'enquête', 'tempête', 'panne', 'semaine', 'tournée', 'session', 'séance'
]);
const FR_PLURAL_INVARIANT = /(?:mois|pays|fois|processus|discours|cours|accès|succès|refus|recours|procès|décès|temps|corps|choix|prix|poids|bras|repas|congrès|progrès)$/;

function firstWord(np: string): string {
	return (np.trim().split(/[\s’']/)[0] ?? '').toLowerCase();
}

export function frIsFeminine(noun: string): boolean {
	const w = noun.toLowerCase();
	if (FR_MASCULINE.has(w)) return false;
	if (FR_FEMININE.has(w)) return true;
	return /(?:tion|sion|xion|ure|ée|té|ance|ence|ise|ade|ette|elle|ie|ine|ière|esse|ude|ique|aison|trice|euse|ienne|ante|ente)$/.test(w);
}

function frIsPlural(noun: string): boolean {
	const w = noun.toLowerCase();
	return /[sx]$/.test(w) && !FR_PLURAL_INVARIANT.test(w);
}


/** "signature de l'accord" → "la signature de l'accord"; keeps a determiner already there. */
export function frDefinite(np: string): string {
	const t = np.trim();
	if (FR_DETERMINER.test(t)) return t.charAt(0).toLowerCase() + t.slice(1);
	const w = firstWord(t);
	if (frIsPlural(w)) return `les ${t}`;
	if (elides(w)) return `l’${t}`;
	return `${frIsFeminine(w) ? 'la' : 'le'} ${t}`;
}

/** French preposition + definite noun phrase with the contractions (de le → du, à les → aux). */
export function frWithPreposition(prep: 'de' | 'à', np: string): string {
	const d = frDefinite(np);
	if (/^le\s/.test(d)) return (prep === 'de' ? 'du ' : 'au ') + d.slice(3);
	if (/^les\s/.test(d)) return (prep === 'de' ? 'des ' : 'aux ') + d.slice(4);
	if (prep === 'de' && /^(?:l’|l')/.test(d)) return `de ${d}`;
	return `${prep} ${d}`;
}

export function enDefinite(np: string): string {
	const t = np.trim();
	if (EN_DETERMINER.test(t)) return t.replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase());
	return `the ${t}`;
}

export function capitalize(s: string): string {
	return s.replace(/^(\s*[«“"(]?\s*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Strips a leading determiner ("le président iranien" → "président iranien"). */
export function bareNoun(np: string, lang: Lang): string {
	return np.trim().replace(lang === 'fr' ? FR_DETERMINER : EN_DETERMINER, '');
}

// How a date question opens, by precision; other precisions (season) ask "when".
const DATE_ASK: Record<Lang, Partial<Record<DatePrecision, string>>> = {
	fr: {
		day: 'À quelle date',
		time: 'À quelle date',
		month: 'En quel mois',
		year: 'En quelle année',
		week: 'Au cours de quelle semaine',
		decade: 'Dans quelle décennie'
	},
	en: {
		day: 'On what date',
		time: 'On what date',
		month: 'In what month',
		year: 'In what year',
		week: 'In what week',
		decade: 'In what decade'
	}
};

/** After the article's date (`future`) the event is planned, not past; `since` asks when it began. */
export function datePrompt(lang: Lang, event: string, precision: DatePrecision | undefined, since: boolean, future = false): string {
	const ask = precision ? DATE_ASK[lang][precision] : undefined;
	// "the birth of Florence Nightingale" → "In what year was Florence Nightingale born?",
	// "la naissance de Marie Curie" → "Quelle est l’année de naissance de Marie Curie ?".
	const life = lang === 'fr'
		? /^(?:la\s+)?(naissance|mort|décès)\s+(?:de\s+|d['’])(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u.exec(event.trim())
		: /^(?:the\s+)?(birth|death)\s+of\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u.exec(event.trim());
	if (life && !future && (precision === 'year' || precision === 'day')) {
		const [, what, who] = life;
		if (lang === 'fr') {
			// "de Abdoul Mbaye" elides: "d’Abdoul Mbaye".
			const ofWho = elides(who) ? `d’${who}` : `de ${who}`;
			const of = what === 'naissance' ? `de naissance ${ofWho}` : `de la mort ${ofWho}`;
			return precision === 'year' ? `Quelle est l’année ${of} ?` : `Quelle est la date ${of} ?`;
		}
		const verb = what === 'birth' ? `was ${who} born` : `did ${who} die`;
		return `${precision === 'year' ? 'In what year' : 'On what date'} ${verb}?`;
	}
	if (lang === 'fr') {
		const np = frDefinite(event);
		if (since && !future) return `Quand a commencé ${np} ?`;
		return `${ask ?? 'Quand'} ${future ? 'aura' : 'a eu'} lieu ${np} ?`;
	}
	const np = enDefinite(event);
	if (since && !future) return `When did ${np} begin?`;
	// "In what year was the birth of Florence Nightingale?" reads better than "did … take place".
	return future ? `${ask ?? 'When'} will ${np} take place?` : `${ask ?? 'When'} was ${np}?`;
}

export function durationPrompt(lang: Lang, thing: string): string {
	if (lang === 'fr') {
		if (/^dur[ée]e\s/i.test(thing)) return `Quelle est ${frDefinite(thing)} ?`;
		return `Quelle est la durée ${frWithPreposition('de', thing)} ?`;
	}
	if (/^duration\s/i.test(thing)) return `What is ${enDefinite(thing)}?`;
	return `How long is ${enDefinite(thing)} meant to last?`;
}

/**
 * "In 2023, how many hikers were rescued by the crew?", "Environ combien de patients ont été
 * hospitalisés ?": a count that was its sentence's subject, asked with the rest of the sentence.
 */
export function howManyPrompt(lang: Lang, p: { intro?: string; approximate: boolean; noun: string; predicate: string }): string {
	// "16 millions de Français": the noun keeps no "de" of its own.
	if (lang === 'fr') p = { ...p, noun: p.noun.replace(/^(?:de[\s\u00a0]+|d['’])/iu, '') };
	const head =
		lang === 'fr'
			? `${p.approximate ? 'Environ combien' : 'Combien'} ${elides(p.noun) ? 'd’' : 'de '}${p.noun} ${p.predicate} ?`
			: `${p.approximate ? 'About how' : 'How'} many ${p.noun} ${p.predicate}?`;
	return p.intro ? `${p.intro}, ${head.charAt(0).toLowerCase()}${head.slice(1)}` : head;
}

/** Where an event took place, or will (`future`: the sentence says it is to come). */
export function placePrompt(lang: Lang, event: string, kind: Fact['placeKind'], future = false): string {
	if (lang === 'fr') {
		const np = frDefinite(event);
		const verb = future ? 'aura lieu' : 'a eu lieu';
		if (kind === 'city') return `Dans quelle ville ${verb} ${np} ?`;
		if (kind === 'country') return `Dans quel pays ${verb} ${np} ?`;
		return `Où ${verb} ${np} ?`;
	}
	const np = enDefinite(event);
	const verb = future ? 'will' : 'did';
	if (kind === 'city') return `In which city ${verb} ${np} take place?`;
	if (kind === 'country') return `In which country ${verb} ${np} take place?`;
	return `Where ${verb} ${np} take place?`;
}

/** "Quel président iranien a pris part à la signature … ?" / "Who took part in …?" */
export function personEventPrompt(lang: Lang, event: string, role: string | undefined): string {
	if (lang === 'fr') {
		const target = frWithPreposition('à', event);
		if (role) {
			const r = bareNoun(role, 'fr');
			return `${frIsFeminine(firstWord(r)) ? 'Quelle' : 'Quel'} ${r} a pris part ${target} ?`;
		}
		return `Qui a pris part ${target} ?`;
	}
	const target = enDefinite(event);
	if (role) return `Which ${bareNoun(role, 'en')} took part in ${target}?`;
	return `Who took part in ${target}?`;
}

export function rolePrompt(lang: Lang, person: string): string {
	return lang === 'fr' ? `Qui est ${person}, d’après l’article ?` : `Who is ${person}, according to the article?`;
}

/** "Quel est le poste d’Antoine Dupont dans l’équipe ?": a player's position, one word a reader can type. */
export function positionPrompt(lang: Lang, person: string): string {
	if (lang === 'en') return `What is ${person}’s position in the team?`;
	return `Quel est le poste ${elides(person) ? `d’${person}` : `de ${person}`} dans l’équipe ?`;
}

export function quotePrompt(lang: Lang, quote: string): string {
	// The quote as a statement: no marks, no comma left over from "« … », a-t-il dit", and no full
	// stop before the closing mark ("…brink.”?" was read as a typo; an ellipsis stays).
	const q = quote.trim().replace(/^[«“"\s]+|[»”"\s]+$/g, '').replace(/[\s,;:]+$/, '').replace(/(?<![.])\.$/, '');
	return lang === 'fr' ? `Qui a déclaré : « ${q} » ?` : `Who said: “${q}”?`;
}

export function trueFalsePrompt(lang: Lang, statement: string): string {
	let s = capitalize(statement.trim());
	// ("… de « portée mondiale »." takes its full stop; "… « Bravo ! »" has one inside its quotation.)
	if (!/[.!?…]$/.test(s) && !/[.!?…][\s\u00a0\u202f]*[»”]$/u.test(s)) s += '.';
	s = balanceQuotes(s);
	return lang === 'fr' ? `Vrai ou faux : ${s}` : `True or false: ${s}`;
}

export function trueFalseLabels(lang: Lang): [string, string] {
	return lang === 'fr' ? ['Vrai', 'Faux'] : ['True', 'False'];
}

export function clozePrefix(lang: Lang): string {
	return lang === 'fr' ? 'Complétez : ' : 'Fill in the blank: ';
}

export function orderPrompt(lang: Lang): string {
	return lang === 'fr'
		? 'Remettez ces événements dans l’ordre chronologique (du plus ancien au plus récent).'
		: 'Put these events in chronological order (earliest first).';
}

// ---- what a clause says of its subject: "What did the council decide to do?" -------------------

// English cue verbs: the past form as the cue writes it → the base form a "did" question takes. The
// cues themselves are in extract/relations.ts: a verb added there without its base form here gets
// no worded question (relationPrompt returns null), only its blank.
const EN_BASE: Record<string, string> = {
	demanded: 'demand', announced: 'announce', unveiled: 'unveil', discovered: 'discover', found: 'find',
	launched: 'launch', signed: 'sign', approved: 'approve', passed: 'pass', denied: 'deny', rejected: 'reject',
	adopted: 'adopt', won: 'win', introduced: 'introduce', released: 'release', proposed: 'propose',
	ordered: 'order', banned: 'ban', imposed: 'impose', invoked: 'invoke', staged: 'stage', notified: 'notify',
	offered: 'offer', confirmed: 'confirm', revealed: 'reveal', recommended: 'recommend', decided: 'decide',
	agreed: 'agree', voted: 'vote', refused: 'refuse', vowed: 'vow', pledged: 'pledge', promised: 'promise',
	planned: 'plan', hoped: 'hope', aimed: 'aim', intended: 'intend', threatened: 'threaten', failed: 'fail',
	sought: 'seek', wanted: 'want', chose: 'choose', opted: 'opt', prompted: 'prompt', forced: 'force',
	urged: 'urge', asked: 'ask', allowed: 'allow', enabled: 'enable', attributed: 'attribute', blamed: 'blame',
	led: 'lead', resulted: 'result', opened: 'open', built: 'build', completed: 'complete', received: 'receive',
	raised: 'raise', acquired: 'acquire', bought: 'buy', sold: 'sell', published: 'publish', filed: 'file',
	issued: 'issue', awarded: 'award', recorded: 'record', posted: 'post', reached: 'reach', secured: 'secure',
	claimed: 'claim', lost: 'lose', suspended: 'suspend', cancelled: 'cancel', canceled: 'cancel', postponed: 'postpone'
};
// Present forms of intention verbs: "plans to" → "What does X plan to do?".
const EN_PRESENT = new Set(['plans', 'hopes', 'aims', 'intends', 'seeks', 'wants']);
// A passive cause read actively: "were pushed up by" → "What pushed up …?" (the participle is the
// past form, except for these).
const EN_ACTIVE_PAST: Record<string, string> = { driven: 'drove' };

// French verbs whose "Que" elides: "Qu’obtient", "Qu’a".
function frQue(next: string): string {
	return elides(next) ? `Qu’${next}` : `Que ${next}`;
}

/**
 * A worded question on a relation phrase from its clause (`agent` is the subject, `cue` the words
 * before the phrase, `aux` an auxiliary before the cue), or null when the clause's form has no
 * clean wording: "What did the Falcon 9 rocket launch?", "Qu’a découvert l’équipe ?".
 */
export function relationPrompt(lang: Lang, relation: Fact['relation'], clause: NonNullable<Fact['clause']>): string | null {
	const { agent, aux } = clause;
	const cue = clause.cue.toLowerCase();
	if (lang === 'en') {
		const words = cue.split(' ');
		const verb = words[0];
		const base = EN_BASE[verb];
		const perfect = aux === 'has' || aux === 'have' || aux === 'had';
		switch (relation) {
			case 'object': {
				if (words.length === 1 && base && !aux) return `What did ${agent} ${base}?`;
				if (words.length === 1 && base && perfect) return `What ${aux} ${agent} ${verb}?`;
				if (cue === 'called for' && !aux) return `What did ${agent} call for?`;
				return null;
			}
			case 'decision': {
				// "decided to", "urged the court to": the words between verb and "to" stay.
				if (words.at(-1) !== 'to' || !base && !EN_PRESENT.has(verb)) return null;
				const middle = words.slice(1, -1).join(' ');
				const rest = `${middle ? `${middle} ` : ''}to do?`;
				if (EN_PRESENT.has(verb) && !aux) return `What does ${agent} ${verb.replace(/s$/, '')} ${rest}`;
				if (base && !aux) return `What did ${agent} ${base} ${rest}`;
				if (base && perfect) return `What ${aux} ${agent} ${verb} ${rest}`;
				return null;
			}
			case 'effect':
				if ((cue === 'led to' || cue === 'resulted in') && !aux) return `What did ${agent} ${EN_BASE[verb]} ${words[1]}?`;
				return null;
			case 'cause': {
				// "attributed the losses to" → "To what did X attribute the losses?"
				const attributed = /^(attributed|blamed) (.+) (to|on)$/.exec(cue);
				if (attributed && !aux) {
					const [, v, what, prep] = attributed;
					return prep === 'to' ? `To what did ${agent} ${EN_BASE[v]} ${what}?` : `What did ${agent} ${EN_BASE[v]} ${what} on?`;
				}
				const passive = /^(.+) by$/.exec(cue);
				if (passive && (aux === 'was' || aux === 'were') && !/^(?:suffering|suffered|died|dies)/.test(passive[1]))
					return `What ${EN_ACTIVE_PAST[passive[1]] ?? passive[1]} ${agent}?`;
				return null;
			}
			case 'name': {
				const named = /^(is|are|was|were) (named|called|dubbed|known as)$/.exec(cue);
				return named ? `What ${named[1]} ${agent} ${named[2]}?` : null;
			}
			case 'composition': {
				if (/^(?:composed|made up|made|comprised) of$/.test(cue) && aux && !perfect) return `What ${aux} ${agent} ${cue}?`;
				if (cue === 'consists of') return `What does ${agent} consist of?`;
				return null;
			}
			default:
				return null;
		}
	}
	// French: the subject after the verb ("Qu’a découvert l’équipe ?").
	const m = /^(?:(a|ont|avait|avaient) )?(\S+)(?: (d(?:e|u|es|[’'])|à))?$/u.exec(cue);
	if (!m) return null;
	const auxFr = m[1] ?? (aux || '');
	const verb = m[2];
	switch (relation) {
		case 'object':
			if (m[3]) return null;
			// "a découvert" → "Qu’a découvert X ?"; "révoque" → "Que révoque X ?".
			if (auxFr) return `${frQue(auxFr)} ${verb} ${agent} ?`;
			if (/(?:é|ée|és|ées|i|is|u|us|ert|erts)$/u.test(verb)) return null;
			return `${frQue(verb)} ${agent} ?`;
		case 'decision':
			// "a décidé de répondre…" → "Qu’a décidé de faire X ?"
			if (!m[3] || !/^d/.test(m[3])) return null;
			if (auxFr) return `${frQue(auxFr)} ${verb} de faire ${agent} ?`;
			if (/(?:é|ée|és|ées|is|u)$/u.test(verb)) return null;
			return `${frQue(verb)} de faire ${agent} ?`;
		case 'effect': {
			if (!auxFr) return null;
			// "a conduit à" → "À quoi a conduit X ?"; "a entraîné" → "Qu’a entraîné X ?"
			if (m[3] === 'à') return `À quoi ${auxFr} ${verb} ${agent} ?`;
			if (!m[3]) return `${frQue(auxFr)} ${verb} ${agent} ?`;
			return null;
		}
		default:
			return null;
	}
}
