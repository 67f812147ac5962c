// Proves access rules through the real server and its hooks (src/lib/server/permissions.test.ts
// calls loads and actions directly): the routes that table misses. Teacher A and teacher B each
// have a class with a student, a set and cards. Every foreign id gets a 403 or 404 and changes
// nothing (a dump of the data before and after); page data (__data.json) never carries another
// teacher's questions; a student removed from a class loses its quizzes and sets; sign-in,
// sign-up and demo posts from another site are refused, and DEMO=off removes the demo.
import { test, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { postReview, twoClassServer, type SeededClass, type TwoClassWorld } from '../support/load-world';
import { dumpData, postAction } from '../support/http';

const PORT = 4396;
const BASE = `http://127.0.0.1:${PORT}`;
let world: TwoClassWorld;
let path: string;
let a: SeededClass;
let b: SeededClass;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	world = await twoClassServer(PORT, 'perm', { a: 2, b: 1 }, { DEMO: 'off' });
	({ path, a, b } = world);
});
test.afterAll(() => world.stop());

const form = (fields: Record<string, string> | [string, string][]) => new URLSearchParams(fields);
const get = (url: string, cookie = '') => fetch(`${BASE}${url}`, { headers: { cookie }, redirect: 'manual' });

test('every question action of a set refuses another set’s question, and page data never leaks it', async () => {
	const before = dumpData(path);
	const setA = `/teach/sets/${a.setId}`;
	const foreignQuestion = b.questionIds[0];
	for (const act of ['approve', 'reject', 'restore', 'delete', 'up', 'down']) {
		const answer = await postAction(BASE, `${setA}?/${act}`, a.teacherCookie, form({ id: foreignQuestion }));
		expect(answer, act).toMatchObject({ type: 'failure', status: 404 });
	}
	const edit = await postAction(BASE, `${setA}?/edit`, a.teacherCookie, form({ id: foreignQuestion, type: 'short', prompt: 'Hijacked?', answer: 'x', choices: '' }));
	expect(edit).toMatchObject({ type: 'failure', status: 404 });
	// Teacher A acting on B's set itself.
	expect((await postAction(BASE, `/teach/sets/${b.setId}?/approveAll`, a.teacherCookie, form({}))).status).toBe(404);
	expect((await postAction(BASE, `/teach/sets/${b.setId}?/add`, a.teacherCookie, form({ type: 'short', prompt: 'Mine?', answer: 'x', choices: '' }))).status).toBe(404);
	// The data endpoints behind client-side navigation.
	for (const url of [`/teach/sets/${b.setId}/__data.json`, `/teach/assignments/${b.assignmentId}/__data.json`, `/teach/classes/${b.classId}/__data.json`]) {
		const response = await get(url, a.teacherCookie);
		const body = await response.text();
		expect(body, url).not.toContain('bQ0?');
		expect(body, url).toMatch(/"status":404|Not Found/);
	}
	expect(dumpData(path)).toBe(before);
});

test('publishing to a mix of own and foreign classes publishes nowhere; a foreign student cannot be removed', async () => {
	const before = dumpData(path);
	const publish = await postAction(BASE, `/teach/sets/${a.setId}/publish`, a.teacherCookie, form([['classId', a.classId], ['classId', b.classId], ['due', '']]));
	expect(publish).toMatchObject({ type: 'failure', status: 400 });
	const removeForeign = await postAction(BASE, `/teach/classes/${a.classId}?/remove`, a.teacherCookie, form({ studentId: b.students[0].id }));
	expect(removeForeign.text).toMatch(/had already left|avait déjà quitté/);
	expect((await postAction(BASE, `/teach/classes/${b.classId}?/remove`, a.teacherCookie, form({ studentId: b.students[0].id }))).status).toBe(404);
	// A student's own actions with another student's ids.
	expect(await postReview(BASE, a.students[0], b.students[0].cards[0], randomUUID(), 3)).toBe(false);
	const undo = await postAction(BASE, '/review?/undo', a.students[0].cookie, form({ undoId: randomUUID() }));
	expect(undo.type).toBe('failure');
	// ?show=1 reveals only the student's own current card, never someone else's.
	const shown = await (await get(`/review?show=1&card=${b.students[0].cards[0]}`, a.students[0].cookie)).text();
	expect(shown).not.toContain('bQ0?');
	expect(shown).not.toContain('data-testid="answer"');
	expect(dumpData(path)).toBe(before);
});

test('a student removed from a class loses its quizzes and sets, and keeps the cards already made', async () => {
	const leaver = a.students[1];
	expect((await get(`/study/quiz/${a.assignmentId}`, leaver.cookie)).status).toBe(200);
	const removed = await postAction(BASE, `/teach/classes/${a.classId}?/remove`, a.teacherCookie, form({ studentId: leaver.id }));
	expect(removed.type).toBe('success');
	expect((await get(`/study/quiz/${a.assignmentId}`, leaver.cookie)).status).toBe(404);
	expect((await get(`/study/quiz/${a.assignmentId}/result`, leaver.cookie)).status).toBe(404);
	expect((await postAction(BASE, '/review?/addSet', leaver.cookie, form({ setId: a.setId }))).status).toBe(403);
	// The cards already made stay the student's (the confirmation says so).
	expect(await postReview(BASE, leaver, leaver.cards[0], randomUUID(), 3)).toBe(true);
});

test('sign-in, sign-up and demo posts from another site are refused; DEMO=off removes the demo', async () => {
	const before = dumpData(path);
	for (const url of ['/signin', '/signup', '/?/demoTeacher']) {
		const response = await fetch(`${BASE}${url}`, {
			method: 'POST',
			headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
			body: 'email=a%40b.org&password=whatever1&displayName=X&role=student',
			redirect: 'manual'
		});
		expect(response.status, url).toBe(403);
	}
	const demo = await postAction(BASE, '/?/demoStudent', '', form({}));
	expect(demo.status).toBe(404);
	expect(await (await get('/')).text()).not.toContain('data-testid="demo-teacher"');
	// Signed in, the guest pages send you to your dashboard instead of acting.
	const signedIn = await postAction(BASE, '/signup', a.teacherCookie, form({ email: 'new@x.org', displayName: 'New', password: 'long enough pass', role: 'teacher' }));
	expect(signedIn).toMatchObject({ type: 'redirect', location: '/teach' });
	expect(dumpData(path)).toBe(before);
});
