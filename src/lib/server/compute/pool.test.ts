// Proves the compute pool with real worker threads: the engine gives the same questions in a
// worker as in-process, its errors come back as EngineError, a task past its budget is stopped
// with ComputeTimeout, and while a worker reads a long article this thread keeps running.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '$lib/engine';

let pool: typeof import('./pool');
const seed = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');

beforeAll(async () => {
	process.env.COMPUTE_WORKERS = '2';
	pool = await import('./pool');
});
afterAll(async () => {
	await pool.closePool();
	process.env.COMPUTE_WORKERS = '0';
});

describe('compute pool', () => {
	it('reads an article in a worker exactly as in-process', async () => {
		const outcome = await pool.compute({ kind: 'analyze', input: seed, options: { max: 30, published: '2025-01-24' } }, 60_000);
		expect(outcome.ok && outcome.kind === 'analyze').toBe(true);
		if (!outcome.ok || outcome.kind !== 'analyze') return;
		const local = analyze(seed, { max: 30, published: '2025-01-24' });
		expect(outcome.result.questions.map((q) => [q.prompt, q.answer])).toEqual(local.questions.map((q) => [q.prompt, q.answer]));
	}, 60_000);

	it('sends the engine’s refusals back as data', async () => {
		const outcome = await pool.compute({ kind: 'analyze', input: '   ', options: {} }, 60_000);
		expect(outcome).toMatchObject({ ok: false, engineError: { code: 'empty' } });
	}, 60_000);

	it('stops a task past its budget', async () => {
		await expect(pool.compute({ kind: 'analyze', input: seed.repeat(20), options: {} }, 5)).rejects.toBeInstanceOf(pool.ComputeTimeout);
	}, 60_000);

	it('keeps this thread free while a worker reads a long article', async () => {
		const texts = readdirSync('tests/fixtures/articles').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'));
		let long = '';
		for (let i = 0; long.length < 300_000; i++) long += texts[i % texts.length] + '\n\n';
		let ticks = 0;
		const timer = setInterval(() => ticks++, 10);
		const started = Date.now();
		const outcome = await pool.compute({ kind: 'analyze', input: long, options: {} }, 60_000);
		const elapsed = Date.now() - started;
		clearInterval(timer);
		expect(outcome.ok).toBe(true);
		// In-process, not one timer would have fired before the analysis returned.
		expect(ticks).toBeGreaterThan(Math.floor(elapsed / 10 / 4));
	}, 60_000);
});
