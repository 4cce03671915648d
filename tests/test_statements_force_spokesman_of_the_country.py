"""A spokesman of a force told by its word alone ("an army spokesman", "police spokesman
Jane Roe") speaks for that force of the country the report is about; a report with no
country read gives the role no organisation."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="q", published="2024-06-11"))
    return [r for r in records if isinstance(r, Statement)]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ('Raiders stole forty cattle near Gulu in Uganda overnight. "We are tracking the '
         'herd toward the hills," an army spokesman said.', "Military Forces of Uganda"),
        ('Raiders stole forty cattle near Gulu in Uganda overnight. "We are tracking the '
         'herd toward the hills," police spokesman Peter Okello said.',
         "Police Forces of Uganda"),
        ('Raiders stole forty cattle near Gulu in Uganda overnight. "We are tracking the '
         'herd toward the hills," Peter Okello, the police spokesman for the region, said.',
         "Police Forces of Uganda"),
        ('Raiders stole forty cattle near Gulu in Uganda overnight. "We are tracking the '
         'herd toward the hills," a military spokesman told reporters.',
         "Military Forces of Uganda"),
    ],
)
def test_statements_force_spokesman_speaks_for_the_country_force(
        text: str, organisation: str) -> None:
    quotes = [s for s in _statements(text) if s.quote.startswith("We are tracking")]
    assert quotes
    assert quotes[0].organisation == organisation


def test_statements_force_spokesman_with_no_country_has_no_organisation() -> None:
    text = ('Raiders stole forty cattle overnight. "We are tracking the herd toward the '
            'hills," an army spokesman said.')
    quotes = [s for s in _statements(text) if s.quote.startswith("We are tracking")]
    assert quotes
    assert quotes[0].organisation is None
    assert quotes[0].role == "army spokesman"


def test_statements_ministry_spokesman_is_no_force() -> None:
    text = ('Raiders stole forty cattle near Gulu in Uganda overnight. "We are tracking the '
            'herd toward the hills," a health ministry spokesman said.')
    quotes = [s for s in _statements(text) if s.quote.startswith("We are tracking")]
    assert quotes
    assert quotes[0].organisation is None or "Forces" not in quotes[0].organisation


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Raiders stole forty cattle near Gulu in Uganda overnight. He said the spokesman of "
         "the army, Major Peter Okello, that troops were tracking the herd.",
         "Military Forces of Uganda"),
        ("Raiders stole forty cattle near Gulu in Uganda overnight. The spokesperson for the "
         "police, Sarah Nabirye, said that two herders were hurt.", "Police Forces of Uganda"),
        ("Raiders stole forty cattle near Gulu in Uganda overnight. Major Peter Okello, the "
         "spokesman of the army, said that troops were tracking the herd.",
         "Military Forces of Uganda"),
    ],
)
def test_spokesman_of_a_force_told_after_the_role(text: str, organisation: str) -> None:
    """"the spokesman of the army, X": the force after the role noun and "of" or "for" is
    that force of the report's country."""
    assert [s.organisation for s in _statements(text)] == [organisation]


def test_spokesman_of_a_force_with_no_country_read_has_no_organisation() -> None:
    text = ("The spokesman of the army, Major Peter Okello, said that troops were tracking "
            "the herd.")
    assert [s.organisation for s in _statements(text)] == [None]
