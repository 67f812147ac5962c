// Entity stage of the engine: people, places, organisations, quotes, negations and event facts,
// plus the event label every fact is about. Works over `article.sentences` only, so removed and
// metadata ranges never yield facts.
import { extractAcronymNames } from './acronyms';
import type { ExtractContext, Fact } from '../types';
import { findNames } from './names';
import { extractQuotes, quoteRanges } from './quotes';
import { extractNegations } from './negations';
import { attachEventLabels, extractEventFacts } from './events';
import { extractRoles } from './roles';
import { extractRelations } from './relations';

export function extractEntities(ctx: ExtractContext): Fact[] {
	const { article } = ctx;
	const text = article.text;
	const names = findNames(article);
	const facts: Fact[] = [];
	for (const m of names.mentions) {
		const f: Fact = {
			id: `${m.type}-${m.start}`,
			type: m.type,
			value: m.value,
			text: text.slice(m.start, m.end),
			start: m.start,
			end: m.end,
			sentence: m.sentence,
			confidence: m.confidence
		};
		// "Thomas E. a formé opposition": a surname kept to its initial keeps its full stop, in the
		// answer and, inside a sentence, in the blank (at a sentence's end the stop is the sentence's too).
		if (m.type === 'person' && /(?:^|\s)\p{Lu}$/u.test(m.value) && text[m.end] === '.') {
			f.value = `${m.value}.`;
			if (/^\.[\s\u00a0\u202f]*(?:\p{Ll}|[,;])/u.test(text.slice(m.end, m.end + 4))) {
				f.end = m.end + 1;
				f.text = text.slice(m.start, f.end);
			}
		}
		if (m.role) f.role = m.role;
		if (m.placeKind) f.placeKind = m.placeKind;
		// A surname-only mention carries the full name: resolved from context.
		if (m.type === 'person' && f.text.replace(/[\s\u00a0\u202f]+/g, ' ') !== m.value) f.inferred = true;
		facts.push(f);
	}
	const quotes = quoteRanges(text);
	const quoteFacts = extractQuotes(article, names);
	facts.push(...quoteFacts);
	facts.push(...extractNegations(article, quotes, quoteFacts.map((q) => ({ start: q.start, end: q.end, name: q.value }))));
	facts.push(...extractEventFacts(article, quotes));
	facts.push(...extractRoles(article, names));
	facts.push(...extractRelations(article));
	const spelled = extractAcronymNames(article, facts);
	const inSpelled = (f: Fact) => f.type === 'organisation' && spelled.some((a) => f.start >= a.start && f.end <= a.end);
	// Ids are `${type}-${start}`: keep the first fact of each id (the one dedupe for every extractor).
	const seen = new Set<string>();
	const out = [...spelled, ...facts.filter((f) => !inSpelled(f))].filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
	out.sort((a, b) => a.start - b.start || a.end - b.end);
	return out;
}

export function attachEvents(ctx: ExtractContext, facts: Fact[]): Fact[] {
	return attachEventLabels(ctx.article, facts);
}
