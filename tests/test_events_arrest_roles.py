"""Who arrested whom when the text says only who was taken: the people taken are actor2,
the police (ACLED's convention for an unnamed arresting force) actor1; protesters taken
make a protest with intervention met by the police."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event

_PUBLISHED = "2021-09-30"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 12 September 2021, three men were arrested in Kano for financing bandits.",
         "Police Forces of Nigeria", "Civilians (Nigeria)"),
        ("On 14 September 2021, a journalist was detained in Mombasa.",
         "Police Forces of Kenya", "Civilians (Kenya)"),
        ("On 20 September 2021, four traders were arrested by police in Kumasi.",
         "Police Forces of Ghana", "Civilians (Ghana)"),
    ],
)
def test_events_people_taken_are_actor2(pipeline: RulePipeline, text: str, actor1: str,
                                        actor2: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("On 18 September 2021, two protesters were arrested in Lusaka.",
         "Police Forces of Zambia"),
        ("On 22 September 2021, eleven demonstrators were detained outside parliament in "
         "Kampala.", "Police Forces of Uganda"),
    ],
)
def test_events_protesters_taken_make_an_intervention(pipeline: RulePipeline, text: str,
                                                      police: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("protests",
                                                        "protest_with_intervention")
    assert event.actor1 is not None and event.actor1.startswith("Protesters")
    assert event.actor2 == police


@pytest.mark.parametrize(
    ("text", "actor1", "sub_event_type"),
    [
        # the force named in the sentence before made the arrest, not the default police;
        # ACLED codes a seizure of contraband with its arrests as the seizure
        ("On 5 September 2021, in Uberlandia, Minas Gerais, military police forces seized 300 "
         "packs of smuggled cigarettes during an operation. A man was arrested.",
         "Military Forces of Brazil (2019-) Military Police", "looting_property_destruction"),
        ("On 5 September 2021, in Uberlandia, Minas Gerais, military police forces dismantled "
         "a cocaine lab. A man was arrested.",
         "Military Forces of Brazil (2019-) Military Police", "looting_property_destruction"),
    ],
)
def test_events_arrest_by_the_force_named_before(pipeline: RulePipeline, text: str,
                                                 actor1: str, sub_event_type: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert event.sub_event_type == sub_event_type
    assert event.actor_acled_names.get(event.actor1 or "", event.actor1) == actor1
