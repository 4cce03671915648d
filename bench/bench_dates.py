"""Throughput of the dates stage on short ACLED-style notes.

Usage::

    python bench/bench_dates.py [PATH.csv ...] [--repeat N]

Reads the ``notes`` column (ACLED) or ``summary`` column (GTD) of the CSV files
given as arguments or in ``EVENTCODER_BENCH_NOTES`` (paths separated by the
OS path separator); without either, it generates varied notes in ACLED's
style. Prints documents per second and microseconds per document for the
stage and for :func:`eventcoder.dates.find_date_mentions` alone, in CPU time.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from eventcoder.dates import find_date_mentions, find_dates
from eventcoder.mentions import Doc
from eventcoder.records import Document

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_OPENERS = (
    "On {d} {m} {y}, ",
    "Around {d} {m} {y} (as reported), ",
    "As reported on {d} {m} {y}, ",
    "On {d} {m} {yy}, ",
    "Between {d} and {d2} {m} {y}, ",
    "On the night of {d}-{d2} {m} {y}, ",
    "On {m} {d}, {y}, ",
)
_BODIES = (
    "unidentified gunmen attacked a police checkpoint in {place}, killing {n} officers.",
    "about {n}00 residents protested in {place} against power cuts. [size=hundreds]",
    "military forces clashed with rebels near {place}; {n} fatalities were reported on Monday.",
    "a roadside bomb exploded near a patrol in {place}. No casualties reported.",
    "{n} farmers were abducted by armed men in {place} district; they may be released "
    "after a ransom is paid. A protest march followed the next day.",
    "an air strike hit {place}, where F-16s struck 3 positions; 2,000 troops were deployed.",
)
_PLACES = ("Kaduna", "Tripoli (Tripoli)", "Marib", "Gao", "Idlib", "Kandahar", "Beni", "Sirte")


def generated_notes(count: int, *, seed: int = 7) -> list[str]:
    """Make ``count`` notes in ACLED's style with varied dates and wordings."""
    rng = random.Random(seed)
    notes = []
    for _ in range(count):
        day = date(2018, 1, 1) + timedelta(days=rng.randrange(2500))
        opener = rng.choice(_OPENERS).format(
            d=day.day,
            d2=min(day.day + 1, 28),
            m=_MONTHS[day.month - 1],
            y=day.year,
            yy=f"{day.year % 100:02d}",
        )
        body = rng.choice(_BODIES).format(place=rng.choice(_PLACES), n=rng.randint(1, 9))
        notes.append(opener + body)
    return notes


def read_notes(paths: Sequence[Path]) -> list[str]:
    """Read the text column of ACLED (``notes``) or GTD (``summary``) CSV files."""
    notes: list[str] = []
    for path in paths:
        with path.open(newline="", encoding="utf-8", errors="replace") as handle:
            for row in csv.DictReader(handle):
                text = row.get("notes") or row.get("summary")
                if text:
                    notes.append(text)
    return notes


def _time(func: Callable[[], object], *, repeat: int) -> float:
    """The best of ``repeat`` runs in CPU seconds of this process.

    CPU time rather than wall time: on a shared machine the process waits for a
    core, and that wait is not the stage's cost.
    """
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        func()
        best = min(best, time.process_time() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="CSV files with notes or summary")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best is reported")
    parser.add_argument("--count", type=int, default=5000, help="generated notes, without paths")
    args = parser.parse_args(argv)
    paths = list(args.paths)
    if not paths and os.environ.get("EVENTCODER_BENCH_NOTES"):
        paths = [Path(p) for p in os.environ["EVENTCODER_BENCH_NOTES"].split(os.pathsep) if p]
    notes = read_notes(paths) if paths else generated_notes(args.count)
    label = ", ".join(p.name for p in paths) if paths else f"{len(notes)} generated notes"
    published = date(2020, 5, 12)
    docs = [
        Doc(
            document=Document(doc_id=str(i), text=t, published=published.isoformat()), text=t
        )
        for i, t in enumerate(notes)
    ]
    started = time.perf_counter()
    find_date_mentions("On 9 May 2020, a warm-up.", published=None)
    warm_up = time.perf_counter() - started

    def run_stage() -> None:
        for doc in docs:
            find_dates(doc)

    def run_finder() -> None:
        for text in notes:
            find_date_mentions(text, published=published)

    rows = [
        ("stage eventcoder.dates.v1", _time(run_stage, repeat=args.repeat)),
        ("find_date_mentions", _time(run_finder, repeat=args.repeat)),
    ]
    mean_chars = sum(map(len, notes)) / max(len(notes), 1)
    print(f"input: {label} ({len(notes)} docs, {mean_chars:.0f} chars on average)")
    print(f"first call (compiles the patterns): {warm_up * 1e3:.1f} ms")
    if hasattr(os, "getloadavg"):  # timings scale with other work on the machine
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'what':<28}{'docs/s':>12}{'us/doc':>10}")
    for name, seconds in rows:
        print(f"{name:<28}{len(notes) / seconds:>12,.0f}{seconds / len(notes) * 1e6:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
