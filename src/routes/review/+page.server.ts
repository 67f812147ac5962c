import { fail, redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { getStore } from '$lib/server/db';
import { cookieOptions } from '$lib/server/cookies';
import { requireStudent } from '$lib/server/auth/guards';
import { addSetToCards, getSession, recordReview, ReviewError, setsToAdd, suggestRating, undoLast } from '$lib/server/services/review';
import { parseOffset, serverOffset, TZ_COOKIE } from '$lib/srs/day';
import { isGrade } from '$lib/srs/scheduler';
import { errorMessage } from './labels';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';

const TYPED_COOKIE = 'review_typed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const offsetOf = (cookies: { get(name: string): string | undefined }, now: Date) => parseOffset(cookies.get(TZ_COOKIE), serverOffset(now));

function failWith(e: unknown) {
	if (e instanceof ReviewError) return fail(e.code === 'not_found' ? 404 : e.code === 'forbidden' || e.code === 'quiz_first' ? 403 : 400, { error: errorMessage(e.code) });
	throw e;
}

export const load = (async (event) => {
	const user = requireStudent(event);
	const now = new Date();
	const session = await getSession(getStore(), user.id, now, offsetOf(event.cookies, now));
	const q = event.url.searchParams;
	const typedMode = event.cookies.get(TYPED_COOKIE) === '1';
	// ?show=1&card=… reveals the answer without JavaScript, only for the card still on screen.
	const revealed = !!session.current && q.has('show') && q.get('card') === session.current.cardId;
	const typed = revealed ? (q.get('answer') ?? '').slice(0, 500) : '';
	const suggestion = revealed && typedMode ? await suggestRating(getStore(), user.id, session.current!.cardId, typed) : null;
	const sets = session.current ? [] : await setsToAdd(getStore(), user.id);
	return { session, sets, revealed, typed, typedMode, suggestion, reviewId: randomUUID(), undoId: randomUUID(), shownAt: now.getTime() };
}) satisfies PageServerLoad;

export const actions = {
	rate: async (event) => {
		const user = requireStudent(event);
		const form = await readForm(event.request);
		const cardId = String(form.get('cardId') ?? '');
		const reviewId = String(form.get('reviewId') ?? '');
		const rating = Number(form.get('rating'));
		if (!UUID.test(cardId) || !UUID.test(reviewId) || !isGrade(rating)) return fail(400, { error: errorMessage('invalid') });
		const now = new Date();
		const sent = Number(form.get('durationMs'));
		const shownAt = Number(form.get('shownAt'));
		const durationMs = Number.isFinite(sent) && sent > 0 ? sent : Number.isFinite(shownAt) && shownAt > 0 ? now.getTime() - shownAt : null;
		try {
			await recordReview(getStore(), { studentId: user.id, cardId, reviewId, rating, durationMs, now });
		} catch (e) {
			return failWith(e);
		}
		redirect(303, '/review');
	},
	undo: async (event) => {
		const user = requireStudent(event);
		const form = await readForm(event.request);
		const undoId = String(form.get('undoId') ?? '');
		if (!UUID.test(undoId)) return fail(400, { error: errorMessage('invalid') });
		const now = new Date();
		try {
			await undoLast(getStore(), { studentId: user.id, undoId, now, offset: offsetOf(event.cookies, now) });
		} catch (e) {
			return failWith(e);
		}
		redirect(303, '/review');
	},
	addSet: async (event) => {
		const user = requireStudent(event);
		const setId = String((await readForm(event.request)).get('setId') ?? '');
		if (!UUID.test(setId)) return fail(404, { error: errorMessage('forbidden') });
		try {
			return { added: await addSetToCards(getStore(), user.id, setId, new Date()) };
		} catch (e) {
			return failWith(e);
		}
	},
	typed: async (event) => {
		requireStudent(event);
		const on = (await readForm(event.request)).get('on') === '1';
		event.cookies.set(TYPED_COOKIE, on ? '1' : '0', cookieOptions(event.url, { path: '/review', maxAge: 60 * 60 * 24 * 365, httpOnly: false }));
		redirect(303, '/review');
	}
} satisfies Actions;
