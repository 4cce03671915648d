"""A sentence that tells one incident and then brings a period's count to a figure ("Gunmen
killed 10 people in Gusau on Monday, bringing to 50 the number killed this month") holds an
event (the incident, its toll and day) and one tally, the figure brought to; figures told
before the cue that add up to that figure are its breakdown and stay in the tally."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally


def _read(text: str) -> tuple[list[Event], list[Tally]]:
    records = RulePipeline()(document_from_text(text, doc_id="b", published="2023-05-10"))
    return ([r for r in records if isinstance(r, Event)],
            [r for r in records if isinstance(r, Tally)])


@pytest.mark.parametrize(
    ("text", "toll", "day", "total", "period_start"),
    [
        ("Gunmen killed 10 people in Gusau on Monday, bringing to 50 the number killed "
         "this month.", 10, "2023-05-08", 50, "2023-05-01"),
        ("Gunmen killed 10 people in Gusau on Monday, bringing the death toll this month "
         "to 50.", 10, "2023-05-08", 50, "2023-05-01"),
        ("Gunmen killed 10 people in Gusau on Monday, bringing to 50 the number of people "
         "killed in the state this month.", 10, "2023-05-08", 50, "2023-05-01"),
        ("Soldiers shot dead 7 protesters in Bamako on Friday, raising the death toll since "
         "January to 31.", 7, "2023-05-05", 31, "2023-01-01"),
        ("Militants ambushed a convoy near Dori on Tuesday and killed 9 soldiers, bringing "
         "the number of soldiers killed in the region this year to 120.", 9, "2023-05-09",
         120, "2023-01-01"),
        ("An airstrike killed 12 fighters near Marib on Sunday, taking the total killed in "
         "the province this week to 40.", 12, "2023-05-07", 40, "2023-05-08"),
        ("Police said 6 people were killed in Kisumu on Saturday, bringing the death toll "
         "this week to 20.", 6, "2023-05-06", 20, "2023-05-08"),
        ("Gunmen killed 10 people in Gusau on Monday, bringing the total this month to 50.",
         10, "2023-05-08", 50, "2023-05-01"),
        ("Rebels killed three soldiers in an attack on a base in Ituri on Wednesday, pushing "
         "the army's toll this month to 25.", 3, "2023-05-10", 25, "2023-05-01"),
        ("Gunmen killed 10 people in Gusau on Monday, raising the total since January to "
         "140.", 10, "2023-05-08", 140, "2023-01-01"),
    ],
)
def test_incident_before_a_total_is_an_event_and_the_total_a_tally(
    text: str, toll: int, day: str, total: int, period_start: str
) -> None:
    events, tallies = _read(text)
    assert [(e.fatalities, e.date_start) for e in events] == [(toll, day)]
    assert [(t.metric, int(t.value), t.period_start) for t in tallies] == [
        ("killed", total, period_start)]


def test_parts_that_add_up_to_the_total_stay_its_breakdown() -> None:
    events, tallies = _read(
        "Troops killed 5 militants in Kunar on Monday and 7 in Nangarhar on Tuesday, "
        "bringing to 12 the number of militants killed this week.")
    assert sorted(int(t.value) for t in tallies) == [5, 7, 12]
    assert not events


def test_part_told_in_the_sentence_before_keeps_the_breakdown() -> None:
    events, tallies = _read(
        "Troops killed 23 militants in Kunar on Monday. A further 14 were killed in "
        "Nangarhar on Wednesday, bringing to 37 the number of militants killed since "
        "Monday.")
    assert sorted(int(t.value) for t in tallies) == [14, 23, 37]
    assert not events


def test_days_of_the_period_are_no_one_incident() -> None:
    # two days, figures short of the total: some of the period's days, no one incident
    events, tallies = _read(
        "A further 14 were killed in Kunar on Thursday and 24 more in Nangarhar on Friday, "
        "bringing to 61 the number of militants killed since Monday.")
    assert sorted(int(t.value) for t in tallies) == [14, 24, 61]
    assert not events


def test_a_count_over_a_period_before_the_total_stays_a_tally() -> None:
    events, tallies = _read(
        "Troops killed 40 militants in Helmand in April, bringing to 300 the number of "
        "militants killed this year.")
    assert 300 in {int(t.value) for t in tallies}
    assert not any(e.fatalities == 40 for e in events)


def test_a_combined_total_sums_the_phase_told_before_it() -> None:
    # "the combined total for the two operations": the figure before is a part, no incident
    events, tallies = _read(
        "Troops killed 25 fighters during a week of operations in Borno, the army said. In a "
        "second phase around Bama, troops killed 6 fighters, bringing the combined total "
        "for the two operations to more than 30.")
    assert 6 in {int(t.value) for t in tallies}
    assert not any(e.fatalities == 6 for e in events)
