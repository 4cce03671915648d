"""Who a protest's event names: the protesters first, and the force that met them second.

ACLED codes a protest that police or soldiers broke up with the force as actor2; a peaceful
protest that only names the police (at whose station it was held) has no actor2.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str) -> Event:
    records = RulePipeline()(document_from_text(text, doc_id="note"))
    [event] = [r for r in records if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 3 May 2021, a group gathered and marched in Kadikoy, Istanbul to mark the "
         "International Workers' Day despite the curfew. Police dispersed the group and "
         "detained 11 protesters.", "Police Forces of Turkey"),
        ("On 12 June 2022, about 200 traders protested in Kumasi, Ashanti against new market "
         "fees. Police fired tear gas to disperse them.", "Police Forces of Ghana"),
    ],
)
def test_events_protest_roles_the_force_that_met_it(text: str, actor2: str) -> None:
    event = _event(text)
    assert event.sub_event_type == "protest_with_intervention"
    assert (event.actor1 or "").startswith("Protesters")
    assert event.actor2 == actor2
    assert actor2 not in event.assoc_actor_1


def test_events_protest_roles_a_peaceful_protest_meets_no_one() -> None:
    event = _event("On 1 May 2020, municipality workers held a demonstration in Balcova, "
                   "Izmir to mark International Workers' Day. The mayor also took part.")
    assert event.sub_event_type == "peaceful_protest"
    assert event.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        # arrests told after the protest, its own people taken
        "On 9 June 2021, about 15 fishermen held a sit-in at the harbour in Mossel Bay "
        "(Garden Route, Western Cape), demanding fuel subsidies. Several arrests were made.",
        "On 9 June 2021, at least 20 nurses staged a demonstration in Quezon City to demand "
        "hazard pay. They were arrested for breaching quarantine rules.",
        # force used on the gathering
        "On 9 June 2021, police used force against villagers protesting at Baramulla over "
        "water shortages. Several people were hurt.",
    ],
)
def test_protest_arrests_and_force_told_after_it_are_intervention(text: str) -> None:
    event = _event(text)
    assert event.sub_event_type == "protest_with_intervention"
    assert (event.actor2 or "").startswith("Police Forces of")


def test_protest_that_ended_peacefully_stays_peaceful() -> None:
    event = _event("On 9 June 2021, about 15 fishermen held a sit-in at the harbour in Mossel "
                   "Bay, demanding fuel subsidies. The protest ended peacefully.")
    assert event.sub_event_type == "peaceful_protest"
