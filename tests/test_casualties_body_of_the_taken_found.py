"""The body of one taken, found days later, is a death of the abduction, told in the same
event: "his beheaded body", "the pastor's body", "their bodies" were found."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.fixture(scope="module")
def pipeline() -> RulePipeline:
    return RulePipeline()


@pytest.mark.parametrize(
    ("text", "killed", "taken"),
    [
        ("On 11 May 2016, gunmen abducted a pastor in Lokoja, Nigeria. The pastor's body "
         "was found near a stream on 15 May.", 1, 1),
        ("On 11 May 2016, gunmen abducted a pastor in Lokoja, Nigeria. His beheaded body "
         "was discovered on 15 May near Okene.", 1, 1),
        ("On 11 May 2016, gunmen abducted three surveyors in Lokoja, Nigeria. Their bodies "
         "were found on 18 May.", 3, 3),
    ],
    ids=["possessive-noun", "adjective-before-body", "their-bodies"],
)
def test_body_found_later_stays_with_the_abduction(
        pipeline: RulePipeline, text: str, killed: int, taken: int) -> None:
    event = only_event(pipeline, text)
    assert event.sub_event_type == "abduction_forced_disappearance"
    counts = {c.kind: c.count for c in event.casualties}
    assert (counts.get("killed"), counts.get("abducted")) == (killed, taken)
