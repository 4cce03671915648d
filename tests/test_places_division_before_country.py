"""A province written after a name and before the country ("Karacali village of Siirt,
Turkey") says where in the country the name lies: a namesake in another province is not
the place, though the country holds it too."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On Tuesday, in Karacali village of Siirt, Turkey, assailants kidnapped two "
         "teachers.", "Siirt"),
        ("On 4 May 2011, in Karacali village of Siirt, Turkey, gunmen set fire to two "
         "construction machines.", "Siirt"),
    ],
)
def test_province_before_country_holds_the_name(pipeline: RulePipeline, text: str,
                                                admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert location.country == "TR"
    assert location.admin1 == admin1


def test_name_in_the_province_stays(pipeline: RulePipeline) -> None:
    text = "On Tuesday, in Karacali village of Diyarbakir, Turkey, gunmen kidnapped a teacher."
    location = only_event(pipeline, text).location
    assert (location.place, location.admin1) == ("Karacali", "Diyarbakir")
