// Hand-made facts for the seed article (offsets found with indexOf), so the question generator
// can be tested without the extractors. Test support only.
import type { Article, Fact, FactType } from '../types';

/** The fact at the first `surface` of the article after `after` (an anchor text or an offset). */
export function factAt(
	article: Article,
	type: FactType,
	surface: string,
	value: string,
	extra: Partial<Fact> = {},
	after: string | number = 0
): Fact {
	const text = article.text;
	const from = typeof after === 'string' ? text.indexOf(after) : after;
	if (from < 0) throw new Error(`anchor not found: ${after}`);
	const start = text.indexOf(surface, from);
	if (start < 0) throw new Error(`surface not found: ${surface}`);
	const end = start + surface.length;
	const sentence = article.sentences.findIndex((s) => s.start <= start && s.end >= end);
	if (sentence < 0) throw new Error(`no sentence for: ${surface}`);
	return { id: `${type}-${start}`, type, value, text: surface, start, end, sentence, ...extra };
}

export function seedFacts(article: Article): Fact[] {
	const facts: Fact[] = [];
	const add = (type: FactType, surface: string, value: string, extra: Partial<Fact> = {}, after?: string) =>
		facts.push(factAt(article, type, surface, value, extra, after));
	const signing = 'signature de l’accord de partenariat stratégique entre la Russie et l’Iran';
	add('date', '17\u00a0janvier', '2025-01-17', { precision: 'day', event: signing, inferred: true }, 'L’accord de partenariat stratégique signé');
	add('person', 'Massoud Pezechkian', 'Massoud Pezechkian', { role: 'président iranien', event: signing }, 'a déclaré le président iranien');
	add('person', 'Vladimir Poutine', 'Vladimir Poutine', { role: 'président russe' }, 'selon le président russe');
	add('organisation', 'Mehr News Agency', 'Mehr News Agency', { role: 'agence de presse iranienne' });
	add('quote', 'L’ennemi ne doit pas se faire d’illusions en pensant que nous pouvons être facilement vaincus', 'Massoud Pezechkian', { quote: 'L’ennemi ne doit pas se faire d’illusions en pensant que nous pouvons être facilement vaincus' });
	add('date', '17\u00a0janvier', '2025-01-17', { precision: 'day', event: signing, inferred: true }, 'Le 17');
	add('place', 'Moscou', 'Moscou', { placeKind: 'city', event: signing }, 's’est rendu à');
	add('person', 'Vladimir Poutine', 'Vladimir Poutine', { role: 'président russe', event: signing }, 'il a signé avec');
	add('duration', 'de 20\u00a0ans', 'P20Y', { unit: 'ans', event: signing }, 'stratégique de');
	add('event', 'renforcer la coopération entre leurs services de sécurité respectifs, d’organiser des exercices militaires conjoints et d’effectuer des visites navales', 'coopération entre services de sécurité, exercices militaires conjoints, visites navales dans les ports');
	add('negation', 'ne contient pas de clause particulière de défense mutuelle', 'false', { statement: 'l’accord entre la Russie et l’Iran contient une clause de défense mutuelle' });
	add('date', 'été\u00a02024', '2024-summer', { precision: 'season', event: 'signature du traité entre la Russie et la Corée du Nord' });
	add('place', 'Corée du Nord', 'Corée du Nord', { placeKind: 'country' }, 'traité similaire');
	add('date', 'décembre\u00a02024', '2024-12', { precision: 'month', event: 'entrée en vigueur du traité entre la Russie et la Corée du Nord' });
	add('date', 'mois d’octobre', '2024-10', { precision: 'month', event: 'envoi des premières troupes nord-coréennes en Russie', inferred: true });
	add('negation', 'ne mentionne pas non plus le transfert d’armes', 'false', { statement: 'l’accord Russie-Iran mentionne le transfert d’armes entre les deux signataires' });
	add('ordinal', 'quatrième', '4', { unit: 'année' });
	add('date', 'septembre 2024', '2024-09', { precision: 'month', event: 'accusation des États-Unis contre l’Iran' });
	add('event', 'missiles balistiques à courte portée', 'missiles balistiques à courte portée');
	add('organisation', 'Kremlin', 'Kremlin');
	add('date', '2024', '2024', { precision: 'year', event: 'accession de Massoud Pezechkian à la présidence de l’Iran' }, 'devenu président');
	add('quote', 'Nous avons besoin de moins de bureaucratie et de plus d’actions concrètes', 'Vladimir Poutine', { quote: 'Nous avons besoin de moins de bureaucratie et de plus d’actions concrètes' });
	add('event', 'les monnaies nationales des deux pays', 'les monnaies nationales des deux pays');
	add('quote', 'Quelles que soient les difficultés créées par d’autres, nous serons en mesure de les surmonter et d’aller de l’avant', 'Vladimir Poutine', { quote: 'Quelles que soient les difficultés créées par d’autres, nous serons en mesure de les surmonter et d’aller de l’avant' });
	add('place', 'Moscou', 'Moscou', { placeKind: 'city', event: 'fuite de Bachar al-Assad' }, 'qui s’est réfugié');
	add('person', 'Bachar al-Assad', 'Bachar al-Assad', { role: 'dictateur syrien' });
	add('date', 'le mois dernier', '2024-12', { precision: 'month', event: 'fuite de Bachar al-Assad à Moscou', inferred: true }, 'qui s’est réfugié');
	add('place', 'Téhéran', 'Téhéran', { placeKind: 'city' });
	add('place', 'Ukraine', 'Ukraine', { placeKind: 'country' });
	return facts.sort((a, b) => a.start - b.start);
}
