// Per-student review settings; a student without a row studies with the defaults.
import { eq, sql } from 'drizzle-orm';
import { studySettings, type StudySettings } from '$lib/server/db/schema';
import { perConnection, type Conn } from './conn';

// Read on every page of the review loop: prepared once per connection.
const prepared = perConnection((tx: Conn) => tx.select().from(studySettings).where(eq(studySettings.studentId, sql.placeholder('studentId'))).prepare());

export function get(tx: Conn, studentId: string): StudySettings | undefined {
	return prepared(tx).get({ studentId });
}

export function upsert(tx: Conn, studentId: string, values: Partial<Omit<StudySettings, 'studentId'>>): void {
	const set = { ...values, updatedAt: new Date() };
	tx.insert(studySettings)
		.values({ studentId, ...set })
		.onConflictDoUpdate({ target: studySettings.studentId, set })
		.run();
}
