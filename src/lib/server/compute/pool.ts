// A pool of worker threads for the CPU-heavy tasks (tasks.ts): a 490,000-character article or a
// heavy student's parameter fit no longer holds the only thread that answers requests. Sized to
// the machine (COMPUTE_WORKERS, default: the cores less one, 1 to 4); COMPUTE_WORKERS=0 runs the
// tasks in-process (the unit tests do). Each task has a time budget; past it the worker is
// stopped and the caller gets a ComputeTimeout to turn into a clear message. Each thread also has
// a memory ceiling (workerLimits): past it the thread is stopped and the caller gets a
// ComputeOutOfMemory, instead of the server's memory growing with whatever it was sent.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { runTask, type Task, type TaskOutcome } from './tasks';

export class ComputeTimeout extends Error {
	constructor(readonly budgetMs: number) {
		super(`The task took longer than ${budgetMs} ms`);
		this.name = 'ComputeTimeout';
	}
}

export class ComputeOutOfMemory extends Error {
	constructor(readonly limitMb: number) {
		super(`The task needed more than ${limitMb} MB`);
		this.name = 'ComputeOutOfMemory';
	}
}

/**
 * A worker's heap (COMPUTE_WORKER_MB sets the old generation's ceiling). V8 sizes a thread's heap
 * for the machine (a 48 MB young generation, an old generation that may grow to 4 GB, collected
 * late), so on a large machine one 400,000-character article made the thread hold ~110 MB. The
 * engine's live data for a 500,000-character article (the most it accepts) fits in 48 MB of old
 * generation; 256 MB leaves five times that, and a small young generation costs the engine no
 * measurable time while keeping ~30 MB less resident.
 */
export function workerLimits(env: Record<string, string | undefined> = process.env): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
	const asked = Number(env.COMPUTE_WORKER_MB);
	return { maxOldGenerationSizeMb: Number.isInteger(asked) && asked >= 16 ? asked : 256, maxYoungGenerationSizeMb: 8 };
}

/** The engine's budget per article, in milliseconds (ENGINE_TIME_BUDGET_MS). */
export function engineBudgetMs(env: Record<string, string | undefined> = process.env): number {
	const n = Number(env.ENGINE_TIME_BUDGET_MS);
	return Number.isFinite(n) && n > 0 ? n : 20_000;
}

export function workerCount(env: Record<string, string | undefined> = process.env): number {
	const asked = env.COMPUTE_WORKERS?.trim();
	if (asked !== undefined && asked !== '' && Number.isInteger(Number(asked)) && Number(asked) >= 0) return Math.min(Number(asked), 16);
	return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * The worker's file: the built one (`npm run build` writes build/workers/), or, when this module
 * runs from source (vite dev, vitest), an entry that compiles the TypeScript through tsx.
 */
function workerFile(): string | null {
	if (import.meta.url.endsWith('.ts')) return new URL('./dev-worker.mjs', import.meta.url).href;
	const built = resolve('build/workers/compute-worker.js');
	if (existsSync(built)) return pathToFileURL(built).href;
	console.warn(`compute: ${built} is missing (run \`npm run build\`); the engine runs on the main thread.`);
	return null;
}

let pool: Tinypool | null | undefined;
let limits = workerLimits();

function getPool(): Tinypool | null {
	if (pool !== undefined) return pool;
	const threads = workerCount();
	const filename = threads === 0 ? null : workerFile();
	if (!filename) return (pool = null);
	limits = workerLimits();
	// Threads start on demand and stop after a minute idle: an idle school server holds none.
	pool = new Tinypool({ filename, minThreads: 0, maxThreads: threads, idleTimeout: 60_000, resourceLimits: limits });
	return pool;
}

/** Runs a task in the pool (or in-process without one), stopping it after `budgetMs`. */
export async function compute(task: Task, budgetMs: number): Promise<TaskOutcome> {
	const p = getPool();
	if (!p) return runTask(task);
	const signal = AbortSignal.timeout(budgetMs);
	try {
		return (await p.run(task, { signal })) as TaskOutcome;
	} catch (error) {
		if (signal.aborted) throw new ComputeTimeout(budgetMs);
		if ((error as { code?: unknown })?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ComputeOutOfMemory(limits.maxOldGenerationSizeMb);
		throw error;
	}
}

/** Stops the threads (tests, shutdown). */
export async function closePool(): Promise<void> {
	const p = pool;
	pool = undefined;
	await p?.destroy();
}
