// Use cases of a student taking a quiz: open it (the attempt starts then), submit it (graded,
// stored and turned into flashcards in one transaction, at most once), read the result.
import type { ArticleRow, QuestionRow } from '$lib/server/db/schema';
import type { Store, Tx, Work } from '$lib/server/db/store';
import { readingParagraphs, type ReadingArticle } from '$lib/components/article-reading';
import { checkAnswer, type ExpectedAnswer, type Verdict } from '$lib/engine/check/answer-check';
import { newId } from '$lib/server/ids';
import * as assignmentsRepo from '$lib/server/repo/assignments';
import * as attemptsRepo from '$lib/server/repo/attempts';
import * as classesRepo from '$lib/server/repo/classes';
import * as questionsRepo from '$lib/server/repo/questions';
import * as setsRepo from '$lib/server/repo/sets';
import { addCardsFromQuiz } from './review';

export const RESPONSE_MAX = 500;
const LETTERS = 'abcdefghij';

/** The assignment, its set and article, when the student belongs to the class; else null (a 404). */
function* access(tx: Tx, studentId: string, assignmentId: string) {
	const assignment = yield* assignmentsRepo.findById(tx, assignmentId);
	if (!assignment || !(yield* classesRepo.isEnrolled(tx, assignment.classId, studentId))) return null;
	const set = yield* setsRepo.findById(tx, assignment.setId);
	const article = set && (yield* setsRepo.article(tx, set.articleId));
	if (!set || !article) return null;
	return { assignment, set, article };
}

/** A question as a student sees it before answering: no answer in it. */
export interface QuizItem {
	id: string;
	version: number;
	type: QuestionRow['type'];
	prompt: string;
	choices: string[];
}

function readable(article: ArticleRow): ReadingArticle {
	return {
		title: article.title,
		author: article.author,
		publishedAt: article.publishedAt,
		sourceUrl: article.sourceUrl,
		lang: article.lang,
		paragraphs: readingParagraphs(article.cleanText, article.removed, article.title, article.sentences)
	};
}

export type Reading =
	| { status: 'not_found' }
	| {
			status: 'open';
			title: string;
			lang: 'en' | 'fr';
			dueAt: Date | null;
			openBook: boolean;
			questionCount: number;
			attempt: 'none' | 'started' | 'submitted';
			/** Null while a closed-book quiz is under way: the article comes back once it is submitted. */
			article: ReadingArticle | null;
	  };

/**
 * The assignment opens on its article: read first, then start the quiz. Reading does not start the
 * attempt. In a closed-book quiz the article is hidden from the quiz's start to its submission.
 */
export function openReading(store: Store, studentId: string, assignmentId: string): Promise<Reading> {
	return store.read((tx) => reading(tx, studentId, assignmentId));
}

function* reading(tx: Tx, studentId: string, assignmentId: string): Work<Reading> {
	const found = yield* access(tx, studentId, assignmentId);
	if (!found) return { status: 'not_found' };
	const attempt = yield* attemptsRepo.find(tx, assignmentId, studentId);
	const state = !attempt ? 'none' : attempt.submittedAt ? 'submitted' : 'started';
	const hidden = !found.assignment.openBook && state === 'started';
	return {
		status: 'open',
		title: found.set.title,
		lang: found.set.lang,
		dueAt: found.assignment.dueAt,
		openBook: found.assignment.openBook,
		questionCount: yield* questionsRepo.countApproved(tx, found.set.id),
		attempt: state,
		article: hidden ? null : readable(found.article)
	};
}

export type OpenQuiz =
	| { status: 'not_found' }
	| { status: 'submitted' }
	| {
			status: 'open';
			title: string;
			lang: 'en' | 'fr';
			dueAt: Date | null;
			startedAt: Date;
			questions: QuizItem[];
			openBook: boolean;
			/** Beside the questions in an open-book quiz; null in a closed-book one. */
			article: ReadingArticle | null;
	  };

