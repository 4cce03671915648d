"""One who once served a state's forces is a civilian: ACLED names him beside the civilians
struck, or the protesters he joins, as "Former Police Forces of ..." or "Former Military
Forces of ...", and an attack on him is no fight with the force."""

from __future__ import annotations

import pytest

from eventcoder.actors import former_forces_in, lower_ascii
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Former Police Chief was shot", ["police"]),
        ("an ex-soldier and a retired army major", ["military", "military"]),
        ("a former senior military officer", ["military"]),
        ("the former mayor and a police officer", []),
        ("former general secretary of the union", []),
    ],
)
def test_events_former_forces_words(text: str, expected: list[str]) -> None:
    lowered = lower_ascii(text)
    assert [branch for _s, _e, branch in former_forces_in(lowered, 0, len(lowered))] == expected


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("On 17 June 2022, gunmen shot dead a former police officer in Kunduz city.",
         "Former Police Forces of Afghanistan"),
        ("On 17 June 2022, a retired army colonel was abducted by gunmen in Zaria, Kaduna.",
         "Former Military Forces of Nigeria"),
        ("On 17 June 2022, a former army commander was killed by Taliban fighters in "
         "Maimana, Faryab.",
         "Former Military Forces of Afghanistan"),
    ],
)
def test_events_former_member_struck_is_a_civilian(pipeline: RulePipeline, text: str,
                                                    former: str) -> None:
    event = only_event(pipeline, text)
    assert event.event_type == "violence_against_civilians"
    assert event.actor2 is not None and event.actor2.startswith("Civilians (")
    assert any(name.startswith(former) for name in event.assoc_actor_2), event.assoc_actor_2


def test_events_retired_soldiers_protesting(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 17 June 2022, about 300 retired soldiers protested in "
                                 "Mombasa demanding their pensions.")
    assert event.actor1 == "Protesters (Kenya)"
    assert [n.split(" (")[0] for n in event.assoc_actor_1] == ["Former Military Forces of Kenya"]


def test_events_serving_police_stay_the_force(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 17 June 2022, gunmen attacked a police post in Kunduz "
                                 "city, killing two police officers.")
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Afghanistan")
