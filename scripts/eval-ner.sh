#!/usr/bin/env bash
# Scores `byline entities` on the CoNLL-2003 English validation split (../shared/eval):
# dumps the documents as plain text, runs the recognizer over them in docs.list order, and
# prints person, location and organisation precision/recall/F1 with ner_eval.py.
#
#   scripts/eval-ner.sh [--half a|b|both] [BYLINE_BINARY]   (default: .build/release/byline)
#
# `--half a` scores only the first half of the split's documents, `--half b` only the second,
# `--half both` each half in turn. Rules are developed looking at half A's errors only; half B
# shows whether they hold on text they were not written for.
set -euo pipefail
cd "$(dirname "$0")/.."
half=all
if [ "${1:-}" = "--half" ]; then
    half=${2:?"eval-ner: --half needs a, b or both"}
    shift 2
fi
case "$half" in all|a|b|both) ;; *) echo "eval-ner: --half takes a, b or both, not '$half'" >&2; exit 2 ;; esac
bin=${1:-.build/release/byline}
shared=${BYLINE_SHARED:-../shared}
conll="$shared/eval/conll2003-valid.txt"
[ -f "$conll" ] || { echo "eval-ner: $conll not found; place the shared folder beside the checkout" >&2; exit 1; }
[ -x "$bin" ] || { echo "eval-ner: $bin not built; run 'swift build -c release' first" >&2; exit 1; }
work=${TMPDIR:-/tmp}/byline-eval-ner
rm -rf "$work"
mkdir -p "$work"

# Writes the documents of half $1 (a: the first half of the documents, b: the rest) as CoNLL.
split_half() {
    python3 scripts/conll-half.py "$conll" "$1" > "$work/half-$1.txt"
}

# Scores the recognizer on CoNLL file $1, working in folder $2.
score() {
    mkdir -p "$2"
    python3 "$shared/eval/ner_eval.py" dump "$1" "$2/valid" >/dev/null
    sed "s|^|$2/valid/|; s|\$|.txt|" "$2/valid/docs.list" | xargs "$bin" entities --plain --jsonl > "$2/system.jsonl"
    python3 "$shared/eval/ner_eval.py" score "$1" "$2/system.jsonl" --json "$2/scores.json"
}

case "$half" in
    all) score "$conll" "$work/all" ;;
    a|b) split_half "$half"; score "$work/half-$half.txt" "$work/$half" ;;
    both)
        for h in a b; do
            split_half "$h"
            echo "half $h:"
            score "$work/half-$h.txt" "$work/$h"
        done
        ;;
esac