/** Opening the quiz starts the attempt, so the time taken counts from the first view. */
export function openQuiz(store: Store, studentId: string, assignmentId: string, now = new Date()): Promise<OpenQuiz> {
	return store.write(function* (tx): Work<OpenQuiz> {
		const found = yield* access(tx, studentId, assignmentId);
		if (!found) return { status: 'not_found' } as const;
		const attempt = yield* attemptsRepo.ensure(tx, { id: newId(), assignmentId, studentId, startedAt: now });
		if (attempt.submittedAt) return { status: 'submitted' } as const;
		const questions = (yield* questionsRepo.listPublished(tx, found.set.id)).map((q) => ({
			id: q.id,
			version: q.version,
			type: q.type,
			prompt: q.prompt,
			choices: q.choices
		}));
		return {
			status: 'open',
			title: found.set.title,
			lang: found.set.lang,
			dueAt: found.assignment.dueAt,
			startedAt: attempt.startedAt,
			questions,
			openBook: found.assignment.openBook,
			article: found.assignment.openBook ? readable(found.article) : null
		} as const;
	});
}

/** What came back from the quiz form, read by `readQuizForm`. */
export interface QuizSubmission {
	/** The questions the student was shown, with the version they saw. */
	shown: { questionId: string; version: number }[];
	/** mcq/whosaid: the choice text; truefalse: "true"/"false"; cloze/short: the text typed. */
	answers: Record<string, string>;
	/** order: the index (in the shown choices) picked for each position; "" when left empty. */
	orders: Record<string, string[]>;
}

/** Reads the quiz form: `shown` = "id:version", `a:id` = an answer, `o:id:position` = an order slot. */
export function readQuizForm(entries: Iterable<[string, FormDataEntryValue]>): QuizSubmission {
	const out: QuizSubmission = { shown: [], answers: {}, orders: {} };
	for (const [key, raw] of entries) {
		if (typeof raw !== 'string') continue;
		const value = raw.slice(0, RESPONSE_MAX);
		if (key === 'shown') {
			const [questionId, version] = value.split(':');
			if (questionId && Number.isInteger(Number(version))) out.shown.push({ questionId, version: Number(version) });
		} else if (key.startsWith('a:')) {
			out.answers[key.slice(2)] = value;
		} else if (key.startsWith('o:')) {
			const [, id, pos] = key.split(':');
			const p = Number(pos);
			if (!id || !Number.isInteger(p) || p < 0 || p >= 10) continue;
			(out.orders[id] ??= [])[p] = value;
		}
	}
	return out;
}

/** The questions shown but left without an answer (an order question with no position chosen), in order. */
export function unanswered(submission: QuizSubmission): string[] {
	return submission.shown
		.map(({ questionId }) => questionId)
		.filter((id) => !(submission.answers[id] ?? '').trim() && !(submission.orders[id] ?? []).some((v) => v));
}

interface Graded {
	response: string;
	verdict: Verdict;
}

/** Grades one answer against the question as it is now (edited meanwhile or not). */
export function gradeAnswer(q: Pick<QuestionRow, 'type' | 'answer' | 'answerValue' | 'choices'>, submission: QuizSubmission, questionId: string, lang: 'en' | 'fr', reference?: string): Graded {
	const expected: ExpectedAnswer = { type: q.type, answer: q.answer, answerValue: q.answerValue };
	if (q.type === 'order') {
		const slots = submission.orders[questionId] ?? [];
		const picked = q.choices.map((_, i) => slots[i] ?? '');
		const indices = picked.map((s) => (/^\d+$/.test(s) && Number(s) < q.choices.length ? Number(s) : -1));
		const response = indices.map((i) => (i >= 0 ? q.choices[i] : '…')).join(' → ');
		if (indices.some((i) => i < 0)) return { response, verdict: 'wrong' };
		return { response, verdict: checkAnswer(indices.join(','), expected, lang, reference).verdict };
	}
	const given = (submission.answers[questionId] ?? '').trim();
	if (!given) return { response: '', verdict: 'wrong' };
	if (q.type === 'truefalse') {
		const isTrue = given === 'true' ? true : given === 'false' ? false : null;
		const response = isTrue === null ? given : (q.choices[isTrue ? 0 : 1] ?? given);
		return { response, verdict: checkAnswer(isTrue === null ? given : String(isTrue), expected, lang, reference).verdict };
	}
	if (q.type === 'mcq' || q.type === 'whosaid') {
		// The letter of the choice when it is still offered: a choice that is a number ("3") must not read as "the third".
		const i = q.choices.indexOf(given);
		if (i >= 0 && i < LETTERS.length) return { response: given, verdict: checkAnswer(LETTERS[i], { ...expected, choices: q.choices }, lang, reference).verdict };
		return { response: given, verdict: checkAnswer(given, expected, lang, reference).verdict };
	}
	return { response: given, verdict: checkAnswer(given, expected, lang, reference).verdict };
}

