// Vitest for `npm run test:mutation` only (Stryker runs it once per mutant, so every second counts):
// no SvelteKit or paraglide plugins, `$lib` as a plain alias, and only the tests that pin the area
// being mutated (mutation.areas.mjs), in the order given there. `npm test` keeps vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { area } from './mutation.areas.mjs';

const TESTS: string[] = area().tests;

/** Runs the files in the area's order: Stryker stops at the first failing test. */
class AreaOrder extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (f: TestSpecification) => {
			const i = TESTS.findIndex((t) => f.moduleId.endsWith(t));
			return i === -1 ? TESTS.length : i;
		};
		return [...files].sort((a, b) => rank(a) - rank(b));
	}
}

export default defineConfig({
	// Not tsconfig.json, which extends SvelteKit's generated one (rewritten by other commands).
	tsconfig: './tsconfig.mutation.json',
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		include: TESTS,
		environment: 'node',
		// One worker gets all the files of a mutant's run in turn and keeps the modules they share.
		isolate: false,
		sequence: { sequencer: AreaOrder },
		env: { COMPUTE_WORKERS: '0' },
		testTimeout: 20000,
		hookTimeout: 20000
	}
});
