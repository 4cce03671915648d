"""A title written with a hyphen ("Brig.-Gen.", "Maj.-Gen."), as Nigerian and Pakistani
outlets write it, ends no sentence: the name after it is in the same one."""

from __future__ import annotations

import pytest

from eventcoder.document import split_sentences


@pytest.mark.parametrize("title", ["Brig.-Gen.", "Maj.-Gen.", "Lt.-Col."])
def test_document_hyphenated_title_ends_no_sentence(title: str) -> None:
    text = f"The spokesman, {title} Musa Danladi, said so. Troops left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        f"The spokesman, {title} Musa Danladi, said so.", "Troops left."]
