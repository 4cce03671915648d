"""Measure the places stage against human-coded ACLED or GTD rows (for development only).

For each row's text: is the coded location among the place mentions (resolved within
25 km of the coded coordinates, or by name where a row has none), is the country
right, and does the mention at the location carry the coded first-level division?
Prints the rates; nothing is written.

Run: ``python scripts/eval_places.py acled PATH.csv`` (or ``gtd PATH.csv``); ``--misses N``
prints N rows where the location was not found.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass

from eventcoder.gazetteer import load_gazetteer, name_key, strip_division_words
from eventcoder.mentions import Doc, PlaceMention
from eventcoder.places import find_places
from eventcoder.records import Document

csv.field_size_limit(sys.maxsize)


@dataclass
class Row:
    text: str
    country: str
    admin1: str
    location: str
    lat: float | None
    lon: float | None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def read_rows(kind: str, path: str) -> list[Row]:
    rows = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for r in csv.DictReader(handle):
            if kind == "acled":
                text = re.sub(r"\s*\[[^\]]*\]\s*$", "", r.get("notes") or "")
                rows.append(Row(text, r["country"], r["admin1"], r["location"],
                                _float(r["latitude"]), _float(r["longitude"])))
            else:
                text = re.sub(r"^\d\d/\d\d/\d{4}:\s*", "", r.get("summary") or "")
                if not text:
                    continue
                rows.append(Row(text, r["country_txt"], r["provstate"], r["city"],
                                _float(r["latitude"]), _float(r["longitude"])))
    return rows


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for m in re.finditer(r"[.!?](?:\s+|$)", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["acled", "gtd"])
    parser.add_argument("path")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    rows = read_rows(args.kind, args.path)
    if args.limit:
        rows = rows[: args.limit]
    counts: Counter[str] = Counter()
    misses: list[tuple[Row, tuple[PlaceMention, ...]]] = []
    elapsed = 0.0
    for row in rows:
        doc = Doc(document=Document(doc_id="x", text=row.text), text=row.text,
                  sentences=sentences(row.text))
        t0 = time.perf_counter()
        places = find_places(doc).places
        elapsed += time.perf_counter() - t0
        iso = gazetteer.country_by_name(row.country)
        counts["rows"] += 1
        resolved = [m for m in places if m.place is not None]
        countries = Counter(m.place.country for m in resolved if m.place)
        if countries and iso and countries.most_common(1)[0][0] == iso:
            counts["country_right"] += 1
        if iso and any(m.place and m.place.country == iso for m in resolved):
            counts["country_among"] += 1
        if row.lat is not None and row.lon is not None:
            counts["with_coords"] += 1
            near = [
                m for m in resolved
                if m.place and km(m.place.latitude, m.place.longitude, row.lat, row.lon) <= 25
            ]
            if near:
                counts["found_25km"] += 1
                admin = gazetteer.admin1(iso, row.admin1) if iso and row.admin1 else None
                if admin is not None and any(
                    m.place and m.place.admin1 == admin.name for m in near
                ):
                    counts["admin1_match"] += 1
            else:
                misses.append((row, places))
        key = name_key(row.location.split("-")[0]) if row.location else ""
        if key and any(name_key(m.text) == key for m in places):
            counts["name_found"] += 1
            if any(name_key(m.text) == key and m.place and m.place.country == iso for m in places):
                counts["name_resolved_country"] += 1
        if row.admin1 and iso:
            admin = gazetteer.admin1(iso, strip_division_words(row.admin1.split("(")[0]))
            counts["admin1_known"] += admin is not None
            if admin is not None and any(m.place and m.place.admin1 == admin.name
                                         for m in resolved):
                counts["admin1_among"] += 1
    n = counts["rows"]
    coords = counts["with_coords"] or 1
    print(f"{args.kind}: {n} rows, {elapsed / n * 1000:.3f} ms/doc")
    print(f"  coded location among mentions (<=25 km): {counts['found_25km'] / coords:.1%}"
          f" of {counts['with_coords']} rows with coordinates")
    print(f"  coded location name among mention texts: {counts['name_found'] / n:.1%};"
          f" resolved in the right country: {counts['name_resolved_country'] / n:.1%}")
    print(f"  country right (most common among mentions): {counts['country_right'] / n:.1%};"
          f" among mentions: {counts['country_among'] / n:.1%}")
    print(f"  admin1 of a mention within 25 km = coded admin1: "
          f"{counts['admin1_match'] / coords:.1%}")
    print(f"  coded admin1 among mentions' admin1: {counts['admin1_among'] / n:.1%}"
          f" (coded admin1 name known to the gazetteer: {counts['admin1_known'] / n:.1%})")
    random.seed(1)
    for row, places in random.sample(misses, min(args.misses, len(misses))):
        print("\nMISS", row.country, "|", row.admin1, "|", row.location, row.lat, row.lon)
        print("  ", row.text[:300])
        for m in places:
            p = m.place
            where = f"{p.name} {p.country} {p.feature} {p.admin1} {p.latitude},{p.longitude}" \
                if p else None
            print("   ", repr(m.text), where, m.reason)


if __name__ == "__main__":
    main()
