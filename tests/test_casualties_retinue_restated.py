"""A leader and his men: a title between commas counts nobody more, and his men told of
again with the same count are the same men."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> int:
    events = [r for r in extract(text, published="2024-05-10")
              if isinstance(r, Event) and not r.background]
    return sum(e.fatalities or 0 for e in events)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a title between commas after the name is the same man
        ("Iraqi forces killed Abu Talha al-Muhajir, the group's wali of Anbar, and three of "
         "his aides in an airstrike on Monday.", 4),
        ("U.S. forces killed Hamid Yusuf Barre, a senior al-Shabaab commander, and two of "
         "his bodyguards near Jilib on Tuesday.", 3),
        # the same men again, in a quote with another word for them
        ("Coalition aircraft killed Abu Ubaida al-Shami, the group's emir of Deir ez-Zor, "
         "and four of his guards on Sunday, the coalition said. \"Abu Ubaida al-Shami and "
         "four of his companions were killed in the strike,\" the statement said.", 5),
        ("Counter-terrorism forces killed Abu Bakr al-Janabi and two of his associates in a "
         "raid in Kirkuk on Thursday. The service said al-Janabi and two of his aides died "
         "at the scene.", 3),
    ],
)
def test_casualties_retinue_restated_counts_each_man_once(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # more of his men, told as more
        ("Counter-terrorism forces killed Abu Bakr al-Janabi and two of his associates in a "
         "raid in Kirkuk on Thursday. Two of his guards were also killed in the raid.", 5),
        # another count of his men is other men
        ("Counter-terrorism forces killed Abu Bakr al-Janabi and two of his associates in a "
         "raid in Kirkuk on Thursday. Three of his guards were killed in the raid.", 6),
    ],
)
def test_casualties_retinue_restated_more_men_still_count(text: str, killed: int) -> None:
    assert _killed(text) == killed
