#!/usr/bin/env bash
# npm run test:stress: the e2e specs that touch history (popups, Back and Forward, the tour, search
# results, list choices, arcs), each test three times, with the CPU taken beside them. A busy machine
# lets events land late (a camera move ending after Back: issue 14) that a quiet one never shows.
# Extra arguments go to Playwright (`npm run test:stress -- --grep Back --workers=1`).
# STRESS_CPUS (default 2) busy workers, for at most STRESS_SECONDS (default 3600); always stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
specs=(explorer keyboard late-events list map3 phone search-i18n share tour)
cpus="${STRESS_CPUS:-2}"
limit="${STRESS_SECONDS:-3600}"

bash tests/ensure-chromium.sh
# Debian's stress-ng where apt-get can bring it (as tests/ensure-chromium.sh does Chromium), else a
# Node busy loop with the same hard limit.
if ! command -v stress-ng >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
	SUDO=""
	[ "$(id -u)" = 0 ] || SUDO="sudo"
	echo "stress: installing Debian's stress-ng (apt-get)"
	{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq stress-ng >/dev/null; } ||
		echo "stress: stress-ng could not be installed; using a Node busy loop"
fi

load=""
stop_load() {
	if [ -n "$load" ]; then
		kill "$load" 2>/dev/null || true
		wait "$load" 2>/dev/null || true
		load=""
	fi
}
runner=""
stop_all() {
	[ -n "$runner" ] && kill "$runner" 2>/dev/null
	stop_load
}
trap stop_load EXIT
trap 'stop_all; exit 130' INT TERM

if command -v stress-ng >/dev/null 2>&1; then
	stress-ng --cpu "$cpus" --timeout "${limit}s" --quiet &
else
	node tests/stress/cpu-load.mjs "$cpus" "$limit" &
fi
load=$!

start=$(date +%s)
status=0
# In the background with `wait`, so a signal reaches the traps at once, not when Playwright exits.
(cd tests && exec npx playwright test -c playwright.config.ts "${specs[@]/%/.spec.ts}" --repeat-each=3 "$@") &
runner=$!
wait "$runner" || status=$?
runner=""
stop_load
echo "stress: $([ "$status" = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - start)) s with $cpus busy CPU workers; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
