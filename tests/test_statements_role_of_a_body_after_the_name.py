"""A role told after the name as a body's ("said Maj. Gen. Jane Roe, the command's director
of operations") is of the body named before in full, as the actor list names it; so is the
body told again by its head noun ("according to a statement from the command")."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


@pytest.mark.parametrize(
    ("text", "speaker", "organisation"),
    [
        ('U.S. Africa Command said the strike near Jamaame killed two militants. "The strike '
         'was precise and deliberate," said Maj. Gen. Lena Okafor, the command\'s director of '
         "operations.", "Lena Okafor", "US Africa Command"),
        ("The Somali National Army said it had retaken two villages near Beledweyne. \"We "
         "will not stop until the region is free,\" said Col. Ahmed Farah, the army's "
         "spokesman.", "Ahmed Farah", "Military Forces of Somalia"),
    ],
)
def test_statements_role_of_a_body_told_after_the_name(text: str, speaker: str,
                                                       organisation: str) -> None:
    records = RulePipeline()(document_from_text(text, doc_id="s", published="2024-10-08"))
    [statement] = [r for r in records if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.organisation) == (speaker, organisation)


@pytest.mark.parametrize(
    "attribution",
    ["according to a statement from the command.", "the command said."],
)
def test_statements_body_told_again_is_the_one_named_in_full(attribution: str) -> None:
    text = ("U.S. Africa Command conducted an airstrike near Jilib, Somalia, on Friday. "
            f'"The group remains a threat to the whole region," {attribution}')
    records = RulePipeline()(document_from_text(text, doc_id="s", published="2024-10-08"))
    [statement] = [r for r in records if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.organisation) == ("US Africa Command",
                                                           "US Africa Command")
