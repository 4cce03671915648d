"""A later release that corrects a month's counts, under ``fixtures/tallies``, written for
these tests: "on Aug. 14 corrected its July operations summary" (the day counts nothing),
"The number of ISIS operatives killed in Syria in July was 13, not 11 as previously
reported" (a count told by "was") and "The total number killed in Iraq and Syria was
therefore revised from 24 to 26" (the people left out)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Event, Tally
from tests.conftest import fixture_records, tally_rows


def test_corrected_month_counts_and_their_check() -> None:
    records = fixture_records("tallies", "centcom-corrects-july-was-not-as-reported",
                              "2024-08-14")
    assert tally_rows(records) == sorted([
        ("killed", 13, ("SY",), "Islamic State", 26),
        ("killed", 26, ("IQ", "SY"), "Islamic State", None)])
    tallies = [r for r in records if isinstance(r, Tally)]
    assert {(t.reporter, t.period_start, t.period_end) for t in tallies} == {
        ("US Central Command", "2024-07-01", "2024-07-31")}
    assert [(c.total, c.parts, c.verdict) for c in records if isinstance(c, Consistency)] == [
        (26, [13], "partial")]
    # a release of counts: no battle over the month, no "operations" of the day's date
    assert [r for r in records if isinstance(r, Event)] == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The number of ISIS members detained in Iraq during May was 31, the command said.",
         ("detained", 31, "IQ")),
        ("The total number detained in Syria in May was revised from 17 to 19.",
         ("detained", 19, "SY")),
    ],
)
def test_tallies_count_told_by_was_or_with_its_people_left_out(
        sentence: str, count: tuple[str, int, str]) -> None:
    text = ("Command updates May figures\n\nU.S. Central Command on June 20 updated its May "
            f"summary of operations against ISIS.\n\n{sentence}\n")
    tallies = [r for r in extract(text, published="2024-06-20") if isinstance(r, Tally)]
    assert [(t.metric, int(t.value or 0), t.area[0]) for t in tallies] == [count]
    assert (tallies[0].period_start, tallies[0].period_end) == ("2024-05-01", "2024-05-31")


@pytest.mark.parametrize("day", ["Aug. 14", "March 3", "Sept. 9"])
def test_tallies_day_of_a_date_is_no_count_of_operations(day: str) -> None:
    text = (f"Command corrects summary\n\nU.S. Central Command on {day} corrected its July "
            "operations summary.\n")
    assert not [r for r in extract(text, published="2024-09-20") if isinstance(r, Tally)]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("The number of arrests, 48, was unchanged.", "detained", 48),
        ("The number of deaths, 17, remains as previously reported.", "killed", 17),
    ],
)
def test_tallies_count_a_revision_keeps_told_by_its_noun(sentence: str, metric: str,
                                                         value: int) -> None:
    text = ("CENTCOM raises March toll\n\nThe US Central Command on Friday revised the number "
            "of ISIS fighters captured in Iraq and Syria in March to 21.\n\n" + sentence + "\n")
    tallies = [r for r in extract(text, published="2024-04-12") if isinstance(r, Tally)]
    kept = [t for t in tallies if t.value == value]
    assert [(t.metric, t.period_start, t.period_end) for t in kept] == [
        (metric, "2024-03-01", "2024-03-31")]
