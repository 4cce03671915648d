"""A person named first in a subject, then people told by that person: "Okafor and two of
his guards were wounded" is three, "Bello and another driver died" two, "In the raid,
Musa and his son were hurt" two. The possessive or "another" looks back to the name, so
the name counts; a place before a comma ("Jos, Nigeria, and two of his aides") is no
person, nor is a name that some other word governs."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str, kind: str) -> list[tuple[int | None, str | None]]:
    return [(m.count, m.party_text) for m in find_casualty_mentions(text) if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("On 3 June 2013, a bomb went off under a car in Maiduguri, Nigeria. Emeka Okafor and "
         "two of his guards were badly wounded in the blast.", "wounded",
         [(1, "Emeka Okafor"), (2, "guards")]),
        ("On 8 May 2014, gunmen fired on a minibus near Kano, Nigeria. Bello and another "
         "driver died at the scene.", "killed", [(1, "Bello"), (1, "driver")]),
        ("On 21 July 2012, militants raided a farm near Jos, Nigeria. In the raid, Musa and "
         "his son were injured.", "wounded", [(1, "Musa"), (1, "son")]),
        ("On 2 March 2015, a rocket hit a house in Zaranj, Afghanistan. Haji Karim and three "
         "of her sons were killed.", "killed", [(1, "Haji Karim"), (3, "sons")]),
    ],
    ids=["name-and-n-of-his", "name-and-another", "after-an-opening-phrase",
         "name-and-n-of-her"],
)
def test_the_name_counts(text: str, kind: str,
                         expected: list[tuple[int, str | None]]) -> None:
    assert _counts(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("On 5 April 2013, a blast hit a convoy near Jos, Nigeria, and two of his aides were "
         "hurt.", "wounded", [(2, "aides")]),
        ("On 5 April 2013, gunmen stopped a car sent by Okafor and two of his aides were "
         "hurt.", "wounded", [(2, "aides")]),
    ],
    ids=["place-before-a-comma", "name-governed-by-a-word"],
)
def test_no_name_counts(text: str, kind: str, expected: list[tuple[int, str | None]]) -> None:
    assert _counts(text, kind) == expected
