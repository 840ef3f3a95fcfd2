#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl) are installed: the tracker-store tests start a
# throwaway cluster on loopback. Debian/Ubuntu package; nothing is started or enabled as a service here.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "[postgres] initdb not found. Install PostgreSQL (Debian: sudo apt-get install -y postgresql) and run again." >&2
  exit 1
fi
echo "[postgres] installing the Debian postgresql package for the tracker-store tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
# The package may start a system cluster; the tests never use it, and it would hold port 5432.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h 2>/dev/null | while read -r version name _; do pg_ctlcluster "$version" "$name" stop 2>/dev/null || true; done
fi
ls /usr/lib/postgresql/*/bin/initdb >/dev/null
echo "[postgres] installed."
