// Mutation testing (`npm run test:mutation`, not part of `npm test`): see docs/mutation-testing.md.
// One test process at a time (the machine has two cores and other work on them); the vitest config
// loads no SvelteKit plugin and only the tests that pin the mutated code; incremental mode keeps
// each mutant's result in reports/ so a rerun tests only mutants whose code or tests changed.
import { area } from './mutation.areas.mjs';

// MUTATION_AREA (set by scripts/mutation.sh) picks one area of mutation.areas.mjs; each keeps its
// own incremental file and reports under reports/mutation/<area>/.
const { name, mutate } = area();
const dir = `reports/mutation/${name}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts', related: true },
	// The typescript checker is installed but off by default: here it made each mutant about twice as
	// slow, and it refuses to start while any file the tests import fails to type-check (others edit
	// this tree). Turn it on with `npm run test:mutation -- --checkers typescript`.
	checkers: [],
	tsconfigFile: 'tsconfig.mutation.json',
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	coverageAnalysis: 'perTest',
	concurrency: 1,
	mutate,
	incremental: true,
	incrementalFile: `${dir}/incremental.json`,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: `${dir}/index.html` },
	jsonReporter: { fileName: `${dir}/mutation.json` },
	// The sandbox needs neither SvelteKit's generated files nor the compiled messages (which other
	// commands rewrite while this runs: tsconfig.mutation.json stands on its own), nor the browser tests.
	ignorePatterns: ['.svelte-kit', 'src/lib/paraglide', '.cache', 'build', 'data', 'docs', 'static', 'tests', 'test-results', 'playwright-report', '.e2e-data', 'reports'],
	tempDirName: ".stryker-tmp",
	cleanTempDir: 'always',
	thresholds: { high: 90, low: 80, break: null }
};
