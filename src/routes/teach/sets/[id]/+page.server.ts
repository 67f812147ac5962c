import { error, fail, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import {
	addQuestion,
	approveAll,
	archiveSet,
	changeQuestionStatus,
	deleteSet,
	deletionImpact,
	editQuestion,
	getSetEditor,
	moveQuestion,
	type StatusChange
} from '$lib/server/services/question-sets';
import { questionError } from '$lib/i18n/teach-errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/forms';

export const load = (async (event) => {
	const teacher = requireTeacher(event);
	const editor = await getSetEditor(getStore(), teacher.id, event.params.id);
	if (!editor) error(404, 'Not Found');
	return editor;
}) satisfies PageServerLoad;

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

async function status(event: RequestEvent, change: StatusChange) {
	const teacher = requireTeacher(event);
	const form = await readForm(event.request);
	const result = await changeQuestionStatus(getStore(), teacher.id, event.params.id, text(form, 'id'), change);
	if (!result.ok) return fail(404, { action: { id: text(form, 'id'), error: questionError(result.error) } });
	return { done: change };
}

async function move(event: RequestEvent, direction: 'up' | 'down') {
	const teacher = requireTeacher(event);
	const form = await readForm(event.request);
	const result = await moveQuestion(getStore(), teacher.id, event.params.id, text(form, 'id'), direction);
	if (!result.ok) return fail(404, { action: { id: text(form, 'id'), error: questionError(result.error) } });
	return { moved: text(form, 'id') };
}

export const actions = {
	edit: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const id = text(form, 'id');
		const values = { type: text(form, 'type'), prompt: text(form, 'prompt'), answer: text(form, 'answer'), choices: text(form, 'choices') };
		const result = await editQuestion(getStore(), teacher.id, event.params.id, id, values);
		if (!result.ok) return fail(result.error === 'not_found' ? 404 : 400, { edit: { id, error: questionError(result.error), values } });
		return { saved: id };
	},
	add: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const values = { type: text(form, 'type'), prompt: text(form, 'prompt'), answer: text(form, 'answer'), choices: text(form, 'choices') };
		const result = await addQuestion(getStore(), teacher.id, event.params.id, values);
		if (!result.ok) return fail(result.error === 'not_found' ? 404 : 400, { add: { error: questionError(result.error), values } });
		return { added: result.id };
	},
	approveAll: async (event) => {
		const teacher = requireTeacher(event);
		const result = await approveAll(getStore(), teacher.id, event.params.id);
		if (!result.ok) error(404, 'Not Found');
		return { approvedAll: result.approved };
	},
	archive: async (event) => {
		const teacher = requireTeacher(event);
		const archived = (await readForm(event.request)).get('archived') === '1';
		if (!await archiveSet(getStore(), teacher.id, event.params.id, archived)) error(404, 'Not Found');
		if (archived) redirect(303, `/teach?archived=${encodeURIComponent(event.params.id)}`);
		return { restored: true };
	},
	// The first press says what would go (and refuses when students have worked on the set); the
	// confirmed one deletes and lands on the dashboard.
	deleteSet: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event.request);
		const store = getStore();
		const impact = await deletionImpact(store, teacher.id, event.params.id);
		if (!impact) error(404, 'Not Found');
		if (impact.attempts || impact.cards) return fail(409, { deleteRefused: impact });
		if (form.get('confirm') !== '1') return fail(400, { deleteConfirm: impact });
		const result = await deleteSet(store, teacher.id, event.params.id);
		if (!result.ok) return result.error === 'not_found' ? error(404, 'Not Found') : fail(409, { deleteRefused: result });
		redirect(303, `/teach?deleted=${encodeURIComponent(impact.title)}`);
	},
	approve: (event) => status(event, 'approve'),
	reject: (event) => status(event, 'reject'),
	restore: (event) => status(event, 'restore'),
	delete: (event) => status(event, 'delete'),
	up: (event) => move(event, 'up'),
	down: (event) => move(event, 'down')
} satisfies Actions;
