"""Throughput of the actors stage on short ACLED-style notes.

Usage::

    python bench/bench_actors.py [PATH.csv ...] [--repeat N] [--country ISO2]

Reads the ``notes`` column (ACLED) or ``summary`` column (GTD) of the CSV files
given as arguments; without any, it generates varied notes in ACLED's style.
Prints documents per second and microseconds per document for the whole stage
and for exact matching alone (typo matching off), after a warm-up pass, as CPU
time of the process (the best of ``--repeat`` runs).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eventcoder.actors import find_actors, load_lexicon, match_actors
from eventcoder.mentions import Doc
from eventcoder.records import Document

_SUBJECTS = (
    "unidentified gunmen", "Al Shabaab militants", "Nigerian troops", "Houthi forces",
    "protesters", "a mob", "Taliban fighters", "police", "the SDF", "ISWAP insurgents",
    "Fulani herdsmen", "Russian forces", "suspected bandits", "pro-Hadi forces",
)
_OBJECTS = (
    "two farmers", "a checkpoint", "civilians", "ISIS cells", "the Military Police",
    "a village chief", "Iraqi Security Forces", "demonstrators", "a convoy of AMISOM",
)
_VERBS = ("attacked", "killed", "clashed with", "abducted", "shelled", "fired at", "dispersed")
_PLACES = ("Kaduna", "Marib", "Idlib", "Ghazni", "Mogadishu", "Luhansk", "Culiacan", "Sittwe")


def generated_notes(count: int, *, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    notes = []
    for _ in range(count):
        day = rng.randint(1, 28)
        note = (
            f"On {day} May 2020, {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)} in {rng.choice(_PLACES)}. "
            f"{rng.randint(0, 9)} fatalities were reported."
        )
        notes.append(note)
    return notes


def notes_from(paths: Sequence[str]) -> list[str]:
    notes: list[str] = []
    for path in paths:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row.get("notes") or row.get("summary") or ""
                if text:
                    notes.append(text)
    return notes


def timed(label: str, run: Callable[[str], object], notes: list[str], repeat: int) -> None:
    for note in notes[:200]:
        run(note)
    best = float("inf")
    for _ in range(repeat):
        # CPU time of this process: other work on a shared machine does not count
        started = time.process_time()
        for note in notes:
            run(note)
        best = min(best, time.process_time() - started)
    rate = len(notes) / best
    sys.stdout.write(f"{label:<28} {rate:>10,.0f} docs/s {best / len(notes) * 1e6:>8.1f} us/doc\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="CSV files with a notes or summary column")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--country", default="NG", help="main country given to generic actors")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    load_lexicon()
    sys.stdout.write(f"lexicon load: {time.perf_counter() - started:.2f} s\n")
    notes = notes_from(args.paths) if args.paths else generated_notes(3000)
    sys.stdout.write(f"notes: {len(notes)}, mean {sum(map(len, notes)) / len(notes):.0f} chars\n")

    def stage(note: str) -> object:
        doc = Doc(document=Document(doc_id="bench", text=note), text=note)
        return find_actors(doc)

    timed("actors stage", stage, notes, args.repeat)
    timed("match_actors (with typos)", lambda n: match_actors(n, country=args.country), notes,
          args.repeat)
    timed("match_actors (exact only)",
          lambda n: match_actors(n, country=args.country, fuzzy=False), notes, args.repeat)


if __name__ == "__main__":
    main()
