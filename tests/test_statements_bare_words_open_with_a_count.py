"""Words reported after a bare verb, with no "that", may open with any count the quantities
stage reads: "The ministry said eleven guards died ...", "... said scores of ...", "... said
a dozen ...", not only the number words up to ten."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-05-10") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    "count",
    ["four", "eleven", "fifteen", "twenty", "thirty", "twenty-three", "a dozen", "scores of",
     "dozens of", "dozens"],
)
def test_statements_bare_words_opening_with_a_count(count: str) -> None:
    text = f"The interior ministry said {count} wardens drowned when the ferry capsized."
    found = _statements(text)
    assert [(s.verb, s.quote) for s in found] == [
        ("said", f"{count} wardens drowned when the ferry capsized")]
    assert found[0].reported


def test_statements_bare_words_opening_with_no_count_are_not_read() -> None:
    # (a plural noun after the bare verb opens no clause the pattern reads)
    assert _statements("The interior ministry said wardens drowned when the ferry "
                       "capsized.") == []
