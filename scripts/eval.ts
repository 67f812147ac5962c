// Scores the engine against the hand-written gold facts in tests/fixtures/articles.
//   npx tsx scripts/eval.ts [--verbose] [--only <name fragment>]
// Prints matched/total per article and each missed fact; with --verbose, also what the engine
// produced around it (facts overlapping the gold surface, the questions nearest to it) and why
// the nearest candidates did not count, which is what you need to improve the engine.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/lib/engine/index';
import type { EngineResult, Question, Span } from '../src/lib/engine/types';
import {
	answerMatches,
	boilerplateStart,
	evidenceShows,
	locateSurface,
	questionAnswers,
	scoreGold,
	type GoldFact,
	type GoldFile
} from '../src/lib/engine/gold';

const DIR = resolve(import.meta.dirname ?? '.', '../tests/fixtures/articles');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const oneLine = (s: string, max = 110): string => {
	const t = s.replace(/\s+/g, ' ').trim();
	return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function distance(a: Span, b: Span): number {
	if (a.end <= b.start) return b.start - a.end;
	if (b.end <= a.start) return a.start - b.end;
	return 0;
}

function describeQuestion(q: Question, text: string, fact: GoldFact): string {
	const answerOk = questionAnswers(q, fact);
	const evidenceOk = evidenceShows(q, text, fact.surface);
	const why = answerOk ? (evidenceOk ? 'MATCH' : 'evidence lacks surface') : evidenceOk ? 'wrong answer' : 'elsewhere';
	return `[${q.type}] ${oneLine(q.prompt, 80)} → ${JSON.stringify(q.answerValue)} (${oneLine(q.answer, 40)}) · ${why}`;
}

function explainMiss(result: EngineResult, fact: GoldFact): string[] {
	const lines: string[] = [];
	const at = locateSurface(result.text, fact.surface);
	if (!at) return ['      (gold surface not found in the engine text)'];
	const facts = result.facts.filter((f) => f.start < at.end && f.end > at.start);
	// ✓ marks an extracted fact with the gold value: then the loss is in question generation/ranking.
	const mark = (v: string) => (answerMatches(v, fact) ? ' ✓' : '');
	lines.push(
		facts.length
			? `      facts here: ${facts.map((f) => `${f.type}=${JSON.stringify(f.value)}${mark(f.value)} «${oneLine(f.text, 40)}»`).join('; ')}`
			: '      facts here: none'
	);
	if (facts.some((f) => mark(f.value)))
		lines.push('      → the right fact was extracted but no kept question asks it with this evidence');
	const nearest = [...result.questions]
		.sort((a, b) => distance(a.evidence, at) - distance(b.evidence, at) || a.evidence.start - b.evidence.start)
		.slice(0, 3);
	if (nearest.length === 0) lines.push('      questions: none');
	for (const q of nearest) lines.push(`      q: ${describeQuestion(q, result.text, fact)}`);
	return lines;
}

function main(): void {
	const names = readdirSync(DIR)
		.filter((f) => f.endsWith('.facts.json') && (!only || f.includes(only)))
		.sort();
	if (names.length === 0) {
		console.error(`No gold files in ${DIR}${only ? ` matching "${only}"` : ''}.`);
		process.exit(2);
	}

	let sumMatched = 0;
	let sumTotal = 0;
	let sumBoiler = 0;
	let failures = 0;
	const rows: string[] = [];
	for (const name of names) {
		const gold = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as GoldFile;
		const text = readFileSync(join(DIR, gold.article), 'utf8');
		let result: EngineResult;
		let t0 = 0;
		try {
			// The first call pays for module initialisation (lexicons, regexes): time a warm call.
			analyze(text);
			t0 = performance.now();
			result = analyze(text);
		} catch (e) {
			failures++;
			console.log(`\n${name}: ENGINE ERROR ${(e as Error).message}`);
			continue;
		}
		const ms = performance.now() - t0;
		const s = scoreGold(result, gold);
		sumMatched += s.matched.length;
		sumTotal += s.total;
		sumBoiler += s.boilerplateQuestions;
		const pct = Math.round(s.score * 100);
		const row = `${name.replace('.facts.json', '').padEnd(26)} ${gold.lang}  ${String(s.matched.length).padStart(2)}/${String(s.total).padEnd(2)} ${String(pct).padStart(3)}%  boilerplate ${s.boilerplateQuestions}  questions ${String(result.questions.length).padStart(2)}  facts ${String(result.facts.length).padStart(3)}  ${ms.toFixed(1)} ms`;
		rows.push(row);
		console.log(`\n${row}`);
		const meta = (['title', 'author', 'published', 'updated'] as const)
			.filter((k) => (result.article[k] ?? null) !== (gold[k] ?? null))
			.map((k) => `${k} ${JSON.stringify(result.article[k])} ≠ gold ${JSON.stringify(gold[k])}`);
		if (meta.length) console.log(`  ~ metadata: ${meta.join('; ')}`);
		for (const id of s.missed) {
			const fact = gold.facts.find((f) => f.id === id)!;
			console.log(`  ✗ ${id} (${fact.type}) = ${JSON.stringify(fact.value)}  «${oneLine(fact.surface, 70)}»`);
			if (verbose) for (const line of explainMiss(result, fact)) console.log(line);
		}
		if (s.boilerplateQuestions > 0) {
			const start = boilerplateStart(result.text, gold) ?? result.text.length;
			for (const q of result.questions.filter((q) => q.evidence.end > start))
				console.log(`  ! boilerplate question: ${oneLine(q.prompt, 80)} «${oneLine(q.evidence.text, 50)}»`);
		}
	}

	console.log('\nSummary');
	for (const row of rows) console.log(`  ${row}`);
	const pct = sumTotal ? ((100 * sumMatched) / sumTotal).toFixed(1) : '0';
	console.log(
		`  TOTAL ${sumMatched}/${sumTotal} (${pct}%)  boilerplate questions ${sumBoiler}${failures ? `  engine errors ${failures}` : ''}`
	);
	if (failures) process.exitCode = 1;
}

main();
