// Proves a district's setup: two app nodes (the built server, twice) over one PostgreSQL server
// from Debian's package. A student signs in on one node, reviews on the other and undoes on the
// first; the sign-in limit counts attempts on both; students review in parallel through both
// nodes (50 students × 40 reviews), every acknowledged review is logged once and every card equals replaying its log; one
// node killed mid-burst loses no acknowledged review and the other keeps serving.
import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { seedClass, startServer, waitUp, postReview, type LoadStudent } from '../support/load-world';
import { postAction } from '../support/http';
import { migratePg, pgStore } from '../../src/lib/server/db/pg-store';
import { run } from '../../src/lib/server/db/store';
import { createScheduler, reviewStored, type Grade, type StoredCardState } from '../../src/lib/srs/scheduler';

test.describe.configure({ mode: 'serial' });

const A = 'http://127.0.0.1:4411';
const B = 'http://127.0.0.1:4412';

let pg: TestPostgres;
let url: string;
let store: ReturnType<typeof pgStore>;
let nodes: ChildProcess[] = [];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	pg = startPostgres();
	pg.psql('create database lectio');
	url = pg.url('lectio');
	store = pgStore(url, { poolSize: 4 });
	await migratePg(store.pool);
	// Both nodes start together, each running the migrations under the shared lock (already applied
	// above: nothing is left to do; the lock's contention is not what this file tests).
	nodes = [startServer(4411, url), startServer(4412, url)];
	await Promise.all([waitUp(A), waitUp(B)]);
});

test.afterAll(async () => {
	for (const node of nodes) if (node.exitCode === null && node.signalCode === null) node.kill('SIGTERM');
	await store?.close();
	pg?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const cookieOf = (response: Response) => /session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

async function post(base: string, path: string, fields: Record<string, string>, cookie = '') {
	return fetch(`${base}${path}`, { method: 'POST', headers: { cookie, origin: base, accept: 'application/json', 'x-sveltekit-action': 'true' }, body: form(fields) });
}

test('signed in on one node, a student reviews on the other and undoes on the first', async () => {
	const { setId, classId } = await seedClass(store, { students: 0, cards: 3, tag: 'x' });
	const email = `ada-${randomUUID().slice(0, 8)}@school.test`;
	expect((await post(A, '/signup', { email, displayName: 'Ada', password: 'correct horse', role: 'student' })).ok).toBe(true);
	const signedIn = await post(A, '/signin', { email, password: 'correct horse' });
	const session = cookieOf(signedIn);
	expect(session).toBeTruthy();
	const cookie = `session=${session}`;

	const code = (await store.read(({ db, t }) => run(db.select({ code: t.classes.joinCode }).from(t.classes).where(eq(t.classes.id, classId)))))[0].code;
	expect((await postAction(B, '/study/join', cookie, form({ code }))).type).toBe('redirect');
	expect(await postAction(B, '/review?/addSet', cookie, form({ setId }))).toMatchObject({ type: 'success' });
	const student = (await store.read(({ db, t }) => run(db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email)))))[0].id;
	const cards = await store.read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.studentId, student))));
	expect(cards).toHaveLength(3);

	const card = cards[0];
	expect(await postReview(B, { id: student, cookie, cards: [] }, card.id, randomUUID(), 4)).toBe(true);
	const reviewed = (await store.read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.id, card.id)))))[0];
	expect(reviewed.reps).toBe(1);
	expect((await postAction(A, '/review?/undo', cookie, form({ undoId: randomUUID() }))).type).toBe('redirect');
	const restored = (await store.read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.id, card.id)))))[0];
	expect(restored).toEqual(card);
	const logs = await store.read(({ db, t }) => run(db.select({ kind: t.reviewLogs.kind }).from(t.reviewLogs).where(eq(t.reviewLogs.studentId, student))));
	expect(logs.map((l) => l.kind).sort()).toEqual(['review', 'undo']);
});

test('the sign-in limit counts attempts made on either node', async () => {
	const email = `bo-${randomUUID().slice(0, 8)}@school.test`;
	expect((await post(A, '/signup', { email, displayName: 'Bo', password: 'correct horse', role: 'student' })).ok).toBe(true);
	// Three free failures, spread over both nodes; the fourth try waits, on either node.
	for (const base of [A, B, A]) expect((await postAction(base, '/signin', '', form({ email, password: 'wrong password' }))).status).toBe(400);
	expect((await postAction(B, '/signin', '', form({ email, password: 'correct horse' }))).status).toBe(429);
	expect((await postAction(A, '/signin', '', form({ email, password: 'correct horse' }))).status).toBe(429);
});

// The load of the single-node tests (load.spec.ts), split over the two nodes.
const STUDENTS = 50;
const CARDS = 10;
const REVIEWS = 40; // four per card
const IN_FLIGHT = 4;

