"""An event known only to its country is put on the map where a country is: at its
capital, with precision 3; and a report that names no place but the state bodies of one
people ("the Kenyan government") is about that people's country."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a group active in one country, no place named
        ("On 14 June 2021, Houthi forces shelled a market, killing two civilians.", "YE"),
        # no place, no group: the state whose bodies act
        ("On 2 March 2021, the Kenyan government imposed a night curfew and police "
         "dispersed crowds that defied it.", "KE"),
        ("Security measures: On 11 April 2021, Tunisian authorities began enforcing a "
         "three-day lockdown across all governorates.", "TN"),
        ("On 8 April 2021, the Syrian government imposed a ten-day curfew and security "
         "forces detained dozens who defied it.", "SY"),
    ],
)
def test_country_only_event_at_the_capital(pipeline: RulePipeline, text: str,
                                            country: str) -> None:
    location = only_event(pipeline, text).location
    assert location.country == country
    assert location.geo_precision == 3
    capital = load_gazetteer().country(country)
    assert capital is not None
    assert (location.latitude, location.longitude) == (capital.latitude, capital.longitude)


def test_two_peoples_states_name_no_country(pipeline: RulePipeline) -> None:
    text = ("On 5 May 2021, the Kenyan government and the Ugandan government agreed to "
            "close a border crossing after riots.")
    location = only_event(pipeline, text).location
    assert location.country is None
    assert location.latitude is None
