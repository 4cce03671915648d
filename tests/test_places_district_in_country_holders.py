"""A district written with its country and then its province, and district names joined by
"wa" (Arabic "and").

"Hays district in western Yemen (Al Hudaydah)": the name in parentheses holds the district,
as in "Baqim district (Sadah)", though the country stands between; it is the governorate,
not its namesake capital, and the event lies in the district. "Tarnek wa Jaldak" is one
name, not "Tarnek" alone.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "holder", "country"),
    [
        ("Shells hit farms in Majz district in northwestern Yemen (Sadah) on Sunday.", "Sadah",
         "YE"),
        ("Gunmen attacked a post in Chimtal district in northern Afghanistan (Balkh) on Friday.",
         "Balkh", "AF"),
        ("Rebels raided a camp in Walikale territory in eastern Congo (North Kivu) at dawn.",
         "North Kivu", "CD"),
    ],
)
def test_places_holder_after_district_and_country_is_province(
        text: str, holder: str, country: str) -> None:
    place = places_in(text)[holder].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("On 3 June 2021, coalition air raids hit Majz district in northwestern Yemen (Sadah), "
         "damaging a farm.", "Majz"),
        ("On 14 March 2021, Taliban fighters attacked a checkpoint in Chimtal district in "
         "northern Afghanistan (Balkh), killing two policemen.", "Chimtal"),
    ],
)
def test_events_district_with_country_and_province_is_the_place(text: str, district: str) -> None:
    location = only_event(RulePipeline(), text).location
    assert (location.name, location.geo_precision) == (district, 2)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("On 2 May 2021, militants attacked a police post in Tarnek wa Jaldak district "
         "(Zabul).", "Tarnek wa Jaldak", "Zabul"),
        ("Air raids were reported on Kitaf wa Al Boqe'e district (Sadah) on Monday.",
         "Kitaf wa Al Boqe'e", "Saada"),
        ("Clashes broke out in Kuran wa Munjan, Badakhshan, on Tuesday.", "Kuran wa Munjan",
         "Badakhshan"),
    ],
)
def test_places_names_joined_by_wa(text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.admin1 == admin1
