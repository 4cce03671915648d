"""A town inside the Arabic name of an armed group ("Liwa Homs", "Kata'ib Raqqa", "Jaish
Manbij") says where the group was raised, not where the event is: the event is placed where
the text places it, and at that town only where the text also names it as a place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "On 8 March 2021, members of Liwa Homs shot dead a shopkeeper in Damascus.",
    "On 8 March 2021, Kata'ib Raqqa fighters clashed with army troops near Salamiyah.",
    "Jaish Manbij said on 8 March 2021 that its men ambushed a patrol near Salamiyah.",
], ids=["liwa", "kataib", "jaish"])
def test_places_town_in_a_group_name_is_no_place(text: str) -> None:
    found = places_in(text)
    assert not any(name in found for name in ("Homs", "Raqqa", "Manbij", "Jaish Manbij"))


@pytest.mark.parametrize(("text", "place"), [
    ("On 8 March 2021, members of Liwa Homs shot dead a shopkeeper in Damascus.", "Damascus"),
    ("On 8 March 2021, Liwa Homs fighters clashed with army troops in Homs, killing three.",
     "Homs"),
], ids=["placed-elsewhere", "placed-in-the-town-too"])
def test_events_placed_where_the_text_places_them(text: str, place: str) -> None:
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert event.location.name == place
