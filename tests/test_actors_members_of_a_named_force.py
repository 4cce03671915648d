"""Men told as "soldiers / troops / members of the <named force>" are of that force. A
country word that opens the force's name ("of the Somali National Army", "of the Sudan
People's Liberation Army") is no "of COUNTRY" complement making them that country's
soldiers; "soldiers of Chad" still are Chad's. The armed wing of the SPLM-IO is written in
full as the "Sudan People's Liberation Army-in-Opposition".
"""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "force"), [
    ("Three soldiers of the Somali National Army were killed near Mandera.",
     "Military Forces of Somalia"),
    ("Two troops of the Afghan National Army crossed near Chaman.",
     "Military Forces of Afghanistan"),
])
def test_actors_soldiers_of_a_named_force_are_its_men(text: str, force: str) -> None:
    names = {m.name for m in match_actors(text, country="KE")}
    assert names == {force}


def test_actors_country_word_opening_a_force_name_is_no_complement() -> None:
    text = "Two soldiers of the Sudan People's Liberation Army (SPLA) were wounded."
    names = {m.name for m in match_actors(text, country="SS")}
    assert "Sudanese Armed Forces" not in names
    assert "South Sudan People's Defence Forces" in names


def test_actors_soldiers_of_a_country_are_still_its_forces() -> None:
    [mention] = match_actors("Two soldiers of Chad were wounded on Monday.", country="NE")
    assert mention.country == "TD"


def test_actors_armed_wing_of_the_opposition_in_full() -> None:
    [mention] = match_actors("fighters of the Sudan People's Liberation Army-in-Opposition",
                             country="SS")
    assert mention.name == "Sudan People's Liberation Movement-in-Opposition"


def test_events_soldiers_of_the_army_named_in_full_ambushed(pipeline: RulePipeline) -> None:
    text = ("Juba - Five soldiers of the Sudan People's Liberation Army (SPLA) were killed on "
            "Tuesday when gunmen ambushed their truck near Torit in Eastern Equatoria, an "
            "army spokesman said.")
    event = only_event(pipeline, text, "2016-08-12")
    assert event.actor2 == "South Sudan People's Defence Forces"
    assert [(c.party, c.count) for c in event.casualties if c.kind == "killed"] == [
        ("South Sudan People's Defence Forces", 5)]
