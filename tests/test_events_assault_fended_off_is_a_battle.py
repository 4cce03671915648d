"""An assault a force fended off ("repelled a Russian assault near X", "fought off an
assault on their camp") is a fight between armed sides, never a crowd's mob violence, even
where no firearm is named; the side whose assault it was is the other side of the fight."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, published="2024-06-20") if isinstance(r, Event)]
    return event


def test_a_repelled_assault_of_a_named_side_is_a_battle_with_it() -> None:
    event = _event("Ukrainian forces repelled a Russian assault near Kamianka on Thursday. "
                   "Two soldiers were killed in the fighting.")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert (event.actor1, event.actor2) == ("Armed Forces of Ukraine", "Russian Armed Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops fought off an assault on their camp near Douentza on Sunday. Three "
        "soldiers died in the fighting.",
        "Soldiers repulsed a night assault on a post outside Kidal on Sunday; one soldier "
        "was killed in the fighting.",
    ],
)
def test_an_assault_fended_off_is_no_brawl(text: str) -> None:
    event = _event(text)
    assert event.event_type == "battles"
    assert not any(name.startswith("Rioters") for name in (event.actor1, event.actor2) if name)
