# The two commands of the README: `make run` and `make test`. Both install missing system
# packages first (scripts/ensure-deps.sh).
SWIFT ?= swift
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: run test build release static-libraries deps bench bench-postgres bench-ui bench-hostile clean fuzz bench-ner eval-ner people-top install man bench-web

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

# The release binary links the Swift runtime and Foundation statically: a dynamic one spends
# about 10 ms of every start loading Foundation and ICU (STACK.md: --version 8.8 ms static,
# 19 ms dynamic), most of a `byline search`'s 15 ms budget. SQLite, ncurses and libstdc++ are
# linked in too, from a folder of links to their archives that the linker searches first
# (scripts/static-libraries.sh): loading and relocating those four took 2 to 3 ms of a search.
# It needs only libc, libm and libgcc_s.
STATIC_LIBRARIES = $(CURDIR)/.build/static-libraries
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -L$(STATIC_LIBRARIES)
static-libraries: deps
	@./scripts/static-libraries.sh $(STATIC_LIBRARIES)

release: static-libraries
	$(SWIFT) build $(RELEASE_FLAGS)

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
# size, search and entity-page latency, then whole `byline search` processes beside raw FTS5,
# grep and ripgrep (installed here if missing); never part of `make test`. The corpus is
# generated once into BENCH_WORK and kept; in BENCH_ARGS, `--search-only` measures queries on
# the last index and `--corpus DIR` measures any folder instead. Built as `make release` builds
# (static Swift runtime), so the bench times the binary that is installed.
BENCH_REPORTS ?= 100000
BENCH_WORK ?= /tmp/byline-bench
bench: static-libraries
	@command -v rg >/dev/null || apt-get install -y -qq ripgrep >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null; } || echo "ripgrep could not be installed; rg is left out"
	$(SWIFT) build $(RELEASE_FLAGS) --product byline-bench
	$(SWIFT) build $(RELEASE_FLAGS) --product byline
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
# EVAL_NER_ARGS='--half both' scores the two halves of the split's documents apart.
eval-ner: release
	./scripts/eval-ner.sh $(EVAL_NER_ARGS) .build/release/byline

# The page a journalist sees, judged: the top 100 of `byline people --kind person` over the
# CoNLL-2003 validation documents, each real, false or split by the gold spans, then the same
# over Tests/Fixtures/people-traps (scripts/people-top.sh; PEOPLE_TOP_ARGS='--half a' for one half).
people-top: release
	./scripts/people-top.sh $(PEOPLE_TOP_ARGS) .build/release/byline
	./scripts/people-top.sh --folder Tests/Fixtures/people-traps Tests/Fixtures/people-traps.expected .build/release/byline

# Install the release binary, the sample reports (opened when no folder is named), the man page
# and shell completions under PREFIX (default /usr/local; DESTDIR for staging). The man page
# and completions are written by the binary itself, from the same help texts as --help.
PREFIX ?= /usr/local
DESTDIR ?=
man: release
	mkdir -p .build/man
	./.build/release/byline generate-manual > .build/man/byline.1

install: man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/byline $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/byline $(DESTDIR)$(PREFIX)/bin/byline
	rm -rf $(DESTDIR)$(PREFIX)/share/byline/Articles
	cp -R Articles $(DESTDIR)$(PREFIX)/share/byline/Articles
	install -m 644 .build/man/byline.1 $(DESTDIR)$(PREFIX)/share/man/man1/byline.1
	./.build/release/byline --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/byline
	./.build/release/byline --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_byline
	./.build/release/byline --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/byline.fish
	@echo "Installed byline in $(DESTDIR)$(PREFIX)/bin (samples in share/byline/Articles, man byline)"

# Reading speed of saved web pages, in process: median, p90 and slowest per-page time over the
# development pages in ../shared/eval/web-pages (release build).
WEB_PAGES ?= ../shared/eval/web-pages/pages
bench-web: deps
	$(SWIFT) build -c release --product web-bench
	./.build/release/web-bench $(WEB_PAGES)
