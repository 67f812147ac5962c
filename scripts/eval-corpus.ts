// Scores the engine on the real-article corpus (tests/corpus/, texts in .cache/corpus/) and writes
// every question to .cache/eval/<split>.md and .json for the raters. See tests/corpus/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/lib/engine';
import type { EngineResult, Question, Span } from '../src/lib/engine/types';
import { locateSurface, normalizeValue, questionMatchesFact, type GoldFact } from '../src/lib/engine/gold';
import { engineOptionsFor, loadCorpus, splitOf, FACT_TYPES_GOLD, type CorpusFile } from './corpus';
import { explainMiss, oneLine, traceNotes } from './eval-explain';
import { teacherOrder } from '../src/lib/engine/questions/confidence';

/** Questions per article that the raters read. */
export const RATED_PER_ARTICLE = 12;

const OUT_DIR = resolve(import.meta.dirname ?? '.', '../.cache/eval');

interface Tally {
	matched: number;
	total: number;
}
const tally = (): Tally => ({ matched: 0, total: 0 });
const pct = (t: Tally) => (t.total ? `${((100 * t.matched) / t.total).toFixed(0)}%` : '–');

/** Where a non-content line stands in the text: occurrences that begin or end a line (a short
 * fragment such as a cut-off "Elle est" also occurs inside real sentences). */
function lineOccurrences(text: string, surface: string): Span[] {
	const spans: Span[] = [];
	let from = 0;
	for (;;) {
		const at = locateSurface(text, surface, from);
		if (!at) return spans;
		const startsLine = /(?:^|\n)[ \t\u00a0]*$/u.test(text.slice(Math.max(0, at.start - 40), at.start));
		const endsLine = /^[ \t\u00a0]*(?:\n|$)/u.test(text.slice(at.end, at.end + 40));
		if (startsLine || endsLine) spans.push(at);
		from = at.end;
	}
}

const surname = (name: string) => normalizeValue(name).split(' ').pop() ?? '';

/** Whether the engine has a person fact for this gold person (same surname). */
function recognised(result: EngineResult, person: string): boolean {
	const wanted = surname(person);
	return result.facts.some((f) => f.type === 'person' && surname(f.value) === wanted);
}

/** Whether a person is named at least once outside non-content lines and bylines. */
function inProse(text: string, person: string, nonContent: Span[]): boolean {
	let from = 0;
	for (;;) {
		const at = locateSurface(text, person, from);
		if (!at) return false;
		const byline = /(?:^|\n)[ \t]*(?:by|par)[ \t]+$/iu.test(text.slice(Math.max(0, at.start - 12), at.start));
		if (!byline && !nonContent.some((s) => at.start < s.end && at.end > s.start)) return true;
		from = at.end;
	}
}

/** Questions whose evidence comes from a line that is not article content. */
function fromNonContent(result: EngineResult, file: CorpusFile): Question[] {
	const spans = (file.not_content ?? []).flatMap((line) => lineOccurrences(result.text, line));
	return result.questions.filter((q) => spans.some((s) => q.evidence.start < s.end && q.evidence.end > s.start));
}

function engineOptions(file: CorpusFile, minConfidence?: number) {
	return { ...engineOptionsFor(file), ...(minConfidence !== undefined ? { minConfidence } : {}) };
}

/**
 * One article as the raters read it: its questions in the markdown file (all, the unrated ones
 * after a line) and its first `rated` questions in the JSON a round stores verdicts against.
 */
export function forReading(
	a: { id: string; lang: string; split: string; url: string; published: string | null },
	title: string | null,
	questions: readonly Question[],
	rated: number
): { md: string[]; json: unknown } {
	const md = [`## ${a.id} (${a.lang}, ${a.split})`, '', `${a.url} · published ${a.published ?? 'unknown'} · engine title: ${title ?? '(none)'}`, ''];
	questions.forEach((q, i) => {
		if (i === rated) md.push('', `(questions beyond the first ${rated} are not rated)`, '');
		md.push(...describe(q, i + 1));
	});
	md.push('');
	const json = {
		id: a.id,
		lang: a.lang,
		title,
		questions: questions.slice(0, rated).map((q, i) => ({ n: i + 1, type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer, evidence: q.evidence.text }))
	};
	return { md, json };
}

function describe(q: Question, n: number): string[] {
	const lines = [`${n}. [${q.type}] ${q.prompt}`];
	if (q.choices.length && q.type !== 'truefalse')
		lines.push(`   choices: ${q.choices.map((c) => (c === q.answer ? `**${c}**` : c)).join(' | ')}`);
	lines.push(`   answer: ${q.answer}${q.answerValue !== q.answer ? `  (${q.answerValue})` : ''}`);
	lines.push(`   evidence: «${oneLine(q.evidence.text, 400)}»`);
	return lines;
}

