// Helpers for tests that speak HTTP to the built server: a form action posted the way the pages'
// JavaScript posts it, and a dump of the data tables to prove a request changed nothing.
import Database from 'better-sqlite3';

/** Bookkeeping, not data: rate-limit attempts, sliding session expiry, the health row. */
const NOT_DATA = new Set(['login_attempts', 'sessions', 'health_checks', '__drizzle_migrations']);

export function dumpData(path: string): string {
	const db = new Database(path, { readonly: true });
	const tables = (db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).pluck().all() as string[]).filter((t) => !NOT_DATA.has(t));
	const out = tables.map((t) => `${t}:${JSON.stringify(db.prepare(`select * from "${t}" order by rowid`).all())}`).join('\n');
	db.close();
	return out;
}

export interface ActionAnswer {
	status: number;
	type: string;
	/** The action's data (failure or success), or the error's message, as text. */
	text: string;
	location?: string;
}

export async function postAction(base: string, path: string, cookie: string, body: FormData | URLSearchParams, headers: Record<string, string> = {}): Promise<ActionAnswer> {
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		headers: { cookie, origin: base, accept: 'application/json', 'x-sveltekit-action': 'true', ...headers },
		body
	});
	const json = (await response.json()) as { type: string; status?: number; data?: string; error?: { message: string }; location?: string };
	return { status: json.status ?? response.status, type: json.type, text: json.data ?? JSON.stringify(json.error ?? ''), location: json.location };
}