/** Each student's lanes alternate between the nodes; returns the acknowledged review ids. */
async function load(students: LoadStudent[], stopAfter?: { acknowledged: number; then: () => void }) {
	const acknowledged: string[] = [];
	let stopped = false;
	await Promise.all(
		students.map(async (student, s) => {
			let next = 0;
			const lane = async (k: number) => {
				while (next < REVIEWS && !stopped) {
					const i = next++;
					const id = randomUUID();
					try {
						if (await postReview(k % 2 ? B : A, student, student.cards[i % CARDS], id, ((i + s) % 4) + 1)) acknowledged.push(id);
					} catch {
						// the node was killed: this review was never acknowledged
					}
					if (stopAfter && !stopped && acknowledged.length >= stopAfter.acknowledged) {
						stopped = true;
						stopAfter.then();
					}
				}
			};
			await Promise.all(Array.from({ length: IN_FLIGHT }, (_, k) => lane(k)));
		})
	);
	return acknowledged;
}

/** Replays each card's reviews from its first state, each applied to what the one before left; the card must end there. */
async function expectCardsEqualTheirLogs(studentIds: string[]) {
	const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
	for (const studentId of studentIds) {
		const cards = await store.read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.studentId, studentId))));
		const logs = await store.read(({ db, t }) => run(db.select().from(t.reviewLogs).where(eq(t.reviewLogs.studentId, studentId))));
		for (const card of cards) {
			const mine = logs.filter((l) => l.cardId === card.id && l.kind === 'review');
			// Commit order, read from the log itself: each review's `cardBefore` is what the previous one left.
			const after = new Map(mine.map((l) => [l.id, reviewStored(f, l.cardBefore as StoredCardState, l.reviewedAt.getTime(), l.rating as Grade, card.id).card]));
			// jsonb keeps its own key order: compare with the keys sorted.
			const key = (s: unknown) => JSON.stringify(Object.entries((s ?? {}) as object).sort());
			let state = mine.find((l) => !mine.some((o) => key(after.get(o.id)) === key(l.cardBefore)))?.cardBefore as StoredCardState | undefined;
			for (let n = 0; n < mine.length; n++) {
				const log = mine.find((l) => key(l.cardBefore) === key(state));
				expect(log, `card ${card.id}: review ${n + 1} of ${mine.length} applied to the state the one before left`).toBeTruthy();
				state = after.get(log!.id);
			}
			if (state) expect({ due: card.due.getTime(), reps: card.reps, state: card.state, stability: card.stability }).toEqual({ due: state.due, reps: state.reps, state: state.state, stability: state.stability });
		}
	}
}

test('students review in parallel through both nodes: each acknowledged review logged once, each card its log replayed', async () => {
	test.setTimeout(120_000);
	const { students } = await seedClass(store, { students: STUDENTS, cards: CARDS, tag: 'p' });
	const acknowledged = await load(students);
	expect(acknowledged).toHaveLength(STUDENTS * REVIEWS);
	const ids = students.map((s) => s.id);
	const logged = (await store.read(({ db, t }) => run(db.select({ id: t.reviewLogs.id, studentId: t.reviewLogs.studentId, kind: t.reviewLogs.kind }).from(t.reviewLogs)))).filter((l) => l.kind === 'review' && ids.includes(l.studentId));
	expect(logged).toHaveLength(STUDENTS * REVIEWS);
	expect(new Set(logged.map((l) => l.id))).toEqual(new Set(acknowledged));
	await expectCardsEqualTheirLogs(ids);
});

test('one node killed with SIGKILL mid-burst: every acknowledged review is there once, the other node serves on', async () => {
	test.setTimeout(120_000);
	const { students } = await seedClass(store, { students: STUDENTS, cards: CARDS, tag: 'k' });
	const victim = nodes[1];
	const killed = new Promise<void>((resolve) => victim.once('exit', () => resolve()));
	const acknowledged = await load(students, { acknowledged: (STUDENTS * REVIEWS) / 2, then: () => victim.kill('SIGKILL') });
	await killed;
	expect(acknowledged.length).toBeGreaterThanOrEqual((STUDENTS * REVIEWS) / 2);
	const ids = students.map((s) => s.id);
	const logged = (await store.read(({ db, t }) => run(db.select({ id: t.reviewLogs.id, studentId: t.reviewLogs.studentId, kind: t.reviewLogs.kind }).from(t.reviewLogs)))).filter((l) => l.kind === 'review' && ids.includes(l.studentId));
	const loggedIds = new Set(logged.map((l) => l.id));
	expect(loggedIds.size).toBe(logged.length);
	expect(acknowledged.filter((id) => !loggedIds.has(id))).toEqual([]);
	await expectCardsEqualTheirLogs(ids);
	expect(await postReview(A, students[0], students[0].cards[0], randomUUID(), 3)).toBe(true);
	expect((await fetch(`${A}/healthz`)).status).toBe(200);
});
