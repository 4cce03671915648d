"""The corpus commands end to end: ingest, errors, events, tallies, stats, show, export, import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.commands.corpus import COMMANDS

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "corpus.db"
    bad = path.parent / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    result = CliRunner().invoke(main, ["ingest", str(CORPUS / "reports"), str(CORPUS / "web"),
                                       str(CORPUS / "notes.csv"), str(bad), "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert "8 added" in result.stderr and "1 failed" in result.stderr
    return str(path)


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_commands_list_errors_by_name(db: str) -> None:
    [error] = [json.loads(line) for line in _run("errors", "--db", db, "--format",
                                                 "json").splitlines()]
    assert error["origin"].endswith("bad.txt") and "binary" in error["error"]


def test_ingest_commands_query_events(db: str) -> None:
    events = [json.loads(line) for line in _run("events", "--db", db, "--format", "json",
                                                "--limit", "100").splitlines()]
    assert events and all(e["record"] == "event" for e in events)
    total = len(events)
    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv",
                                                "--limit", "100"))))
    assert len(rows) == total
    first = events[0]
    country = first["location"]["country"]
    filtered = [json.loads(line) for line in _run(
        "events", "--db", db, "--format", "json", "--country", country).splitlines()]
    assert filtered and all(e["location"]["country"] == country for e in filtered)
    assert "event(s)" in _run("events", "--db", db)


def test_ingest_commands_stats_show_and_tallies(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_run("stats", "--db", db, "--by", "month,country",
                                                "--format", "csv"))))
    assert rows and set(rows[0]) == {"month", "country", "events", "fatalities", "reports"}
    event = json.loads(_run("events", "--db", db, "--format", "json", "--limit",
                            "1").splitlines()[0])
    shown = _run("show", event["event_id"], "--db", db)
    assert shown.startswith(f"Event {event['event_id']}")
    assert "Sources (" in shown
    source_id = event["members"][0]
    assert _run("show", source_id, "--db", db).startswith(f"Event {event['event_id']}")
    _run("tallies", "--db", db)


def test_ingest_commands_refuse_bad_options(db: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", db, "--by", "weather"])
    assert result.exit_code == 2 and "cannot group by" in result.output
    result = CliRunner().invoke(main, ["events", "--db", db, "--from", "last week"])
    assert result.exit_code == 2
    result = CliRunner().invoke(main, ["show", "nothing-like-it", "--db", db])
    assert result.exit_code == 1 and "no event" in result.output


def test_ingest_commands_export_and_import(db: str, tmp_path: Path) -> None:
    dump = tmp_path / "all.jsonl"
    _run("export", "--db", db, "--format", "jsonl", "-o", str(dump))
    copy = tmp_path / "copy.db"
    _run("import", str(dump), "--db", str(copy))
    again = tmp_path / "again.jsonl"
    _run("export", "--db", str(copy), "--format", "jsonl", "-o", str(again))
    assert again.read_text(encoding="utf-8") == dump.read_text(encoding="utf-8")
    for name in ("acled-csv", "ucdp-csv", "geojson", "parquet"):
        _run("export", "--db", db, "--format", name, "-o", str(tmp_path / f"out.{name}"))
        assert (tmp_path / f"out.{name}").stat().st_size > 0


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_ingest_commands_have_help_with_an_example(command: object) -> None:
    help_text = _run(command.name, "--help")  # type: ignore[attr-defined]
    assert "Example:" in help_text
