"""Parts of a week's counts by place, as translated releases word them: the fate's word before
its people, and the figures in brackets before their places ("the killed terrorists was
distributed by (5) in Anbar and (3) in Kirkuk, and the arrests (17) in Nineveh"). Each part
is of the count of its own fate, and the parts of each add up to it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Event, Tally

LEAD = ("The Joint Operations Command announced, today Saturday, the result of the operations "
        "of the past week, which resulted in the killing of (7) terrorists and the arrest of "
        "(20) wanted on terrorism charges.")


@pytest.mark.parametrize(
    ("parts", "killed", "detained"),
    [
        ("The command said that the killed terrorists was distributed by (4) in Anbar and (3) "
         "in Kirkuk, and the arrests (12) in Nineveh and (8) in Diyala.", [4, 3], [12, 8]),
        ("The command said that the killed terrorists were (4) in Anbar and (3) in Kirkuk.",
         [4, 3], []),
        ("The command said that the killed terrorists were 4 in Anbar and 3 in Kirkuk.",
         [4, 3], []),
    ],
)
def test_tallies_parts_by_place_after_the_fate(parts: str, killed: list[int],
                                               detained: list[int]) -> None:
    records = extract(f"{LEAD}\n\n{parts}", published="2024-06-08")
    found = {(c.total, tuple(c.parts), c.verdict) for c in records
             if isinstance(c, Consistency)}
    assert (7, tuple(killed), "consistent") in found, found
    if detained:
        assert (20, tuple(detained), "consistent") in found, found
    metrics = {(t.metric, t.value) for t in records if isinstance(t, Tally)}
    assert {("detained", v) for v in detained} <= metrics
    assert not {("killed", v) for v in detained} & metrics
    # the parts tell the week's counts, no incident of their own
    assert not [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # the fate's count in brackets with no place after it, then another count of it
        ("The Joint Operations Command said on Thursday that the security forces carried out "
         "31 operations during the past week, and the killed terrorists were (6), and the "
         "arrests (27), and 14 wanted were arrested in Nineveh and Kirkuk.",
         {("operations", 31), ("killed", 6), ("detained", 27), ("detained", 14)}),
        ("The command said the outcome of the week was as follows: the deaths (5); the "
         "arrests (19).", {("killed", 5), ("detained", 19)}),
    ],
)
def test_tallies_bracketed_count_after_its_fate_with_no_place(
        sentence: str, counts: set[tuple[str, int]]) -> None:
    records = extract(f"Results of the week\n\n{sentence}", published="2024-03-07")
    metrics = {(t.metric, int(t.value)) for t in records
               if isinstance(t, Tally) and t.value is not None}
    assert counts <= metrics, metrics
    # (the count told alone is no part of another)
    assert not [t for t in records if isinstance(t, Tally) and t.parent is not None]



def test_tallies_parts_by_place_after_the_fate_word_alone() -> None:
    # "the killed were (4) in Kirkuk": the fate's word with no people after it, told after a
    # count of operations, is no part of the operations
    text = (f"{LEAD}\n\nThe command said that the army and the police carried out (39) "
            "operation, and the killed were (4) in Anbar and (3) in Kirkuk.")
    records = extract(text, published="2024-06-08")
    found = {(c.metric, c.total, tuple(c.parts), c.verdict) for c in records
             if isinstance(c, Consistency)}
    assert ("killed", 7, (4, 3), "consistent") in found, found
    assert not [t for t in records if isinstance(t, Tally) and t.metric == "operations"
                and t.value in (3, 4)]
