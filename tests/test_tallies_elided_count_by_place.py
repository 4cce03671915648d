"""A count with no noun of its own, told place by place.

"Coalition forces conducted 41 operations against ISIS in Iraq and Syria in May 2022. In
Iraq, it conducted 26, and in Syria 15.": 26 and 15 are counts of operations, each of its
own country, and parts of the 41.
"""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Consistency, Tally

TEXT = ("Task force monthly summary\n\n"
        "AMMAN - Coalition forces conducted 41 operations against ISIS in Iraq and Syria in "
        "May 2022, the task force said on Thursday. In Iraq, it conducted 26, and in "
        "Syria 15. The operations killed 9 ISIS fighters.")


def test_each_place_s_count_of_the_noun_before() -> None:
    records = extract(TEXT, published="2022-06-02")
    tallies = [t for t in records if isinstance(t, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    rows = sorted((t.metric, t.value, tuple(t.area),
                   by_id[t.parent].value if t.parent else None)
                  for t in tallies if t.metric == "operations")
    assert rows == [("operations", 15, ("SY",), 41), ("operations", 26, ("IQ",), 41),
                    ("operations", 41, ("IQ", "SY"), None)]
    assert {c.total: c.verdict for c in records if isinstance(c, Consistency)} == {
        41: "consistent"}


def test_a_place_with_no_figure_after_it_goes_on_with_nothing() -> None:
    text = TEXT.replace("and in Syria 15.", "and in Syria it held the line.")
    tallies = [t for t in extract(text, published="2022-06-02")
               if isinstance(t, Tally) and t.metric == "operations"]
    assert sorted(t.value for t in tallies) == [41]