export type SubmitResult = { status: 'not_found' } | { status: 'submitted'; attemptId: string; already: boolean };

export function submitQuiz(store: Store, studentId: string, assignmentId: string, submission: QuizSubmission, now = new Date()): Promise<SubmitResult> {
	return store.write(function* (tx): Work<SubmitResult> {
		const found = yield* access(tx, studentId, assignmentId);
		if (!found) return { status: 'not_found' } as const;
		// A quiz posted without ever being opened (a replayed form) starts now.
		const attempt = yield* attemptsRepo.ensure(tx, { id: newId(), assignmentId, studentId, startedAt: now });
		if (attempt.submittedAt) return { status: 'submitted', attemptId: attempt.id, already: true } as const;

		const current = yield* questionsRepo.listPublished(tx, found.set.id);
		const seen = new Map(submission.shown.map((s) => [s.questionId, s.version]));
		// Only what the student was shown is graded: a question approved meanwhile was never asked,
		// one deleted or rejected meanwhile is skipped.
		const graded = seen.size ? current.filter((q) => seen.has(q.id)) : current;
		const reference = found.article.publishedAt ?? undefined;
		const rows = graded.map((q) => {
			const { response, verdict } = gradeAnswer(q, submission, q.id, found.set.lang, reference);
			return {
				id: newId(),
				attemptId: attempt.id,
				questionId: q.id,
				questionVersion: seen.get(q.id) ?? q.version,
				response,
				verdict,
				correct: verdict !== 'wrong'
			};
		});
		const correctCount = rows.filter((r) => r.correct).length;
		// Completed first: of two submissions racing on PostgreSQL, the second waits for the first's
		// row lock, then finds the attempt submitted and writes nothing.
		const completed = yield* attemptsRepo.complete(tx, attempt.id, {
			submittedAt: now,
			correctCount,
			total: rows.length,
			score: rows.length ? correctCount / rows.length : 0,
			durationMs: Math.max(0, now.getTime() - attempt.startedAt.getTime())
		});
		if (!completed) return { status: 'submitted', attemptId: attempt.id, already: true } as const;
		yield* attemptsRepo.insertAnswers(tx, rows);
		yield* addCardsFromQuiz(
			tx,
			studentId,
			rows.map((r) => ({ questionId: r.questionId, correct: r.correct })),
			now
		);
		return { status: 'submitted', attemptId: attempt.id, already: false } as const;
	});
}

export interface ResultItem {
	questionId: string;
	type: QuestionRow['type'];
	prompt: string;
	response: string;
	verdict: Verdict;
	correct: boolean;
	answer: string;
	/** The question was edited after the student answered it. */
	edited: boolean;
	deleted: boolean;
	evidenceText: string;
	evidenceStart: number | null;
	/** Where the answer sits inside the evidence text, as [start, end) ranges. */
	marks: [number, number][];
}

export type QuizResult =
	| { status: 'not_found' }
	| { status: 'not_submitted' }
	| {
			status: 'ok';
			title: string;
			lang: 'en' | 'fr';
			articleId: string;
			score: number;
			correctCount: number;
			total: number;
			durationMs: number | null;
			submittedAt: Date;
			items: ResultItem[];
	  };

