"""A name the actor list holds for one country's group ("National Liberation Army": the
ELN of Colombia) is that group in a report about its country; in a report about another
country, or about none, it is a group of that name as the report writes it, neither the
listed group nor a tie of the event to the listed group's country."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_actors_held_name_in_its_country_is_the_listed_group(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 3 June 2023, the National Liberation Army ambushed a "
                                 "patrol in Arauca, killing three soldiers.")
    assert event.actor1 == "National Liberation Army"
    assert event.actor_acled_names.get("National Liberation Army") == \
        "ELN: National Liberation Army"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 June 2023, the National Liberation Army ambushed a patrol on a mountain "
         "road, killing three soldiers.", None),
        ("On 3 June 2023, the National Liberation Front ambushed a patrol on a mountain "
         "road, killing three soldiers.", None),
        ("On 3 June 2023, the National Liberation Army ambushed a patrol near Tetovo, "
         "killing three soldiers.", "MK"),
    ],
)
def test_actors_held_name_elsewhere_is_the_group_as_written(
        pipeline: RulePipeline, text: str, country: str | None) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 in ("National Liberation Army", "National Liberation Front")
    assert event.actor1 not in event.actor_acled_names
    assert event.location.country == country


def test_actors_held_name_in_lower_case_is_no_group() -> None:
    found = match_actors("regime forces shelled a village", country=None)
    assert all(m.name != "regime forces" for m in found)
    assert all(m.country is None for m in found)
