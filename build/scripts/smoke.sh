#!/usr/bin/env bash
# Starts the built binary in demo mode in a real window (run it under xvfb-run), waits
# until the window shows the landing page, saves a screenshot and stops the app.
# Usage: build/scripts/smoke.sh BINARY OUT.png [extra app flags…]
set -euo pipefail
bin=$1 out=$2; shift 2
data=$(mktemp -d)
log="$data/app.log"
"$bin" --demo --data-dir "$data" "$@" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

# The window title says "Demo" in demo mode: wait for that window (up to 60 s).
for _ in $(seq 600); do
  if ! kill -0 "$pid" 2>/dev/null; then echo "smoke: the app exited early:"; cat "$log"; exit 1; fi
  if xdotool search --onlyvisible --name '^PSA Bridge – Demo$' >/dev/null 2>&1; then break; fi
  sleep 0.1
done
xdotool search --onlyvisible --name '^PSA Bridge – Demo$' >/dev/null || { echo "smoke: no window after 60 s"; cat "$log"; exit 1; }

# The app writes "window ready" to its log once the frontend has loaded; then give the
# page a moment to fetch its data and paint.
for _ in $(seq 300); do grep -q '"window ready"' "$data/logs/psabridge.log" 2>/dev/null && break; sleep 0.1; done
grep -q '"window ready"' "$data/logs/psabridge.log" || { echo "smoke: the app never became ready"; cat "$log"; exit 1; }
sleep 3
import -window root "$out"
test -f "$data/psabridge-demo.db" || { echo "smoke: demo database was not created"; exit 1; }
echo "smoke: window up, screenshot at $out"
