"""Parts told inside a counted subject ("12 people, including five civilians, were killed")
are carved out of the total; the rest of a total told apart from its civilians is of no
known side."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(
    ("text", "expected", "total"),
    [
        ("At least 14 people, including six civilians, were killed when the two groups "
         "exchanged fire near the market.",
         [("killed", "civilians", 6), ("killed", None, 8)], 14),
        ("Nine people, among them three police officers, were wounded in the blast.",
         [("wounded", "police officers", 3), ("wounded", "people", 6)], None),
        ("Eleven persons, including four civilians, died in the shelling of the town.",
         [("killed", "civilians", 4), ("killed", None, 7)], 11),
        # a part that is no civilian leaves the rest as the people they are
        ("Seven people, including two children, were killed in the raid.",
         [("killed", "children", 2), ("killed", "people", 5)], 7),
    ],
)
def test_casualties_parts_of_the_subject_are_carved_out(
    text: str, expected: list[tuple[str, str | None, int]], total: int | None
) -> None:
    combined = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    assert [(c.kind, c.party, c.count) for c in combined] == expected
    assert total_fatalities(combined) == total
