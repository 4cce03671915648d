"""A clash told by a state security office in a translation from Spanish, under
``fixtures/raids``, written for these tests.

"Seven aggressors lost their life and two elements of the National Guard were injured": the
aggressors (agresores) and the "armed civilians" (civiles armados) who attacked the patrol are
gunmen, an unidentified armed group, not civilians. "Four long weapons, a grenade and two
vehicles with armour were secured" after the attack was repelled: the grenade was taken, not
thrown, so the event is a clash; "Fragments of a hand grenade were recovered" tell one thrown.
"""

from __future__ import annotations

from eventcoder.events import find_triggers
from eventcoder.records import Event
from tests.conftest import fixture_records


def test_armed_civilians_clash_with_the_guard_and_the_secured_grenade_was_not_thrown() -> None:
    [event] = [r for r in fixture_records("raids", "ssp-translated-armed-civilians-secured",
                                          "2024-05-19") if isinstance(r, Event)]
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert event.actor1 == "Unidentified Armed Group (Mexico)"
    assert event.actor2 != "Civilians (Mexico)"
    assert ("killed", "Unidentified Armed Group (Mexico)", 7) in {
        (c.kind, c.party, c.count) for c in event.casualties}
    assert event.fatalities == 7
    assert (event.date_start, event.location.place, event.location.admin1) == (
        "2024-05-18", "Plateros", "Zacatecas")


def test_arms_told_as_secured_after_them_were_not_used() -> None:
    assert not find_triggers("Two rifles, a grenade and a pickup were secured at the site.")
    assert not find_triggers("A hand grenade and ammunition were also seized.")
    assert [t.sub_event_type for t in find_triggers(
        "A grenade exploded in the market and two rifles were recovered.")
        if t.sub_event_type == "grenade"] == ["grenade"]


def test_fragments_of_a_grenade_recovered_tell_its_use() -> None:
    assert "grenade" in [t.sub_event_type for t in find_triggers(
        "Fragments of a hand grenade were recovered from the shop.")]
