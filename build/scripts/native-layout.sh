#!/usr/bin/env bash
# The configure page in the built binary's real window (WebKitGTK) at the sizes users have:
# the minimum 900×600, the default 1280×800 and 1920×1080, in English and in German (the
# long German compounds are what overflow first). For each size and language it starts the
# app on demo data with --layout-probe configure:LANG, resizes the window (xdotool), waits
# for the frontend's layout report in the log (overlapping controls, content off the right
# edge, names over two lines, sidebar labels and column headings that do not fit), takes a
# screenshot (ImageMagick) and fails on any problem or a blank screenshot. Run it under xvfb-run with a screen of at least 1920×1080.
# Usage: build/scripts/native-layout.sh BINARY OUTDIR
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"
failed=0

check_size() {
  local w=$1 h=$2 lang=$3 data pid win report shot colours
  data=$(mktemp -d)
  "$bin" --demo --data-dir "$data" --layout-probe "configure:$lang" >"$data/app.log" 2>&1 &
  pid=$!
  # shellcheck disable=SC2064 # expand now: each size has its own process and folder
  trap "kill $pid 2>/dev/null || true; rm -rf '$data'" RETURN

  win=
  for _ in $(seq 600); do
    kill -0 "$pid" 2>/dev/null || { echo "native-layout: the app exited early:"; cat "$data/app.log"; return 1; }
    win=$(xdotool search --onlyvisible --name '^PSA Bridge – Demo$' 2>/dev/null | head -1) && [ -n "$win" ] && break
    sleep 0.1
  done
  [ -n "$win" ] || { echo "native-layout: no window after 60 s"; return 1; }
  # The frontend reports after every resize once the page has settled; wait for the
  # report at this size (up to 90 s: the first start discovers the demo products). GTK may
  # still apply its default size right after mapping the window, so resize until it holds.
  report=
  for i in $(seq 900); do
    if (( i % 20 == 1 )); then
      win=$(xdotool search --onlyvisible --name '^PSA Bridge – Demo$' 2>/dev/null | tail -1) || true
      [ -z "$win" ] || xdotool windowmove "$win" 0 0 windowsize "$win" "$w" "$h" 2>/dev/null || true
    fi
    report=$(grep '"msg":"layout probe"' "$data/logs/psabridge.log" 2>/dev/null | grep "\"page\":\"configure:$lang\",\"width\":$w,\"height\":$h," | tail -1) && [ -n "$report" ] && break
    sleep 0.1
  done
  [ -n "$report" ] || { echo "native-layout: no layout report at ${w}×${h} ($lang)"; tail -5 "$data/logs/psabridge.log"; return 1; }

  shot="$out/native-configure-${lang}-${w}x${h}.png"
  import -window "$win" "$shot"
  # Not blank: a rendered page has text, lines and colours, hundreds of distinct colours.
  colours=$(identify -format '%k' "$shot")
  echo "native-layout ${w}×${h} ($lang): $(identify -format '%wx%h' "$shot"), $colours colours; $report"
  if [ "$colours" -lt 50 ]; then echo "native-layout: the screenshot at ${w}×${h} ($lang) looks blank"; return 1; fi
  if ! grep -q '"problems":0,' <<<"$report"; then echo "native-layout: layout problems at ${w}×${h} ($lang)"; return 1; fi
}

for lang in en de; do
  for size in 900x600 1280x800 1920x1080; do
    check_size "${size%x*}" "${size#*x}" "$lang" || failed=1
  done
done
exit "$failed"
