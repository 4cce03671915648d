"""A village of an official register carries the third-level division the register writes
for it: a Philippine barangay its municipality, a Myanmar village its township. GTD writes
the municipality as the city where a summary names a barangay, and ACLED's ``admin3`` column
is that municipality or township; a place GeoNames holds carries none."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.gtd import GtdRow
from eventcoder.export.acled import acled_row
from eventcoder.gazetteer import register_third_division
from eventcoder.mentions import Place
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Location, record_from_dict
from tests.analyst_readings import gtd_field_agrees
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "village", "third"), [
    ("06/01/2018: Rebels ambushed an army patrol in Barangay Kinagbaan, Jagna town, Bohol "
     "province, Philippines.", "Kinagbaan", "Jagna"),
    ("09/12/2020: Gunmen shot dead a councilor in Barangay Dampig, Ilocos Norte, "
     "Philippines.", "Dampig", "Pagudpud"),
    ("03/27/2017: Assailants burned a school in Timbaboy, Zamboanga del Sur province, "
     "Philippines.", "Timbaboy", "Midsalip"),
    ("03/02/2022: Soldiers clashed with the Arakan Army near Baw Di Kaing village, Sittwe "
     "district, Rakhine state, Myanmar.", "Baw Di Kaing", "Rathedaung"),
    # the register's district "Puta-O" is GeoNames' "Putao"
    ("02/11/2021: Soldiers shot two villagers in Hting Baing village, Kachin state, "
     "Myanmar.", "Hting Baing", "Sumprabum"),
])
def test_register_village_carries_its_third_division(pipeline: RulePipeline, text: str,
                                                      village: str, third: str) -> None:
    location = only_event(pipeline, text).location
    assert (location.name, location.admin3) == (village, third)


@pytest.mark.parametrize("text", [
    "01/29/2019: A bomb exploded outside a store in Zamboanga city, Philippines.",
    "04/14/2021: Soldiers raided a monastery in Mandalay, Myanmar.",
    "07/07/2014: Assailants opened fire on a police station in Toribio, Cauca, Colombia.",
])
def test_a_place_geonames_holds_carries_none(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).location.admin3 is None


def test_acled_export_writes_the_third_division(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "06/01/2018: Rebels ambushed an army patrol in Barangay "
                       "Kinagbaan, Jagna town, Bohol province, Philippines.")
    row = acled_row(event.to_dict(), sources={})
    assert (row["location"], row["admin3"]) == ("Kinagbaan", "Jagna")
    elsewhere = only_event(pipeline, "04/14/2021: Soldiers raided a monastery in Mandalay, "
                           "Myanmar.")
    assert acled_row(elsewhere.to_dict(), sources={})["admin3"] == ""


@pytest.mark.parametrize(("admin3", "agrees"), [("Sumisip", True), (None, False)])
def test_gtd_city_is_found_as_the_barangays_municipality(admin3: str | None,
                                                         agrees: bool) -> None:
    row = GtdRow(row_id="r1", text="", iso2="PH", city="Sumisip")
    event = Event(event_id="e1", doc_id="r1", location=Location(
        name="Tumahubong", place="Tumahubong", country="PH", admin2="Basilan", admin3=admin3))
    assert gtd_field_agrees(row, event, "city")[0] is agrees


def test_the_record_keeps_the_third_division_through_its_dict(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "09/12/2020: Gunmen shot dead a councilor in Barangay "
                       "Dampig, Ilocos Norte, Philippines.")
    rebuilt = record_from_dict(event.to_dict())
    assert isinstance(rebuilt, Event) and rebuilt.location.admin3 == "Pagudpud"


def test_a_register_village_with_no_district_carries_none() -> None:
    assert register_third_division(Place(name="Dampig", country="PH",
                                         feature="populated_place", latitude=18.5,
                                         longitude=120.8)) is None


@pytest.mark.parametrize(("latitude", "longitude", "third"), [
    (7.353, 125.177, "Arakan"),   # the municipality itself
    (7.340, 124.931, "Matalam"),  # a barangay of another municipality, of the same name
])
def test_two_villages_of_one_name_in_a_district_are_told_apart_by_their_point(
        latitude: float, longitude: float, third: str) -> None:
    assert register_third_division(Place(
        name="Arakan", country="PH", feature="populated_place", latitude=latitude,
        longitude=longitude, admin1="Soccsksargen", admin2="Cotabato")) == third


def test_a_village_of_the_name_in_another_district_carries_none() -> None:
    # the register holds Arakan in Cotabato only: a place of the name in another district
    # is not that village
    assert register_third_division(Place(
        name="Arakan", country="PH", feature="populated_place", latitude=7.353,
        longitude=125.177, admin1="Davao Region", admin2="Davao del Sur")) is None
