"""A count's people named with a force's initials told again in brackets ("two fighters of
the Popular Mobilization Forces (PMF) were killed") are that force's; told again by no side
("... killing two fighters") they are the same dead, counted once."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _counts(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((c.kind, c.party, c.count) for r in extract(text, published="2024-06-04")
                  if isinstance(r, Event) and not r.background for c in r.casualties)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two fighters of the Popular Mobilization Forces (PMF) were killed on Sunday in an "
     "attack near Jalawla, a source said.",
     [("killed", "Popular Mobilization Forces", 2)]),
    ("Four members of the Syrian Democratic Forces (SDF) were wounded when a roadside bomb "
     "struck their vehicle near Shaddadi on Monday.",
     [("wounded", "Syrian Democratic Forces", 4)]),
    # the same dead told again in a quote, by no side
    ("Five fighters of the Popular Mobilization Forces (PMF) were killed and one wounded on "
     "Sunday night when ISIS militants attacked their post near Tuz Khurmatu. \"The "
     "militants opened fire, killing five fighters and wounding another,\" a commander said.",
     [("killed", "Popular Mobilization Forces", 5), ("wounded", "Popular Mobilization Forces",
                                                     1)]),
])
def test_casualties_bracketed_initials_keep_the_side(
        text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _counts(text) == expected
