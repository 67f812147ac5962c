// Proves who may reach what, by calling the load functions and form actions directly with fake
// events for four visitors: teacher A (owner), teacher B (a stranger), a student, and nobody.
// Anonymous → redirect to /signin; wrong role → 403; someone else's or an unknown id → 404,
// never a 500. To cover another route, add a row to `routes`.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { openDatabase, setDb, type Db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/session';
import { newId } from '$lib/server/ids';
import { createClass } from '$lib/server/services/classes';

import * as classesPage from '../../routes/teach/classes/+page.server';
import * as classPage from '../../routes/teach/classes/[id]/+page.server';
import * as joinPage from '../../routes/study/join/+page.server';
import * as signinPage from '../../routes/signin/+page.server';
import * as signupPage from '../../routes/signup/+page.server';

type Visitor = 'owner' | 'stranger' | 'student' | 'anonymous';
/** 'ok' = the handler ran (returned data or a fail() the page shows); a number = that HTTP error. */
type Expected = 'ok' | 'signin' | 'dashboard' | 403 | 404;

export interface Fixture {
	db: Db;
	people: Record<Exclude<Visitor, 'anonymous'>, SessionUser>;
	/** Ids of things owned by `owner`, for route params. */
	ids: Record<string, string>;
}

interface RouteCase {
	name: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	handler: (event: any) => unknown;
	path: (ids: Fixture['ids']) => string;
	params?: (ids: Fixture['ids']) => Record<string, string>;
	/** Form fields for an action; a load when absent. */
	form?: (ids: Fixture['ids']) => Record<string, string>;
	expect: Record<Visitor, Expected>;
}

const TEACHER_ONLY = { owner: 'ok', stranger: 404, student: 403, anonymous: 'signin' } as const;
const ANY_TEACHER = { owner: 'ok', stranger: 'ok', student: 403, anonymous: 'signin' } as const;
const STUDENT_ONLY = { owner: 403, stranger: 403, student: 'ok', anonymous: 'signin' } as const;
const GUESTS_ONLY = { owner: 'dashboard', stranger: 'dashboard', student: 'dashboard', anonymous: 'ok' } as const;

const classPath = (ids: Fixture['ids']) => `/teach/classes/${ids.classA}`;
const classParams = (ids: Fixture['ids']) => ({ id: ids.classA });

export const routes: RouteCase[] = [
	{ name: 'GET /signin', handler: signinPage.load, path: () => '/signin', expect: GUESTS_ONLY },
	{ name: 'GET /signup', handler: signupPage.load, path: () => '/signup', expect: GUESTS_ONLY },
	{ name: 'GET /teach/classes', handler: classesPage.load, path: () => '/teach/classes', expect: ANY_TEACHER },
	{
		name: 'POST /teach/classes ?/create',
		handler: classesPage.actions.create,
		path: () => '/teach/classes',
		form: () => ({ name: `Class ${newId()}` }),
		expect: ANY_TEACHER
	},
	{ name: 'GET /teach/classes/[id]', handler: classPage.load, path: classPath, params: classParams, expect: TEACHER_ONLY },
	...(['rename', 'regenerate', 'archive', 'unarchive', 'remove'] as const).map((action) => ({
		name: `POST /teach/classes/[id] ?/${action}`,
		handler: classPage.actions[action],
		path: classPath,
		params: classParams,
		form: (ids: Fixture['ids']) => ({ name: `Renamed ${newId()}`, studentId: ids.student }),
		expect: TEACHER_ONLY
	})),
	{
		name: 'GET /teach/classes/[id] with an unknown id',
		handler: classPage.load,
		path: () => '/teach/classes/nope',
		params: () => ({ id: 'nope' }),
		expect: { owner: 404, stranger: 404, student: 403, anonymous: 'signin' }
	},
	{
		name: 'POST /teach/classes/[id] ?/archive with an unknown id',
		handler: classPage.actions.archive,
		path: () => '/teach/classes/nope',
		params: () => ({ id: 'nope' }),
		form: () => ({}),
		expect: { owner: 404, stranger: 404, student: 403, anonymous: 'signin' }
	},
	{ name: 'GET /study/join', handler: joinPage.load, path: () => '/study/join', expect: STUDENT_ONLY },
	{
		name: 'POST /study/join',
		handler: joinPage.actions.default,
		path: () => '/study/join',
		form: () => ({ code: 'NOPE99' }),
		expect: STUDENT_ONLY
	}
];

function fakeCookies() {
	const jar = new Map<string, string>();
	return {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	};
}

