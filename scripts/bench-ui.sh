#!/usr/bin/env bash
# make bench-ui: the reader's three performance figures, measured on the release binary in a
# private tmux server (120x40, LANG=C.UTF-8), each against its target:
#   1. time to first screen with a BENCH_REPORTS-report index (target <= 50 ms at 100,000),
#      from the shell's exec of the binary to the end of its first frame, with the startup
#      steps it went through;
#   2. keystroke to repaint for `j` in a 3,000-paragraph report (target <= 16 ms);
#   3. peak resident memory of a session on that index (target <= 64 MB): first screen, the
#      background check of every file, G to the last report, opening it, quitting; and of the
#      reader alone, with that check held back.
# Figures are medians over BENCH_RUNS runs (default 7). The times come from the binary's
# BYLINE_TIMINGS hook (BYLINE_LAUNCH_NS is the wall clock just before exec).
#
# BENCH_REPORTS (default 100000) sets the size of the generated corpus. BENCH_WORK keeps the
# corpus and its index between runs (generating and indexing 100,000 reports takes minutes);
# by default a temporary folder is used and removed.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_REPORTS:-100000}
RUNS=${BENCH_RUNS:-7}
SOCK="byline-bench-$$-0"
SERVERS=0
if [ -n "${BENCH_WORK:-}" ]; then
  WORK=$BENCH_WORK; mkdir -p "$WORK"
  cleanup() { tmux -L "$SOCK" kill-server 2>/dev/null || true; }
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/byline-bench.XXXXXX")
  cleanup() { tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"; }
fi
trap cleanup EXIT

# The release binary with the Swift runtime and Foundation linked in: no dynamic loading of
# Foundation and ICU at each start, which is most of the startup time.
swift build -c release --product byline --static-swift-stdlib --scratch-path .build-static >&2
BIN="$PWD/.build-static/release/byline"
if [ ! -f "$WORK/corpus/long/long-report.txt" ] || [ "$(find "$WORK/corpus/many" -name '*.txt' | wc -l)" != "$N" ]; then
  echo "generating $N reports and a 3,000-paragraph report in $WORK ..." >&2
  rm -rf "$WORK/corpus" "$WORK/home"
  python3 scripts/bench-corpus.py "$WORK/corpus" "$N"
fi
mkdir -p "$WORK/home"
export XDG_CACHE_HOME="$WORK/home/cache"   # the index folder the reader uses below

t() { tmux -L "$SOCK" -f /dev/null "$@"; }
screen() { t capture-pane -p -t 0; }
wait_until() {  # wait_until SECONDS COMMAND...: poll until COMMAND succeeds
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for: $*" >&2; screen >&2; exit 1; }
    sleep 0.02
  done
}
shows() { screen | grep -qF -- "$1"; }
shows_line() { screen | grep -qxF -- "$1"; }
indexing_done() { ! screen | tail -n 1 | grep -qF "indexing"; }

# run FOLDER TIMINGS-FILE [CACHE] [KEYS...]: start the reader on FOLDER (index in CACHE), wait
# for its first screen, send KEYS (one send each, 15 ms apart; the word WAIT-INDEXING waits
# until the background check is over, PAUSE waits half a second), quit, and leave the timings
# in TIMINGS-FILE.
run() {
  local folder=$1 out=$2 cache=${3:-$XDG_CACHE_HOME}; shift 3 || shift $#
  t kill-server 2>/dev/null || true
  rm -f "$out"
  SERVERS=$((SERVERS + 1)); SOCK="byline-bench-$$-$SERVERS"   # a fresh server each run
  t new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e TERM=tmux-256color -e HOME="$WORK/home" \
    -e XDG_CACHE_HOME="$cache" -e XDG_CONFIG_HOME="$WORK/home/config" "bash --norc --noprofile"
  t send-keys -t 0 "BYLINE_TIMINGS=$out BYLINE_LAUNCH_NS=\$(date +%s%N) exec $BIN '$folder'" Enter
  wait_until 120 shows "Reports · "
  for k in "$@"; do
    case $k in
      WAIT-INDEXING) wait_until 1200 indexing_done ;;
      PAUSE) sleep 0.5 ;;
      *) t send-keys -t 0 "$k"; sleep 0.015 ;;
    esac
  done
  t send-keys -t 0 Q
  wait_until 60 test -s "$out"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else printf "%.1f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
p95() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else printf "%.1f", a[int(NR*0.95+0.5)]}'; }
lowest() { sort -n | head -n 1 | awk '{printf "%.1f", $1}'; }
highest() { sort -n | tail -n 1 | awk '{printf "%.1f", $1}'; }
field() { grep "^$1 " "$2" | cut -d' ' -f2; }
ratio() { awk -v v="$1" -v t="$2" 'BEGIN {printf "%.2f", v / t}'; }
grouped() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }

echo "byline reader benchmark: $BIN ($(du -h "$BIN" | cut -f1)), tmux 120x40"
echo "machine: $(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg) (other work shares these cores)"

