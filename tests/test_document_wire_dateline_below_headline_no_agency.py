"""A wire dateline naming no agency ("DHAKA, Oct. 8 \u2014 ...") on a line of its own below a
headline (and a byline) is read as it is at the opening of a story: the town it was filed
from, and, where it gives a year, the day the report was published. A line below the
headline that only opens on a place or a date is no dateline."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.document import _WIRE_LINE, DATELINE_REACH, _wire_match
from eventcoder.records import Document, Event


def _records(text: str, published: str | None) -> tuple[Document, list[Event]]:
    records = extract(text, published=published)
    document = next(r for r in records if isinstance(r, Document))
    return document, [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "town", "day"), [
    ("Police say four killed at rally\n\nDHAKA, Oct. 8 \u2014 Four people were killed when "
     "police fired on protesters in Khulna on Tuesday, officials said.", "DHAKA", "Oct. 8"),
    ("Bomb hits bus in the north\nBy Lena Ortiz\nKANO, 12 June - A bomb tore through a bus "
     "near Bichi, killing six passengers, police said.", "KANO", "12 June"),
    ("Clash near the border\n\nLIMA, Peru, May 4: Soldiers killed two smugglers near "
     "Puno, the army said.", "LIMA, Peru", "May 4"),
], ids=["em-dash", "byline", "colon"])
def test_document_dateline_below_a_headline_names_its_town(
        text: str, town: str, day: str) -> None:
    document, _events = _records(text, "2024-12-20")
    assert document.metadata["filed_from"] == town
    assert document.metadata["dateline"] == day
    start, _end = document.metadata["dateline_span"]
    assert text[start:].startswith(town)


def test_document_dateline_below_a_headline_with_a_year_dates_the_report() -> None:
    text = ("Army says 40 fighters killed in February\n\nNAIROBI, March 3, 2025: Troops killed "
            "40 fighters in 25 operations in February, the army said.")
    document, _events = _records(text, None)
    assert (document.published, document.published_basis) == ("2025-03-03", "in_text")
    assert document.metadata["filed_from"] == "NAIROBI"


def test_document_dateline_below_a_headline_without_a_year_leaves_the_date_unknown() -> None:
    text = ("Police say four killed at rally\n\nDHAKA, Oct. 8 \u2014 Four people were killed "
            "in Khulna on Tuesday, officials said.")
    document, _events = _records(text, None)
    assert document.published is None
    assert document.metadata["filed_from"] == "DHAKA"


@pytest.mark.parametrize("text", [
    "Police say four killed\n\nOn Oct. 8 \u2014 four people were killed in Khulna.",
    "Police say four killed\n\nDhaka, Oct. 8 \u2014 four people were killed in Khulna.",
    "Police say four killed\n\nDHAKA police said four people were killed on Oct. 8.",
    "Police say four killed in Khulna on Tuesday, officials said, adding that the toll "
    "could rise.",
], ids=["date-only", "title-case-place", "no-date-after-place", "one-line"])
def test_document_line_below_a_headline_that_is_no_dateline(text: str) -> None:
    assert _wire_match(text) is None


def test_document_dateline_below_a_headline_looked_for_within_the_reach() -> None:
    filler = "Words of a long headline " * (DATELINE_REACH // 25 + 1)
    text = f"{filler.strip()}\n\nDHAKA, Oct. 8 \u2014 Four people were killed."
    assert _WIRE_LINE.match(text, text.index("DHAKA")) is not None
    assert _wire_match(text) is None
