import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { download } from '$lib/server/http';
import { exportResults } from '$lib/server/services/set-transfer';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const teacher = requireTeacher(event);
	const file = await exportResults(getStore(), teacher.id, event.params.id, event.locals.locale);
	if (!file) error(404, 'Not Found');
	return download(file);
};
