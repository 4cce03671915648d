"""A name with no entry in the division written after it, written as a front there ("on the
Vodyane front (Mwingi, Kitui)"), is named as written and placed at that holder, as "Vodyane,
Kitui" is. A name placed at a holder written with a side of its countryside ("shelled
Tolkhana in the southern countryside of Kitui") lies on that side of the town, as the town's
own mention there does: the event's point moves out the same way, not back to the town."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.places import HOLDER_PLACED_REASON
from eventcoder.records import Event
from tests.places_text import places_in


def _location(text: str) -> tuple[str | None, float, float]:
    [event] = [r for r in extract(text, published="2023-05-20") if isinstance(r, Event)]
    location = event.location
    assert location.latitude is not None and location.longitude is not None
    return location.name, location.latitude, location.longitude


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2023, soldiers repelled a rebel attack on the Vodyane front (Mwingi, Kitui).",
        "Rebels were pushed back on the Vodyane frontline (Mwingi, Kitui) on Sunday.",
    ],
)
def test_places_namesake_front_placed_at_holder(text: str) -> None:
    mention = places_in(text)["Vodyane"]
    assert mention.place is not None and mention.place.name == "Mwingi"
    assert mention.reason is not None and mention.reason.endswith(HOLDER_PLACED_REASON)


@pytest.mark.parametrize(
    ("text", "name", "north", "east"),
    [
        # a name the gazetteer lacks
        ("On 4 May 2023, artillery shelled Tolkhana in the southern countryside of Kitui.",
         "Tolkhana", -1, 0),
        # a name whose only entries lie abroad
        ("On 4 May 2023, artillery shelled Vodyane in the western countryside of Kitui.",
         "Vodyane", 0, -1),
        ("On 4 May 2023, gunmen killed a farmer in Tolkhana in the eastern countryside of "
         "Garissa.", "Tolkhana", 0, 1),
    ],
    ids=["lacking-south", "abroad-west", "in-east"],
)
def test_places_holder_side_moves_named_place(text: str, name: str, north: int,
                                              east: int) -> None:
    holder = places_in(text)[name].place
    assert holder is not None
    written, latitude, longitude = _location(text)
    assert written == name
    # about 20 km out to the side written, none across
    for moved, toward, at in ((latitude, north, holder.latitude),
                              (longitude, east, holder.longitude)):
        if toward:
            assert 0.1 < (moved - at) * toward < 0.3
        else:
            assert abs(moved - at) < 0.01
