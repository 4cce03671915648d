"""Seizures of contraband told in other words: smuggled cigarettes seized, a field of marihuana
discovered. ACLED codes a seizure with arrests as looting/property destruction, not arrests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str) -> Event:
    records = RulePipeline()(document_from_text(text, doc_id="note"))
    return [r for r in records if isinstance(r, Event)][0]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2020, in Cascavel, Parana, federal police officers seized 410,000 packs of "
        "smuggled cigarettes from a truck at a checkpoint. The driver was arrested.",
        "On 8 May 2020, in Negril, Westmoreland parish, soldiers discovered some 900 "
        "kilograms of marihuana in a field. Two men were arrested.",
    ],
)
def test_events_contraband_seized_is_a_seizure(text: str) -> None:
    event = _event(text)
    assert (event.event_type, event.sub_event_type) == (
        "strategic_developments", "looting_property_destruction")


def test_events_arrest_alone_stays_an_arrest() -> None:
    event = _event("On 8 May 2020, in Cascavel, Parana, police arrested two men for robbery.")
    assert event.sub_event_type == "arrests"
