// Proves who may reach what, by calling the load functions and form actions directly with fake
// events for five visitors: teacher A (owner), teacher B (a stranger), a student in A's class, a
// student in no class of A's (an outsider), and nobody. Anonymous → redirect to /signin; wrong
// role → 403; someone else's or an unknown id → 404, never a 500. To cover another route, add a
// row to `routes`. Rows run in order against one database: a row that mutates must leave what
// later rows rely on in place (throwaway objects, or undo it in a following row).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { openDatabase, setDb, type Db } from '$lib/server/db';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { cards, questions, users } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/session';
import { newId } from '$lib/server/ids';
import { sqliteStore } from '$lib/server/db/sqlite-store';
import { createClass, joinClass } from '$lib/server/services/classes';
import { addQuestion, createSetFromArticle, publishSet } from '$lib/server/services/question-sets';
import { addSetToCards } from '$lib/server/services/review';

import * as classesPage from '../../routes/teach/classes/+page.server';
import * as classPage from '../../routes/teach/classes/[id]/+page.server';
import * as joinPage from '../../routes/study/join/+page.server';
import * as signinPage from '../../routes/signin/+page.server';
import * as signupPage from '../../routes/signup/+page.server';
import * as teachPage from '../../routes/teach/+page.server';
import * as newSetPage from '../../routes/teach/sets/new/+page.server';
import * as setPage from '../../routes/teach/sets/[id]/+page.server';
import * as publishPage from '../../routes/teach/sets/[id]/publish/+page.server';
import * as reportPage from '../../routes/teach/assignments/[id]/+page.server';
import * as studyPage from '../../routes/study/+page.server';
import * as quizPage from '../../routes/study/quiz/[assignmentId]/+page.server';
import * as resultPage from '../../routes/study/quiz/[assignmentId]/result/+page.server';
import * as reviewPage from '../../routes/review/+page.server';
import * as statsPage from '../../routes/review/stats/+page.server';
import * as settingsPage from '../../routes/review/settings/+page.server';
import * as articlePage from '../../routes/articles/[id]/+page.server';
import * as preferencesPage from '../../routes/preferences/+page.server';
import * as signoutPage from '../../routes/signout/+page.server';
import * as healthz from '../../routes/healthz/+server';

type Visitor = 'owner' | 'stranger' | 'student' | 'outsider' | 'anonymous';
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
	/** Where the handler sends a permitted visitor once done (a prefix): that redirect counts as 'ok'. */
	then?: (ids: Fixture['ids']) => string;
	expect: Record<Visitor, Expected>;
}

const TEACHER_ONLY = { owner: 'ok', stranger: 404, student: 403, outsider: 403, anonymous: 'signin' } as const;
const ANY_TEACHER = { owner: 'ok', stranger: 'ok', student: 403, outsider: 403, anonymous: 'signin' } as const;
const STUDENT_ONLY = { owner: 403, stranger: 403, student: 'ok', outsider: 'ok', anonymous: 'signin' } as const;
/** About the assignment of A's set to A's class: only the student enrolled there. */
const ENROLLED_ONLY = { owner: 403, stranger: 403, student: 'ok', outsider: 404, anonymous: 'signin' } as const;
const GUESTS_ONLY = { owner: 'dashboard', stranger: 'dashboard', student: 'dashboard', outsider: 'dashboard', anonymous: 'ok' } as const;
const EVERYONE = { owner: 'ok', stranger: 'ok', student: 'ok', outsider: 'ok', anonymous: 'ok' } as const;
const UNKNOWN_FOR_TEACHERS = { owner: 404, stranger: 404, student: 403, outsider: 403, anonymous: 'signin' } as const;
const UNKNOWN_FOR_STUDENTS = { owner: 403, stranger: 403, student: 404, outsider: 404, anonymous: 'signin' } as const;

