"""A village the gazetteer lacks, named where a sentence opens ("In Kalaygai village
(Khedir District, Daikundi Province), ..."), is read as it is when the same words come later
in a sentence: the capitalised "In" is its cue, not part of its name, and the village is
placed at the district named next to it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, str | None]:
    [event] = [r for r in extract(text, published="2023-05-20") if isinstance(r, Event)]
    return event.location.name, event.location.place


@pytest.mark.parametrize(("text", "expected"), [
    ("In Kalaygai village (Khedir District, Daikundi Province), a roadside bomb killed three "
     "civilians on Tuesday.", ("Kalaygai", "Khadir")),
    ("A roadside bomb killed three civilians in Kalaygai village (Khedir District, Daikundi "
     "Province) on Tuesday.", ("Kalaygai", "Khadir")),
    ("Near Dhuunweyne (Mwingi, Kitui County), militants attacked a police camp on Monday.",
     ("Dhuunweyne", "Mwingi")),
], ids=["opening-in", "later-in", "opening-near"])
def test_places_opening_in_unknown_village(text: str,
                                           expected: tuple[str, str]) -> None:
    assert _location(text) == expected
