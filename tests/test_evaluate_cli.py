"""``eventcoder evaluate`` end to end on the shipped fixtures: table, JSON and HTML produced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.evaluate import detect_format, load_rows
from eventcoder.records import Document, Event, Location

FIXTURES = Path(__file__).parent / "fixtures" / "evaluate"
FILES = {
    "acled": FIXTURES / "acled-sample.csv",
    "gtd": FIXTURES / "gtd-sample.csv",
    "wikievents": FIXTURES / "wikievents-sample.jsonl",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_evaluate_detects_format(name: str) -> None:
    assert detect_format(FILES[name]) == name


def test_evaluate_rejects_unknown_columns(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert "cannot tell the format" in result.output


@pytest.mark.parametrize("name", sorted(FILES))
def test_evaluate_cli_runs_extractor_and_writes_reports(name: str, tmp_path: Path) -> None:
    json_out, html_out = tmp_path / "scores.json", tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["evaluate", str(FILES[name]), "--json", str(json_out), "--html", str(html_out)]
    )
    assert result.exit_code == 0, result.output
    assert f"{name}:" in result.output
    data = json.loads(json_out.read_text(encoding="utf-8"))
    assert data["format"] == name
    assert data["n_failed"] == 0, data["failed"]
    assert data["measures"]
    for key, measure in data["measures"].items():
        if measure["unit"] == "share" and measure["value"] is not None:
            assert 0.0 <= measure["value"] <= 1.0, key
    page = html_out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<svg" in page


def test_evaluate_cli_scores_given_predictions_exactly(tmp_path: Path) -> None:
    _, rows = load_rows(FILES["acled"])
    lines = []
    for row in rows[:3]:
        lines.append(Document(doc_id=row.row_id).to_dict())
        lines.append(Event(event_id=f"{row.row_id}-1", doc_id=row.row_id,
                           event_type="protests", sub_event_type="peaceful_protest",
                           location=Location(country=row.iso2), confidence=0.5).to_dict())
    predictions = tmp_path / "records.jsonl"
    predictions.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    json_out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["evaluate", str(FILES["acled"]), "--predictions",
                                       str(predictions), "--json", str(json_out)])
    assert result.exit_code == 0, result.output
    measures = json.loads(json_out.read_text(encoding="utf-8"))["measures"]
    # One of six rows is a protest; three of six got an event, each in the right country.
    assert measures["event_type.accuracy"]["value"] == pytest.approx(1 / 6, abs=1e-6)
    assert measures["country.accuracy"]["value"] == pytest.approx(3 / 6, abs=1e-6)
    assert measures["event.found"]["hits"] == 3


@pytest.mark.parametrize("name", sorted(FILES))
def test_evaluate_cli_halves_partition_the_rows(name: str, tmp_path: Path) -> None:
    counts = {}
    for split in ("tune", "check", "all"):
        _, rows = load_rows(FILES[name], split=split)  # type: ignore[arg-type]
        counts[split] = {r.row_id for r in rows}
    assert counts["tune"] | counts["check"] == counts["all"]
    assert not counts["tune"] & counts["check"]


def test_evaluate_cli_limit(tmp_path: Path) -> None:
    json_out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["evaluate", str(FILES["gtd"]), "--limit", "2", "--sample",
                                       "--predictions", str(FIXTURES / "README.md"),
                                       "--json", str(json_out)])
    assert result.exit_code == 1
    assert "not an eventcoder record" in result.output
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(FILES["gtd"]), "--limit", "2",
                                       "--predictions", str(empty), "--json", str(json_out)])
    assert result.exit_code == 0, result.output
    assert json.loads(json_out.read_text(encoding="utf-8"))["n_rows"] == 2