export function runCorpus(
	split: 'dev' | 'test' | 'all',
	opts: { verbose?: boolean; only?: string; minConfidence?: number; rated?: number; engineOrder?: boolean }
): void {
	const rated = opts.rated ?? RATED_PER_ARTICLE;
	const corpus = loadCorpus();
	const ids = corpus.map((c) => c.file.id);
	const chosen = corpus.filter(
		({ file }) => (split === 'all' || splitOf(file.id, ids) === split) && (!opts.only || file.id.includes(opts.only))
	);
	const byType = new Map<string, Tally>(FACT_TYPES_GOLD.map((t) => [t, tally()]));
	const byLang = { fr: tally(), en: tally() };
	const people = { fr: tally(), en: tally() };
	// Gold facts asked within the first `rated` questions: the main facts a teacher wrote down, in the
	// part of the set a teacher reads first (recall says whether they are asked at all).
	const top = { fr: tally(), en: tally() };
	let nonContent = 0;
	let missingTexts = 0;
	const md: string[] = [`# Engine questions on the ${split} split`, ''];
	const json: unknown[] = [];
	const rows: string[] = [];

	for (const { file, text } of chosen) {
		if (text === null) {
			missingTexts++;
			console.log(`${file.id}: no cached text (see tests/corpus/README.md)`);
			continue;
		}
		const { notes, trace } = traceNotes();
		const analysed = analyze(text, { ...engineOptions(file, opts.minConfidence), trace: opts.verbose ? trace : undefined });
		// Read as a teacher sees the set (most confident first), unless the engine's own order is asked.
		const result = opts.engineOrder ? analysed : { ...analysed, questions: teacherOrder(analysed.questions) };
		const matched: GoldFact[] = [];
		const missed: GoldFact[] = [];
		let inFirst = 0;
		for (const fact of file.facts as GoldFact[]) {
			// The first question asking it says both whether it is asked and whether among the first `rated`.
			const at = result.questions.findIndex((q) => questionMatchesFact(q, result.text, fact));
			const hit = at >= 0;
			top[file.lang].total++;
			if (hit && at < rated) {
				top[file.lang].matched++;
				inFirst++;
			}
			(hit ? matched : missed).push(fact);
			const t = byType.get(fact.type)!;
			t.total++;
			byLang[file.lang].total++;
			if (hit) {
				t.matched++;
				byLang[file.lang].matched++;
			}
		}
		// Only people the article's prose names: not a byline, a credit or a promo's.
		const nonContentSpans = (file.not_content ?? []).flatMap((line) => lineOccurrences(result.text, line));
		const named = file.people.filter((p) => inProse(result.text, p, nonContentSpans));
		const known = named.filter((p) => recognised(result, p));
		people[file.lang].total += named.length;
		people[file.lang].matched += known.length;
		const bad = fromNonContent(result, file);
		nonContent += bad.length;

		const row = `${file.id.padEnd(34)} ${file.lang} ${splitOf(file.id, ids).padEnd(4)} ${String(matched.length).padStart(2)}/${String(file.facts.length).padEnd(2)} first ${String(inFirst).padStart(2)} people ${known.length}/${named.length}  non-content q ${bad.length}  questions ${result.questions.length}`;
		rows.push(row);
		console.log(`\n${row}`);
		for (const fact of missed) {
			console.log(`  ✗ ${fact.id} (${fact.type}) = ${JSON.stringify(fact.value)}  «${oneLine(fact.surface, 70)}»`);
			if (opts.verbose) for (const line of explainMiss(result, fact, notes)) console.log(line);
		}
		for (const p of named.filter((p) => !known.includes(p))) console.log(`  ? person not recognised: ${p}`);
		for (const q of bad) console.log(`  ! question from a non-content line: ${oneLine(q.prompt, 80)} «${oneLine(q.evidence.text, 60)}»`);

		const reading = forReading({ ...file, split: splitOf(file.id, ids) }, result.article.title, result.questions, rated);
		md.push(...reading.md);
		json.push(reading.json);
	}

	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(resolve(OUT_DIR, `${split}.md`), md.join('\n'));
	writeFileSync(resolve(OUT_DIR, `${split}.json`), JSON.stringify(json, null, 1));

	const all = { matched: byLang.fr.matched + byLang.en.matched, total: byLang.fr.total + byLang.en.total };
	const ppl = { matched: people.fr.matched + people.en.matched, total: people.fr.total + people.en.total };
	const firstAll = { matched: top.fr.matched + top.en.matched, total: top.fr.total + top.en.total };
	console.log(`\nSummary (${split}: ${chosen.length - missingTexts} articles)`);
	for (const row of rows) console.log(`  ${row}`);
	console.log('\nRecall by fact type');
	for (const [type, t] of byType) if (t.total) console.log(`  ${type.padEnd(13)} ${String(t.matched).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t)}`);
	console.log(
		`\n  TOTAL ${all.matched}/${all.total} (${pct(all)})  French ${pct(byLang.fr)}  English ${pct(byLang.en)}` +
			`\n  in the first ${rated} ${firstAll.matched}/${firstAll.total} (${pct(firstAll)})  French ${pct(top.fr)}  English ${pct(top.en)}` +
			`\n  people recognised ${ppl.matched}/${ppl.total} (${pct(ppl)})  questions from non-content lines ${nonContent}` +
			`\n  questions for reading: .cache/eval/${split}.md`
	);
	console.log(
		JSON.stringify({ split, recall: all.total ? all.matched / all.total : 0, firstRecall: firstAll.total ? firstAll.matched / firstAll.total : 0, people: ppl.total ? ppl.matched / ppl.total : 0, nonContent })
	);
	if (missingTexts) process.exitCode = 1;
}
