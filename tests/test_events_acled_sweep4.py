"""ACLED's one-paragraph notes from countries and regions the earlier sweeps used little
(Mozambique's Cabo Delgado, Cameroon's Anglophone regions, Niger, Chad, Sudan, South Sudan,
Ethiopia's Amhara and Oromia, Myanmar, the Philippines, Colombia, Mexico, Brazil, Haiti,
India's north-east, Balochistan, Yemen, Libya, Ukraine, Armenia and others), under
``fixtures/acled_sweep4``: weighed toward what new notes read worst, the sub-event type and
actor1 on unfamiliar wordings and the dead on notes that count them.

The notes were written for these tests. ``expected.json`` holds what an ACLED coder records of
each (``tests/analyst_readings.py`` reads it). What it marks ``pending`` is asserted to fail, so
that a reading that comes right is noticed.
"""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import AnalystReadings, NoteSweepTests

READINGS = AnalystReadings(Path(__file__).parent / "fixtures" / "acled_sweep4")

#: The countries the earlier sweeps used most, which these notes keep to a few of.
_MUCH_USED = {"IN", "NG", "CO", "PK", "ML", "CD", "MX"}


class TestAcledSweep4(NoteSweepTests):
    readings = READINGS


def test_events_acled_sweep4_notes_come_from_many_countries() -> None:
    countries = [report["events"][0]["country"] for report in READINGS.gold.values()]
    assert len(READINGS.names) == 60
    assert len(set(countries)) >= 20
    assert sum(country in _MUCH_USED for country in countries) <= 15


def test_events_acled_sweep4_most_notes_count_their_dead() -> None:
    dead = [event for report in READINGS.gold.values() for event in report["events"]
            if event["fatalities"]]
    assert len(dead) >= 35
    assert sum("killed" in event for event in dead) >= 25
