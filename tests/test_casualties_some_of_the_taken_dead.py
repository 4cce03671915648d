"""Some of those taken before, told dead: "two of the abducted traders were found dead" is
two deaths; the participle tells what befell them before, no new abduction, and the count
of the abduction told earlier stays."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions


def _combined(text: str) -> list[tuple[str, int | None]]:
    found = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    return sorted((c.kind, c.count) for c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men abducted five cattle dealers near Morvala on Tuesday. Two of the abducted "
     "dealers were found dead two days later.", [("abducted", 5), ("killed", 2)]),
    ("Rebels kidnapped three surveyors at a quarry in March. In May one of the kidnapped "
     "surveyors was found dead beside a road.", [("abducted", 3), ("killed", 1)]),
    ("Two of the abducted dealers were found dead near the river.", [("killed", 2)]),
    ("One of the kidnapped surveyors was found dead.", [("killed", 1)]),
    ("Three of the abducted nurses died in captivity, the ministry said.", [("killed", 3)]),
], ids=["two-after-five", "one-after-three", "two-alone", "one-alone", "died"])
def test_some_of_the_taken_found_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert _combined(text) == expected


def test_some_of_the_taken_released_still_a_part_of_the_taken() -> None:
    assert _combined("Four of the kidnapped surveyors were freed on Friday.") == [
        ("abducted", 4)]
