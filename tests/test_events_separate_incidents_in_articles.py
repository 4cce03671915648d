"""Separate incidents told in one article are separate events: an earlier attack a sentence
measures its own by ("the deadliest since 2016, when ..."), an attack cited after the
article speaks of past attacks ("a string of attacks in recent years"), an incident dated by
a month or year when the lead is told only by weekday, and "in one incident" among others.
Their casualties are their own, never added to the lead event's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event)]


def _killed(event: Event) -> int:
    return sum(c.count or 0 for c in event.casualties if c.kind == "killed")


@pytest.mark.parametrize(
    ("text", "lead_killed", "cited_killed"),
    [
        ("A roadside bomb killed a senior police commander near Kandahar on Monday, "
         "officials said. It was the deadliest attack on the provincial police since 2016, "
         "when nine officers were killed in an ambush in the same district.", 1, 9),
        ("Two soldiers were killed when gunmen opened fire on their patrol near Beni on "
         "Tuesday. It was the heaviest loss for the garrison since 2019, when five soldiers "
         "died in an ambush by militiamen near the same town.", 2, 5),
    ],
)
def test_events_earlier_attack_measured_against_is_background(
        text: str, lead_killed: int, cited_killed: int) -> None:
    events = _events(text)
    lead = [e for e in events if not e.background]
    cited = [e for e in events if e.background]
    assert lead and _killed(lead[0]) == lead_killed, [(_killed(e), e.background) for e in events]
    assert cited and _killed(cited[0]) == cited_killed


def test_events_attack_cited_after_past_attacks_is_background() -> None:
    events = _events(
        "Police are hunting a man who left a rucksack bomb outside a pharmacy in Nantes on "
        "Friday, wounding eight people. The device was packed with nails, investigators "
        "said. France has suffered a string of attacks in recent years. Seven people were "
        "killed on 4 March in a shooting at a cafe in Marseille.")
    lead = [e for e in events if not e.background]
    assert len(lead) == 1 and lead[0].location.name == "Nantes", lead
    assert _killed(lead[0]) == 0
    cited = [e for e in events if e.background]
    assert cited and cited[0].location.name == "Marseille" and _killed(cited[0]) == 7


def test_events_incident_dated_by_year_is_not_the_lead() -> None:
    events = _events(
        "Gunmen killed four guards at a gold mine near Tarkwa on Friday, police said. The "
        "attackers fled with explosives. In March 2018, armed robbers shot dead six miners "
        "at the same pit.")
    assert len(events) == 2, events
    assert _killed(events[0]) == 4 and events[0].date_start is None
    assert _killed(events[1]) == 6 and events[1].date_start == "2018-03-01"


def test_events_one_incident_among_others_is_its_own_event() -> None:
    events = _events(
        "Officials said the Shabaab's bombings of two hotels in Mogadishu had killed 15 "
        "people. Fighting in the city continued overnight. In one incident, a man was "
        "killed and two were wounded in a gun battle between troops and militants in the "
        "Hodan district.")
    bombing = next(e for e in events if _killed(e) == 15)
    battle = next(e for e in events if _killed(e) == 1)
    assert bombing is not battle
    assert bombing.actor1 is not None and "Shabaab" in bombing.actor1
    assert battle.actor1 is not None and battle.actor1.startswith("Military Forces of Somalia")
    assert not any(c.kind == "wounded" for c in bombing.casualties)


@pytest.mark.parametrize(
    ("text", "first_killed", "second_killed"),
    [
        ("Government troops retook the river port from the rebels in June 2021, but the "
         "hills east of the town still shelter fighters who raid army posts, a local monitor "
         "said. In September, at least 14 soldiers were killed in rebel attacks on two posts "
         "near the port, the monitor added.", 0, 14),
        ("Police cleared the protest camp outside the ministry in October 2022 after weeks of "
         "sit-ins, residents said. On February 6, unknown gunmen shot dead three guards at "
         "the same ministry, a police officer said.", 0, 3),
    ],
)
def test_events_month_of_no_known_year_opens_its_own_incident(
        text: str, first_killed: int, second_killed: int) -> None:
    # No publication date: the month that opens the second sentence has no year, yet it is
    # not the month of the event before it, so its deaths are another incident's.
    events = [e for e in _events(text) if not e.background]
    assert len(events) == 2, [(e.date_start, _killed(e)) for e in events]
    assert [_killed(e) for e in events] == [first_killed, second_killed]
    assert events[1].date_start is None  # the year is not invented
