"""A city that ISO 3166-2 makes a first-level division of its own is the event's division."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import city_division
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # GeoNames files Belgrade under Central Serbia; ISO 3166-2 lists it as RS-00.
        ("On 12 March 2021, several hundred farmers drove tractors through Belgrade, Serbia, "
         "demanding higher subsidies for grain.", "RS", "Belgrade"),
        ("On 2 June 2021, tenants of a housing block in Belgrade-Zemun, Serbia, blocked a "
         "street against the felling of trees.", "RS", "Belgrade"),
        # Other towns of Serbia keep GeoNames' division.
        ("On 14 March 2021, nurses rallied outside the clinical centre in Nis, Serbia, over "
         "unpaid overtime.", "RS", "Central Serbia"),
        ("On 15 March 2021, students protested in Novi Sad, Serbia, against a new law on "
         "universities.", "RS", "Vojvodina"),
    ],
)
def test_events_city_division(pipeline: RulePipeline, text: str, country: str,
                              admin1: str) -> None:
    event = only_event(pipeline, text)
    assert event.location.country == country
    assert event.location.admin1 == admin1


@pytest.mark.parametrize(
    ("iso2", "admin1", "admin2", "expected"),
    [
        ("RS", "Central Serbia", "Belgrade", "Belgrade"),
        ("rs", "Central Serbia", "Belgrade", "Belgrade"),
        ("RS", "Central Serbia", "Nisavski", None),
        ("RS", "Vojvodina", "Belgrade", None),
        (None, "Central Serbia", "Belgrade", None),
        ("RS", "Central Serbia", None, None),
    ],
)
def test_gazetteer_city_division(iso2: str | None, admin1: str, admin2: str | None,
                                 expected: str | None) -> None:
    assert city_division(iso2, admin1, admin2) == expected
