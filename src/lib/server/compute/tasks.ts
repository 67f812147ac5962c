// The CPU-heavy tasks: reading an article (the engine), fitting a student's FSRS parameters and
// taking the text out of an uploaded PDF or Word file.
// They run in a worker thread (compute-worker.ts) so the server keeps answering meanwhile; this
// file is what both the worker and the in-process fallback execute. Errors come back as data:
// a class such as EngineError does not survive the trip between threads.
// Each task's code is loaded when a task of its kind first runs: the server thread, which only
// hands tasks to the pool, never holds the engine's language models and date parsers (~30 MB).
import { EngineError } from '$lib/engine/errors';
import type { EngineOptions, EngineResult } from '$lib/engine/types';
import type { CardHistory, FitResult } from '$lib/srs/optimizer';
import type { DocumentFormat, ExtractError } from '$lib/server/import/documents';

export type Task =
	| { kind: 'analyze'; input: string; options: EngineOptions }
	| { kind: 'fit'; histories: CardHistory[]; budgetMs: number }
	| { kind: 'extract'; format: DocumentFormat; bytes: Uint8Array };

export type TaskOutcome =
	| { ok: true; kind: 'analyze'; result: EngineResult }
	| { ok: true; kind: 'fit'; result: FitResult }
	| { ok: true; kind: 'extract'; text: string }
	| { ok: false; kind: 'extract'; extractError: ExtractError }
	| { ok: false; engineError: { code: EngineError['code']; messages: EngineError['messages'] } };

export async function runTask(task: Task): Promise<TaskOutcome> {
	if (task.kind === 'extract') {
		const { extractDocument } = await import('$lib/server/import/documents');
		const out = await extractDocument(task.format, task.bytes);
		return out.ok ? { ok: true, kind: 'extract', text: out.text } : { ok: false, kind: 'extract', extractError: out.error };
	}
	if (task.kind === 'fit') {
		const { fit } = await import('$lib/srs/optimizer');
		return { ok: true, kind: 'fit', result: fit(task.histories, { budgetMs: task.budgetMs }) };
	}
	const { analyze } = await import('$lib/engine');
	try {
		return { ok: true, kind: 'analyze', result: analyze(task.input, task.options) };
	} catch (error) {
		if (error instanceof EngineError) return { ok: false, engineError: { code: error.code, messages: error.messages } };
		throw error;
	}
}
