#!/usr/bin/env bash
# The browser tests and the bench drive Debian's Chromium (tests/chromium.ts): CHROME_PATH, else
# /usr/bin/chromium. On a fresh machine it is not there yet, so `npm test` installs it, as .ci/run does.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# The printed case and the figure are read back as text (PDF, PNG): the page's Chinese needs a CJK font,
# which a bare Debian lacks (the map's labels bring their own). Debian's Noto CJK, as for the basemap.
has_cjk_font() {
	dpkg -s fonts-noto-cjk >/dev/null 2>&1 || [ -n "$(fc-list :lang=zh 2>/dev/null || true)" ]
}
if ! has_cjk_font && command -v apt-get >/dev/null 2>&1; then
	echo "fonts: installing Debian's fonts-noto-cjk (apt-get)"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null
fi

[ -x "$browser" ] && exit 0
if [ -n "${CHROME_PATH:-}" ]; then
	echo "chromium: CHROME_PATH=$CHROME_PATH is not an executable file" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "chromium: no /usr/bin/chromium and no apt-get to install it; install Chromium and set CHROME_PATH" >&2
	exit 1
fi
echo "chromium: installing Debian's chromium (apt-get)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$browser" ] || { echo "chromium: installed, yet $browser is missing" >&2; exit 1; }
