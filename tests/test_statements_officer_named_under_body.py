"""An officer quoted by title and name speaks for the body the text names him under.

"The spokesman of the Joint Operations Command, Major General X said: ..." keeps the
spokesman's role and the command; "Major General X said: ..." after an introduction
("The spokesman of the Border Guard Command, Brigadier General X, told reporters that ...")
is that spokesman of that command, not a bare rank with no organisation.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(pipeline: RulePipeline, text: str) -> list[Statement]:
    records = pipeline(document_from_text(text, doc_id="s", published="2022-06-01"))
    return [r for r in records if isinstance(r, Statement) and not r.reported]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        ("The spokesman of the Joint Operations Command, Major General Rashid al-Tamimi "
         "said: \"Our units will keep chasing the remnants of the gangs in the desert.\"",
         "Rashid al-Tamimi", "spokesman of the Joint Operations Command",
         "Joint Operations Command"),
        ("The spokesman of the Border Guard Command, Brigadier General Hamid Sultani, told "
         "reporters that the crossing had reopened on Tuesday. Brigadier General Hamid "
         "Sultani said: \"Smugglers will find every route closed to them from now on.\"",
         "Hamid Sultani", "spokesman of the Border Guard Command", "Border Guard Command"),
        ("The spokesman of the Security Media Cell, Major General Karim Nouri, said that "
         "six suspects had been detained. \"We will pursue every cell that remains,\" Nouri "
         "said.", "Karim Nouri", "spokesman of the Security Media Cell", "Security Media Cell"),
        ("The commander of the Nineveh Operations Command, Lieutenant General Fadel "
         "al-Jubouri, spoke to reporters on Monday. Lieutenant General al-Jubouri said: "
         "\"The roads to the villages are safe again for farmers.\"",
         "Fadel al-Jubouri", "commander of the Nineveh Operations Command",
         "Nineveh Operations Command"),
    ],
)
def test_statements_officer_named_under_body(
        pipeline: RulePipeline, text: str, speaker: str, role: str, organisation: str) -> None:
    [statement] = _statements(pipeline, text)
    assert (statement.speaker, statement.role, statement.organisation) == (
        speaker, role, organisation)
