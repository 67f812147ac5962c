// `npm run export -- <set id> --format csv|gift|xml|apkg|json [--out file]`: a question set in one of the
// export formats, the same files the set's page offers; `npm run export -- --results <assignment id>
// [--lang en|fr]` writes an assignment's results as CSV. Reads the database named by DATABASE_URL
// (default ./data/app.db); prints to stdout unless --out is given (an .apkg, being binary, needs --out).
import { writeFileSync, existsSync } from 'node:fs';
import { databasePath, getStore, isPostgresUrl, openDatabase } from '../src/lib/server/db/index';
import { sqliteStore } from '../src/lib/server/db/sqlite-store';
import * as setsRepo from '../src/lib/server/repo/sets';
import * as assignmentsRepo from '../src/lib/server/repo/assignments';
import { EXPORT_FORMATS, exportResults, exportSet, type Download, type ExportFormat } from '../src/lib/server/services/set-transfer';

const USAGE = 'Usage: npm run export -- <set id> --format csv|gift|xml|apkg|json [--out file]\n       npm run export -- --results <assignment id> [--lang en|fr] [--out file]';

function option(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
	let store;
	if (isPostgresUrl()) store = getStore();
	else {
		const path = databasePath();
		if (path !== ':memory:' && !existsSync(path)) {
			console.error(`No database at ${path}: set DATABASE_URL to the app's database file or a postgres:// URL.`);
			return 1;
		}
		store = sqliteStore(openDatabase(path));
	}
	let file: Download | null;
	const assignmentId = option(argv, 'results');
	if (assignmentId) {
		const set = await store.read(function* (tx) {
			const assignment = yield* assignmentsRepo.findById(tx, assignmentId);
			return assignment && (yield* setsRepo.findById(tx, assignment.setId));
		});
		const lang = option(argv, 'lang') === 'fr' ? 'fr' : 'en';
		file = set ? await exportResults(store, set.ownerId, assignmentId, lang) : null;
		if (!file) return fail(`No assignment ${assignmentId}.`);
	} else {
		const setId = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
		const format = option(argv, 'format') as ExportFormat | undefined;
		if (!setId || !format || !EXPORT_FORMATS.includes(format)) return fail(USAGE, 2);
		const set = await store.read((tx) => setsRepo.findById(tx, setId));
		file = set ? await exportSet(store, set.ownerId, setId, format) : null;
		if (!file) return fail(`No question set ${setId}.`);
	}
	const out = option(argv, 'out');
	if (out) {
		writeFileSync(out, file.body);
		console.error(`Wrote ${out} (${file.filename}).`);
	} else if (typeof file.body !== 'string') return fail(`An .apkg is binary: give --out ${file.filename}.`, 2);
	else process.stdout.write(file.body);
	return 0;
}

function fail(message: string, code = 1): number {
	console.error(message);
	return code;
}

process.exitCode = await main(process.argv.slice(2));
// A PostgreSQL pool would keep the process alive.
if (isPostgresUrl()) await getStore().close();
