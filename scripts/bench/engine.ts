// Engine benchmark: seed latency, corpus throughput, scaling with length, memory across runs.
// Targets: seed median ≤ 20 ms, ≥ 250 KB/s, time(2×)/time(1×) ≤ 2.2, no heap growth.
// Every figure also times the stages on the seed, so a missed target points at its stage.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, dedupeFacts } from '../../src/lib/engine';
import { ingest } from '../../src/lib/engine/ingest';
import { extractTemporal } from '../../src/lib/engine/extract/temporal';
import { extractEntities, attachEvents } from '../../src/lib/engine/extract/entities';
import { generateQuestions } from '../../src/lib/engine/questions';
import type { ExtractContext } from '../../src/lib/engine/types';
import { median } from './median';

/** The fixture articles; the seed is 000_ff880fe1591cdf84.txt. */
function loadArticles(): { name: string; text: string }[] {
	const dir = new URL('../../tests/fixtures/articles/', import.meta.url);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') }));
}

/** CPU milliseconds used by this process so far: unlike wall time, not inflated by a busy machine. */
function cpuMs(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

function medianTime(clock: () => number, f: () => unknown, runs: number): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = clock();
		f();
		times.push(clock() - t);
	}
	return median(times);
}

const cpuMedian = (f: () => unknown, runs: number) => medianTime(cpuMs, f, runs);
const wallMedian = (f: () => unknown, runs: number) => medianTime(() => performance.now(), f, runs);

/** A callable gc even when node was started without --expose-gc. */
function getGc(): (() => void) | null {
	const g = (globalThis as { gc?: () => void }).gc;
	if (g) return g;
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return null;
	}
}

/** Median time of each stage on one input (what to look at when a target is missed). */
function stageTimes(text: string, runs: number, cpu = false): Record<string, number> {
	const timeMedian = cpu ? cpuMedian : wallMedian;
	const article = ingest(text);
	const ctx: ExtractContext = { article, reference: article.published?.slice(0, 10) ?? '2025-01-24' };
	const temporal = extractTemporal(ctx);
	const entities = extractEntities(ctx);
	const withEvents = attachEvents(ctx, [...temporal, ...entities]);
	const facts = dedupeFacts(article.text, withEvents, [...article.removed, ...article.metadata]);
	return {
		ingestMs: timeMedian(() => ingest(text), runs),
		temporalMs: timeMedian(() => extractTemporal(ctx), runs),
		entitiesMs: timeMedian(() => extractEntities(ctx), runs),
		eventsMs: timeMedian(() => attachEvents(ctx, [...temporal, ...entities]), runs),
		questionsMs: timeMedian(() => generateQuestions(article, facts, { max: 30, reference: ctx.reference }), runs)
	};
}

