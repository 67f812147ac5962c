import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { download } from '$lib/server/http';
import { exportResults } from '$lib/server/services/set-transfer';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const teacher = requireTeacher(event);
	const file = exportResults(getDb(), teacher.id, event.params.id, event.locals.locale);
	if (!file) error(404, 'Not Found');
	return download(file);
};
