"""Publication date lines at the top of an article, and the stage on the seed articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventcoder.dates import find_dateline, find_dates
from eventcoder.mentions import Doc
from eventcoder.records import Document

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.mark.parametrize(
    ("text", "expected", "span_text"),
    [
        (" date 2023-03-03 Shafaq News/ US Central Command-led forces", date(2023, 3, 3),
         "date 2023-03-03"),
        ("Published: 03 March 2023\nIraqi forces said", date(2023, 3, 3),
         "Published: 03 March 2023"),
        ("Clashes in Idlib\nUpdated on May 4, 2020 at 10:30\nSyrian forces", date(2020, 5, 4),
         "Updated on May 4, 2020"),
        ("3 March 2023 | 14:05\nGunmen attacked a market.", date(2023, 3, 3), "3 March 2023"),
        ("By Jane Doe | November 21, 2019\nPolice arrested 12.", date(2019, 11, 21),
         "November 21, 2019"),
        ("BAGHDAD, March 3, 2023 (Reuters) - Iraqi forces", date(2023, 3, 3), "March 3, 2023"),
        ("Posted 2021-07-09T08:00:00+03:00\nText", date(2021, 7, 9),
         "Posted 2021-07-09T08:00:00+03:00"),
        ("Friday 3 March 2023 14.05 GMT\nShare\nGunmen attacked", date(2023, 3, 3),
         "Friday 3 March 2023"),
        ("Ceasefire collapses\nMay 4, 2020\nFighting resumed", date(2020, 5, 4), "May 4, 2020"),
    ],
)
def test_dates_dateline_found(text: str, expected: date, span_text: str) -> None:
    found = find_dateline(text)
    assert found is not None
    when, start, end = found
    assert when == expected
    assert text[start:end] == span_text


def test_dates_dateline_wire_without_year_needs_a_reference() -> None:
    text = "BAGHDAD, March 3 (Reuters) - Iraqi forces killed two militants."
    assert find_dateline(text) is None
    found = find_dateline(text, reference=date(2023, 3, 5))
    assert found is not None
    assert found[0] == date(2023, 3, 3)
    assert text[found[1] : found[2]] == "March 3"


@pytest.mark.parametrize(
    "text",
    [
        "US Central Command announced on Monday that operations continued.",
        "Gunmen killed two people. " * 30 + "Published: 03 March 2023",
        "The ceasefire of 9 May 2020 collapsed within hours, officials said.",
        "9 May 2020, gunmen attacked a convoy near Gao, killing three soldiers.",
        "May 4, 2020 was the deadliest day of the month.",
    ],
)
def test_dates_dateline_absent(text: str) -> None:
    assert find_dateline(text) is None


def _doc(text: str, published: str | None) -> Doc:
    return Doc(document=Document(doc_id="t", text=text, published=published), text=text)


def test_dates_dateline_stage_on_centcom_seed() -> None:
    text = (SEEDS / "centcom-hamrin-dayr-az-zawr.txt").read_text(encoding="utf-8")
    doc = find_dates(_doc(text, "2025-01-06"))
    spans = {(m.text, m.date_start, m.date_end, m.time_precision) for m in doc.dates}
    assert ("From December 30 to January 6", date(2024, 12, 30), date(2025, 1, 6), 2) in spans
    assert ("From January 2 to January 3", date(2025, 1, 2), date(2025, 1, 3), 2) in spans
    assert ("Monday", date(2025, 1, 6), date(2025, 1, 6), 1) in spans
    assert ("July of 2023", date(2023, 7, 1), date(2023, 7, 31), 3) in spans
    assert ("December", date(2024, 12, 1), date(2024, 12, 31), 3) in spans
    assert ("2014", date(2014, 1, 1), date(2014, 12, 31), 3) in spans
    for mention in doc.dates:
        assert text[mention.start : mention.end] == mention.text


def test_dates_dateline_stage_on_shafaq_seed() -> None:
    text = (SEEDS / "shafaq-2023-03-03-february-operations.txt").read_text(encoding="utf-8")
    found = find_dateline(text)
    assert found is not None and found[0] == date(2023, 3, 3)
    doc = find_dates(_doc(text, found[0].isoformat()))
    february = [m for m in doc.dates if m.text == "February"]
    assert [(m.date_start, m.date_end, m.time_precision) for m in february] == [
        (date(2023, 2, 1), date(2023, 2, 28), 3)
    ]
    friday = [m for m in doc.dates if m.text == "Friday"]
    assert [m.date_start for m in friday] == [date(2023, 3, 3)]


def test_dates_dateline_stage_without_publication_keeps_years_unknown() -> None:
    text = (SEEDS / "centcom-hamrin-dayr-az-zawr.txt").read_text(encoding="utf-8")
    doc = find_dates(_doc(text, None))
    ranges = [m for m in doc.dates if m.text.startswith("From December")]
    assert ranges and all(m.date_start is None and m.basis == "unknown" for m in ranges)
    assert [m.date_start for m in doc.dates if m.text == "July of 2023"] == [date(2023, 7, 1)]


def test_dates_dateline_stage_survives_a_bad_publication_date() -> None:
    doc = find_dates(_doc("On 9 May 2020, a clash. Yesterday too.", "not-a-date"))
    assert [m.date_start for m in doc.dates] == [date(2020, 5, 9), None]
