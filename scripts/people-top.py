#!/usr/bin/env python3
"""Judges the top of `byline people --kind person --json` against gold names.

  people-top.py conll DUMP_DIR PEOPLE.json [ENTITIES.jsonl]
      DUMP_DIR is what `ner_eval.py dump` wrote (docNNN.txt, gold.jsonl); each listed name is
      real, false or split by the CoNLL-2003 gold spans of those documents. ENTITIES.jsonl is
      `byline entities --jsonl` over the same reports: the person spans the recogniser found.
  people-top.py expected EXPECTED_FILE PEOPLE.json
      EXPECTED_FILE lists the people of a hand-written folder, one a line: the canonical name,
      then ` | ` and the other ways the reports write the same person; a line `? NAME` is a
      short form that several people share, rightly listed as an entry of its own.

Verdicts (CoNLL):
  real   the recogniser's person spans with this text are mostly gold PER spans (when it has
         none with exactly this text: the text is written somewhere as a gold PER span and PER
         is its most frequent gold type; or, with initials and full stops dropped, it equals
         such a span, `Maria Santos` for `Maria L. Santos`).
  false  the name is mostly a gold LOC/ORG/MISC span (`kind`); or no gold span has this text
         but where it is written it overlaps a gold person (`glued`: a title, region or team
         word kept in the name, or a name cut short); or it overlaps no person (`none`).
  split  a listed real name whose words are all in another listed real name, where some
         document's gold writes both as PER spans (the gold's own alias grouping, as
         ner_eval.py's person-level score does: `Tokayev` in `Kassym-Jomart Tokayev`); or two
         listed names equal once case, accents and full stops are folded.
Limits: the gold knows only what CoNLL annotated, so a name the index builds from several
variants may be judged by its folded form only; two real people sharing a surname in one
document are taken for one (the gold has no person ids); a person never written in full
(`Santos` only) cannot be judged as split. The printed list is meant to be read by hand too.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace(".", " ").replace("\u2019", "'")
    return " ".join(s.split()).casefold()


def loose(s):
    """Folded, without initials: `Maria L. Santos` → `maria santos`."""
    return " ".join(w for w in fold(s).split() if len(w) > 1)


def words(s):
    return set(loose(s).split())


def system_spans(path):
    """Per document, the person spans `byline entities --jsonl` gives, by their text."""
    out = {}
    if not path:
        return out
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        out[rec["doc"]] = rec.get("persons", [])
    return out


def judge_conll(dump, people, entities=None):
    gold_types = defaultdict(Counter)      # text → gold types
    per_loose = set()                      # loose forms of gold PER texts
    doc_pers = []                          # per document, the set of gold PER texts
    texts = {}
    spans_of = {}
    for line in open(f"{dump}/gold.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        text = open(f"{dump}/{rec['doc']}.txt", encoding="utf-8").read()
        texts[rec["doc"]] = text
        spans = []
        pers = set()
        for typ in ("PER", "LOC", "ORG", "MISC"):
            for s, e in rec.get(typ, []):
                gold_types[text[s:e]][typ] += 1
                spans.append((typ, s, e))
                if typ == "PER":
                    pers.add(text[s:e])
                    per_loose.add(loose(text[s:e]))
        spans_of[rec["doc"]] = spans
        doc_pers.append(pers)

    def overlap(name):
        kinds = Counter()
        pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for doc, text in texts.items():
            for m in pat.finditer(text):
                for typ, s, e in spans_of[doc]:
                    if s < m.end() and m.start() < e:
                        kinds[typ] += 1
        return kinds

    # What the gold says of the spans the recogniser itself called persons, by their text:
    # a name that is a film in one report and a man in another is judged by the mentions the
    # index linked, not by every place its words are written.
    linked = defaultdict(Counter)
    for doc, spans in system_spans(entities).items():
        text = texts.get(doc, "")
        for s, e in spans:
            exact = [typ for typ, gs, ge in spans_of.get(doc, []) if gs == s and ge == e]
            over = [typ for typ, gs, ge in spans_of.get(doc, []) if gs < e and s < ge]
            linked[text[s:e]][exact[0] if exact else ("glued" if "PER" in over else over[0] if over else "none")] += 1

    verdicts = []
    for p in people:
        name = p["name"]
        types = linked.get(name) or gold_types.get(name)
        if types and types["PER"] >= max(types.values()):
            verdicts.append(("real", ""))
        elif types and types.most_common(1)[0][0] == "glued":
            verdicts.append(("false", "glued: overlaps a gold person"))
        elif types:
            verdicts.append(("false", "kind: gold " + "/".join(t for t, _ in types.most_common())))
        elif loose(name) in per_loose:
            verdicts.append(("real", "variant"))
        else:
            kinds = overlap(name)
            if kinds["PER"]:
                verdicts.append(("false", "glued: overlaps a gold person"))
            elif kinds:
                verdicts.append(("false", "kind: overlaps gold " + "/".join(t for t, _ in kinds.most_common())))
            else:
                verdicts.append(("false", "none: no gold span, check by hand"))

    # Splits among the real names.
    real = [i for i, v in enumerate(verdicts) if v[0] == "real"]
    for a in real:
        for b in real:
            if a == b or verdicts[a][0] == "split":
                continue
            na, nb = people[a]["name"], people[b]["name"]
            if fold(na) == fold(nb) and a > b:
                verdicts[a] = ("split", f"same as {nb}")
            elif words(na) < words(nb) and any(
                    any(words(x) == words(na) for x in pers) and any(words(x) == words(nb) for x in pers)
                    for pers in doc_pers):
                verdicts[a] = ("split", f"part of {nb}")
    return verdicts


def judge_expected(path, people):
    canonical, variant, ambiguous = {}, {}, set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("?"):
            ambiguous.add(line[1:].strip())
            continue
        forms = [f.strip() for f in line.split("|")]
        canonical[forms[0]] = forms[0]
        for f in forms[1:]:
            variant[f] = forms[0]
    verdicts = []
    seen = set()
    for p in people:
        name = p["name"]
        if name in ambiguous:
            verdicts.append(("real", "a short form several people share, listed apart"))
            continue
        if name in canonical:
            owner = name
        elif name in variant:
            owner = variant[name]
        else:
            verdicts.append(("false", "not a person of the folder"))
            continue
        if owner in seen or name != owner:
            verdicts.append(("split", f"a form of {owner}"))
        else:
            verdicts.append(("real", ""))
        seen.add(owner)
    missing = [c for c in canonical if c not in seen]
    return verdicts, missing


def main():
    mode, source, listing = sys.argv[1:4]
    people = json.load(open(listing, encoding="utf-8"))
    missing = []
    if mode == "conll":
        verdicts = judge_conll(source, people, sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        verdicts, missing = judge_expected(source, people)
    for i, (p, (v, why)) in enumerate(zip(people, verdicts), 1):
        print(f"{i:4}  {v:5}  {p['mentions']:4} {p['articles']:3}  {p['name']}" + (f"   ({why})" if why else ""))
    counts = Counter(v for v, _ in verdicts)
    print(f"top {len(people)}: {counts['real']} real, {counts['false']} false, {counts['split']} split")
    if missing:
        print("not listed: " + ", ".join(missing))


main()
