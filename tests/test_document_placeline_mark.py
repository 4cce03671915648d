"""A dateline without a date is looked for only where a dash, a slash or a colon is.

Each way ``_PLACELINE`` matches holds one of them after the place ("KORVA -", "Velmora /
NINA /", "VELMORA: ...", "Velmora-INA", "Velmora/ The ..."), so a note's top without any is
read as having no such dateline without trying the pattern at each line.
"""

from __future__ import annotations

import pytest

from eventcoder import document


@pytest.mark.parametrize(
    "text",
    [
        "VELMORA - Gunmen killed two farmers on Monday.",
        "Velmora (Korva Press): Gunmen killed two farmers.",
        "Velmora / NINA / Gunmen killed two farmers.",
        "VELMORA: Gunmen killed two farmers on Monday.",
        "Velmora-INA\nGunmen killed two farmers.",
        "Velmora/ The army said two farmers were killed.",
        "Korva Times \u2014 Velmora \u2014 Gunmen killed two farmers.",
    ],
)
def test_a_dateline_holds_a_mark(text: str) -> None:
    assert document._PLACELINE.match(text, 0, document.PLACELINE_REACH) is not None
    assert document._PLACELINE_MARK.search(text, 0, document.PLACELINE_REACH) is not None


@pytest.mark.parametrize(
    "text",
    ["On 3 May 2020, gunmen killed two farmers near Velmora (Korva).",
     "Velmora, Korva. Gunmen killed two farmers on Monday."],
)
def test_no_mark_no_dateline(text: str) -> None:
    assert document._PLACELINE_MARK.search(text, 0, document.PLACELINE_REACH) is None
    assert document._placeline(text) is None
    assert document._PLACELINE.match(text, 0, document.PLACELINE_REACH) is None
