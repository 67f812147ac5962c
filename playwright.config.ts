import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Runs against the built app (`vite build` first; `npm test` does it) on a throwaway database,
// in Debian's Chromium: Playwright's own browser downloads are not reachable here.
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/artifacts',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /far-timezone\.spec\.ts/ },
		// A student fourteen hours ahead of UTC: "today" is the browser's day, not the server's.
		{ name: 'kiritimati', use: { ...devices['Desktop Chrome'], channel: undefined, timezoneId: 'Pacific/Kiritimati' }, testMatch: /far-timezone\.spec\.ts/ }
	],
	webServer: {
		command: `rm -rf .e2e-data && node --max-semi-space-size=4 scripts/serve.js`,
		url: `http://localhost:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		// IMPORT_ALLOW_PRIVATE: import-url.spec.ts serves its article on 127.0.0.1, which imports refuse by default.
		env: { PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: '.e2e-data/e2e.db', IMPORT_ALLOW_PRIVATE: '1' }
	}
});
