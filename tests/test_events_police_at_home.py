"""Where no place resolves, the country of the one country's police a report names says
where the event is before the country of the people beside them: police keep order at
home, and a crowd may have come across the border."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 3 March 2022, a crowd of Indian traders attacked Iraqi police officers near "
         "Dalmuka area.", "IQ"),
        ("On 4 March 2022, Pakistani protesters clashed with Afghan police near Gushiro "
         "village.", "AF"),
        # police of two countries: the people beside them say where, as before
        ("On 7 March 2022, Ugandan protesters clashed with Kenyan police and Somali police "
         "near Tepoka village.", "UG"),
    ],
)
def test_events_police_country_before_the_people(pipeline: RulePipeline, text: str,
                                                 country: str) -> None:
    location = main_event(pipeline, text).location
    assert location.latitude is None or location.place is None
    assert location.country == country
