"""The same armed men told twice under two words for them ("militants", then "terrorists" in
the spokesman's quote) are counted once; a count said to be of more people ("also",
"another", "a separate raid") or of another number adds."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> list[int | None]:
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    return sorted(c.count for e in events if not e.background for c in e.casualties
                  if c.kind == "killed")


@pytest.mark.parametrize(("text", "expected"), [
    ("Iraqi forces killed 9 militants in an operation in Salahuddin on Tuesday, the Joint "
     "Operations Command said. \"Our forces killed 9 terrorists,\" the spokesman said.", [9]),
    ("Security forces killed seven insurgents in a raid near Mosul on Monday. The statement "
     "said the troops killed seven terrorists hiding in a tunnel.", [7]),
    ("Troops killed 15 terrorists during a sweep in the Makhoul mountains on Sunday. "
     "\"The heroes of our army killed 15 militants,\" the military spokesman said.", [15]),
    ("Iraqi counter-terrorism forces killed five jihadists near Kirkuk on Wednesday. "
     "\"We killed five extremists in their den,\" a commander told reporters.", [5]),
])
def test_same_count_of_armed_men_under_another_word_is_told_once(
        text: str, expected: list[int]) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iraqi forces killed 9 militants in Salahuddin on Tuesday. Iraqi forces also killed "
     "9 terrorists in Diyala on Tuesday.", [9, 9]),
    ("Security forces killed seven insurgents near Mosul on Monday. In a separate raid, "
     "troops killed seven terrorists near Mosul on Monday.", [7, 7]),
    ("Security forces killed seven insurgents near Mosul on Monday. Troops killed another "
     "seven terrorists near Mosul on Monday.", [7, 7]),
    ("Iraqi forces killed 9 militants in Salahuddin on Tuesday. \"Our forces killed 11 "
     "terrorists,\" the spokesman said.", [9, 11]),
])
def test_more_people_or_another_count_adds(text: str, expected: list[int]) -> None:
    assert _killed(text) == expected
