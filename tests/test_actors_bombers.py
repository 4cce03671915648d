"""'The bomber' of a bombing is its unnamed attacker; bombers of a state's air force,
told with its country word or as aircraft ("strategic bombers", "Tu-22 bombers"), are that
state's forces or no armed group at all."""

from __future__ import annotations

from eventcoder.actors import match_actors
from tests.records_factory import extracted_event


def test_events_the_bomber_is_the_attacker() -> None:
    event = extracted_event(
        "Fourteen people died and 30 were hurt when a bomb went off at a packed "
        "market in Peshawar on Tuesday evening. Witnesses said the bomber came on "
        "a bicycle and detonated his device beside a fruit stall.")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    evidence = [e.text for e in event.evidence.get("actor1", [])]
    assert any("bomber" in e for e in evidence), evidence


def test_actors_country_bombers_are_its_forces() -> None:
    found = [(m.text, m.name) for m in match_actors("Syrian bombers pounded rebel-held "
                                                    "towns near Hama on Friday.", country="SY")]
    assert any(text == "Syrian bombers" and "Syria" in name and "Unidentified" not in name
               for text, name in found), found


def test_actors_aircraft_bombers_are_no_armed_group() -> None:
    for text in ("Strategic bombers flew over the Baltic on Monday.",
                 "Two Tu-22 bombers flew over the Baltic on Monday.",
                 "The air force moved its bomber jets to a base near Engels."):
        names = [m.name for m in match_actors(text, country="RU")]
        assert not any(n.startswith("Unidentified") for n in names), (text, names)
