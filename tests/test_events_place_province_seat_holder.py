"""A town named like its province, written last in where a place lies ("Kurmuk (Ghamr,
Sadah)"), says which province: the event is at the place it holds, not in the town."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "name", "place", "admin1"),
    [
        ("On 3 May 2020, militants attacked a checkpoint in Kurmuk (Ghamr, Sadah). No "
         "fatalities were reported.", "Kurmuk", "Ghamr", "Saada"),
        ("On 3 May 2020, militants attacked a checkpoint in Kurmuk (Kitaf wa Al Boqe'e, "
         "Sadah). No fatalities were reported.", "Kurmuk", "Kitaf wa Al Boqe'e", "Saada"),
    ],
)
def test_province_seat_written_as_holder_is_no_event_place(
        pipeline: RulePipeline, text: str, name: str, place: str, admin1: str) -> None:
    location = only_event(pipeline, text).location
    assert location.name == name
    assert location.place == place and location.admin1 == admin1
    assert location.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the town itself, then its province
        ("On 3 May 2020, unknown gunmen shot a trader in Sadah city, Sadah.", "Sadah"),
        # the town as the place, then its district and province
        ("On 3 May 2020, unknown gunmen shot a trader in Gombe town (Gombe, Gombe).",
         "Gombe"),
    ],
)
def test_town_named_like_its_province_is_still_a_place(
        pipeline: RulePipeline, text: str, name: str) -> None:
    location = only_event(pipeline, text).location
    assert location.name == name and location.geo_precision == 1
