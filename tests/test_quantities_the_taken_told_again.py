"""People told again by the participle of their taking ("killed the kidnapped traders",
"the abducted farmers were later shot dead") are as many as were taken, as "the hostages"
are."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


def _total(text: str) -> int | None:
    return total_fatalities(combine_casualties(find_casualty_mentions(text), text=text))


@pytest.mark.parametrize(("text", "total"), [
    ("Gunmen abducted four traders near Ashwa. They later killed the kidnapped traders.", 4),
    ("Three people were kidnapped by rebels. The rebels shot and killed the abducted people "
     "the next day.", 3),
    ("Bandits abducted five farmers from Ashwa. The abducted farmers were later killed.", 5),
])
def test_the_taken_told_again_are_as_many_as_were_taken(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text", [
    "Bandits abducted five farmers from Ashwa. Police later rescued the abducted farmers.",
    "Gunmen abducted three farmers. The kidnapped farmers were released on Monday.",
])
def test_the_taken_set_free_are_no_dead(text: str) -> None:
    assert _total(text) is None


@pytest.mark.parametrize(("text", "count"), [
    ("Rebels killed the farmers the next day.", None),
    ("Rebels killed two farmers the following morning.", 2),
    ("Rebels killed the two farmers the next day.", 2),
])
def test_a_time_after_the_people_is_no_part_of_them(text: str, count: int | None) -> None:
    assert [(m.kind, m.count) for m in find_casualty_mentions(text)] == [("killed", count)]
