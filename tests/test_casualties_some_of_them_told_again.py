"""Who some of the people just counted were, told without their number ("killing dozens of
people, many of them foreign workers", "wounding 30 people, most of them students"), are
not more dead or hurt: the count stays that of the first."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("A car bomb exploded near a market in Kismayo, Somalia, on Sunday, killing 14 "
         "people, many of them traders.", "killed", 14),
        ("A car bomb exploded near a market in Kismayo, Somalia, on Sunday, killing dozens "
         "of people, many of them traders.", "killed", 12),
        ("Gunmen stormed a hotel in Mogadishu, Somalia, on Friday, killing dozens of "
         "people, most of them guests.", "killed", 12),
        ("The revolt in Niassa, Mozambique, began in May 2019, when rebels attacked police "
         "posts in Mecula. In June 2022 the rebels overran the river town of Lupilichi, "
         "killing dozens of people, many of them miners, and forcing a mine to close.",
         "killed", 12),
        ("A grenade attack on a bus station in Gulu, Uganda, on Monday wounded 30 people, "
         "most of them students.", "wounded", 30),
    ],
)
def test_some_of_those_counted_are_no_more(text: str, kind: str, count: int) -> None:
    event = [r for r in extract(text, published="2024-05-09") if isinstance(r, Event)][-1]
    told = [c for c in event.casualties if c.kind == kind]
    assert sum(c.count or c.low or 0 for c in told) == count, [
        (c.party, c.count, c.low) for c in told]
    assert event.fatalities in (None, count) if kind == "killed" else True


def test_several_of_their_dead_are_others_dead() -> None:
    """'several of their dead' after the victims are counted are the attackers' own dead,
    not some of the victims told again."""
    text = ("Gunmen stormed a police post near Beledweyne, Somalia, on Friday, killing three "
            "officers, and the attackers withdrew carrying several of their dead.")
    event = [r for r in extract(text, published="2024-05-09") if isinstance(r, Event)][-1]
    told = [(c.party, c.count, c.low) for c in event.casualties if c.kind == "killed"]
    assert any(c.count is None and "several of their dead" in c.evidence[0].text
               for c in event.casualties), told