# first_screens LABEL FOLDER: RUNS first screens on FOLDER's index; prints the median, the
# range and the median of each startup step.
first_screens() {
  local label=$1 folder=$2 i
  : > "$WORK/first"; : > "$WORK/steps"; : > "$WORK/cpu"
  for i in $(seq "$RUNS"); do
    run "$folder" "$WORK/t$i"
    field first-frame-ms "$WORK/t$i" >> "$WORK/first"
    field first-frame-cpu-ms "$WORK/t$i" >> "$WORK/cpu"
    grep '^step-ms ' "$WORK/t$i" >> "$WORK/steps" || true
  done
  local m; m=$(median < "$WORK/first")
  echo "first screen, $label, indexed: median $m ms (min $(lowest < "$WORK/first"), max $(highest < "$WORK/first")) over $RUNS runs; CPU time used by then: median $(median < "$WORK/cpu") ms"
  local line="  steps, median ms since launch:"
  for step in arguments-read config-read index-opened reports-counted first-page-read terminal-started prepared rendered presented; do
    line+=" $step $(awk -v s="$step" '$2 == s {print $3}' "$WORK/steps" | median)"
  done
  echo "$line"
  FIRST_MEDIAN=$m
}

# 1. First screen.
"$BIN" index "$PWD/Articles" > /dev/null 2>&1
first_screens "bundled Articles/ ($(find Articles -type f | wc -l) files)" "$PWD/Articles"
if [ ! -d "$XDG_CACHE_HOME/byline" ] || ! ls "$XDG_CACHE_HOME"/byline/many-*.sqlite > /dev/null 2>&1; then
  start=$(date +%s%N)
  "$BIN" index "$WORK/corpus/many" > /dev/null 2>&1
  echo "indexing $(grouped "$N") reports: $(( ($(date +%s%N) - start) / 1000000 )) ms"
else
  "$BIN" index "$WORK/corpus/many" > /dev/null 2>&1   # brings a kept index up to date
fi
first_screens "$(grouped "$N") reports" "$WORK/corpus/many"
echo "  => time to first screen with $(grouped "$N") reports indexed: $FIRST_MEDIAN ms; target 50 ms; ratio $(ratio "$FIRST_MEDIAN" 50)"
rm -rf "$WORK/cold-cache"
run "$WORK/corpus/many" "$WORK/cold" "$WORK/cold-cache"
echo "first screen, $(grouped "$N") reports, no index yet (indexing starts behind it): $(field first-frame-ms "$WORK/cold") ms (one run)"
rm -rf "$WORK/cold-cache"

# 2. Keystroke to repaint.
"$BIN" index "$WORK/corpus/long" > /dev/null 2>&1
keys=(WAIT-INDEXING Enter PAUSE O PAUSE)
for _ in $(seq 200); do keys+=(j); done
run "$WORK/corpus/long" "$WORK/long" "" "${keys[@]}"
field frame-ms "$WORK/long" | tail -n +3 > "$WORK/j"   # after opening the report and maximising it
jm=$(median < "$WORK/j")
echo "j in a 3,000-paragraph report: median $jm ms, p95 $(p95 < "$WORK/j") ms, max $(highest < "$WORK/j") ms (key read to frame drawn, $(wc -l < "$WORK/j") frames for 200 presses)"
echo "  => keystroke to repaint for j: $jm ms; target 16 ms; ratio $(ratio "$jm" 16)"

# 3. Peak memory: a whole session, then the reader alone (the background check held back by
# holding the index's lock, which the indexing thread waits for before it scans the folder).
: > "$WORK/rss"
for i in $(seq 3); do
  run "$WORK/corpus/many" "$WORK/m$i" "" WAIT-INDEXING G Enter
  field peak-rss-kb "$WORK/m$i" >> "$WORK/rss"
done
rss=$(median < "$WORK/rss")
rss_mb=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
lock=$(ls "$XDG_CACHE_HOME"/byline/many-*.sqlite-lock)
: > "$WORK/rss-alone"
for i in $(seq 3); do
  flock "$lock" sleep 600 & holder=$!
  keys=(G Enter)
  for _ in $(seq 40); do keys+=(j); done
  run "$WORK/corpus/many" "$WORK/a$i" "" "${keys[@]}" q g
  kill "$holder"; wait "$holder" 2>/dev/null || true
  field peak-rss-kb "$WORK/a$i" >> "$WORK/rss-alone"
done
alone_mb=$(awk -v k="$(median < "$WORK/rss-alone")" 'BEGIN {printf "%.1f", k / 1024}')
echo "peak RSS, $(grouped "$N") reports, session with the background check of every file (first screen, check, G, open the last report): median $rss_mb MB over 3 runs"
echo "peak RSS, $(grouped "$N") reports, reader alone (first screen, G, open the last report, 40 j, back, g; check held back): median $alone_mb MB over 3 runs"
echo "  => peak memory with $(grouped "$N") reports indexed: $rss_mb MB with the check ($alone_mb MB without); target 64 MB; ratio $(ratio "$rss_mb" 64) ($(ratio "$alone_mb" 64))"
