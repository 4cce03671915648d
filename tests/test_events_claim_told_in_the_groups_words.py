"""A group's own telling of the deed is its claim: "a spokesman told reporters that the group
had killed him", "the group said they had shot the guard", with the speaker named between
commas after the group ("the X spokesman, Omar Khalid, told reporters ...")."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    "text",
    [
        "On 19 August 2021, unidentified gunmen shot dead a police officer in Turbat. A "
        "spokesman for the Baloch Liberation Army told reporters that the group had killed "
        "him.",
        "On 19 August 2021, unidentified gunmen shot dead a police officer in Turbat. The "
        "Baloch Liberation Army said they had executed him for collaborating.",
        "On 19 August 2021, unidentified gunmen shot dead a police officer in Turbat. A Baloch "
        "Liberation Army spokesman told the media it had assassinated him.",
        "On 19 August 2021, unidentified gunmen shot dead a police officer in Turbat. The "
        "Baloch Liberation Army Kech chapter spokesman, Jiand Baloch, told reporters that "
        "they had killed him.",
    ],
)
def test_events_claim_in_the_groups_words(pipeline: RulePipeline, text: str) -> None:
    assert only_event(pipeline, text).actor1 == "Baloch Liberation Army"


def test_events_group_telling_another_deed_is_no_claim(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 19 August 2021, unidentified gunmen shot dead a police "
                                 "officer in Turbat. The Baloch Liberation Army said it had "
                                 "nothing to do with the killing.")
    assert event.actor1 != "Baloch Liberation Army"
