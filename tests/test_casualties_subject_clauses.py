"""A counted subject told more of before its verb: a clause with "that" ("four pupils that
were eating supper were injured"), a participle with its object ("three guards protecting
the dam were wounded") or "on board" ("nine civilians on board the ferry were injured")
leaves the count with the people, not with what the words after them name; so does a
copula ("the victim was a retired clerk and was shot dead": the victim)."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


def _counts(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Four pupils that were eating supper in the hall were injured when the shell landed.",
     [("wounded", 4, "pupils")]),
    ("A cashier that was inside the van was injured in the blast.",
     [("wounded", 1, "cashier")]),
    ("Three guards protecting the dam were wounded when the mine exploded.",
     [("wounded", 3, "guards")]),
    ("Nine civilians on board the ferry were injured in the attack.",
     [("wounded", 9, "civilians")]),
    ("Eleven pilgrims travelling to the shrine were killed when the bus was ambushed.",
     [("killed", 11, "pilgrims")]),
], ids=["that-were", "that-was", "participle-with-object", "on-board", "participle-to"])
def test_counted_subject_before_its_clause(text: str, expected: list[tuple[str, int, str]]
                                           ) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "missing" is no participle of the people before it: the 20 are the rebels killed
    ("Two rangers were hurt and two went missing while 20 rebels were killed in the clash.",
     [("wounded", 2, "rangers"), ("killed", 20, "rebels")]),
    ("Officials said that six miners were killed in the collapse.",
     [("killed", 6, "miners")]),
], ids=["missing-is-no-participle", "that-after-said"])
def test_other_words_before_a_subject(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The victim was a retired clerk and was shot dead outside the bank.",
     [("killed", 1, "victim")]),
    ("The second man was a shepherd and was killed by a stray shell.",
     [("killed", 1, "man")]),
], ids=["victim-was-a-clerk", "man-was-a-shepherd"])
def test_the_subject_before_a_copula_is_the_one_counted(
        text: str, expected: list[tuple[str, int, str]]) -> None:
    # what the victim was ("a retired clerk") is no second person
    assert [x for x in _counts(text) if x[0] == "killed"] == expected
