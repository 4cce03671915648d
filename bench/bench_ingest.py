"""Ingest throughput into SQLite and PostgreSQL, and database size per 10,000 events.

Generates varied short conflict reports (a fifth of them retold by a second outlet, so
reconciliation has work to do), then measures:

* extract only: the pipeline alone, for reference;
* store only: ``Store.add_extractions`` of the already extracted records;
* full ingest: ``eventcoder.ingest.ingest`` from a JSON Lines file (read, skip check,
  extract, reconcile, store);

and the size of the database afterwards, scaled to 10,000 events.

Usage:

    python bench/bench_ingest.py --docs 2000
    python bench/bench_ingest.py --docs 2000 --postgres postgresql://postgres@127.0.0.1:55432/postgres
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

PLACES = [("Afgoye", "Somalia"), ("Kismayo", "Somalia"), ("Baidoa", "Somalia"),
          ("Mosul", "Iraq"), ("Kirkuk", "Iraq"), ("Ramadi", "Iraq"), ("Maiduguri", "Nigeria"),
          ("Kaduna", "Nigeria"), ("Gao", "Mali"), ("Mopti", "Mali"), ("Kharkiv", "Ukraine"),
          ("Kherson", "Ukraine"), ("Goma", "Democratic Republic of Congo"),
          ("Djibo", "Burkina Faso"), ("Marib", "Yemen"), ("Idlib", "Syria")]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12",
           "15", "21"]
TEMPLATES = [
    "{place}, {day} {month} {year} - Gunmen killed {n} civilians in an attack near {place}, "
    "{country}, on {day} {month} {year}, local officials said.",
    "At least {n} soldiers were killed when militants ambushed an army patrol outside "
    "{place}, {country}, on {day} {month} {year}, the army said in a statement.",
    "Police arrested {n} suspected militants during raids in {place}, {country}, on {day} "
    "{month} {year}, a spokesman said.",
    "A roadside bomb killed {n} people travelling on a minibus near {place} in {country} on "
    "{day} {month} {year}, witnesses told reporters.",
    "Hundreds of people protested peacefully in {place}, {country}, on {day} {month} {year} "
    "against rising fuel prices.",
    "An air strike on a village near {place}, {country}, killed {n} people on {day} {month} "
    "{year}, according to residents.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def write_corpus(path: Path, n_docs: int) -> int:
    seen: set[str] = set()
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        i = 0
        while written < n_docs:
            place, country = PLACES[i % len(PLACES)]
            template = TEMPLATES[(i // len(PLACES)) % len(TEMPLATES)]
            report = template.format(
                place=place, country=country, day=1 + (i * 7) % 28,
                month=MONTHS[(i // 5) % 12], year=2020 + (i // 60) % 5,
                n=NUMBERS[(i // 3) % len(NUMBERS)])
            i += 1
            if report in seen:
                continue
            seen.add(report)
            handle.write(json.dumps({"id": f"r{i:06d}", "text": report,
                                     "source": "Wire A"}) + "\n")
            written += 1
            if written % 5 == 0 and written < n_docs:
                handle.write(json.dumps({"id": f"r{i:06d}b", "text": "UPDATE - " + report,
                                         "source": "Wire B"}) + "\n")
                written += 1
    return written


def database_size(store: object) -> int:
    from sqlalchemy import text

    engine = store.engine  # type: ignore[attr-defined]
    if engine.url.get_backend_name() == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(engine.url.database)
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_database_size(current_database())"))
                   .scalar())


def fresh_postgres(server: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from eventcoder.store.api import normalise_url

    url = make_url(normalise_url(server))
    name = f"eventcoder_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return url.set(database=name).render_as_string(hide_password=False), admin


def drop_postgres(admin: object, url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def run(backend: str, url: str, corpus: Path, extracted: list[list[object]],
        batch_size: int) -> dict[str, object]:
    from eventcoder.ingest import ingest
    from eventcoder.pipeline import RulePipeline
    from eventcoder.store import open_store

    store = open_store(url)
    started = time.perf_counter()
    for start in range(0, len(extracted), batch_size):
        store.add_extractions(extracted[start:start + batch_size])  # type: ignore[arg-type]
    store_seconds = time.perf_counter() - started
    store.close()

    if backend == "sqlite":
        Path(url.removeprefix("sqlite:///")).unlink()
        for extra in ("-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + extra).unlink(missing_ok=True)
        store = open_store(url)
    else:
        store = open_store(url)
        with store.engine.begin() as connection:
            for table in ("event_sources", "tally_sources", "consistency", "statements",
                          "events", "tallies", "documents", "ingest_runs"):
                connection.exec_driver_sql(f"DELETE FROM {table}")
    summary = ingest(store, [str(corpus)], extractor=RulePipeline(), batch_size=batch_size)
    counts = store.summary()
    size = database_size(store)
    store.close()
    events = max(counts["events"], 1)
    return {
        "backend": backend,
        "docs": len(extracted),
        "store_docs_per_s": len(extracted) / store_seconds,
        "ingest_docs_per_s": summary.docs_per_second,
        "events": counts["events"],
        "event_reports": counts["event_sources"],
        "mb_per_10k_events": size / events * 10_000 / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--postgres", default=os.environ.get("EVENTCODER_TEST_POSTGRES_URL"),
                        help="A PostgreSQL server URL (a fresh database is made and dropped).")
    args = parser.parse_args()

    from eventcoder.inputs import read_inputs
    from eventcoder.pipeline import RulePipeline

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        n_docs = write_corpus(corpus, args.docs)
        pipeline = RulePipeline()
        documents = list(read_inputs([str(corpus)]))
        started = time.perf_counter()
        extracted = [pipeline(doc) for doc in documents]
        extract_rate = n_docs / (time.perf_counter() - started)
        print(f"{n_docs} documents; extract only: {extract_rate:,.0f} docs/s")

        results = [run("sqlite", f"sqlite:///{Path(folder) / 'bench.db'}", corpus,
                       extracted, args.batch_size)]  # type: ignore[arg-type]
        if args.postgres:
            url, admin = fresh_postgres(args.postgres)
            try:
                results.append(run("postgresql", url, corpus, extracted,
                                   args.batch_size))  # type: ignore[arg-type]
            finally:
                drop_postgres(admin, url)
    print(f"{'backend':<11} {'docs':>6} {'store docs/s':>13} {'ingest docs/s':>14} "
          f"{'events':>7} {'reports':>8} {'MB/10k events':>14}")
    for r in results:
        print(f"{r['backend']:<11} {r['docs']:>6} {r['store_docs_per_s']:>13,.0f} "
              f"{r['ingest_docs_per_s']:>14,.0f} {r['events']:>7} {r['event_reports']:>8} "
              f"{r['mb_per_10k_events']:>14.1f}")


if __name__ == "__main__":
    main()
