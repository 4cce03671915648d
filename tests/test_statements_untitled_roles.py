"""A role told before a name with no title between them: "CTS spokesman Sabah al-Numan"."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_statements


def _doc(text: str) -> Doc:
    # the full pipeline: the actors stage names the organisations
    return RulePipeline().analyse(document_from_text(text, published="2024-05-10"))


def _statements(text: str) -> list[Statement]:
    return read_statements(_doc(text))


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        ('SDF spokesman Aram Hanna said: "Our fighters cleared the last pocket near the '
         'river."', "Aram Hanna", "SDF spokesman", "Syrian Democratic Forces"),
        ('"The convoy was ambushed at dawn and two vehicles burned," Interior Ministry '
         "spokesperson Leila Haddad told reporters.", "Leila Haddad",
         "Interior Ministry spokesperson", "Interior Ministry"),
        ('"Seven suspects are being questioned," said SDF media office head Rojda Amed.',
         "Rojda Amed", "SDF media office head", "Syrian Democratic Forces"),
        ('CENTCOM deputy commander Mark Ellison said, "We struck the camp twice this week."',
         "Mark Ellison", "CENTCOM deputy commander", "US Central Command"),
        # a dateline opening the sentence is where the report was filed, not the speaker
        ('MOSUL - Nineveh police chief Khalid al-Jubouri said: "The cell had planned attacks '
         'on the market."', "Khalid al-Jubouri", "Nineveh police chief", None),
    ],
)
def test_statements_untitled_roles_split_role_from_name(
    text: str, speaker: str, role: str, organisation: str | None
) -> None:
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == (speaker, role)
    if organisation is not None:
        assert statement.organisation == organisation


def test_statements_untitled_roles_surname_points_back() -> None:
    text = ('Defence Ministry spokesman Tarek Mansour said: "The raid lasted four hours."\n\n'
            '"Nobody escaped from the house," Mansour added.')
    statements = _statements(text)
    assert [(s.speaker, s.role) for s in statements] == [
        ("Tarek Mansour", "Defence Ministry spokesman")] * 2


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # no name after the role noun: the organisation speaks through its spokesman
        ('"Our units repelled the attack on the checkpoint," an SDF spokesman said.',
         "Syrian Democratic Forces", "SDF spokesman"),
        # a title before the name keeps its own reading
        ('"Our units repelled the attack on the checkpoint," SDF commander Gen. Mazen Ali '
         "said.", "Mazen Ali", "SDF commander"),
    ],
)
def test_statements_untitled_roles_other_readings_unchanged(
    text: str, speaker: str, role: str
) -> None:
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == (speaker, role)
