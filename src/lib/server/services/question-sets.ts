// Use case: an article becomes a stored question set (article, facts, questions) in one transaction.
import { EngineError } from '$lib/engine/errors';
import { looksLikeHtml } from '$lib/engine/ingest/sniff';
import { QUESTION_TYPES, type EngineOptions, type EngineResult, type QuestionType } from '$lib/engine/types';
import type { ArticleRow, FactRow, QuestionRow, QuestionSet } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { parseGivenDate } from '$lib/engine/check/answer-check';
import { normalizeText } from '$lib/engine/text/normalize';
import { findEvidence } from '$lib/engine/questions/evidence';
import { teacherOrder } from '$lib/engine/questions/confidence';
import { isValidDay } from '$lib/engine/text/calendar';
import { datePrecisionOf, isoFromParts } from '$lib/engine/text/format';
import { parseNumber } from '$lib/engine/text/numbers';
import * as setsRepo from '$lib/server/repo/sets';
import * as factsRepo from '$lib/server/repo/facts';
import * as questionsRepo from '$lib/server/repo/questions';
import * as assignmentsRepo from '$lib/server/repo/assignments';
import * as classesRepo from '$lib/server/repo/classes';
import { oneLine } from './text';
import { compute, ComputeOutOfMemory, ComputeTimeout, engineBudgetMs } from '$lib/server/compute/pool';
import * as usersRepo from '$lib/server/repo/users';
import { attemptWait, HOUR_MS } from './rate-limit';
import { parseSetFile, type SetFileError } from '$lib/server/export/set-file';
import type { DocumentFormat, ExtractError } from '$lib/server/import/documents';
import { importSetFile } from './set-transfer';
import { fetchPage, parseImportUrl, type FetchErrorCode, type FetchPageOptions } from '$lib/server/import/fetch-page';
import { importAllowPrivate } from '$lib/server/import/address';
import { slimHtml } from '$lib/server/import/slim-html';
import { run, type Store, type Tx, type Work, type WorkResult } from '$lib/server/db/store';

export interface NewSetInput {
	ownerId: string;
	input: string;
	title?: string | null;
	published?: string | null;
	lang?: 'en' | 'fr';
	format?: 'text' | 'html';
	sourceUrl?: string | null;
	/** Approve every generated question at once (the demo does; teachers review first). */
	approveAll?: boolean;
}

export interface NewSet {
	setId: string;
	articleId: string;
	result: EngineResult;
}

/** The engine in the compute pool, within its time budget; throws EngineError or ComputeTimeout. */
export async function analyzeArticle(input: string, options: EngineOptions): Promise<EngineResult> {
	const outcome = await compute({ kind: 'analyze', input, options }, engineBudgetMs());
	if (!outcome.ok && 'engineError' in outcome) throw new EngineError(outcome.engineError.code, outcome.engineError.messages);
	if (!outcome.ok || outcome.kind !== 'analyze') throw new Error('compute: unexpected outcome');
	return outcome.result;
}

/** The text of an uploaded PDF or Word file, read in the compute pool within the engine's budget. */
export async function documentText(format: DocumentFormat, bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; error: ExtractError }> {
	const outcome = await compute({ kind: 'extract', format, bytes }, engineBudgetMs());
	if (outcome.ok && outcome.kind === 'extract') return { ok: true, text: outcome.text };
	if (!outcome.ok && 'extractError' in outcome) return { ok: false, error: outcome.extractError };
	throw new Error('compute: unexpected outcome');
}

