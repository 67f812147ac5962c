// Shared by the two evaluations: why a gold fact was missed, told from what the engine produced.
import type { EngineResult, Question, QuestionTrace, Span } from '../src/lib/engine/types';
import { answerMatches, evidenceShows, locateSurface, questionAnswers, type GoldFact } from '../src/lib/engine/gold';

export const oneLine = (s: string, max = 110): string => {
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

/** A place for the engine's trace (`EngineOptions.trace`): the notes it gives, by fact id. */
export function traceNotes(): { notes: Map<string, string[]>; trace: QuestionTrace } {
	const notes = new Map<string, string[]>();
	return { notes, trace: (id, note) => notes.set(id, [...(notes.get(id) ?? []), note]) };
}

/** Why the gold fact was missed; `notes` are the engine's trace by fact id (see `traceNotes`). */
export function explainMiss(result: EngineResult, fact: GoldFact, notes?: ReadonlyMap<string, readonly string[]>): string[] {
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
	if (facts.some((f) => mark(f.value))) {
		lines.push('      → the right fact was extracted but no kept question asks it with this evidence');
		for (const f of facts.filter((f) => mark(f.value)))
			for (const note of [...new Set(notes?.get(f.id) ?? [])]) lines.push(`        ${f.type}@${f.start}: ${note}`);
	}
	const nearest = [...result.questions]
		.sort((a, b) => distance(a.evidence, at) - distance(b.evidence, at) || a.evidence.start - b.evidence.start)
		.slice(0, 3);
	if (nearest.length === 0) lines.push('      questions: none');
	for (const q of nearest) lines.push(`      q: ${describeQuestion(q, result.text, fact)}`);
	return lines;
}

