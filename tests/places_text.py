"""The place mentions the places stage finds in a sentence, for the place tests."""

from __future__ import annotations

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import PlaceMention
from eventcoder.places import find_places


def place_mentions(text: str) -> tuple[PlaceMention, ...]:
    """Every place mention of ``text``, in order."""
    return find_places(clean_document(make_doc(document_from_text(text)))).places


def places_in(text: str) -> dict[str, PlaceMention]:
    """The place mentions of ``text`` by the words written."""
    return {m.text: m for m in place_mentions(text)}


def division_read(text: str, written: str) -> tuple[str, str] | None:
    """The country and first-level division the name ``written`` in ``text`` is read as,
    where it is read as a first-level division; None where it is not."""
    place = places_in(text)[written].place
    if place is None or place.feature != "admin1":
        return None
    return place.country, place.admin1
