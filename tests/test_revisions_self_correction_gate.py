"""A report that says it corrects itself is searched for only where it holds a word each
such saying needs: each word lets through the saying it stands for, and a text with none
of them is read as no correction."""

from __future__ import annotations

import pytest

from eventcoder.revisions import SELF_CORRECTION, SELF_CORRECTION_WORDS, corrects_itself


@pytest.mark.parametrize(("word", "text"), [
    ("earlier", "An earlier version of this report gave the toll as five."),
    ("correct", "CORRECTION: the raid took place in the north, not the south."),
    ("correct", "The ministry corrected its figures on Tuesday."),
    ("editor", "Editor's note: the count of wounded has been changed."),
    ("updated", "This release has been updated with the count from the hospital."),
    ("amended", "The army issued an amended statement late on Sunday."),
    ("revised", "The revised toll stands at twelve."),
    ("misstated", "A previous bulletin misstated the number of those held."),
    ("now", "The number of dead is now 14, not 11, the office said."),
])
def test_each_saying_passes_on_its_gate_word(word: str, text: str) -> None:
    assert SELF_CORRECTION.search(text) is not None
    # the word is the only gate word the text holds: without it the saying would be missed
    assert [w for w in SELF_CORRECTION_WORDS if w in text.lower()] == [word]
    assert corrects_itself(text)


def test_a_text_without_the_words_corrects_nothing() -> None:
    assert not corrects_itself("Gunmen killed three herders near the river on Monday.")
    # (not ASCII: searched whatever its words)
    assert corrects_itself("Caf\u00e9 attack: an EARLIER VERSION OF THIS story erred.")
