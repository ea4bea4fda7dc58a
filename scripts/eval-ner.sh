#!/usr/bin/env bash
# Scores `byline entities` on the CoNLL-2003 English validation split (../shared/eval):
# dumps the documents as plain text, runs the recognizer over them in docs.list order, and
# prints person, location and organisation precision/recall/F1 with ner_eval.py.
#
#   scripts/eval-ner.sh [BYLINE_BINARY]     (default: .build/release/byline)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/byline}
shared=${BYLINE_SHARED:-../shared}
conll="$shared/eval/conll2003-valid.txt"
[ -f "$conll" ] || { echo "eval-ner: $conll not found; place the shared folder beside the checkout" >&2; exit 1; }
[ -x "$bin" ] || { echo "eval-ner: $bin not built; run 'swift build -c release' first" >&2; exit 1; }
work=${TMPDIR:-/tmp}/byline-eval-ner
rm -rf "$work"
mkdir -p "$work"
python3 "$shared/eval/ner_eval.py" dump "$conll" "$work/valid" >/dev/null
sed "s|^|$work/valid/|; s|\$|.txt|" "$work/valid/docs.list" | xargs "$bin" entities --plain --jsonl > "$work/system.jsonl"
python3 "$shared/eval/ner_eval.py" score "$conll" "$work/system.jsonl" --json "$work/scores.json"
