"""Counts told month by month in one sentence, and a correction of one place's part.

The texts were written for these tests. "In March, it conducted 44, and in April 39" is two
parts, each of its own month, of a count over both months ("in March and April", one
stretch); "with 19 and 14 respectively. The correct figure for Diyala is 16." sets the part
of that place right, the whole then adding up; "the first four months of 2024" is January
to April, not the year.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Consistency, Event, Record, Tally


def _records(text: str, published: str) -> list[Record]:
    return RulePipeline()(document_from_text(text, doc_id="t", published=published))


def _rows(records: list[Record]) -> list[tuple[int, str | None, str | None, int | None]]:
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return [(int(t.value or 0), t.period_start, t.period_end,
             int(by_id[t.parent].value or 0) if t.parent else None) for t in tallies]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("U.S. Central Command said on Tuesday that partner forces conducted 83 operations "
         "against ISIS in Iraq in March and April. In March, it conducted 44, and in April 39.",
         "2024-05-07",
         [(83, "2024-03-01", "2024-04-30", None), (44, "2024-03-01", "2024-03-31", 83),
          (39, "2024-04-01", "2024-04-30", 83)]),
        ("The task force said it carried out 77 raids against ISIS in Syria during June and "
         "July. In June, it carried out 35 raids, while in July 42, the statement said.",
         "2023-08-04",
         [(77, "2023-06-01", "2023-07-31", None), (35, "2023-06-01", "2023-06-30", 77),
          (42, "2023-07-01", "2023-07-31", 77)]),
        ("Coalition and partner forces mounted 90 operations against ISIS in Iraq from "
         "September to October. In September, they mounted 41 and in October 49.",
         "2022-11-03",
         [(90, "2022-09-01", "2022-10-31", None), (41, "2022-09-01", "2022-09-30", 90),
          (49, "2022-10-01", "2022-10-31", 90)]),
        # figures that could be days ("and in April 19."): after "and in", a count
        ("U.S. Central Command said on Tuesday that partner forces conducted 43 operations "
         "against ISIS in Iraq in March and April. In March, it conducted 24, and in April 19.",
         "2024-05-07",
         [(43, "2024-03-01", "2024-04-30", None), (24, "2024-03-01", "2024-03-31", 43),
          (19, "2024-04-01", "2024-04-30", 43)]),
        ("The task force said it carried out 57 raids against ISIS in Syria during June and "
         "July. In June, it carried out 31 raids, while in July 26, the statement said.",
         "2023-08-04",
         [(57, "2023-06-01", "2023-07-31", None), (31, "2023-06-01", "2023-06-30", 57),
          (26, "2023-07-01", "2023-07-31", 57)]),
        # a translated release: "in the month of", "during the months of"
        ("The Joint Operations Command announced that the security forces carried out 71 "
         "operations against ISIS gangs during the months of January and February. In the "
         "month of January, it carried out 38, and in the month of February 33.",
         "2025-03-02",
         [(71, "2025-01-01", "2025-02-28", None), (38, "2025-01-01", "2025-01-31", 71),
          (33, "2025-02-01", "2025-02-28", 71)]),
    ],
)
def test_tallies_counts_month_by_month_are_parts_of_both_months(
    text: str, published: str, expected: list[tuple[int, str, str, int | None]]
) -> None:
    records = _records(text, published)
    assert sorted(_rows(records)) == sorted(expected)
    [check] = [c for c in records if isinstance(c, Consistency)]
    assert check.verdict == "consistent"


def test_tallies_a_count_alone_after_its_month_still_ends_its_sentence() -> None:
    # one month told with no other: a single count, none more
    records = _records("Partner forces conducted 52 operations against ISIS in Syria in May. "
                       "In May, U.S. forces alone conducted 9, the command said.", "2024-06-04")
    assert sorted(v for v, *_ in _rows(records)) == [9, 52]


def test_tallies_first_months_of_a_year_are_not_the_whole_year() -> None:
    records = _records("The ministry said security forces arrested 214 ISIS suspects in the "
                       "first four months of 2024.", "2024-05-02")
    [tally] = [r for r in records if isinstance(r, Tally)]
    assert (tally.period_start, tally.period_end) == ("2024-01-01", "2024-04-30")


@pytest.mark.parametrize(
    ("text", "published", "place", "parts"),
    [
        ("Iraqi security forces killed 35 ISIS militants in Kirkuk and Diyala during October, "
         "with 19 and 14 respectively, the Joint Operations Command said on Sunday. The "
         "correct figure for Diyala is 16.", "2024-11-03", "Diyala", [19, 16]),
        ("The Counter Terrorism Service detained 48 ISIS suspects in Nineveh and Anbar in "
         "August, 30 and 15 respectively, it said on Monday. The correct number for Nineveh "
         "province is 33.", "2023-09-04", "Nineveh", [33, 15]),
    ],
)
def test_tallies_a_correction_of_one_place_replaces_its_part(
    text: str, published: str, place: str, parts: list[int]
) -> None:
    records = _records(text, published)
    tallies = [r for r in records if isinstance(r, Tally)]
    whole = next(t for t in tallies if t.parent is None)
    assert sorted(int(t.value or 0) for t in tallies if t.parent == whole.tally_id) == sorted(
        parts)
    [check] = [c for c in records if isinstance(c, Consistency)]
    assert (check.verdict, check.total) == ("consistent", whole.value)
    assert not [r for r in records if isinstance(r, Event)]


def test_tallies_a_correction_of_a_place_not_counted_is_no_count() -> None:
    # a correction for a place the breakdown does not name replaces no part and adds none
    records = _records(
        "Iraqi security forces killed 35 ISIS militants in Kirkuk and Diyala during October, "
        "with 19 and 16 respectively, the Joint Operations Command said on Sunday. The "
        "correct figure for Anbar is 4.", "2024-11-03")
    values = sorted(int(t.value or 0) for t in records if isinstance(t, Tally))
    assert values == [16, 19, 35]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "and in Syria 42": the next place's count of the same noun, left out
        ("U.S. Central Command said partner forces carried out 112 operations against ISIS in "
         "Iraq and Syria in February and March. In Iraq, they conducted 70 operations, and in "
         "Syria 42.", "2024-04-03",
         [(112, "2024-02-01", "2024-03-31", None), (70, "2024-02-01", "2024-03-31", 112),
          (42, "2024-02-01", "2024-03-31", 112)]),
        # after the months of the first country's count, the second country's count and its
        # own months
        ("The command said forces carried out 95 raids against ISIS in Iraq and Syria in "
         "June and July. In Iraq, they carried out 58 raids, 25 in June and 33 in July, and "
         "in Syria 37, 16 in June and 21 in July.", "2023-08-05",
         [(95, "2023-06-01", "2023-07-31", None), (58, "2023-06-01", "2023-07-31", 95),
          (25, "2023-06-01", "2023-06-30", 58), (33, "2023-07-01", "2023-07-31", 58),
          (37, "2023-06-01", "2023-07-31", 95), (16, "2023-06-01", "2023-06-30", 37),
          (21, "2023-07-01", "2023-07-31", 37)]),
    ],
)
def test_tallies_counts_place_by_place_with_the_noun_left_out(
    text: str, published: str, expected: list[tuple[int, str, str, int | None]]
) -> None:
    records = _records(text, published)
    assert sorted(_rows(records)) == sorted(expected)
    assert {c.verdict for c in records if isinstance(c, Consistency)} == {"consistent"}


def test_tallies_a_day_told_on_stays_a_day() -> None:
    # "on July 26" tells the day of a raid, no count of July
    records = _records("The task force said it carried out 57 raids against ISIS in Syria "
                       "during June and July. A senior ISIS official was captured in one "
                       "of the raids on July 26.", "2023-08-04")
    assert sorted(int(t.value or 0) for t in records if isinstance(t, Tally)) == [57]
