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
