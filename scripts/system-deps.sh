#!/usr/bin/env bash
# The system packages the tests need: Debian's Chromium, a Java runtime (for the Nu HTML
# checker), Redis (the two-host page cache test starts its own server), gettext (msgfmt, which
# `manage.py compilemessages` runs to build the interface catalogues) and the Noto fonts for
# Arabic and Chinese (fonts-noto-core, fonts-noto-cjk: the browser's screenshots of the pages
# in those languages show their glyphs, not empty boxes).
# Installs them with apt-get when run as root; otherwise says what to run.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
fc-list 2>/dev/null | grep -q "Noto Sans Arabic" || missing+=(fonts-noto-core)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing ${missing[*]} with apt-get ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
