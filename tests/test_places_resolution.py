"""The places stage: names found in hand-written reports and resolved by their context."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.mentions import PlaceMention
from eventcoder.places import resolve_place
from tests.places_text import place_mentions


def mention(text: str, name: str) -> PlaceMention:
    found = [m for m in place_mentions(text) if m.text == name]
    assert found, f"{name!r} not found in {[m.text for m in place_mentions(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # Syria, Iraq
        ("Turkish drones struck a car near Qamishli, killing two SDF fighters.",
         "Qamishli", "SY", "Al-Hasakah"),
        ("Regime artillery shelled Kafr Nabl in southern Idlib on Tuesday.",
         "Kafr Nabl", "SY", "Idlib"),
        ("An IED exploded in Baqubah, Diyala, wounding three policemen.",
         "Baqubah", "IQ", "Diyala"),
        ("Security forces arrested four suspects in Tarmiyah, north of Baghdad.",
         "Tarmiyah", "IQ", "Baghdad"),
        # Nigeria, Somalia, DRC
        ("Bandits abducted 12 villagers in Birnin Gwari, Kaduna State, on Sunday.",
         "Birnin Gwari", "NG", "Kaduna"),
        ("Boko Haram fighters raided Konduga and burned dozens of houses.",
         "Konduga", "NG", "Borno"),
        ("A car bomb exploded at a checkpoint in Baidoa, killing five soldiers.",
         "Baidoa", "SO", "Bay"),
        ("ADF rebels killed 14 civilians in an attack on a village near Beni, North Kivu.",
         "Beni", "CD", "North Kivu"),
        # Mexico, Afghanistan, Yemen
        ("Gunmen killed a municipal police officer in Fresnillo, Zacatecas.",
         "Fresnillo", "MX", "Zacatecas"),
        ("Taliban fighters attacked a checkpoint in Lashkar Gah, Helmand province.",
         "Lashkar Gah", "AF", "Helmand"),
        ("Houthi forces shelled residential areas of Taiz city, killing a child.",
         "Taiz", "YE", "Taiz"),
        # Ukraine, Myanmar
        ("Shelling damaged three houses in Avdiivka, Donetsk oblast, on Friday.",
         "Avdiivka", "UA", "Donetsk"),
        ("The Tatmadaw and the Arakan Army clashed near Kyauktaw, Rakhine state.",
         "Kyauktaw", "MM", "Rakhine"),
    ],
)
def test_places_resolution_across_regions(
    text: str, name: str, country: str, admin1: str
) -> None:
    found = mention(text, name)
    assert found.place is not None, found.reason
    assert found.place.country == country
    # Divisions are compared as entries: "North Kivu" and "Nord-Kivu" are one province.
    division = load_gazetteer().admin1(country, admin1)
    assert division is not None and found.place.admin1 == division.name
    assert text[found.start : found.end] == name


@pytest.mark.parametrize(
    "spelling", ["Deir ez-Zor", "Dayr az-Zawr", "Deir el-Zour", "Dayr az Zawr"]
)
def test_places_resolution_transliterations_resolve_to_one_place(spelling: str) -> None:
    found = mention(f"Coalition aircraft struck an ISIS hideout near {spelling}, Syria.", spelling)
    assert found.place is not None
    assert found.place.name == "Deir ez-Zor"
    assert found.place.feature == "populated_place"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters blocked roads in Tripoli, Lebanon, over the collapse of the pound.", "LB"),
        ("Lebanese army units deployed in Tripoli after clashes between rival families.", "LB"),
        ("LNA forces shelled the southern suburbs of Tripoli, Libya.", "LY"),
        ("The GNA said Haftar's forces fired rockets at Tripoli airport. Libya's UN-backed "
         "government condemned it.", "LY"),
    ],
)
def test_places_resolution_ambiguous_name_by_country_context(text: str, country: str) -> None:
    found = mention(text, "Tripoli")
    assert found.place is not None and found.place.country == country


def test_places_resolution_division_next_to_the_name() -> None:
    # "X (Y, Z)": the town in that district and province, not a namesake elsewhere.
    found = mention("A protest took place in Multan city (Multan, Punjab).", "Multan")
    assert found.place is not None
    assert (found.place.country, found.place.admin1, found.place.feature) == (
        "PK", "Punjab", "populated_place",
    )
    punjab = mention("A protest took place in Multan city (Multan, Punjab).", "Punjab")
    assert punjab.place is not None and punjab.place.country == "PK"
    assert punjab.place.feature == "admin1"


def test_places_resolution_spelling_variant_within_named_province() -> None:
    found = mention("Regime forces shelled Bennsh in Idleb province.", "Bennsh")
    assert found.place is not None
    assert found.place.country == "SY" and found.place.admin1 == "Idlib"
    assert "spelling variant" in (found.reason or "")


@pytest.mark.parametrize(
    ("text", "name", "feature", "country"),
    [
        ("ISIS remnants hide in the Hamrin mountains between Diyala and Kirkuk.",
         "Hamrin", "natural", "IQ"),
        ("Iraqi forces launched an operation in Jabal Hamrin on Sunday.",
         "Jabal Hamrin", "natural", "IQ"),
        ("Yazidi fighters clashed with Iraqi army units on Mount Sinjar.",
         "Mount Sinjar", "natural", "IQ"),
        ("Turkish jets bombed PKK positions in the Qandil Mountains.",
         "Qandil Mountains", "natural", "IQ"),
        ("US aircraft bombed caves at Tora Bora in eastern Afghanistan.",
         "Tora Bora", "natural", "AF"),
        ("ISIS cells attacked a gas field in the Syrian Badia.",
         "Syrian Badia", "natural", "SY"),
        ("Boko Haram retreated into the Sambisa Forest.",
         "Sambisa Forest", "natural", "NG"),
    ],
)
def test_places_resolution_natural_features(
    text: str, name: str, feature: str, country: str
) -> None:
    found = mention(text, name)
    assert found.place is not None
    assert (found.place.feature, found.place.country) == (feature, country)
    assert found.geo_precision == 2


def test_places_resolution_countries_and_provinces() -> None:
    text = "Airstrikes hit targets in Marib governorate, Yemen, and in Saada."
    marib = mention(text, "Marib")
    assert marib.place is not None and marib.place.feature == "admin1"
    assert marib.geo_precision == 3
    yemen = mention(text, "Yemen")
    assert yemen.place is not None and yemen.place.feature == "country"
    assert yemen.geo_precision == 3


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Police said the Army had secured the area.",
        "The President said Houthi fighters would face consequences.",
        "Gen. Michael Kurilla met Said Ahmed in the capital.",
        "ISIS and the SDF fought for control of the area.",
        "The Taliban denied the report on Sunday in a statement.",
    ],
)
def test_places_resolution_common_words_and_names_are_not_places(text: str) -> None:
    resolved = [m for m in place_mentions(text) if m.place is not None]
    assert resolved == [], [(m.text, m.place) for m in resolved]


def test_places_resolution_demonyms_give_context_not_mentions() -> None:
    found = place_mentions("Iraqi forces killed two militants in Al-Qaim.")
    assert [m.text for m in found] == ["Al-Qaim"]
    assert found[0].place is not None and found[0].place.country == "IQ"


def test_places_resolution_empty_and_placeless_text() -> None:
    assert place_mentions("") == ()
    assert place_mentions("nothing happened here at all.") == ()


@pytest.mark.parametrize(
    ("name", "countries", "expected_country", "feature"),
    [
        ("Tripoli", {"LB"}, "LB", "populated_place"),
        ("Tripoli", {"LY"}, "LY", "populated_place"),
        ("Idlib province", None, "SY", "admin1"),
        ("Idlib", None, "SY", "populated_place"),
        ("Deir el-Zour", None, "SY", "populated_place"),
    ],
)
def test_places_resolution_resolve_place_helper(
    name: str, countries: set[str] | None, expected_country: str, feature: str
) -> None:
    place = resolve_place(name, countries=countries)
    assert place is not None
    assert (place.country, place.feature) == (expected_country, feature)


def test_places_resolution_resolve_place_outside_countries_is_none() -> None:
    assert resolve_place("Mosul", countries={"NG"}) is None
    assert resolve_place("Qwzxv") is None


@pytest.mark.parametrize(
    ("text", "name", "placed_at", "precision"),
    [
        ("Farmers protested in Qwertabad town (Multan, Punjab) over water.", "Qwertabad",
         "Multan", 2),
        ("Militants attacked a base near Zxyville (Afgooye, Lower Shabelle).", "Zxyville",
         "Afgooye", 2),
        ("Villagers clashed in Plonkaville (Kaduna State) over land.", "Plonkaville",
         "Kaduna", 3),
    ],
)
def test_places_resolution_unknown_village_placed_at_named_neighbour(
    text: str, name: str, placed_at: str, precision: int
) -> None:
    found = mention(text, name)
    assert "not in the gazetteer" in (found.reason or "")
    assert found.place is not None and found.place.name == placed_at
    # A town or district next to it places the village with precision 2; only a province
    # next to it, with the province's precision 3: the name is kept either way.
    assert found.geo_precision == precision
