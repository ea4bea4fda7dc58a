#!/usr/bin/env python3
"""Writes the documents of one half of a CoNLL file to stdout, as eval-ner.sh and
people-top.sh split the validation documents: `a` the first half of the -DOCSTART- documents
(rounded up), `b` the rest, `all` every one.

  conll-half.py CONLL a|b|all
"""
import sys

path, half = sys.argv[1], sys.argv[2]
docs, cur = [], None
for line in open(path, encoding="utf-8"):
    if line.startswith("-DOCSTART-"):
        cur = [line]
        docs.append(cur)
    elif cur is not None:
        cur.append(line)
mid = (len(docs) + 1) // 2
chosen = docs if half == "all" else docs[:mid] if half == "a" else docs[mid:]
sys.stdout.write("".join("".join(d) for d in chosen))
