// Deleting a set counts its students' work first, and refuses when there is some. On PostgreSQL
// another node may add work meanwhile: proves the count holds the rows that work must reference, so
// a quiz opened during a deletion waits for it and never has its attempt deleted by the cascade.
import { describe, expect, it } from 'vitest';
import { freshStore } from '$lib/server/db/stores.fixture';
import { call, run } from '$lib/server/db/store';
import * as setsRepo from '$lib/server/repo/sets';
import { openQuiz } from './quizzes';
import { seedWorld } from './quiz-fixture';

describe('deleting a set while a student opens its quiz, on PostgreSQL', () => {
	const store = freshStore('pg');

	it('makes the quiz wait for the deletion’s count instead of slipping an attempt in before the delete', async () => {
		const w = await store().write(seedWorld);
		const order: string[] = [];
		let release = () => {};
		const gate = new Promise<void>((done) => (release = done));
		const deletion = store().write(function* (tx) {
			yield* setsRepo.lockForDeletion(tx, w.setId);
			order.push('counted');
			yield* call(() => gate);
			order.push('deletion done');
		});
		while (!order.includes('counted')) await new Promise((done) => setTimeout(done, 10));
		const quiz = openQuiz(store(), w.student, w.assignmentId).then((q) => order.push(`quiz ${q.status}`));
		await new Promise((done) => setTimeout(done, 300));
		order.push('released');
		release();
		await Promise.all([deletion, quiz]);
		expect(order).toEqual(['counted', 'released', 'deletion done', 'quiz open']);
		expect(await store().read(({ db, t }) => run(db.select().from(t.quizAttempts)))).toHaveLength(1);
	});
});
