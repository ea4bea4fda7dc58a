#!/usr/bin/env bash
# The people page a journalist sees, measured: the top N of `byline people --kind person` over a
# folder of reports, each name judged real, false or split (scripts/people-top.py says how, and
# where the method stops).
#
#   scripts/people-top.sh [--half a|b|all] [--top N] [BYLINE_BINARY]
#       the CoNLL-2003 validation documents (../shared/eval), one report per -DOCSTART-
#       document, judged against the gold PER spans
#   scripts/people-top.sh --folder DIR EXPECTED [--top N] [BYLINE_BINARY]
#       any folder, judged against EXPECTED (one person a line: canonical name | other forms),
#       as Tests/Fixtures/people-traps with Tests/Fixtures/people-traps.expected
#
# The list is printed in full so it can be judged by hand too; the last line gives the counts.
set -euo pipefail
cd "$(dirname "$0")/.."
half=all
top=100
folder=
expected=
while [ $# -gt 0 ]; do
    case "$1" in
        --half) half=${2:?"people-top: --half needs a, b or all"}; shift 2 ;;
        --top) top=${2:?"people-top: --top needs a number"}; shift 2 ;;
        --folder) folder=${2:?"people-top: --folder needs DIR EXPECTED"}; expected=${3:?"people-top: --folder needs DIR EXPECTED"}; shift 3 ;;
        *) break ;;
    esac
done
case "$half" in all|a|b) ;; *) echo "people-top: --half takes a, b or all, not '$half'" >&2; exit 2 ;; esac
bin=${1:-.build/release/byline}
[ -x "$bin" ] || { echo "people-top: $bin not built; run 'swift build -c release' first" >&2; exit 1; }
work=${TMPDIR:-/tmp}/byline-people-top
rm -rf "$work"
mkdir -p "$work"

# The top names of folder $1, as JSON, from a fresh index outside the folder.
listing() {
    "$bin" index "$1" --index "$work/index.sqlite" >/dev/null
    "$bin" people --dir "$1" --index "$work/index.sqlite" --kind person --limit "$top" --json > "$work/people.json"
}

if [ -n "$folder" ]; then
    listing "$folder"
    python3 scripts/people-top.py expected "$expected" "$work/people.json"
    exit 0
fi

shared=${BYLINE_SHARED:-../shared}
conll="$shared/eval/conll2003-valid.txt"
[ -f "$conll" ] || { echo "people-top: $conll not found; place the shared folder beside the checkout" >&2; exit 1; }
# The documents of the chosen half, as eval-ner.sh splits them.
python3 scripts/conll-half.py "$conll" "$half" > "$work/conll.txt"
python3 "$shared/eval/ner_eval.py" dump "$work/conll.txt" "$work/dump" >/dev/null
# The reports alone, without the gold files beside them.
mkdir -p "$work/reports"
cp "$work"/dump/doc*.txt "$work/reports/"
listing "$work/reports"
"$bin" entities --jsonl "$work/reports" > "$work/entities.jsonl"
python3 scripts/people-top.py conll "$work/dump" "$work/people.json" "$work/entities.jsonl"
