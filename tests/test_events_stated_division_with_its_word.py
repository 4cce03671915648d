""""Town, Division province, Country" states the first-level division in the report's own
words as "Town, Division, Country" does: the division's own word after its name does not
hide it, where the gazetteer files that division as a second-level one."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import first_event


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 3 June 2012, rebels attacked an army patrol in Odiongan, Romblon province, "
         "Philippines, killing a soldier.", "Romblon"),
        ("On 3 June 2012, rebels burned a truck in Ipil, Zamboanga Sibugay Province, "
         "Philippines.", "Zamboanga Sibugay"),
    ],
)
def test_division_written_with_its_word(pipeline: RulePipeline, text: str,
                                        admin1: str) -> None:
    assert first_event(pipeline, text).location.admin1 == admin1
