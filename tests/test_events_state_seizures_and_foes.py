"""Property a force seizes, two forces of one state told as foes, and the dead a crowd
mourns.

ACLED codes goods or property seized outside any fighting ("seized the house of a
journalist", "confiscated two shops") as looting and property destruction. Two forces of
one state joined by "and" are allies ("the army and police clashed with gunmen") unless
they are named after "between" ("a quarrel between police and soldiers turned into a
gunfight"): then they are the two sides. Protesters who carry the coffins "of those killed"
mourn the dead; they killed no one.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 14 January 2022, Houthi security forces seized a pharmacy in Ibb, Yemen.",
        ("On 2 March 2022, militiamen confiscated the houses of three teachers in Dhamar, "
         "Yemen, accusing them of disloyalty."),
    ],
)
def test_events_property_seized_is_looting(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "looting_property_destruction")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("On 3 May 2022, a dispute between police and soldiers turned into an armed clash "
         "in Kisangani, Democratic Republic of Congo.",
         "Police Forces of the Democratic Republic of Congo",
         "Military Forces of the Democratic Republic of Congo"),
        ("On 8 June 2022, a quarrel between the police and soldiers turned into a gunfight at "
         "a market in Yola, Nigeria.", "Police Forces of Nigeria", "Military Forces of Nigeria"),
    ],
)
def test_events_two_forces_of_one_state_told_between(text: str, first: str,
                                                     second: str) -> None:
    event = _event(text)
    assert event.event_type == "battles"
    assert (event.actor1 or "").startswith(first)
    assert (event.actor2 or "").startswith(second)


def test_events_two_forces_of_one_state_joined_stay_allies() -> None:
    event = _event("On 3 May 2022, police and soldiers clashed with gunmen near Bama, Nigeria.")
    assert event.event_type == "battles"
    assert not (event.actor2 or "").startswith("Military Forces")


@pytest.mark.parametrize(
    "text",
    [
        ("On 3 May 2022, hundreds of protesters carried the coffins of those killed in the "
         "uprising through Basra, Iraq."),
        ("On 3 May 2022, hundreds of protesters marched through Basra, Iraq, carrying the "
         "coffins of those killed at last month's rallies."),
    ],
)
def test_events_protesters_mourning_those_killed_hold_a_protest(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == ("protests", "peaceful_protest")
