// Vitest for `npm run test:mutation` only (Stryker runs it once per mutant, so every second counts):
// no SvelteKit or paraglide plugins, `$lib` as a plain alias, and only the test files that pin the
// mutated code, the small unit tests first. `npm test` keeps using vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const TESTS = [
	'src/lib/analysis/item-analysis.test.ts',
	'src/lib/srs/queue.test.ts',
	'src/lib/srs/scheduler.test.ts',
	'src/lib/srs/stats.test.ts',
	'src/lib/srs/day.test.ts',
	'src/lib/srs/settings.test.ts',
	'src/lib/srs/format.test.ts',
	'src/lib/engine/text/calendar.test.ts',
	'src/lib/engine/check/answer-check.test.ts',
	'src/lib/engine/extract/temporal/temporal.test.ts',
	'src/lib/srs/optimizer.test.ts',
	'src/lib/server/services/quizzes-form.test.ts',
	'src/lib/server/services/quizzes.test.ts',
	'src/lib/server/services/review.test.ts'
];

/**
 * Runs the files in the order above: Stryker stops at the first failing test, so a mutant the
 * file beside the code kills is decided in a fraction of a second, before the service tests
 * (about 2.5 s each just to import the database and the engine) are even loaded.
 */
class UnitFirst extends BaseSequencer {
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
		isolate: process.env.MUT_ISOLATE === '1',
		sequence: { sequencer: UnitFirst },
		env: { COMPUTE_WORKERS: '0' },
		testTimeout: 20000,
		hookTimeout: 20000
	}
});
