"""A natural feature said to lie in a name that is both a city and its province."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    return next(r for r in extract(text, published="2024-05-10") if isinstance(r, Event))


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Iraqi aircraft carried out strikes in Wadi al-Shay in Kirkuk on Thursday, killing "
         "five Islamic State militants.", "Wadi al-Shay", "Kirkuk"),
        ("Gunmen killed two shepherds in the Zaghdan valley of Kirkuk on Monday.", "Zaghdan",
         "Kirkuk"),
        ("Syrian army shelling hit Jabal al-Zawiya in Idlib on Tuesday, killing two "
         "civilians.", "Jabal al-Zawiya", "Idlib"),
        ("Regime aircraft bombed Wadi Morshed in Homs on Sunday, killing three fighters.",
         "Wadi Morshed", "Homs"),
    ],
)
def test_feature_in_a_namesake_province_is_not_placed_at_the_city(
        text: str, name: str, admin1: str) -> None:
    location = _event(text).location
    assert location is not None
    assert location.name == name
    assert location.admin1 == admin1
    assert location.geo_precision in (2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a market in Kirkuk on Tuesday, killing two.",
        "A bomb exploded in Kirkuk city on Tuesday, killing two.",
    ],
)
def test_city_said_outright_keeps_its_point(text: str) -> None:
    location = _event(text).location
    assert location is not None
    assert location.geo_precision == 1
