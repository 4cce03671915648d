"""A dateline of a town and its country ("Kabul, Afghanistan - ") says where the report was
filed, not where the event took place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        ("Kabul, Afghanistan - At least eight soldiers were killed when a roadside bomb "
         "struck their vehicle in Nad Ali district of Helmand province on Sunday.",
         "Kabul, Afghanistan", "Helmand"),
        ("Maiduguri, Borno State - Gunmen killed four farmers near Damboa on Tuesday, "
         "residents said.", "Maiduguri, Borno State", "Borno"),
    ],
)
def test_document_town_country_dateline(text: str, dateline: str, place: str) -> None:
    records = extract(text, published="2024-05-19")
    document = next(r for r in records if isinstance(r, Document))
    assert document.metadata.get("filed_from") == dateline
    event = next(r for r in records if isinstance(r, Event))
    assert event.location.admin1 == place


def test_document_country_dash_in_a_sentence_is_no_dateline() -> None:
    records = extract("Iraq - Security forces killed two militants near Tikrit on Monday.",
                      published="2024-05-19")
    document = next(r for r in records if isinstance(r, Document))
    assert "filed_from" not in document.metadata
