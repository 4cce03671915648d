"""Raids told by state agencies and wire services, each under ``fixtures/raids``, written for
these tests.

A state agency's "killing the terrorist X, leader of the so-called 'Y' group, and 13 other
terrorists in the town of Z, Idleb countryside" kills fourteen men of group Y, a group no
actor list knows but the text names as one, in the town, not in the countryside of the
province's seat. A second source that tells part of a toll ("AFRICOM said 12 of the
militants were killed in the first strike") does not add to the 30 the army counted. A
ringleader told of by rank in the headline and the body, then by name, is one man; his
"accomplices" are of his group.
"""

from __future__ import annotations

import pytest

from tests.conftest import fixture_event


@pytest.mark.parametrize(("name", "published", "place", "admin1", "actor2", "killed"), [
    ("sana-leader-and-others-countryside-town", "2019-05-22", "Kafranbel", "Idlib",
     "Ansar al-Tawhid", {"Ansar al-Tawhid": 14}),
    ("voa-second-source-part-of-toll", "2021-03-13", None, "Hiiran", "Al Shabaab",
     {"Al Shabaab": 30, "Military Forces of Somalia": 2}),
])
def test_leader_and_part_of_a_toll(name: str, published: str, place: str | None, admin1: str,
                                   actor2: str, killed: dict[str, int]) -> None:
    event = fixture_event("raids", name, published)
    if place is not None:
        assert event.location.place == place
    assert event.location.admin1 == admin1
    assert event.actor2 == actor2
    by_party: dict[str, int] = {}
    for c in event.casualties:
        if c.kind == "killed" and c.count:
            assert c.party is not None
            by_party[c.party] = by_party.get(c.party, 0) + c.count
    assert by_party == killed
    assert event.fatalities == sum(killed.values())


def test_ringleader_named_below_and_his_accomplices() -> None:
    """A state agency's "killed the ringleader of the Jaish ul-Adl terrorist group and two of
    his accomplices", under a headline's "Ringleader of terrorist group killed" and above
    "the terrorist named X ... was killed": a clash of the Guards with Jaish al-Adl, three of
    the group dead (the ringleader once) and the Guards' own one."""
    event = fixture_event("raids", "irna-ringleader-named-below", "2023-05-31")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert (event.actor1, event.actor2) == ("Islamic Revolutionary Guard Corps", "Jaish al-Adl")
    assert event.location.place == "Saravan"
    dead: dict[str, int] = {}
    for c in event.casualties:
        if c.kind == "killed" and c.count:
            assert c.party is not None
            dead[c.party] = dead.get(c.party, 0) + c.count
    assert dead == {"Jaish al-Adl": 3, "Islamic Revolutionary Guard Corps": 1}
    assert event.fatalities == 4
