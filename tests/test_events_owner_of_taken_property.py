"""Whose property a looting or a destruction struck when the report names no owner: the
gang's where state forces seized or destroyed what a gang trades in, else the civilians'."""

from __future__ import annotations

import pytest

from eventcoder.actors import gang_goods, lower_ascii
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("troops seized 300 kilograms of Cocaine", True),
        ("a shipment of smuggled fuel", True),
        ("the coca plantation was burnt", True),
        ("officers seized three rifles and a car", False),
        ("they looted a drugstore", False),
        ("a cocoa warehouse was set on fire", False),
    ],
)
def test_events_gang_goods_words(text: str, expected: bool) -> None:
    assert gang_goods(lower_ascii(text)) is expected


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 12 June 2021, in Tapachula, Chiapas, federal police seized 300 kilograms of "
         "cocaine hidden in a truck.",
         "Police Forces of Mexico", "Unidentified Gang (Mexico)"),
        ("On 9 July 2021, in Yopal, Casanare, soldiers destroyed a clandestine lab used for "
         "processing cocaine.",
         "Military Forces of Colombia", "Unidentified Gang (Colombia)"),
        ("On 14 August 2021, militants torched a school in Kaiama (Kwara). No casualties "
         "were reported.",
         "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ("On 5 March 2022, soldiers looted shops in the market of Kaya (Sanmatenga).",
         "Military Forces of Burkina Faso", "Civilians (Burkina Faso)"),
    ],
)
def test_events_owner_of_taken_property(pipeline: RulePipeline, text: str, actor1: str,
                                        actor2: str) -> None:
    event = only_event(pipeline, text)
    assert event.sub_event_type == "looting_property_destruction"
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_gang_goods_taken_by_armed_men_are_no_civilians(pipeline: RulePipeline) -> None:
    """Drugs that armed men took from others were no civilians' property."""
    event = only_event(pipeline, "On 2 April 2021, in Culiacan, Sinaloa, armed men stole a "
                                 "truck loaded with marijuana.")
    assert event.actor2 is None or "Civilians" not in event.actor2


def test_events_named_owner_kept(pipeline: RulePipeline) -> None:
    """Where the report names whose property it was, that side stays."""
    event = only_event(pipeline, "On 4 May 2021, Taliban fighters set fire to a police "
                                 "checkpoint in Nahr-e Saraj district, Helmand.")
    assert event.actor2 is not None and "Civilians" not in event.actor2
