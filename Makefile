# The two commands of the README: `make run` and `make test`. Both install missing system
# packages first (scripts/ensure-deps.sh).
SWIFT ?= swift
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: run test build release deps bench bench-postgres bench-ui bench-hostile clean fuzz bench-ner eval-ner

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

# Hostile files too big for `make test` (10 MB lines, 200 MB sparse, 100,000 reports, 20 kills).
bench-hostile: release
	./scripts/bench-hostile.sh

# The reader's first-screen time, keystroke-to-repaint and peak memory (scripts/bench-ui.sh).
bench-ui: deps
	./scripts/bench-ui.sh

clean:
	rm -rf .build

# Index BENCH_REPORTS generated reports (default 100,000) and print indexing speed, database
# size, search and entity-page latency; never part of `make test`. The corpus is generated once
# into BENCH_WORK and kept; `--search-only` in BENCH_ARGS measures queries on the last index.
BENCH_REPORTS ?= 100000
BENCH_WORK ?= /tmp/byline-bench
bench: deps
	$(SWIFT) build -c release --product byline-bench
	./.build/release/byline-bench --reports $(BENCH_REPORTS) --work $(BENCH_WORK) $(BENCH_ARGS)

# `make bench` with the same corpus also indexed into a throwaway PostgreSQL server on loopback
# (scripts/postgres-throwaway.sh), each figure beside SQLite's; the server is stopped after.
bench-postgres: deps
	$(SWIFT) build -c release --product byline-bench
	@set -e; server=$$(./scripts/postgres-throwaway.sh start --owner $$$$); url=$${server% *}; folder=$${server#* }; \
	trap './scripts/postgres-throwaway.sh stop "$$folder"' EXIT; \
	./.build/release/byline-bench --reports $(BENCH_REPORTS) --work $(BENCH_WORK) --postgres "$$url" $(BENCH_ARGS)

# Fuzz the report readers (FUZZ_TARGET=readers) or the search language against a small index
# (FUZZ_TARGET=query) with libFuzzer: FUZZ_RUNS inputs (default 1,000,000) of up to FUZZ_MAX_LEN
# bytes, each allowed 1 s and the process 1 GB. Finds land in Fuzz/crashes/; replay one with
# `BYLINE_FUZZ_TARGET=readers .build-fuzz/release/byline-fuzz FILE`.
FUZZ_TARGET ?= readers
FUZZ_RUNS ?= 1000000
FUZZ_MAX_LEN ?= 4096
fuzz: deps
	BYLINE_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz --product byline-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
	mkdir -p Fuzz/corpus-$(FUZZ_TARGET) Fuzz/crashes
	SWIFT_BACKTRACE=enable=no BYLINE_FUZZ_TARGET=$(FUZZ_TARGET) ./.build-fuzz/release/byline-fuzz Fuzz/corpus-$(FUZZ_TARGET) Fuzz/seeds-$(FUZZ_TARGET) \
		-dict=Fuzz/$(FUZZ_TARGET).dict -runs=$(FUZZ_RUNS) -max_len=$(FUZZ_MAX_LEN) -timeout=1 \
		-rss_limit_mb=1024 -malloc_limit_mb=512 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1

# Entity recognition speed: words per second on one core over the CoNLL-2003 validation text
# repeated to 5 million words (release build).
bench-ner: deps
	$(SWIFT) build -c release --product ner-bench
	./.build/release/ner-bench

# Entity recognition quality on the CoNLL-2003 validation split (person, location and
# organisation precision, recall and F1), scored by ../shared/eval/ner_eval.py.
eval-ner: release
	./scripts/eval-ner.sh .build/release/byline
