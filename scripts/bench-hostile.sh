#!/usr/bin/env bash
# The hostile-file cases too big or slow for `make test`, measured with the release binary:
# a 10 MB report on one line in each format, a 200 MB sparse file, 100,000 tiny reports, and
# 20 SIGKILLs of the indexer over a 60,000-report corpus (a run long enough for several
# commits). Prints wall time, CPU time and peak memory per case.
# Usage: scripts/bench-hostile.sh [WORK_DIR]   (make bench-hostile)
set -euo pipefail

BYLINE=${BYLINE_BIN:-./.build/release/byline}
WORK=${1:-/tmp/byline-bench-hostile}
TINY=${TINY_REPORTS:-100000}
rm -rf "$WORK"
mkdir -p "$WORK/lines" "$WORK/big" "$WORK/tiny"
export XDG_CACHE_HOME="$WORK/cache"

# measure LABEL COMMAND...: one row with wall seconds, CPU seconds, peak resident MB, exit status.
measure() {
    local label=$1
    shift
    local status=0
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || status=$?
    read -r wall user sys kb < <(tail -1 "$WORK/time")
    printf '%-44s %8.2f s %8.2f s CPU %7d MB  exit %d\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((kb / 1024))" "$status"
}

python3 - "$WORK/lines" <<'EOF'
import json, sys
folder = sys.argv[1]
sentence = ("Herders around Lake Balkhash moved their flocks north as the water retreated, "
            "Energy Minister Dmitri Volkov said on Monday. ")
size = 10 * 1024 * 1024
plain = (sentence * (size // len(sentence) + 1))[:size]
markup = '[Okafor](https://example.org/o) **spoke** _today_ ![Dry shore](shore.jpg "The shore [Mariana Costa/Reuters]") '
marked = (markup * (size // len(markup) + 1))[:size]
files = {
    "line.txt": "June 3, 2024\n\n" + plain + "\n",
    "line-no-spaces.txt": "June 3, 2024\n\n" + "x" * size + "\n",
    "line.md": "---\ntitle: One long line\n---\n" + plain + "\n",
    "line-markup.md": "---\ntitle: One long line of markup\n---\n" + marked + "\n",
    "line.json": json.dumps({"title": "One long line", "text": plain, "publish_date": "2024-06-03"}),
    "line.html": "<html><head><title>One long line</title></head><body><article><p>" + plain + "</p></article></body></html>",
}
for name, text in files.items():
    open(f"{folder}/{name}", "w").write(text)
EOF

echo "== one 10 MB line (byline show --json)"
for f in "$WORK"/lines/*; do
    measure "$(basename "$f")" "$BYLINE" show --json "$f"
done

echo "== 200 MB sparse file beside one report (skipped by its size, never read)"
truncate -s 200M "$WORK/big/dump.txt"
cp "$WORK/lines/line.txt" "$WORK/big/report.txt"
measure "show dump.txt" "$BYLINE" show "$WORK/big/dump.txt"
echo "   $(cat "$WORK/err")"
measure "index (dump.txt + a 10 MB report)" "$BYLINE" index "$WORK/big" --index "$WORK/big.sqlite"
sed 's/^/   /' "$WORK/err"

echo "== $TINY tiny reports"
python3 - "$WORK/tiny" "$TINY" <<'EOF'
import os, sys
folder, count = sys.argv[1], int(sys.argv[2])
for k in range(count):
    sub = f"{folder}/{k // 1000:03d}"
    if k % 1000 == 0:
        os.makedirs(sub, exist_ok=True)
    with open(f"{sub}/r{k:06d}.txt", "w") as f:
        f.write(f"June 3, 2024\n\nReport {k} from Rotterdam\n\nMayor Marianne de Graaf spoke in Rotterdam on Monday.\n")
EOF
measure "index, first run" "$BYLINE" index "$WORK/tiny" --index "$WORK/tiny.sqlite"
head -1 "$WORK/out" | sed 's/^/   /'
measure "index, nothing changed" "$BYLINE" index "$WORK/tiny" --index "$WORK/tiny.sqlite"
measure "search" "$BYLINE" search Rotterdam --dir "$WORK/tiny" --index "$WORK/tiny.sqlite"

# Enough reports that a run spans several of the indexer's two-second commits, so that kills
# also land between commits and leave part of the corpus indexed.
KILL_REPORTS=60000
echo "== 20 SIGKILLs at random moments while indexing $KILL_REPORTS reports"
python3 - "$WORK/kill" "$KILL_REPORTS" <<'EOF'
import os, sys
folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
people = ["Amara Okafor", "Dmitri Volkov", "Sofia Lindqvist", "Kenji Watanabe", "Marianne de Graaf"]
for k in range(int(sys.argv[2])):
    who = people[k % len(people)]
    with open(f"{folder}/r{k:05d}.txt", "w") as f:
        f.write(f"June {k % 28 + 1}, 2024\n\nReport {k} on the water talks\n\n"
                f"GENEVA — {who} said on Monday that talks on water rights would go on. " * 3 + "\n")
EOF
KILLDB="$WORK/kill.sqlite"
# The first run warms the file cache; the second, on a new index, gives a run's length.
"$BYLINE" index "$WORK/kill" --index "$WORK/kill-warmup.sqlite" > /dev/null
START=$(date +%s.%N)
"$BYLINE" index "$WORK/kill" --index "$WORK/kill-reference.sqlite" > /dev/null
FULL=$(echo "$(date +%s.%N) - $START" | bc)
printf '   a full run takes %.2f s\n' "$FULL"
opened=0
interrupted=0
partial=0
for k in $(seq 1 20); do
    if (( k % 2 == 1 )); then rm -f "$KILLDB" "$KILLDB-wal" "$KILLDB-shm"; fi
    "$BYLINE" index "$WORK/kill" --index "$KILLDB" > /dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(random.uniform(0, $FULL))")"
    if kill -KILL "$pid" 2> /dev/null; then interrupted=$((interrupted + 1)); fi
    wait "$pid" 2> /dev/null || true
    # Killed before it made the file: nothing to check.
    [[ -e "$KILLDB" ]] || { opened=$((opened + 1)); continue; }
    check=$(python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("pragma integrity_check").fetchone()[0], db.execute("select count(*) from article").fetchone()[0])' "$KILLDB" 2>&1 || true)
    [[ "$check" == ok* ]] && opened=$((opened + 1))
    count=${check##* }
    if [[ "$check" == ok* ]] && (( count > 0 && count < KILL_REPORTS )); then partial=$((partial + 1)); fi
    echo "   kill $k: integrity ${check:-unreadable} reports"
done
reports=$("$BYLINE" index "$WORK/kill" --index "$KILLDB" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["reports"])')
echo "   $interrupted of 20 kills cut a run short ($partial between commits, leaving part of the corpus indexed); sound after $opened of 20; the next run ends with $reports of $KILL_REPORTS reports"