const classPath = (ids: Fixture['ids']) => `/teach/classes/${ids.classA}`;
const classParams = (ids: Fixture['ids']) => ({ id: ids.classA });
const setPath = (ids: Fixture['ids']) => `/teach/sets/${ids.set}`;
const setParams = (ids: Fixture['ids']) => ({ id: ids.set });
const quizPath = (ids: Fixture['ids']) => `/study/quiz/${ids.assignment}`;
const quizParams = (ids: Fixture['ids']) => ({ assignmentId: ids.assignment });

const SHORT_ARTICLE =
	'Paris, 3 March 2025. The city council voted on Monday to plant 20,000 trees before 2030.\n\n' +
	'Mayor Anne Hidalgo said the plan would cost 50 million euros and cool the streets in summer.\n\n' +
	'The first trees will be planted in the 13th district in October.';

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
		// `remove` takes out a student enrolled only for it: the quiz rows need `student` in the class.
		form: (ids: Fixture['ids']) => ({ name: `Renamed ${newId()}`, studentId: ids.leaver }),
		expect: TEACHER_ONLY
	})),
	{
		name: 'GET /teach/classes/[id] with an unknown id',
		handler: classPage.load,
		path: () => '/teach/classes/nope',
		params: () => ({ id: 'nope' }),
		expect: UNKNOWN_FOR_TEACHERS
	},
	{
		name: 'POST /teach/classes/[id] ?/archive with an unknown id',
		handler: classPage.actions.archive,
		path: () => '/teach/classes/nope',
		params: () => ({ id: 'nope' }),
		form: () => ({}),
		expect: UNKNOWN_FOR_TEACHERS
	},
	{ name: 'GET /study/join', handler: joinPage.load, path: () => '/study/join', expect: STUDENT_ONLY },
	{
		name: 'POST /study/join',
		handler: joinPage.actions.default,
		path: () => '/study/join',
		form: () => ({ code: 'NOPE99' }),
		expect: STUDENT_ONLY
	},

	// ---------------------------------------------------------------- teacher pages
	{ name: 'GET /teach', handler: teachPage.load, path: () => '/teach', expect: ANY_TEACHER },
	{ name: 'GET /teach/sets/new', handler: newSetPage.load, path: () => '/teach/sets/new', expect: ANY_TEACHER },
	{
		name: 'POST /teach/sets/new',
		handler: newSetPage.actions.default,
		path: () => '/teach/sets/new',
		form: () => ({ text: SHORT_ARTICLE, title: '', published: '' }),
		then: () => '/teach/sets/',
		expect: ANY_TEACHER
	},
	{ name: 'GET /teach/sets/[id]', handler: setPage.load, path: setPath, params: setParams, expect: TEACHER_ONLY },
	{
		name: 'POST /teach/sets/[id] ?/edit',
		handler: setPage.actions.edit,
		path: setPath,
		params: setParams,
		form: (ids) => ({ id: ids.question, prompt: ids.questionPrompt, answer: ids.questionAnswer, choices: ids.questionChoices }),
		expect: TEACHER_ONLY
	},
	{
		name: 'POST /teach/sets/[id] ?/add',
		handler: setPage.actions.add,
		path: setPath,
		params: setParams,
		form: () => ({ type: 'short', prompt: 'Where was the agreement signed?', answer: 'Moscou', choices: '' }),
		expect: TEACHER_ONLY
	},
	{ name: 'POST /teach/sets/[id] ?/approveAll', handler: setPage.actions.approveAll, path: setPath, params: setParams, form: () => ({}), expect: TEACHER_ONLY },
	// Status changes run on the throwaway question (deleted last), moves on a live one.
	...(['approve', 'reject', 'restore', 'up', 'down', 'delete'] as const).map((action) => ({
		name: `POST /teach/sets/[id] ?/${action}`,
		handler: setPage.actions[action],
		path: setPath,
		params: setParams,
		form: (ids: Fixture['ids']) => ({ id: action === 'up' || action === 'down' ? ids.question : ids.throwawayQuestion }),
		expect: TEACHER_ONLY
	})),
	{
		name: 'POST /teach/sets/[id] ?/approve with a question of another set',
		handler: setPage.actions.approve,
		path: setPath,
		params: setParams,
		form: (ids) => ({ id: ids.strangerQuestion }),
		expect: { ...TEACHER_ONLY, owner: 404 }
	},
	{
		name: 'GET /teach/sets/[id] with an unknown id',
		handler: setPage.load,
		path: () => '/teach/sets/nope',
		params: () => ({ id: 'nope' }),
		expect: UNKNOWN_FOR_TEACHERS
	},
	{ name: 'GET /teach/sets/[id]/publish', handler: publishPage.load, path: (ids) => `${setPath(ids)}/publish`, params: setParams, expect: TEACHER_ONLY },
	{
		name: 'POST /teach/sets/[id]/publish',
		handler: publishPage.actions.default,
		path: (ids) => `${setPath(ids)}/publish`,
		params: setParams,
		form: (ids) => ({ classId: ids.classA, due: '' }),
		expect: TEACHER_ONLY
	},
	{
		name: 'POST /teach/sets/[id]/publish to the stranger’s class',
		handler: publishPage.actions.default,
		path: (ids) => `${setPath(ids)}/publish`,
		params: setParams,
		form: (ids) => ({ classId: ids.classB, due: '' }),
		// The owner's own set to someone else's class: the form refuses it (fail 400, nothing written).
		expect: TEACHER_ONLY
	},
	{
		name: 'GET /teach/assignments/[id]',
		handler: reportPage.load,
		path: (ids) => `/teach/assignments/${ids.assignment}`,
		params: (ids) => ({ id: ids.assignment }),
		expect: TEACHER_ONLY
	},
	{
		name: 'GET /teach/assignments/[id] with an unknown id',
		handler: reportPage.load,
		path: () => '/teach/assignments/nope',
		params: () => ({ id: 'nope' }),
		expect: UNKNOWN_FOR_TEACHERS
	},

	// ---------------------------------------------------------------- student pages
	{ name: 'GET /study', handler: studyPage.load, path: () => '/study', expect: STUDENT_ONLY },
	// In this order: opening, submitting, then the result (before submitting it sends back to the quiz).
	{ name: 'GET /study/quiz/[assignmentId]', handler: quizPage.load, path: quizPath, params: quizParams, expect: ENROLLED_ONLY },
	{
		name: 'POST /study/quiz/[assignmentId]',
		handler: quizPage.actions.default,
		path: quizPath,
		params: quizParams,
		form: () => ({ confirm: '1' }),
		then: (ids) => `${quizPath(ids)}/result`,
		expect: ENROLLED_ONLY
	},
	{
		name: 'GET /study/quiz/[assignmentId]/result',
		handler: resultPage.load,
		path: (ids) => `${quizPath(ids)}/result`,
		params: quizParams,
		expect: ENROLLED_ONLY
	},
	{
		name: 'GET /study/quiz/[assignmentId] with an unknown id',
		handler: quizPage.load,
		path: () => '/study/quiz/nope',
		params: () => ({ assignmentId: 'nope' }),
		expect: UNKNOWN_FOR_STUDENTS
	},
	{
		name: 'GET /study/quiz/[assignmentId]/result with an unknown id',
		handler: resultPage.load,
		path: () => '/study/quiz/nope/result',
		params: () => ({ assignmentId: 'nope' }),
		expect: UNKNOWN_FOR_STUDENTS
	},
	{ name: 'GET /review', handler: reviewPage.load, path: () => '/review', expect: STUDENT_ONLY },
	{
		name: 'POST /review ?/rate',
		handler: reviewPage.actions.rate,
		path: () => '/review',
		// The enrolled student's card: the outsider must not be able to rate it.
		form: (ids) => ({ cardId: ids.card, reviewId: randomUUID(), rating: '3', durationMs: '1000' }),
		then: () => '/review',
		expect: { ...STUDENT_ONLY, outsider: 404 }
	},
	{
		name: 'POST /review ?/undo',
		handler: reviewPage.actions.undo,
		path: () => '/review',
		// Each student undoes only their own reviews: the outsider has none (fail 400).
		form: () => ({ undoId: randomUUID() }),
		then: () => '/review',
		expect: STUDENT_ONLY
	},
	{
		name: 'POST /review ?/addSet',
		handler: reviewPage.actions.addSet,
		path: () => '/review',
		form: (ids) => ({ setId: ids.set }),
		expect: { ...STUDENT_ONLY, outsider: 403 }
	},
	{
		name: 'POST /review ?/typed',
		handler: reviewPage.actions.typed,
		path: () => '/review',
		form: () => ({ on: '1' }),
		then: () => '/review',
		expect: STUDENT_ONLY
	},
	{ name: 'GET /review/stats', handler: statsPage.load, path: () => '/review/stats', expect: STUDENT_ONLY },
	{ name: 'GET /review/settings', handler: settingsPage.load, path: () => '/review/settings', expect: STUDENT_ONLY },
	{
		name: 'POST /review/settings ?/save',
		handler: settingsPage.actions.save,
		path: () => '/review/settings',
		form: () => ({ retention: '0.9', newPerDay: '20', reviewsPerDay: '200' }),
		expect: STUDENT_ONLY
	},
	{ name: 'POST /review/settings ?/optimize', handler: settingsPage.actions.optimize, path: () => '/review/settings', form: () => ({}), expect: STUDENT_ONLY },
	{ name: 'POST /review/settings ?/reset', handler: settingsPage.actions.reset, path: () => '/review/settings', form: () => ({}), expect: STUDENT_ONLY },

	// ---------------------------------------------------------------- shared and public
	{
		name: 'GET /articles/[id]',
		handler: articlePage.load,
		path: (ids) => `/articles/${ids.article}`,
		params: (ids) => ({ id: ids.article }),
		expect: { owner: 'ok', stranger: 404, student: 'ok', outsider: 404, anonymous: 'signin' }
	},
	{
		name: 'GET /articles/[id] with an unknown id',
		handler: articlePage.load,
		path: () => '/articles/nope',
		params: () => ({ id: 'nope' }),
		expect: { owner: 404, stranger: 404, student: 404, outsider: 404, anonymous: 'signin' }
	},
	// Open to all by design: they touch only the visitor's own cookies (and own locale).
	{ name: 'GET /healthz', handler: healthz.GET, path: () => '/healthz', expect: EVERYONE },
	{ name: 'GET /preferences', handler: preferencesPage.load, path: () => '/preferences', then: () => '/', expect: EVERYONE },
	...(['locale', 'theme'] as const).map((action) => ({
		name: `POST /preferences ?/${action}`,
		handler: preferencesPage.actions[action],
		path: () => '/preferences',
		form: () => ({ locale: 'en', theme: 'dark', redirectTo: '/' }),
		then: () => '/',
		expect: EVERYONE
	})),
	{ name: 'POST /signout', handler: signoutPage.actions.default, path: () => '/signout', form: () => ({}), then: () => '/', expect: EVERYONE }
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
		// A fail() is the page answering bad input, not a refusal: but never a 5xx. Some actions
		// refuse with fail(403/404) rather than error() so the page can show why: that is a refusal.
		if (isActionFailure(value) && (value.status >= 500 || value.status === 403 || value.status === 404)) return { kind: 'error', status: value.status };
		return { kind: 'ok' };
	} catch (thrown) {
		if (isRedirect(thrown)) return { kind: 'redirect', location: thrown.location };
		if (isHttpError(thrown)) return { kind: 'error', status: thrown.status };
		throw thrown;
	}
}

