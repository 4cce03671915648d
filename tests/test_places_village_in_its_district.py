"""A village the gazetteer lacks, told as lying in a district ("X Kraom village, Y
district"), is placed at that district, whatever its first word alone would have been."""

from __future__ import annotations

from tests.places_text import places_in


def test_the_village_falls_to_its_district() -> None:
    found = places_in(
        "Rangers seized timber in Stung Treng Kraom village, Sesan district, on Monday.")
    place = found["Stung Treng Kraom"].place
    assert place is not None
    assert place.country == "KH" and place == found["Sesan"].place
