// Start-up against a database the app cannot use: the built server exits with one line an
// operator can act on (no stack trace), and leaves nothing behind.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVE = resolve('scripts/serve.js');

/** Starts the built server in `cwd` and waits for it to exit: its code and what it wrote to stderr. */
function startAndWait(cwd: string, databaseUrl: string): Promise<{ code: number | null; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn('node', [SERVE], { cwd, env: { ...process.env, PORT: '4398', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO: 'off' }, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			fail(new Error(`the server did not exit: ${stderr}`));
		}, 20_000);
		child.on('exit', (code) => {
			clearTimeout(timer);
			done({ code, stderr });
		});
	});
}

test('a PostgreSQL server that does not answer is named in one line, without its password, and no file is made', async () => {
	const cwd = mkdtempSync(join(tmpdir(), 'lectio-start-'));
	try {
		const { code, stderr } = await startAndWait(cwd, 'postgres://lectio:secret@127.0.0.1:1/lectio');
		expect(code).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('Cannot use the PostgreSQL database at 127.0.0.1:1/lectio: nothing answers at that address.');
		expect(stderr).not.toContain('secret');
		expect(readdirSync(cwd)).toEqual([]);
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
});

test('another server’s URL is refused in one line, and no file named after it is made', async () => {
	const cwd = mkdtempSync(join(tmpdir(), 'lectio-start-'));
	try {
		const { code, stderr } = await startAndWait(cwd, 'mysql://lectio:secret@db.example.org:3306/lectio');
		expect(code).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('DATABASE_URL names a mysql server');
		expect(stderr).not.toContain('secret');
		expect(readdirSync(cwd)).toEqual([]);
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
});

test('a path the app cannot write is named with its cause in one line', async () => {
	const cwd = mkdtempSync(join(tmpdir(), 'lectio-start-'));
	try {
		// A file stands where the database's folder should be.
		writeFileSync(join(cwd, 'data'), 'not a folder');
		const { code, stderr } = await startAndWait(cwd, join(cwd, 'data', 'app.db'));
		expect(code).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(`Cannot use the database at ${join(cwd, 'data', 'app.db')}: a file stands where its folder should be. Set DATABASE_URL to a writable file.`);
		expect(readdirSync(cwd)).toEqual(['data']);
	} finally {
		rmSync(cwd, { recursive: true, force: true });
	}
});
