# PSA Bridge — the two commands a newcomer needs are `make run` and `make test`.
# Pinned tools come from build/tools/go.mod (Wails CLI v2.15.0, sqlc v1.31.1, actionlint) and
# run through `go tool`, so nothing depends on what is on PATH.

SHELL    := /bin/bash
# A release tag, else wails.json's productVersion plus the commit (never a bare hash).
VERSION  ?= $(shell git describe --tags --dirty 2>/dev/null || echo "$$(sed -n 's/.*"productVersion": *"\([^"]*\)".*/\1/p' wails.json)+$$(git rev-parse --short HEAD 2>/dev/null || echo dev)")
LDFLAGS  := -X main.version=$(VERSION)
WAILS    := go tool -modfile=build/tools/go.mod wails
SQLC     := go tool -modfile=build/tools/go.mod sqlc
XVFB     := xvfb-run -a -s "-screen 0 1280x820x24"
BIN      := build/bin/psa-bridge
FUZZTIME ?= 20s

.PHONY: run dev build windows test e2e e2e-perf screenshots generate check-generated vet go-test fuzz \
        frontend-check smoke native-layout lint-workflows deps deps-test clean

## run: install what is missing, build, and start the app (on demo data until accounts are set up)
run: deps build
	$(BIN) $(ARGS)

## dev: live-reloading development window (add ARGS="--demo" for the sandboxes)
dev: deps
	$(WAILS) dev -appargs "$(ARGS)"

## build: the Linux desktop binary in build/bin/
build: deps
	$(WAILS) build -ldflags "$(LDFLAGS)"

## windows: cross-built build/bin/psa-bridge.exe plus its NSIS installer (no C toolchain needed)
windows: deps
	$(WAILS) build -platform windows/amd64 -nsis -ldflags "$(LDFLAGS)" -o psa-bridge.exe
	@ls -l build/bin/*.exe

## test: everything CI checks, installing its own needs first
test: deps-test check-generated vet go-test fuzz frontend-check lint-workflows build windows smoke native-layout e2e e2e-perf
	@echo "make test: all checks passed"

deps:
	@build/scripts/install-deps.sh build

deps-test:
	@build/scripts/install-deps.sh test

## generate: regenerate sqlc code and the Wails bindings after changing SQL or bound Go types
generate:
	$(SQLC) generate -f db/sqlc.yaml
	$(WAILS) generate module

check-generated:
	@build/scripts/check-generated.sh

vet:
	go vet ./...

go-test:
	go test -race -count=1 ./...

## fuzz: the ConnectWise conditions builder against the sandbox's parser, for FUZZTIME
fuzz:
	@if [ -d app/internal/connectwise ]; then \
	  go test -run='^$$' -fuzz=FuzzConditions -fuzztime=$(FUZZTIME) ./app/internal/connectwise; fi

frontend-check:
	cd frontend && npm run typecheck && npm run lint && npm test

lint-workflows:
	go tool -modfile=build/tools/go.mod actionlint .github/workflows/*.yml

## smoke: start the built binary in a real window under Xvfb, wait for it, screenshot it
smoke:
	$(XVFB) build/scripts/smoke.sh $(BIN) build/bin/smoke.png

## native-layout: the configure page in the built window at 900×600, 1280×800 and 1920×1080, EN + DE:
## screenshots in build/bin/native-layout/, fails on overlapping controls or content off the edge
native-layout:
	xvfb-run -a -s "-screen 0 1920x1080x24" build/scripts/native-layout.sh $(BIN) build/bin/native-layout

## e2e: Playwright (Debian's Chromium) against `wails dev` on demo data, under Xvfb
e2e: deps-test
	$(XVFB) build/scripts/with-wails-dev.sh npm --prefix frontend run e2e

## e2e-perf: keystroke → typeahead options on screen, in Chromium against `wails dev` serving
## the production React build (what users run; the development build adds React's dev checks)
e2e-perf: deps-test
	NODE_ENV=production $(XVFB) build/scripts/with-wails-dev.sh node --test frontend/e2e/perf/*.test.mjs

## screenshots: refresh the README's screenshots in build/screenshots/
screenshots: deps-test
	$(XVFB) build/scripts/with-wails-dev.sh node frontend/e2e/screenshots.mjs build/screenshots

bench:
	go test -run='^$$' -bench=. -benchmem ./...

clean:
	rm -rf build/bin frontend/node_modules
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
