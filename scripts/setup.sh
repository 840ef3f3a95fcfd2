#!/usr/bin/env bash
# One-time (and idempotent) set-up of Kansenbot's Python environment in .venv/.
# Re-running with unchanged requirements takes a second: a stamp holds the hash of what was installed.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.kansenbot-installed"
# About 3 GB installed plus pip's temporary files; overridable for unusual file systems.
NEED_MB="${KANSENBOT_SETUP_NEED_MB:-4000}"

die() { printf '\n[setup] ERROR: %s\n' "$*" >&2; exit 1; }

is_py311() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' >/dev/null 2>&1; }
version_of() { "$1" --version 2>&1 | head -n1 || true; }

if [ -n "${PYTHON:-}" ]; then
  is_py311 "$PYTHON" || die "Kansenbot needs Python 3.11, but PYTHON=$PYTHON is not (it reports: $(version_of "$PYTHON"))."
else
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && is_py311 "$candidate"; then
      PYTHON=$candidate; break
    fi
  done
  [ -n "${PYTHON:-}" ] || die "Kansenbot needs Python 3.11 (found: $(version_of python3)). Install python3.11 (Debian/Ubuntu: apt-get install python3.11 python3.11-venv) or set PYTHON=/path/to/python3.11."
fi
# An environment left by another Python version would fail in confusing ways later.
if [ -x "$VENV/bin/python" ] && ! is_py311 "$VENV/bin/python"; then
  die "$VENV was made with $(version_of "$VENV/bin/python"), not Python 3.11. Remove it (rm -rf $VENV) and run again."
fi

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
  # Requires-Python <3.11 but run on 3.11 (see requirements/lock.txt).
  if ! "$VENV/bin/pip" install --disable-pip-version-check -r requirements/lock.txt >"$log" 2>&1 \
     || ! "$VENV/bin/pip" install --disable-pip-version-check --no-deps --ignore-requires-python -r requirements/rasa.txt >>"$log" 2>&1; then
    grep -v 'is ignored: it is neither' "$log" | tail -15 >&2
    if grep -qiE 'connection|resolve|network|timed out|proxy|No matching distribution' "$log"; then
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
