// Every protected load and action starts with one of these: who may see what is decided here,
// not in each page. Anonymous visitors go to sign-in (and come back); the wrong role gets a 403.
import { error, redirect } from '@sveltejs/kit';
import type { SessionUser } from './session';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
}

export function requireUser(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return user;
}

export function requireTeacher(event: GuardEvent): SessionUser & { role: 'teacher' } {
	const user = requireUser(event);
	if (user.role !== 'teacher') error(403, 'Forbidden');
	return user as SessionUser & { role: 'teacher' };
}

export function requireStudent(event: GuardEvent): SessionUser & { role: 'student' } {
	const user = requireUser(event);
	if (user.role !== 'student') error(403, 'Forbidden');
	return user as SessionUser & { role: 'student' };
}
