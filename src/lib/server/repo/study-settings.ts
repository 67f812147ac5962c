// Per-student review settings; a student without a row studies with the defaults.
import { eq } from 'drizzle-orm';
import { first, run, type Tx, type Work } from '$lib/server/db/store';
import type { StudySettings } from '$lib/server/db/schema';

export function* get({ db, t }: Tx, studentId: string): Work<StudySettings | undefined> {
	return yield* first(db.select().from(t.studySettings).where(eq(t.studySettings.studentId, studentId)).limit(1));
}

export function* upsert({ db, t }: Tx, studentId: string, values: Partial<Omit<StudySettings, 'studentId'>>): Work<void> {
	const set = { ...values, updatedAt: new Date() };
	yield* run(
		db
			.insert(t.studySettings)
			.values({ studentId, ...set })
			.onConflictDoUpdate({ target: t.studySettings.studentId, set })
	);
}
