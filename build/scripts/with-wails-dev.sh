#!/usr/bin/env bash
# Runs a command against `wails dev` on demo data (run it under xvfb-run: wails dev opens a
# real window). Starts wails dev with a fresh data folder, waits for http://localhost:$WAILS_DEV_PORT (default 34115;
# set it to run several at once),
# runs the command, then stops wails dev and everything it started. PSA_BRIDGE_APPARGS adds
# app flags (e.g. --demo-scale 500x10).
# Usage: build/scripts/with-wails-dev.sh COMMAND [ARGS…]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
data=$(mktemp -d)
log=${WAILS_DEV_LOG:-$data/wails-dev.log}
port=${WAILS_DEV_PORT:-34115}
export PSA_BRIDGE_URL="http://localhost:$port/"
cd "$root"
go tool -modfile=build/tools/go.mod wails dev -devserver "localhost:$port" -m -s -noreload -nogorebuild -skipbindings \
  -appargs "--demo --data-dir $data ${PSA_BRIDGE_APPARGS:-}" >"$log" 2>&1 &
wpid=$!
stop() {
  kill -INT "$wpid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$wpid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$wpid" 2>/dev/null || true
  # wails dev starts vite and the app: make sure none of them outlives us.
  pkill -f "$data" 2>/dev/null || true
  pkill -f "vite" -P "$wpid" 2>/dev/null || true
  wait "$wpid" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT
for i in $(seq 600); do # up to 5 minutes: the first dev build recompiles everything
  curl -sf -o /dev/null $PSA_BRIDGE_URL && break
  kill -0 "$wpid" 2>/dev/null || { echo "wails dev exited:"; tail -50 "$log"; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null $PSA_BRIDGE_URL || { echo "wails dev did not come up:"; tail -50 "$log"; exit 1; }
"$@"
