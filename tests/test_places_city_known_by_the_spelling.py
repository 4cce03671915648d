"""A city known by the spelling written, letter for letter among its GeoNames names and many
times larger than every town whose own name it is, is the place meant: "Odessa" is Ukraine's
Odesa, not Texas' Odessa. A spelling the city is not known by stays another town's name."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import RulePipeline
from eventcoder.places import _city_exonyms, _known_as
from tests.records_factory import main_event


def _country(pipeline: RulePipeline, text: str) -> str | None:
    location = main_event(pipeline, text).location
    return location.country if location is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022, protesters gathered in Odessa.",
        "On 4 May 2022, a drone struck a port facility in Odessa.",
        "On 5 May 2022, students rallied outside the city hall of Odessa.",
        "On 6 May 2022, two people were wounded in a blast in central Odessa.",
        "On 7 May 2022, a car bomb exploded near the port of Odessa.",
    ],
)
def test_places_city_known_by_the_spelling(pipeline: RulePipeline, text: str) -> None:
    assert _country(pipeline, text) == "UA"


@pytest.mark.parametrize(
    "text",
    [
        # Antalya is known as "Antaliya", the own name of a village of India
        "On 15 May 2022, a car bomb exploded near the airport of Antaliya.",
        "On 16 May 2022, two people were wounded in a blast in central Antaliya.",
        "On 17 May 2022, traders staged a strike in the markets of Antaliya.",
    ],
)
def test_places_another_city_known_by_the_spelling(pipeline: RulePipeline, text: str) -> None:
    assert _country(pipeline, text) == "TR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the smaller town's state written: that town
        ("On 8 May 2022, residents protested in Odessa, Texas.", "US"),
        # Samara's names do not hold "Samarra": Iraq's city stays
        ("On 9 May 2022, gunmen attacked a checkpoint in Samarra.", "IQ"),
        # controls, read as before: spellings the table does not hold
        ("On 11 May 2022, a rally was held in Kiev.", "UA"),
        ("On 12 May 2022, shelling hit eastern Aleppo.", "SY"),
        ("On 13 May 2022, a bomb exploded in Mogadishu.", "SO"),
        ("On 14 May 2022, protesters marched in Sanaa.", "YE"),
    ],
)
def test_places_spellings_not_known_keep_their_reading(pipeline: RulePipeline, text: str,
                                                       country: str) -> None:
    assert _country(pipeline, text) == country


def test_places_city_exonyms_table() -> None:
    gazetteer = load_gazetteer()
    odesa = next(i for i in gazetteer.candidates_for_key("udisa")
                 if gazetteer.country_code_of(i) == "UA"
                 and gazetteer.feature_of(i) == "populated_place")
    assert _known_as(gazetteer, odesa, "odessa")
    # a spelling of the table, but another city's
    assert not _known_as(gazetteer, odesa, "antaliya")
    assert all(spellings and all(s == s.strip().lower() for s in spellings)
               for spellings in _city_exonyms().values())
