"""Myanmar's villages, village tracts, towns and townships from MIMU's place codes
(``data/settlements_mm.tsv``): read only where the text points to Myanmar, in the district
and near the township it names, never over a town cities500 knows, and never as a common
word."""

from __future__ import annotations

import math
from types import ModuleType

import pytest

from eventcoder.gazetteer import DATA_DIR
from eventcoder.gazetteer_build import SETTLEMENTS_PATHS, read_settlements
from tests.places_text import places_in
from tests.scripts_module import load_script


def build_script() -> ModuleType:
    return load_script("build_settlements_mm")


@pytest.mark.parametrize(
    ("text", "name", "admin1", "point"),
    [
        # Aing Ka Law is a village of Myanaung and of Ingapu townships, both in Hinthada
        # district: the township written after it says which
        ("On 4 July 2021, soldiers searched houses in Aing Ka Law village (Myanaung Township, "
         "Hinthada District) in Ayeyarwady Region.", "Aing Ka Law", "Ayeyarwady",
         (18.176, 95.381)),
        ("On 4 July 2021, soldiers searched houses in Aing Ka Law village (Ingapu Township, "
         "Hinthada District) in Ayeyarwady Region.", "Aing Ka Law", "Ayeyarwady",
         (17.929, 95.199)),
        # Ku Toe Seik: villages of Minbya and of Mrauk-U townships, one district
        ("Artillery fire hit Ku Toe Seik village of Mrauk-U Township in Rakhine State, "
         "Myanmar, on Sunday.", "Ku Toe Seik", "Rakhine", (20.535, 93.231)),
        ("Artillery fire hit Ku Toe Seik village of Minbya Township in Rakhine State, "
         "Myanmar, on Sunday.", "Ku Toe Seik", "Rakhine", (20.418, 93.262)),
        # a township's seat that cities500 lacks, at the point of its wards
        ("Junta troops raided Minbya town in Rakhine State, Myanmar, on Monday.",
         "Minbya", "Rakhine", (20.366, 93.263)),
    ],
)
def test_register_place_is_placed_in_its_township(
        text: str, name: str, admin1: str, point: tuple[float, float]) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1, place.feature) == ("MM", admin1, "populated_place")
    assert math.isclose(place.latitude, point[0], abs_tol=0.01)
    assert math.isclose(place.longitude, point[1], abs_tol=0.01)


def test_a_people_in_brackets_after_a_village_is_no_holder() -> None:
    # "(Chin)" says which people live in the village, not that it lies in Chin State
    place = places_in("On 12 July 2021, in Ku Toe Seik (Chin) village, Mrauk-U Township, "
                      "Rakhine State, soldiers arrested two men.")["Ku Toe Seik"].place
    assert place is not None
    assert (place.country, place.admin1) == ("MM", "Rakhine")
    assert math.isclose(place.latitude, 20.535, abs_tol=0.01)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Boke is also a village of Myanmar's register: a report from Guinea, or one that
        # points to no country, reads Guinea's town
        ("Protesters marched in Boke, Guinea, over power cuts.", "Boke", "GN"),
        ("Gunmen attacked a market in Boke on Friday, police said.", "Boke", "GN"),
        ("A fire destroyed a temple in Kani, Gifu prefecture, Japan.", "Kani", "JP"),
    ],
)
def test_a_register_village_takes_no_name_in_another_countrys_report(
        text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # villages of Ayeyarwady and of Bago share the names of Magway's town of Chauk and
        # Rakhine's town of Gwa: the towns are meant where no state is written
        ("Artillery shells struck Chauk, Myanmar, on Tuesday, residents said.", "Chauk",
         "Magway"),
        ("Troops shelled Gwa in western Myanmar, residents said.", "Gwa", "Rakhine"),
    ],
)
def test_a_register_village_never_wins_over_a_known_town(text: str, name: str,
                                                         admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1) == ("MM", admin1)
    assert place.population > 0


