"""Totals inside a one-day incident report count the incident, not a period.

"A total of 21 civilians were killed in the three bombings" in a report that opens with the
day of the attack is the attack's toll: it is no tally, and the event keeps its dead. A
series the incident belongs to ("in one of three related attacks") is no count of
operations, and a night that straddles midnight ("on Friday night") is still one day.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Tally


def _run(text: str) -> tuple[list[Event], list[Tally]]:
    records = RulePipeline()(document_from_text(text, doc_id="t"))
    events = [r for r in records if isinstance(r, Event) and not r.background]
    tallies = [r for r in records if isinstance(r, Tally)]
    return events, tallies


def _killed(event: Event) -> int:
    return sum(c.count if c.count is not None else (c.low or 0)
               for c in event.casualties if c.kind == "killed")


def _wounded(event: Event) -> int:
    return sum(c.count if c.count is not None else (c.low or 0)
               for c in event.casualties if c.kind == "wounded")


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("03/14/2012: On Wednesday evening, in Kirkuk, Iraq, militants detonated a car bomb "
         "near a market. A total of 14 civilians were killed and 40 others were wounded in "
         "the blast. No group claimed responsibility.", 14, 40),
        ("06/02/2013: On Sunday, in Quetta, Balochistan, Pakistan, gunmen opened fire on a "
         "bus. In total, nine passengers were killed and six were injured. The attackers "
         "fled.", 9, 6),
        ("11/20/2012: On Tuesday night, in Maiduguri, Borno, Nigeria, assailants attacked a "
         "police station. The casualties were given cumulatively as 7 killed and 12 "
         "injured.", 7, 12),
        ("08/09/2014: On Saturday night, in one of five related attacks, in Mosul, Nineveh, "
         "Iraq, unknown assailants detonated explosives near a shop. The blast killed two "
         "civilians, wounded four others, and damaged the shop.", 2, 4),
        ("02/17/2015: On Tuesday, in the second of 12 coordinated bombings, in Sanaa, Yemen, "
         "a device exploded near a checkpoint, killing three soldiers and wounding five "
         "others.", 3, 5),
    ],
)
def test_incident_totals_stay_with_the_event(text: str, killed: int, wounded: int) -> None:
    events, tallies = _run(text)
    assert events, text
    assert (_killed(events[0]), _wounded(events[0])) == (killed, wounded)
    assert not [t for t in tallies if t.metric in {"killed", "wounded"}]


@pytest.mark.parametrize(
    "text",
    [
        "In total, 37 ISIS operatives were killed and 12 detained in March, the coalition "
        "said on Friday.",
        "The army said on Monday that a total of 120 militants were killed during the past "
        "month in the northern provinces.",
        "Security forces conducted 31 operations from 1 to 30 June, killing a total of 44 "
        "insurgents.",
    ],
)
def test_totals_over_a_period_are_tallies(text: str) -> None:
    _, tallies = _run(text)
    assert any(t.metric == "killed" for t in tallies), text


@pytest.mark.parametrize(
    ("text", "published", "killed"),
    [
        ("A suicide bomber struck outside a mosque in Jalalabad on Friday, killing eight "
         "worshippers. Last month, a bombing at a wedding in Kabul killed 63 people.",
         "2020-01-24", 63),
        ("Gunmen attacked a checkpoint near Baquba on Monday, wounding two policemen. Last "
         "month, 11 soldiers were killed in an ambush on the same road.",
         "2021-06-25", 11),
    ],
)
def test_one_incident_cited_from_an_earlier_month_is_a_background_event(
        text: str, published: str, killed: int) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="t", published=published))
    events = [r for r in records if isinstance(r, Event)]
    assert not [r for r in records if isinstance(r, Tally)]
    assert not events[0].background
    cited = [e for e in events if _killed(e) == killed]
    assert cited and all(e.background for e in cited), [(e.fatalities, e.background)
                                                         for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 40 militants in raids across the province last month, the army said "
        "on Monday.",
        "Militants attacked checkpoints across the province last month, killing 40 soldiers, "
        "the army said on Monday.",
    ],
)
def test_deaths_over_a_month_without_one_incident_stay_a_tally(text: str) -> None:
    _, tallies = _run(text)
    assert any(t.metric == "killed" and t.value == 40 for t in tallies)


def test_one_incident_told_by_its_verb_is_an_event() -> None:
    records = RulePipeline()(document_from_text(
        "A roadside bomb wounded three soldiers near Tikrit on Friday. Earlier this month, "
        "militants ambushed a convoy on the same road, killing six soldiers.",
        doc_id="t", published="2022-03-25"))
    assert not [r for r in records if isinstance(r, Tally)]
    assert [e.date_start for e in records if isinstance(e, Event) and _killed(e) == 6] == [
        "2022-03-01"]


def test_a_strike_count_under_a_dateline_line_is_the_incidents() -> None:
    records = RulePipeline()(document_from_text(
        "Iraqi jets pound militant hideouts near Hit\n\nBaghdad / INA\n\nThe Security Media "
        "Cell announced on Tuesday the destruction of hideouts in the Wadi Horan area. The "
        "cell said in a statement that the aircraft carried out (4) strikes on the hideouts, "
        "killing (6) terrorists.", doc_id="t", published="2024-05-22"))
    assert not [r for r in records if isinstance(r, Tally)]
    assert [e.fatalities for e in records if isinstance(e, Event)] == [6]


def test_a_headline_figure_told_again_with_its_provinces_is_one_tally() -> None:
    _, tallies = _run(
        "Troops killed 31 militants and arrested 112 suspects in March\n\n"
        "BAGHDAD - The army said on Sunday that its forces carried out 215 operations during "
        "March, killing 31 militants and arresting 112 suspects in the provinces of Anbar "
        "and Diyala.")
    assert sorted((t.metric, t.value) for t in tallies) == [
        ("detained", 112), ("killed", 31), ("operations", 215)]
