// The engine's public entry point: article in, facts and questions out.
// ingest/ → extract/ (temporal, then people, places, quotes, negations, events) → dedupe/sort →
// questions/ (templates, distractors, ranking); check/ grades answers; text/ is shared by all.
import type { AnyRange, Article, EngineOptions, EngineResult, ExtractContext, Fact, LocalisedText, ReferencePrecision } from './types';
import { ingest } from './ingest';
import { extractTemporal } from './extract/temporal';
import { extractEntities, attachEvents } from './extract/entities';
import { generateQuestions } from './questions';
import { fmtDay, latestYearNamed } from './text/calendar';
import { CONFIDENCE_FLOOR } from './questions/confidence';

export type * from './types';
export { EngineError } from './errors';
export type { EngineErrorCode } from './errors';
export { checkAnswer } from './check/answer-check';
export { normalizeText } from './text/normalize';
export { ingest } from './ingest';

export const DEFAULT_MAX_QUESTIONS = 30;
export { CONFIDENCE_FLOOR };

/** Today as YYYY-MM-DD in local time (the reader's "today", not UTC's). */
function today(): string {
	const d = new Date();
	return fmtDay({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
}

/**
 * The date relative expressions are read against, and how much of it is known. An undated text
 * never takes today's year: its latest plausible year stands in, and nothing relative is resolved.
 */
export function referenceFor(published: string | null, article: Article): { reference: string; precision: ReferencePrecision } {
	const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
	if (day) return { reference: day[0], precision: 'day' };
	const month = /^(\d{4})-(\d{2})/.exec(published ?? '');
	if (month) return { reference: `${month[0]}-15`, precision: 'month' };
	const year = /^(\d{4})/.exec(published ?? '');
	if (year) return { reference: `${year[1]}-07-01`, precision: 'year' };
	const latest = latestYearNamed(article.sentences, new Date().getFullYear() + 1);
	return { reference: latest ? `${latest}-07-01` : today(), precision: 'none' };
}

function overlaps(start: number, end: number, ranges: readonly AnyRange[]): boolean {
	for (const [s, e] of ranges) if (start < e && end > s) return true;
	return false;
}

/**
 * One fact per id (`${type}-${start}`): extractors may meet the same span twice; the more confident
 * reading wins. Facts that stray into metadata or boilerplate, or whose text does not match the
 * article, are dropped rather than shown to a teacher.
 */
export function dedupeFacts(text: string, facts: Fact[], excluded: readonly AnyRange[]): Fact[] {
	const byId = new Map<string, Fact>();
	for (const f of facts) {
		if (f.start < 0 || f.end > text.length || f.end <= f.start) continue;
		if (text.slice(f.start, f.end) !== f.text) continue;
		if (overlaps(f.start, f.end, excluded)) continue;
		const id = `${f.type}-${f.start}`;
		const prev = byId.get(id);
		if (!prev || (f.confidence ?? 0.5) > (prev.confidence ?? 0.5)) byId.set(id, { ...f, id });
	}
	return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

function emptyReason(factCount: number): LocalisedText {
	return factCount === 0
		? {
				en: 'No facts worth asking about were found in this article (dates, numbers, people, places, quotes…). Try a longer news or encyclopedia article.',
				fr: 'Aucun fait à interroger n’a été trouvé dans cet article (dates, nombres, personnes, lieux, citations…). Essayez un article d’actualité ou d’encyclopédie plus long.'
			}
		: {
				en: 'Facts were found, but none gave a clear, unambiguous question.',
				fr: 'Des faits ont été trouvés, mais aucun ne permet une question claire et sans ambiguïté.'
			};
}

export function analyze(input: string, opts: EngineOptions = {}): EngineResult {
	const article = ingest(input, opts);
	const { reference, precision } = referenceFor(opts.published ?? article.published, article);
	const ctx: ExtractContext = { article, reference, referencePrecision: precision };

	const extracted = [...extractTemporal(ctx), ...extractEntities(ctx)];
	const withEvents = attachEvents(ctx, extracted);
	const facts = dedupeFacts(article.text, withEvents, [...article.removed, ...article.metadata]);
	const questions = generateQuestions(article, facts, {
		max: opts.max ?? DEFAULT_MAX_QUESTIONS,
		reference,
		published: opts.published ?? article.published,
		minConfidence: opts.minConfidence ?? CONFIDENCE_FLOOR,
		everyForm: opts.everyForm,
		trace: opts.trace
	});

	const result: EngineResult = {
		article: {
			title: article.title,
			author: article.author,
			published: opts.published ?? article.published,
			updated: article.updated,
			lang: article.lang,
			removed: article.removed
		},
		text: article.text,
		sentences: article.sentences,
		facts,
		questions
	};
	if (!questions.length) result.emptyReason = emptyReason(facts.length);
	return result;
}
