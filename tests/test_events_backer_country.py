"""With no known place, a foreign force told as backing a local one gives the event no
country: the backed state force's country is where it happened."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="b", published="2024-11-20"))
    return [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("French helicopters supported Malian troops who fought off an assault near "
         "Tinzarwatene-Sud on Tuesday.", "ML"),
        ("Burkinabe soldiers, backed by Russian aircraft, repelled an ambush outside "
         "Kouldalgoumbe on Thursday.", "BF"),
        ("American drones backed Somali army units that beat back a raid on their base "
         "near Qoryoley-Dhexe on Saturday.", "SO"),
    ],
)
def test_events_backer_country_is_not_the_event_country(text: str, country: str) -> None:
    [event] = _events(text)
    assert event.location.place is None
    assert event.location.country == country
