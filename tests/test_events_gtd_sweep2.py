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

from tests.analyst_readings import GtdReadings, gtd_summary_tests

READINGS = GtdReadings(Path(__file__).parent / "fixtures" / "gtd_sweep2")

(events, test_summaries_cover_many_countries_and_years, test_summary_opens_with_its_date,
 test_summary_field_is_the_coders) = gtd_summary_tests(READINGS)
