"""Throughput of the places stage: gazetteer load time, then documents per second.

Run: ``python bench/bench_places.py [--csv NOTES.csv --column notes] [--repeat 50]``.
Without ``--csv`` it runs hand-written ACLED-style notes (about 250 characters each).
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time

from eventcoder.gazetteer import load_gazetteer
from eventcoder.mentions import Doc
from eventcoder.places import find_places
from eventcoder.records import Document

NOTES = [
    "On 3 May 2020, ISIS militants attacked Iraqi army positions near Tuz Khurmatu in the "
    "Hamrin mountains, Salah ad Din. Two soldiers were killed.",
    "On 9 May 2020, regime forces shelled Kafr Nabl and Binnish in Idleb using artillery fire. "
    "Neither fatalities nor injuries were reported.",
    "On 6 May 2020, unidentified gunmen attacked Allawa, along the road to Pandogari (Rafi LGA, "
    "Niger) and abducted 4 people. Residents were forced to flee.",
    "On 28 April 2020, in Cuauhtemoc municipality, Chihuahua, armed men killed a police officer "
    "in the Anahuac neighbourhood.",
    "On 2 May 2020, the NAF rebel forces fired 120mm mortars at the governmental positions near "
    "Orikhove, Luhansk. During the day, two Ukrainian soldiers were wounded.",
    "On 4 May 2020, Al Shabaab militants attacked a military base near Bariirre town (Afgooye, "
    "Lower Shabelle). Five militants and one soldier were killed.",
    "On 30 April 2020, Taliban militants attacked an ANDSF checkpoint in Nahr-e Saraj district, "
    "Helmand province. Three soldiers were killed.",
    "On 1 May 2020, Houthi forces shelled positions of pro-Hadi forces in Qaatabah (Ad Dali) and "
    "in Sirwah (Marib). No fatalities were reported.",
    "On 5 May 2020, Tatmadaw troops clashed with the Arakan Army near Kyauktaw, Rakhine state. "
    "Two civilians were killed by shelling.",
    "On 7 May 2020, ADF militants attacked the village of Mamove in Beni territory, North Kivu, "
    "killing 7 civilians.",
    "On 8 May 2020, around 200 residents protested in Tripoli, Lebanon, against the rising "
    "prices and the collapse of the Lebanese pound.",
    "On 3 May 2020, LNA forces shelled residential areas of Ain Zara and Abu Salim in Tripoli. "
    "Two civilians were killed.",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", help="a CSV file of texts (e.g. ACLED notes)")
    parser.add_argument("--column", default="notes")
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    started = time.perf_counter()
    load_gazetteer()
    load_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.csv:
        csv.field_size_limit(sys.maxsize)
        with open(args.csv, encoding="utf-8", errors="replace") as handle:
            texts = [row[args.column] for row in csv.DictReader(handle) if row[args.column]]
        repeat = 1
    else:
        texts, repeat = NOTES, args.repeat
    docs = [
        Doc(document=Document(doc_id=str(i), text=t), text=t, sentences=((0, len(t)),))
        for i, t in enumerate(texts)
    ]
    for doc in docs[:50]:  # warm the per-name caches as a long run would
        find_places(doc)
    started = time.perf_counter()
    cpu_started = time.process_time()
    mentions = 0
    for _ in range(repeat):
        for doc in docs:
            mentions += len(find_places(doc).places)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    count = len(docs) * repeat
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"gazetteer load: {load_s:.3f} s, peak RSS after load: {rss_mb:.0f} MB")
    print(f"places stage: {count} docs (mean {chars:.0f} chars) in {elapsed:.2f} s: "
          f"{count / elapsed:,.0f} docs/s, {elapsed / count * 1000:.3f} ms/doc, "
          f"{mentions / count:.1f} mentions/doc; CPU {cpu / count * 1000:.3f} ms/doc")


if __name__ == "__main__":
    main()
