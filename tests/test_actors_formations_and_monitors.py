"""Formations of a larger group act as that group; monitors' unattributed fire is between the
parties they watch."""

from __future__ import annotations

import pytest

from eventcoder.actors import monitored_parties, parent_group, resolve_actor
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event

NAF = "NAF: United Armed Forces of Novorossiya"


@pytest.mark.parametrize(
    ("written", "formation"),
    [
        ("Donbas People's Militia", "Donbass People's Militia"),
        ("the Donetsk People's Militia", "Donbass People's Militia"),
        ("Lugansk People's Militia", "Luhansk People's Militia"),
        ("People's Militia of the Luhansk People's Republic", "Luhansk People's Militia"),
    ],
)
def test_actors_formation_belongs_to_its_group(written: str, formation: str) -> None:
    mention = resolve_actor(written, country="UA")
    assert mention is not None and mention.name == formation
    parent = parent_group(mention)
    assert parent is not None
    assert (parent.name, parent.acled_name) == ("Novorossiya", NAF)
    assert (parent.start, parent.end) == (mention.start, mention.end)


@pytest.mark.parametrize("written", ["Ukrainian troops", "NAF", "the DPR", "gunmen"])
def test_actors_no_parent_for_groups_that_are_part_of_none(written: str) -> None:
    mention = resolve_actor(written, country="UA")
    assert mention is not None and parent_group(mention) is None


def test_actors_monitors_watch_two_parties() -> None:
    mission = resolve_actor("the OSCE Special Monitoring Mission", country="UA")
    assert mission is not None and mission.kind == "observer"
    names = [p.acled_name for p in monitored_parties(mission, context="UA")]
    assert names == ["Military Forces of Ukraine", NAF] or (
        len(names) == 2 and names[0] is not None
        and names[0].startswith("Military Forces of Ukraine (") and names[1] == NAF)
    other = resolve_actor("Syrian Observatory for Human Rights", country="SY")
    assert other is not None and monitored_parties(other, context="SY") == ()


@pytest.mark.parametrize(
    ("text", "side", "formation"),
    [
        ("On 14 August 2021, Ukrainian forces fired 120mm mortars at the positions of the "
         "Luhansk People's Militia near Zolote, Luhansk.", 2, "Luhansk People's Militia"),
        ("On 3 September 2021, the Donetsk People's Militia shelled a checkpoint of the "
         "Ukrainian army near Marinka, Donetsk.", 1, "Donbass People's Militia"),
    ],
)
def test_events_formation_is_the_associated_actor_of_its_group(
        pipeline: RulePipeline, text: str, side: int, formation: str) -> None:
    event = only_event(pipeline, text)
    actor = event.actor1 if side == 1 else event.actor2
    assoc = event.assoc_actor_1 if side == 1 else event.assoc_actor_2
    assert actor == "Novorossiya" and event.actor_acled_names[actor] == NAF
    assert formation in assoc


@pytest.mark.parametrize(
    "text",
    [
        "On 21 July 2021, the OSCE SMM recorded 27 shots of small arms fire near Shyrokyne, "
        "Donetsk.",
        "On 5 October 2021, the Special Monitoring Mission counted 9 explosions of unknown "
        "weapons in both directions of the contact line near Zolote, Luhansk.",
    ],
)
def test_events_unattributed_fire_the_monitors_record_is_between_their_parties(
        pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert {event.actor1, event.actor2} == {"Armed Forces of Ukraine", "Novorossiya"}
    assert not any("Unidentified" in name for name in event.actor_kinds)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a side named: the monitors add no one
        ("On 21 July 2021, Ukrainian forces fired mortars near Horlivka, Donetsk, the OSCE "
         "SMM reported.", "Armed Forces of Ukraine"),
        # no monitors: an unnamed attacker stays unidentified
        ("On 21 July 2021, a grenade exploded near a house in Zhytomyr, injuring a man.",
         "Unidentified Armed Group (Ukraine)"),
    ],
)
def test_events_monitors_name_no_party_where_a_side_is_named_or_none_watch(
        pipeline: RulePipeline, text: str, actor1: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 == actor1
    assert event.actor2 != "Novorossiya"
