"""A lesser unit the gazetteer lacks between a town and where it lies ("Pepel town,
Maforki chiefdom (Port Loko, North-West)") does not part the town from its holder: the
town a few kilometres from the district written after it is the place meant."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 12 June 2021, youths burned tyres in Pepel town, Maforki chiefdom (Port Loko, "
         "North-West) after an arrest.", "Pepel"),
        ("On 14 June 2021, youths burned tyres in Pepel town, in Maforki chiefdom (Port Loko, "
         "North-West) after an arrest.", "Pepel"),
    ],
)
def test_town_before_a_lesser_unit_and_its_holder(pipeline: RulePipeline, text: str,
                                                  place: str) -> None:
    assert only_event(pipeline, text).location.place == place
