"""Counts by month told with the count over the whole period, in one sentence or in turn."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Consistency, Tally


def _read(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    records = eventcoder.extract(text, published=published)
    return ([r for r in records if isinstance(r, Tally)],
            [r for r in records if isinstance(r, Consistency)])


def _by_value(tallies: list[Tally]) -> dict[int, Tally]:
    return {t.value: t for t in tallies if t.value is not None}


def test_first_month_after_a_colon_keeps_its_own_month() -> None:
    tallies, findings = _read(
        "Allied units carried out 61 raids in Somalia in the second quarter of 2021: 17 in"
        " April, 19 in May and 25 in June.", "2021-07-09")
    by = _by_value(tallies)
    assert (by[17].period_start, by[17].period_end) == ("2021-04-01", "2021-04-30")
    assert (by[61].period_start, by[61].period_end) == ("2021-04-01", "2021-06-30")
    assert [(f.total, f.parts_sum, f.verdict) for f in findings] == [(61, 61, "consistent")]


def test_months_after_a_dash_are_parts_of_the_quarter() -> None:
    tallies, findings = _read(
        "Allied units carried out 61 raids in Somalia in the second quarter of 2021 - 17 in"
        " April, 19 in May and 25 in June.", "2021-07-09")
    assert _by_value(tallies)[17].period_end == "2021-04-30"
    assert [(f.total, f.parts_sum, f.verdict) for f in findings] == [(61, 61, "consistent")]


def test_months_after_with_break_down_the_count_told_first() -> None:
    tallies, findings = _read(
        "Allied units carried out 58 raids in Somalia in the second quarter of 2021, with 17"
        " in April, 19 in May and 25 in June.", "2021-07-09")
    by = _by_value(tallies)
    assert by[17].parent == by[58].tally_id
    assert by[25].parent == by[58].tally_id
    assert [(f.total, f.parts_sum, f.verdict) for f in findings] == [(58, 61, "mismatch")]


def test_a_count_told_before_the_whole_is_no_part_of_it() -> None:
    # the months come first and the year's count after them, in the same sentence: only
    # a whole told before its months is read as broken down by them here
    tallies, _ = _read(
        "Allied units carried out 17 raids in Somalia in April 2021 and 19 in May, out of"
        " 150 raids that year.", "2021-07-09")
    by = _by_value(tallies)
    assert by[17].parent != by[150].tally_id


def test_month_at_the_head_of_the_next_clause_is_its_count_s() -> None:
    tallies, _ = _read(
        "In April 2021, allied units carried out 17 raids in Somalia. In May, they carried"
        " out 19 raids, and in June, 23 raids.", "2021-07-09")
    by = _by_value(tallies)
    assert (by[19].period_start, by[19].period_end) == ("2021-05-01", "2021-05-31")
    assert (by[23].period_start, by[23].period_end) == ("2021-06-01", "2021-06-30")


def test_a_year_after_the_month_and_a_comma_stays_with_the_month() -> None:
    tallies, _ = _read(
        "Allied units carried out 17 raids in Somalia in April, 2021, 19 in May and 23 in"
        " June.", "2021-07-09")
    by = _by_value(tallies)
    assert (by[17].period_start, by[17].period_end) == ("2021-04-01", "2021-04-30")
    assert (by[19].period_start, by[19].period_end) == ("2021-05-01", "2021-05-31")


def test_bulleted_rows_of_a_place_and_a_figure_are_parts_of_the_count_above() -> None:
    tallies, findings = _read(
        "Kenyan troops killed 15 al-Shabaab fighters in Kenya in March 2021:\n- Lamu: 6\n"
        "- Mandera: 9\n", "2021-04-03")
    by = _by_value(tallies)
    assert by[6].metric == "killed" and by[6].parent == by[15].tally_id
    assert by[9].parent == by[15].tally_id
    assert [(f.total, f.parts_sum, f.verdict) for f in findings] == [(15, 15, "consistent")]


def test_bulleted_rows_of_a_figure_in_a_place_are_parts_too() -> None:
    tallies, findings = _read(
        "Kenyan troops killed 15 al-Shabaab fighters in Kenya in March 2021:\n- 6 in Lamu\n"
        "- 7 in Mandera\n", "2021-04-03")
    by = _by_value(tallies)
    assert by[7].parent == by[15].tally_id
    assert [(f.total, f.parts_sum, f.verdict) for f in findings] == [(15, 13, "partial")]


def test_a_bare_row_with_no_bullet_or_no_list_above_counts_nothing() -> None:
    # the gate: a row is read only when a bullet opens it and a colon closes the line above
    tallies, _ = _read(
        "Kenyan troops killed 15 al-Shabaab fighters in Kenya in March 2021.\n- Lamu: 6\n",
        "2021-04-03")
    assert sorted(t.value for t in tallies) == [15]
    tallies, _ = _read(
        "Kenyan troops killed 15 al-Shabaab fighters in Kenya in March 2021:\nLamu: 6\n",
        "2021-04-03")
    assert 6 not in {t.value for t in tallies}
