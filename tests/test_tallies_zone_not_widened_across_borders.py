"""A count told for a zone of a country ("In Nigeria, troops in the North East ...") is of
that country: only a lake, river or range that borders several countries takes the
countries of the smaller counts told below it, not a zone that names no place at all."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Tally

ZONE = (
    "DEFENCE HEADQUARTERS\nPRESS RELEASE\n\n"
    "ABUJA, 4 March 2025 - In Nigeria, troops in the North East conducted 40 operations in "
    "February 2025, neutralising 70 terrorists.\n\n"
    "In Sector 1 (Cameroon), troops conducted 12 operations, neutralising 31 terrorists.\n"
)


def test_tallies_zone_of_one_country_is_not_widened_by_a_sector_below() -> None:
    tallies = [r for r in extract(ZONE, published="2025-03-04") if isinstance(r, Tally)]
    by_value = {t.value: t for t in tallies}
    assert by_value[40].area == ["NG"] and by_value[70].area == ["NG"]
    assert by_value[12].area == ["CM"]
