"""A people's name that is also a country's and that the gazetteer knows as a division
("Somali", Ethiopia's Somali region) is read as a people before a noun; written before a
state's own forces ("Somali police", "Somali security forces") it is that state's, and
points to its country as any people's name does. The same name before people abroad
("Somali refugees", "Somali traders") points nowhere."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


def _location(pipeline: RulePipeline, text: str) -> tuple[str | None, str]:
    location = main_event(pipeline, text).location
    assert location is not None
    return location.country, location.reason


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, Somali police arrested two men in Baki.",
        "On 4 May 2023, Somali Police detained a money changer at the market in Baki.",
        "On 5 May 2023, Somali police officers raided a house in Baki and seized guns.",
        "On 6 May 2023, Somali police said they had arrested a suspect in Dhummay.",
        "On 7 May 2023, a suspect was held by Somali police in Baki after a shooting.",
    ],
)
def test_places_police_of_a_people_named_as_a_division_act_at_home(
        pipeline: RulePipeline, text: str) -> None:
    assert _location(pipeline, text)[0] == "SO"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, Somali troops clashed with militants near Baki.",
        "On 4 May 2023, Somali security forces raided a house in Baki.",
        "On 5 May 2023, Somali soldiers detained five suspects in Baki.",
        "On 6 May 2023, the Somali army said it had retaken Baki.",
        "On 7 May 2023, Somali national forces shelled positions outside Baki.",
    ],
)
def test_places_forces_of_a_people_named_as_a_division_point_to_its_country(
        pipeline: RulePipeline, text: str) -> None:
    # counted as the country the text names (an army may act abroad: it only points)
    assert "countries named in the text" in _location(pipeline, text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, Somali traders were robbed in Baki.",
        "On 4 May 2023, Somali refugees were attacked in Baki.",
        "On 5 May 2023, Somali students protested outside a college in Baki.",
        "On 6 May 2023, two Somali migrants were beaten in Baki.",
        "On 7 May 2023, gunmen shot dead two Somali shopkeepers in Baki.",
    ],
)
def test_places_people_of_a_name_abroad_point_nowhere(pipeline: RulePipeline,
                                                      text: str) -> None:
    assert _location(pipeline, text)[0] == "AZ"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 May 2023, Somali refugees in Kenya protested over food rations.", "KE"),
        ("On 4 May 2023, Afghan migrants in Iran were attacked by a mob.", "IR"),
        ("On 5 May 2023, Somali police in Kenya were not involved; Kenyan police arrested "
         "two men in Nairobi.", "KE"),
        ("On 6 May 2023, gunmen attacked a camp in Afdere zone (Somali region).", "ET"),
    ],
)
def test_places_people_abroad_stay_where_they_are(pipeline: RulePipeline, text: str,
                                                  country: str) -> None:
    assert _location(pipeline, text)[0] == country
