"""A possessive before a count in digits: "killing her and her 3 children" counts the
children, as "her three children" does; "her" is no person there."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


def _total(text: str) -> int | None:
    return total_fatalities(combine_casualties(find_casualty_mentions(text), text=text))


@pytest.mark.parametrize(("text", "total"), [
    ("A mortar round hit a house in Belo, killing her and her 3 children.", 4),
    ("Gunmen stormed the farm, killing the farmer and his 2 sons.", 3),
    ("Gunmen stormed the farm, killing her 2 brothers.", 2),
])
def test_a_possessive_before_a_count_in_digits(text: str, total: int) -> None:
    assert _total(text) == total
