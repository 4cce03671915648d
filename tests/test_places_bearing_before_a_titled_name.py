"""A place named with a title word ("Sheikh Zuweid") is a place after a bearing from it
("south of Sheikh Zuweid"), as after "in"; a title and a name alone make a person."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


def _places(text: str) -> list[str]:
    doc = RulePipeline().analyse(document_from_text(text, published="2024-10-02"))
    return [p.text for p in doc.places if p.place is not None]


@pytest.mark.parametrize(("text", "places"), [
    ("A bomb went off south of Sheikh Zuweid on Tuesday.", ["Sheikh Zuweid"]),
    ("A bomb went off 10 km north-east of Sheikh Zuweid.", ["Sheikh Zuweid"]),
    ("Troops killed Sheikh Zuweid, a preacher, on Tuesday.", []),
])
def test_places_bearing_before_a_titled_name(text: str, places: list[str]) -> None:
    assert _places(text) == places
