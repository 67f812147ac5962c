#!/usr/bin/env bash
# The one test command (npm test): type checks, unit and integration tests, then the
# end-to-end tests against the built app in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package the tests need when it is missing (as root), or says what to install.
need() {
	local present="$1" package="$2" why="$3"
	if eval "$present" >/dev/null 2>&1; then return; fi
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		echo "$package is missing: installing Debian's $package package…"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq "$package" >/dev/null
	else
		echo "$why" >&2
		echo "Install it first, e.g. 'sudo apt-get install $package' on Debian." >&2
		exit 1
	fi
}

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
need "[ -x '$CHROMIUM' ]" chromium "The end-to-end tests need Chromium at $CHROMIUM (or set CHROMIUM_PATH to another one)."
# The PostgreSQL tests start a throwaway server from Debian's package (tests/support/postgres.ts).
need "ls /usr/lib/postgresql/*/bin/initdb" postgresql "The PostgreSQL tests need Debian's PostgreSQL server."

echo "== Type check (svelte-check)"
npm run --silent check

echo "== Unit and integration tests (vitest)"
npx vitest run

echo "== Build"
npx vite build --logLevel warn && npx vite build -c vite.worker.config.ts

echo "== End-to-end tests (Playwright, Chromium)"
npx playwright test
