"""Tallies over periods counted back from the telling or named as parts of a year, and a
general staff's daily count of losses with a running total since a stated day.

Each report under ``fixtures/tallies`` was written for these tests: a daily update whose
sentence holds both the day's losses ("over the past day") and the running total ("bringing
total ... personnel losses since February 24, 2022 to approximately 512,340"), equipment
destroyed "over the past 24 hours" and engagements of which some were "in the ... direction";
a ministry's "first quarter of this year"; and an army's "past six months".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event, Tally
from tests.conftest import fixture_records, tally_rows

DAILY = "genstaff-day-losses-directions"


def test_tallies_counted_periods_daily_losses_and_running_total() -> None:
    records = fixture_records("tallies", DAILY, "2024-05-16")
    rows = tally_rows(records)
    assert ("casualties", 1090, ("UA",), "Russian Armed Forces", None) in rows
    assert ("casualties", 512340, ("UA",), "Russian Armed Forces", None) in rows
    periods = {(t.metric, t.value): (t.period_start, t.period_end)
               for t in records if isinstance(t, Tally)}
    # each clause its own period: the day's losses the past day, the total since the invasion
    assert periods[("casualties", 1090)] == ("2024-05-15", "2024-05-16")
    assert periods[("casualties", 512340)] == ("2022-02-24", "2024-05-16")


def test_tallies_counted_periods_equipment_and_directions() -> None:
    records = fixture_records("tallies", DAILY, "2024-05-16")
    rows = tally_rows(records)
    for metric, value in (("tanks", 9), ("armoured_vehicles", 22), ("artillery_systems", 37)):
        assert any(r[0] == metric and r[1] == value for r in rows), rows
    assert any(r[:2] == ("engagements", 29) and r[4] == 131 for r in rows), rows
    # equipment destroyed over a day is a count, not a shelling at no place
    assert not [r for r in records if isinstance(r, Event)]
    assert {t.reporter for t in records if isinstance(t, Tally)} == {"Armed Forces of Ukraine"}


@pytest.mark.parametrize(
    ("name", "published", "period"),
    [
        ("moi-first-quarter-this-year", "2024-05-15", ("2024-01-01", "2024-03-31")),
        ("army-past-six-months", "2024-05-17", ("2023-11-17", "2024-05-17")),
    ],
)
def test_tallies_counted_periods_parts_of_the_year_and_months_back(
    name: str, published: str, period: tuple[str, str]
) -> None:
    records = fixture_records("tallies", name, published)
    tallies = [r for r in records if isinstance(r, Tally)]
    assert len(tallies) == 2
    assert {(t.period_start, t.period_end) for t in tallies} == {period}
    assert not [r for r in records if isinstance(r, Event)]