/** Throws EngineError on unusable input, ComputeTimeout past the engine's budget; nothing is written then. */
export async function createSetFromArticle(store: Store, input: NewSetInput): Promise<NewSet> {
	const options: EngineOptions = { max: 30 };
	if (input.lang) options.lang = input.lang;
	if (input.published) options.published = input.published;
	if (input.format) options.format = input.format;
	// The teacher's headline: what it gives away is no question to lead with.
	if (input.title?.trim()) options.title = input.title.trim().slice(0, 500);
	const result = await analyzeArticle(input.input, options);
	const articleId = newId();
	const setId = newId();
	const title = input.title?.trim() || result.article.title || (result.article.lang === 'fr' ? 'Article sans titre' : 'Untitled article');

	// The most confident first: the editor lists a set in this order.
	const ordered = teacherOrder(result.questions);
	await store.write(function* (tx) {
		const { db, t } = tx;
		yield* run(
			db.insert(t.articles).values({
				id: articleId,
				ownerId: input.ownerId,
				originalInput: input.input,
				inputFormat: input.format ?? (looksLikeHtml(input.input) ? 'html' : 'text'),
				cleanText: result.text,
				title: result.article.title,
				author: result.article.author,
				publishedAt: input.published || result.article.published,
				updatedAt: result.article.updated,
				lang: result.article.lang,
				sourceUrl: input.sourceUrl ?? null,
				removed: result.article.removed,
				sentences: result.sentences
			})
		);
		yield* factsRepo.insertMany(
			tx,
			result.facts.map(({ id, type, value, text, start, end, sentence, ...extra }) => ({ id: newId(), articleId, engineId: id, type, value, text, start, end, sentence, extra }))
		);
		yield* run(db.insert(t.questionSets).values({ id: setId, ownerId: input.ownerId, articleId, title, lang: result.article.lang }));
		if (!ordered.length) return;
		yield* run(
			db.insert(t.questions).values(
				ordered.map((q, position) => ({
					id: newId(),
					setId,
					type: q.type,
					prompt: q.prompt,
					answer: q.answer,
					answerValue: q.answerValue,
					choices: q.choices,
					factIds: q.factIds,
					evidenceText: q.evidence.text,
					evidenceStart: q.evidence.start,
					evidenceEnd: q.evidence.end,
					difficulty: q.difficulty,
					confidence: q.confidence ?? null,
					status: input.approveAll ? ('approved' as const) : ('draft' as const),
					origin: 'engine' as const,
					position
				}))
			)
		);
	});
	return { setId, articleId, result };
}

// ---------------------------------------------------------------- reviewing a set

export const PROMPT_MAX = 500;
export const ANSWER_MAX = 200;
export const CHOICE_MAX = 200;
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 8;
export const TITLE_MAX = 200;

export type QuestionDraftError =
	| 'bad_type'
	| 'prompt_required'
	| 'prompt_too_long'
	| 'answer_required'
	| 'answer_too_long'
	| 'choice_too_long'
	| 'choices_too_few'
	| 'choices_too_many'
	| 'choices_duplicate'
	| 'answer_not_in_choices'
	| 'truefalse_answer';

export interface QuestionDraftInput {
	type: unknown;
	prompt: unknown;
	answer: unknown;
	/** One choice per line (order questions: the items in the right order). */
	choices: unknown;
}

