"""An ingest killed with SIGKILL and run again gives the same store as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

PLACES = [("Afgoye", "Somalia"), ("Kismayo", "Somalia"), ("Mosul", "Iraq"),
          ("Kirkuk", "Iraq"), ("Maiduguri", "Nigeria"), ("Gao", "Mali"),
          ("Kharkiv", "Ukraine"), ("Goma", "Democratic Republic of Congo")]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
TEMPLATES = [
    "{place}, {day} {month} 2024 - Gunmen killed {n} civilians in an attack near {place}, "
    "{country}, on {day} {month} 2024, local officials said.",
    "At least {n} soldiers were killed when militants ambushed an army patrol outside {place}, "
    "{country}, on {day} {month} 2024, the army said in a statement.",
    "Police arrested {n} suspected militants during raids in {place}, {country}, on {day} "
    "{month} 2024, a spokesman said.",
    "A roadside bomb killed {n} people travelling on a minibus near {place} in {country} on "
    "{day} {month} 2024, witnesses told reporters.",
]
MONTHS = ["January", "February", "March", "April", "May", "June"]

CLI = [sys.executable, "-c", "from eventcoder.cli import main; main()"]

TABLES = {
    "documents": ("doc_id", "content_hash", "origin", "source", "published", "text", "error",
                  "record"),
    "events": ("event_id", "n_sources", "fatalities", "record", "reconciliation"),
    "event_sources": ("event_id", "doc_id", "source_event_id", "record"),
    "tallies": ("tally_id", "n_sources", "record", "reconciliation"),
    "tally_sources": ("tally_id", "doc_id", "source_tally_id", "record"),
    "consistency": ("doc_id", "seq", "record"),
    "statements": ("doc_id", "seq", "record"),
}


def _write_corpus(path: Path, n_docs: int) -> None:
    """Varied short reports, some told twice by different outlets."""
    lines = []
    seen: set[str] = set()
    for i in range(n_docs):
        place, country = PLACES[i % len(PLACES)]
        template = TEMPLATES[(i // len(PLACES)) % len(TEMPLATES)]
        day, month = 1 + (i * 7) % 27, MONTHS[(i // 3) % len(MONTHS)]
        report = template.format(place=place, country=country, day=day, month=month,
                                 n=WORDS[i % len(WORDS)])
        if report in seen:
            continue
        seen.add(report)
        lines.append({"id": f"r{i:04d}", "text": report, "source": "Wire A"})
        if i % 5 == 0:
            lines.append({"id": f"r{i:04d}b", "text": "UPDATE: " + report, "source": "Wire B"})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def _snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(f"sqlite:///{db}")
    out = {}
    with engine.connect() as connection:
        for table, columns in TABLES.items():
            rows = connection.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).all()
            out[table] = sorted(tuple(row) for row in rows)
    engine.dispose()
    return out


def _count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM documents")).scalar() or 0)
    except Exception:  # the schema may not be there yet while the run starts
        return 0
    finally:
        engine.dispose()


def test_ingest_killed_and_resumed_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, 160)
    n_docs = sum(1 for _ in corpus.open())
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}

    whole = tmp_path / "whole.db"
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(whole), "--batch-size", "4"],
                   check=True, env=env, capture_output=True)

    resumed = tmp_path / "resumed.db"
    process = subprocess.Popen(
        [*CLI, "ingest", str(corpus), "--db", str(resumed), "--batch-size", "4"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count_documents(resumed) < n_docs // 4 and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    stored = _count_documents(resumed)
    assert 0 < stored < n_docs

    rerun = subprocess.run(
        [*CLI, "ingest", str(corpus), "--db", str(resumed), "--batch-size", "4"],
        env=env, capture_output=True, text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n_docs - stored} added, {stored} already stored" in rerun.stderr

    assert _snapshot(resumed) == _snapshot(whole)
    snapshot = _snapshot(whole)
    assert len(snapshot["documents"]) == n_docs
    assert len(snapshot["event_sources"]) > len(snapshot["events"])  # retold reports merged
