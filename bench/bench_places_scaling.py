"""Cost per kilobyte of the places stage as a document grows: it must stay flat.

Run: ``python bench/bench_places_scaling.py --csv NOTES.csv [--sizes 10000,100000,1000000]``.
Documents are made by joining the notes (varied news sentences) up to each size; the
stage runs on a Doc whose sentences the document stage found, and the CPU time per
kilobyte is printed for each size with its ratio to the smallest.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time

from eventcoder.document import clean_document
from eventcoder.gazetteer import load_gazetteer
from eventcoder.mentions import Doc
from eventcoder.places import find_places
from eventcoder.records import Document


def _grown(texts: list[str], size: int) -> str:
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        parts.append(texts[index % len(texts)])
        length += len(parts[-1]) + 1
        index += 1
    return " ".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True, help="a CSV file of texts (e.g. ACLED notes)")
    parser.add_argument("--column", default="notes")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    with open(args.csv, encoding="utf-8", errors="replace") as handle:
        texts = [row[args.column] for row in csv.DictReader(handle) if row[args.column]]
    load_gazetteer()
    first: float | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        text = _grown(texts, size)
        doc: Doc = clean_document(Doc(document=Document(doc_id="d", text=text), text=text))
        find_places(doc)  # warm the per-name caches
        started = time.process_time()
        mentions = len(find_places(doc).places)
        per_kb = (time.process_time() - started) * 1000 / (len(text) / 1000)
        first = first or per_kb
        print(f"{len(text):>9,} chars: {per_kb:6.3f} ms/KB ({per_kb / first:4.2f}x), "
              f"{mentions} mentions")


if __name__ == "__main__":
    main()
