"""A quote whose paragraph ends before its closing mark goes on in the next paragraph that
opens on a quotation mark: one statement, whether the quote opens its paragraph or opens
after the words that introduce it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-07-19") if isinstance(s, Statement)
            if not s.reported]


LEAD = "Raiders set fire to a camp for displaced families near Bunia on Thursday.\n\n"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("\u201c", "\u201d")])
def test_statements_quote_opening_mid_paragraph_goes_on(opening: str, closing: str) -> None:
    text = (LEAD + "Camp leader Esther Kahindo said the raiders came before dawn. "
            f"{opening}They set fire to the tents one after another.\n\n"
            f"{opening}We counted nine bodies by the river,{closing} she said.\n")
    found = _statements(text)
    assert len(found) == 1, found
    [statement] = found
    assert statement.speaker == "Esther Kahindo"
    assert statement.quote == ("They set fire to the tents one after another. We counted nine "
                               "bodies by the river")
    assert len(statement.evidence) == 2


def test_statements_quote_after_its_attribution_goes_on() -> None:
    # the quote that opens after '..., said X.' and runs over the paragraph is X's, going on
    text = (LEAD + '"They came on foot from the hills," said Esther Kahindo, the camp leader. '
            '"Nobody had time to carry anything.\n\n'
            '"We counted nine bodies by the river," she added.\n')
    found = _statements(text)
    assert len(found) == 1, found
    assert found[0].quote.endswith("We counted nine bodies by the river")
    assert "Nobody had time" in found[0].quote


def test_statements_quote_opening_its_paragraph_after_said_colon() -> None:
    text = (LEAD + "Esther Kahindo, the camp leader, said: \u201cThey set fire to the tents.\n\n"
            "\u201cWe counted nine bodies by the river.\u201d\n\nThe army sent a patrol.\n")
    found = _statements(text)
    assert [(s.speaker, len(s.evidence)) for s in found] == [("Esther Kahindo", 2)]


def test_statements_closed_quotes_of_one_speaker_stay_apart() -> None:
    # each quote closed in its paragraph, each with its own attribution: one statement each
    text = (LEAD + '"They came on foot," said Esther Kahindo. "Nobody had time to run," she '
            'added.\n\n"We counted nine bodies," Kahindo said, "and more are missing."\n')
    found = _statements(text)
    assert [s.quote for s in found] == ["They came on foot", "Nobody had time to run",
                                        "We counted nine bodies, and more are missing."], found
