// The CPU-heavy tasks: reading an article (the engine) and fitting a student's FSRS parameters.
// They run in a worker thread (compute-worker.ts) so the server keeps answering meanwhile; this
// file is what both the worker and the in-process fallback execute. Errors come back as data:
// a class such as EngineError does not survive the trip between threads.
import { analyze } from '$lib/engine';
import { EngineError } from '$lib/engine/errors';
import type { EngineOptions, EngineResult } from '$lib/engine/types';
import { fit, type CardHistory, type FitResult } from '$lib/srs/optimizer';

export type Task =
	| { kind: 'analyze'; input: string; options: EngineOptions }
	| { kind: 'fit'; histories: CardHistory[]; budgetMs: number };

export type TaskOutcome =
	| { ok: true; kind: 'analyze'; result: EngineResult }
	| { ok: true; kind: 'fit'; result: FitResult }
	| { ok: false; engineError: { code: EngineError['code']; messages: EngineError['messages'] } };

export function runTask(task: Task): TaskOutcome {
	if (task.kind === 'fit') return { ok: true, kind: 'fit', result: fit(task.histories, { budgetMs: task.budgetMs }) };
	try {
		return { ok: true, kind: 'analyze', result: analyze(task.input, task.options) };
	} catch (error) {
		if (error instanceof EngineError) return { ok: false, engineError: { code: error.code, messages: error.messages } };
		throw error;
	}
}
