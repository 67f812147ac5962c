import { error, fail, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { requireTeacher } from '$lib/server/auth/guards';
import { createSetFromForm } from '$lib/server/services/question-sets';
import { newSetError } from '$lib/i18n/teach-errors';
import type { Actions, PageServerLoad } from './$types';
import { isTooLarge } from '$lib/server/forms';

export const load = (async (event) => {
	requireTeacher(event);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (e) {
			// The upload is over what the server reads (a 20 MB PDF, say): say the limit, on this form.
			if (isTooLarge(e)) return fail(413, { text: null, title: '', published: '', url: '', error: m.teach_new_err_body_too_large() });
			error(400, 'Bad Request');
		}
		const file = form.get('file');
		const values = {
			text: String(form.get('text') ?? ''),
			title: String(form.get('title') ?? ''),
			published: String(form.get('published') ?? ''),
			url: String(form.get('url') ?? '')
		};
		const result = await createSetFromForm(getStore(), teacher.id, { ...values, file: file instanceof File ? file : null });
		if (!result.ok) {
			const message = result.error === 'engine' ? result.engine![event.locals.locale] : newSetError(result.error, result);
			// A text over the limit is not sent back (it could be megabytes, twice in the page): the
			// text box still holds it when JavaScript runs, and the message says the limit.
			const echo = result.error === 'engine' && result.code === 'too_long' ? { ...values, text: null } : values;
			// A page that could not be fetched is the other site's doing (502), not a bad form.
			const remote = result.error === 'url' && !['bad_url', 'scheme', 'private_address'].includes(result.url ?? '');
			const status = result.error === 'rate_limited' ? 429 : result.error === 'timeout' || result.error === 'out_of_memory' ? 503 : remote ? 502 : 400;
			return fail(status, { ...echo, error: message });
		}
		redirect(303, `/teach/sets/${result.setId}`);
	}
} satisfies Actions;
