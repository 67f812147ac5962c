// Quotations and their speakers. Speakers come from the attribution next to the quote ("a déclaré
// X", "said X", "X said"), from a role phrase ("a ajouté le dirigeant russe" → the person with that
// role) or from a pronoun ("a-t-il poursuivi", "he added") → the last speaker or person named.
import type { Article, Fact } from '../types';
import { resolveRolePhrase, type Mention, type NameIndex } from './names';
import { firstNameGender, isRoleWord } from './gazetteer';
import { B0, B1, S } from '../text/patterns';
import { ALIAS_CUE, ADDRESSING_EN, ADDRESSING_FR, IMPERSONAL_IL_AFTER, ING_NOT_VERB } from '../text/lexicon';

// Opening and closing marks, paired: « », “ ”, „ “, and straight double quotes.
// Some French sites type doubled single quotes: ‘’Le plus important est notre pays’’.
const QUOTE = /«([^«»]{2,2000}?)»|“([^“”]{2,2000}?)”|„([^„“”]{2,2000}?)[“”]|"([^"\n]{2,2000}?)"|‘’([^\n]{2,2000}?)’’/gu;

const SPEECH_FR =
	'déclaré|dit|affirmé|ajouté|poursuivi|noté|souligné|expliqué|précisé|indiqué|estimé|martelé|assuré|lancé|insisté|averti|rappelé|répondu|conclu|confié|écrit|annoncé|laissé entendre|fait valoir|fait savoir|relevé|jugé|déploré|dénoncé|reconnu|admis|prévenu|observé|commenté|raconté|confirmé|demandé|résumé|tranché|ironisé|regretté|plaidé|argué|soutenu|fustigé|martèle|déclare|dit|affirme|ajoute|poursuit|note|souligne|explique|précise|indique|estime|assure|lance|insiste|avertit|rappelle|répond|conclut|confie|écrit|annonce|reconnaît|juge|prévient|observe|commente|raconte|confirme|résume|tranche|regrette|plaide|soutient|fustige|déclarait|disait|affirmait|ajoutait|expliquait|estimait|promis|promet|répété|répète|témoigné|témoigne|interrogé|avoué|avoue|admet|concédé|glissé|glisse|lâché|lâche|résumé|souffle|soufflé|prévenu|détaille|détaillé|décrit|renchérit|renchéri|abonde|complète|complété|s.exclame|s.est exclamé|s.est félicité|se félicite|tweeté|publié';
const SPEECH_EN =
	'said|says|added|adds|told|tells|explained|explains|noted|notes|wrote|writes|stated|states|argued|argues|insisted|insists|warned|warns|continued|continues|declared|declares|asserted|remarked|observed|replied|responded|announced|announces|claimed|claims|recalled|acknowledged|admitted|conceded|emphasised|emphasized|stressed|suggested|asked|asks|concluded|predicted|urged|promised|promises|vowed|vows|pledged|pledges|admits|concedes|recalls|explained|testified|joked|pointed out|went on|tweeted|posted';
const SPEECH = `(?:${SPEECH_FR}|${SPEECH_EN})`;

const PRONOUN_FR = 'il|elle|ils|elles';
// (French only: English "they" may be one person's pronoun.)
const PLURAL_PRONOUN = /(?:^|[\s\u00a0\u202f,.-])(?:ils|elles)(?![\p{L}])/iu;
const PRONOUN_EN = 'he|she|they';

// After the closing mark.
const AFTER_INVERTED_PRONOUN = new RegExp(
	`^${S}*[,.]?${S}*(?:(?:a|avait|aurait|ont|avaient)-t-(?:${PRONOUN_FR})${S}+[\\p{L}\\p{M}-]+|(?:[\\p{L}\\p{M}]+)-t?-?(?:${PRONOUN_FR})${B1})`,
	'iu'
);
// "« … », est-il indiqué dans le texte", "a-t-il été précisé", "peut-on lire", "lit-on": the impersonal
// "il" of a passive names no one.
const DOCUMENT_SAYS_AFTER = new RegExp(
	`^${S}*[,.]?${S}*(?:(?:est-il|était-il|a-t-il${S}+été|avait-il${S}+été)${S}+(?:(?:encore|également|aussi|ensuite)${S}+)?(?:${SPEECH_FR}|mentionné|stipulé|spécifié|inscrit)|peut-on${S}+(?:y${S}+)?lire|pouvait-on${S}+(?:y${S}+)?lire|lit-on)(?![\\p{L}])`,
	'iu'
);
// ("», a, par exemple, commenté Jack Bouttell": an aside between the auxiliary and the verb.)
const AFTER_VERB_SUBJECT = new RegExp(
	`^${S}*[,.]?${S}*(?:(?:a|avait|aurait|ont|avaient)(?:${S}*,[^,.;:!?«»“”]{2,30}?,)?${S}+(?:[\\p{Ll}]+${S}+)?)?(?:${SPEECH})${S}+(?:(?:encore|également|aussi|alors|ensuite|plus tard)${S}+)?`,
	'iu'
);
const AFTER_SUBJECT_VERB = new RegExp(
	`^${S}*[,.]?${S}*(?:(?:${PRONOUN_EN})|(?:the|le|la)${S}+[\\p{L}\\p{M}' -]{2,60}?|[\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,60}?)${S}+(?:(?:also|then|later|has|had|have)${S}+)?(?:${SPEECH})${B1}`,
	'u'
);
// “…,” Jane Holt, the agency’s director, said. / “…,” Jane Holt, SES chief engineer, was quoted as saying.
const AFTER_NAME_APPOSITION = new RegExp(
	`^${S}*,?${S}*([\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:${S}+[\\p{Lu}][\\p{L}\\p{M}.'’-]*){1,3}),${S}*[^,.;:!?«»“”"]{2,80},${S}*(?:(?:also|then|later|has|had|was|is)${S}+)?(?:${SPEECH}|quoted)${B1}`,
	'u'
);
// "Le chanteur, de son vrai nom Georgios Panayiotou, …": a real name or a stage name is the same
// person under another name; a pronoun after it means the person the article calls by the first.
const ALIAS_BEFORE = new RegExp(`${ALIAS_CUE}[\\s\\u00a0,:]*$`, 'iu');

