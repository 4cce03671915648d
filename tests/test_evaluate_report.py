"""Reports: JSON with every measure, an HTML page whose pictures are well-formed SVG."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console

from eventcoder.evaluate.metrics import Confusion, Scores
from eventcoder.evaluate.report import (
    confusion_svg,
    render_html,
    rich_tables,
    scatter_svg,
    write_json,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def scores() -> Scores:
    scores = Scores(format="acled", n_rows=3, meta={"path": "x.csv", "split": "check"})
    accuracy = scores.measure("event_type.accuracy", "event_type", "type equals coded")
    for hit in (True, False, True):
        accuracy.add(hit)
    confusion = scores.confusions.setdefault("event_type", Confusion("event_type"))
    confusion.add("protests", "protests")
    confusion.add("protests", "riots")
    confusion.add("battles <&>", None)
    scores.pairs["fatalities"] = [("A", 0, 0), ("B", 3, 12), ("C", 120, 100)]
    scores.error("B", "fatalities", 3, 12, 9.0, "Clashes <b>killed</b> three & more.")
    scores.error("A", "event_type", "protests", "riots", 1.0, "Police dispersed a march.")
    return scores


def test_evaluate_confusion_svg_is_wellformed_with_counts(scores: Scores) -> None:
    svg = ET.fromstring(confusion_svg(scores.confusions["event_type"]))
    cells = svg.findall(f"{SVG}rect")
    assert len(cells) == 4 * 4  # protests, battles, riots, (none)
    texts = [t.text for t in svg.findall(f"{SVG}text")]
    assert "battles <&>" in texts and "(none)" in texts


def test_evaluate_scatter_svg_has_one_dot_per_distinct_pair() -> None:
    pairs = [("A", 0, 0), ("B", 0, 0), ("C", 2, 5)]
    svg = ET.fromstring(scatter_svg(pairs, name="fatalities"))
    dots = svg.findall(f"{SVG}circle")
    assert len(dots) == 2
    titles = sorted(d.find(f"{SVG}title").text or "" for d in dots)  # type: ignore[union-attr]
    assert titles == ["coded 0, predicted 0: 2 row(s)", "coded 2, predicted 5: 1 row(s)"]


def test_evaluate_html_report_shows_pictures_and_worst_errors(scores: Scores) -> None:
    page = render_html(scores)
    svgs = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert len(svgs) == 3  # measures, confusion heatmap, fatalities scatter
    for svg in svgs:
        ET.fromstring(svg)
    assert "Clashes &lt;b&gt;killed&lt;/b&gt; three &amp; more." in page
    assert "<b>killed" not in page
    assert "66.7%" in page
    # Errors are ordered by severity within each field, fields in order of first sight.
    assert page.index("Clashes") < page.index("Police dispersed")


def test_evaluate_json_report_round_trips(scores: Scores, tmp_path: Path) -> None:
    path = tmp_path / "scores.json"
    write_json(scores, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["measures"]["event_type.accuracy"] == {
        "field": "event_type", "value": pytest.approx(2 / 3, abs=1e-6), "hits": 2.0, "n": 3,
        "unit": "share", "description": "type equals coded"}
    assert data["confusion"]["event_type"]["top_errors"][0]["count"] == 1
    assert data["worst_errors"][0]["predicted"] == 12
    assert data["pairs"]["fatalities"][1] == ["B", 3, 12]


def test_evaluate_terminal_table_lists_measures(scores: Scores) -> None:
    console = Console(record=True, width=120)
    for table in rich_tables(scores):
        console.print(table)
    text = console.export_text()
    assert "acled: 3 rows (check half)" in text
    assert "66.7%" in text
    assert "riots" in text
