// Per-student review settings; a student without a row studies with the defaults.
import { eq, sql } from 'drizzle-orm';
import { prepared, run, type Tx, type Work } from '$lib/server/db/store';
import type { StudySettings } from '$lib/server/db/schema';

// Read on every page of the review loop: prepared once per SQLite connection.
export function* get(tx: Tx, studentId: string): Work<StudySettings | undefined> {
	const found = yield* prepared<StudySettings>(tx, 'study_settings', ({ db, t }) => db.select().from(t.studySettings).where(eq(t.studySettings.studentId, sql.placeholder('studentId'))), { studentId });
	return found[0];
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
