"""A town written with kha's "H" ("Han Yunis") before the division that holds it ("Gaza")
is read by the pair: the holder is the namesake division the town lies in (the Gaza
Strip, not Mozambique's Gaza province; Idlib province, not its city), wherever the text's
other names point."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, str | None, str | None]:
    [event] = [r for r in extract(text, published="2024-02-06") if isinstance(r, Event)]
    return event.location.country, event.location.admin1, event.location.admin2


@pytest.mark.parametrize("text", [
    "Masked gunmen opened fire on a wedding party in Han Yunis, Gaza, late on Sunday, "
    "killing three guests.",
    "A rocket fell on a bakery in Han Yunis, Gaza, on Sunday, killing three customers, "
    "Hamas officials said.",
    "Israeli shelling hit a school in Han Yunis, Gaza, on Sunday, killing three pupils.",
    "Palestinian medics said a strike on a tent in Han Yunis, Gaza, killed three "
    "people on Sunday.",
])
def test_places_kha_town_before_gaza_is_the_strip(text: str) -> None:
    assert _location(text) == ("PS", "Gaza Strip", "Khan Yunis")


def test_places_kha_town_before_a_province_named_like_its_city() -> None:
    country, admin1, _ = _location(
        "An air raid destroyed a clinic in Han Shaykhun, Idlib, on Sunday, killing four.")
    assert (country, admin1) == ("SY", "Idlib")


@pytest.mark.parametrize(("text", "admin2"), [
    # the town written in full, and a town of the Mozambican province, stay as they were
    ("A rocket fell on a bakery in Khan Yunis, Gaza, on Sunday, killing three customers.",
     "Khan Yunis"),
    ("Bandits looted a shop in Chokwe, Gaza, on Sunday, killing three traders.", "Chokwe"),
])
def test_places_town_before_gaza_written_in_full(text: str, admin2: str) -> None:
    assert _location(text)[2] == admin2


def test_places_unknown_h_name_before_gaza_stays_at_the_holder() -> None:
    # no town of a Gaza of any country reads so with "Kh": the name stays where it was put
    country, _, admin2 = _location(
        "Bandits looted a shop in Hamrun, Gaza, on Sunday, killing three traders.")
    assert admin2 is None and country == "MZ"
