// Per-student review settings; a student without a row studies with the defaults.
import { eq, sql } from 'drizzle-orm';
import { studySettings, type StudySettings } from '$lib/server/db/schema';
import type { Tx } from './cards';

// Read on every page of the review loop: prepared once per connection.
const build = (tx: Tx) => tx.select().from(studySettings).where(eq(studySettings.studentId, sql.placeholder('studentId'))).prepare();
const prepared = new WeakMap<Tx, ReturnType<typeof build>>();

export function get(tx: Tx, studentId: string): StudySettings | undefined {
	let q = prepared.get(tx);
	if (!q) prepared.set(tx, (q = build(tx)));
	return q.get({ studentId });
}

export function upsert(tx: Tx, studentId: string, values: Partial<Omit<StudySettings, 'studentId'>>): void {
	const set = { ...values, updatedAt: new Date() };
	tx.insert(studySettings)
		.values({ studentId, ...set })
		.onConflictDoUpdate({ target: studySettings.studentId, set })
		.run();
}
