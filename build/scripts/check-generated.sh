#!/usr/bin/env bash
# Fails when the committed generated code (sqlc's db/dbsqlc, Wails' frontend/src/wailsjs)
# no longer matches what the generators make from the current sources. Leaves the tree as
# it found it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
fail=0

if ! go tool -modfile=build/tools/go.mod sqlc diff -f db/sqlc.yaml; then
  echo "STALE: db/dbsqlc does not match db/migrations + db/queries. Fix: run 'make generate' and commit db/dbsqlc." >&2
  fail=1
fi

saved=$(mktemp -d)
trap 'rm -rf "$saved"' EXIT
cp -a frontend/src/wailsjs "$saved/"
go tool -modfile=build/tools/go.mod wails generate module >"$saved/log" 2>&1 || { cat "$saved/log"; exit 1; }
if ! diff -r "$saved/wailsjs" frontend/src/wailsjs; then
  echo "STALE: frontend/src/wailsjs does not match the bound Go services. Fix: run 'make generate' and commit frontend/src/wailsjs." >&2
  rm -rf frontend/src/wailsjs && cp -a "$saved/wailsjs" frontend/src/
  fail=1
fi
exit $fail
