"""A sentence that tells one incident with its own dead and then brings a toll of no stated
period past them ("Gunmen killed 10 people in ... on Monday, raising the toll to 50") holds
the incident's event, of its own dead only, and a running total up to that day whose start
the report does not give. More of the same toll ("killed 4 more ..., raising the toll to
14", "died of their wounds") stays the incident's. A total of a period told after an
incident takes the place told with the incident as its area."""

from __future__ import annotations

import pytest

from eventcoder import tallies
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally


def _read(text: str) -> tuple[list[Event], list[Tally]]:
    records = RulePipeline()(document_from_text(text, doc_id="r", published="2022-09-16"))
    return ([r for r in records if isinstance(r, Event)],
            [r for r in records if isinstance(r, Tally)])


@pytest.mark.parametrize(
    ("text", "toll", "day", "total", "country"),
    [
        ("Gunmen killed 10 people in Mali on Monday, raising the toll to 50.",
         10, "2022-09-12", 50, "ML"),
        ("Militants killed 7 soldiers in Niger on Tuesday, raising the death toll to 31.",
         7, "2022-09-13", 31, "NE"),
        ("Bandits shot dead 14 villagers in Zamfara, Nigeria on Wednesday, bringing the "
         "death toll to 62.", 14, "2022-09-14", 62, "NG"),
        ("An air strike killed 6 civilians in Idlib province on Sunday, pushing the toll "
         "to 23.", 6, "2022-09-11", 23, "SY"),
        ("Rebels killed 3 policemen in Ituri, Congo on Thursday, taking the toll to 18.",
         3, "2022-09-15", 18, "CD"),
    ],
)
def test_tallies_running_toll_past_an_incident_is_no_part_of_its_dead(
    text: str, toll: int, day: str, total: int, country: str
) -> None:
    events, found = _read(text)
    assert [(e.fatalities, e.date_start) for e in events] == [(toll, day)]
    assert [(t.metric, t.value, t.period_start, t.period_end, t.area) for t in found] == [
        ("killed", total, None, day, [country])]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed 4 more villagers in Mali on Monday, raising the toll to 14.", 14),
        ("Militants killed 3 further soldiers in Niger on Tuesday, raising the death toll "
         "to 11.", 11),
        ("A bomb killed 9 people in Kabul on Monday. Three of the wounded died on Tuesday, "
         "raising the toll to 12.", 12),
        ("A car bomb killed 14 people at a market in Mogadishu on Sunday. Six people died "
         "of their wounds on Tuesday, raising the toll to 20.", 20),
        ("Six people died of their injuries in Mogadishu on Tuesday, raising the toll to "
         "20.", 20),
    ],
)
def test_tallies_more_of_the_same_toll_stays_the_incidents(text: str, toll: int) -> None:
    events, found = _read(text)
    assert [e.fatalities for e in events] == [toll]
    assert not found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed 10 people in Mali on Monday, bringing the total this month to 50.",
         "ML"),
        ("Gunmen killed 8 people in Gusau on Tuesday, bringing the total this week to 30.",
         "NG"),
        ("Gunmen killed 5 traders in Bamako on Thursday, bringing the total this week to "
         "41.", "ML"),
        ("A drone killed 4 fighters in Marib on Saturday, taking the total this month "
         "to 27.", "YE"),
        ("Gunmen killed 11 miners in Kenya on Tuesday, bringing the total this year to 90.",
         "KE"),
    ],
)
def test_tallies_total_after_an_incident_takes_the_incidents_place(
    text: str, country: str
) -> None:
    events, found = _read(text)
    assert len(events) == 1
    assert [t.area for t in found] == [[country]]


@pytest.mark.parametrize("text", [
    "Gunmen killed 10 people in Mali on Monday, raising the toll to 50.",
    "bringing their toll to 9",
    "taking the overall death toll to 31",
    "Raising The Death TOLL to 12",
])
def test_tallies_brought_toll_gated(text: str) -> None:
    # the pattern runs only where "toll" (any case) is in the text: every match holds it
    found = tallies._BROUGHT_TOLL.search(text)
    assert found is not None
    assert "toll" in found.group(0).lower()
