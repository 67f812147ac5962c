// The areas `npm run test:mutation` mutates, each with the tests that pin it (unit tests first:
// Stryker stops at the first failing test, so a mutant the file beside the code kills is decided
// before the slower database tests are loaded). Read by stryker.config.mjs and
// vitest.mutation.config.ts through MUTATION_AREA; scripts/mutation.sh runs them one after another.
export const AREAS = {
	analysis: {
		mutate: ['src/lib/analysis/item-analysis.ts'],
		// The assignment report (quizzes.test.ts) is where the analysis reaches the teacher.
		tests: ['src/lib/analysis/item-analysis.test.ts', 'src/lib/server/services/quizzes.test.ts']
	},
	calendar: {
		// The calendar the temporal extractor (extract/temporal/dates.ts) resolves relative days,
		// seasons and implied years against; the answer checker reads typed dates with it too.
		mutate: ['src/lib/engine/text/calendar.ts'],
		tests: ['src/lib/engine/text/calendar.test.ts', 'src/lib/engine/extract/temporal/temporal.test.ts', 'src/lib/engine/check/answer-check.test.ts']
	},
	check: {
		mutate: ['src/lib/engine/check/answer-check.ts'],
		tests: ['src/lib/engine/check/answer-check.test.ts', 'src/lib/server/services/quizzes-form.test.ts']
	},
	srs: {
		// format.ts included: it is small but has thresholds a test can pin.
		mutate: ['src/lib/srs/*.ts', '!src/lib/srs/*.test.ts'],
		tests: [
			'src/lib/srs/queue.test.ts',
			'src/lib/srs/scheduler.test.ts',
			'src/lib/srs/stats.test.ts',
			'src/lib/srs/day.test.ts',
			'src/lib/srs/settings.test.ts',
			'src/lib/srs/format.test.ts',
			'src/lib/srs/optimizer.test.ts',
			// Local days, caps and personal parameters as the review service applies them.
			'src/lib/server/services/review.test.ts'
		]
	},
	services: {
		mutate: ['src/lib/server/services/review.ts', 'src/lib/server/services/quizzes.ts'],
		tests: [
			'src/lib/server/services/quizzes-form.test.ts',
			'src/lib/server/services/quizzes-dashboard.test.ts',
			'src/lib/server/services/quizzes-result.test.ts',
			'src/lib/server/services/quizzes.test.ts',
			'src/lib/server/services/review-details.test.ts',
			'src/lib/server/services/review-edges.test.ts',
			'src/lib/server/services/review.test.ts',
			'src/lib/server/services/review-fit.test.ts',
			// Replaces the compute pool (vi.mock): last, after the tests that use the real one.
			'src/lib/server/services/review-compute.test.ts'
		]
	}
};

/** The area named by MUTATION_AREA; every area's files together when it is unset (a plain `stryker run`). */
export function area(name = process.env.MUTATION_AREA) {
	if (name) {
		const a = AREAS[name];
		if (!a) throw new Error(`MUTATION_AREA=${name}: not one of ${Object.keys(AREAS).join(', ')}`);
		return { name, ...a };
	}
	const all = Object.values(AREAS);
	return {
		name: 'all',
		mutate: [...new Set(all.flatMap((a) => a.mutate))],
		tests: [...new Set(all.flatMap((a) => a.tests))].sort((x, y) => Number(x.includes('/services/')) - Number(y.includes('/services/')))
	};
}
