// What a teacher reads: the dashboard (sets and classes at a glance) and an assignment's results
// (scores, item analysis, and which facts the class is forgetting, from the students' cards).
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { run, type Store, type Tx, type Work } from '$lib/server/db/store';
import { analyseItems, type ItemStats } from '$lib/analysis/item-analysis';
import { createScheduler, retrievability } from '$lib/srs/scheduler';
import * as assignmentsRepo from '$lib/server/repo/assignments';
import * as attemptsRepo from '$lib/server/repo/attempts';
import * as cardsRepo from '$lib/server/repo/cards';
import * as classesRepo from '$lib/server/repo/classes';
import * as questionsRepo from '$lib/server/repo/questions';
import * as setsRepo from '$lib/server/repo/sets';

export async function teacherDashboard(store: Store, teacherId: string) {
	const { sets, assignments, classes } = await store.read(function* (tx) {
		return {
			sets: yield* setsRepo.listForOwner(tx, teacherId),
			assignments: yield* setsRepo.assignmentsForOwner(tx, teacherId),
			classes: yield* classesRepo.listForTeacher(tx, teacherId)
		};
	});
	const withAssignments = sets.map((s) => ({ ...s, assignments: assignments.filter((a) => a.setId === s.id) }));
	return {
		sets: withAssignments.filter((s) => !s.archivedAt),
		archivedSets: withAssignments.filter((s) => s.archivedAt),
		classes: classes.filter((c) => !c.archivedAt),
		archivedClasses: classes.filter((c) => c.archivedAt).length
	};
}

export interface StudentRow {
	studentId: string;
	displayName: string;
	/** Shown under the name: two students may share a name, never an email. */
	email: string;
	submittedAt: Date | null;
	score: number | null;
	correctCount: number | null;
	total: number | null;
	durationMs: number | null;
	answers: { questionId: string; position: number; prompt: string; response: string; verdict: string; correct: boolean; edited: boolean }[];
}

export interface QuestionReport extends ItemStats {
	number: number;
	type: string;
	prompt: string;
	answer: string;
	deleted: boolean;
}

export interface FactRecall {
	factId: string;
	type: string;
	text: string;
	value: string;
	/** Mean probability of recall now over the students' reviewed cards; null: no reviews yet. */
	recall: number | null;
	cards: number;
}

/** The report of one assignment; null unless the teacher owns its set. */
export function assignmentReport(store: Store, teacherId: string, assignmentId: string, now = new Date()) {
	return store.read((tx) => report(tx, teacherId, assignmentId, now));
}

