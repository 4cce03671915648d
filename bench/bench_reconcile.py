"""Throughput of reconciliation: pair comparisons, a corpus from scratch, and arrivals.

Usage::

    python bench/bench_reconcile.py [--events N] [--seed S]

Generates a year of single-report events spread over a few countries and many
towns, each incident retold by one to four reports with jittered counts and
wording, and prints:

* pairs compared per second by :func:`eventcoder.reconcile.compare_events`;
* seconds to cluster the whole set with :func:`eventcoder.reconcile.cluster_events`;
* reports reconciled per second when they arrive one document at a time and each
  is compared with the merged events of its country within a few days (what the
  store's pre-filter hands :func:`eventcoder.reconcile.reconcile`).

Times are CPU seconds of this process (``time.process_time``), so that a busy
machine does not make them look slower than they are.
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from datetime import date, timedelta

from eventcoder.reconcile import cluster_events, compare_events, merge_events, reconcile
from eventcoder.records import Casualty, Event, Evidence, Location

_TYPES = (
    ("battles", "armed_clash"),
    ("explosions_remote_violence", "air_drone_strike"),
    ("explosions_remote_violence", "remote_explosive_landmine_ied"),
    ("violence_against_civilians", "attack"),
)
_ACTORS = ("Islamic State", "Al Shabaab", "Boko Haram", "ADF", "JNIM", "Military Forces")
_VERBS = ("killed", "left dead", "claimed the lives of", "took the lives of")


def synthetic_reports(n_events: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    countries = {c: [(rng.uniform(-10, 30), rng.uniform(-10, 50)) for _ in range(60)]
                 for c in ("NG", "SO", "SY", "IQ", "ML", "CD", "BF", "AF")}
    start = date(2024, 1, 1)
    reports: list[Event] = []
    incident = 0
    while len(reports) < n_events:
        incident += 1
        country = rng.choice(sorted(countries))
        town = rng.randrange(60)
        lat, lon = countries[country][town]
        day = start + timedelta(days=rng.randrange(366))
        kind, sub = rng.choice(_TYPES)
        actor = rng.choice(_ACTORS)
        killed = rng.randrange(0, 40)
        for r in range(rng.randint(1, 4)):
            doc = f"d{incident:06d}-{r}"
            count = max(0, killed + rng.randint(-2, 2))
            text = f"{actor} {rng.choice(_VERBS)} {count} people in town {town} of {country}"
            reports.append(
                Event(
                    event_id=f"{doc}-e1",
                    doc_id=doc,
                    event_type=kind,
                    sub_event_type=sub,
                    date_start=day.isoformat(),
                    date_end=day.isoformat(),
                    time_precision=1,
                    date_basis="stated",
                    location=Location(place=f"Town {country} {town}", country=country,
                                      latitude=lat, longitude=lon, geo_precision=1),
                    actor1=actor if rng.random() > 0.2 else None,
                    actor2="Civilians",
                    casualties=[Casualty("killed", None, count)],
                    evidence={"notes": [Evidence(doc, 0, len(text), text)]},
                )
            )
    return reports[:n_events]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reports = synthetic_reports(args.events, args.seed)

    rng = random.Random(args.seed)
    pairs = [(rng.choice(reports), rng.choice(reports)) for _ in range(20_000)]
    began = time.process_time()
    for a, b in pairs:
        compare_events(a, b)
    elapsed = time.process_time() - began
    print(f"compare_events (every criterion, with reasons): {len(pairs) / elapsed:,.0f} pairs/s "
          f"({elapsed / len(pairs) * 1e6:.1f} us/pair)")

    began = time.process_time()
    merged = cluster_events(reports)
    elapsed = time.process_time() - began
    print(f"cluster_events: {len(reports):,} reports -> {len(merged):,} events in {elapsed:.2f} s "
          f"({len(reports) / elapsed:,.0f} reports/s)")

    # Arrivals: each report against the merged events of its country within +-3 days.
    subset = reports[: min(len(reports), 5_000)]
    order = sorted(subset, key=lambda e: (e.doc_id[-1], e.doc_id))  # first reports, then retellings
    members: dict[str, list[Event]] = {}
    merged_by_id: dict[str, Event] = {}
    index: dict[str, list[tuple[str, str]]] = {}  # country -> sorted (date, cluster id)
    began = time.process_time()
    compared = 0
    for report in order:
        country = report.location.country or ""
        day = date.fromisoformat(report.date_start or "2024-01-01")
        lo = (day - timedelta(days=3)).isoformat()
        hi = (day + timedelta(days=3)).isoformat()
        keys = index.setdefault(country, [])
        window = keys[bisect.bisect_left(keys, (lo, "")):bisect.bisect_right(keys, (hi, "~"))]
        candidates = [merged_by_id[cid] for _, cid in window]
        compared += len(candidates)
        (decision,) = reconcile([report], candidates)
        if decision.renamed_from:
            old = members.pop(decision.renamed_from)
            keys.remove((old[0].date_start or "", decision.renamed_from))
            members[decision.cluster_id] = old
            del merged_by_id[decision.renamed_from]
            bisect.insort(keys, (old[0].date_start or "", decision.cluster_id))
        if decision.cluster_id not in members:
            members[decision.cluster_id] = []
            bisect.insort(keys, (report.date_start or "", decision.cluster_id))
        members[decision.cluster_id].append(report)
        merged_by_id[decision.cluster_id] = merge_events(members[decision.cluster_id])
    elapsed = time.process_time() - began
    print(f"reconcile (one report at a time, {compared / len(order):.1f} candidates each, "
          f"merged event rebuilt after each join): {len(order) / elapsed:,.0f} reports/s; "
          f"{len(members):,} events")


if __name__ == "__main__":
    main()
