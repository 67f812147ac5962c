// A throwaway PostgreSQL server from Debian's `postgresql` package, for tests: a fresh cluster in a
// temporary directory, listening only on a Unix socket there, stopped and deleted by `stop()`.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
	/** Runs SQL with psql (stops at the first error) and returns its unaligned output. */
	psql(sql: string, database?: string): string;
	/** A connection URL for `pg` (over the Unix socket in the cluster's directory). */
	url(database: string): string;
	stop(): void;
}

/** The newest installed server's binaries, or null. */
export function postgresBin(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

export const POSTGRES_MISSING =
	'PostgreSQL is not installed: the PostgreSQL tests need Debian’s server (`sudo apt-get install postgresql`); `npm test` installs it when run as root.';

export function startPostgres(): TestPostgres {
	const bin = postgresBin();
	if (!bin) throw new Error(POSTGRES_MISSING);
	const dir = mkdtempSync(join(tmpdir(), 'lectio-pg-'));
	const asRoot = userInfo().uid === 0;
	if (asRoot) {
		const owner = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dir, owner, owner);
	}
	const run = (file: string, args: string[], input?: string) =>
		execFileSync(asRoot ? 'runuser' : file, asRoot ? ['-u', 'postgres', '--', file, ...args] : args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
	const data = join(dir, 'data');
	run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
	run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-k ${dir} -c listen_addresses='' -c fsync=off -p 5432`, 'start']);
	return {
		psql(sql, database = 'postgres') {
			return run('psql', ['-h', dir, '-p', '5432', '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-X', '-q', '-A', '-t', '-f', '-'], sql);
		},
		url(database) {
			return `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}&port=5432`;
		},
		stop() {
			try {
				run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
