"""Agency datelines written with a slash ("Basra/ INA" on its own line, "Najaf/ The police
announced ...") say where the report was filed, not where its event took place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event


@pytest.mark.parametrize(
    ("text", "filed_from", "source", "admin1"),
    [
        ("Basra/ INA\n\nThe Security Media Cell announced, on Sunday, the killing of three "
         "terrorists in an air strike on a hideout in the Hamrin basin in Diyala.",
         "Basra", "Iraqi News Agency", "Diyala"),
        ("Karbala / INA /\nTwo soldiers were killed on Sunday when an explosive device "
         "went off on their vehicle in the Hamrin basin in Diyala.", "Karbala",
         "Iraqi News Agency", "Diyala"),
        ("Najaf/ The Security Media Cell announced on Sunday that two soldiers were killed "
         "when an explosive device went off on their vehicle in Al-Rutba district.",
         "Najaf", None, "Al-Anbar"),
    ],
)
def test_document_slash_dateline(text: str, filed_from: str, source: str | None,
                                 admin1: str) -> None:
    records = extract(text, published="2024-06-02")
    document = next(r for r in records if isinstance(r, Document))
    assert document.metadata.get("filed_from") == filed_from
    assert document.source == source
    events = [r for r in records if isinstance(r, Event)]
    assert [e.location.admin1 for e in events] == [admin1], [e.notes for e in events]



@pytest.mark.parametrize(
    ("text", "filed_from", "span_end"),
    [
        ("Kirkuk / INA - The spokesman of the Joint Operations Command said that troops "
         "killed four gunmen in the Hamrin basin on Sunday.", "Kirkuk", 15),
        ("Erbil / NINA \u2014 Police said that a roadside bomb wounded two farmers on Friday "
         "near Makhmour.", "Erbil", 15),
    ],
)
def test_slash_agency_then_dash_dateline(text: str, filed_from: str, span_end: int) -> None:
    """"Kirkuk / INA - ...": a slash, the agency, then a dash close the dateline."""
    document = next(r for r in extract(text, published="2024-06-02")
                    if isinstance(r, Document))
    assert document.metadata.get("filed_from") == filed_from
    assert document.metadata.get("dateline_span") == [0, span_end]
    assert document.source is not None


def test_slash_then_dash_inside_a_sentence_is_no_dateline() -> None:
    text = ("Troops said that the road between the towns was reopened on Monday.\n"
            "Casualties in the town / market - none were reported.")
    document = next(r for r in extract(text, published="2024-06-02")
                    if isinstance(r, Document))
    assert "dateline_span" not in document.metadata
