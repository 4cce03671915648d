"""India's villages from India Post's directory of post offices (``data/settlements_in.tsv``):
read only where the text points to India, in the district it names, and never as a common
word."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import pytest

from eventcoder.gazetteer import DATA_DIR
from eventcoder.gazetteer_build import read_settlements
from tests.places_text import places_in
from tests.scripts_module import load_script


def build_script() -> ModuleType:
    return load_script("build_settlements_in")


@pytest.mark.parametrize(
    ("text", "name", "admin1", "admin2", "point"),
    [
        ("Police said a landmine hit a jeep near Batasena village (Koraput, Odisha) on Monday.",
         "Batasena", "Odisha", "Koraput", (19.142, 82.322)),
        ("Villagers blocked the road in Chanchaura village (Saran district, Bihar) over a "
         "quarrel about land.", "Chanchaura", "Bihar", "Saran", (25.938, 84.627)),
        ("Two men were shot dead in Jethegaon (Kanker, Chhattisgarh) late on Friday.",
         "Jethegaon", "Chhattisgarh", "Kanker", (20.155, 80.015)),
        ("Farmers protested at Nandgawan in Etawah district, Uttar Pradesh.",
         "Nandgawan", "Uttar Pradesh", "Etawah", (26.615, 79.101)),
    ],
)
def test_post_office_village_is_placed_in_its_district(
        text: str, name: str, admin1: str, admin2: str, point: tuple[float, float]) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1, place.admin2, place.feature) == (
        "IN", admin1, admin2, "populated_place")
    assert math.isclose(place.latitude, point[0], abs_tol=0.01)
    assert math.isclose(place.longitude, point[1], abs_tol=0.01)


def test_a_text_not_about_india_reads_no_indian_village() -> None:
    # Batasena is a village of Odisha; a report from Afghanistan does not point to India.
    found = places_in("Unknown gunmen attacked a checkpoint near Batasena, killing two "
                      "soldiers, the ministry in Kabul said.")
    assert "Batasena" not in found or found["Batasena"].place is None


def test_a_namesake_of_another_district_is_not_the_village() -> None:
    # Malakpur is a post-office village of Baghpat, Bulandshahr, Chatra and Vidisha, not of
    # Jhansi: the village written with Jhansi stays placed at the district, as before.
    found = places_in("Residents of Malakpur village (Jhansi, Uttar Pradesh) clashed with "
                      "police over a water dispute.")
    places = [m.place for m in found.values() if m.place is not None]
    assert places
    assert all(p.admin2 in ("Jhansi", None) for p in places)
    assert all(p.admin1 == "Uttar Pradesh" for p in places)


@pytest.mark.parametrize(
    ("office", "district", "village"),
    [
        ("Tendhera BO", "", "Tendhera"),
        ("Madarkhandi B.O", "", "Madarkhandi"),
        ("KALANDA", "", "Kalanda"),
        ("Rampur SO Saharanpur", "Saharanpur", "Rampur"),
        ("Laxmipur Jamui", "Jamui", "Laxmipur"),
        ("Nathu Majra BO", "", "Nathu Majra"),
        ("Lakshmipur (Malda) B.O", "", "Lakshmipur"),
        # offices and quarters, not villages
        ("Bengali Market SO", "", None),
        ("CAT EXTENSION COUNTER", "", None),
        ("Ganirgram PT II B.O", "", None),
        ("Police Lines S.O", "", None),
        ("Railway Colony B.O", "", None),
        ("Sector 12 SO", "", None),
    ],
)
def test_office_names_are_cleaned_to_the_village(office: str, district: str,
                                                 village: str | None) -> None:
    assert build_script().clean_name(office, district) == village


def test_no_common_word_is_a_village() -> None:
    names = {entry.name.lower() for entry in read_settlements((DATA_DIR / "settlements_in.tsv",))}
    assert len(names) > 50_000
    for word in ("police", "market", "camp", "colony", "road", "station", "nagar", "bazar",
                 "the", "army", "village", "district", "north", "east"):
        assert word not in names
    for text, word in [("Police fired tear gas at marchers in Camp on Sunday.", "Camp"),
                       ("The Market was closed after a blast, police in Bihar said.", "Market")]:
        found = places_in(text)
        assert word not in found or found[word].place is None or found[word].place.country != "IN"


def test_supplement_rows_carry_their_district(tmp_path: Path) -> None:
    path = tmp_path / "settlements_in.tsv"
    path.write_text(
        "# a comment\nname\tcountry\tadmin1_code\tlatitude\tlongitude\tdistrict\tadmin2_code\n"
        "Kurmitola\tIN\tIN.34\t25.5\t85.1\tPatna\tIN.34.999\n"
        "Dhanupara\tIN\tIN.34\t25.6\t85.2\tNowhere\t\n",
        encoding="utf-8",
    )
    first, second = read_settlements((path,))
    assert (first.name, first.admin1_code, first.admin2_code, first.population) == (
        "Kurmitola", "IN.34", "IN.34.999", 0)
    assert second.admin2_code is None


def test_a_word_of_a_groups_name_is_no_post_office_village() -> None:
    # Taiba is also a post-office village of Jharkhand: a word of the group's name, with no
    # town of India to read it by, stays no place (nor Japan's Chiba, its sound-alike).
    found = places_in("On 3 March 2022, Lashkar-e-Taiba gunmen fired on a patrol near a "
                      "hamlet, wounding a soldier.")
    assert "Taiba" not in found or found["Taiba"].place is None


def test_a_register_village_spelled_nearer_is_no_slip_for_a_town() -> None:
    # Tripura's town Bisalgarh and its post-office village Bishalgarh: the village's name
    # as written is no misspelling of the town; a slip nearer the town still finds it
    from eventcoder.gazetteer import load_gazetteer, name_key
    from eventcoder.places import _fuzzy_town

    gazetteer = load_gazetteer()
    [town] = [i for i in gazetteer.candidates_for_key(name_key("Bisalgarh"))
              if gazetteer.country_code_of(i) == "IN"
              and not gazetteer.is_post_office_village(i)]
    division = (("IN", gazetteer.admin1_of(town)),)
    assert any(gazetteer.is_post_office_village(i)
               for i in gazetteer.candidates_for_key(name_key("Bishalgarh")))
    assert _fuzzy_town(gazetteer, name_key("Bishalgarh"), division) is None
    assert _fuzzy_town(gazetteer, name_key("Bisalgarhh"), division) == town


def test_a_state_code_only_india_uses_points_to_india() -> None:
    # "TS" is the code of Telangana alone: written as the holder after a misspelt district,
    # it points to India as the state's name would, and the village is read
    place = places_in("Farmers blocked the highway at Abhangapatnam village (Nizamabd, TS) "
                      "to demand better crop prices.")["Abhangapatnam"].place
    assert place is not None
    assert (place.name, place.country, place.admin1) == ("Abhangapatnam", "IN", "Telangana")
    assert math.isclose(place.latitude, 18.755, abs_tol=0.01)


def test_a_state_code_several_countries_use_does_not_point_to_india() -> None:
    # "MP" is also a code of the Central African Republic and of South Africa
    found = places_in("Farmers blocked the highway at Abhangapatnam village (Nizamabd, MP) "
                      "to demand better crop prices.")
    mention = found.get("Abhangapatnam")
    assert mention is None or mention.place is None or (
        mention.place.name != "Abhangapatnam")
