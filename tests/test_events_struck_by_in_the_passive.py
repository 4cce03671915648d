"""Forces told as "hit" or "struck": the agent after "by" in the passive is actor1, the
forces struck actor2; a weapon as the agent or subject ("hit by a roadside bomb", "a
landmine struck an army truck") leaves the striker unknown but the forces the side struck."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import only_event

_PUBLISHED = "2024-03-14"


def _acled(event_actor: str | None, names: dict[str, str]) -> str:
    assert event_actor is not None
    return names.get(event_actor, event_actor)


@pytest.mark.parametrize(
    ("text", "striker", "struck"),
    [
        ("Two soldiers were hit by militants near Menaka on Monday.",
         "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
        ("Three policemen were struck by armed insurgents outside Baiji on Friday.",
         "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
        ("A patrol of troops was hit by gunmen in Tillaberi, Niger, on Wednesday.",
         "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
    ],
)
def test_agent_after_by_is_actor1(pipeline: RulePipeline, text: str, striker: str,
                                  struck: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert _acled(event.actor1, event.actor_acled_names).startswith(striker)
    assert _acled(event.actor2, event.actor_acled_names).startswith(struck)
    assert event.date_basis == "stated"


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Two soldiers were hit by a roadside bomb near Ansongo in Mali on Tuesday.",
         "Military Forces of Mali"),
        ("Four police officers were struck by an IED in Baghlan, Afghanistan, on Friday.",
         "Police Forces of Afghanistan"),
    ],
)
def test_forces_hit_by_a_bomb_are_actor2(pipeline: RulePipeline, text: str,
                                         struck: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert event.event_type == "explosions_remote_violence"
    assert _acled(event.actor2, event.actor_acled_names).startswith(struck)
    assert not _acled(event.actor1, event.actor_acled_names).startswith(struck)


def test_weather_hitting_a_village_is_no_event(pipeline: RulePipeline) -> None:
    records = pipeline(document_from_text("The village was hit by heavy rains on Monday.",
                                          doc_id="t", published=_PUBLISHED))
    assert not [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("A roadside bomb hit two soldiers near Douentza in Mali on Thursday.",
         "Military Forces of Mali"),
        ("A landmine struck an army truck in Montepuez, Mozambique, on Saturday.",
         "Military Forces of Mozambique"),
    ],
)
def test_forces_a_bomb_hit_are_actor2(pipeline: RulePipeline, text: str, struck: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert _acled(event.actor2, event.actor_acled_names).startswith(struck)
    assert not _acled(event.actor1, event.actor_acled_names).startswith(struck)
