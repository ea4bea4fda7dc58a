#!/usr/bin/env python3
"""Writes a benchmark corpus: N short reports, and one long report in its own folder.

usage: bench-corpus.py OUT_DIR N
  OUT_DIR/many/  N raw-text reports about the recurring cast
  OUT_DIR/long/  one report of about 3,000 paragraphs (for scrolling)
"""
import os
import random
import sys

PEOPLE = [
    ("UN Special Rapporteur Amara Okafor", "Okafor"),
    ("Energy Minister Dmitri Volkov", "Volkov"),
    ("union leader José Ignacio Peña Álvarez", "Peña Álvarez"),
    ("Dr Ingrid van der Berg", "van der Berg"),
    ("chief negotiator Kenji Watanabe", "Watanabe"),
    ("Commissioner Sofia Lindqvist", "Lindqvist"),
    ("Khalid bin Rashid, chief executive of Gulf Meridian Lines,", "bin Rashid"),
    ("Mayor Marianne de Graaf", "de Graaf"),
]
PLACES = ["Almaty", "Lake Balkhash", "Valparaíso", "Rotterdam", "Geneva", "Tokyo", "Brussels", "Delft"]
TOPICS = ["water rights", "the dockworkers' strike", "green hydrogen", "sea-level rise", "river flows",
          "port schedules", "a shared monitoring station", "flood defences"]
VERBS = ["said", "told reporters", "warned", "argued", "wrote in a statement", "added"]


def paragraph(rng):
    full, short = rng.choice(PEOPLE)
    place, topic, verb = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(VERBS)
    return (f"Speaking in {place}, {full} {verb} that talks on {topic} would continue next week. "
            f"“We have {rng.randint(2, 90)} days to agree on {topic},” {short} said, adding that officials "
            f"in {rng.choice(PLACES)} had asked for more time.")


def report(rng, i, paragraphs):
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    title = f"Talks on {rng.choice(TOPICS)} resume in {rng.choice(PLACES)} ({i})"
    body = "\n\n".join(paragraph(rng) for _ in range(paragraphs))
    return f"2024-{month:02d}-{day:02d}\n\n{title}\n\n{body}\n\nBy Newsdesk\n"


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(5)
    many = os.path.join(out, "many")
    long = os.path.join(out, "long")
    os.makedirs(many, exist_ok=True)
    os.makedirs(long, exist_ok=True)
    for i in range(n):
        sub = os.path.join(many, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"report-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(report(rng, i, 6))
    with open(os.path.join(long, "long-report.txt"), "w", encoding="utf-8") as f:
        f.write(report(rng, 0, 3000))


if __name__ == "__main__":
    main()
