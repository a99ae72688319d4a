#!/usr/bin/env bash
# Installs what building (and, with "test", testing) PSA Bridge needs, skipping whatever
# is already there, so it is safe to run on every `make run` / `make test`.
# Usage: build/scripts/install-deps.sh build|test
set -euo pipefail
what=${1:-build}
root=$(cd "$(dirname "$0")/../.." && pwd)

build_pkgs=(libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config)
test_pkgs=(cron xvfb xauth xdotool imagemagick chromium nsis fonts-dejavu-core fonts-liberation2 fonts-noto-color-emoji curl)
pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

# 1. System packages (Debian/Ubuntu). Elsewhere, say what is needed and go on.
if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
elif [ "$(uname)" = Linux ]; then
  echo "Not Debian/Ubuntu: install GTK 3 and WebKitGTK 4.1 development packages yourself (${build_pkgs[*]})." >&2
fi

# 2. Go and Node versions: modernc/goose/sqlc need Go 1.26; Vite 8 needs Node 20.19+.
go_minor=$(go env GOVERSION | sed -E 's/^go1\.([0-9]+).*/\1/')
[ "$go_minor" -ge 26 ] || { echo "Go 1.26 or newer is needed (found $(go env GOVERSION))." >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
  { echo "Node.js 20.19 or newer is needed (found $(node --version)). Do not use Debian's nodejs 18." >&2; exit 1; }

# 3. Pinned Go tools (Wails CLI v2.15.0, sqlc v1.31.1, actionlint) come from build/tools/go.mod:
#    downloading them now keeps the first `go tool` call from looking hung.
(cd "$root" && go mod download -modfile=build/tools/go.mod)

# 4. npm packages, exactly as locked, only when the lock file changed since the last install.
stamp="$root/frontend/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/frontend/package-lock.json" -nt "$stamp" ]; then
  (cd "$root/frontend" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 5. go:embed needs frontend/dist to exist even before the first frontend build.
mkdir -p "$root/frontend/dist" && touch "$root/frontend/dist/.gitkeep"
