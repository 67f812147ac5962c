// `npm start`: builds the app quietly (the full build log only if it fails), prints a one-line
// summary, then serves it (scripts/serve.js prints the address and how to enter the demo).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const started = Date.now();
for (const args of [['vite', 'build', '--logLevel', 'warn'], ['vite', 'build', '-c', 'vite.worker.config.ts']]) {
	const run = spawnSync('npx', args, { encoding: 'utf8' });
	if (run.status !== 0) {
		process.stdout.write(run.stdout);
		process.stderr.write(run.stderr);
		console.error(`The build failed (npx ${args.join(' ')}).`);
		process.exit(run.status ?? 1);
	}
}

function sizeOf(dir) {
	let files = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			const inner = sizeOf(path);
			files += inner.files;
			bytes += inner.bytes;
		} else {
			files++;
			bytes += statSync(path).size;
		}
	}
	return { files, bytes };
}
const client = sizeOf('build/client');
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${client.files} files for the browser (${(client.bytes / 1024).toFixed(0)} KB), the server and its engine worker in build/.`);
await import('./serve.js');
