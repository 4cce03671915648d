""""Many" before the noun of those hurt counts them ("Many villagers were killed": coded 10, as
ACLED codes "many"); "as many as" and "how many" stay what they were."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "kind", "count", "low"), [
    ("Many villagers were killed when raiders stormed the hamlet.", "killed", None, 10),
    ("Many traders were injured in the blast at the depot.", "wounded", None, 10),
    ("The raiders left and many herders were abducted on the road.", "abducted", None, 10),
    # "as many as" is a bound on the number after it, "many" no count of its own
    ("As many as 15 guards were killed in the raid.", "killed", 15, 15),
])
def test_quantities_many_counts_the_noun_after_it(
    text: str, kind: str, count: int | None, low: int
) -> None:
    found = [m for m in find_casualty_mentions(text) if m.kind == kind]
    assert [(m.count, m.low) for m in found] == [(count, low)]


@pytest.mark.parametrize("text", [
    "It is unclear how many guards were killed in the raid.",
    "Nobody knows how many herders were wounded in the clash.",
])
def test_quantities_how_many_is_no_count(text: str) -> None:
    assert find_casualty_mentions(text) == []
