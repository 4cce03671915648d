"""A coding convention for dead of unknown number told in addition to the known dead
("Unknown fatalities are coded at 3, in addition to 4 known fatalities") gives their sum."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_casualties_convention_added_to_known(pipeline: RulePipeline) -> None:
    text = ("On 19 August 2021, four policemen were killed in a gunfight with suspected "
            "rebels near Iligan. Police said rebels were also killed but gave no number. "
            "Unknown fatalities are coded at 3, in addition to 4 known fatalities.")
    assert only_event(pipeline, text).fatalities == 7


def test_casualties_convention_alone(pipeline: RulePipeline) -> None:
    text = ("On 19 August 2021, police and suspected rebels fought near Iligan, with deaths "
            "on both sides. Unknown fatalities coded as 3.")
    assert only_event(pipeline, text).fatalities == 3
