"""A range or a lake spans borders, and the gazetteer gives it one point, in one country:
where the sentence that names it also names a town or a division of another country ("in
the X mountains around a village of Y province"), the event is on that side of it, in the
division named, not at the range's point across the border."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import first_event


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 14 June 2022, soldiers fought insurgents in the Hindu Kush mountains around "
         "Darbel Kalan village of Khyber Pakhtunkhwa province, killing two.",
         "PK", "Khyber Pakhtunkhwa"),
        ("Rebels ambushed an army truck in the Rwenzori mountains around Kyabarungira "
         "village of Bundibugyo district on 2 August 2022.", "UG", "Western"),
    ],
)
def test_division_of_the_sentence_outweighs_the_range_abroad(
        pipeline: RulePipeline, text: str, country: str, admin1: str) -> None:
    location = first_event(pipeline, text).location
    assert (location.country, location.admin1) == (country, admin1), location


def test_range_named_alone_still_places_the_event(pipeline: RulePipeline) -> None:
    text = "Rebels ambushed an army truck in the Rwenzori mountains on 2 August 2022."
    assert first_event(pipeline, text).location.place == "Rwenzori Mountains"