def test_the_village_of_the_state_written_is_read() -> None:
    place = places_in("Soldiers torched houses in Chauk village, Ayeyarwady Region, "
                      "Myanmar.")["Chauk"].place
    assert place is not None
    assert (place.country, place.admin1, place.population) == ("MM", "Ayeyarwady", 0)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Hle Seik (East)", "Hle Seik"),
        ("Yae Kyaw Gyi (Yae Kyaw Gyi (East))", "Yae Kyaw Gyi"),
        ("(Kyun Nyo Gyi) Kyun Hteik", "Kyun Hteik"),
        ("Matupi Town", "Matupi"),
        ("Kyar Inn", "Kyar Inn"),
        # numbered units and quarters, not places a report names
        ("No (1) Ward", None),
        ("12 Taung Yoe", None),
        ("Tei Pin (2)", "Tei Pin"),
        ("Myo Ma Ward", None),
        ("Labutta (3) Mile Town", None),
    ],
)
def test_register_names_are_cleaned(written: str, name: str | None) -> None:
    assert build_script().clean_name(written) == name


def test_a_town_takes_the_point_its_own_wards_share() -> None:
    # two of a town's wards are given the point of another town's wards: a slip
    town_points = {
        ("T1", "Upper Town"): [(21.30, 92.85), (21.30, 92.85), (21.60, 93.44),
                               (21.60, 93.44)],
        ("T1", "Lower Town"): [(21.60, 93.44)] * 3,
    }
    script = build_script()
    assert script._town_point(town_points[("T1", "Upper Town")], "Upper Town",
                              town_points) == (21.30, 92.85)
    assert script._town_point(town_points[("T1", "Lower Town")], "Lower Town",
                              town_points) == (21.60, 93.44)


def test_the_register_ships_with_its_attribution_and_no_common_word() -> None:
    path = DATA_DIR / "settlements_mm.tsv"
    assert path in SETTLEMENTS_PATHS
    header = path.read_text(encoding="utf-8").split("\n", 3)[:3]
    assert any("MIMU" in line and "MIT" in line for line in header)
    entries = read_settlements((path,))
    assert len(entries) > 50_000
    assert all(e.country == "MM" and e.admin1_code and e.admin2_code for e in entries)
    names = {entry.name.lower() for entry in entries}
    for word in ("the", "min", "no", "ward", "village", "chin", "kachin", "shan", "karen",
                 "rakhine", "yangon", "east"):
        assert word not in names


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # "Township" written capitalised is the township's word, not part of a longer name:
        # the township's seat, a town of the register, is the place
        ("On 2 May 2021, in Kyaukkyi Township, Taungoo District, Bago Region, troops "
         "traded fire with insurgents.", "Kyaukkyi", (18.328, 96.773)),
        # "Chin State", "Sagaing Region": a division written with its word points to
        # Myanmar as its name alone does
        ("Fighting broke out in Kanpetlet township, Chin State.", "Kanpetlet",
         (21.191, 94.057)),
        ("Soldiers entered Myaung town, Sagaing Region, and detained ten men.", "Myaung",
         (21.832, 95.424)),
        # a township the gazetteer lacks, read only as sound-alikes abroad (Guinea's Nabou),
        # is no holder that says the village lies abroad
        ("On 9 August 2021, close to Htee Ka Law village, Nabu Township, Hpa-An District, "
         "Karen State, troops fired mortars at farms.", "Htee Ka Law", (17.392, 97.891)),
    ],
)
def test_a_township_and_its_holders_are_read(text: str, name: str,
                                             point: tuple[float, float]) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == "MM"
    assert math.isclose(place.latitude, point[0], abs_tol=0.01)
    assert math.isclose(place.longitude, point[1], abs_tol=0.01)


def test_every_register_place_of_myanmar_is_read_only_where_a_text_points_there() -> None:
    # a row of a district the gazetteer leaves out (no town of cities500 in it) would be
    # read as of no district, and so read loosely in any report: every row is written in
    # a district the gazetteer keeps
    from eventcoder.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    registered = [i for i in range(len(gazetteer))
                  if gazetteer.country_code_of(i) == "MM" and gazetteer.is_register_village(i)]
    assert len(registered) > 50_000
    assert all(gazetteer.is_post_office_village(i) for i in registered)
