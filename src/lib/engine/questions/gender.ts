// Whether the article writes of a person as a woman or a man, from what it says around their name:
// a title ("Mrs", "M.", "Mme"), a gendered role noun ("actress", "la chanteuse", "the sportsman"),
// or the pronoun that opens the next sentence ("She said…", "Il a ajouté…"). Options for a blank
// whose answer is a woman are then women, or people the article does not say ("French actress
// _____" offered three men as options; "_____ beat the women's record" offered men).
import type { Article, Fact, Lang } from '../types';
import { firstNameGender } from '../extract/gazetteer';

export type Gender = 'f' | 'm';

const S = '[\\s\\u00a0\\u202f]+';
const FEMALE_BEFORE: Record<Lang, RegExp> = {
	en: new RegExp(`(?<![\\p{L}])(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister|actress|businesswoman|sportswoman|chairwoman|congresswoman|policewoman|spokeswoman|councilwoman|woman|girl|mother|daughter|wife|sister|widow|grandmother|her${S}(?:daughter|sister|mother))\\.?${S}$`, 'u'),
	fr: new RegExp(`(?<![\\p{L}])(?:Mme|Madame|Mlle|Mademoiselle|actrice|chanteuse|romancière|danseuse|skieuse|joueuse|coureuse|nageuse|directrice|présidente|avocate|écrivaine|autrice|[Ll]a${S}(?:ministre|maire|députée?|sénatrice|juge|procureure|préfète|cheffe|championne|Française|Italienne|Américaine|Suissesse|Canadienne|Belge|Allemande|Espagnole|Britannique|Norvégienne|Suédoise|Autrichienne|Kényane|Éthiopienne|jeune${S}femme)|[Ll]['’](?:actrice|avocate|autrice|écrivaine|Italienne|Américaine|Allemande|Espagnole|Autrichienne|Éthiopienne))${S}$`, 'u')
};
const MALE_BEFORE: Record<Lang, RegExp> = {
	en: new RegExp(`(?<![\\p{L}])(?:Mr|Sir|King|Prince|Lord|Brother|actor|businessman|sportsman|chairman|congressman|policeman|spokesman|councilman|man|boy|father|son|husband|brother|widower|grandfather)\\.?${S}$`, 'u'),
	fr: new RegExp(`(?<![\\p{L}])(?:M\\.|Monsieur|acteur|chanteur|romancier|danseur|skieur|joueur|coureur|nageur|directeur|avocat|[Ll]e${S}(?:ministre|maire|député|sénateur|juge|procureur|préfet|champion|Français|Italien|Américain|Suisse|Canadien|Belge|Allemand|Espagnol|Britannique|Norvégien|Suédois|Autrichien|Kényan|Éthiopien|jeune${S}homme)|[Ll]['’](?:acteur|avocat|Italien|Américain|Allemand|Espagnol|Autrichien|Éthiopien))${S}$`, 'u')
};
// "Le cinéaste sénégalais, X", "la sortante X": in French the article of the noun before a name says it.
const ARTICLE_NOUN_BEFORE = /(?:^|[\s(«“"])([Ll]e|[Ll]a)[\s\u00a0\u202f]+\p{Ll}[\p{L}-]+(?:[\s\u00a0\u202f]+\p{Ll}[\p{L}-]+)?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]+$/u;
// "X devient la première femme noire à…", "X became the first woman to…": what the sentence says she
// is, when X opens the clause ("The driver who hit John Smith was a woman" says nothing of him).
const WOMAN_AFTER: Record<Lang, RegExp> = {
	en: /^[\s\u00a0\u202f]*(?:becomes|became|is|was|will[\s\u00a0\u202f]+be|has[\s\u00a0\u202f]+become)[\s\u00a0\u202f]+(?:\p{Ll}+[\s\u00a0\u202f]+)?the[\s\u00a0\u202f]+(?:first|only|youngest|oldest)[\s\u00a0\u202f]+(?:\p{L}+[\s\u00a0\u202f]+)?woman(?![\p{L}])/u,
	fr: /^[\s\u00a0\u202f]*(?:devient|est|était|fut|deviendra|est[\s\u00a0\u202f]+devenue|a[\s\u00a0\u202f]+été)[\s\u00a0\u202f]+(?:\p{Ll}+[\s\u00a0\u202f]+)?la[\s\u00a0\u202f]+(?:première|seule|plus[\s\u00a0\u202f]+jeune)[\s\u00a0\u202f]+femme(?![\p{L}])/u
};
const CLAUSE_OPENS = /(?:^|[.;:!?,][\s\u00a0\u202f]*)$/u;
const FEMALE_NEXT: Record<Lang, RegExp> = { en: /^(?:She|Her)(?![\p{L}])/u, fr: /^Elle(?![\p{L}])/u };
const MALE_NEXT: Record<Lang, RegExp> = { en: /^(?:He|His)(?![\p{L}])/u, fr: /^Il(?![\p{L}])/u };

// A French post written in the feminine or the masculine ("vice-première ministre", "nouveau premier
// ministre"), read before its complement ("ministre déléguée auprès du président" is a woman's).
const FEMININE_NOUNS = 'présidente|directrice|cheffe|adjointe|déléguée|élue|députée|sénatrice|conseillère|avocate|administratrice|ambassadrice|gouverneure|procureure|rapporteuse|coordinatrice|fondatrice';
const MASCULINE_NOUNS = 'président|directeur|adjoint|délégué|élu|député|sénateur|conseiller|avocat|administrateur|ambassadeur|gouverneur|procureur|rapporteur|coordinateur|fondateur';
const FEMININE_POST = new RegExp(`(?<![\\p{L}])(?:première|ancienne|nouvelle|générale|${FEMININE_NOUNS})(?![\\p{L}])`, 'iu');
const MASCULINE_POST = new RegExp(`(?<![\\p{L}])(?:premier|ancien|nouveau|général|${MASCULINE_NOUNS})(?![\\p{L}])`, 'iu');
// "Rosem Morton est la lauréate de ce Visa d’Or", "X est devenu le nouveau directeur", "X est l’épouse
// de…": a French copula and a person's noun with its article say it, when X opens the clause. ("écrivain",
// "auteur", "chef", "vainqueur" say nothing here or anywhere in this file: French says them of women
// too, "Amélie Nothomb est un écrivain belge", "Hélène Darroze est le chef du restaurant".)
const COPULA_FR = '^[\\s\\u00a0\\u202f]*(?:est|était|devient|fut|sera|est[\\s\\u00a0\\u202f]+devenue?|a[\\s\\u00a0\\u202f]+été)[\\s\\u00a0\\u202f]+';
const NOUN_AFTER_FR: Record<Gender, RegExp> = {
	f: new RegExp(`${COPULA_FR}(?:(?:la|une)[\\s\\u00a0\\u202f]+(?:\\p{Ll}+[\\s\\u00a0\\u202f]+)?|l['’])(?:lauréate|gagnante|championne|vainqueure|fille|mère|femme|épouse|sœur|actrice|chanteuse|autrice|écrivaine|romancière|${FEMININE_NOUNS})(?![\\p{L}])`, 'u'),
	m: new RegExp(`${COPULA_FR}(?:(?:le|un)[\\s\\u00a0\\u202f]+(?:\\p{Ll}+[\\s\\u00a0\\u202f]+)?|l['’])(?:lauréat|gagnant|champion|fils|père|mari|époux|frère|acteur|chanteur|romancier|${MASCULINE_NOUNS})(?![\\p{L}])`, 'u')
};
const POST_COMPLEMENT = /[\s\u00a0\u202f]+(?:de|du|des|d['’]|auprès|chargée?|en[\s\u00a0\u202f]+charge|à|au|aux)(?![\p{L}])/iu;
function postGender(post: string): Gender | undefined {
	const head = post.split(POST_COMPLEMENT)[0];
	const f = FEMININE_POST.test(head);
	const m = MASCULINE_POST.test(head);
	return f === m ? undefined : f ? 'f' : 'm';
}

/** Person value → gender, for the people the article marks as one or the other (never both). */
export function gendersOf(article: Pick<Article, 'text' | 'sentences' | 'lang'>, facts: readonly Fact[]): Map<string, Gender> {
	const votes = new Map<string, Set<Gender>>();
	const vote = (name: string, g: Gender) => {
		if (!votes.has(name)) votes.set(name, new Set());
		votes.get(name)!.add(g);
	};
	const lang = article.lang;
	// The people each sentence names, once: a pronoun after a sentence naming two says nothing of either.
	const namedIn = new Map<number, Set<string>>();
	for (const f of facts) if (f.type === 'person') namedIn.set(f.sentence, (namedIn.get(f.sentence) ?? new Set()).add(f.value));
	for (const f of facts) {
		// "X, vice-première ministre": a French post written in the feminine or the masculine.
		if (f.type === 'role' && f.person && lang === 'fr') {
			const g = postGender(f.value);
			if (g) vote(f.person, g);
		}
		if (f.type !== 'person') continue;
		const before = article.text.slice(Math.max(0, f.start - 40), f.start);
		if (FEMALE_BEFORE[lang].test(before)) vote(f.value, 'f');
		if (MALE_BEFORE[lang].test(before)) vote(f.value, 'm');
		const determiner = lang === 'fr' ? ARTICLE_NOUN_BEFORE.exec(before)?.[1].toLowerCase() : undefined;
		if (determiner) vote(f.value, determiner === 'la' ? 'f' : 'm');
		const after = article.text.slice(f.end, f.end + 60);
		if (CLAUSE_OPENS.test(article.text.slice(article.sentences[f.sentence]?.start ?? 0, f.start).trim())) {
			if (WOMAN_AFTER[lang].test(after)) vote(f.value, 'f');
			if (lang === 'fr') for (const g of ['f', 'm'] as const) if (NOUN_AFTER_FR[g].test(after)) vote(f.value, g);
		}
		// "Jane Holt won the race. She…": the next sentence's pronoun, when she is its sentence's only person.
		const next = article.sentences[f.sentence + 1];
		const alone = namedIn.get(f.sentence)!.size === 1;
		if (next && alone) {
			if (FEMALE_NEXT[lang].test(next.text.trim())) vote(f.value, 'f');
			if (MALE_NEXT[lang].test(next.text.trim())) vote(f.value, 'm');
		}
	}
	const out = new Map<string, Gender>();
	for (const [name, gs] of votes) if (gs.size === 1) out.set(name, [...gs][0]);
	// Without a word of the article, a first name given to women or to men only says it.
	for (const f of facts) if (f.type === 'person' && !votes.has(f.value)) {
		const g = nameGender(f.value);
		if (g) out.set(f.value, g);
	}
	return out;
}

/** The gender of a full name's first name, when only women or only men bear it ("Kylie Masse" → f). */
export function nameGender(name: string): Gender | undefined {
	const words = name.trim().split(/[\s\u00a0\u202f]+/u);
	return words.length >= 2 ? firstNameGender(words[0]) : undefined;
}
