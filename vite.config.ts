import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The visible switch writes the cookie; without it the browser's Accept-Language decides.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		}),
		sveltekit()
	],
	server: { port: 5173 },
	// `npm start` prints the build's summary, not a timing report of every plugin.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// The engine and the fit run in-process in unit tests; compute/pool.test.ts starts real workers.
		env: { COMPUTE_WORKERS: '0' },
		// One throwaway PostgreSQL server for the tests that run on both databases.
		globalSetup: ['tests/support/postgres-setup.ts'],
		testTimeout: 20000,
		hookTimeout: 20000
	}
});
