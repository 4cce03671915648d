"""One man told by his deed on people named by a plural with no article ("a 46-year-old
man who attacked staff at a job centre", "a man stabbed shoppers") is the lone attacker,
an unnamed armed actor as ACLED codes him, not the police he was known to; the counts of
the charges he faces ("two counts of attempted murder") are no dead."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published="2023-09-12") if isinstance(e, Event)]


@pytest.mark.parametrize("deed", [
    "A 46-year-old man who attacked staff at a job centre in Gera with a knife on Monday did "
    "so out of anger over his benefits, prosecutors said.",
    "A man stabbed shoppers at a market in Gera on Monday, prosecutors said.",
    "A 46-year-old man who stabbed his case worker at a job centre in Gera on Monday acted "
    "alone, prosecutors said.",
])
def test_the_lone_man_is_the_attacker_not_the_police(deed: str) -> None:
    text = deed + " He was known to the police for threatening behaviour."
    (event,) = _events(text)
    assert event.actor1 == "Unidentified Armed Group (Germany)"


def test_a_man_killed_is_still_who_was_struck() -> None:
    (event,) = _events("A man was killed by gunmen in Gera on Monday, police said.")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Germany)",
                                            "Civilians (Germany)")
    assert [s.text for s in event.evidence["actor1"]] == ["gunmen"]


@pytest.mark.parametrize("charge", [
    "He has been remanded on suspicion of murder and two counts of attempted murder.",
    "He was charged with three counts of murder.",
])
def test_counts_of_a_charge_are_no_dead(charge: str) -> None:
    text = ("A man stabbed a case worker at a job centre in Gera on Monday. She died in "
            f"hospital. {charge}")
    (event,) = _events(text)
    assert event.fatalities == 1
    assert all(c.count != 2 and c.count != 3 for c in event.casualties), event.casualties
