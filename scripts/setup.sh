#!/usr/bin/env bash
# One-time (and idempotent) set-up of Kansenbot's Python environment in .venv/.
# Re-running with unchanged requirements takes a second: a stamp holds the hash of what was installed.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.kansenbot-installed"
NEED_MB=4000

die() { printf '\n[setup] ERROR: %s\n' "$*" >&2; exit 1; }

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
      PYTHON=$candidate; break
    fi
  done
fi
[ -n "$PYTHON" ] || die "Kansenbot needs Python 3.11 (found: $(python3 --version 2>&1 || echo none)). Install python3.11 or set PYTHON=/path/to/python3.11."
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || die "$PYTHON is not Python 3.11."

want=$(cat requirements/lock.txt requirements/rasa.txt | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/rasa" ]; then
  echo "[setup] Python environment is up to date ($VENV)."
else
  free_mb=$(df -Pm . | awk 'NR==2 {print $4}')
  [ "${free_mb:-0}" -ge "$NEED_MB" ] || die "Not enough disk space: ${free_mb} MB free here, the environment needs about ${NEED_MB} MB."
  echo "[setup] Installing the pinned Python environment into $VENV (about 5 minutes the first time)..."
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV" || die "Could not create $VENV (is the venv module installed? Debian: apt-get install python3-venv)."
  log=$(mktemp)
  # Dependencies first with exact pins, then rasa and rasa-sdk themselves: they declare
  # Requires-Python <3.11 but run on 3.11 (see DEVELOPERS.md / requirements/lock.txt).
  if ! "$VENV/bin/pip" install --disable-pip-version-check -r requirements/lock.txt >"$log" 2>&1 \
     || ! "$VENV/bin/pip" install --disable-pip-version-check --no-deps --ignore-requires-python -r requirements/rasa.txt >>"$log" 2>&1; then
    grep -v 'is ignored: it is neither' "$log" | tail -15 >&2
    if grep -qiE 'connection|resolve|network|timed out|No matching distribution' "$log"; then
      die "pip could not reach the package registry (PyPI). Check the network or a proxy (PIP_INDEX_URL), then run again."
    fi
    die "pip failed; the full log is in $log."
  fi
  rm -f "$log"
  echo "$want" > "$STAMP"
  echo "[setup] Python environment ready."
fi

# The Dutch spaCy pipeline: official when it can be had, otherwise the announced fallback.
"$VENV/bin/python" -m bot.nlp.spacy_pipeline setup --stage set-up
