"""A figure at the very start of a text has no character before it: what the text ends on
is not read as a bracket opened before the figure."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally


def _tallies(text: str) -> list[tuple[str, int | None]]:
    return [(r.metric, r.value) for r in extract(text, published="2024-06-02")
            if isinstance(r, Tally)]


@pytest.mark.parametrize("text", [
    "14) operations were conducted in Syria during May, killing 9 ISIS fighters.",
    "14) ISIS operatives were detained in Iraq in May; 3 were killed",
])
def test_a_text_ending_on_a_bracket_reads_its_first_figure_as_without_it(text: str) -> None:
    assert _tallies(text + " (") == _tallies(text)
