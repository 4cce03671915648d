"""The actors a note names say which country's namesake is meant: a country's police act
at home; a state's forces that shell or strike may act abroad; an armed group active in a
few countries points to those; a seat GeoNames lists with no population is a town where the
text points to its country; a people's name may be of two words ("South African"); an armed
group's name of one word is no place."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import RulePipeline
from eventcoder.places import _police_countries
from tests.places_text import places_in
from tests.records_factory import main_event


def _country(pipeline: RulePipeline, text: str) -> str | None:
    location = main_event(pipeline, text).location
    return location.country if location is not None else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a village or seat of the police's country, against a larger namesake abroad
        ("On 12 April 2022, Yemeni police arrested three suspected smugglers in Al "
         "Mansurah.", "YE"),
        ("On 13 April 2022, Syrian police detained a shop owner in Al Hamidiyah.", "SY"),
        ("On 16 April 2022, Afghan police arrested a kidnapper in Dowlatabad.", "AF"),
        ("On 17 April 2022, Colombian police seized cocaine in San Benito.", "CO"),
        ("On 18 April 2022, Syrian police arrested two men in Sinjar.", "SY"),
    ],
)
def test_places_police_act_at_home(pipeline: RulePipeline, text: str, country: str) -> None:
    assert _country(pipeline, text) == country


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2023, Russian troops shelled Romny, wounding two residents.",
        "On 5 March 2023, Russian artillery struck Pervomaysk overnight.",
        "On 6 March 2023, Russian forces shelled the outskirts of Pokrov, killing a man.",
        "On 7 March 2023, Russian drones struck an energy facility in Uspenka.",
        "On 8 March 2023, Russian troops bombed Novopokrovka, damaging several houses.",
        "On 9 March 2023, Russian troops shelled Pokrovsk, killing two civilians.",
    ],
)
def test_places_striking_forces_point_to_no_country(pipeline: RulePipeline, text: str) -> None:
    # who struck, not where: the larger town of the name, in Ukraine, not Russia's namesake
    assert _country(pipeline, text) == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2023, Russian police arrested two men in Pokrovsk.",
        "On 11 March 2023, Russian police detained a protester in Romny.",
    ],
)
def test_places_police_of_a_striking_state_still_point_home(pipeline: RulePipeline,
                                                            text: str) -> None:
    assert _country(pipeline, text) == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, Fano fighters attacked Gimbi, killing two civilians.",
        "On 4 June 2021, Fano militiamen raided Dodola and looted shops.",
        "On 5 June 2021, Fano militia clashed with police in Gedo.",
        "On 6 June 2021, Fano fighters took control of Yabelo.",
        "On 7 June 2021, Fano gunmen burned houses in Lasoano.",
    ],
)
def test_places_one_word_group_name_is_no_place(pipeline: RulePipeline, text: str) -> None:
    # the Amhara militia, not Italy's Fano
    assert _country(pipeline, text) == "ET"
    assert "Fano" not in places_in(text) or places_in(text)["Fano"].place is None


@pytest.mark.parametrize(
    "text",
    [
        "On 10 June 2021, Asayiş members detained a journalist.",
        "On 12 June 2021, Asayiş members raided a house and arrested three men.",
    ],
)
def test_places_another_one_word_group_name_is_no_place(pipeline: RulePipeline,
                                                         text: str) -> None:
    # the Kurdish security forces of Syria and Iraq, not Brazil's Assis
    assert _country(pipeline, text) in {"SY", "IQ"}
    assert "Asayiş" not in places_in(text) or places_in(text)["Asayiş"].place is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 8 July 2021, Jemaah Islamiyah militants bombed a chapel in San Agustin.", "PH"),
        ("On 9 July 2021, Islamic State Khorasan Province militants attacked a mosque in "
         "Dehi.", "AF"),
        ("On 10 July 2021, JNIM militants ambushed a convoy near Sibi.", "ML"),
        ("On 11 July 2021, Islamic State Central Africa Province fighters burned houses in "
         "Songo.", "MZ"),
        ("On 13 July 2021, Hezbollah fighters shelled positions near Jaba.", "SY"),
    ],
)
def test_places_group_of_a_few_countries(pipeline: RulePipeline, text: str,
                                         country: str) -> None:
    assert _country(pipeline, text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 5 June 2021, Military Forces of Yemen clashed with militants in Al Mansurah.",
         "YE"),
        ("On 5 June 2021, Military Forces of Syria clashed with militants in Sinjar.", "SY"),
        ("On 5 June 2021, Military Forces of Colombia clashed with rebels in San Benito.",
         "CO"),
        ("On 6 June 2021, Military Forces of Syria raided Al Hamidiyah and arrested two "
         "men.", "SY"),
        ("On 7 August 2021, Military Forces of Burkina Faso clashed with militants in "
         "Bingo.", "BF"),
        # (the country's people named twice already outweighed the namesake)
        ("On 7 June 2021, Yemeni troops clashed with tribesmen near Al Mansurah.", "YE"),
    ],
)
def test_places_seat_of_no_known_population_in_the_country_pointed(
        pipeline: RulePipeline, text: str, country: str) -> None:
    assert _country(pipeline, text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 19 April 2022, South African police arrested two men in Newcastle.", "ZA"),
        ("On 20 April 2022, a South African soldier was shot dead in Richmond.", "ZA"),
        ("On 16 July 2021, a South African aid worker was abducted in Richmond.", "ZA"),
        ("On 18 July 2021, two South African nationals were kidnapped in Newcastle.", "ZA"),
        ("On 22 April 2022, Sri Lankan police detained fishermen in Trincomalee.", "LK"),
    ],
)
def test_places_people_of_two_words(pipeline: RulePipeline, text: str, country: str) -> None:
    assert _country(pipeline, text) == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("South Sudanese police arrested", {"SS"}),
        ("two Sri Lankan police officers", {"LK"}),
        ("the Central African police said", {"CF"}),
        ("South African Police Service", {"ZA"}),
        ("Nepal Armed Police personnel", {"NP"}),
        ("the Kenyan police", {"KE"}),
    ],
)
def test_places_police_of_a_people_of_two_words(text: str, countries: set[str]) -> None:
    assert _police_countries(load_gazetteer(), text) == countries


def test_places_two_word_peoples_are_no_country_names() -> None:
    peoples = load_gazetteer().two_word_peoples()
    assert ("South African", "ZA") in peoples["South"]
    assert ("Sri Lankan", "LK") in peoples["Sri"]
    # a country's own name of two words is read as a place, not as a people
    assert all(name != "South Sudan" for name, _ in peoples.get("South", ()))
    assert "Vatican" not in peoples


def test_places_backed_people_of_two_words_is_no_pointer(pipeline: RulePipeline) -> None:
    # "South African-backed": a foreign sponsor; the larger Richmond stays
    text = "On 21 July 2021, South African-backed militias clashed in Richmond."
    assert _country(pipeline, text) != "ZA"
