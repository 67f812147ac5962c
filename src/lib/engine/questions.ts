// Questions from facts, in the article's language: multiple choice, cloze, true/false, short
// answer, "who said", chronological order. Each fact yields a few candidates (a worded question
// when a grammatical template fits, a cloze of its sentence always); rank.ts keeps the best.
import { normalizeText } from './answer-check';
import { distractorsFor, hashString, seededShuffle, type Option } from './distractors';
import { datePrecisionOf, formatDate, formatFactValue, MONTHS, parseIsoDate } from './format';
import { rankCandidates, rejectReason, type Candidate } from './rank';
import {
	capitalize,
	clozePrefix,
	datePrompt,
	durationPrompt,
	namedByRolePrompt,
	orderPrompt,
	personEventPrompt,
	placePrompt,
	quotePrompt,
	trueFalseLabels,
	trueFalsePrompt
} from './templates';
import type { Article, Evidence, Fact, FactType, Lang, Question, QuestionType, Sentence } from './types';

export const BLANK = '_____';

const TYPE_WEIGHT: Record<FactType, number> = {
	date: 1,
	duration: 0.95,
	negation: 0.95,
	quote: 0.9,
	person: 0.8,
	place: 0.8,
	organisation: 0.75,
	event: 0.8,
	money: 0.75,
	percent: 0.7,
	ordinal: 0.7,
	quantity: 0.65
};

const BASE_DIFFICULTY: Record<QuestionType, number> = {
	truefalse: 0.2,
	mcq: 0.35,
	whosaid: 0.4,
	cloze: 0.55,
	order: 0.65,
	short: 0.7
};

const MAX_CLOZE_WORDS = 32;
const MAX_QUOTE_WORDS = 30;
const MAX_EVENT_WORDS = 16;

interface Ctx {
	article: Article;
	lang: Lang;
	facts: Fact[];
	articleDates: string[];
	people: string[];
	/** Reference date YYYY-MM-DD (publication date): later dates are planned events. */
	reference: string;
	/** Facts per sentence: a dense sentence is usually a key one. */
	density: Map<number, number>;
}

function words(s: string): number {
	return s.trim().split(/\s+/).filter(Boolean).length;
}

function surnameOf(name: string): string {
	const w = normalizeText(name).split(' ');
	return w[w.length - 1] ?? '';
}

/** The sentences covering the fact (a quote may run over several). */
function evidenceFor(article: Article, fact: Fact): Evidence {
	const own = article.sentences[fact.sentence];
	let start = own.start;
	let end = own.end;
	for (const s of article.sentences) {
		if (s.end > fact.start && s.start < fact.end) {
			start = Math.min(start, s.start);
			end = Math.max(end, s.end);
		}
	}
	return { start, end, text: article.text.slice(start, end) };
}

/**
 * The sentence with the fact's span blanked, cut to the clauses around the blank when the
 * sentence is long. Null when the span is not inside the sentence.
 */
export function clozeOf(sentence: Sentence, span: { start: number; end: number }): string | null {
	if (span.start < sentence.start || span.end > sentence.end) return null;
	const a = span.start - sentence.start;
	const b = span.end - sentence.start;
	const text = sentence.text.slice(0, a) + BLANK + sentence.text.slice(b);
	if (words(text) <= MAX_CLOZE_WORDS) return text.replace(/\s+/g, ' ').trim();
	// Clause boundaries: commas, semicolons, colons, quote marks.
	const cuts = [0];
	const re = /[,;:]\s+|\s*[«»“”]\s*/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) cuts.push(m.index + m[0].length);
	cuts.push(text.length);
	const blankAt = text.indexOf(BLANK);
	let i = cuts.findIndex((c, k) => c <= blankAt && (cuts[k + 1] ?? Infinity) > blankAt);
	let j = i + 1;
	const piece = () => text.slice(cuts[i], cuts[j]);
	while (words(piece()) < 12 && (i > 0 || j < cuts.length - 1)) {
		if (j < cuts.length - 1) j++;
		if (words(piece()) < 12 && i > 0) i--;
	}
	let out = piece().replace(/\s+/g, ' ').trim().replace(/[,;:«“]\s*$/, '').trim();
	if (cuts[i] > 0) out = `… ${out}`;
	if (cuts[j] < text.length) out = `${out} …`;
	return out;
}

