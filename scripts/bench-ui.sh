#!/usr/bin/env bash
# make bench-ui: the reader's time to first screen, keystroke-to-repaint for `j` in a long report,
# and peak memory, measured on the release binary in a private tmux server.
# BENCH_REPORTS (default 2000) sets the size of the generated corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_REPORTS:-2000}
SOCK="byline-bench-$$-0"
RUNS=0
# BENCH_WORK keeps the generated corpus and its index between runs (generating and indexing
# 100,000 reports takes minutes); by default a temporary folder is used and removed.
if [ -n "${BENCH_WORK:-}" ]; then
  WORK=$BENCH_WORK; mkdir -p "$WORK"
  cleanup() { tmux -L "$SOCK" kill-server 2>/dev/null || true; }
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/byline-bench.XXXXXX")
  cleanup() { tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"; }
fi
trap cleanup EXIT

swift build -c release --product byline >&2
BIN="$PWD/.build/release/byline"
if [ ! -f "$WORK/corpus/long/long-report.txt" ] || [ "$(find "$WORK/corpus/many" -name '*.txt' | wc -l)" != "$N" ]; then
  echo "generating $N reports and a 3,000-paragraph report in $WORK ..." >&2
  rm -rf "$WORK/corpus" "$WORK/home"
  python3 scripts/bench-corpus.py "$WORK/corpus" "$N"
fi
mkdir -p "$WORK/home"

t() { tmux -L "$SOCK" -f /dev/null "$@"; }
screen() { t capture-pane -p -t 0; }
wait_for() {  # wait_for TEXT [SECONDS]: poll the screen until it shows TEXT
  local deadline=$((SECONDS + ${2:-120}))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for: $1" >&2; screen >&2; exit 1; }
    sleep 0.02
  done
}

wait_for_line() {  # wait_for_line TEXT: poll until a whole line of the screen is TEXT
  local deadline=$((SECONDS + 120))
  until screen | grep -qxF -- "$1"; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for the line: $1" >&2; screen >&2; exit 1; }
    sleep 0.02
  done
}

# run FOLDER TIMINGS-FILE KEYS...: start the reader on FOLDER, send KEYS (one send each,
# 15 ms apart), quit, and leave the timings in TIMINGS-FILE.
run() {
  local folder=$1 out=$2; shift 2
  t kill-server 2>/dev/null || true
  RUNS=$((RUNS + 1)); SOCK="byline-bench-$$-$RUNS"   # a fresh server each run
  t new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e TERM=tmux-256color -e HOME="$WORK/home" \
    -e XDG_CACHE_HOME="$XDG_CACHE_HOME" -e XDG_CONFIG_HOME="$WORK/home/config" "bash --norc --noprofile"
  t send-keys -t 0 "BYLINE_TIMINGS=$out BYLINE_LAUNCH_NS=\$(date +%s%N) $BIN '$folder'; echo '[done]'" Enter
  wait_for "Reports · "
  for k in "$@"; do t send-keys -t 0 "$k"; sleep 0.015; done
  t send-keys -t 0 Q
  wait_for_line "[done]"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
p95() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else printf "%.2f", a[int(NR*0.95+0.5)]}'; }
field() { grep "^$1 " "$2" | cut -d' ' -f2; }

export XDG_CACHE_HOME="$WORK/home/cache"   # the same index folder the reader uses below

for corpus in "Articles:$PWD/Articles" "$N generated:$WORK/corpus/many"; do
  label=${corpus%%:*}; folder=${corpus#*:}
  # With no index yet the first screen comes at once and indexing runs behind it.
  run "$folder" "$WORK/cold"
  echo "first screen, $label, before any indexing: $(field first-frame-ms "$WORK/cold") ms"
  start=$(date +%s%N)
  "$BIN" index "$folder" > /dev/null 2>&1
  echo "indexing $label: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  : > "$WORK/first"
  for i in 1 2 3 4 5; do
    run "$folder" "$WORK/t$i"
    field first-frame-ms "$WORK/t$i" >> "$WORK/first"
  done
  echo "first screen, $label, indexed: median $(median < "$WORK/first") ms over 5 runs; peak RSS $(field peak-rss-kb "$WORK/t5") kB"
done

"$BIN" index "$WORK/corpus/long" > /dev/null 2>&1
keys=(Enter O)
for _ in $(seq 200); do keys+=(j); done
run "$WORK/corpus/long" "$WORK/long" "${keys[@]}"
tail -n 200 <(field frame-ms "$WORK/long") > "$WORK/j"
echo "j in a 3,000-paragraph report: median $(median < "$WORK/j") ms, p95 $(p95 < "$WORK/j") ms, max $(sort -n "$WORK/j" | tail -1) ms (key handled to screen updated, 200 presses); peak RSS $(field peak-rss-kb "$WORK/long") kB"
