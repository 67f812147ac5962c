// A small world for the quiz, set and report tests: a teacher, students in a class, and an
// article with one question of each kind, written directly (no engine), so the tests pin grading.
import { newId } from '$lib/server/ids';
import { run, type Tx, type Work } from '$lib/server/db/store';

export const ARTICLE =
	'Russie-Iran. Le 17 janvier, Vladimir Poutine et Massoud Pezeshkian ont signé à Moscou un traité de 20 ans. ' +
	'Il ne contient pas de clause de défense mutuelle. Faites un don !';

export function* addUser({ db, t }: Tx, role: 'teacher' | 'student', name: string): Work<string> {
	const id = newId();
	yield* run(db.insert(t.users).values({ id, email: `${id}@example.org`, passwordHash: 'x', displayName: name, role }));
	return id;
}

export function* seedWorld(tx: Tx) {
	const { db, t } = tx;
	const { articles, assignments, classes, enrollments, facts, questionSets, questions } = t;
	const teacher = yield* addUser(tx, 'teacher', 'Claire');
	const student = yield* addUser(tx, 'student', 'Sam');
	const classId = newId();
	yield* run(db.insert(classes).values({ id: classId, teacherId: teacher, name: '1re A', joinCode: 'ABC234' }));
	yield* run(db.insert(enrollments).values({ classId, studentId: student }));

	const articleId = newId();
	const sentence = { index: 0, start: 13, end: 107, text: ARTICLE.slice(13, 107), paragraph: 1 };
	const negation = { index: 1, start: 108, end: 157, text: ARTICLE.slice(108, 157), paragraph: 1 };
	yield* run(
		db.insert(articles).values({
			id: articleId,
			ownerId: teacher,
			originalInput: ARTICLE,
			cleanText: ARTICLE,
			title: 'Russie-Iran',
			publishedAt: '2025-01-24',
			lang: 'fr',
			removed: [[ARTICLE.indexOf('Faites'), ARTICLE.length]],
			sentences: [sentence, negation]
		})
	);
	const span = (text: string) => ({ start: ARTICLE.indexOf(text), end: ARTICLE.indexOf(text) + text.length, text });
	const factRows = [
		{ engineId: 'date-16', type: 'date', value: '2025-01-17', ...span('17 janvier') },
		{ engineId: 'place-64', type: 'place', value: 'Moscou', ...span('Moscou') },
		{ engineId: 'duration-85', type: 'duration', value: 'P20Y', ...span('20 ans') },
		{ engineId: 'person-28', type: 'person', value: 'Vladimir Poutine', ...span('Vladimir Poutine') }
	];
	for (const f of factRows) yield* run(db.insert(facts).values({ id: newId(), articleId, sentence: 0, ...f }));

	const setId = newId();
	yield* run(db.insert(questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Russie-Iran', lang: 'fr' }));
	const evidence = { evidenceText: sentence.text, evidenceStart: sentence.start, evidenceEnd: sentence.end };
	const q = {
		mcq: newId(),
		cloze: newId(),
		truefalse: newId(),
		short: newId(),
		order: newId(),
		number: newId()
	};
	const rows = [
		{ id: q.mcq, type: 'mcq' as const, prompt: 'Où le traité a-t-il été signé ?', answer: 'Moscou', answerValue: 'Moscou', choices: ['Téhéran', 'Moscou', 'Bakou', 'Minsk'], factIds: ['place-64'] },
		{ id: q.cloze, type: 'cloze' as const, prompt: 'Le traité a été signé le ____.', answer: '17 janvier 2025', answerValue: '2025-01-17', choices: [], factIds: ['date-16'] },
		{ id: q.truefalse, type: 'truefalse' as const, prompt: 'Le traité contient une clause de défense mutuelle.', answer: 'Faux', answerValue: 'false', choices: ['Vrai', 'Faux'], factIds: [] },
		{ id: q.short, type: 'short' as const, prompt: 'Qui a signé pour la Russie ?', answer: 'Vladimir Poutine', answerValue: 'Vladimir Poutine', choices: [], factIds: ['person-28'] },
		{ id: q.order, type: 'order' as const, prompt: 'Remettez dans l’ordre.', answer: 'a → b → c', answerValue: '2,0,1', choices: ['b', 'c', 'a'], factIds: [] },
		{ id: q.number, type: 'mcq' as const, prompt: 'Pour combien d’années ?', answer: '20', answerValue: '20', choices: ['3', '20', '10', '1'], factIds: ['duration-85'] }
	];
	for (const [position, r] of rows.entries()) yield* run(db.insert(questions).values({ ...r, ...evidence, setId, position, status: 'approved' }));
	const assignmentId = newId();
	yield* run(db.insert(assignments).values({ id: assignmentId, setId, classId }));
	return { teacher, student, classId, articleId, setId, assignmentId, q };
}
