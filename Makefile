# EventGraph — the two commands: `make demo` and `make test`. Both install what is missing first.
SWIFT        ?= swift
APT_PACKAGES := libsqlite3-dev libgraphviz-dev libzstd-dev pkg-config fonts-dejavu-core fonts-noto-core
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN  := .build/release/eventgraph

.PHONY: all deps build release demo test check-reliability bench clean

all: build

## deps: install the system packages that are missing (Debian/Ubuntu, apt-get)
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "system packages: all present"; fi

## build: debug build of everything
build: deps
	$(SWIFT) build

## release: optimised build of the command-line tool
release: deps
	$(SWIFT) build -c release --product eventgraph

## demo: build the example outputs in Output/ from the articles in Fixtures/
demo: release
	$(RELEASE_BIN) build Fixtures --out Output --fresh --quiet
	@ls -l Output

## test: the whole test suite (unit, corpus, end-to-end and quality tests, and the gazetteer converter's rules)
test: deps
	python3 -m unittest discover -s Sources/ActorRecognizer/Resources/gazetteer/tools -p 'test_*.py'
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## check-reliability: the command under abuse — 1,000 files with 5 % garbage, 4 and 2 concurrent
## ingests, 20 ingests killed with SIGKILL, build of ../shared/corpus/dev as JSON Lines (CI runs it after test)
check-reliability: deps
	$(SWIFT) build --product eventgraph
	python3 Scripts/check-reliability.py --eventgraph .build/debug/eventgraph

## bench: benchmarks on a release build, each with its baseline measured in the same run
bench: deps
	python3 -m pip install -q dateparser kuzu || echo "baselines: pip could not install dateparser/kuzu; their columns will say skipped"
	$(SWIFT) build -c release --product eventgraph-bench
	$(SWIFT) build -c release --product eventgraph
	.build/release/eventgraph-bench --shared ../shared

clean:
	$(SWIFT) package clean
