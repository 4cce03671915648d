"""A count that names a part of itself of the same side ("three civilians, including a
child") is one count of that side, not the part and the rest apart."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "kind", "party", "count"),
    [
        ("Four civilians, including a woman, were killed on Sunday when a drone struck a "
         "market in Harib district, south of Marib.", "killed", "Civilians (Yemen)", 4),
        ("Six villagers, among them two children, were wounded when shells hit Tafas in "
         "the western countryside of Daraa on Monday.", "wounded", "Civilians (Syria)", 6),
    ],
)
def test_casualties_part_of_the_same_party(pipeline: RulePipeline, text: str, kind: str,
                                           party: str, count: int) -> None:
    event = only_event(pipeline, text)
    assert [(c.party, c.count) for c in event.casualties if c.kind == kind] == [
        (party, count)], event.casualties
