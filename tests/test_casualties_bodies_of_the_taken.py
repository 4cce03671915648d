"""The bodies of some of those taken or hurt before: "the bodies of two of the abducted
herders were found" tells two deaths; the participle says what befell them before, it is no
new abduction."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bodies of three of the abducted herders were found near Tolbek on Friday.",
     [("killed", 3, "herders")]),
    ("Villagers recovered the bodies of two of the kidnapped engineers in a ravine.",
     [("killed", 2, "engineers")]),
    ("The bodies of four of the abducted were found in a well.",
     [("killed", 4, None)]),
], ids=["abducted-people", "kidnapped-object", "participle-alone"])
def test_bodies_of_some_of_the_taken_are_deaths(
        text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert _counts(text) == expected


def test_some_of_the_taken_still_a_part_of_the_taken() -> None:
    # with no bodies, "two of the abducted" are some of those taken, told again
    assert _counts("Two of the abducted herders were released on Sunday.") == [
        ("abducted", 2, None)]
