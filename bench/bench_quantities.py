"""Throughput of the numbers-and-casualties stage: documents per second on one process.

It times the registered stage (number expressions and casualty mentions) plus
combining the mentions and the fatality total. CPU time is the stable figure on
a shared machine; wall-clock time is printed beside it.

Usage::

    python bench/bench_quantities.py                 # generated ACLED-style notes
    python bench/bench_quantities.py notes.csv       # a CSV with a ``notes`` (or ``text``) column
    python bench/bench_quantities.py docs.jsonl      # one {"text": ...} object a line
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.mentions import Doc
from eventcoder.quantities import find_casualties
from eventcoder.records import Document

_TEMPLATES = (
    "On {d} May 2020, {actor} attacked {place}, killing {n} {party} and wounding {m} others.",
    "On {d} May 2020, {n} {party} were killed when {actor} shelled {place}. {m} fatalities.",
    "On {d} May 2020, {actor} clashed with police in {place}. No casualties were reported.",
    "On {d} May 2020, police arrested {n} {party} in {place} after protests. [size=no report]",
    "On {d} May 2020, {actor} abducted {n} {party} near {place}. Their fate is unknown.",
    "On {d} May 2020, an IED detonated in {place}, injuring {n} {party}. Unknown fatalities "
    "coded as 10 and split between 2 events.",
    "On {d} May 2020, a man was shot dead by {actor} in {place}. The victim was a trader.",
)
_ACTORS = ("unidentified gunmen", "Al Shabaab militants", "LNA forces", "the military")
_PARTIES = ("civilians", "soldiers", "policemen", "villagers", "fighters", "protesters")
_PLACES = ("Kismayo", "Tripoli", "Gao", "Bamenda", "Idlib", "Jos", "Marib")


def generated(count: int, *, seed: int = 7) -> list[str]:
    """ACLED-style notes built from templates, with varied numbers and parties."""
    rng = random.Random(seed)
    return [
        rng.choice(_TEMPLATES).format(
            d=rng.randint(1, 28), actor=rng.choice(_ACTORS), place=rng.choice(_PLACES),
            n=rng.randint(1, 40), m=rng.randint(1, 12), party=rng.choice(_PARTIES),
        )
        for _ in range(count)
    ]


def load(path: Path) -> list[str]:
    """Texts from a CSV (``notes``, ``summary`` or ``text`` column) or a JSON Lines file."""
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh if line.strip()]
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    column = next(c for c in ("notes", "summary", "text") if rows and c in rows[0])
    return [row[column] or "" for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="CSV or JSONL of texts")
    parser.add_argument("--count", type=int, default=5000, help="generated texts (no path)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    args = parser.parse_args()
    texts = load(args.path) if args.path else generated(args.count)
    docs = [Doc(document=Document(doc_id=str(i), text=t), text=t) for i, t in enumerate(texts)]
    find_casualties(docs[0])  # lexicons load once per process
    best = best_wall = float("inf")
    mentions = 0
    for _ in range(args.repeat):
        start, start_wall = time.process_time(), time.perf_counter()
        mentions = 0
        for doc in docs:
            found = find_casualties(doc).casualties
            total_fatalities(combine_casualties(found, text=doc.text))
            mentions += len(found)
        best = min(best, time.process_time() - start)
        best_wall = min(best_wall, time.perf_counter() - start_wall)
    chars = sum(len(t) for t in texts) / max(len(texts), 1)
    print(f"{'documents':<22}{len(texts):>12,}")
    print(f"{'mean characters':<22}{chars:>12,.0f}")
    print(f"{'casualty mentions':<22}{mentions:>12,}")
    print(f"{'docs/s (CPU time)':<22}{len(texts) / best:>12,.0f}")
    print(f"{'ms per document (CPU)':<22}{best / len(texts) * 1000:>12.3f}")
    print(f"{'docs/s (wall clock)':<22}{len(texts) / best_wall:>12,.0f}")


if __name__ == "__main__":
    main()