/** A RequestEvent good enough for load functions and actions: the fields they actually read. */
export function fakeEvent(opts: {
	user: SessionUser | null;
	path: string;
	params?: Record<string, string>;
	form?: Record<string, string>;
}): RequestEvent {
	const url = new URL(opts.path, 'http://localhost');
	const body = opts.form ? new URLSearchParams(opts.form) : undefined;
	const request = new Request(url, body ? { method: 'POST', body } : undefined);
	return {
		locals: { user: opts.user, locale: 'en' },
		url,
		params: opts.params ?? {},
		request,
		cookies: fakeCookies(),
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		fetch,
		platform: undefined,
		route: { id: null },
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		tracing: { enabled: false, root: undefined, current: undefined },
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		parent: async () => ({}) as any,
		depends: () => {},
		untrack: <T>(fn: () => T) => fn()
	} as unknown as RequestEvent;
}

type Outcome = { kind: 'ok' } | { kind: 'redirect'; location: string } | { kind: 'error'; status: number };

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
	try {
		const value = await run();
		// A fail() is the page answering bad input, not a refusal: but never a 5xx.
		if (isActionFailure(value) && value.status >= 500) return { kind: 'error', status: value.status };
		return { kind: 'ok' };
	} catch (thrown) {
		if (isRedirect(thrown)) return { kind: 'redirect', location: thrown.location };
		if (isHttpError(thrown)) return { kind: 'error', status: thrown.status };
		throw thrown;
	}
}

function matches(outcome: Outcome, expected: Expected, who: SessionUser | null): boolean {
	if (expected === 'ok') return outcome.kind === 'ok';
	if (expected === 'signin') return outcome.kind === 'redirect' && outcome.location.startsWith('/signin?redirectTo=');
	if (expected === 'dashboard') return outcome.kind === 'redirect' && outcome.location === (who?.role === 'teacher' ? '/teach' : '/study');
	return outcome.kind === 'error' && outcome.status === expected;
}

export function makeFixture(): Fixture {
	const db = openDatabase(':memory:');
	const person = (role: 'teacher' | 'student', displayName: string): SessionUser => {
		const row = { id: newId(), email: `${newId()}@example.org`, passwordHash: 'x', displayName, role, locale: 'en' as const };
		db.insert(users).values(row).run();
		return { id: row.id, email: row.email, displayName, role, locale: 'en', isDemo: false };
	};
	const people = { owner: person('teacher', 'Teacher A'), stranger: person('teacher', 'Teacher B'), student: person('student', 'Student') };
	const created = createClass(db, people.owner.id, 'Class A');
	if (!created.ok) throw new Error('fixture class');
	return { db, people, ids: { classA: created.class.id, student: people.student.id } };
}

let fixture: Fixture;
beforeAll(() => {
	fixture = makeFixture();
	setDb(fixture.db);
});
afterAll(() => setDb(undefined));

const visitors: Visitor[] = ['owner', 'stranger', 'student', 'anonymous'];

describe.each(routes)('$name', (route) => {
	it.each(visitors)('%s', async (visitor) => {
		const user = visitor === 'anonymous' ? null : fixture.people[visitor];
		const event = fakeEvent({
			user,
			path: route.path(fixture.ids),
			params: route.params?.(fixture.ids),
			form: route.form?.(fixture.ids)
		});
		const outcome = await outcomeOf(() => route.handler(event));
		const expected = route.expect[visitor];
		expect(matches(outcome, expected, user), `${visitor}: expected ${expected}, got ${JSON.stringify(outcome)}`).toBe(true);
	});
});

describe('a stranger’s attempts leave the class untouched', () => {
	it('keeps the name, code and archive state', async () => {
		const before = fixture.db.query.classes.findFirst({ where: (c, { eq }) => eq(c.id, fixture.ids.classA) }).sync();
		for (const action of ['rename', 'regenerate', 'archive'] as const) {
			const event = fakeEvent({
				user: fixture.people.stranger,
				path: `/teach/classes/${fixture.ids.classA}`,
				params: { id: fixture.ids.classA },
				form: { name: 'Hijacked' }
			});
			await outcomeOf(() => classPage.actions[action](event as never));
		}
		const after = fixture.db.query.classes.findFirst({ where: (c, { eq }) => eq(c.id, fixture.ids.classA) }).sync();
		expect(after?.name).toBe(before?.name);
		expect(after?.joinCode).toBe(before?.joinCode);
		expect(after?.archivedAt).toEqual(before?.archivedAt);
	});
});
