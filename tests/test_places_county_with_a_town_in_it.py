"""A name written with the word its country calls its first-level divisions by ("Kenya's
Garissa county") is the division, even where the text names a town inside it later: the
town of that name gains nothing over the division from the other places lying in it. A name
with no such word is still the town."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline

_PLACES = RulePipeline(stages=("eventcoder.document.v1", "eventcoder.places.v1"))


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PLACES.analyse(document_from_text(text, published="2024-01-17"))
    return [(m.text, m.place.name, m.place.feature) for m in doc.places
            if m.place is not None and m.place.feature != "country"]


@pytest.mark.parametrize(("text", "county", "town"), [
    ("Gunmen killed four herders in Kenya's Garissa county on Monday, police said. The "
     "herders were grazing cattle near Dadaab when they were attacked.", "Garissa", "Dadaab"),
    ("Gunmen killed four herders in Kenya's Wajir county on Monday, police said. The "
     "herders were grazing cattle near Habaswein when they were attacked.", "Wajir",
     "Habaswein"),
])
def test_a_county_named_before_a_town_in_it_is_the_county(text: str, county: str,
                                                          town: str) -> None:
    assert _read(text) == [(county, county, "admin1"), (town, town, "populated_place")]


def test_a_name_with_no_division_word_is_still_the_town() -> None:
    text = ("Gunmen killed four herders in Garissa on Monday, police said. The herders were "
            "grazing cattle near Dadaab when they were attacked.")
    assert _read(text) == [("Garissa", "Garissa", "populated_place"),
                           ("Dadaab", "Dadaab", "populated_place")]
