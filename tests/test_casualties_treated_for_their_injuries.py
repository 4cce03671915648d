"""The hurt told by their treatment, with their own injuries ("23 other worshippers were
still being treated for their injuries") are counted wounded, as "were treated for injuries"
is."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "count", "party"), [
    ("Twenty-three other worshippers were still being treated for their injuries, she said.",
     23, "other worshippers"),
    ("Two soldiers were treated for their minor injuries at the base.", 2, "soldiers"),
    ("A boy was treated for his injuries at the district hospital.", 1, "boy"),
    ("Eleven passengers were being treated for their wounds in Kaduna.", 11, "passengers"),
    ("Nine traders were treated for injuries.", 9, "traders"),
])
def test_those_treated_for_their_injuries_are_wounded(text: str, count: int,
                                                      party: str) -> None:
    assert [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)] == [
        ("wounded", count, party)]


@pytest.mark.parametrize("text", [
    "The clinic has treated its staff for stress since the siege began.",
    "Doctors were treated to a dinner by the governor for their work.",
])
def test_treated_for_no_injury_counts_no_one(text: str) -> None:
    assert find_casualty_mentions(text) == []
