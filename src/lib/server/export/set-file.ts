// The app's own file for a question set: the article as analysed, its facts and its questions,
// enough to re-import it as an identical set (on this server or another). Pure: a file is checked
// field by field before anything is written, so a hand-edited or foreign JSON gets a clear refusal.
import { QUESTION_TYPES } from '$lib/engine/types';

export const SET_FILE_FORMAT = 'lectio-question-set';
export const SET_FILE_VERSION = 1;

export interface SetFile {
	format: typeof SET_FILE_FORMAT;
	version: typeof SET_FILE_VERSION;
	set: { title: string; lang: 'en' | 'fr' };
	article: {
		text: string;
		title: string | null;
		author: string | null;
		publishedAt: string | null;
		updatedAt: string | null;
		sourceUrl: string | null;
		removed: [number, number, string?][];
		sentences: { index: number; start: number; end: number; text: string; paragraph: number }[];
	};
	facts: { engineId: string; type: string; value: string; text: string; start: number; end: number; sentence: number; extra: Record<string, unknown> }[];
	questions: {
		type: (typeof QUESTION_TYPES)[number];
		prompt: string;
		answer: string;
		answerValue: string;
		choices: string[];
		factIds: string[];
		evidenceText: string;
		evidenceStart: number | null;
		evidenceEnd: number | null;
		difficulty: number;
		confidence: number | null;
		status: 'draft' | 'approved' | 'rejected';
		origin: 'engine' | 'teacher';
	}[];
}

export type SetFileError = 'not_json' | 'not_a_set' | 'newer_version' | 'invalid';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 1_000_000) => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = 1000) => v === null || str(v, max);
const int = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const intOrNull = (v: unknown) => v === null || int(v);
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const strings = (v: unknown) => Array.isArray(v) && v.length <= 50 && v.every((s) => str(s, 1000));

/** Checks every field; offsets must fall inside the article's text. */
export function parseSetFile(raw: string): { ok: true; file: SetFile } | { ok: false; error: SetFileError } {
	let data: unknown;
	try {
		data = JSON.parse(raw.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, error: 'not_json' };
	}
	if (!isObj(data) || data.format !== SET_FILE_FORMAT) return { ok: false, error: 'not_a_set' };
	if (data.version !== SET_FILE_VERSION) return { ok: false, error: typeof data.version === 'number' && data.version > SET_FILE_VERSION ? 'newer_version' : 'invalid' };
	const { set, article, facts, questions } = data;
	if (!isObj(set) || !str(set.title, 200) || !(set.title as string).trim() || (set.lang !== 'en' && set.lang !== 'fr')) return { ok: false, error: 'invalid' };
	if (!isObj(article) || !str(article.text, 500_000) || !(article.text as string).trim()) return { ok: false, error: 'invalid' };
	const length = (article.text as string).length;
	const span = (a: unknown, b: unknown) => int(a) && int(b) && (a as number) <= (b as number) && (b as number) <= length;
	const articleOk =
		strOrNull(article.title) &&
		strOrNull(article.author) &&
		strOrNull(article.publishedAt, 40) &&
		strOrNull(article.updatedAt, 40) &&
		strOrNull(article.sourceUrl, 2000) &&
		Array.isArray(article.removed) &&
		article.removed.every((r) => Array.isArray(r) && span(r[0], r[1]) && (r[2] === undefined || str(r[2], 40))) &&
		Array.isArray(article.sentences) &&
		article.sentences.every((s) => isObj(s) && int(s.index) && span(s.start, s.end) && str(s.text) && int(s.paragraph));
	if (!articleOk) return { ok: false, error: 'invalid' };
	const factsOk =
		Array.isArray(facts) &&
		facts.length <= 5000 &&
		facts.every((f) => isObj(f) && str(f.engineId, 100) && str(f.type, 40) && str(f.value, 2000) && str(f.text, 5000) && span(f.start, f.end) && int(f.sentence) && isObj(f.extra));
	if (!factsOk || new Set((facts as { engineId: string }[]).map((f) => f.engineId)).size !== facts.length) return { ok: false, error: 'invalid' };
	const questionsOk =
		Array.isArray(questions) &&
		questions.length <= 500 &&
		questions.every(
			(q) =>
				isObj(q) &&
				(QUESTION_TYPES as readonly unknown[]).includes(q.type) &&
				str(q.prompt, 2000) &&
				str(q.answer, 1000) &&
				str(q.answerValue, 1000) &&
				strings(q.choices) &&
				strings(q.factIds) &&
				str(q.evidenceText, 20_000) &&
				intOrNull(q.evidenceStart) &&
				intOrNull(q.evidenceEnd) &&
				(q.evidenceStart === null || span(q.evidenceStart, q.evidenceEnd)) &&
				num(q.difficulty) &&
				(q.confidence === null || num(q.confidence)) &&
				['draft', 'approved', 'rejected'].includes(q.status as string) &&
				['engine', 'teacher'].includes(q.origin as string)
		);
	if (!questionsOk) return { ok: false, error: 'invalid' };
	return { ok: true, file: data as unknown as SetFile };
}
