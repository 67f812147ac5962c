import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireTeacher } from '$lib/server/auth/guards';
import { download } from '$lib/server/http';
import { EXPORT_FORMATS, exportSet, type ExportFormat } from '$lib/server/services/set-transfer';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const teacher = requireTeacher(event);
	const format = event.params.format as ExportFormat;
	if (!EXPORT_FORMATS.includes(format)) error(404, 'Not Found');
	const file = await exportSet(getStore(), teacher.id, event.params.id, format);
	if (!file) error(404, 'Not Found');
	return download(file);
};
