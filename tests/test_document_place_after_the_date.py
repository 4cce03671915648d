"""A dateline that opens with its date writes the place after it, upper case in brackets
("March 3, 2025 (JUBA) -"): where the report was filed, not where its events happened; an
agency's initials in the same brackets are no place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.records import Event


def _clean(text: str) -> Doc:
    return clean_document(make_doc(document_from_text(text)))


@pytest.mark.parametrize(
    ("text", "filed_from"),
    [
        ("Clashes in Malakal\n\nMarch 3, 2025 (JUBA) - Fighting broke out on Sunday in the "
         "town of Malakal, residents said.", "JUBA"),
        ("Drone hits depot\n\nJune 14, 2024 (PORT SUDAN) \u2013 A drone hit a fuel depot in "
         "Kosti on Thursday, officials said.", "PORT SUDAN"),
    ],
)
def test_place_in_brackets_after_the_date_is_where_it_was_filed(text: str,
                                                                filed_from: str) -> None:
    document = _clean(text).document
    assert document.metadata["filed_from"] == filed_from
    start, end = document.metadata["dateline_span"]
    assert text[start:end].endswith(filed_from)


def test_agency_in_brackets_after_the_date_is_no_place() -> None:
    document = _clean("March 3, 2025 (AFP) - Fighting broke out on Sunday in the town of "
                      "Malakal, residents said.").document
    assert "filed_from" not in document.metadata


def test_the_event_is_placed_in_the_town_the_story_tells() -> None:
    text = ("Army and rebels fight for Kosti\n\nJune 14, 2024 (KHARTOUM) \u2013 Heavy fighting "
            "broke out on Thursday in the town of Kosti in White Nile state as the RSF "
            "launched a new attack on the army's garrison.")
    events = [r for r in extract(text, doc_id="t") if isinstance(r, Event)]
    assert [(e.location.name, e.location.admin1) for e in events] == [("Kosti", "White Nile")]
