"""A noun that ends as an adverb does ("family", "assembly") is no adverb between a subject
and its verb: "Three members of her family were also killed" counts three more dead."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_casualties_members_of_a_family_as_subject(pipeline: RulePipeline) -> None:
    text = ("On 21 February 2022, in Popayan, Cauca, armed men shot dead a schoolteacher. "
            "Three members of her family were also killed. Nobody has claimed the attack.")
    assert only_event(pipeline, text).fatalities == 4


def test_casualties_adverb_between_subject_and_verb(pipeline: RulePipeline) -> None:
    text = ("On 21 February 2022, in Popayan, Cauca, two farmers were reportedly shot dead "
            "by armed men.")
    assert only_event(pipeline, text).fatalities == 2
