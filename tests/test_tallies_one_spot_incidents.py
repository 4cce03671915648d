"""A count at one spot, or by one band of attackers, dated to a week or a month is an
incident, not a tally of the period: "Gunmen killed two soldiers near Beni last week"."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally


def _records(text: str) -> tuple[list[Event], list[Tally]]:
    records = RulePipeline()(document_from_text(text, doc_id="d", published="2024-10-16"))
    return ([r for r in records if isinstance(r, Event) and not r.background],
            [r for r in records if isinstance(r, Tally)])


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed three soldiers near Oicha last week, the army said.", 3),
        ("Attackers killed five villagers in the village of Tawa this week, residents said.", 5),
        ("Bandits shot dead two traders near Gusau earlier this week.", 2),
    ],
)
def test_tallies_one_spot_incidents_are_events(text: str, killed: int) -> None:
    events, tallies = _records(text)
    assert not tallies
    assert len(events) == 1 and events[0].fatalities == killed
    assert events[0].date_start is not None and events[0].date_start >= "2024-10-06"


def test_tallies_one_spot_incidents_a_period_count_over_countries_stays_a_tally() -> None:
    _, tallies = _records("Coalition forces killed 40 ISIS militants in Iraq and Syria last "
                          "week, the command said.")
    assert [(t.metric, t.value) for t in tallies] == [("killed", 40)]
