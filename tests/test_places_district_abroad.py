"""A name written as a district ("in X district") whose only district of that name lies
abroad, in a report whose provinces and districts all lie in another country, is a district
the gazetteer lacks, not that one abroad: nothing in the text points to its country. Where
the text names that country, the district stands."""

from __future__ import annotations

from tests.places_text import places_in


def test_district_abroad_is_no_district_of_a_report_anchored_elsewhere() -> None:
    found = places_in("Aircraft struck militants across Helmand province on Sunday. In Nawa "
                      "district, a strike killed seven fighters; in Garmsir district, a drone "
                      "destroyed a compound.")
    assert found["Nawa"].place is None, found["Nawa"]
    assert found["Garmsir"].place is not None and found["Garmsir"].place.country == "AF"


def test_district_of_the_country_the_text_names_stands() -> None:
    found = places_in("Gunmen attacked a cocoa farm in Nawa district, Ivory Coast, on Sunday.")
    assert found["Nawa"].place is not None and found["Nawa"].place.country == "CI"
