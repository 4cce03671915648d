"""A district written with its word before its province, spelled as the gazetteer does not.

"Siwrah district (Marib)": no entry of Marib bears the name, but one of its districts,
Sirwah, is the name with two neighbouring letters swapped; "Dand va Patan district, Paktia"
is Dand Patan with the inner "and" written. The name is that district, and a village the
gazetteer lacks, written in it, is placed at it rather than at the province. Only the
districts of the province written after the name count, and only with a district word.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "written", "district", "admin1"),
    [
        ("Houthi forces shelled farms in Siwrah district (Marib) on Tuesday.", "Siwrah",
         "Sirwah", "Marib"),
        ("Artillery fire hit two houses in Raizh district (Saada) overnight.", "Raizh",
         "Razih", "Saada"),
        ("Police arrested three smugglers in Dand va Patan district, Paktia, on Friday.",
         "Dand va Patan", "Dand Patan", "Paktia"),
        ("Two guards were wounded in Dand Wa Patan district, Paktia province, at dawn.",
         "Dand Wa Patan", "Dand Patan", "Paktia"),
        ("Tribal fighters blocked a road in Sriwah district, Marib governorate, on Monday.",
         "Sriwah", "Sirwah", "Marib"),
    ],
)
def test_places_district_spelled_otherwise_read_in_its_province(
        text: str, written: str, district: str, admin1: str) -> None:
    mention = places_in(text)[written]
    place = mention.place
    assert place is not None
    assert (place.feature, place.name, place.admin1) == ("admin2", district, admin1)
    assert mention.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "written", "province"),
    [
        # no district of Taizz is spelled so: the province places the name
        ("Residents protested in Siwrah district (Taizz) on Monday.", "Siwrah", "Taiz"),
        # another province's district, one swap off: placed at the province written
        ("Residents protested in Siwrah district, Abyan governorate, on Monday.", "Siwrah",
         "Abyan"),
    ],
)
def test_places_district_spelling_only_in_the_province_written(
        text: str, written: str, province: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and (place.feature, place.name) == ("admin1", province)


def test_places_district_spelling_more_than_a_swap_off_is_no_district() -> None:
    place = places_in("Residents protested in Swirah district (Marib) on Monday.")["Swirah"].place
    assert place is None or place.feature != "admin2"


def test_places_district_spelling_needs_the_district_word() -> None:
    # written as a village, the name is no district of the province
    place = places_in("Gunmen raided Siwrah village (Marib) on Sunday.")["Siwrah"].place
    assert place is None or place.feature != "admin2"


def test_events_village_in_a_district_spelled_otherwise_is_placed_at_it() -> None:
    event = only_event(
        RulePipeline(),
        "On 3 March 2021, gunmen killed a farmer in the Sur Kalay area of Dand Wa Patan "
        "district, Paktia.", "2021-03-04")
    assert event.location is not None
    assert (event.location.place, event.location.admin2, event.location.geo_precision) == (
        "Dand Patan", "Dand Patan", 2)

