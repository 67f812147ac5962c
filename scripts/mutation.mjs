// npm run test:mutation [-- area… [--survivors] [--stryker-option …]]: Stryker over each area of
// mutation.areas.mjs in turn (all of them unless named), then one line per area with its score.
// Options starting with -- go to every `stryker run` (e.g. --force, --mutate file.ts:10-40).
//
// --survivors: test again the mutants that survived last time, reusing every other result. Stryker's
// incremental mode does not notice tests added to a file with the vitest runner (it reused every
// survivor after new tests were written), so after adding tests use this, or --force for everything.
// A killed mutant stays killed when tests are added; after changing or deleting tests, use --force.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AREAS } from '../mutation.areas.mjs';

const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('-') && AREAS[a]);
const survivors = args.includes('--survivors');
const passed = args.filter((a) => !named.includes(a) && a !== '--survivors');
const areas = named.length ? named : Object.keys(AREAS);
const times = {};

for (const name of areas) {
	const incremental = `reports/mutation/${name}/incremental.json`;
	if (survivors && existsSync(incremental)) {
		// Without their old result, Stryker takes these mutants for new ones and tests them.
		const report = JSON.parse(readFileSync(incremental, 'utf8'));
		for (const f of Object.values(report.files)) f.mutants = f.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
		writeFileSync(incremental, JSON.stringify(report));
	}
	const t0 = Date.now();
	const r = spawnSync('npx', ['stryker', 'run', ...passed], { stdio: 'inherit', env: { ...process.env, MUTATION_AREA: name } });
	times[name] = (Date.now() - t0) / 1000;
	if (r.status !== 0) {
		console.error(`stryker failed for ${name} (exit ${r.status})`);
		process.exit(r.status ?? 1);
	}
}

console.log('\narea        mutants  killed  timeout  survived  no cov  errors  score   run');
for (const name of Object.keys(AREAS)) {
	const file = `reports/mutation/${name}/mutation.json`;
	if (!existsSync(file)) continue;
	const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
	for (const f of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) for (const m of f.mutants) count[m.status]++;
	const detected = count.Killed + count.Timeout;
	const valid = detected + count.Survived + count.NoCoverage;
	const score = valid ? ((100 * detected) / valid).toFixed(1) + ' %' : '-';
	const total = valid + count.CompileError + count.RuntimeError;
	const t = times[name] === undefined ? '(earlier)' : `${Math.round(times[name])} s`;
	console.log(
		`${name.padEnd(11)} ${String(total).padStart(7)} ${String(count.Killed).padStart(7)} ${String(count.Timeout).padStart(8)} ${String(count.Survived).padStart(9)} ${String(count.NoCoverage).padStart(7)} ${String(count.CompileError + count.RuntimeError).padStart(7)}  ${score.padStart(7)}  ${t}`
	);
}
