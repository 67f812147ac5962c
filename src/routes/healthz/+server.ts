// For load balancers and monitors: 200 only when the database answers and still takes a write
// (a full disk or a read-only file answers reads and refuses every review), else 503 with why.
import { json } from '@sveltejs/kit';
import { getStore, probeWrite, writeFailureReason } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	try {
		await probeWrite(getStore());
		return json({ status: 'ok', database: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		const reason = writeFailureReason(error);
		console.error(`healthz: the database cannot be written: ${reason}`);
		return json({ status: 'error', database: 'unwritable', reason }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
