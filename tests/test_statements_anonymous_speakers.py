"""Speakers a report leaves unnamed at their wish: told as described, marked anonymous."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_statements


def _statements(text: str) -> list[Statement]:
    return read_statements(RulePipeline().analyse(document_from_text(text,
                                                                     published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The convoy was hit twice before it reached the bridge," a border police officer '
         "said on condition of anonymity.", "border police officer"),
        ('"They burned every shop on the main road," a local official, who asked not to be '
         "named, told reporters.", "local official"),
        ('"The fighters withdrew toward the hills after dawn," a military source said.',
         "military source"),
        # the speaker after the verb, the wish for anonymity in a clause after the speaker
        ('"The trucks never reached the camp," said a district official, who asked not to be '
         "named.", "district official"),
        ('"The trucks never reached the camp," said a district official who declined to be '
         "identified.", "district official"),
        ('"The trucks never reached the camp," a district official said, asking not to be '
         "named.", "district official"),
        ('"The shooting lasted until the call to prayer," said a villager, who declined to '
         "give his name.", "villager"),
        # told again without its description: the source as first described
        ("Four guards were killed at the depot on Friday, a medical source said. The source "
         'added that "two more guards are in a critical condition in the hospital."',
         "medical source"),
    ],
)
def test_statements_anonymous_speaker_told_as_described(text: str, speaker: str) -> None:
    found = _statements(text)
    assert len(found) == 1, found
    assert found[0].speaker == speaker
    assert found[0].anonymous


def test_statements_named_speaker_is_not_anonymous() -> None:
    found = _statements('"We will rebuild the market within a month," Governor Amina Bello '
                        "told reporters.")
    assert len(found) == 1 and not found[0].anonymous


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"Smoke rose over the market for hours," a witness told reporters.', "witness"),
        ('"Smoke rose over the market for hours," said a resident.', "resident"),
        ('"We carried the wounded on our backs," one survivor said.', "survivor"),
    ],
)
def test_statements_people_of_the_place_are_speakers(text: str, role: str) -> None:
    # witnesses and residents quoted by description are speakers, though no one is named
    found = _statements(text)
    assert len(found) == 1, found
    assert found[0].role == role and found[0].speaker is None
