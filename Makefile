# Takedown Desk. `make run` starts the app, `make test` runs every check.
export PATH := $(PATH):/usr/local/go/bin

BIN      := takedowndesk
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS  := -s -w -X main.version=$(VERSION)
# -trimpath is kept for release builds (.ci/dist): it would recompile the
# cgo parts that `go test` has just built.
GOFLAGS_BUILD := -ldflags "$(LDFLAGS)"

.PHONY: run build test deps test-deps lint bench fuzz faults clean dist installers-check

run: build
	./$(BIN) $(ARGS)

deps:
	@.ci/deps build

test-deps:
	@.ci/deps test

build: deps
	go build $(GOFLAGS_BUILD) -o $(BIN) .

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

test: test-deps lint
	go test ./...
	# the desk's queries run beside the UI goroutine: its two packages
	# under the race detector too
	go test -race ./app/desk ./ui
	go build $(GOFLAGS_BUILD) -o $(BIN) .
	.ci/smoke ./$(BIN) build/out/screenshot.png

bench: build
	.ci/bench

# Fault injection (kill -9, full disk, locks, read-only, damaged pages, no
# network) on the built program; ends with one "FAULTS ..." line per check.
# FAULTS_SEED=N repeats a run's kill points, FAULTS_KILLS=N sets how many.
faults: build
	.ci/faults ./$(BIN)

# Every fuzz target of every package, FUZZTIME each (default 10m; about
# 3 hours for all), one "FUZZ ..." line per target; a crasher fails it and
# is kept in the package's testdata/fuzz. FUZZ_ONLY=REGEXP picks targets.
fuzz:
	FUZZTIME=$${FUZZTIME:-10m} .ci/fuzz

clean:
	rm -rf $(BIN) build/out dist

dist:
	@.ci/deps dist
	.ci/dist

# Installs what `make dist` built: the .deb into a scratch root with dpkg
# (install, upgrade over the previous version, remove), the Windows setup
# under Wine when it can be installed, the macOS bundle's layout when one is
# in dist/. One "INSTALL ..." line per check.
installers-check: dist
	.ci/installers-check
