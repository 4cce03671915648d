"""A small place named next to a division that does not hold it: no namesake from elsewhere."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "village", "division", "country", "admin1"),
    [
        # The gazetteer knows these names only as villages in other oblasts.
        ("Artillery fire hit houses in Zabolotiv, Luhansk region, late on Tuesday.",
         "Zabolotiv", "Luhansk", "UA", "Luhansk"),
        ("Separatist units fired mortars at Ukrainian positions near Sokilnyky, Donetsk.",
         "Sokilnyky", "Donetsk", "UA", "Donetsk"),
        ("Shelling damaged a school in Kitsman, Donetsk oblast.",
         "Kitsman", "Donetsk", "UA", "Donetsk"),
    ],
)
def test_village_outside_the_named_division_is_left_to_it(
    text: str, village: str, division: str, country: str, admin1: str
) -> None:
    found = places_in(text)
    # No namesake from another oblast: the village keeps its name and is placed, as coders
    # do, at the division written next to it, with that division's precision.
    mention = found[village]
    assert "no entry lies in the division named next to it" in (mention.reason or "")
    place = found[division].place
    assert place is not None
    assert mention.place == place
    assert mention.geo_precision == (3 if place.feature == "admin1" else 2)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A big town named with a division that the gazetteer spells otherwise stays the town.
        ("Traders protested in Nawabshah city (Nawabshah, Punjab) against new taxes.",
         "Nawabshah", "PK"),
        # A list of divisions is not 'place, division'.
        ("Workers asked to go home to Uttar Pradesh, Odisha and Bihar.", "Uttar Pradesh", "IN"),
    ],
)
def test_large_or_listed_places_stay_resolved(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None
    assert place.country == country


def test_small_namesake_abroad_is_left_unresolved() -> None:
    # The gazetteer's only "Mazen" is an Italian hamlet; the text is about Idlib.
    found = places_in("On 12 March 2021, a shell hit a tent in Mazen camp on the outskirts "
                      "of Kelly in the northern countryside of Idlib, killing a woman.")
    assert found["Mazen"].place is None
    assert "namesake" in (found["Mazen"].reason or "")
    idlib = found["Idlib"].place
    assert idlib is not None and idlib.country == "SY"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("On 3 June 2021, a man was wounded at the base in Al Jufainah (Marib).",
         "Marib", "YE", "Marib"),
        ("On 1 June 2021, youths attacked a trader (Muyinga).", "Muyinga", "BI", "Muyinga"),
    ],
)
def test_name_of_a_division_is_resolved_without_other_context(
        text: str, name: str, country: str, admin1: str) -> None:
    # A small town that shares its name with its province: notable enough on its own.
    place = places_in(text)[name].place
    assert place is not None and (place.country, place.admin1) == (country, admin1)


def test_a_name_followed_by_its_holder_lends_no_country_of_its_own() -> None:
    # Most "Sosnovskoye" are Russian villages; the holder "Donetsk" and the Ukrainian
    # forces decide that this one is in Ukraine's Donetsk oblast.
    found = places_in("On 9 May 2021, the Ukrainian Forces fired mortars at the positions "
                      "of the separatists in the area of Sosnovskoye, Donetsk.")
    donetsk = found["Donetsk"].place
    assert donetsk is not None and (donetsk.country, donetsk.admin1) == ("UA", "Donetsk")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Al Jawf is a governorate of Yemen and a town in Libya and in Saudi Arabia.
        ("On 3 June 2022, Houthi forces shelled positions in Al Jawf.", "Al Jawf", "YE"),
        ("On 3 June 2022, the Islamic State shelled positions in Al Jawf.", "Al Jawf", "LY"),
        # A mission to one country places the villages it reports in that country.
        ("On 3 June 2021, the OSCE SMM recorded 12 explosions near Pervomaiske.",
         "Pervomaiske", "UA"),
        ("On 3 June 2021, NPA rebels ambushed soldiers in San Jose.", "San Jose", "PH"),
    ],
)
def test_groups_of_one_country_are_context_for_places(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_a_town_abroad_named_like_a_person_in_a_report_that_states_its_country() -> None:
    # Jasim is a Syrian town of some 30,000; here it is the victim's name.
    found = places_in("On Monday, in Tikrit, Salah ad Din, Iraq, gunmen shot a teacher at "
                      "his home. The teacher's brother, Ahmed Jasim, said Jasim's car was "
                      "also burned.")
    assert all(m.place is None for name, m in found.items() if name == "Jasim")
    tikrit = found["Tikrit"].place
    assert tikrit is not None and tikrit.country == "IQ"


def test_a_small_town_outside_the_division_the_text_states_is_left_unresolved() -> None:
    # The gazetteer knows "Keri" only as Kheri towns of other states; the text writes the
    # division it happened in as a holder, so the namesake is no reading.
    found = places_in(
        "Militants fired upon a patrol in Keri forests in Budhal, Rajouri, Jammu and Kashmir, "
        "India.")
    assert found["Keri"].place is None
    assert "outside the division" in (found["Keri"].reason or "")
    assert found["Rajouri"].place is not None
    assert found["Rajouri"].place.admin1 == "Jammu and Kashmir"


def test_a_large_town_in_another_division_stays_resolved() -> None:
    found = places_in("Bombs went off in Kirkuk and in Tikrit, Salah ad Din, on Sunday.")
    assert found["Kirkuk"].place is not None
    assert found["Kirkuk"].place.country == "IQ"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shells fell in Bir at Tutah (Aljfara) on Sunday.", "Tutah"),
        ("Clashes broke out in San Juan de Micay, Argelia municipality, Cauca.", "Micay"),
    ],
)
def test_the_tail_of_a_longer_name_is_no_place_of_its_own(text: str, name: str) -> None:
    found = places_in(text)
    assert name not in found or found[name].place is None


def test_an_english_at_joins_no_name() -> None:
    found = places_in("Activists staged a sit-in at the office of Dima Hasao at Haflong "
                      "(Dima Hasao district, Assam).")
    assert found["Haflong"].place is not None
    assert found["Haflong"].place.admin1 == "Assam"


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a camp of Ansaru at Tilowa (Giwa LGA, Kaduna) on Friday.",
        "Jets struck fighters of Ahlus Sunna at Tilowa (Giwa LGA, Kaduna) on Friday.",
    ],
)
def test_an_english_at_joins_no_name_the_gazetteer_lacks(text: str) -> None:
    found = places_in(text)
    assert found["Tilowa"].place is not None
    assert found["Tilowa"].place.admin1 == "Kaduna"
    assert not any(" at " in name for name in found)


def test_a_generic_word_before_at_still_opens_a_name() -> None:
    found = places_in("Shells fell in Bir at Tilowa (Giwa LGA, Kaduna) on Sunday.")
    assert found["Bir at Tilowa"].place is not None


def test_a_person_named_like_a_variant_of_a_city_abroad_is_no_place() -> None:
    # "al-Lami" shares a transliteration key with Fort-Lamy (N'Djamena); the report states
    # its country as the holder of its places, and Chad is named nowhere.
    found = places_in(
        "On Thursday, in Sadr neighborhood in Baghdad, Baghdad, Iraq, an official was shot "
        "dead. Ali al-Lami, head of the commission, was driving home.")
    assert found["al-Lami"].place is None
    assert found["Baghdad"].place is not None and found["Baghdad"].place.country == "IQ"


def test_a_city_abroad_spelled_as_its_own_name_stays_resolved() -> None:
    found = places_in("On Monday, in Quetta, Balochistan, Pakistan, protesters denounced "
                      "the strike on Kabul.")
    assert found["Kabul"].place is not None and found["Kabul"].place.country == "AF"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bomb killed a member of the Patriotic Union of Kurdistan in Kirkuk, Iraq.",
         "Kurdistan"),
        ("Fighters of the Popular Front for the Liberation of Palestine met in Damascus.",
         "Palestine"),
    ],
)
def test_a_place_that_ends_the_name_of_a_body_is_no_place(text: str, name: str) -> None:
    assert name not in places_in(text)


def test_a_country_ending_a_body_name_still_tells_the_country() -> None:
    found = places_in("Soldiers of the Armed Forces of Ukraine shelled positions near "
                      "Horlivka on Sunday.")
    assert "Ukraine" not in found
    assert found["Horlivka"].place is not None and found["Horlivka"].place.country == "UA"


@pytest.mark.parametrize(
    ("text", "name", "anchor", "country"),
    [
        # A division written as one, or a large city, anchors the text; a mid-sized town
        # abroad that only shares a spelling key is no reading of the village.
        ("Tribal militias clashed in the village of Tawara in the eastern countryside of "
         "As-Sweida on Tuesday.", "Tawara", "As-Sweida", "SY"),
        ("Hundreds of Eastleigh residents (Kamukunji, Nairobi) marched against the curfew.",
         "Eastleigh", "Nairobi", "KE"),
        ("Rebels attacked an army base close to Loka in Lainya county (Central Equatoria "
         "state) on Friday.", "Loka", "Central Equatoria", "SS"),
    ],
)
def test_namesake_abroad_of_an_anchored_text(text: str, name: str, anchor: str,
                                             country: str) -> None:
    found = places_in(text)
    assert found[anchor].place is not None and found[anchor].place.country == country
    mention = found.get(name)
    assert mention is None or mention.place is None or mention.place.country == country


def test_a_holder_is_no_namesake_of_an_anchored_text() -> None:
    # "Zari district" may read as a Polish district, but "..., Balkh" is written where a
    # division goes and stays Afghan.
    found = places_in("Taliban fighters attacked army posts in Zari district center, Balkh.")
    place = found["Balkh"].place
    assert place is not None and place.country == "AF"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A person's full name after a comma is no division holding the place before it.
        ("Gunmen shot at the house of the Mayor of Tyre, Hassan Dabouq, at midnight.",
         "Tyre", "LB"),
        ("The governor of Kirkuk, Rakan Saeed, visited the wounded on Sunday.",
         "Kirkuk", "IQ"),
    ],
)
def test_a_persons_name_is_no_holder(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country


def test_a_small_namesake_abroad_yields_to_the_country_a_place_is_said_to_lie_in() -> None:
    # The gazetteer knows "Ain al-Asad" only as a village in Israel; the text says the
    # base is in Iraq, and names Israel nowhere.
    found = places_in("Rockets struck Ain al-Asad air base in western Iraq on Monday.")
    assert found["Ain al-Asad"].place is None
    assert "namesake" in (found["Ain al-Asad"].reason or "")
    # the country named decides only when it is where a place is said to lie
    found = places_in("Drones hit Ras al-Ain in northern Syria as Turkish troops advanced.")
    place = found["Ras al-Ain"].place
    assert place is not None and place.country == "SY"
