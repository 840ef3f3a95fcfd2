#!/usr/bin/env bash
# Headless Chromium + playwright-core for the widget's browser tests (make test-browser).
# Idempotent: does nothing when both are present. Needs root (or sudo) for apt the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { printf '\n[browser] ERROR: %s\n' "$*" >&2; exit 1; }

CHROMIUM="${KANSENBOT_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "[browser] Installing Chromium from Debian (first time only)..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  command -v apt-get >/dev/null 2>&1 || die "Chromium is missing and apt-get is not available. Install Chromium and set KANSENBOT_CHROMIUM=/path/to/chromium."
  $SUDO apt-get update -qq >/dev/null || die "apt-get update failed (no route to the Debian mirror?)."
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
    || die "apt-get install chromium failed."
fi
[ -x "$CHROMIUM" ] || die "Chromium not found at $CHROMIUM."

command -v npm >/dev/null 2>&1 || die "npm is missing (Debian: apt-get install nodejs npm)."
if [ ! -f tests/browser/node_modules/playwright-core/package.json ] \
   || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  echo "[browser] Installing playwright-core into tests/browser/node_modules..."
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in tests/browser (no route to the npm registry?)."
fi
echo "[browser] Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}') and playwright-core are ready."
