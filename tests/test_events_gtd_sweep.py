"""Incident summaries in the Global Terrorism Database's style under ``fixtures/gtd_sweep``,
written for these tests over many countries and years, each read as the GTD evaluation reads
its rows and judged field by field as its scorer judges them: victims and attackers killed in
one sentence and the next; a victim's body found; the wounded told as "injured" and "hurt";
a toll revised later in the summary; hostages released; a bomb defused; two targets in one
summary; numbers in words; "at least"; a town written with its district. ``expected.json``
holds the coding a GTD coder gives each (the perpetrators who died among the dead); a field
it marks ``pending`` is asserted still to be read otherwise, so that a reading that comes
right is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import GtdReadings, gtd_summary_tests

READINGS = GtdReadings(Path(__file__).parent / "fixtures" / "gtd_sweep")

(events, test_summaries_cover_many_countries_and_years, test_summary_opens_with_its_date,
 test_summary_field_is_the_coders) = gtd_summary_tests(READINGS)
