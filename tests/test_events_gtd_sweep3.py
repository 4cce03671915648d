"""Incident summaries in the Global Terrorism Database's style under ``fixtures/gtd_sweep3``,
written for these tests over decades and places the earlier sweeps left: the 1970s to the
1990s in Northern Ireland, Spain's Basque Country, Italy, Corsica and Greece; Peru, Colombia,
El Salvador, Guatemala and Chile; India's Punjab and Kashmir, Pakistan and Sri Lanka; and
the Philippines, Thailand's south, Nigeria's north-east, Kenya, Turkey's south-east and
Russia's North Caucasus. Each is read as the GTD evaluation reads its rows and judged field
by field as its scorer judges them: places told in several parts (a village, its district,
its state; a barangay and its municipality; "the rural area of" a municipality; an area of a
city), the country struck where the victims', the owners' or a flight's destination's are
named too, tolls told in many ways ("lost their lives", "the death toll rose to", "left
seven dead", "killing two ... and injuring a third", "among them"), and every attack type of
the codebook (assassination, armed and unarmed assault, bombing, hijacking, kidnapping, a
barricade incident, a facility attacked). ``expected.json`` holds the coding a GTD coder
gives each; a field it marks ``pending`` is asserted still to be read otherwise, so that a
reading that comes right is noticed."""

from __future__ import annotations

from pathlib import Path

from tests.analyst_readings import GtdReadings, gtd_summary_tests

READINGS = GtdReadings(Path(__file__).parent / "fixtures" / "gtd_sweep3")

(events, test_summaries_cover_many_countries_and_years, test_summary_opens_with_its_date,
 test_summary_field_is_the_coders) = gtd_summary_tests(READINGS)