function* report(tx: Tx, teacherId: string, assignmentId: string, now: Date) {
	const assignment = yield* assignmentsRepo.findById(tx, assignmentId);
	const set = assignment && (yield* setsRepo.findForOwner(tx, teacherId, assignment.setId));
	const klass = assignment && (yield* classesRepo.findById(tx, assignment.classId));
	if (!assignment || !set || !klass) return null;

	const roster = yield* classesRepo.roster(tx, klass.id);
	const attempts = yield* attemptsRepo.submittedForAssignment(tx, assignmentId);
	const answers = yield* attemptsRepo.answersOfAttempts(tx, attempts.map((a) => a.id));
	const answersOf = new Map(attempts.map((a) => [a.id, [] as typeof answers]));
	for (const x of answers) answersOf.get(x.attemptId)!.push(x);
	// Questions anyone answered (deleted ones too: their answers still count) plus today's live ones.
	const live = yield* questionsRepo.listPublished(tx, set.id);
	const answeredIds = [...new Set(answers.map((a) => a.questionId))];
	const extra = yield* questionsRepo.byIds(tx, answeredIds.filter((id) => !live.some((q) => q.id === id)));
	const questions = [...live, ...extra].sort((a, b) => a.position - b.position);
	const number = new Map(questions.map((q, i) => [q.id, i + 1]));

	const stats = analyseItems(
		questions.map((q) => ({ id: q.id, type: q.type, answer: q.answer, choices: q.choices })),
		attempts.map((a) => ({
			studentId: a.studentId,
			score: a.score ?? 0,
			answers: answersOf.get(a.id)!.map((x) => ({ questionId: x.questionId, response: x.response, correct: x.correct }))
		}))
	);
	const questionReports: QuestionReport[] = questions.map((q, i) => ({
		...stats[i],
		number: i + 1,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		deleted: !!q.deletedAt || q.status !== 'approved'
	}));

	const byStudent = new Map(attempts.map((a) => [a.studentId, a]));
	const qById = new Map(questions.map((q) => [q.id, q]));
	const students: StudentRow[] = roster.map((s) => {
		const a = byStudent.get(s.studentId);
		return {
			studentId: s.studentId,
			displayName: s.displayName,
			email: s.email,
			submittedAt: a?.submittedAt ?? null,
			score: a?.score ?? null,
			correctCount: a?.correctCount ?? null,
			total: a?.total ?? null,
			durationMs: a?.durationMs ?? null,
			answers: a
				? answersOf
						.get(a.id)!
						.filter((x) => qById.has(x.questionId))
						.map((x) => {
							const q = qById.get(x.questionId)!;
							return {
								questionId: q.id,
								position: number.get(q.id)!,
								prompt: q.prompt,
								response: x.response,
								verdict: x.verdict,
								correct: x.correct,
								edited: q.version !== x.questionVersion
							};
						})
						.sort((x, y) => x.position - y.position)
				: []
		};
	});
	// Students who left the class keep their result in the report.
	for (const a of attempts) {
		if (roster.some((s) => s.studentId === a.studentId)) continue;
		students.push({
			studentId: a.studentId,
			displayName: a.displayName,
			email: a.email,
			submittedAt: a.submittedAt,
			score: a.score,
			correctCount: a.correctCount,
			total: a.total,
			durationMs: a.durationMs,
			answers: []
		});
	}

	return {
		assignment,
		set,
		className: klass.name,
		classId: klass.id,
		enrolled: roster.length,
		submitted: attempts.length,
		meanScore: attempts.length ? attempts.reduce((s, a) => s + (a.score ?? 0), 0) / attempts.length : null,
		students,
		questions: questionReports,
		facts: yield* factRecall(tx, set.articleId, questions, klass.id, now)
	};
}

/** The class's probability of recalling each fact today, from the cards of its questions. */
function* factRecall(tx: Tx, articleId: string, questions: { id: string; factIds: string[] }[], classId: string, now: Date): Work<FactRecall[]> {
	const facts = yield* setsRepo.factsOf(tx, articleId);
	const asked = facts.filter((f) => questions.some((q) => q.factIds.includes(f.engineId)));
	const questionIds = questions.map((q) => q.id);
	if (!asked.length || !questionIds.length) return [];
	const { db, t } = tx;
	const { cards, enrollments } = t;
	const found = yield* run(
		db
			.select({ card: cards })
			.from(cards)
			.innerJoin(enrollments, and(eq(enrollments.studentId, cards.studentId), eq(enrollments.classId, classId)))
			.where(and(inArray(cards.questionId, questionIds), isNotNull(cards.lastReview)))
	);
	const rows = found.map((r) => r.card);
	const f = createScheduler({ desiredRetention: 0.9, enableFuzz: false });
	const rByQuestion = new Map<string, number[]>();
	for (const c of rows) {
		const r = retrievability(f, cardsRepo.stateOf(c), now);
		if (!Number.isFinite(r)) continue;
		(rByQuestion.get(c.questionId) ?? rByQuestion.set(c.questionId, []).get(c.questionId)!).push(r);
	}
	// The same fact often appears several times in an article ("Moscou" in three sentences): one row for all.
	const groups = new Map<string, typeof asked>();
	for (const fact of asked) {
		const key = `${fact.type}\u0000${fact.value}`;
		(groups.get(key) ?? groups.set(key, []).get(key)!).push(fact);
	}
	return [...groups.values()]
		.map((same) => {
			const ids = new Set(same.map((f) => f.engineId));
			const rs = questions.filter((q) => q.factIds.some((id) => ids.has(id))).flatMap((q) => rByQuestion.get(q.id) ?? []);
			const fact = same[0];
			return {
				factId: fact.id,
				type: fact.type,
				text: fact.text,
				value: fact.value,
				recall: rs.length ? rs.reduce((s, r) => s + r, 0) / rs.length : null,
				cards: rs.length
			};
		})
		.sort((a, b) => (a.recall ?? 2) - (b.recall ?? 2) || a.text.localeCompare(b.text));
}