interface QuestionContent {
	type: QuestionType;
	prompt: string;
	answer: string;
	answerValue: string;
	choices: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

export function splitChoices(raw: unknown): string[] {
	return str(raw)
		.split(/\r?\n/)
		.map(oneLine)
		.filter(Boolean);
}

const TRUE_LABELS = { fr: ['Vrai', 'Faux'], en: ['True', 'False'] } as const;

function readBoolean(s: string): boolean | null {
	const n = normalizeText(s);
	if (['true', 'vrai', 'yes', 'oui', 't', 'v'].includes(n)) return true;
	if (['false', 'faux', 'no', 'non', 'f'].includes(n)) return false;
	return null;
}

/**
 * The normalised answer the grader compares with. An edited answer must not be graded against the
 * old value, so it is derived again: a date stays a date (ISO), a number a number, else the text.
 */
export function answerValueFor(answer: string, lang: 'en' | 'fr', previous?: { answer: string; answerValue: string }): string {
	if (previous && previous.answer.trim() === answer.trim()) return previous.answerValue;
	// A stored quantity like "12" would pass for a year: a date value has four digits, or is a decade ("199X").
	const was = previous ? datePrecisionOf(previous.answerValue) : null;
	const wasDate = was !== null && (was === 'decade' || /^\d{4}/.test(previous!.answerValue));
	if (/\d/.test(answer) || wasDate) {
		const d = parseGivenDate(answer, lang);
		if (d && (d.yearGiven || wasDate) && (d.month !== undefined || d.season || d.decade || d.week !== undefined || wasDate)) {
			const { yearGiven: _, ...parts } = d;
			return isoFromParts(parts);
		}
	}
	const n = parseNumber(answer, lang);
	if (n !== null && /^[\d\s.,\u00a0\u202f-]+$/.test(answer.trim())) return String(n);
	return answer;
}

/** Display order of an order question: a fixed shuffle (no randomness: the same edit shows the same quiz). */
function displayOrder(items: string[]): number[] {
	const idx = items.map((_, i) => i);
	const sorted = [...idx].sort((a, b) => items[a].localeCompare(items[b]) || a - b);
	return sorted.every((v, i) => v === i) ? [...idx].reverse() : sorted;
}

/**
 * Validates what a teacher typed into a question. `stored`: the question when editing; an edit
 * without a type keeps its type, and one that changes it starts from the typed fields alone.
 */
export function validateQuestion(
	input: QuestionDraftInput,
	lang: 'en' | 'fr',
	stored?: Pick<QuestionRow, 'type' | 'answer' | 'answerValue' | 'choices'>
): { ok: true; content: QuestionContent } | { ok: false; error: QuestionDraftError } {
	const requested = str(input.type);
	const type = (requested === '' && stored ? stored.type : requested) as QuestionType;
	if (!QUESTION_TYPES.includes(type)) return { ok: false, error: 'bad_type' };
	// What the stored question says about its answer holds only while the type stays.
	const previous = stored?.type === type ? stored : undefined;
	const prompt = str(input.prompt).trim();
	if (!prompt) return { ok: false, error: 'prompt_required' };
	if (prompt.length > PROMPT_MAX) return { ok: false, error: 'prompt_too_long' };
	let answer = oneLine(input.answer);
	const choices = splitChoices(input.choices);
	if (choices.some((c) => c.length > CHOICE_MAX)) return { ok: false, error: 'choice_too_long' };
	const needsChoices = type === 'mcq' || type === 'whosaid' || type === 'order';
	if (needsChoices) {
		if (choices.length < CHOICES_MIN) return { ok: false, error: 'choices_too_few' };
		if (choices.length > CHOICES_MAX) return { ok: false, error: 'choices_too_many' };
		if (choices.some((c, i) => choices.findIndex((d) => sameText(c, d)) !== i)) return { ok: false, error: 'choices_duplicate' };
	}
	if (type === 'order') {
		const shown = displayOrder(choices);
		const display = shown.map((i) => choices[i]);
		const answerValue = choices.map((c) => display.indexOf(c)).join(',');
		return { ok: true, content: { type, prompt, answer: choices.join(' → '), answerValue, choices: display } };
	}
	if (type === 'truefalse') {
		const b = readBoolean(answer);
		if (b === null) return { ok: false, error: 'truefalse_answer' };
		const labels = previous?.choices.length === 2 ? previous.choices : [...TRUE_LABELS[lang]];
		return { ok: true, content: { type, prompt, answer: labels[b ? 0 : 1], answerValue: String(b), choices: labels } };
	}
	if (!answer) return { ok: false, error: 'answer_required' };
	if (answer.length > ANSWER_MAX) return { ok: false, error: 'answer_too_long' };
	if (needsChoices) {
		const match = choices.find((c) => sameText(c, answer));
		if (!match) return { ok: false, error: 'answer_not_in_choices' };
		answer = match;
	}
	const answerValue = answerValueFor(answer, lang, previous);
	return { ok: true, content: { type, prompt, answer, answerValue, choices: needsChoices ? choices : [] } };
}

/**
 * The article as the editor shows it: its clean text once (the original input, the sentences and
 * each fact's own copy of its words stay on the server; a long article's page would carry its text
 * three times over).
 */
export type EditorArticle = Pick<ArticleRow, 'id' | 'title' | 'author' | 'publishedAt' | 'lang' | 'sourceUrl' | 'cleanText' | 'removed'>;
/** `used`: a question of the set (deleted ones aside) asks about it; the editor highlights those first. */
export type EditorFact = Pick<FactRow, 'id' | 'type' | 'value' | 'start' | 'end'> & { used: boolean };

export interface SetEditor {
	set: QuestionSet;
	article: EditorArticle;
	facts: EditorFact[];
	questions: QuestionRow[];
	deleted: QuestionRow[];
	assignments: WorkResult<ReturnType<typeof assignmentsRepo.listForSet>>;
}

/** Everything the review screen shows; null when the set is not the teacher's. */
export function getSetEditor(store: Store, ownerId: string, setId: string): Promise<SetEditor | null> {
	return store.read((tx) => setEditor(tx, ownerId, setId));
}

function* setEditor(tx: Tx, ownerId: string, setId: string): Work<SetEditor | null> {
	const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
	if (!set) return null;
	const article = yield* setsRepo.article(tx, set.articleId);
	if (!article) return null;
	const all = yield* questionsRepo.listAll(tx, setId);
	const { id, title, author, publishedAt, lang, sourceUrl, cleanText, removed } = article;
	const asked = new Set(all.filter((q) => !q.deletedAt).flatMap((q) => q.factIds));
	return {
		set,
		article: { id, title, author, publishedAt, lang, sourceUrl, cleanText, removed },
		facts: (yield* setsRepo.factsOf(tx, article.id)).map((f) => ({ id: f.id, type: f.type, value: f.value, start: f.start, end: f.end, used: asked.has(f.engineId) })),
		questions: all.filter((q) => !q.deletedAt),
		deleted: all.filter((q) => q.deletedAt),
		assignments: yield* assignmentsRepo.listForSet(tx, setId)
	};
}

export type EditResult = { ok: true } | { ok: false; error: QuestionDraftError | 'not_found' };

/** Runs `change` on one of the teacher's questions inside a transaction; the set is touched. */
function withQuestion(
	store: Store,
	ownerId: string,
	setId: string,
	questionId: string,
	now: Date,
	change: (tx: Tx, q: QuestionRow, set: QuestionSet) => Work<EditResult>
): Promise<EditResult> {
	return store.write(function* (tx): Work<EditResult> {
		const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
		const q = set && (yield* questionsRepo.findInSet(tx, setId, questionId));
		if (!set || !q) return { ok: false, error: 'not_found' } as const;
		const result = yield* change(tx, q, set);
		if (result.ok) yield* setsRepo.touch(tx, setId, now);
		return result;
	});
}

export function editQuestion(store: Store, ownerId: string, setId: string, questionId: string, input: QuestionDraftInput, now = new Date()): Promise<EditResult> {
	return withQuestion(store, ownerId, setId, questionId, now, function* (tx, q, set) {
		const checked = validateQuestion(input, set.lang, q);
		if (!checked.ok) return checked;
		const c = checked.content;
		const unchanged =
			c.type === q.type &&
			c.prompt === q.prompt &&
			c.answer === q.answer &&
			c.answerValue === q.answerValue &&
			JSON.stringify(c.choices) === JSON.stringify(q.choices);
		// Saving an untouched form is not an edit: the students' answers keep matching its version.
		if (unchanged) return { ok: true };
		// A question without a proving sentence (one written by hand) may find it in its new wording;
		// one the engine made keeps the sentence it came from.
		const article = q.evidenceText ? null : (yield* setsRepo.article(tx, set.articleId));
		const evidence = article && evidenceFor(article, c);
		yield* questionsRepo.update(tx, q.id, {
			type: c.type,
			prompt: c.prompt,
			answer: c.answer,
			answerValue: c.answerValue,
			choices: c.choices,
			version: q.version + 1,
			updatedAt: now,
			...(evidence ? { evidenceText: evidence.text, evidenceStart: evidence.start, evidenceEnd: evidence.end } : {})
		});
		return { ok: true };
	});
}

export type StatusChange = 'approve' | 'reject' | 'restore' | 'delete';

export function changeQuestionStatus(store: Store, ownerId: string, setId: string, questionId: string, change: StatusChange, now = new Date()): Promise<EditResult> {
	return withQuestion(store, ownerId, setId, questionId, now, function* (tx, q): Work<EditResult> {
		if (change === 'delete') {
			if (!q.deletedAt) yield* questionsRepo.update(tx, q.id, { deletedAt: now, updatedAt: now });
			yield* questionsRepo.suspendCards(tx, q.id, true);
		} else if (change === 'restore') {
			// Restoring undoes whichever removal happened: a deletion first, else a rejection.
			if (q.deletedAt) yield* questionsRepo.update(tx, q.id, { deletedAt: null, updatedAt: now });
			else if (q.status === 'rejected') yield* questionsRepo.update(tx, q.id, { status: 'draft', updatedAt: now });
			const live = (yield* questionsRepo.findInSet(tx, setId, q.id))!;
			if (live.status !== 'rejected') yield* questionsRepo.suspendCards(tx, q.id, false);
		} else {
			if (q.deletedAt) return { ok: false, error: 'not_found' };
			yield* questionsRepo.update(tx, q.id, { status: change === 'approve' ? 'approved' : 'rejected', updatedAt: now });
			yield* questionsRepo.suspendCards(tx, q.id, change === 'reject');
		}
		return { ok: true };
	});
}

/** Swaps the question with its live neighbour; a move past either end does nothing. */
export function moveQuestion(store: Store, ownerId: string, setId: string, questionId: string, direction: 'up' | 'down', now = new Date()): Promise<EditResult> {
	return withQuestion(store, ownerId, setId, questionId, now, function* (tx, q) {
		const live = yield* questionsRepo.listLive(tx, setId);
		const i = live.findIndex((x) => x.id === q.id);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (i < 0 || j < 0 || j >= live.length) return { ok: true };
		// Positions may have gaps or ties (deletions, old data): renumber the live list, then swap.
		const order = live.map((x) => x.id);
		[order[i], order[j]] = [order[j], order[i]];
		const used = live.map((x) => x.position).sort((a, b) => a - b);
		const positions = used.every((p, k) => k === 0 || p > used[k - 1]) ? used : order.map((_, k) => k + (used[0] ?? 0));
		for (const [k, id] of order.entries()) {
			const current = live.find((x) => x.id === id)!;
			if (current.position !== positions[k]) yield* questionsRepo.update(tx, id, { position: positions[k] });
		}
		return { ok: true };
	});
}

export function approveAll(store: Store, ownerId: string, setId: string, now = new Date()): Promise<{ ok: true; approved: number } | { ok: false; error: 'not_found' }> {
	return store.write(function* (tx) {
		if (!(yield* setsRepo.findForOwner(tx, ownerId, setId))) return { ok: false, error: 'not_found' } as const;
		const approved = yield* questionsRepo.approveAllDrafts(tx, setId, now);
		yield* setsRepo.touch(tx, setId, now);
		return { ok: true, approved } as const;
	});
}

/** The sentence proving a hand-written question (none for order questions, which span several). */
function evidenceFor(article: ArticleRow, c: QuestionContent) {
	if (c.type === 'order') return null;
	const i = findEvidence(article.sentences, { prompt: c.prompt, answer: c.type === 'truefalse' ? '' : c.answer });
	return i >= 0 ? article.sentences[i] : null;
}

export function addQuestion(
	store: Store,
	ownerId: string,
	setId: string,
	input: QuestionDraftInput,
	now = new Date()
): Promise<{ ok: true; id: string } | { ok: false; error: QuestionDraftError | 'not_found' }> {
	return store.write(function* (tx) {
		const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
		const article = set && (yield* setsRepo.article(tx, set.articleId));
		if (!set || !article) return { ok: false, error: 'not_found' } as const;
		const checked = validateQuestion(input, set.lang);
		if (!checked.ok) return checked;
		const c = checked.content;
		const evidence = evidenceFor(article, c);
		const id = newId();
		const position = yield* questionsRepo.nextPosition(tx, setId);
		yield* questionsRepo.insert(tx, {
			id,
			setId,
			...c,
			evidenceText: evidence?.text ?? '',
			evidenceStart: evidence?.start ?? null,
			evidenceEnd: evidence?.end ?? null,
			// The teacher wrote it: it is reviewed by definition.
			status: 'approved',
			origin: 'teacher',
			position,
			createdAt: now,
			updatedAt: now
		});
		yield* setsRepo.touch(tx, setId, now);
		return { ok: true, id } as const;
	});
}

// ---------------------------------------------------------------- publishing

export type PublishError = 'not_found' | 'no_class' | 'bad_class' | 'no_approved' | 'bad_due' | 'past_due';

export interface PublishInput {
	classIds: string[];
	/** YYYY-MM-DD or empty: the quiz is due at the end of that day (UTC, shown in UTC too). */
	due: string;
	/** Students may add the cards before taking the quiz (see assignments.studyMaterial). */
	studyMaterial?: boolean;
	/** The article stays visible during the quiz (see assignments.openBook); open book unless said otherwise. */
	openBook?: boolean;
}

export function parseDueDate(due: string): Date | null | 'invalid' {
	const text = due.trim();
	if (!text) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return 'invalid';
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (!isValidDay(y, mo, d)) return 'invalid';
	// Date.UTC reads years 0–99 as 1900–1999; set the year on its own to keep "0099" as 99.
	const date = new Date(Date.UTC(2000, mo - 1, d, 23, 59, 59));
	date.setUTCFullYear(y);
	return date;
}

export function getPublishForm(store: Store, ownerId: string, setId: string) {
	return store.read((tx) => publishForm(tx, ownerId, setId));
}

function* publishForm(tx: Tx, ownerId: string, setId: string) {
	const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
	if (!set) return null;
	const classes = (yield* classesRepo.listForTeacher(tx, ownerId)).filter((c) => !c.archivedAt);
	return {
		set,
		approved: yield* questionsRepo.countApproved(tx, setId),
		classes,
		assignments: yield* assignmentsRepo.listForSet(tx, setId)
	};
}

/** One assignment per class; publishing again to a class only changes its due date, study-material and open-book choices. */
export async function publishSet(
	store: Store,
	ownerId: string,
	setId: string,
	input: PublishInput,
	now = new Date()
): Promise<{ ok: true; created: number; updated: number } | { ok: false; error: PublishError }> {
	const dueAt = parseDueDate(input.due);
	if (dueAt === 'invalid') return { ok: false, error: 'bad_due' };
	// The end of the chosen day has passed everywhere on Earth (UTC−12 is the last to finish it).
	if (dueAt && dueAt.getTime() + 12 * 3_600_000 < now.getTime()) return { ok: false, error: 'past_due' };
	const studyMaterial = input.studyMaterial ?? false;
	const openBook = input.openBook ?? true;
	const classIds = [...new Set(input.classIds.filter(Boolean))];
	return store.write(function* (tx) {
		if (!(yield* setsRepo.findForOwner(tx, ownerId, setId))) return { ok: false, error: 'not_found' } as const;
		if (!classIds.length) return { ok: false, error: 'no_class' } as const;
		if ((yield* questionsRepo.countApproved(tx, setId)) === 0) return { ok: false, error: 'no_approved' } as const;
		for (const classId of classIds) {
			const c = yield* classesRepo.findForTeacher(tx, ownerId, classId);
			if (!c || c.archivedAt) return { ok: false, error: 'bad_class' } as const;
		}
		let created = 0;
		let updated = 0;
		for (const classId of classIds) {
			if (yield* assignmentsRepo.upsert(tx, { id: newId(), setId, classId, dueAt, studyMaterial, openBook, publishedAt: now })) created++;
			else updated++;
		}
		yield* setsRepo.touch(tx, setId, now);
		return { ok: true, created, updated } as const;
	});
}

// ---------------------------------------------------------------- archiving and deleting

/** Archived sets leave the dashboard's list and come back unchanged; students keep their quizzes and cards. */
export function archiveSet(store: Store, ownerId: string, setId: string, archived: boolean, now = new Date()): Promise<boolean> {
	return store.write(function* (tx) {
		if (!(yield* setsRepo.findForOwner(tx, ownerId, setId))) return false;
		yield* setsRepo.setArchived(tx, setId, archived ? now : null);
		return true;
	});
}

export type DeleteSetResult = { ok: true } | { ok: false; error: 'not_found' } | { ok: false; error: 'has_results'; attempts: number; cards: number };

/**
 * Deletes a set nobody has worked on yet (its assignments go with it, and its article when no other
 * set uses it). Once a student has a quiz attempt or a flashcard from it, deleting would erase their
 * work: refused, and archiving is the way to put it away.
 */
export function deleteSet(store: Store, ownerId: string, setId: string): Promise<DeleteSetResult> {
	return store.write(function* (tx): Work<DeleteSetResult> {
		const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
		if (!set) return { ok: false, error: 'not_found' } as const;
		yield* setsRepo.lockForDeletion(tx, setId);
		const work = yield* setsRepo.studentWork(tx, setId);
		if (work.attempts || work.cards) return { ok: false, error: 'has_results', attempts: work.attempts, cards: work.cards } as const;
		yield* setsRepo.remove(tx, setId, set.articleId);
		return { ok: true } as const;
	});
}

/** What the delete confirmation says: how many classes lose the set, and whether students have worked on it. */
export function deletionImpact(store: Store, ownerId: string, setId: string) {
	return store.read(function* (tx) {
		const set = yield* setsRepo.findForOwner(tx, ownerId, setId);
		if (!set) return null;
		return { title: set.title, ...(yield* setsRepo.studentWork(tx, setId)) };
	});
}

// ---------------------------------------------------------------- the "new set" form

export const UPLOAD_MAX_BYTES = 1024 * 1024;
/** PDF and Word files carry their layout and pictures: more room, under the server's 4 MB body limit. */
export const DOCUMENT_MAX_BYTES = 3 * 1024 * 1024;
const DOCUMENT_TYPES: Record<string, DocumentFormat> = { pdf: 'pdf', docx: 'docx' };
const UPLOAD_TYPES: Record<string, 'text' | 'html'> = { txt: 'text', md: 'text', markdown: 'text', html: 'html', htm: 'html' };

export type NewSetFormError = 'file_too_large' | 'file_type' | 'title_too_long' | 'bad_date' | 'engine' | 'timeout' | 'out_of_memory' | 'rate_limited' | 'set_file' | 'url' | 'document';

/** Articles one teacher may send to the engine per hour (each costs up to the engine's budget). */
export const ARTICLES_PER_HOUR = 60;

export interface NewSetForm {
	text: string;
	file: File | null;
	title: string;
	published: string;
	/** A page to import (used when no file is given; it wins over pasted text). */
	url?: string;
}

export type NewSetFormResult =
	| { ok: true; setId: string; questions: number }
	| {
			ok: false;
			error: NewSetFormError;
			engine?: { en: string; fr: string };
			code?: string;
			retryAfterSeconds?: number;
			budgetSeconds?: number;
			/** The worker's memory ceiling that an 'out_of_memory' reading went past. */
			limitMb?: number;
			setFile?: SetFileError;
			/** Why an uploaded PDF or Word file gave no text. */
			document?: ExtractError;
			/** Why a URL import was refused, with the page's HTTP status for 'http_status'. */
			url?: FetchErrorCode;
			status?: number;
	  };

/** Tests reach their own servers on 127.0.0.1 through these; the app reads IMPORT_ALLOW_PRIVATE. */
export interface NewSetFormDeps {
	fetch?: FetchPageOptions;
}

/**
 * Reads the upload (a file wins over a URL, a URL over pasted text), checks the form, runs the
 * engine and stores the set. A URL's page goes to the engine as an uploaded .html file would.
 */
export async function createSetFromForm(store: Store, ownerId: string, form: NewSetForm, now = new Date(), deps: NewSetFormDeps = {}): Promise<NewSetFormResult> {
	const title = oneLine(form.title);
	if (title.length > TITLE_MAX) return { ok: false, error: 'title_too_long' };
	const published = form.published.trim();
	if (published && parseDueDate(published) === 'invalid') return { ok: false, error: 'bad_date' };
	let input = form.text;
	let format: 'text' | 'html' | undefined;
	const hasFile = !!form.file && form.file.size > 0;
	const typedUrl = hasFile ? '' : (form.url ?? '').trim();
	let importUrl: URL | null = null;
	let document: DocumentFormat | null = null;
	if (typedUrl) {
		// A malformed address costs nothing: refused before it counts as an article.
		const parsed = parseImportUrl(typedUrl);
		if (!parsed.ok) return { ok: false, error: 'url', url: parsed.error };
		importUrl = parsed.url;
	}
	if (form.file && hasFile) {
		const ext = /\.([a-z0-9]+)$/i.exec(form.file.name)?.[1]?.toLowerCase() ?? '';
		// A set exported from Lectio comes back as it was: no engine run.
		if (ext === 'json') {
			if (form.file.size > UPLOAD_MAX_BYTES * 3) return { ok: false, error: 'file_too_large' };
			const parsed = parseSetFile(new TextDecoder('utf-8').decode(await form.file.arrayBuffer()));
			if (!parsed.ok) return { ok: false, error: 'set_file', setFile: parsed.error };
			if (title) parsed.file.set.title = title;
			return { ok: true, setId: await importSetFile(store, ownerId, parsed.file, now), questions: parsed.file.questions.length };
		}
		document = DOCUMENT_TYPES[ext] ?? null;
		format = document ? 'text' : UPLOAD_TYPES[ext];
		if (!format) return { ok: false, error: 'file_type' };
		if (form.file.size > (document ? DOCUMENT_MAX_BYTES : UPLOAD_MAX_BYTES)) return { ok: false, error: 'file_too_large' };
		// Markdown is read as text: the engine's ingest handles plain lines.
		if (!document) input = new TextDecoder('utf-8').decode(await form.file.arrayBuffer());
	}
	// Every article sent to the engine counts, read or refused: each costs the server the same.
	const wait = await store.write(function* (tx) {
		const wait = yield* attemptWait(tx, 'article', ownerId, [{ count: ARTICLES_PER_HOUR, windowMs: HOUR_MS }], now);
		if (wait === 0) yield* usersRepo.recordAttempt(tx, { kind: 'article', email: ownerId, address: ownerId, success: true, at: now });
		return wait;
	});
	if (wait > 0) return { ok: false, error: 'rate_limited', retryAfterSeconds: wait };
	let sourceUrl: string | null = null;
	if (document && form.file) {
		// Read after the rate limit: taking a long PDF apart costs the server like an article.
		let read: Awaited<ReturnType<typeof documentText>>;
		try {
			read = await documentText(document, new Uint8Array(await form.file.arrayBuffer()));
		} catch (error) {
			if (error instanceof ComputeOutOfMemory) return { ok: false, error: 'out_of_memory', limitMb: error.limitMb };
			throw error;
		}
		if (!read.ok) return { ok: false, error: 'document', document: read.error };
		input = read.text;
	}
	if (importUrl) {
		// Counted before the fetch: a refused or failing page costs the server a fetch all the same.
		const fetched = await fetchPage(importUrl, { allowPrivate: importAllowPrivate(), ...deps.fetch });
		if (!fetched.ok) return { ok: false, error: 'url', url: fetched.error, ...(fetched.status ? { status: fetched.status } : {}) };
		format = fetched.page.format;
		input = format === 'html' ? slimHtml(fetched.page.body) : fetched.page.body;
		sourceUrl = fetched.page.url;
	}
	try {
		const { setId, result } = await createSetFromArticle(store, {
			ownerId,
			input,
			title: title || null,
			published: published || null,
			format,
			sourceUrl
		});
		return { ok: true, setId, questions: result.questions.length };
	} catch (error) {
		if (error instanceof EngineError) return { ok: false, error: 'engine', engine: { ...error.messages }, code: error.code };
		if (error instanceof ComputeTimeout) return { ok: false, error: 'timeout', budgetSeconds: Math.round(error.budgetMs / 1000) };
		if (error instanceof ComputeOutOfMemory) return { ok: false, error: 'out_of_memory', limitMb: error.limitMb };
		throw error;
	}
}
