"""People a strike hit, counted by the -ing verb after ("a strike hit a group of bandits on
motorcycles, killing three and wounding two"), are of those it hit, as people fired on are
("opened fire on worshippers, killing three"). What it hit that is no one ("a rocket hit a
market, killing three") names none.
"""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions


def _read(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.kind, c.count, c.party)
            for c in combine_casualties(find_casualty_mentions(text), text=text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A strike hit a group of bandits on motorcycles, killing three and wounding two.",
     [("killed", 3, "group of bandits"), ("wounded", 2, "group of bandits")]),
    ("A drone struck gunmen gathered near the market, killing four.",
     [("killed", 4, "gunmen")]),
    ("A rocket hit a market in the town, killing three.", [("killed", 3, None)]),
])
def test_people_a_strike_hit(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert _read(text) == expected
