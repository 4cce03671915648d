"""Arms listed line by line under a line that says they were recovered ("The following
arms were recovered from the killed terrorists:" / "1. Kalashnikov rifles: 03" / "2. Hand
grenades: 04") are things found, no grenade attack; a list of what happened is read as
before."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_RAID = ("On 4 March 2025, police raided a hideout in the hills near Zhob, Pakistan. The "
         "militants opened fire and in the exchange of fire three militants were killed.\n\n")


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, doc_id="t", published="2025-03-05")
                if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    "listing",
    [
        "The following arms and ammunition were recovered from the killed militants:\n"
        "1. Kalashnikov rifles: 03\n2. Hand grenades: 04\n3. Explosive material: 06 kg\n"
        "4. Rounds of different bore: 300\n",
        "Seized from the hideout:\n- two pistols\n- three hand grenades\n- a suicide vest\n",
    ],
)
def test_arms_listed_as_recovered_are_no_deed(listing: str) -> None:
    event = _event(_RAID + listing)
    assert event.sub_event_type == "armed_clash"


def test_a_list_of_deeds_still_tells_a_grenade_attack() -> None:
    event = _event("Police said the following happened in Zhob, Pakistan on 4 March 2025:\n"
                   "1. Militants threw hand grenades at a police post, wounding two officers.\n")
    assert event.sub_event_type == "grenade"
