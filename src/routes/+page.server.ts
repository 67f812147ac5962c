import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { DEMO_STUDENT_EMAIL, DEMO_TEACHER_EMAIL, ensureDemo } from '$lib/server/services/demo';
import type { Actions } from './$types';

async function enterDemo(email: string, event: Parameters<Actions[string]>[0]) {
	const db = getDb();
	let user = db.select().from(users).where(eq(users.email, email)).get();
	if (!user) {
		// Someone deleted the demo users: bring them back rather than fail.
		await ensureDemo(db);
		user = db.select().from(users).where(eq(users.email, email)).get();
	}
	if (!user) return fail(500);
	const { token, expiresAt } = createSession(db, user.id);
	setSessionCookie(event.cookies, event.url, token, expiresAt);
	redirect(303, user.role === 'teacher' ? '/teach' : '/study');
}

export const actions = {
	demoTeacher: (event) => enterDemo(DEMO_TEACHER_EMAIL, event),
	demoStudent: (event) => enterDemo(DEMO_STUDENT_EMAIL, event)
} satisfies Actions;
