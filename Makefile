# The two commands of the README: `make run` and `make test`. Both install missing system
# packages first (scripts/ensure-deps.sh).
SWIFT ?= swift
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: run test build release deps bench clean

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Build and open the reader on the bundled Articles/.
run: build
	./.build/debug/byline Articles

# The whole test suite (what .ci/run runs).
test: build
	$(SWIFT) test

clean:
	rm -rf .build
