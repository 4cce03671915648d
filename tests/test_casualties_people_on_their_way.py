"""People told with where they were going ("killed a farmer coming home from the fields",
"two guards walking back to their post", "a couple heading out of town") are counted; the
participle of going ends the phrase that names them."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _killed(text: str) -> list[tuple[int | None, str | None]]:
    return [(m.count, m.party_text) for m in find_casualty_mentions(text)
            if m.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot and killed a farmer coming home from the fields near Yala.",
         [(1, "farmer")]),
        ("Militants killed two guards walking back to their post in Pattani.",
         [(2, "guards")]),
        ("Gunmen shot dead an elderly couple heading out of town on a motorbike.",
         [(2, "elderly couple")]),
    ],
    ids=["coming-home", "walking-back", "couple-heading-out"],
)
def test_people_on_their_way_are_counted(text: str,
                                         expected: list[tuple[int, str | None]]) -> None:
    assert _killed(text) == expected
