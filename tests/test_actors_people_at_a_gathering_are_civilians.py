"""People told by where an attack found them, shopping, eating, at a wedding, a funeral or a
church ("shoppers", "diners", "wedding guests", "mourners", "churchgoers"), are
civilians, as "worshippers" and "passers-by" are: the side struck and the party of their
dead is the country's civilians."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "country"), [
    ("A gunman opened fire in a supermarket in Tacoma on Saturday, killing four shoppers.",
     "United States"),
    ("A bomb exploded at a wedding hall in Quetta on Friday, killing 11 guests.", "Pakistan"),
    ("A bomb hidden in a car exploded among mourners at a funeral in Baqubah on Monday, "
     "killing six mourners.", "Iraq"),
    ("Gunmen attacked a church in Kaduna on Sunday, killing 20 churchgoers.", "Nigeria"),
    ("A grenade thrown into a cafe in Kismayo on Tuesday killed three diners.", "Somalia"),
])
def test_people_at_a_gathering_are_civilians(text: str, country: str) -> None:
    event = next(r for r in extract(text, published="2023-06-11") if isinstance(r, Event))
    civilians = f"Civilians ({country})"
    assert event.actor2 == civilians, event.notes
    assert {c.party for c in event.casualties if c.kind == "killed"} == {civilians}, [
        (c.kind, c.party) for c in event.casualties]
