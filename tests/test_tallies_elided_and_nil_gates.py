"""A nil before a fate and a count whose noun is left out are looked for by a word first.

"none" as a subject ("and that none were killed") holds the letters "one"; a count whose
noun is left out ("In April, it conducted 12.") holds one of the verbs of carrying out. A
sentence with neither is never searched, and the gate must let through every sentence the
pattern would match.
"""

from __future__ import annotations

import pytest

from eventcoder import tallies
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.pipeline import RulePipeline


def _doc(text: str) -> Doc:
    """The analysed document of ``text``, up to the tallies stage."""
    return RulePipeline().analyse(document_from_text(text, doc_id="g", published="2024-05-06"))


@pytest.mark.parametrize(
    ("text", "nil"),
    [
        ("Two soldiers were wounded and none were killed.", True),
        ("None of its personnel was hurt in the raids.", True),
        ("The command said none had been detained.", True),
        ("None of the raids was conducted near the border.", False),
        ("No one was hurt.", False),
    ],
)
def test_tallies_nil_subject_gate_lets_every_match_through(text: str, nil: bool) -> None:
    assert (tallies._NONE_OF_A_FATE.search(text) is not None) == nil
    if nil:
        assert "one" in text  # the exact test run before the pattern
    zeros = [n for n in tallies._numbers(_doc(text), 0, len(text)) if n.value == 0
             and text[n.start:n.end].lower() == "none"]
    assert bool(zeros) == nil


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In April, it conducted 12.", 12),
        ("In May, the task force carried out nineteen in Diyala.", 19),
        ("In June, partner forces have mounted 15 so far, it said.", 15),
        ("In April, it conducted 12 raids.", None),
        ("The army said on Monday that the situation was calm.", None),
    ],
)
def test_tallies_elided_count_gate_lets_every_match_through(text: str, count: int | None
                                                           ) -> None:
    m = tallies._ELIDED_COUNT.search(text)
    assert (m is not None) == (count is not None)
    if m is not None:
        assert any(verb in text for verb in tallies._ELIDED_VERBS)
    doc = _doc(text)
    found = tallies._elided_count(doc, 0)
    assert [item.value for item in found] == ([count] if count is not None else [])
