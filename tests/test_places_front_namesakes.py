"""Of a village's namesakes in one oblast, in a report of the fighting along the line of
contact: the one by the line is meant whatever the size of a namesake far behind it; a
namesake whose own point lies by the line comes before a register village placed at its
hromada's seat; and the register writes every village of a name, not only the first one
GeoNames lacks."""

from __future__ import annotations

import pytest

from eventcoder.places import _km_to_line, _lines_then
from tests.places_text import places_in
from tests.scripts_module import load_script


def _point(text: str, name: str) -> tuple[str | None, float, float]:
    place = places_in(text)[name].place
    assert place is not None and place.country == "UA"
    return place.admin1, place.latitude, place.longitude


def test_a_village_by_the_line_before_a_larger_namesake_behind_it() -> None:
    admin1, lat, lon = _point(
        "On 12 June 2021, the OSCE SMM recorded 5 explosions near Temriuk.", "Temriuk")
    assert admin1 == "Donetsk"
    assert _km_to_line(lat, lon, _lines_then("2021-06")[0]["UA"]) < 25


def test_no_report_of_the_fighting_keeps_the_larger_namesake() -> None:
    _admin1, lat, lon = _point("A new bakery opened in Temriuk last week.", "Temriuk")
    assert (round(lat, 1), round(lon, 1)) == (47.3, 37.0)


@pytest.mark.parametrize("text", [
    "On 12 June 2021, the OSCE SMM recorded 5 explosions near Kalynivka.",
    "On 12 June 2021, the OSCE SMM recorded 5 explosions near Kalynivka, Donetsk.",
])
def test_a_town_whose_own_point_lies_by_the_line_before_a_register_village(text: str) -> None:
    # the town GeoNames knows, 6 km from the line, not a village placed at a seat 16 km off
    admin1, lat, lon = _point(text, "Kalynivka")
    assert admin1 == "Donetsk"
    assert (round(lat, 2), round(lon, 2)) == (47.15, 37.67)


def test_misspelt_name_of_a_town_and_a_register_village_is_the_town() -> None:
    found = places_in("On 12 June 2021, the OSCE SMM recorded 5 explosions near "
                      "Kryvorozhzhia.")["Kryvorozhzhia"]
    assert found.place is not None
    assert (found.place.name, found.place.admin1) == ("Kryvorizhzhya", "Donetsk")


def test_register_keeps_a_village_whose_namesake_lies_far_off() -> None:
    module = load_script("build_settlements_ua")
    here = (48.0, 38.0)
    assert module.geonames_holds(here, [(48.1, 38.1, 900)])  # about 13 km: the same village
    assert not module.geonames_holds(here, [(48.6, 38.0, 900)])  # about 67 km: another one
    assert module.geonames_holds(here, [(48.6, 38.0, 900), (48.0, 38.2, 300)])
    assert not module.geonames_holds(here, [])
