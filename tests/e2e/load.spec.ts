// Proves the review log under load and crashes, against the built server on its own database:
// 50 students submit 40 reviews each in parallel through the review page's form action (several
// in flight per student, on the same cards); every acknowledged review is in the log exactly
// once and every card's state equals replaying its log. Then the same load with the server
// killed by SIGKILL midway and restarted on the same file: every review acknowledged before the
// kill is there, `PRAGMA integrity_check` is ok, and the app serves again. And `npm run backup`
// copies the database while the server takes that load; the copy opens and is sound.
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createScheduler, reviewStored, type Grade, type StoredCardState } from '../../src/lib/srs/scheduler';
import { seedClass, startServer, waitUp, postReview, type LoadStudent } from '../support/load-world';

const STUDENTS = 50;
const REVIEWS = 40;
const CARDS = 10; // four reviews per card
const IN_FLIGHT = 4; // requests each student has open at once

test.describe.configure({ mode: 'serial' });

let dir: string;
test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'lectio-load-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each student sends REVIEWS reviews over their cards, IN_FLIGHT at a time; returns the acknowledged ids. */
async function load(base: string, students: LoadStudent[], stopAfter?: { acknowledged: number; then: () => void }) {
	const acknowledged: string[] = [];
	let stopped = false;
	await Promise.all(
		students.map(async (student, s) => {
			let next = 0;
			const lane = async () => {
				while (next < REVIEWS && !stopped) {
					const i = next++;
					const id = randomUUID();
					try {
						if (await postReview(base, student, student.cards[i % CARDS], id, ((i + s) % 4) + 1)) acknowledged.push(id);
					} catch {
						// the server was killed: this review was never acknowledged
					}
					if (stopAfter && !stopped && acknowledged.length >= stopAfter.acknowledged) {
						stopped = true;
						stopAfter.then();
					}
				}
			};
			await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
		})
	);
	return acknowledged;
}

const stop = (server: ChildProcess, signal: NodeJS.Signals) =>
	new Promise<void>((resolve) => {
		server.once('exit', () => resolve());
		server.kill(signal);
	});

test('50 students × 40 reviews in parallel: each acknowledged review logged once, each card its log replayed', async () => {
	test.setTimeout(120_000);
	const path = join(dir, 'parallel.db');
	const { students } = await seedClass(path, { students: STUDENTS, cards: CARDS });
	const base = 'http://127.0.0.1:4392';
	const server = startServer(4392, path);
	try {
		await waitUp(base);
		const acknowledged = await load(base, students);
		expect(acknowledged).toHaveLength(STUDENTS * REVIEWS);
	} finally {
		await stop(server, 'SIGTERM');
	}

	const db = new Database(path, { readonly: true });
	const logged = db.prepare(`select id from review_logs where kind = 'review'`).pluck().all() as string[];
	expect(logged).toHaveLength(STUDENTS * REVIEWS);
	expect(new Set(logged).size).toBe(logged.length);

	// Replay: from the state before each card's first review, apply its reviews in the order they
	// were committed (the same seeded fuzz as the app); the card must end where the server left it.
	const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
	const cards = db.prepare(`select * from cards`).all() as Record<string, number | string | null>[];
	const logsOf = db.prepare(`select rating, reviewed_at, card_before from review_logs where card_id = ? and kind = 'review' order by rowid`);
	for (const card of cards) {
		const logs = logsOf.all(card.id) as { rating: number; reviewed_at: number; card_before: string }[];
		expect(logs).toHaveLength(REVIEWS / CARDS);
		let state = JSON.parse(logs[0].card_before) as StoredCardState;
		for (const log of logs) {
			// Each review was applied to the state the one before it left.
			expect(JSON.parse(log.card_before)).toEqual(state);
			state = reviewStored(f, state, log.reviewed_at, log.rating as Grade, card.id as string).card;
		}
		expect({ due: card.due, stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses, state: card.state }).toEqual({
			due: state.due,
			stability: state.stability,
			difficulty: state.difficulty,
			reps: state.reps,
			lapses: state.lapses,
			state: state.state
		});
	}
	db.close();
});

test('killed with SIGKILL mid-burst and restarted: every acknowledged review survives, the file is sound', async () => {
	test.setTimeout(120_000);
	const path = join(dir, 'crash.db');
	const { students } = await seedClass(path, { students: STUDENTS, cards: CARDS });
	const base = 'http://127.0.0.1:4393';
	const server = startServer(4393, path);
	let restarted: ChildProcess | undefined;
	try {
		await waitUp(base);
		const killed = new Promise<void>((resolve) => server.once('exit', () => resolve()));
		const acknowledged = await load(base, students, { acknowledged: (STUDENTS * REVIEWS) / 2, then: () => server.kill('SIGKILL') });
		await killed;
		expect(acknowledged.length).toBeGreaterThanOrEqual((STUDENTS * REVIEWS) / 2);

		restarted = startServer(4393, path);
		await waitUp(base);
		const db = new Database(path);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		const has = db.prepare(`select 1 from review_logs where id = ?`).pluck();
		const missing = acknowledged.filter((id) => !has.get(id));
		expect(missing).toEqual([]);
		db.close();
		// The app serves and records again.
		expect(await postReview(base, students[0], students[0].cards[0], randomUUID(), 3)).toBe(true);
	} finally {
		if (restarted) await stop(restarted, 'SIGTERM');
		if (server.exitCode === null && server.signalCode === null) await stop(server, 'SIGKILL');
	}
});

test('npm run backup copies the database while the server takes reviews', async () => {
	test.setTimeout(120_000);
	const path = join(dir, 'live.db');
	const { students } = await seedClass(path, { students: STUDENTS, cards: CARDS });
	const base = 'http://127.0.0.1:4394';
	const server = startServer(4394, path);
	const copy = join(dir, 'backup.db');
	try {
		await waitUp(base);
		const reviews = load(base, students);
		await new Promise((r) => setTimeout(r, 300));
		const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/backup.ts', copy], { env: { ...process.env, DATABASE_URL: path }, timeout: 60_000 });
		expect(stdout).toMatch(/integrity ok, 51 users/);
		await reviews;
	} finally {
		await stop(server, 'SIGTERM');
	}
	const db = new Database(copy, { readonly: true });
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	expect(db.prepare('select count(*) from cards').pluck().get()).toBe(STUDENTS * CARDS);
	db.close();
});
