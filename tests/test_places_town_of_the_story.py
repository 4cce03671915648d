"""A name introduced as "the (coastal) town of X" in a story that names its country, and
known to the gazetteer only in another country nothing in the text points to, is a town of
the story the gazetteer lacks: left unresolved, not moved abroad. A town abroad the text
points to ("the Spanish town of ...", "..., Spain") keeps its reading."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _countries(text: str) -> list[str | None]:
    return [e.location.country for e in extract(text, published="2024-05-09")
            if isinstance(e, Event)]


@pytest.mark.parametrize(
    "text",
    [
        "In Mozambique's Cabo Delgado province, insurgents overran the coastal town of "
        "Palma in March 2021, killing dozens of people.",
        "Jihadists attacked the village of Palma in northern Mozambique on Tuesday, "
        "burning houses.",
    ],
)
def test_town_of_the_story_is_not_moved_abroad(text: str) -> None:
    assert _countries(text) == ["MZ"]


def test_town_abroad_the_text_points_to_keeps_its_reading() -> None:
    assert _countries("A bomb exploded in the town of Palma, Spain, on Tuesday, wounding "
                      "two people.") == ["ES"]
