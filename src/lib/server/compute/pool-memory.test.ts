// The compute pool's memory ceiling with real worker threads: a task that needs more than the
// ceiling stops its thread and comes back as ComputeOutOfMemory (not an unexplained failure), and
// the pool goes on serving. Its own file: the pool is built once per module, with the env it sees.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { workerLimits } from './pool';

let pool: typeof import('./pool');
const texts = readdirSync('tests/fixtures/articles')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'));

beforeAll(async () => {
	process.env.COMPUTE_WORKERS = '1';
	process.env.COMPUTE_WORKER_MB = '24';
	pool = await import('./pool');
});
afterAll(async () => {
	await pool.closePool();
	process.env.COMPUTE_WORKERS = '0';
	delete process.env.COMPUTE_WORKER_MB;
});

describe('worker memory ceiling', () => {
	it('is 256 MB of old generation and 8 MB of young by default, COMPUTE_WORKER_MB from 16 up', () => {
		expect(workerLimits({})).toEqual({ maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 });
		expect(workerLimits({ COMPUTE_WORKER_MB: '512' }).maxOldGenerationSizeMb).toBe(512);
		expect(workerLimits({ COMPUTE_WORKER_MB: '8' }).maxOldGenerationSizeMb).toBe(256);
		expect(workerLimits({ COMPUTE_WORKER_MB: 'lots' }).maxOldGenerationSizeMb).toBe(256);
	});

	it('stops a task past the ceiling with ComputeOutOfMemory, then serves the next task', async () => {
		let long = '';
		for (let i = 0; long.length < 480_000; i++) long += texts[i % texts.length] + '\n\n';
		const failed = await pool.compute({ kind: 'analyze', input: long, options: {} }, 120_000).catch((e: unknown) => e);
		expect(failed).toBeInstanceOf(pool.ComputeOutOfMemory);
		expect((failed as InstanceType<typeof pool.ComputeOutOfMemory>).limitMb).toBe(24);
		const next = await pool.compute({ kind: 'analyze', input: '   ', options: {} }, 60_000);
		expect(next).toMatchObject({ ok: false, engineError: { code: 'empty' } });
	}, 120_000);
});
