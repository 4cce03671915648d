"""The Philippines' barangays and municipalities from the PSGC (``data/settlements_ph.tsv``):
a barangay written after its word ("Barangay X"), with its municipality or province, is the
barangay; read only where the text points to the Philippines; names with many namesakes,
numbered wards and common words are not in the register."""

from __future__ import annotations

import math
from types import ModuleType

import pytest

from eventcoder.evaluate.metrics import main_event
from eventcoder.gazetteer import DATA_DIR
from eventcoder.gazetteer_build import read_settlements
from eventcoder.pipeline import extract
from eventcoder.records import Event
from tests.places_text import places_in
from tests.scripts_module import load_script


def build_script() -> ModuleType:
    return load_script("build_settlements_ph")


@pytest.mark.parametrize(
    ("text", "name", "admin2", "point"),
    [
        ("Government troops clashed with Abu Sayyaf gunmen in Barangay Tandu-Bagua, "
         "Patikul, Sulu on Sunday, the army said.", "Tandu-Bagua", "Sulu", (6.083, 121.034)),
        ("A soldier was wounded when guerrillas fired on a patrol in Bacyaran, Calbiga "
         "town, Samar province.", "Bacyaran", "Samar", (11.613, 125.014)),
        ("Rebels burned a tractor in Brgy. Caparangasan, Gandara, Samar, overnight.",
         "Caparangasan", "Samar", (11.975, 124.694)),
        # a municipality cities500 lacks
        ("Gunmen ambushed a police car in Shariff Aguak, Maguindanao del Sur, late on "
         "Friday.", "Shariff Aguak", "Maguindanao del Sur", (6.91, 124.501)),
    ],
)
def test_barangay_is_placed_in_its_province(
        text: str, name: str, admin2: str, point: tuple[float, float]) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert (place.country, place.admin2, place.feature) == ("PH", admin2, "populated_place")
    assert math.isclose(place.latitude, point[0], abs_tol=0.01)
    assert math.isclose(place.longitude, point[1], abs_tol=0.01)


def test_a_text_not_about_the_philippines_reads_no_barangay() -> None:
    found = places_in("Militants attacked a checkpoint near Tandu-Bagua, killing two "
                      "soldiers, the ministry in Kabul said.")
    assert "Tandu-Bagua" not in found or found["Tandu-Bagua"].place is None


def test_a_barangay_of_a_known_towns_name_is_no_such_town() -> None:
    # "San Isidro" is a town of cities500 elsewhere in Rizal: after the word for a
    # barangay, before its municipality, the name is a part of Tanay, not that town.
    found = places_in("Police raided a house in Barangay San Isidro, Tanay, Rizal, and "
                      "arrested two suspects.")
    assert found["San Isidro"].place is None
    assert found["Tanay"].place is not None and found["Tanay"].place.admin2 == "Rizal"


def test_the_word_for_a_barangay_is_no_town() -> None:
    # "Barangay" shares its key with a town; it is the word for the village after it.
    found = places_in("Soldiers clashed with rebels in Barangay Anquiana, San Jorge, Samar.")
    assert "Barangay" not in found or found["Barangay"].place is None
    assert found["Anquiana"].place is not None


def test_barangays_told_together_are_each_read() -> None:
    found = places_in("Some 300 families fled Barangays Caparangasan and Anquiana in Samar "
                      "after a clash between soldiers and rebels.")
    for name in ("Caparangasan", "Anquiana"):
        place = found[name].place
        assert place is not None and (place.name, place.admin2) == (name, "Samar")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Sto. Niño", "Santo Niño"),
        ("Sta. Cruz", "Santa Cruz"),
        ("Tuka (Pob.)", "Tuka"),
        ("Tandu-Bagua", "Tandu-Bagua"),
        # numbered wards, quarters and parts of another barangay
        ("Barangay 12", None),
        ("Barangay II-F", None),
        ("Poblacion I", None),
        ("Poblacion", None),
        ("Zone 3", None),
        ("Lower Tuka", None),
        ("Tuka Proper", None),
        ("R. Lapu-lapu", None),
    ],
)
def test_clean_name(written: str, name: str | None) -> None:
    assert build_script().clean_name(written) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [("City of Laoag", "Laoag"), ("Science City of Muñoz", "Muñoz"),
     ("San Jose City", "San Jose"), ("Datu Hoffer Ampatuan", "Datu Hoffer Ampatuan")],
)
def test_municipality_name(written: str, name: str) -> None:
    assert build_script().municipality_name(written) == name


def test_the_register_holds_no_common_or_much_shared_name() -> None:
    entries = [e for e in read_settlements((DATA_DIR / "settlements_ph.tsv",))]
    assert len(entries) > 10_000
    names = {e.name for e in entries}
    for name in ("Poblacion", "San Isidro", "Manggagawa", "Kalayaan", "Malaya", "Barangay"):
        assert name not in names, name
    # every row in a province of the gazetteer, of its region
    assert all(e.country == "PH" and e.admin2_code and e.admin1_code
               and e.admin2_code.startswith(e.admin1_code + ".") for e in entries)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a barangay of Zamboanga del Sur and a city of Indonesia share the name; the
        # report names a Filipino, which points to the Philippines, and the Indonesian
        # province or the country
        ("A Filipino sailor was arrested by police in Tarakan, North Kalimantan.",
         "Tarakan", "ID"),
        ("A Filipino sailor was arrested by police in Tarakan, Indonesia, on Monday.",
         "Tarakan", "ID"),
        # barangays of Nueva Ecija and Cotabato, and a town of Chiapas
        ("Gunmen killed three police officers in Villaflores, Chiapas.", "Villaflores", "MX"),
    ],
)
def test_a_barangay_takes_no_name_of_another_countrys_report(
        text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def _event_country(text: str) -> str | None:
    event = main_event([r for r in extract(text, published="2021-05-20")
                        if isinstance(r, Event)])
    return event.location.country if event is not None and event.location else None


def test_a_barangay_sharing_only_a_names_key_is_no_reading_of_it() -> None:
    # "Baño", a barangay, shares its key with "Bannu"; the Filipino police point to the
    # Philippines, yet the name as written is Pakistan's district, the district of a city
    # of a million and no place of the Philippines: the event is in Bannu, as "a Filipino
    # sailor ... in Tarakan, North Kalimantan" is in Indonesia.
    event = main_event([r for r in extract(
        "On 3 May 2021, a crowd of traders attacked Filipino police officers near Tarbuki "
        "area (Bannu district).", published="2021-05-20") if isinstance(r, Event)])
    assert event is not None and event.location is not None
    assert (event.location.country, event.location.admin1) == ("PK", "Khyber Pakhtunkhwa")


def test_a_barangay_sharing_a_names_key_leaves_a_slipped_country_read() -> None:
    # "Katimo", a barangay, shares its key with "Katemu", a village the gazetteer lacks;
    # the text does not point to the Philippines, so Kano, Nigeria's state, is where the
    # village lies and "Mali" a slip.
    assert _event_country("05/02/2021: Assailants burned a school in Katemu, Kano, Mali. "
                          "No casualties were reported.") == "NG"
