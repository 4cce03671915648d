"""A ministry that tells of what its forces did is the teller, not the forces."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Statement, Tally


def _records(text: str) -> list[object]:
    return list(extract(text, published="2024-05-10"))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ('Russia\'s Defence Ministry said: "Air defences destroyed nine drones over the '
         'Kursk region overnight."', "Russia's Defence Ministry"),
        ('"Seven militants were neutralised in the Hakurk area," the Turkish Defense Ministry '
         "said on Friday.", "Turkish Defense Ministry"),
        ('The Syrian Defense Ministry said in a statement that "army units repelled an attack '
         'on positions near Saraqib."', "Syrian Defense Ministry"),
        ('"Our soldiers destroyed two launchers in the south," Israel\'s Defense Ministry '
         "said.", "Israel's Defense Ministry"),
    ],
)
def test_statements_ministry_tellers_speak_as_the_ministry(text: str, teller: str) -> None:
    [statement] = [r for r in _records(text) if isinstance(r, Statement)]
    assert (statement.speaker, statement.organisation) == (teller, teller)


def test_statements_ministry_tellers_a_force_still_speaks_as_itself() -> None:
    text = '"We struck three weapons depots," the Israel Defense Forces said on Sunday.'
    [statement] = [r for r in _records(text) if isinstance(r, Statement)]
    assert statement.speaker == "Israel Defense Forces"


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Turkey's National Defense Ministry said 21 PKK terrorists were neutralized in "
         "northern Iraq in the past week.", "Turkey's National Defense Ministry"),
        ("Over the past month, 64 militants were killed in operations in Syria, Russia's "
         "Defence Ministry said.", "Russia's Defence Ministry"),
        ("Since January, 212 PKK terrorists have been neutralized in northern Iraq, the "
         "Turkish Defense Ministry said.", "Turkish Defense Ministry"),
    ],
)
def test_statements_ministry_tellers_report_tallies(text: str, reporter: str) -> None:
    tallies = [r for r in _records(text) if isinstance(r, Tally)]
    assert tallies and {t.reporter for t in tallies} == {reporter}


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Turkish warplanes struck PKK shelters in the Gara region on Friday, killing 7 "
         "militants, the Turkish Defense Ministry said.", "Turkish Armed Forces"),
        ("Russia's Defence Ministry said on Tuesday that Russian forces struck a Ukrainian "
         "command post near Kupiansk, killing 12 soldiers.", "Russian Armed Forces"),
    ],
)
def test_statements_ministry_tellers_leave_the_acting_forces(text: str, actor1: str) -> None:
    # the ministry tells; the act is still its forces'
    events = [r for r in _records(text) if isinstance(r, Event)]
    assert events and events[0].actor1 == actor1
