"""A province's name written as a district's, with another province written after it as
where the district lies ("in Nangarhar district, Kunar province"), is no reading of the
province of that name: the district lies in the province written after it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event

CASES = [
    ("On Friday, gunmen shot dead two teachers in Nangarhar district, Kunar province, "
     "Afghanistan.", "Nangarhar", "Kunar"),
    ("On 3 June, gunmen killed two farmers in Zamfara district, Kano state, Nigeria.",
     "Zamfara", "Kano"),
]


@pytest.mark.parametrize(("text", "name", "admin1"), CASES)
def test_province_name_before_district_word_is_no_other_province(
        text: str, name: str, admin1: str) -> None:
    place = places_in(text)[name].place
    assert place is None or place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "admin1"), CASES)
def test_event_lies_in_the_province_written_after_the_district(
        pipeline: RulePipeline, text: str, name: str, admin1: str) -> None:
    assert only_event(pipeline, text).location.admin1 == admin1


def test_district_named_as_its_own_province_stays() -> None:
    place = places_in("On Friday, gunmen shot dead two teachers in Herat district, Herat "
                      "province, Afghanistan.")["Herat"].place
    assert place is not None and place.admin1 == "Herat"
