// `npm run backup -- <file>`: copies the app's database (DATABASE_URL, default ./data/app.db)
// online, while the server keeps running (SQLite's VACUUM INTO), then checks the copy. To restore: stop
// the server, put the copy in place of the database file (remove its -wal and -shm files), start.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databasePath, isPostgresUrl, redactedUrl } from '../src/lib/server/db/index';

async function main(argv: string[]): Promise<number> {
	const target = argv.find((a) => !a.startsWith('-'));
	if (!target) {
		console.error('Usage: npm run backup -- <file>   (copies the database named by DATABASE_URL, default ./data/app.db)');
		return 2;
	}
	// On PostgreSQL the database server has its own tools: pg_dump while the nodes keep running.
	if (isPostgresUrl()) {
		console.error(`DATABASE_URL names a PostgreSQL database (${redactedUrl(process.env.DATABASE_URL!)}): back it up with pg_dump, e.g. pg_dump --format=custom --file=${target} "$DATABASE_URL" (README, "Scaling out").`);
		return 2;
	}
	const source = databasePath();
	if (source === ':memory:' || !existsSync(source)) {
		console.error(`No database at ${source}: set DATABASE_URL to the app's database file.`);
		return 1;
	}
	const dest = resolve(target);
	if (dest === source) {
		console.error('The backup must go to another file than the database itself.');
		return 2;
	}
	if (existsSync(dest)) {
		console.error(`${dest} exists already: choose a new file name.`);
		return 2;
	}
	const db = new Database(source, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	const started = performance.now();
	try {
		// VACUUM INTO copies one consistent snapshot in a single read transaction: in WAL mode the
		// server keeps writing meanwhile, and unlike the page-by-page backup API the copy is never
		// restarted by those writes (under a steady load it could go on forever).
		db.prepare('VACUUM INTO ?').run(dest);
	} finally {
		db.close();
	}
	const copy = new Database(dest, { readonly: true });
	const check = copy.pragma('integrity_check', { simple: true });
	const users = copy.prepare('select count(*) from users').pluck().get();
	copy.close();
	if (check !== 'ok') {
		console.error(`The copy at ${dest} failed its integrity check: ${check}`);
		return 1;
	}
	console.log(`Backed up ${source} to ${dest} in ${Math.round(performance.now() - started)} ms (integrity ok, ${users} users).`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
