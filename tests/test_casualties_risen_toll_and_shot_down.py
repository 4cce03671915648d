"""Counts of the dead retold, each report under ``fixtures/raids``, written for these tests.

A toll that "rose to 12" from the eight police "had said" holds the "Four of the wounded" who
"died overnight", and the teachers, nurse and reservist "Among the dead" are of those twelve.
People a translated release says "were shot down" were killed; aircraft shot down are no one.
Troops who "sustained no casualties" are the side with none, and jets that "killed 14 Boko
Haram fighters" struck from the air.
"""

from __future__ import annotations

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def test_hurt_who_died_are_inside_the_risen_toll_and_the_named_dead_are_parts() -> None:
    [event] = _events("wire-toll-rose-hurt-died-among-dead", "2024-01-17")
    assert event.fatalities == 12
    assert event.date_start == "2024-01-16"
    assert event.actor1 == "Al Shabaab"
    assert event.location.country == "KE"
    assert sum(c.count or 0 for c in event.casualties if c.kind == "killed") == 12


def test_pluperfect_telling_is_a_former_figure() -> None:
    text = ("The toll rose to nine, officials said. Police had said on Monday that six "
            "people were killed. Three of the wounded died later.")
    killed = [c for c in combine_casualties(find_casualty_mentions(text), text=text)
              if c.kind == "killed"]
    assert sum(c.count or 0 for c in killed) == 9


def test_people_shot_down_died_and_aircraft_shot_down_are_none() -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(
        "two gunmen were shot down by the troops")] == [("killed", 2)]
    for text in ("a fighter jet was shot down", "12 attack UAVs were shot down overnight",
                 "two warplanes were shot down", "air defences shot down 12 drones"):
        assert not [m for m in find_casualty_mentions(text) if m.kind == "killed"], text


def test_suspects_of_the_headline_are_the_suspected_men_of_the_body() -> None:
    text = ("Police kill two suspects in Garoua raid\n\nTwo suspected cattle rustlers were "
            "killed when police raided a camp on Friday, officials said.")
    killed = [c for c in combine_casualties(find_casualty_mentions(text), text=text)
              if c.kind == "killed"]
    assert [(c.party, c.count) for c in killed] == [("suspected cattle rustlers", 2)]


def test_side_that_suffered_no_losses_is_the_subject() -> None:
    for text, party in (("Our forces suffered no losses in the operation.", "forces"),
                        ("Troops who cleared the village afterwards sustained no casualties.",
                         "Troops")):
        zeros = [(m.kind, m.party_text) for m in find_casualty_mentions(text)
                 if m.qualifier == "zero"]
        assert zeros == [("killed", party), ("wounded", party)], text


def test_jets_that_killed_struck_from_the_air() -> None:
    [event] = _events("wire-jets-kill-troops-sustained-none", "2025-03-03")
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "air_drone_strike")
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Military Forces of Chad", "Boko Haram", 14)
    assert {(c.kind, c.party, c.count) for c in event.casualties if c.qualifier == "zero"} == {
        ("killed", "Military Forces of Chad", 0), ("wounded", "Military Forces of Chad", 0)}
    assert (event.date_start, event.location.place) == ("2025-03-02", "Bol")