function matches(outcome: Outcome, expected: Expected, who: SessionUser | null, then?: string): boolean {
	if (expected === 'ok') return outcome.kind === 'ok' || (then !== undefined && outcome.kind === 'redirect' && outcome.location.startsWith(then));
	if (expected === 'signin') return outcome.kind === 'redirect' && outcome.location.startsWith('/signin?redirectTo=');
	if (expected === 'dashboard') return outcome.kind === 'redirect' && outcome.location === (who?.role === 'teacher' ? '/teach' : '/study');
	return outcome.kind === 'error' && outcome.status === expected;
}

export async function makeFixture(): Promise<Fixture> {
	const db = openDatabase(':memory:');
	const person = (role: 'teacher' | 'student', displayName: string): SessionUser => {
		const row = { id: newId(), email: `${newId()}@example.org`, passwordHash: 'x', displayName, role, locale: 'en' as const };
		db.insert(users).values(row).run();
		return { id: row.id, email: row.email, displayName, role, locale: 'en', isDemo: false };
	};
	const people = {
		owner: person('teacher', 'Teacher A'),
		stranger: person('teacher', 'Teacher B'),
		student: person('student', 'Student'),
		outsider: person('student', 'Outsider')
	};
	const leaver = person('student', 'Leaver');
	const classOf = async (teacher: SessionUser, name: string) => {
		const created = await createClass(sqliteStore(db), teacher.id, name);
		if (!created.ok) throw new Error('fixture class');
		return created.class;
	};
	const classA = await classOf(people.owner, 'Class A');
	// The outsider is a student too, only in the stranger's class: enrolment elsewhere must not count.
	const classB = await classOf(people.stranger, 'Class B');
	for (const [who, code] of [
		[people.student.id, classA.joinCode],
		[leaver.id, classA.joinCode],
		[people.outsider.id, classB.joinCode]
	] as const) {
		if ((await joinClass(sqliteStore(db), who, code)).status !== 'joined') throw new Error('fixture enrolment');
	}

	const text = readFileSync(new URL('../../../tests/fixtures/articles/000_ff880fe1591cdf84.txt', import.meta.url), 'utf8');
	const set = await createSetFromArticle(sqliteStore(db), { ownerId: people.owner.id, input: text, lang: 'fr', approveAll: true });
	const throwaway = await addQuestion(sqliteStore(db), people.owner.id, set.setId, { type: 'short', prompt: 'Qui a signé ?', answer: 'Poutine', choices: '' });
	if (!throwaway.ok) throw new Error('fixture question');
	const published = await publishSet(sqliteStore(db), people.owner.id, set.setId, { classIds: [classA.id], due: '', studyMaterial: true });
	if (!published.ok) throw new Error(`fixture publish: ${published.error}`);
	const assignment = db.query.assignments.findFirst({ where: (a, { eq }) => eq(a.setId, set.setId) }).sync();
	const question = db.query.questions.findFirst({ where: (q, { eq }) => eq(q.setId, set.setId), orderBy: (q, { asc }) => asc(q.position) }).sync();
	if (!assignment || !question) throw new Error('fixture assignment');
	await addSetToCards(sqliteStore(db), people.student.id, set.setId, new Date());
	const card = db.select().from(cards).where(and(eq(cards.studentId, people.student.id), eq(cards.questionId, question.id))).get();

	// A question of the stranger's own set: the owner's set editor must not reach it.
	const strangerSet = await createSetFromArticle(sqliteStore(db), { ownerId: people.stranger.id, input: text, lang: 'fr' });
	const strangerQuestion = db.select().from(questions).where(eq(questions.setId, strangerSet.setId)).get();
	if (!card || !strangerQuestion) throw new Error('fixture card');

	return {
		db,
		people,
		ids: {
			classA: classA.id,
			classB: classB.id,
			student: people.student.id,
			leaver: leaver.id,
			set: set.setId,
			article: set.articleId,
			question: question.id,
			questionPrompt: question.prompt,
			questionAnswer: question.answer,
			questionChoices: question.choices.join('\n'),
			throwawayQuestion: throwaway.id,
			strangerQuestion: strangerQuestion.id,
			assignment: assignment.id,
			card: card.id
		}
	};
}

let fixture: Fixture;
beforeAll(async () => {
	fixture = await makeFixture();
	setDb(fixture.db);
});
afterAll(() => setDb(undefined));

const visitors: Visitor[] = ['owner', 'stranger', 'student', 'outsider', 'anonymous'];

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
		expect(matches(outcome, expected, user, route.then?.(fixture.ids)), `${visitor}: expected ${expected}, got ${JSON.stringify(outcome)}`).toBe(true);
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