/** Ranges of the answer inside the evidence: the facts' own spans, else the answer's text. */
export function answerMarks(
	q: Pick<QuestionRow, 'answer' | 'evidenceText' | 'evidenceStart' | 'evidenceEnd' | 'factIds' | 'type'>,
	facts: { engineId: string; start: number; end: number }[]
): [number, number][] {
	const out: [number, number][] = [];
	if (q.evidenceStart !== null && q.evidenceEnd !== null) {
		for (const f of facts) {
			if (!q.factIds.includes(f.engineId)) continue;
			if (f.start >= q.evidenceStart && f.end <= q.evidenceEnd) out.push([f.start - q.evidenceStart, f.end - q.evidenceStart]);
		}
	}
	if (!out.length && q.type !== 'truefalse' && q.type !== 'order' && q.answer) {
		const i = q.evidenceText.toLocaleLowerCase().indexOf(q.answer.toLocaleLowerCase());
		if (i >= 0) out.push([i, i + q.answer.length]);
	}
	return out.sort((a, b) => a[0] - b[0]);
}

export function getQuizResult(store: Store, studentId: string, assignmentId: string): Promise<QuizResult> {
	return store.read((tx) => quizResult(tx, studentId, assignmentId));
}

function* quizResult(tx: Tx, studentId: string, assignmentId: string): Work<QuizResult> {
	const found = yield* access(tx, studentId, assignmentId);
	if (!found) return { status: 'not_found' };
	const attempt = yield* attemptsRepo.find(tx, assignmentId, studentId);
	if (!attempt?.submittedAt) return { status: 'not_submitted' };
	const answers = yield* attemptsRepo.answersOf(tx, attempt.id);
	const byId = new Map((yield* questionsRepo.byIds(tx, answers.map((a) => a.questionId))).map((q) => [q.id, q]));
	const facts = yield* setsRepo.factsOf(tx, found.article.id);
	const items = answers
		.filter((a) => byId.has(a.questionId))
		.map((a) => ({ a, q: byId.get(a.questionId)! }))
		.sort((x, y) => x.q.position - y.q.position)
		.map(({ a, q }) => ({
			questionId: q.id,
			type: q.type,
			prompt: q.prompt,
			response: a.response,
			verdict: a.verdict,
			correct: a.correct,
			answer: q.answer,
			edited: q.version !== a.questionVersion,
			deleted: !!q.deletedAt,
			evidenceText: q.evidenceText,
			evidenceStart: q.evidenceStart,
			marks: answerMarks(q, facts)
		}));
	return {
		status: 'ok',
		title: found.set.title,
		lang: found.set.lang,
		articleId: found.article.id,
		score: attempt.score ?? 0,
		correctCount: attempt.correctCount ?? 0,
		total: attempt.total ?? 0,
		durationMs: attempt.durationMs,
		submittedAt: attempt.submittedAt,
		items
	};
}

export interface DashboardEntry {
	id: string;
	title: string;
	className: string;
	dueAt: Date | null;
	submittedAt: Date | null;
	score: number | null;
	correctCount: number | null;
	total: number | null;
	started: boolean;
}

/** The student's assignments: to do (soonest due first), overdue, done (latest first). */
export async function studentDashboard(store: Store, studentId: string, now = new Date()) {
	const { rows, classes } = await store.read(function* (tx) {
		return { rows: yield* assignmentsRepo.listForStudent(tx, studentId), classes: yield* classesRepo.listForStudent(tx, studentId) };
	});
	const entry = (r: (typeof rows)[number]): DashboardEntry => ({
		id: r.id,
		title: r.title,
		className: r.className,
		dueAt: r.dueAt,
		submittedAt: r.submittedAt,
		score: r.score,
		correctCount: r.correctCount,
		total: r.total,
		started: !!r.attemptId
	});
	const done = rows.filter((r) => r.submittedAt).map(entry);
	const open = rows.filter((r) => !r.submittedAt);
	const overdue = open.filter((r) => r.dueAt && r.dueAt.getTime() < now.getTime()).map(entry);
	const todo = open
		.filter((r) => !r.dueAt || r.dueAt.getTime() >= now.getTime())
		.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity))
		.map(entry);
	done.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime());
	return { todo, overdue, done, classCount: classes.filter((c) => !c.archivedAt).length };
}
