"""Names whose parts a linking word joins between hyphens are read whole."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.location.name, e.location.country)
            for e in eventcoder.extract(text, published="2021-03-08")
            if isinstance(e, Event) and e.location is not None]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Armed men opened fire on a minibus in Port-au-Prince on Sunday.", "Port-au-Prince", "HT"),
    ("A drone struck a fuel depot in Rostov-on-Don overnight.", "Rostov-on-Don", "RU"),
    ("Dock workers protested in Boulogne-sur-Mer against job cuts.", "Boulogne-sur-Mer", "FR"),
    ("Police detained two men after a stabbing in Stratford-upon-Avon.", "Stratford-upon-Avon",
     "GB"),
])
def test_a_name_joined_by_a_hyphenated_link_is_one_place(text: str, name: str,
                                                         country: str) -> None:
    assert _places(text) == [(name, country)]


def test_a_link_word_between_spaces_stays_a_word_of_the_sentence() -> None:
    # "on" joins a name only between hyphens: "Kyiv on Monday" is Kyiv, then a day.
    assert _places("Police dispersed protesters in Kyiv on Monday.") == [("Kyiv", "UA")]
