// Scores the engine against gold facts.
//   npm run eval -- [--verbose] [--only <name fragment>]        the fixtures in tests/fixtures/articles
//   npm run eval -- --corpus dev|test|all [--verbose] [--only …] [--engine-order]  the real-article corpus
//     (tests/corpus); questions are listed as a set shows them, most confident first, unless --engine-order
//        [--min-confidence 0] [--rated 16]   keep every question / export more of them for the raters
// Prints matched/total per article and each missed fact; with --verbose, also what the engine
// produced around it (facts overlapping the gold surface, the questions nearest to it) and why
// the nearest candidates did not count, which is what you need to improve the engine.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/lib/engine';
import type { EngineResult } from '../src/lib/engine/types';
import { boilerplateStart, scoreGold, type GoldFile } from '../src/lib/engine/gold';
import { explainMiss, oneLine, traceNotes } from './eval-explain';
import { runCorpus } from './eval-corpus';

const DIR = resolve(import.meta.dirname ?? '.', '../tests/fixtures/articles');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

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
		const { notes, trace } = traceNotes();
		let t0 = 0;
		try {
			// The first call pays for module initialisation (lexicons, regexes): time a warm call. The
			// untimed one gives the trace (it changes nothing of the result).
			analyze(text, verbose ? { trace } : {});
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
			if (verbose) for (const line of explainMiss(result, fact, notes)) console.log(line);
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

const corpusAt = args.indexOf('--corpus');
if (corpusAt >= 0) {
	const split = args[corpusAt + 1];
	if (split !== 'dev' && split !== 'test' && split !== 'all') {
		console.error('Usage: npm run eval -- --corpus dev|test|all [--verbose] [--only <id fragment>]');
		process.exit(2);
	}
	const number = (flag: string) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
	runCorpus(split, { verbose, only, minConfidence: number('--min-confidence'), rated: number('--rated'), engineOrder: args.includes('--engine-order') });
} else main();
