// The demo a newcomer meets on first start: a teacher, a student, a class, and one French and
// one English article with their questions. Each piece is ensured on its own, so a restart
// neither duplicates anything nor recreates what a user changed or deleted on purpose.
import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { users, classes, enrollments, questionSets, assignments, studySettings } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/auth/password';
import { newId, newJoinCode } from '$lib/server/ids';
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
	const existing = db.select().from(users).where(eq(users.email, email)).get();
	if (existing) return existing;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const row = { id: newId(), email, passwordHash, displayName, role, locale, isDemo: true };
	db.insert(users).values(row).onConflictDoNothing().run();
	return db.select().from(users).where(eq(users.email, email)).get()!;
}

export async function ensureDemo(db: Db) {
	const teacher = await ensureUser(db, DEMO_TEACHER_EMAIL, 'teacher', 'Claire Martin', 'fr');
	const student = await ensureUser(db, DEMO_STUDENT_EMAIL, 'student', 'Sam Lee', 'en');

	db.transaction((tx) => {
		let demoClass = tx.select().from(classes).where(eq(classes.teacherId, teacher.id)).get();
		if (!demoClass) {
			const code = tx.select().from(classes).where(eq(classes.joinCode, DEMO_CLASS_CODE)).get() ? newJoinCode() : DEMO_CLASS_CODE;
			tx.insert(classes).values({ id: newId(), teacherId: teacher.id, name: 'Actualités internationales — 1re', joinCode: code }).run();
			demoClass = tx.select().from(classes).where(eq(classes.teacherId, teacher.id)).get()!;
			tx.insert(enrollments).values({ classId: demoClass.id, studentId: student.id }).onConflictDoNothing().run();
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
				if (demoClass) {
					const already = db.select().from(assignments).where(and(eq(assignments.setId, setId), eq(assignments.classId, demoClass.id))).get();
					if (!already) db.insert(assignments).values({ id: newId(), setId, classId: demoClass.id }).run();
				}
			} catch (error) {
				// A demo article the engine cannot read must not stop the app from starting.
				console.error('demo article skipped:', error);
			}
		}
	}
	return { teacher, student, password: DEMO_PASSWORD };
}
