"""Police keep order at home: a district (or a village of no known population) with no
reading in the country whose police a text names, and nothing else placing the text in the
namesake's country, is a place of the police's country that the gazetteer lacks, not a
namesake abroad."""

from __future__ import annotations

import re

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import RulePipeline
from eventcoder.places import _country_by_name, _police_countries
from tests.places_text import places_in
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2022, villagers threw stones at Nepal police personnel near Kolomaru "
        "area (Bara district).",
        "On 9 June 2022, a crowd of Indian porters pelted Nepal Armed Police officers near "
        "Hardiya area (Bara district). The Nepal-India border stays closed.",
    ],
)
def test_places_district_abroad_is_the_police_country(pipeline: RulePipeline,
                                                      text: str) -> None:
    assert main_event(pipeline, text).location.country == "NP"


def test_places_district_abroad_left_unread_beside_police() -> None:
    bara = places_in("Nepal police personnel were attacked in Bara district on Friday.")["Bara"]
    assert bara.place is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the police's own country holds the name
        ("On 6 June 2022, Iraqi Federal Police clashed with IS militants near Tarmiyah "
         "district.", "IQ"),
        # the namesake's division is written as where it lies
        ("On 6 June 2022, Indian police arrested two smugglers in Hardiya village "
         "(Purba Champaran, Bihar).", "IN"),
        # no police named: the district abroad is read as before
        ("On 8 June 2022, unknown gunmen shot a trader in Bara district.", "SD"),
        # the police of a country whose register of villages the gazetteer holds: a place
        # of it would have a reading there, so the district abroad is read
        ("On 8 June 2022, a mob stoned Burmese police officers near a market in Bannu "
         "district.", "PK"),
        ("On 8 June 2022, a mob stoned Indian police officers near a market in Bannu "
         "district.", "PK"),
    ],
)
def test_places_district_kept_where_the_text_places_it(pipeline: RulePipeline, text: str,
                                                       country: str) -> None:
    assert main_event(pipeline, text).location.country == country


_WHOLE_TEXT_POLICE = re.compile(
    r"\b([A-Z][a-z]{2,})(?:[ \t]+(?:Armed|National|Federal|Border|Civil|Civilian))?"
    r"[ \t]+[Pp]olice\b")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police said that Somali police officers crossed the line.",
        "Police in Garissa said the Nepal Armed Police and Nepalese police met.",
        "police police Police, Iraqi Federal Police, Bihar police and Iraqi  Civil Police.",
        "Police",
        "the policeman and Indian Border Police",
        "two Kenyan policemen and a Somali police_unit",
    ],
)
def test_places_police_owner_gate_agrees_with_the_whole_text_pattern(text: str) -> None:
    gazetteer = load_gazetteer()
    whole = {
        country for match in _WHOLE_TEXT_POLICE.finditer(text)
        if (country := _country_by_name(gazetteer, match.group(1))) is not None
    }
    assert _police_countries(gazetteer, text) == whole