// Signs that an "event" is a copied clause rather than a noun phrase: finite verbs, relative
// pronouns, a title, a capitalised determiner inside, a demonstrative, a dangling ending.
const FR_CLAUSE = /(?:^|\s)(?:a|ont|est|sont|sera|seront|aura|avait|était|entrera|que|qu['’]|qui|dont|où|il|elle|ils|celle|celui|ceux|M\.|Mme)(?=\s|$)|\s(?:L['’]|Le|La|Les)\s?\p{L}|(?:^|\s)(?:de|du|des|d['’]|à|au|aux|la|le|les|l['’]|et|en|par|signé|signée|existant)$/u;
const EN_CLAUSE = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|said|says|that|which|who|whom|he|she|they|Mr\.|Mrs\.|Ms\.)(?=\s|$)|(?:^|\s)(?:of|to|in|on|at|by|the|a|an|and|for)$/u;

/** A noun-phrase event usable in a template: short, not a clause, and not giving the answer away. */
export function usableEventText(event: string | undefined, lang: Lang): string | null {
	const e = event?.trim().replace(/\s+/g, ' ');
	if (!e || words(e) > MAX_EVENT_WORDS) return null;
	// A noun phrase starts with a lower-case noun or a determiner ("la signature", "signing of").
	if (/^\p{Lu}/u.test(e) && !/^(?:L['’]|Le|La|Les|The)\s?/u.test(e)) return null;
	if ((lang === 'fr' ? FR_CLAUSE : EN_CLAUSE).test(e)) return null;
	if (/\s{2,}|\s[,.;:]/.test(event ?? '')) return null;
	return e;
}

function usableEvent(fact: Fact, giveaways: string[], lang: Lang = 'fr'): string | null {
	const e = usableEventText(fact.event, lang);
	if (!e) return null;
	const n = normalizeText(e);
	if (giveaways.some((g) => g && ` ${n} `.includes(` ${g} `))) return null;
	return e;
}

function difficulty(ctx: Ctx, type: QuestionType, fact: Fact, extra = 0): number {
	const n = Math.max(1, ctx.article.sentences.length - 1);
	let d = BASE_DIFFICULTY[type] + 0.15 * (fact.sentence / n) + extra;
	if (fact.inferred) d += 0.05;
	return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100;
}

function factScore(ctx: Ctx, fact: Fact): number {
	const sentence = ctx.article.sentences[fact.sentence];
	const n = Math.max(1, ctx.article.sentences.length - 1);
	let s = TYPE_WEIGHT[fact.type] ?? 0.5;
	if (sentence.paragraph <= 1) s += 0.25;
	if (usableEventText(fact.event, ctx.lang)) s += 0.15;
	s += 0.04 * Math.min(5, ctx.density.get(fact.sentence) ?? 1);
	s -= 0.2 * (fact.sentence / n);
	s *= 0.6 + 0.4 * (fact.confidence ?? 0.8);
	if ((fact.type === 'place' || fact.type === 'person' || fact.type === 'organisation') && !isComplement(ctx.article, fact))
		s -= 0.2;
	return Math.round(s * 1000) / 1000;
}

// "à Moscou", "avec Vladimir Poutine", "par l'agence…": a name that completes an action is worth
// asking about; a name as the subject of "a déclaré" much less.
function isComplement(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 40), fact.start).toLowerCase();
	if (/(?:^|[\s'’])(?:à|a|en|au|aux|dans|avec|par|vers|de|du|pour|contre|in|at|to|with|by|from|into|against)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{L}-]+\s+){0,3}$/u.test(before)) {
		// "de" only counts after a noun it completes, not at a clause start; keep it loose.
		return true;
	}
	if (fact.role) return true;
	return false;
}

function locativeBefore(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 12), fact.start).toLowerCase();
	return /(?:^|\s)(?:à|en|au|aux|dans|in|at)\s*$/.test(before);
}

function sinceBefore(article: Article, fact: Fact): boolean {
	const before = article.text.slice(Math.max(0, fact.start - 24), fact.start).toLowerCase();
	return /(?:depuis|since)\s+(?:(?:le|la|l['’])\s*)?(?:mois\s+d['’]|month\s+of\s+)?$/.test(before) || /^(?:depuis|since)\s/i.test(fact.text);
}

function makeQuestion(
	ctx: Ctx,
	type: QuestionType,
	fact: Fact,
	prompt: string,
	answer: string,
	answerValue: string,
	choices: string[],
	extraDifficulty = 0,
	factIds: string[] = [fact.id]
): Question {
	return {
		id: `q-${type}-${factIds[0]}`,
		type,
		prompt,
		answer,
		answerValue,
		choices,
		factIds,
		evidence: evidenceFor(ctx.article, fact),
		difficulty: difficulty(ctx, type, fact, extraDifficulty)
	};
}

function mcqChoices(fact: Fact, answer: string, distractors: Option[]): string[] | null {
	if (distractors.length < 3) return null;
	return seededShuffle([answer, ...distractors.slice(0, 3).map((d) => d.label)], hashString(`${fact.id}/choices`));
}

/** What must not be in a prompt for this fact: the answer in its normalised forms. */
function giveawaysOf(ctx: Ctx, fact: Fact, label: string): string[] {
	const out = new Set<string>();
	const add = (s: string | undefined) => {
		const n = s ? normalizeText(s) : '';
		if (n && !/^(?:le|la|les|l|de|du|des)$/.test(n)) out.add(n);
	};
	add(label);
	add(fact.text);
	if (fact.type === 'person' || fact.type === 'quote') add(surnameOf(fact.value));
	else if (!['negation', 'event'].includes(fact.type)) add(fact.value);
	if (fact.type === 'date') {
		const p = parseIsoDate(fact.value);
		// "janvier" alone in the prompt of a month question would give it away.
		if (p?.month && p.day === undefined) add(MONTHS[ctx.lang][p.month - 1]);
	}
	return [...out];
}

// ---------------------------------------------------------------- per-kind candidates

function worded(
	ctx: Ctx,
	fact: Fact,
	prompt: string,
	label: string,
	distractors: Option[],
	giveaways: string[],
	score: number,
	out: Candidate[]
): void {
	const choices = mcqChoices(fact, label, distractors);
	if (choices)
		out.push({ question: makeQuestion(ctx, 'mcq', fact, prompt, label, fact.value, choices, 0), fact, factScore: score, typeScore: 0.3, giveaways });
	out.push({ question: makeQuestion(ctx, 'short', fact, prompt, label, fact.value, [], 0), fact, factScore: score, typeScore: choices ? 0.22 : 0.3, giveaways });
}

function clozes(ctx: Ctx, fact: Fact, label: string, distractors: Option[], giveaways: string[], score: number, out: Candidate[]): void {
	// "le mois dernier" blanked with "décembre 2024" as the answer would not fit its sentence.
	if (fact.type === 'date' && !/\d/.test(fact.text) && fact.inferred) return;
	const sentence = ctx.article.sentences[fact.sentence];
	const span = blankSpan(fact);
	const cloze = clozeOf(sentence, span);
	if (!cloze) return;
	const surface = ctx.article.text.slice(span.start, span.end);
	// The blank stands for the words of the text; the value is what a checker compares.
	const clozeAnswer = fact.type === 'event' ? fact.value : surface;
	out.push({ question: makeQuestion(ctx, 'cloze', fact, cloze, clozeAnswer, fact.value, [], 0), fact, factScore: score, typeScore: 0.15, giveaways });
	const choices = mcqChoices(fact, label, distractors);
	if (choices)
		out.push({
			question: makeQuestion(ctx, 'mcq', fact, clozePrefix(ctx.lang) + cloze, label, fact.value, choices, 0.05),
			fact,
			factScore: score,
			typeScore: 0.2,
			giveaways
		});
}

// The blank covers the value, not the little words around it ("le _____", "de _____ ans" stays readable).
const LEADING_FUNCTION_WORDS = /^(?:(?:de|du|des|le|la|les|pendant|durant|depuis|en|à|au|aux|the|for|in|on|of|since|during)\s+|(?:d|l)['’])/i;

function blankSpan(fact: Fact): { start: number; end: number } {
	let start = fact.start;
	let t = fact.text;
	for (let i = 0; i < 2; i++) {
		const m = LEADING_FUNCTION_WORDS.exec(t);
		if (!m || m[0].length >= t.length) break;
		start += m[0].length;
		t = t.slice(m[0].length);
	}
	const trailing = /[\s,.;:]+$/.exec(t);
	return { start, end: fact.end - (trailing ? trailing[0].length : 0) };
}

// Sentences that stand alone as a statement: no pronoun subject to resolve, no quotation.
function standsAlone(text: string, lang: Lang): boolean {
	if (words(text) > 35 || /[«»“”"]/.test(text)) return false;
	const opener = lang === 'fr'
		? /^(?:il|elle|ils|elles|ce|cet|cette|ces|celui|celle|ceux|on|cela|ça|c['’]|lui|leur|selon lui|selon elle)\b/i
		: /^(?:he|she|it|they|this|that|these|those|his|her|their|its)\b/i;
	return !opener.test(text.trim());
}

function perturbedSurface(fact: Fact, d: Option, lang: Lang): string | null {
	const surface = fact.text;
	if (fact.type === 'date') {
		const a = parseIsoDate(fact.value);
		const b = parseIsoDate(d.value);
		if (!a || !b || a.season || b.season) return null;
		let s = surface;
		if (a.year !== b.year) {
			if (!s.includes(String(a.year))) return null;
			s = s.replace(String(a.year), String(b.year));
		}
		if (a.month !== b.month && a.month && b.month) {
			const names = MONTHS[lang];
			const re = new RegExp(names[a.month - 1], 'i');
			if (!re.test(s)) return null;
			s = s.replace(re, names[b.month - 1]);
		}
		if (a.day !== b.day && a.day && b.day) {
			const re = new RegExp(`(?<!\\d)${a.day}(?:er)?(?!\\d)`);
			if (!re.test(s)) return null;
			s = s.replace(re, String(b.day));
		}
		return s === surface ? null : s;
	}
	if (['duration', 'quantity', 'money', 'percent'].includes(fact.type)) {
		const a = /\d+(?:[.,]\d+)?/.exec(surface);
		const b = /\d+(?:\.\d+)?/.exec(d.value.replace(/^PT?/, ''));
		if (!a || !b) return null;
		return surface.slice(0, a.index) + b[0].replace('.', lang === 'fr' ? ',' : '.') + surface.slice(a.index + a[0].length);
	}
	if (fact.type === 'place' || fact.type === 'person') return d.label;
	return null;
}

function trueFalse(ctx: Ctx, fact: Fact, distractors: Option[], giveaways: string[], score: number, out: Candidate[]): void {
	const sentence = ctx.article.sentences[fact.sentence];
	if (!standsAlone(sentence.text, ctx.lang) || fact.start < sentence.start || fact.end > sentence.end) return;
	const [vrai, faux] = trueFalseLabels(ctx.lang);
	const seed = hashString(`${fact.id}/tf`);
	// One in three stays true, so "false" is not always the answer.
	if (seed % 3 === 0) {
		out.push({
			question: makeQuestion(ctx, 'truefalse', fact, trueFalsePrompt(ctx.lang, sentence.text), vrai, 'true', [vrai, faux], 0.05),
			fact,
			factScore: score,
			typeScore: 0.12,
			giveaways: []
		});
		return;
	}
	const d = distractors[seed % Math.max(1, distractors.length)];
	if (!d) return;
	const replacement = perturbedSurface(fact, d, ctx.lang);
	if (!replacement) return;
	const a = fact.start - sentence.start;
	const b = fact.end - sentence.start;
	const statement = sentence.text.slice(0, a) + replacement + sentence.text.slice(b);
	void giveaways;
	out.push({
		question: makeQuestion(ctx, 'truefalse', fact, trueFalsePrompt(ctx.lang, statement), faux, 'false', [vrai, faux], 0.1),
		fact,
		factScore: score,
		typeScore: 0.08,
		giveaways: []
	});
}

/** The noun a duration measures: "un accord de partenariat stratégique de 20 ans" → "accord de partenariat stratégique". */
function durationSubject(ctx: Ctx, fact: Fact): string | null {
	const ev = fact.event?.trim();
	if (ev && /^(?:dur[ée]e|duration)\s/i.test(ev)) return ev;
	const sentence = ctx.article.sentences[fact.sentence];
	let before = ctx.article.text.slice(sentence.start, fact.start);
	if (/^(?:de|d['’])/i.test(fact.text)) before += 'de ';
	if (ctx.lang === 'fr') {
		const m = /(?:^|\s)(?:un|une|le|la|l['’]|son|sa|leur|ce|cet|cette)\s*([\p{L}’'-]+(?:\s+(?:de|d['’]|du|des)?\s*[\p{L}’'-]+){0,4}?)\s+(?:d['’]une\s+durée\s+)?(?:de|d['’])\s*$/u.exec(before);
		if (m && !/\d/.test(m[1])) return m[1];
		return null;
	}
	const after = ctx.article.text.slice(fact.end, sentence.end);
	if (/-$/.test(fact.text) || /^-?(?:year|month|week|day)/i.test(after) || /-(?:year|month|week|day)$/i.test(fact.text)) {
		const m = /^(?:-?(?:year|month|week|day)s?)?(?:-long)?\s+((?:[a-z-]+\s+){0,3}?(?:agreement|deal|treaty|contract|partnership|plan|pact|term|sentence|lease|programme|program|mission|strategy|ban|freeze|truce|ceasefire|loan|bond|war|conflict|project))\b/i.exec(after);
		if (m) return m[1];
	}
	return null;
}

function candidatesFor(ctx: Ctx, fact: Fact): Candidate[] {
	const out: Candidate[] = [];
	const score = factScore(ctx, fact);
	const label = formatFactValue(fact, ctx.lang);
	const giveaways = giveawaysOf(ctx, fact, label);
	const distractors = distractorsFor(fact, ctx.facts, ctx.lang, { articleDates: ctx.articleDates, people: ctx.people });
	switch (fact.type) {
		case 'date': {
			const event = usableEvent(fact, giveaways, ctx.lang);
			if (event) {
				const precision = fact.precision ?? datePrecisionOf(fact.value) ?? undefined;
				const key = dateKey(fact.value);
				const future = !!key && key[0] > Number(ctx.reference.replace(/-/g, '').slice(0, 8));
				worded(ctx, fact, datePrompt(ctx.lang, event, precision, sinceBefore(ctx.article, fact), future), label, distractors, giveaways, score, out);
			}
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, giveaways, score, out);
			break;
		}
		case 'duration': {
			const subject = durationSubject(ctx, fact);
			if (subject && !giveaways.some((g) => normalizeText(subject).includes(g)))
				worded(ctx, fact, durationPrompt(ctx.lang, subject), label, distractors, giveaways, score, out);
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, giveaways, score, out);
			break;
		}
		case 'place': {
			const event = usableEvent(fact, giveaways, ctx.lang);
			if (event && locativeBefore(ctx.article, fact))
				worded(ctx, fact, placePrompt(ctx.lang, event, fact.placeKind), label, distractors, giveaways, score + 0.1, out);
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, giveaways, score, out);
			break;
		}
		case 'person': {
			// A short mention of someone named in full elsewhere: the full name is the answer.
			const event = usableEvent(fact, giveaways, ctx.lang);
			const people = ctx.facts.filter((f) => f.type === 'person' && surnameOf(f.value) !== surnameOf(fact.value));
			if (event) {
				const sameEvent = people.filter((f) => f.event === fact.event);
				const role = fact.role && !sameEvent.some((f) => f.role && normalizeText(f.role) === normalizeText(fact.role!)) ? fact.role : undefined;
				if (role || sameEvent.length === 0)
					worded(ctx, fact, personEventPrompt(ctx.lang, event, role), label, distractors, giveaways, score, out);
			} else if (fact.role && !people.some((f) => f.role && normalizeText(f.role) === normalizeText(fact.role!))) {
				worded(ctx, fact, namedByRolePrompt(ctx.lang, fact.role), label, distractors, giveaways, score - 0.05, out);
			}
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, giveaways, score, out);
			break;
		}
		case 'organisation': {
			const others = ctx.facts.filter((f) => f.type === 'organisation' && f.value !== fact.value);
			if (fact.role && !others.some((f) => f.role && normalizeText(f.role) === normalizeText(fact.role!)))
				worded(ctx, fact, namedByRolePrompt(ctx.lang, fact.role), label, distractors, giveaways, score, out);
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			break;
		}
		case 'quote': {
			const quote = fact.quote?.trim();
			// A few quoted words ("« dans tous les domaines »") are a phrase, not a statement to attribute.
			if (quote && words(quote) >= 4 && words(fact.value) >= 1 && !/^(?:il|elle|he|she|they|ils)$/i.test(fact.value)) {
				const q = words(quote) > MAX_QUOTE_WORDS ? `${quote.split(/\s+/).slice(0, MAX_QUOTE_WORDS).join(' ')} …` : quote;
				const choices = mcqChoices(fact, fact.value, distractors);
				if (choices)
					out.push({
						question: makeQuestion(ctx, 'whosaid', fact, quotePrompt(ctx.lang, q), fact.value, fact.value, choices),
						fact,
						factScore: score,
						typeScore: 0.35,
						giveaways: [surnameOf(fact.value)]
					});
			}
			break;
		}
		case 'negation': {
			if (fact.statement?.trim()) {
				const [vrai, faux] = trueFalseLabels(ctx.lang);
				out.push({
					question: makeQuestion(ctx, 'truefalse', fact, trueFalsePrompt(ctx.lang, fact.statement), faux, 'false', [vrai, faux]),
					fact,
					factScore: score,
					typeScore: 0.35,
					giveaways: []
				});
			}
			break;
		}
		case 'event':
			clozes(ctx, fact, fact.value, [], giveaways, score, out);
			break;
		default:
			// Quantities, ordinals, money, percentages: asked in their sentence.
			clozes(ctx, fact, label, distractors, giveaways, score, out);
			trueFalse(ctx, fact, distractors, giveaways, score, out);
	}
	return out;
}

// ---------------------------------------------------------------- order

function dateKey(value: string): [number, number] | null {
	const p = parseIsoDate(value);
	if (!p) return null;
	// Interval [first day, last day] as comparable numbers.
	const seasonMonths: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };
	const y = p.year * 10000;
	if (p.season) {
		const [a, b] = seasonMonths[p.season];
		return [y + a * 100 + 1, y + b * 100 + 31];
	}
	if (p.month === undefined) return [y + 101, y + 1231];
	if (p.day === undefined) return [y + p.month * 100 + 1, y + p.month * 100 + 31];
	return [y + p.month * 100 + p.day, y + p.month * 100 + p.day];
}

function orderCandidate(ctx: Ctx, dated: Fact[]): Candidate | null {
	// One fact per event label and per date; dates whose intervals overlap cannot be ordered.
	const picked: { fact: Fact; label: string; key: [number, number] }[] = [];
	const byScore = dated
		.filter((f) => usableEventText(f.event, ctx.lang) && words(f.event!) <= 12)
		.map((f) => ({ f, s: factScore(ctx, f) }))
		.sort((a, b) => b.s - a.s || a.f.start - b.f.start);
	for (const { f } of byScore) {
		const key = dateKey(f.value);
		if (!key) continue;
		const label = capitalize(f.event!.trim());
		if (picked.some((p) => normalizeText(p.label) === normalizeText(label))) continue;
		if (picked.some((p) => !(key[1] < p.key[0] || key[0] > p.key[1]))) continue;
		picked.push({ fact: f, label, key });
		if (picked.length === 4) break;
	}
	if (picked.length < 3) return null;
	const shown = seededShuffle(picked, hashString(picked.map((p) => p.fact.id).join('|')));
	// A shuffle that happens to be the answer asks nothing: rotate it.
	const chrono = [...shown].sort((a, b) => a.key[0] - b.key[0]);
	if (shown.every((p, i) => p === chrono[i])) shown.push(shown.shift()!);
	const answerIdx = chrono.map((p) => shown.indexOf(p));
	const first = chrono[0].fact;
	const q = makeQuestion(
		ctx,
		'order',
		first,
		orderPrompt(ctx.lang),
		chrono.map((p) => `${p.label} (${formatDate(p.fact.value, ctx.lang)})`).join(' → '),
		answerIdx.join(','),
		shown.map((p) => p.label),
		0,
		chrono.map((p) => p.fact.id)
	);
	return { question: q, fact: first, factScore: 0.9, typeScore: 0.2, giveaways: [] };
}

// ---------------------------------------------------------------- entry point

function inRanges(ranges: [number, number][], f: { start: number; end: number }): boolean {
	return ranges.some(([a, b]) => f.start < b && f.end > a);
}

export function generateQuestions(article: Article, facts: Fact[], opts: { max: number; reference: string }): Question[] {
	const lang = article.lang;
	const usable = facts.filter(
		(f) =>
			article.sentences[f.sentence] !== undefined &&
			!inRanges(article.removed, f) &&
			!inRanges(article.metadata, f) &&
			f.value.trim() !== ''
	);
	const density = new Map<number, number>();
	for (const f of usable) density.set(f.sentence, (density.get(f.sentence) ?? 0) + 1);
	const articleDates = [...new Set(usable.filter((f) => f.type === 'date').map((f) => f.value))];
	if (article.published) articleDates.push(article.published.slice(0, 10));
	const people = [...new Set([...usable.filter((f) => f.type === 'person').map((f) => f.value), ...(article.author ? [article.author] : [])])];
	const reference = /^\d{4}-\d{2}-\d{2}/.test(opts.reference) ? opts.reference : (article.published ?? '9999-12-31').slice(0, 10);
	const ctx: Ctx = { article, lang, facts: usable, articleDates, people, density, reference };
	const candidates: Candidate[] = [];
	for (const f of usable) candidates.push(...candidatesFor(ctx, f));
	const order = orderCandidate(ctx, usable.filter((f) => f.type === 'date'));
	if (order) candidates.push(order);
	return rankCandidates(candidates, article, Math.max(0, opts.max));
}
