"""Who speaks after a sentence that opens on a time or a place ("On Sunday, the police
spokesman ... He said ..."), and quotes in British copy, in single marks, that run over
several paragraphs: each paragraph opens with a mark, only the last one closes."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [r for r in extract(text, published="2024-05-06") if isinstance(r, Statement)]


@pytest.mark.parametrize("opener", ["On Sunday", "Late on Friday", "In Gusau", "Earlier"])
def test_statements_a_time_opening_a_sentence_is_nobody(opener: str) -> None:
    text = ("Gunmen killed four farmers in the village of Tudun Wada, police said.\n\n"
            f"{opener}, police spokesman Musa Danladi said the attackers had fled into "
            "the forest. He said a search was under way.")
    found = [s for s in _statements(text) if s.quote.startswith("a search")]
    assert [s.speaker for s in found] == ["Musa Danladi"]


@pytest.mark.parametrize(("opening", "closing"), [("\u2018", "\u2019"), ("'", "'")])
def test_statements_single_marks_over_three_paragraphs(opening: str, closing: str) -> None:
    text = ("A shopkeeper was shot and wounded in Larne on Tuesday night.\n\n"
            f"Detective Inspector Claire Boyd said: {opening}This was a reckless attack on "
            "a busy street.\n\n"
            f"{opening}Two men on a motorbike fired at least four shots through the window "
            "of the shop.\n\n"
            f"{opening}I would ask anyone with footage from the area to contact us.{closing}"
            "\n\nThe shop reopened on Thursday.")
    [statement] = [s for s in _statements(text) if "reckless" in s.quote]
    assert statement.speaker == "Claire Boyd"
    assert statement.quote.startswith("This was a reckless attack")
    assert "Two men on a motorbike" in statement.quote
    assert statement.quote.endswith("contact us.")


def test_statements_an_unclosed_single_mark_alone_is_no_quote() -> None:
    # the paragraph after does not open on a mark: the open mark goes on nowhere
    text = ("A shopkeeper was shot in Larne on Tuesday, police said.\n\n"
            "Residents called the street 'the old quarter and left it there.\n\n"
            "The shop reopened on Thursday.")
    assert not any("old quarter" in s.quote for s in _statements(text))
