"""A small town written right before the district that holds it ("X village in D, State",
"X, D, State") is read inside that district: a reading in another district of the
province, farther off than a district reaches, is a namesake. The namesake inside the
district is taken where the gazetteer has one; else the town is a village the gazetteer
lacks, placed at the district."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event

OTHER_DISTRICT = ("On 3 March 2021, armed men torched a tractor in Raghunathpur village in "
                  "Bhagalpur, Bihar, India.")
NAMESAKE_INSIDE = ("On 14 July 2021, two gunmen shot a village councillor outside his home in "
                   "Barangay Bimmotobot, Naguilian, La Union, Philippines.")
SAME_DISTRICT = "On 3 March 2021, armed men torched a tractor in Jamalpur, Munger, Bihar, India."


def test_places_town_of_another_district_not_the_namesake() -> None:
    mention = places_in(OTHER_DISTRICT)["Raghunathpur"]
    assert mention.place is not None
    assert mention.place.name == "Bhagalpur"  # the district, not Katihar's Raghunathpur
    assert mention.reason is not None
    assert mention.reason.startswith("no entry lies in the division named next to it")


def test_events_town_of_another_district_placed_at_the_district(
        pipeline: RulePipeline) -> None:
    location = only_event(pipeline, OTHER_DISTRICT).location
    assert location.place == "Bhagalpur"
    assert location.admin1 == "Bihar"
    assert location.geo_precision == 2


def test_places_namesake_inside_the_written_district_taken() -> None:
    town = places_in(NAMESAKE_INSIDE)["Naguilian"].place
    assert town is not None
    assert town.admin2 == "La Union"


def test_places_town_inside_the_written_district_kept() -> None:
    town = places_in(SAME_DISTRICT)["Jamalpur"].place
    assert town is not None
    assert (town.name, town.admin2) == ("Jamalpur", "Munger")
