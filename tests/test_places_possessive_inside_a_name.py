"""A place name that holds a possessive: "Cox's Bazar" is one name, not "Bazar"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location.name, e.location.country)
            for e in extract(text, published="2024-05-10") if isinstance(e, Event)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two refugees were shot dead in a camp in Cox's Bazar on Monday, police said.",
         "Cox's Bazar"),
        ("Two refugees were shot dead in a camp in Cox\u2019s Bazar district on Monday.",
         "Cox\u2019s Bazar"),
        ("Gunmen killed a camp volunteer near Cox's Bazar, Bangladesh, on Monday night.",
         "Cox's Bazar"),
    ],
)
def test_places_name_holding_a_possessive_is_read_whole(text: str, name: str) -> None:
    assert _places(text) == [(name, "BD")]


def test_places_possessive_before_another_name_stays_apart() -> None:
    # "Afrin's entrance": the possessive of a town, no name of its own
    assert _places("Gunmen attacked a checkpoint at Afrin's entrance on Monday, killing two "
                   "fighters.") == [("Afrin", "SY")]
