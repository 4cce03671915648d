"""A Philippine village written with the municipality that holds it ("Tapikan village of
Shariff Aguak", "Cuambog Village, Mabini Town", "Kitango village in Datu Saudi Ampatuan")
keeps that municipality as its third-level division, as the register gives it for the
villages it holds: GTD writes the municipality as the city. A city written before a
smaller town ("between Cotabato City and Datu Piang") holds no such town, and a village
elsewhere has no municipality to keep."""

from __future__ import annotations

import pytest

from tests.found_records import main_event_of


@pytest.mark.parametrize(
    ("text", "village", "municipality"),
    [
        ("02/03/2013: Assailants set fire to a tractor in Cuambog Village, Mabini Town, "
         "Compostela Valley, Philippines. No one was hurt.", "Cuambog", "Mabini"),
        ("07/07/2010: Assailants shot dead a teacher in Lumbayanague village of Balabagan, "
         "Lanao del Sur, Philippines. No group claimed responsibility for the incident.",
         "Lumbayanague", "Balabagan"),
        ("09/30/2015: A roadside bomb exploded as an army truck passed in Kitango village in "
         "Datu Saudi Ampatuan, Maguindanao, Philippines, wounding three soldiers.",
         "Kitango", "Datu Saudi Ampatuan"),
        ("11/18/2008: Assailants abducted a school principal from Tapikan village of Shariff "
         "Aguak, Maguindanao, Philippines. He was released two weeks later.",
         "Tapikan", "Shariff Aguak"),
        ("04/22/2017: Gunmen fired on a jeepney in Tubaran village in Bumbaran, Lanao del "
         "Sur, Philippines, killing the driver.", "Tubaran", "Bumbaran"),
    ],
)
def test_a_village_keeps_the_municipality_written_after_it(text: str, village: str,
                                                            municipality: str) -> None:
    location = main_event_of(text).location
    assert (location.name, location.admin3) == (village, municipality)


@pytest.mark.parametrize(
    ("text", "not_held_by"),
    [
        ("01/21/2012: Assailants detonated a bomb on the highway between Cotabato City and "
         "Datu Piang, Maguindanao, Philippines, injuring two motorists.", "Datu Piang"),
        ("03/04/1988: Assailants opened fire on farm workers in Dhilwan village, Kapurthala "
         "district, Punjab, India, killing seven.", "Kapurthala"),
    ],
)
def test_no_municipality_kept_from_a_smaller_town_or_another_country(text: str,
                                                                      not_held_by: str) -> None:
    assert main_event_of(text).location.admin3 != not_held_by
