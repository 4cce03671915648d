"""A country's name with its capital in brackets after it (`Congo (Kinshasa)`, `Congo
(Brazzaville)`) tells two countries of one name apart: it is the country whose capital that
is, and the capital is no place of the event."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "country", "capital"),
    [
        ("On Sunday, near Bunia, Ituri, Congo (Kinshasa), gunmen ambushed a lorry and "
         "wounded its two drivers.", "CD", "Kinshasa"),
        ("On Friday, in Dolisie, Niari, Congo (Brazzaville), rioters burned a customs "
         "post.", "CG", "Brazzaville"),
    ],
)
def test_capital_in_brackets_names_the_country(text: str, country: str,
                                               capital: str) -> None:
    places = places_in(text)
    assert capital not in places
    congo = places["Congo"].place
    assert congo is not None
    assert (congo.feature, congo.country) == ("country", country)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On Sunday, near Tshikazo, Ituri, Congo (Kinshasa), gunmen ambushed a lorry and "
         "wounded its two drivers.", "Ituri"),
        ("On Friday, in Mbokuzi, Niari, Congo (Brazzaville), rioters burned a customs "
         "post.", "Niari"),
    ],
)
def test_event_stays_in_the_province_written(pipeline: RulePipeline, text: str,
                                             admin1: str) -> None:
    assert only_event(pipeline, text).location.admin1 == admin1


def test_capital_named_as_the_place_stays() -> None:
    places = places_in("On Monday, in Kinshasa, Congo (Kinshasa), police fired tear gas at "
                       "students.")
    town = places["Kinshasa"].place
    assert town is not None and town.feature == "populated_place"
