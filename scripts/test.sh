#!/usr/bin/env bash
# The one test command (npm test): type checks, unit and integration tests, then the
# end-to-end tests against the built app in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		echo "Chromium is missing: installing Debian's chromium package…"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq chromium >/dev/null
	else
		echo "The end-to-end tests need Chromium at $CHROMIUM." >&2
		echo "Install it first, e.g. 'sudo apt-get install chromium' on Debian, or set CHROMIUM_PATH." >&2
		exit 1
	fi
fi

# The PostgreSQL tests start a throwaway server from Debian's package (tests/support/postgres.ts).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		echo "PostgreSQL is missing: installing Debian's postgresql package…"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq postgresql >/dev/null
	else
		echo "The PostgreSQL tests need Debian's PostgreSQL server." >&2
		echo "Install it first, e.g. 'sudo apt-get install postgresql' on Debian." >&2
		exit 1
	fi
fi

echo "== Type check (svelte-check)"
npm run --silent check

echo "== Unit and integration tests (vitest)"
npx vitest run

echo "== Build"
npx vite build --logLevel warn && npx vite build -c vite.worker.config.ts

echo "== End-to-end tests (Playwright, Chromium)"
npx playwright test