/** Content paragraphs of the French articles, to build long articles of a chosen size. */
function longArticle(articles: { text: string }[], chars: number): string {
	const paragraphs: string[] = [];
	for (const a of articles) {
		const art = ingest(a.text);
		if (art.lang !== 'fr') continue;
		for (const p of art.paragraphs.slice(1)) paragraphs.push(art.text.slice(p.start, p.end));
	}
	const parts = ['Un long article pour mesurer le passage à l’échelle', ''];
	let size = 0;
	for (let i = 0; size < chars; i++) {
		const p = paragraphs[i % paragraphs.length];
		parts.push(p, '');
		size += p.length + 2;
	}
	return parts.join('\n');
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, number>> {
	const articles = loadArticles();
	const seed = articles.find((a) => a.name.startsWith('000_'))?.text;
	if (!seed) throw new Error('no seed article to benchmark (tests/fixtures/articles/000_*.txt missing)');
	const out: Record<string, number> = {};

	// Seed latency after warm-up (JIT, lazy tables).
	for (let i = 0; i < (quick ? 15 : 40); i++) analyze(seed);
	out.seedMedianMs = wallMedian(() => analyze(seed), quick ? 30 : 100);
	// The same in CPU time: on a shared machine wall time also counts other processes' turns.
	out.seedMedianCpuMs = cpuMedian(() => analyze(seed), quick ? 30 : 100);

	// Throughput: every article analysed on its own, repeated until the corpus reaches the size.
	const target = quick ? 300_000 : 1_000_000;
	const usable = articles.filter((a) => {
		try {
			analyze(a.text);
			return true;
		} catch (e) {
			console.log(`skipping ${a.name}: ${e instanceof Error ? e.message : e}`);
			return false;
		}
	});
	let bytes = 0;
	let count = 0;
	const t0 = performance.now();
	const c0 = cpuMs();
	for (let i = 0; bytes < target; i++) {
		const a = usable[i % usable.length];
		analyze(a.text);
		bytes += Buffer.byteLength(a.text, 'utf8');
		count++;
	}
	const seconds = (performance.now() - t0) / 1000;
	out.kbPerSec = bytes / 1000 / seconds;
	out.kbPerSecCpu = bytes / 1000 / ((cpuMs() - c0) / 1000);
	out.corpusKb = bytes / 1000;
	out.corpusArticles = count;

	// Scaling: the same kind of text at 1× and 2× length.
	const base = quick ? 20_000 : 50_000;
	const one = longArticle(usable, base);
	const two = longArticle(usable, base * 2);
	analyze(one);
	analyze(two);
	const runs = 3;
	const t1 = wallMedian(() => analyze(one), runs);
	const t2 = wallMedian(() => analyze(two), runs);
	out.scaling2x = t2 / t1;
	out.scaling2xCpu = cpuMedian(() => analyze(two), runs) / cpuMedian(() => analyze(one), runs);
	out.scalingBaseKb = one.length / 1000;
	out.scalingBaseMs = t1;

	// Memory: heap after GC before and after many runs.
	const gc = getGc();
	const n = quick ? 300 : 1000;
	gc?.();
	const before = process.memoryUsage().heapUsed;
	for (let i = 0; i < n; i++) analyze(seed);
	gc?.();
	gc?.();
	const after = process.memoryUsage().heapUsed;
	out.heapGrowthMb = (after - before) / 1024 / 1024;
	out.heapRuns = n;
	out.gcExposed = gc ? 1 : 0;

	// Where the time goes, always reported; on a scaling miss, per stage at both lengths.
	const stages = stageTimes(seed, quick ? 20 : 50);
	for (const [k, v] of Object.entries(stages)) out[`seed.${k}`] = v;
	// The same in CPU time, the figure to compare across runs on a busy machine.
	for (const [k, v] of Object.entries(stageTimes(seed, quick ? 20 : 50, true))) out[`seed.cpu.${k}`] = v;
	// Stages at 1× and 2× length in CPU time: a stage growing faster than the text shows here.
	const c1 = stageTimes(one, runs, true);
	const c2 = stageTimes(two, runs, true);
	for (const k of Object.keys(c1)) out[`scalingCpu.${k}`] = c2[k] / c1[k];
	// Stage totals over one pass of the distinct articles: where the corpus throughput goes.
	const totals: Record<string, number> = {};
	for (const a of usable) {
		for (const [k, v] of Object.entries(stageTimes(a.text, 3))) totals[k] = (totals[k] ?? 0) + v;
	}
	for (const [k, v] of Object.entries(totals)) out[`articles.${k}`] = v;
	const misses: string[] = [];
	if (out.seedMedianMs > 20) misses.push(`seed median ${out.seedMedianMs.toFixed(1)} ms > 20 ms`);
	if (out.kbPerSec < 250) misses.push(`throughput ${out.kbPerSec.toFixed(0)} KB/s < 250 KB/s`);
	if (out.scaling2x > 2.2) {
		misses.push(`scaling ${out.scaling2x.toFixed(2)} > 2.2`);
		const s1 = stageTimes(one, runs);
		const s2 = stageTimes(two, runs);
		for (const k of Object.keys(s1)) {
			console.log(`  stage ${k}: ${s1[k].toFixed(1)} ms → ${s2[k].toFixed(1)} ms at 2× (×${(s2[k] / s1[k]).toFixed(2)})`);
		}
	}
	if (out.heapGrowthMb > 5) misses.push(`heap grew ${out.heapGrowthMb.toFixed(1)} MB over ${n} runs`);
	const slowest = Object.entries(stages).sort((a, b) => b[1] - a[1])[0];
	console.log(`slowest stage on the seed: ${slowest[0]} (${slowest[1].toFixed(2)} ms)`);
	console.log(misses.length ? `targets missed: ${misses.join('; ')}` : 'all engine targets met');
	return out;
}
