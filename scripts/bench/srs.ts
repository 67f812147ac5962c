// SRS benchmark: recording a review through the service (card update + log insert in one
// transaction) against raw single-row inserts on the same file and pragmas — as the app makes
// reviews, and as two bare loops — and today's queue for a student with 100,000 cards and
// 1,000,000 log rows.
//
// Where the time goes (measured with strace and the WAL's frame headers): in WAL mode every page a
// transaction dirties is one frame, written with two pwrite calls at commit. A raw log insert
// dirties ~5 pages (the table, its id index, its student and card indexes, a split now and then);
// a review dirties those plus the card's row and the queue index entry it moves (~8.7 pages), so
// most of the gap between the two is the kernel's, not ours.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Db } from '../../src/lib/server/db/index';
import { sqliteStore } from '../../src/lib/server/db/sqlite-store';
import { getSession, recordReview, addSetToCards } from '../../src/lib/server/services/review';
import { MAX_NEW_PER_DAY, MAX_REVIEWS_PER_DAY } from '../../src/lib/srs/queue';
import type { Grade } from '../../src/lib/srs/scheduler';
import { median } from './median';
import { seededRandom } from '../../src/lib/seeded-random';

const DAY = 86_400_000;

function seedBase(db: Db, questionCount: number) {
	const c = db.$client;
	const teacher = randomUUID();
	const student = randomUUID();
	c.prepare(`insert into users (id, email, password_hash, display_name, role) values (?, ?, 'x', 'T', 'teacher'), (?, ?, 'x', 'S', 'student')`).run(
		teacher,
		`${teacher}@b.test`,
		student,
		`${student}@b.test`
	);
	const article = randomUUID();
	c.prepare(`insert into articles (id, owner_id, original_input, clean_text, lang) values (?, ?, 'a', 'a', 'en')`).run(article, teacher);
	const set = randomUUID();
	c.prepare(`insert into question_sets (id, owner_id, article_id, title, lang) values (?, ?, ?, 'Bench', 'en')`).run(set, teacher, article);
	const insertQ = c.prepare(
		`insert into questions (id, set_id, type, prompt, answer, answer_value, position, status) values (?, ?, 'short', ?, 'answer', 'answer', ?, 'approved')`
	);
	const ids: string[] = [];
	c.transaction(() => {
		for (let i = 0; i < questionCount; i++) {
			const id = randomUUID();
			ids.push(id);
			insertQ.run(id, set, `Question ${i}?`, i);
		}
	})();
	const klass = randomUUID();
	c.prepare(`insert into classes (id, teacher_id, name, join_code) values (?, ?, 'C', ?)`).run(klass, teacher, klass.slice(0, 8));
	c.prepare(`insert into enrollments (class_id, student_id) values (?, ?)`).run(klass, student);
	// Study material: its cards may be added without taking its quiz first.
	c.prepare(`insert into assignments (id, set_id, class_id, study_material) values (?, ?, ?, 1)`).run(randomUUID(), set, klass);
	return { student, set, questionIds: ids };
}

const BLOCK = 100;
const WARM_UP = 2 * BLOCK;

/** A student with `n` new cards, allowed to take all of them today, and a raw insert into the same log table. */
async function writeSetup(dir: string, name: string, n: number) {
	const db = openDatabase(join(dir, name));
	const c = db.$client;
	const { student, set } = seedBase(db, n);
	c.prepare(`insert into study_settings (student_id, desired_retention, new_per_day, reviews_per_day) values (?, 0.9, ?, ?)`).run(student, MAX_NEW_PER_DAY, MAX_REVIEWS_PER_DAY);
	// A day of study from 06:00 UTC: every answer falls on the day its card was shown.
	const start = Math.floor(Date.now() / DAY) * DAY + 6 * 3_600_000;
	await addSetToCards(sqliteStore(db), student, set, new Date(start - 60_000));
	const ins = c.prepare(
		`insert into review_logs (id, card_id, student_id, kind, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
		 values (?, ?, ?, 'review', ?, 2, 2, ?, 1.5, 5, 1, 2, ?)`
	);
	const raw = c.transaction((id: string, card: string, at: number, i: number) => ins.run(id, card, student, (i % 4) + 1, at, at));
	return { db, student, start, raw };
}

/**
 * Reviews as the app makes them: the card is shown (getSession, untimed: it computes the four
 * outcomes for the buttons), then answered 2.5 s later (recordReview, timed). The baseline is a
 * raw one-row transaction into the same log table (same indexes, same pragmas), timed in the same
 * position: right after the same untimed getSession, so both writes start with the CPU caches a
 * request really leaves them in. Blocks of reviews and of raw inserts alternate so both see the
 * same machine load, and a raw insert never follows a review of its card (whose log pages it
 * would find hot); the first blocks warm up and are not counted; medians resist spikes.
 */
