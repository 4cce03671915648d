"""A correction names the day of the release it corrects ("its release of March 12"): that
day is when something was told, neither the incident's day nor a month of tallies."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally

CORRECTION = (
    "UPDATE: Command revises casualty count from Monday strike\n\n"
    "TAMPA, Fla. - In a correction to its release of March 12, U.S. Central Command said on "
    "Thursday that the precision strike near Hawijah, Iraq, on March 11 killed four al-Qaeda "
    "operatives, not three as previously reported. One of the four was identified as a local "
    "commander. No civilians were harmed.")


@pytest.mark.parametrize(
    "text",
    [CORRECTION,
     CORRECTION.replace("its release of March 12", "the statement dated March 12"),
     CORRECTION.replace("March 12", "12 March").replace("on March 11", "on 11 March")],
)
def test_events_correction_dates_the_strike_not_the_release(text: str) -> None:
    records = extract(text, published="2024-03-14")
    assert not [r for r in records if isinstance(r, Tally)]
    events = [r for r in records if isinstance(r, Event) and not r.background]
    assert len(events) == 1, events
    assert events[0].date_start == "2024-03-11"
    assert events[0].fatalities == 4


def test_events_correction_assessed_zero_is_a_zero() -> None:
    records = extract("Somali troops killed 30 al-Shabaab fighters near Jowhar on Wednesday. "
                      "The US command said it assessed no civilians were injured or killed.",
                      published="2024-05-16")
    event = next(r for r in records if isinstance(r, Event))
    civilians = [c for c in event.casualties if c.party and "Civilians" in c.party]
    assert civilians and all(c.count == 0 for c in civilians), event.casualties


def test_events_acknowledged_strike_is_dated_to_the_strike() -> None:
    records = extract("The ministry on Friday acknowledged that an airstrike it carried out near "
                      "Tal Afar on Aug. 29 killed six civilians.", published="2021-09-17")
    event = next(r for r in records if isinstance(r, Event))
    assert event.date_start == "2021-08-29"


def test_events_assessment_found_no_civilians_is_a_zero() -> None:
    records = extract("Special forces killed a senior ISIS leader in a raid near Al-Bab on "
                      "Tuesday. An initial assessment found no civilians had been killed or "
                      "wounded.", published="2022-07-13")
    event = next(r for r in records if isinstance(r, Event))
    assert event.fatalities == 1
    civilians = [c for c in event.casualties if c.party and "Civilians" in c.party]
    assert civilians and all(c.count == 0 for c in civilians), event.casualties
