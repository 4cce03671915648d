"""A communal militia named after its community or place, as ACLED names it: "communal
militias from Akpanya" are the "Akpanya Communal Militia", "Bani Hashem and Al Saadi
tribesmen" two tribal militias on the two sides of a clash."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 3 June 2021, militiamen from Akpanya killed a farmer near Egume, Kogi.",
         "Akpanya Communal Militia", "Civilians (Nigeria)"),
        ("On 3 June 2021, communal militias from Akpanya and Egume clashed over farmland in "
         "Kogi.", "Akpanya Communal Militia", "Egume Communal Militia"),
        ("On 3 June 2021, armed militias from the Abgaal and Murusade clans clashed near "
         "Jowhar, killing two.", "Abgaal Clan Militia", "Murusade Clan Militia"),
        ("On 3 June 2021, clashes erupted between Bani Hashem and Al Saadi tribesmen near "
         "Marib city.", "Bani Hashem Tribal Militia", "Al Saadi Tribal Militia"),
        ("On 7 June 2021, militias from Ogbaru and Umuoji in Ayamelum LGA (Anambra) clashed "
         "over land ownership. 40 people were injured.",
         "Ogbaru Communal Militia", "Umuoji Communal Militia"),
        ("On 3 June 2021, Tiv and Jukun ethnic militias clashed in Wukari, Taraba.",
         "Tiv Ethnic Militia", "Jukun Ethnic Militia"),
        ("On 3 June 2021, Tiv and Jukun Ethnic Militias clashed over land in Wukari, Taraba.",
         "Tiv Ethnic Militia", "Jukun Ethnic Militia"),
    ],
)
def test_events_militia_named_after_its_community(pipeline: RulePipeline, text: str,
                                                   actor1: str, actor2: str) -> None:
    event = only_event(pipeline, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_two_communities_attacking_together(pipeline: RulePipeline) -> None:
    """Two communities told as the subject of an attack, not of a fight with each other, are
    one side."""
    event = only_event(pipeline, "On 3 June 2021, communal militias from Akpanya and Egume "
                                 "attacked a Fulani settlement near Ogbabo, Kogi, killing two "
                                 "herders.")
    assert event.actor1 == "Akpanya Communal Militia"
    assert "Egume Communal Militia" in event.assoc_actor_1
    assert event.actor2 != "Egume Communal Militia"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, militias from Nigeria attacked a village near Mora, Cameroon.",
        "On 3 June 2021, militiamen from the Popular Mobilization Forces clashed with ISIS "
        "near Tarmiyah.",
        "On 3 June 2021, local militiamen attacked a herders' camp near Otukpo, Benue.",
        "On 3 June 2021, in Marib Al Saadi tribesmen attacked a checkpoint, killing a soldier.",
    ],
)
def test_events_no_community_named(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text)
    assert not any((name or "").endswith(("Communal Militia", "Tribal Militia"))
                   and not name.startswith("Unidentified")
                   for name in (event.actor1, event.actor2))
