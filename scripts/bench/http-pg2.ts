// HTTP benchmark of a district's setup: the same review load as `http` (50 signed-in students,
// the review page's form action, autocannon) spread over two built app nodes on one PostgreSQL
// server (Debian's, started for the run in a temporary directory, as the tests do), 25
// connections to each node. Reported beside the single SQLite node of `http`: requests per second
// over both nodes, and the worse p99 of the two.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { seedClass, startServer, waitUp } from '../../tests/support/load-world';
import { startPostgres } from '../../tests/support/postgres';
import { migratePg, pgStore } from '../../src/lib/server/db/pg-store';
import { reviewLoad } from './http';

const STUDENTS = 50;
const CARDS_PER_STUDENT = 40;
const PORTS = [4395, 4396];

export async function run({ quick }: { quick: boolean }): Promise<Record<string, number>> {
	if (!existsSync('build/handler.js') || !existsSync('build/workers/compute-worker.js')) execSync('npm run --silent build', { stdio: 'inherit' });
	const seconds = quick ? 4 : 10;
	const pg = startPostgres();
	const nodes: ReturnType<typeof startServer>[] = [];
	try {
		pg.psql('create database lectio');
		const url = pg.url('lectio');
		const store = pgStore(url, { poolSize: 4 });
		await migratePg(store.pool);
		const { students } = await seedClass(store, { students: STUDENTS, cards: CARDS_PER_STUDENT });
		await store.close();
		const bases = PORTS.map((port) => `http://127.0.0.1:${port}`);
		for (const port of PORTS) nodes.push(startServer(port, url));
		await Promise.all(bases.map((base) => waitUp(base)));
		// Warm-up: the first requests compile the routes' code paths on each node.
		await Promise.all(bases.map((base, i) => reviewLoad(students, 1, base, STUDENTS / 2, i * (STUDENTS / 2))));
		// Each node gets its own half of the students: 25 connections each.
		const [a, b] = await Promise.all(bases.map((base, i) => reviewLoad(students, seconds, base, STUDENTS / 2, i * (STUDENTS / 2))));
		const failed = a.non2xx + a.errors + b.non2xx + b.errors;
		if (failed > 0) throw new Error(`${failed} review requests failed`);
		return {
			reviewReqPerSec: Math.round(a.requests.average + b.requests.average),
			p99Ms: Math.max(a.latency.p99, b.latency.p99),
			p50Ms: Math.max(a.latency.p50, b.latency.p50)
		};
	} finally {
		// The nodes go first: the server stopping under them would only log dropped connections.
		await Promise.all(nodes.map((node) => new Promise((done) => (node.exitCode !== null ? done(null) : (node.once('exit', done), node.kill('SIGTERM'))))));
		pg.stop();
	}
}