// A present participle and its object up to a name ("interrompant la présidente du tribunal, ",
// "interrupting the judge, "); not a preposition or a noun in -ant/-ing ("pendant", "during", "according").
const PARTICIPLE_OBJECT_BEFORE = new RegExp(`(?:^|[\\s\\u00a0,])(?!(?:avant|pendant|durant|devant|maintenant|cependant|suivant|${ING_NOT_VERB})(?![\\p{L}]))\\p{Ll}{3,}(?:ant|ing)[\\s\\u00a0]+((?:la|le|les|l['’]|son|sa|ses|leur|leurs|un|une|the|his|her|their|its|a|an)(?![\\p{L}])[^,;:.!?«»“”]*),?[\\s\\u00a0]*$`, 'u');
// Words, then "de"/"of", right before a name ("le ministre des finances de X", "the lawyer of X").
const COMPLEMENT_BEFORE = /((?:\p{Ll}[\p{L}'’-]*[\s\u00a0]+){0,3}\p{Ll}{3,})[\s\u00a0]+(?:de|du|des|of|of[\s\u00a0]+the)[\s\u00a0]+$|(\p{Ll}{3,})[\s\u00a0]+d['’]$/u;
/** Whether one of the words is a post ("spokesman", "la présidente du tribunal"). */
const holdsPost = (words: string) => words.split(/[\s\u00a0\u202f,'’]+/u).some((w) => isRoleWord(w));

/**
 * "feu X", "feue X", "la regrettée chanteuse X", "the late former president X": a person who is dead,
 * the words between a post's ("le feu vert à X", "ont regretté que le ministre X", "the late arrival of
 * X" name the living).
 */
const THE_LATE_BEFORE = /(?:(?<![\p{L}])[Ff]eue?|(?<![\p{L}])(?:[Ll]e|[Ll]a|du|de[\s\u00a0]+la|au)[\s\u00a0]+regrett(?:é|ée)|(?<![\p{L}])[Tt]he[\s\u00a0]+late)((?:[\s\u00a0]+\p{Ll}[\p{L}-]*){0,3})[\s\u00a0]+$/u;
const late = (before: string) => {
	const m = THE_LATE_BEFORE.exec(before);
	return !!m && m[1].split(/[\s\u00a0]+/u).every((w) => !w || isRoleWord(w) || /^(?:former|ancien|ancienne)$/u.test(w));
};
// A sentence whose subject is a personal pronoun ("Il dira…", "Elle a rappelé…", "He recalled…"), not
// an impersonal "il" ("Il y a trois ans, X…", "Il faut…").
const PRONOUN_SUBJECT_OPENING = new RegExp(`^[\\s\\u00a0«“"]*(?:(?:Et|Mais|Puis|Ensuite|Alors|Enfin|And|But|Then|Later),?[\\s\\u00a0]+)?(Elle|He|She|Il(?!${IMPERSONAL_IL_AFTER}))[\\s\\u00a0]`, 'u');
const FEMININE_PRONOUN = /^(?:elle|she)$/iu;
// The pronoun an attribution matched ("», a-t-elle raconté" → "elle").
const SPEAKING_PRONOUN = /(?<![\p{L}])(?:il|elle|he|she)(?![\p{L}])/iu;
// "Mais, a-t-il ajouté, cette réforme « … »": the inverted pronoun before the quote.
const INVERTED_PRONOUN_BEFORE = new RegExp(`(?:(?:a|avait|aurait)-t-(?:il|elle)${S}+(?:${SPEECH_FR})|(?:${SPEECH_FR})-t?-?(?:il|elle))${B1}`, 'iu');
const PRONOUN_SPEAKS_FIRST = new RegExp(
	`^${S}*(?:${PRONOUN_FR}|${PRONOUN_EN})${S}+(?:[\\p{Ll}’'-]+${S}+){0,2}?${SPEECH}${B1}`,
	'iu'
);
// A person's verb of saying before a later name in the same sentence, with no quotation between.
const REPORTS_AFTER = new RegExp(`^[^.!?«»“”"]{0,60}?${B0}(?:${SPEECH})${B1}[^«»“”"]*$`, 'iu');
const SELON = new RegExp(`(?:selon|d['’]après|according${S}+to)${S}+$`, 'iu');
// "When the judge put it to Ann Roy that…, she replied: «…»": the pronoun who replies, at the end of the
// clause before the quote, is the one spoken to, not the first name of the sentence.
const REPLY_BEFORE = new RegExp(`[,;]${S}*(${SPEAKING_PRONOUN.source})${S}+(?:replied|answered|responded|retorted|(?:a|avait)${S}+(?:répondu|rétorqué|répliqué)|répond|rétorque|réplique)${S}*:?${S}*$`, 'iu');
// Whom a clause speaks to ("put it to X", "asked X", "a demandé à X"), and whether a clause does.
const ADDRESSING = `(?:${ADDRESSING_EN}|${ADDRESSING_FR})`;
const SPOKEN_TO_BEFORE = new RegExp(`${B0}${ADDRESSING}${S}+$`, 'iu');
// "When the judge put it to X that his conduct “was not acceptable”, he replied: “…”", "Critics called
// it “a betrayal”, the mayor replied: “…”": the attribution after a quote inside someone else's clause,
// ending on a colon and another quote, belongs to that next quote (“We had no choice,” she replied:
// “the budget was empty.”, the quote opening its sentence, is one speaker's, cut in two).
const OPENS_NEXT_QUOTE = new RegExp(`^${S}*:${S}*[«“"]`, 'u');
// Between a speech verb's subject and the verb: an apposition set off by commas, an auxiliary or an adverb.
const SUBJECT_GAP = /^[\s\u00a0\u202f]*(?:,[^,;:.!?«»“”"]{1,100},[\s\u00a0\u202f]*)?(?:(?:has|had|have|also|then|later|again|a|avait|aurait|aussi|alors|ensuite|encore|lui-même|elle-même)[\s\u00a0\u202f]+){0,2}$/iu;
const AFTER_QUOTE = /[»”"][\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:(?:a|avait|aurait|has|had)[\s\u00a0\u202f]+)?$/u;
// A speech verb with no subject before it in its clause ("Comme l’a expliqué X", "Said X", "Ainsi que
// l’a rappelé X"): its subject follows it.
const INVERTED_CLAUSE = /^[\s\u00a0\u202f«“"]*(?:(?:comme|ainsi[\s\u00a0\u202f]+que|tel[\s\u00a0\u202f]+que|as)[\s\u00a0\u202f]+)?(?:l['’][\s\u00a0\u202f]*)?(?:(?:a|avait|ont|avaient|has|had)[\s\u00a0\u202f]+)?$/iu;
// Between such a verb and its subject: nothing, or a title in capitals ("a déclaré le maire Paul Roy" is ROLE_SUBJECT's).
const RIGHT_AFTER_VERB = /^[\s\u00a0\u202f]*(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0\u202f]+){0,3}$/u;
const SPEECH_VERBS = new RegExp(`${B0}(?:${SPEECH})${B1}`, 'giu');
const SPEECH_ANYWHERE = new RegExp(`${B0}(?:${SPEECH}|selon|according to)${B1}`, 'iu');
const ROLE_SUBJECT = new RegExp(
	`^(?:le|la|l['’]|the|son|sa|leur|ses|its|his|her|their)${S}*((?:[\\p{L}\\p{M}'’-]+)(?:${S}+[\\p{Ll}\\p{M}'’-]+){0,3})`,
	'iu'
);

function inSpan(pos: number, spans: [number, number][]): boolean {
	return spans.some(([s, e]) => pos >= s && pos < e);
}

const SPEAKER_BEFORE = new RegExp(`(?:^|[\\s,])((?:le|la|l['’]|the)${S}*[\\p{L}\\p{M}'’-]+(?:${S}+[\\p{Ll}\\p{M}'’-]+){0,2})${S}+(?:a${S}+|has${S}+)?(?:[\\p{Ll}]+${S}+)?(?:${SPEECH})${B1}`, 'iu');
export function extractQuotes(article: Article, names: NameIndex): Fact[] {
	const text = article.text;
	const facts: Fact[] = [];
	const sentences = article.sentences;
	if (!sentences.length) return facts;
	const people = names.mentions.filter((m) => m.type === 'person' || m.type === 'organisation');
	// Mentions by sentence, so each quote looks only at its neighbourhood.
	const bySentence = new Map<number, Mention[]>();
	for (const mn of people) {
		const list = bySentence.get(mn.sentence);
		if (list) list.push(mn);
		else bySentence.set(mn.sentence, [mn]);
	}
	const quotesInSentence = new Map<number, [number, number][]>();
	// The article's subject: the person it names most often, the first named on a tie (mentions
	// come in text order, and a sort keeps the order of equals).
	const counts = new Map<string, number>();
	for (const mn of people) if (mn.type === 'person') counts.set(mn.value, (counts.get(mn.value) ?? 0) + 1);
	const mainPerson = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];

	const sentenceAt = (pos: number): number => {
		let lo = 0;
		let hi = sentences.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (sentences[mid].end <= pos) lo = mid + 1;
			else if (sentences[mid].start > pos) hi = mid - 1;
			else return mid;
		}
		return -1;
	};

	QUOTE.lastIndex = 0;
	// `si`/`endSi`: the sentences holding the opening and the closing mark.
	const found: { start: number; end: number; inner: string; si: number; endSi: number }[] = [];
	let m: RegExpExecArray | null;
	while ((m = QUOTE.exec(text))) {
		const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
		const start = m.index;
		const end = start + m[0].length;
		const si = sentenceAt(start);
		if (si < 0) continue;
		const endSi = Math.max(si, sentenceAt(end - 1));
		found.push({ start, end, inner, si, endSi });
		for (let k = si; k <= endSi; k++) {
			const list = quotesInSentence.get(k);
			if (list) list.push([start, end]);
			else quotesInSentence.set(k, [[start, end]]);
		}
	}

	let lastSpeaker: { name: string; sentence: number; pos: number } | undefined;
	const mentionOutside = (mn: Mention) => !inSpan(mn.start, quotesInSentence.get(mn.sentence) ?? []);

	for (const q of found) {
		const { si, endSi } = q;
		const sent = sentences[si];
		const words = q.inner.trim().split(/[\s\u00a0\u202f]+/).length;
		// Attribution lives in the rest of the sentence (the segmenter keeps "», a-t-il dit." with it).
		const afterEnd = sentences[endSi] ? sentences[endSi].end : q.end;
		const after = text.slice(q.end, Math.max(q.end, afterEnd));
		const before = text.slice(sent.start, q.start);

		let speaker: string | undefined;
		let inferred = false;
		let attrEnd = q.end;
		let attrStart = q.start;
		// `pronoun`: the one that says who speaks ("a-t-elle confié", "he said"), as its rule matched it.
		const lastPersonBefore = (pos: number, pronoun: string | undefined): Mention | undefined => {
			// Looks back a few sentences only: a pronoun rarely reaches farther.
			for (let k = si; k >= Math.max(0, si - 4); k--) {
				// "Il dira son admiration … le drame Ruy Blas de Victor Hugo. « … », a-t-il confié": a
				// sentence its pronoun opens is about the one before it; whom it names is not "il".
				// ("He met Anna Roy. “…,” she said": a pronoun of the other sex goes on from someone else.)
				const opening = k < si ? PRONOUN_SUBJECT_OPENING.exec(sentences[k].text) : null;
				if (opening && (!pronoun || FEMININE_PRONOUN.test(opening[1]) === FEMININE_PRONOUN.test(pronoun))) continue;
				const list = bySentence.get(k) ?? [];
				for (let i = list.length - 1; i >= 0; i--) {
					const mn = list[i];
					if (mn.start < pos && mn.type === 'person' && mentionOutside(mn)) {
						// "Le maire Jean Roy a rendu hommage à feu Ahmed Sow. « … », a-t-il poursuivi": the late one
						// speaks no more; "il" is someone named before, or no one.
						if (late(text.slice(Math.max(0, mn.start - 60), mn.start))) continue;
						if (!ALIAS_BEFORE.test(text.slice(Math.max(0, mn.start - 30), mn.start))) return mn;
						// Another name of someone: the one the article names most (its subject), or no one.
						if (mainPerson && mainPerson !== mn.value) return { ...mn, value: mainPerson };
						return undefined;
					}
				}
			}
			return undefined;
		};
		// "he added", "he admitted": the person named most recently — the last speaker, unless
		// someone else was named after that speaker ("Their coach, Anders Nygaard, … “…,” he admitted").
		// A name inside what someone reported is not that someone: "Le ministre X a annoncé que
		// … Iakora, Befotaka Atsimo … « … », avance-t-il" is the minister.
		const speakerOf = (said: string, recent: { name: string; pos: number } | undefined): string | undefined => {
			const person = lastPersonBefore(q.start, SPEAKING_PRONOUN.exec(said)?.[0]);
			if (recent && (!person || person.start <= recent.pos)) return recent.name;
			const reporter = person && (bySentence.get(person.sentence) ?? []).find((mn) => mn.type === 'person' && mn.start < person.start && mentionOutside(mn) && REPORTS_AFTER.test(text.slice(mn.end, person.start)));
			if (reporter && reporter.value !== person.value) return reporter.value;
			return person?.value ?? recent?.name;
		};
		const pronounSpeaker = (said: string): string | undefined => {
			const recent = lastSpeaker && si - lastSpeaker.sentence <= 3 ? lastSpeaker : undefined;
			// "témoignent-ils", "racontent-elles": a group speaks — a body ("les organisateurs des Vieilles
			// Charrues … fustigent-ils"), never the one person named before.
			if (PLURAL_PRONOUN.test(said)) {
				const who = speakerOf(said, recent);
				return who && !names.mentions.some((mn) => mn.type === 'person' && mn.value === who) ? who : undefined;
			}
			return speakerOf(said, recent);
		};
		const nearby = [...(bySentence.get(si) ?? []), ...(endSi !== si ? (bySentence.get(endSi) ?? []) : [])];
		const mentionAt = (from: number, to: number): Mention | undefined =>
			nearby.find((mn) => mn.start >= from && mn.start <= to && mentionOutside(mn));

		// "«…», est-il indiqué dans le texte", "peut-on lire dans le communiqué": a document's words,
		// no one's (the minister quoted before had not said them), and the end of whom "il" meant.
		if (DOCUMENT_SAYS_AFTER.test(after)) {
			lastSpeaker = undefined;
			continue;
		}
		let a: RegExpExecArray | null;
		if ((a = AFTER_INVERTED_PRONOUN.exec(after))) {
			speaker = pronounSpeaker(a[0]);
			inferred = true;
			attrEnd = q.end + a[0].length;
		} else if ((a = AFTER_VERB_SUBJECT.exec(after))) {
			const subjFrom = q.end + a[0].length;
			const rest = text.slice(subjFrom, subjFrom + 80);
			// "a laissé entendre M. Pezechkian": the name may follow a title.
			// Titles and capitalised roles may sit between verb and name ("said Prime Minister Jane Holt").
			let mn = mentionAt(subjFrom, subjFrom + 6);
			if (!mn) {
				const cand = mentionAt(subjFrom, subjFrom + 40);
				const between = text.slice(subjFrom, cand?.start ?? subjFrom);
				// "said agency spokesman Tom Reyes", "stated chairman of the fair committee, Mary Jones":
				// words pass when one of them is a role; after a comma only a person ("said the
				// minister, Reuters reported" is no quote of Reuters).
				const lowerRole = /^(?:[\p{L}.-]+[\s\u00a0\u202f]+){0,5}[\p{L}.-]+,?[\s\u00a0\u202f]+$/u.test(between) && holdsPost(between);
				const setOff = between.includes(',');
				if (cand && (/^(?:\p{Lu}[\p{L}.-]*[\s\u00a0\u202f]+){1,4}$/u.test(between) || lowerRole) && (!setOff || cand.type === 'person')) mn = cand;
			}
			// "said FEMA spokesman Rafael Lemaitre", "said the chairman of the Carnival committee, Mary
			// Jones", "said a spokesman for the Red Cross in Geneva, Mary Jones": the name before the
			// person's is whose post it is, not who spoke.
			if (mn && mn.type !== 'person') {
				const person = nearby.find((p) => p.type === 'person' && p.start > mn!.end && p.start <= mn!.end + 50 && /^[\s\u00a0\u202f]*(?:[\p{L}’'-]+[\s\u00a0\u202f]+){0,4}(?:[\p{L}’'-]+[\s\u00a0\u202f]*)?,?[\s\u00a0\u202f]*$/u.test(text.slice(mn!.end, p.start)));
				if (person) mn = person;
			}
			if (mn) {
				speaker = mn.value;
				attrEnd = mn.end;
			} else if (/^(?:il|elle|he|she)\b/iu.test(rest)) {
				speaker = pronounSpeaker(rest.slice(0, 5));
				inferred = true;
				attrEnd = subjFrom + rest.search(/\s|$/u);
			} else {
				const r = ROLE_SUBJECT.exec(rest);
				const who = r ? resolveRolePhrase(r[1], names.roles, names.posts) : undefined;
				// "a déclaré la ministre suisse de l’Environnement, Mme Claudia Berchtold": the
				// name in apposition to the role comes first; else the role alone is resolved.
				const appos = r ? nearby.find((mn) => mn.type === 'person' && mn.start > subjFrom && mn.start <= subjFrom + 100 && !/[.;!?«»“”]/u.test(text.slice(subjFrom, mn.start))) : undefined;
				if (appos) {
					speaker = appos.value;
					attrEnd = appos.end;
				} else if (who) {
					speaker = who;
					inferred = true;
					attrEnd = subjFrom + r![0].length;
				}
			}
		} else if ((a = AFTER_SUBJECT_VERB.exec(after)) && !(OPENS_NEXT_QUOTE.test(after.slice(a[0].length)) && /[\p{L}\p{N}]/u.test(before))) {
			const subjFrom = q.end;
			// "PML-N leader Ahsan Iqbal told reporters": the person speaks, not the party before the role.
			const inPhrase = nearby.filter((mn) => mn.start >= subjFrom && mn.start <= subjFrom + a![0].length && mentionOutside(mn));
			const mn = inPhrase.find((mn) => mn.type === 'person') ?? inPhrase[0];
			const phrase = a[0].replace(/^[\s\u00a0\u202f,.]+/u, '');
			if (mn) speaker = mn.value;
			else if (/^(?:he|she|they)\b/iu.test(phrase)) {
				speaker = pronounSpeaker(phrase.slice(0, 5));
				inferred = true;
			} else {
				const r = ROLE_SUBJECT.exec(phrase);
				const who = r ? resolveRolePhrase(r[1], names.roles, names.posts) : undefined;
				if (who) {
					speaker = who;
					inferred = true;
				}
			}
			if (speaker) attrEnd = q.end + a[0].length;
		}

		const attributedAfter = a !== null;
		if (!speaker && (a = AFTER_NAME_APPOSITION.exec(after))) {
			const mn = mentionAt(q.end, q.end + a[0].indexOf(a[1]) + 2);
			if (mn && mn.type === 'person') {
				speaker = mn.value;
				attrEnd = q.end + a[0].length;
			}
		}
		// Only the speaker of the quote just before, in this sentence or the one before: "« … », a
		// jugé le lauréat. Mais, a-t-il ajouté, « … »" has a subject the names do not resolve.
		if (!speaker && lastSpeaker && si - lastSpeaker.sentence <= 1 && INVERTED_PRONOUN_BEFORE.test(before) && !(bySentence.get(si) ?? []).some((mn) => mn.end <= q.start && mentionOutside(mn))) {
			speaker = lastSpeaker.name;
			inferred = true;
		}
		// "Le CNRS écrit que… Il ajoute que les observations de SPHERE « … »": a pronoun opening the
		// attribution is the speaker before, never a name further in the clause.
		// (The segmenter may keep the quote before with it: the clause starts after that one's end.)
		if (!speaker && PRONOUN_SPEAKS_FIRST.test(before.replace(/^[\s\S]*(?:[.!?…][\s\u00a0\u202f]*["»”]|["»”][\s\u00a0\u202f]*[.!?…])/u, ''))) {
			if (lastSpeaker && si - lastSpeaker.sentence <= 2) {
				speaker = lastSpeaker.name;
				inferred = true;
			} else continue;
		}
		const reply = speaker ? null : REPLY_BEFORE.exec(before);
		if (reply) {
			const spokenTo = (bySentence.get(si) ?? []).find((mn) => mn.type === 'person' && mn.end <= q.start && mentionOutside(mn) && SPOKEN_TO_BEFORE.test(text.slice(Math.max(sent.start, mn.start - 30), mn.start)));
			// (A pronoun of the other sex than the one spoken to's first name means someone else.)
			const said = reply[1];
			const sex = spokenTo ? firstNameGender(spokenTo.value.split(' ')[0]) : undefined;
			if (spokenTo && !(said && sex && (sex === 'f') !== FEMININE_PRONOUN.test(said))) {
				speaker = spokenTo.value;
				inferred = true;
			}
		}
		if (!speaker) {
			// Attribution before the quote: "selon X, «…»", "X a déclaré : «…»", "X a dit que … «…»".
			const selon = SELON.test(before.replace(/[\s\u00a0\u202f,]+$/u, ' '));
			const beforeMentions = (bySentence.get(si) ?? []).filter((mn) => mn.end <= q.start && mentionOutside(mn));
			const speechBefore = SPEECH_ANYWHERE.test(before);
			// A body speaks only as the subject of the attribution ("selon l’Insee, «…»", "L’Insee a
			// indiqué : «…»"), not as any name earlier in the sentence ("… la Sécurité sociale, ainsi
			// que «…»", where "elle" had spoken).
			const last = beforeMentions[beforeMentions.length - 1];
			// "un des prévenus se lève, interrompant la présidente du tribunal, Camille Ruhlmann : «…»":
			// whom a participle acts on is not who speaks.
			// "Le ministre des finances de Jean-Paul II recourait à une image : «…»": a name in a post's
			// complement is not the subject who speaks either.
			// (Only a post's holder: "After visiting the site, John Smith said", "La réaction de Jean Dupont
			// ne s'est pas fait attendre : «…»" give the words to the name.)
			const heldBy = (mn: Mention) => {
				const object = PARTICIPLE_OBJECT_BEFORE.exec(text.slice(Math.max(sent.start, mn.start - 80), mn.start));
				const complement = COMPLEMENT_BEFORE.exec(text.slice(Math.max(sent.start, mn.start - 40), mn.start));
				return (!!object && holdsPost(object[1])) || (!!complement && holdsPost(complement[1] ?? complement[2]));
			};
			// "The judge said Sharma was «…»": a name after the speech verb is in what was reported, not who
			// reported it; "Sentencing Sharma, Justice Ana Roy said «…»": the name right before the verb is
			// its subject, whoever an opening clause named first.
			// (The last speech verb: "Interrogé par l’avocat de X, Y a déclaré : «…»" is Y's. A verb after a
			// quote has its subject after it: "«…», a déclaré le président, X, expliquant «…»".)
			// (A name right after the verb is its subject when no clause of its own follows it: "Comme l’a
			// expliqué Paul Roy : «…»", "Said Tom Hale: “…”".)
			const verb = selon ? undefined : [...before.matchAll(SPEECH_VERBS)].at(-1);
			const verbAt = verb && !AFTER_QUOTE.test(before.slice(0, verb.index)) ? sent.start + verb.index : Infinity;
			const verbEnd = verb ? sent.start + verb.index + verb[0].length : Infinity;
			const inverted = !!verb && verbAt < Infinity && INVERTED_CLAUSE.test(before.slice(0, verb.index).split(/[,;:]/u).at(-1) ?? '');
			// Before the verb, or right after a verb with no subject before it; never whom the words were said to.
			const maySpeak = (mn: Mention) => mn.end <= verbAt || (inverted && mn.start >= verbEnd && RIGHT_AFTER_VERB.test(text.slice(verbEnd, mn.start)));
			const people = beforeMentions.filter((mn) => mn.type === 'person' && maySpeak(mn));
			const subject = people.filter((mn) => mn.end <= verbAt).at(-1);
			const named = (verbAt < Infinity && subject && SUBJECT_GAP.test(text.slice(subject.end, verbAt)) ? subject : undefined) ?? people.find((mn) => selon || !heldBy(mn));
			const person = named ?? (people.length ? undefined : last && maySpeak(last) && (selon || !/[,;]/u.test(text.slice(last.end, q.start))) ? last : undefined);
			if (person && (selon || speechBefore || /:[\s\u00a0\u202f]*$/u.test(before))) {
				// The subject of the speech verb: the first named person of the clause, else the body.
				speaker = person.value;
				attrStart = person.start;
			} else if (!person && beforeMentions.length && speechBefore && lastSpeaker && si - lastSpeaker.sentence <= 1) {
				// "a-t-elle ajouté avant d’affirmer que «…», ainsi que «…»": the speaker goes on.
				speaker = lastSpeaker!.name;
				inferred = true;
			} else if (speechBefore || /:[\s\u00a0\u202f]*$/u.test(before)) {
				// "le président iranien a martelé : «…»"
				const r = SPEAKER_BEFORE.exec(before);
				const who = r ? resolveRolePhrase(r[1], names.roles, names.posts) : undefined;
				if (who) {
					speaker = who;
					inferred = true;
					attrStart = sent.start + r!.index + r![0].indexOf(r![1]);
				}
			}
		}
		// “…,” said X. “It’s a life vest, not a life boat.” — a quote opening the next sentence of
		// the same paragraph, with no attribution of its own and no one named since, goes on (a quote
		// followed by "a jugé le lauréat" has its own speaker, though no name says who).
		if (
			!speaker &&
			!attributedAfter &&
			lastSpeaker &&
			si - lastSpeaker.sentence <= 1 &&
			sentences[lastSpeaker.sentence]?.paragraph === sent.paragraph &&
			/^[\s\u00a0\u202f]*$/u.test(before) &&
			!(bySentence.get(si) ?? []).some((mn) => mn.type === 'person' && mentionOutside(mn)) &&
			!(bySentence.get(lastSpeaker.sentence) ?? []).some((mn) => mn.type === 'person' && mn.start > lastSpeaker!.pos && mentionOutside(mn))
		) {
			speaker = lastSpeaker.name;
			inferred = true;
		}
		if (!speaker) {
			// An attribution whose subject is not resolved ends the chain of "he added".
			if (attributedAfter) lastSpeaker = undefined;
			continue;
		}
		// An attribution after the quote runs to the end of its clause ("a-t-il noté lors de la
		// cérémonie de signature"), so the evidence shows the whole attribution.
		if (attrEnd > q.end) {
			const tail = text.slice(attrEnd, afterEnd);
			const stop = tail.search(/[.;!?«“]/u);
			attrEnd += stop < 0 ? tail.length : stop;
		}
		// Scare quotes of a word or two are not quotations worth a question.
		if (words < 3) {
			lastSpeaker = { name: speaker, sentence: si, pos: attrEnd };
			continue;
		}
		const start = Math.max(attrStart, sent.start);
		let end = Math.min(Math.max(attrEnd, q.end), text.length);
		const span = text.slice(start, end).replace(/[\s\u00a0\u202f]+$/u, '');
		end = start + span.length;
		facts.push({
			id: `quote-${start}`,
			type: 'quote',
			value: speaker,
			text: span,
			start,
			end,
			sentence: si,
			quote: q.inner.trim(),
			...(inferred ? { inferred: true } : {}),
			confidence: inferred ? 0.7 : 0.85
		});
		lastSpeaker = { name: speaker, sentence: endSi, pos: Math.max(attrEnd, q.end) };
	}
	facts.push(...transcriptAnswers(article, names, facts));
	return facts;
}

// An interview set out as a transcript: "JM: We’re only playing one old song live." The label is
// a speaker's initials (or name); initials stand for the person the transcript names with them
// ("I’m Jeff Morgan"). Each answer of eight words or more is that person's quote; the
// interviewer's questions are not.
const SPEAKER_LINE = /^(\p{Lu}{2,3}|\p{Lu}[\p{L}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}'’-]+){1,2}):[\s\u00a0]+(?=\S)/u;

/** Sentences that open a transcript line with a speaker label, when the article is a transcript. */
export function speakerLines(article: Article): { sentence: number; labelEnd: number; label: string }[] {
	const text = article.text;
	const out: { sentence: number; labelEnd: number; label: string }[] = [];
	for (const s of article.sentences) {
		if (s.start > 0 && text[s.start - 1] !== '\n') continue;
		const m = SPEAKER_LINE.exec(s.text);
		if (m) out.push({ sentence: s.index, labelEnd: s.start + m[0].length, label: m[1] });
	}
	// A transcript has several speaker lines; two lone labels are an exchange quoted in prose.
	return out.length >= 4 ? out : [];
}

function transcriptAnswers(article: Article, names: NameIndex, quotes: Fact[]): Fact[] {
	const text = article.text;
	const lines = speakerLines(article);
	if (!lines.length) return [];
	const people = [...new Set(names.mentions.filter((m) => m.type === 'person' && m.value.includes(' ')).map((m) => m.value))];
	const byInitials = new Map<string, string | null>();
	for (const p of people) {
		const initials = p.split(/[\s\u00a0-]+/u).map((w) => w[0]).join('').toUpperCase();
		byInitials.set(initials, byInitials.has(initials) ? null : p);
	}
	const who = (label: string) => (/^\p{Lu}{2,3}$/u.test(label) ? byInitials.get(label) : people.includes(label) ? label : undefined) ?? undefined;
	// The interviewer asks: a speaker whose lines mostly end with a question mark.
	const asks = new Map<string, [number, number]>();
	for (const line of lines) {
		const speaker = who(line.label);
		if (!speaker) continue;
		const t = asks.get(speaker) ?? [0, 0];
		const from = article.sentences[line.sentence].start;
		const lineEnd = text.indexOf('\n', from);
		if (/\?[\s"”»]*$/u.test(text.slice(from, lineEnd < 0 ? text.length : lineEnd))) t[0]++;
		t[1]++;
		asks.set(speaker, t);
	}
	const out: Fact[] = [];
	for (const line of lines) {
		const speaker = who(line.label);
		if (!speaker) continue;
		const [q, n] = asks.get(speaker)!;
		if (2 * q >= n) continue;
		const s = article.sentences[line.sentence];
		// "SL: It’s been awesome. Definitely the best tour I’ve been on.": short sentences of one
		// answer are read together, up to three, never past the end of the line.
		const lineEnd = text.indexOf('\n', line.labelEnd);
		let last = s;
		while (
			text.slice(line.labelEnd, last.end).trim().split(/\s+/u).length < 8 &&
			last.index - s.index < 2 &&
			article.sentences[last.index + 1] &&
			(lineEnd < 0 || article.sentences[last.index + 1].end <= lineEnd)
		)
			last = article.sentences[last.index + 1];
		const said = text.slice(line.labelEnd, last.end).trim();
		if (said.endsWith('?') || said.split(/\s+/u).length < 8) continue;
		// "My name is Steven Lovas, and I play bass": an introduction, not something said worth asking.
		if (said.includes(speaker.split(/\s+/u).at(-1)!)) continue;
		const start = line.labelEnd;
		if (quotes.some((f) => f.start < s.end && start < f.end)) continue;
		out.push({ id: `quote-${start}`, type: 'quote', value: speaker, text: said, start, end: start + said.length, sentence: s.index, quote: said, inferred: true, confidence: 0.75 });
	}
	return out;
}

/** Character ranges of all quotations in the article (negations inside them are opinions). */
export function quoteRanges(text: string): [number, number][] {
	const out: [number, number][] = [];
	QUOTE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = QUOTE.exec(text))) out.push([m.index, m.index + m[0].length]);
	return out;
}

/** The quote (sorted, non-overlapping ranges) holding `pos`, by binary search. */
export function quoteAt(quotes: [number, number][], pos: number): [number, number] | undefined {
	let lo = 0;
	let hi = quotes.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (quotes[mid][1] <= pos) lo = mid + 1;
		else if (quotes[mid][0] > pos) hi = mid - 1;
		else return quotes[mid];
	}
	return undefined;
}
