"""More incident summaries in the Global Terrorism Database's style under
``fixtures/gtd_sweep2``, written for these tests over other countries and years, each read as
the GTD evaluation reads its rows and judged field by field as its scorer judges them:
attackers killed told in a later sentence; "were killed, including the assailant"; several
targets in one summary with a toll for each; the wounded told as "sustained injuries" and
"were left injured"; hostages killed and hostages released; victims' bodies found days later;
tolls in hyphenated words; "all N passengers"; "a family of five". ``expected.json`` holds
the coding a GTD coder gives each (the perpetrators who died among the dead); a field it
marks ``pending`` is asserted still to be read otherwise, so that a reading that comes right
is noticed."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Event
from tests.analyst_readings import GtdReadings, gtd_field_agrees

READINGS = GtdReadings(Path(__file__).parent / "fixtures" / "gtd_sweep2")


@pytest.fixture(scope="module")
def events() -> dict[str, Event | None]:
    return READINGS.extract_all()


def test_summaries_cover_many_countries_and_years() -> None:
    countries = {READINGS.gold[n]["country"] for n in READINGS.names}
    years = {READINGS.gold[n]["date"][:4] for n in READINGS.names}
    assert len(READINGS.names) >= 40
    assert len(countries) >= 15 and len(years) >= 8


@pytest.mark.parametrize("name", READINGS.names)
def test_summary_opens_with_its_date(name: str) -> None:
    row = READINGS.row(name)
    month, day, year = row.text[:10].split("/")
    assert row.event_date is not None
    assert row.event_date.isoformat() == f"{year}-{month}-{day}"


@pytest.mark.parametrize(("name", "field"), READINGS.field_params())
def test_summary_field_is_the_coders(events: dict[str, Event | None], name: str,
                                     field: str) -> None:
    right, held = gtd_field_agrees(READINGS.row(name), events[name], field)
    assert right, (READINGS.gold[name].get(field), held)
