"""A dateline of a town, a slash and an outlet's name of two or three words alone on its line
("Diyala / Baghdad Today", "Basra / Shafaq News") says where the report was filed and by
whom: the outlet's name is neither a date ("Today") nor a place ("Baghdad") of the events."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event


@pytest.mark.parametrize(
    ("text", "filed_from", "source", "day", "admin1"),
    [
        ("Unknown gunmen kill shop owner\n\nKirkuk / Baghdad Today\n\nUnknown gunmen shot "
         "dead, on Sunday night, the owner of a shop in the Hawija district, and fled. A "
         "police source told Baghdad Today that the man was killed on the spot.",
         "Kirkuk", "Baghdad Today", "2024-09-15", "Kirkuk"),
        ("Basra / Shafaq News\n\nA farmer was killed on Sunday when a landmine left over "
         "from the war exploded in Al-Fao district, a local source told Shafaq News.",
         "Basra", "Shafaq News", "2024-09-15", "Basra"),
    ],
)
def test_document_town_and_outlet_name_dateline(text: str, filed_from: str, source: str,
                                                day: str, admin1: str) -> None:
    records = extract(text, published="2024-09-16")
    document = next(r for r in records if isinstance(r, Document))
    assert document.metadata.get("filed_from") == filed_from
    assert document.source == source
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.date_start, e.location.admin1) for e in events] == [(day, admin1)], [
        e.notes for e in events]


def test_document_town_and_outlet_name_town_told_in_the_body() -> None:
    # the outlet's whole name is blanked, not the town that opens it
    text = ("Diyala / Baghdad Today\n\nTwo policemen were killed on Sunday when gunmen "
            "attacked their checkpoint in the Karrada district of Baghdad, a source told "
            "Baghdad Today.")
    events = [r for r in extract(text, published="2024-09-16") if isinstance(r, Event)]
    assert [e.location.admin1 for e in events] == ["Baghdad"], [e.notes for e in events]


def test_document_sentence_after_a_slash_is_no_outlet() -> None:
    # a slash and words running on past the line's end are a sentence, not an outlet
    text = ("Mosul / Police Said Two Men\nwere arrested on Sunday in Mosul for planting a "
            "bomb.")
    document = next(r for r in extract(text, published="2024-09-16")
                    if isinstance(r, Document))
    assert document.source != "Police Said Two"
