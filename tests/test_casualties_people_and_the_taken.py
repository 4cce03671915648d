"""People counted by their country's word alone ("three Sudanese", "two Yemenis") are
civilians of that country; people counted only as "detainees" are of the side taken, or
the country's civilians where no side apart from the takers is named."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        ("Israeli forces shot dead two Palestinians near Salfit on Wednesday, the health "
         "ministry said.", "killed", "Civilians (Palestine)"),
        ("A 17-year-old Palestinian was wounded by gunfire near Jericho on Sunday, medics "
         "said.", "wounded", "Civilians (Palestine)"),
        ("Lebanese troops detained four Syrians near Hermel on Friday, the army said.",
         "detained", "Civilians (Syria)"),
    ],
)
def test_casualties_people_told_by_their_country(pipeline: RulePipeline, text: str,
                                                 kind: str, party: str) -> None:
    event = only_event(pipeline, text)
    assert {c.party for c in event.casualties if c.kind == kind} == {party}, event.casualties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Police in Basra arrested 8 detainees who had fled a jail in Amarah, the interior "
         "ministry said on Thursday.", "Civilians (Iraq)"),
        ("Somali troops raided an al-Shabaab hideout near Jowhar on Tuesday and arrested "
         "five detainees, the army said.", "Al Shabaab"),
    ],
)
def test_casualties_detainees_are_of_the_side_taken(pipeline: RulePipeline, text: str,
                                                    party: str) -> None:
    event = only_event(pipeline, text)
    assert {c.party for c in event.casualties if c.kind == "detained"} == {party}, \
        event.casualties
