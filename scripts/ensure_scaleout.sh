#!/usr/bin/env bash
# Make sure the programs of the scale-out test and the deployment checks are installed (Debian packages):
#   redis-server    Rasa's Redis lock store, shared by the Rasa replicas
#   haproxy         the reverse proxy in deploy/haproxy/ (the test runs that very config; `haproxy -c` checks it)
#   systemd-analyze `systemd-analyze verify` of the units in deploy/systemd/ (package systemd)
# Nothing is started or enabled as a service here: the tests start their own servers in temporary folders
# on free loopback ports and stop them again.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "[scale-out] missing: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]}) and run again." >&2
    exit 1
  fi
else
  SUDO=""
fi

echo "[scale-out] installing the Debian packages ${missing[*]} for the scale-out test and the deployment checks..."
# Debian starts a freshly installed service unless policy-rc.d says no; the tests never use a system
# service, and a system redis-server would hold port 6379. Only a policy file we wrote ourselves is removed.
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  own_policy=yes
fi
cleanup() { if [ -n "$own_policy" ]; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || { echo "[scale-out] ERROR: apt-get update failed (no route to the Debian mirror?)." >&2; exit 1; }
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "[scale-out] ERROR: apt-get install ${missing[*]} failed." >&2; exit 1; }
for program in redis-server haproxy systemd-analyze; do
  command -v "$program" >/dev/null 2>&1 || { echo "[scale-out] ERROR: $program still missing after apt-get." >&2; exit 1; }
done
echo "[scale-out] installed: ${missing[*]}."