async function sessionWrites(dir: string, n: number) {
	const { db, student, start, raw } = await writeSetup(dir, 'session.db', n);
	const store = sqliteStore(db);
	let now = start;
	const reviewTimes: number[] = [];
	const rawTimes: number[] = [];
	for (let done = 0; done < n; ) {
		const counted = done >= WARM_UP;
		// Ids are drawn before the timed calls, as the client draws the review id.
		const reviewIds = Array.from({ length: BLOCK }, () => randomUUID());
		const rawIds = Array.from({ length: BLOCK }, () => randomUUID());
		const reviewed: string[] = [];
		while (reviewed.length < BLOCK) {
			const shown = (await getSession(store, student, new Date(now), 0)).current;
			if (!shown) {
				now += 600_000;
				continue;
			}
			const input = { studentId: student, cardId: shown.cardId, reviewId: reviewIds[reviewed.length], rating: ((done % 4) + 1) as Grade, durationMs: 2500, now: new Date(now + 2500) };
			const s = performance.now();
			await recordReview(store, input);
			if (counted) reviewTimes.push(performance.now() - s);
			reviewed.push(shown.cardId);
			done++;
			now += 3000;
		}
		for (let k = 0; k < BLOCK; k++) {
			await getSession(store, student, new Date(now), 0);
			const s = performance.now();
			raw(rawIds[k], reviewed[k], now + k, k);
			if (counted) rawTimes.push(performance.now() - s);
		}
	}
	db.$client.close();
	return { reviewWriteP50Ms: median(reviewTimes), rawInsertRatio: median(rawTimes) / median(reviewTimes) };
}

/**
 * The same comparison as two bare loops: recordReview on cards never shown (so it reads the card
 * and asks ts-fsrs itself) back to back, against raw inserts back to back.
 */
async function bareLoops(dir: string, n: number) {
	const { db, student, start, raw } = await writeSetup(dir, 'bare.db', n);
	const store = sqliteStore(db);
	const cardIds = db.$client.prepare(`select id from cards where student_id = ? order by due`).pluck().all(student) as string[];
	const reviewTimes: number[] = [];
	const rawTimes: number[] = [];
	for (let from = 0; from + BLOCK <= cardIds.length; from += BLOCK) {
		const counted = from >= WARM_UP;
		const reviewIds = Array.from({ length: BLOCK }, () => randomUUID());
		const rawIds = Array.from({ length: BLOCK }, () => randomUUID());
		for (let k = 0; k < BLOCK; k++) {
			const i = from + k;
			const input = { studentId: student, cardId: cardIds[i], reviewId: reviewIds[k], rating: ((i % 4) + 1) as Grade, durationMs: 2500, now: new Date(start + i * 3000) };
			const s = performance.now();
			await recordReview(store, input);
			if (counted) reviewTimes.push(performance.now() - s);
		}
		for (let k = 0; k < BLOCK; k++) {
			const s = performance.now();
			raw(rawIds[k], cardIds[from + k], start + (from + k) * 3000, k);
			if (counted) rawTimes.push(performance.now() - s);
		}
	}
	db.$client.close();
	return { rawInsertRatioBareLoops: median(rawTimes) / median(reviewTimes) };
}

/** A heavy student: 100k cards in every state, 1M log rows over a year, ~300 of them today. */
async function queueBench(dir: string, runs: number) {
	const db = openDatabase(join(dir, 'queue.db'));
	const CARDS = 100_000;
	const LOGS = 1_000_000;
	const c = db.$client;
	// A large page cache only for seeding: a million random-key inserts otherwise thrash the disk.
	c.pragma('cache_size = -400000');
	const { student, questionIds } = seedBase(db, CARDS);
	const now = Date.now();
	const insCard = c.prepare(
		`insert into cards (id, student_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
		 values (?, ?, ?, ?, ?, ?, 3, ?, 0, ?, 0, ?, ?)`
	);
	const cardIds: string[] = [];
	const rand = seededRandom(1);
	c.transaction(() => {
		for (let i = 0; i < CARDS; i++) {
			const id = randomUUID();
			cardIds.push(id);
			const r = rand();
			// 20 % new, 0.1 % in learning steps, the rest in review from a month overdue to a year ahead.
			const state = r < 0.2 ? 0 : r < 0.201 ? 1 : 2;
			const due = state === 0 ? now - DAY * 30 + i : state === 1 ? now + Math.floor(rand() * 3_600_000) : now + Math.floor((rand() * 395 - 30) * DAY);
			insCard.run(id, student, questionIds[i], due, state ? 10 : 0, state ? 5 : 0, state === 2 ? 10 : 0, state ? 3 : 0, state, state ? now - DAY : null);
		}
	})();
	const insLog = c.prepare(
		`insert into review_logs (id, card_id, student_id, kind, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
		 values (?, ?, ?, 'review', ?, 2, 2, ?, 10, 5, 3, ?, ?)`
	);
	c.transaction(() => {
		for (let i = 0; i < LOGS; i++) {
			// Spread over the past year; the last 300 fall today.
			const at = i >= LOGS - 300 ? now - (LOGS - i) * 1000 : now - DAY - Math.floor(rand() * 364 * DAY);
			insLog.run(randomUUID(), cardIds[i % CARDS], student, 1 + (i % 4), at, 5 + (i % 30), at);
		}
	})();
	c.exec('analyze');
	c.pragma('cache_size = -2000');
	const offset = -new Date().getTimezoneOffset();
	const store = sqliteStore(db);
	for (let i = 0; i < 5; i++) await getSession(store, student, new Date(), offset);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		const session = await getSession(store, student, new Date(), offset);
		times.push(performance.now() - s);
		if (!session.current) throw new Error('the bench queue should not be empty');
	}
	c.close();
	return { dueQueryMs100k: median(times) };
}

export async function run(opts: { quick: boolean }): Promise<Record<string, number>> {
	const dir = mkdtempSync(join(tmpdir(), 'lectio-bench-srs-'));
	try {
		const n = opts.quick ? 2000 : 6000;
		const session = await sessionWrites(dir, n);
		const bare = await bareLoops(dir, n);
		const queue = await queueBench(dir, opts.quick ? 20 : 100);
		return { ...session, ...queue, ...bare };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
