"""Counts joined by "and" that the reader once cut short: a number written in words with
"and" inside it ("One hundred and twelve soldiers were killed" is one count of 112, not 12;
"one hundred and twenty-one" one of 121), and people
named by a noun that is itself a casualty word joined to others before one verb
("Thirty-nine hostages and 29 assailants were killed" is 68, not 29)."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions
from tests.records_factory import casualty_total


@pytest.mark.parametrize(("text", "kind", "total"), [
    ("One hundred and twelve soldiers were killed in the attack on the base.", "killed", 112),
    ("Two hundred and forty villagers were abducted by the gunmen.", "abducted", 240),
    ("Police said one thousand and five protesters were detained.", "detained", 1005),
    ("One hundred and twenty-one assailants were killed in the fighting.", "killed", 121),
])
def test_a_number_in_words_reads_through_its_and(text: str, kind: str, total: int) -> None:
    found = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    assert [c.count for c in found if c.kind == kind] == [total]


@pytest.mark.parametrize(("text", "total"), [
    ("Thirty-nine hostages and 29 assailants were killed during the four-day siege.", 68),
    ("Six hostages and two gunmen died when troops stormed the building.", 8),
])
def test_hostages_joined_to_others_before_the_verb_are_counted(text: str,
                                                               total: int) -> None:
    assert casualty_total(text, "killed") == total


@pytest.mark.parametrize(("text", "total"), [
    # the words of another fate's phrase are still no one joined to the count after them
    ("The two officers paid the ultimate price and five others were injured.", 5),
])
def test_another_fates_words_join_no_one(text: str, total: int) -> None:
    assert casualty_total(text, "wounded") == total
