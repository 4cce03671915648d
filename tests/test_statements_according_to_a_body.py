"""A quote given "according to" a body after it ('"...," according to the army.') is the
body's: a statement with that organisation as speaker and organisation, no person."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="q", published="2024-06-11"))
    return [r for r in records if isinstance(r, Statement)]


@pytest.mark.parametrize(
    ("text", "organisation", "quote"),
    [
        ("Troops beat back an assault on a base near Menaka in Mali on Sunday. \u201cThe "
         "attackers withdrew toward the border, leaving two trucks behind,\u201d according to "
         "the army.", "Military Forces of Mali",
         "The attackers withdrew toward the border, leaving two trucks behind"),
        ('Fighting went on near Tillaberi in Niger. "Our patrols hold every crossing on the '
         'river," according to a statement from the ministry of defence.',
         "ministry of defence", "Our patrols hold every crossing on the river"),
        # where and when it spoke are no part of the body
        ("Gunmen attacked a police post near Kano on Monday. \"Two of the attackers were "
         'arrested at the scene," according to the police in Kano on Tuesday.',
         "Police Forces of Nigeria", "Two of the attackers were arrested at the scene"),
        ("Gunmen attacked a police post near Kano on Monday. \"Two of the attackers were "
         'arrested at the scene," according to a statement on Tuesday from the police.',
         "Police Forces of Nigeria", "Two of the attackers were arrested at the scene"),
        ('A market in Kismayo reopened on Friday. "Nine suspects were handed over to the '
         'courts," according to a statement from the Jubaland Security Ministry.',
         "Jubaland Security Ministry", "Nine suspects were handed over to the courts"),
    ],
)
def test_statements_quote_according_to_a_body(text: str, organisation: str,
                                              quote: str) -> None:
    [statement] = _statements(text)
    assert (statement.speaker, statement.organisation, statement.role) == (
        organisation, organisation, None)
    assert statement.quote == quote
    [evidence] = statement.evidence
    assert text[evidence.start:evidence.end].rstrip(",") == quote


@pytest.mark.parametrize(
    ("after", "before"),
    [
        ('Shots were heard near Bunia at night. "They came with torches and machetes," '
         "according to residents.",
         "Shots were heard near Bunia at night. According to residents, "
         '"They came with torches and machetes."'),
        ('A bridge near Bor was blown up. "Nobody could cross for two days," according to a '
         "local official.",
         "A bridge near Bor was blown up. According to a local official, "
         '"Nobody could cross for two days."'),
    ],
)
def test_statements_according_to_people_after_as_before(after: str, before: str) -> None:
    """People, not a body: read the same after the quote as before it."""
    [told_after] = _statements(after)
    [told_before] = _statements(before)
    assert (told_after.speaker, told_after.role, told_after.organisation) == (
        told_before.speaker, told_before.role, told_before.organisation)
    assert told_after.role is not None and told_after.organisation is None


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        # the statement the text introduced: its body's
        ("The Kenya Defence Forces said troops repelled an attack near Lamu on Monday. "
         '"Two attackers were killed and their rifles recovered," according to the statement.',
         "Military Forces of Kenya", "statement", "Military Forces of Kenya"),
        # a person with a rank, its dot no end of the words
        ("Troops repelled an attack near Lamu on Monday. \"Two attackers were killed and their "
         'rifles recovered," according to army spokesman Col. Paul Njuguna.',
         "Paul Njuguna", "army spokesman", "Military Forces of Kenya"),
    ],
)
def test_statements_according_to_a_statement_or_an_officer(
    text: str, speaker: str, role: str, organisation: str | None
) -> None:
    # (the words the first sentence reports, "said troops repelled ...", are a statement of
    # their own; the one looked at here is told "according to")
    [statement] = [s for s in _statements(text) if s.verb == "according to"]
    assert (statement.speaker, statement.role, statement.organisation) == (
        speaker, role, organisation)


def test_statements_quoted_name_according_to_a_body_is_no_statement() -> None:
    assert _statements('The group calls itself "Sons of the Valley", according to the '
                       "police.") == []
