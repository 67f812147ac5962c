import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	try {
		getDb().get(sql`select 1`);
		return json({ status: 'ok', database: 'ok' });
	} catch (error) {
		console.error('healthz:', error);
		return json({ status: 'error', database: 'unavailable' }, { status: 503 });
	}
};
