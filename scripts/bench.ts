// Benchmarks: `npm run bench` (full) or `npm run bench -- --quick` (under two minutes).
// Each section is a module under scripts/bench/ exporting
//   run(opts: { quick: boolean }): Promise<Record<string, number>>
// Human-readable lines come first; the very last line is one JSON object keyed by section, so
// scripts can read it with `tail -n 1`.
import { existsSync } from 'node:fs';

/** Sections in run order; a section whose file is absent is skipped (adding one is one line). */
const sections: { name: string; file: string }[] = [
	{ name: 'engine', file: './bench/engine.ts' },
	{ name: 'srs', file: './bench/srs.ts' },
	{ name: 'http', file: './bench/http.ts' },
	{ name: 'http.pg2', file: './bench/http-pg2.ts' }
];

type Section = { run(opts: { quick: boolean }): Promise<Record<string, number>> };

async function main(argv: string[]): Promise<number> {
	const quick = argv.includes('--quick');
	const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
	const results: Record<string, Record<string, number>> = {};
	let failed = false;
	for (const section of sections) {
		if (only && section.name !== only) continue;
		const url = new URL(section.file, import.meta.url);
		if (!existsSync(url)) continue;
		console.log(`== ${section.name}${quick ? ' (quick)' : ''}`);
		const started = performance.now();
		try {
			const mod = (await import(url.href)) as Section;
			const figures = await mod.run({ quick });
			results[section.name] = figures;
			for (const [key, value] of Object.entries(figures)) {
				console.log(`${section.name}.${key} = ${Number.isInteger(value) ? value : value.toFixed(3)}`);
			}
		} catch (e) {
			failed = true;
			results[section.name] = {};
			console.log(`${section.name} failed: ${e instanceof Error ? e.message : String(e)}`);
		}
		console.log(`(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
	}
	console.log(JSON.stringify(results));
	return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
