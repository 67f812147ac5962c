// The demo a newcomer meets on first start: a teacher, a student, a class, and one French and
// one English article with their questions. Each piece is ensured on its own, so a restart
// neither duplicates anything nor recreates what a user changed or deleted on purpose.
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { users, classes, questionSets, studySettings } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/auth/password';
import { newId, newJoinCode } from '$lib/server/ids';
import * as usersRepo from '$lib/server/repo/users';
import * as classesRepo from '$lib/server/repo/classes';
import * as assignmentsRepo from '$lib/server/repo/assignments';
import { createSetFromArticle } from './question-sets';
import frenchArticle from '$lib/server/demo/article-fr.txt?raw';
import englishArticle from '$lib/server/demo/article-en.txt?raw';

export const DEMO_PASSWORD = 'demo-lectio';
export const DEMO_TEACHER_EMAIL = 'teacher@demo.lectio';
export const DEMO_STUDENT_EMAIL = 'student@demo.lectio';
export const DEMO_CLASS_CODE = 'DEMO42';

const DEMO_ARTICLES = [
	{ text: frenchArticle, lang: 'fr' as const },
	{ text: englishArticle, lang: 'en' as const }
];

async function ensureUser(db: Db, email: string, role: 'teacher' | 'student', displayName: string, locale: 'en' | 'fr') {
	const existing = usersRepo.findByEmail(db, email);
	if (existing) return existing;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const row = { id: newId(), email, passwordHash, displayName, role, locale, isDemo: true };
	db.insert(users).values(row).onConflictDoNothing().run();
	return usersRepo.findByEmail(db, email)!;
}

export async function ensureDemo(db: Db) {
	const teacher = await ensureUser(db, DEMO_TEACHER_EMAIL, 'teacher', 'Claire Martin', 'fr');
	const student = await ensureUser(db, DEMO_STUDENT_EMAIL, 'student', 'Sam Lee', 'en');

	db.transaction((tx) => {
		const demoClass = tx.select().from(classes).where(eq(classes.teacherId, teacher.id)).get();
		if (!demoClass) {
			const code = classesRepo.findByJoinCode(tx, DEMO_CLASS_CODE) ? newJoinCode() : DEMO_CLASS_CODE;
			const id = newId();
			classesRepo.insert(tx, { id, teacherId: teacher.id, name: 'Actualités internationales — 1re', joinCode: code });
			classesRepo.enroll(tx, id, student.id);
		}
		tx.insert(studySettings).values({ studentId: student.id }).onConflictDoNothing().run();
	});

	// The demo sets are created once, the first time the demo teacher has none.
	const hasSets = db.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.ownerId, teacher.id)).get();
	if (!hasSets) {
		const demoClass = db.select().from(classes).where(eq(classes.teacherId, teacher.id)).get();
		for (const article of DEMO_ARTICLES) {
			try {
				const { setId } = createSetFromArticle(db, { ownerId: teacher.id, input: article.text, lang: article.lang, approveAll: true });
				if (demoClass) assignmentsRepo.insert(db, { id: newId(), setId, classId: demoClass.id });
			} catch (error) {
				// A demo article the engine cannot read must not stop the app from starting.
				console.error('demo article skipped:', error);
			}
		}
	}
	return { teacher, student, password: DEMO_PASSWORD };
}
