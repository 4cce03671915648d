"""The dead counted by their coffins at a funeral ("the coffins of three soldiers were
carried to the cathedral") are dead, as "the bodies of three soldiers" are; a coffin maker
counts no one."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "count"), [
    ("The coffins of three soldiers were carried to the cathedral.", 3),
    ("Hundreds lined the streets as four coffins passed.", 4),
])
def test_casualties_coffins_count_the_dead(text: str, count: int) -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(text)] == [("killed", count)]


def test_casualties_coffin_maker_counts_no_one() -> None:
    assert find_casualty_mentions("A coffin maker said business was slow.") == []
