// Reading an article outside the set editor: its owner, or a student whose class was given a set
// made from it (except while that student is taking it as a closed-book quiz). The evidence of the questions the reader may see is anchored in the text.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import * as setsRepo from '$lib/server/repo/sets';
import * as questionsRepo from '$lib/server/repo/questions';
import { run, type Store, type Tx } from '$lib/server/db/store';

export function getArticleForReader(store: Store, user: { id: string; role: 'teacher' | 'student' }, articleId: string) {
	return store.read((tx) => articleForReader(tx, user, articleId));
}

function* articleForReader(tx: Tx, user: { id: string; role: 'teacher' | 'student' }, articleId: string) {
	const { db, t } = tx;
	const { assignments, enrollments, questionSets, questions, quizAttempts } = t;
	const article = yield* setsRepo.article(tx, articleId);
	if (!article) return null;
	let setIds: string[];
	if (user.role === 'teacher') {
		if (article.ownerId !== user.id) return null;
		setIds = (yield* run(db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.articleId, articleId)))).map((r) => r.id);
	} else {
		const open = yield* run(
			db
				.selectDistinct({ id: questionSets.id })
				.from(questionSets)
				.innerJoin(assignments, eq(assignments.setId, questionSets.id))
				.innerJoin(enrollments, and(eq(enrollments.classId, assignments.classId), eq(enrollments.studentId, user.id)))
				// A closed-book quiz under way hides its article until the student submits it.
				.where(and(eq(questionSets.articleId, articleId), or(eq(assignments.openBook, true), sql`not exists (select 1 from ${quizAttempts} where ${quizAttempts.assignmentId} = ${assignments.id} and ${quizAttempts.studentId} = ${user.id} and ${quizAttempts.submittedAt} is null)`)))
		);
		setIds = open.map((r) => r.id);
		if (!setIds.length) return null;
	}
	const spans = setIds.length
		? yield* run(
				db
					.select({ questionId: questions.id, start: questions.evidenceStart, end: questions.evidenceEnd })
					.from(questions)
					.where(and(inArray(questions.setId, setIds), questionsRepo.published(t)))
			)
		: [];
	const evidence = spans.filter((e): e is { questionId: string; start: number; end: number } => e.start !== null && e.end !== null);
	return {
		id: article.id,
		title: article.title,
		author: article.author,
		publishedAt: article.publishedAt,
		lang: article.lang,
		text: article.cleanText,
		// The headline is the page's heading: not repeated as the text's first line.
		removed: article.title && article.cleanText.startsWith(article.title) ? [...article.removed, [0, article.title.length] as [number, number]] : article.removed,
		evidence
	};
}
