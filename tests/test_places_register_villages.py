"""Villages of an official register that GeoNames' cities500 lacks (Ukraine's KATOTTG
codifier, ``data/settlements_ua.tsv``): found, placed in their oblast, and preferred where
a group the text names operates."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import pytest

from eventcoder.gazetteer_build import read_settlements
from tests.places_text import places_in
from tests.scripts_module import load_script


def build_script() -> ModuleType:
    return load_script("build_settlements_ua")


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # Only the register knows these villages.
        ("The OSCE SMM recorded 9 explosions near Perederiieve overnight.",
         "Perederiieve", "Donetsk"),
        ("Ukrainian forces said a sniper wounded a soldier near Novoborovytsi in the east.",
         "Novoborovytsi", "Luhansk"),
        # Namesakes elsewhere in Ukraine: the group's area picks the one at the front.
        ("Monitors of the OSCE SMM heard bursts of fire near Storozheve on Sunday.",
         "Storozheve", "Donetsk"),
        ("LPR units fired mortars at Ukrainian positions near Valiivka.",
         "Valiivka", "Luhansk"),
    ],
)
def test_register_village_is_placed_in_its_oblast(text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin1, place.feature) == ("UA", admin1, "populated_place")


def test_register_village_lies_near_its_hromada_seat() -> None:
    place = places_in("The OSCE SMM observed 3 projectiles near Perederiieve.")[
        "Perederiieve"].place
    assert place is not None
    # Snizhne, the seat of its hromada, lies at about 48.02 N, 38.76 E.
    assert math.isclose(place.latitude, 48.02, abs_tol=0.1)
    assert math.isclose(place.longitude, 38.76, abs_tol=0.1)


def test_a_town_the_text_places_elsewhere_is_not_a_register_village() -> None:
    # "Tovste" is also a register village of Donetsk; the text says it is in Ternopil.
    place = places_in("Police detained two men in Tovste, Ternopil oblast, after a brawl.")[
        "Tovste"].place
    assert place is not None
    assert place.admin1 == "Ternopil"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Голубівське", "Holubivske"),
        ("Кам'янка", "Kamianka"),
        ("Згурівка", "Zghurivka"),
        ("Єнакієве", "Yenakiieve"),
        ("Ясинувата", "Yasynuvata"),
        ("Щастя", "Shchastia"),
        ("Велика Новосілка", "Velyka Novosilka"),
        ("Їжаківка", "Yizhakivka"),
        ("Гайове", "Haiove"),
    ],
)
def test_official_transliteration(cyrillic: str, latin: str) -> None:
    assert build_script().transliterate(cyrillic) == latin


def test_supplement_rows_become_populated_places(tmp_path: Path) -> None:
    path = tmp_path / "settlements.tsv"
    path.write_text(
        "# a comment\nname\tcountry\tadmin1_code\tlatitude\tlongitude\tpoint_from\tsource\n"
        "Zelenyi Hai\tUA\tUA.14\t48.5\t39.1\tAidar\tregister\n",
        encoding="utf-8",
    )
    (entry,) = read_settlements((path, tmp_path / "missing.tsv"))
    assert (entry.name, entry.country, entry.feature, entry.admin1_code) == (
        "Zelenyi Hai", "UA", "populated_place", "UA.14")
    assert (entry.lat, entry.lon, entry.population) == (48.5, 39.1, 0)
