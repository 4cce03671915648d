"""Releases of the monthly and quarterly kind, read as an analyst reads them.

Each report under ``fixtures/tallies`` was written for these tests: a command's quarterly
summary of strikes in two countries, with a part told with the figure of its whole ("Eleven
of the 31 airstrikes") and two groups killed under one verb; an outlet's retelling of a
month's release in its own words, with no date of publication; a quarterly release with a
table of countries laid out in spaced columns; a later release revising one count of an
earlier month ("revised its figure for ... to 23 from the 19"); and a release whose parts by
country add up to more than its total.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Statement, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows


@pytest.mark.parametrize(
    ("name", "published", "expected", "period"),
    [
        (
            "command-q3-somalia-libya-self-defense", "2024-10-08",
            [("strikes", 31, ("SO", "LY"), None, None),
             ("strikes", 27, ("SO",), None, 31),
             ("strikes", 4, ("LY",), None, 31),
             ("strikes", 11, ("SO", "LY"), None, 31),
             ("killed", 58, ("SO",), "Al Shabaab", None),
             ("killed", 6, ("SO",), "Islamic State", None),
             ("killed", 9, ("LY",), "Islamic State", None)],
            ("2024-07-01", "2024-09-30"),
        ),
        (
            # no date of publication: the month's year is the one written with it
            "outlet-retells-november-missions", None,
            [("operations", 57, ("IQ", "SY"), None, None),
             ("operations", 41, ("SY",), None, 57),
             ("killed", 19, ("IQ", "SY"), "Islamic State", None),
             ("detained", 40, ("IQ", "SY"), "Islamic State", None)],
            ("2024-11-01", "2024-11-30"),
        ),
        (
            "task-force-january-parts-disagree", "2025-02-06",
            [("operations", 44, ("IQ", "SY"), None, None),
             ("operations", 30, ("IQ",), None, 44),
             ("operations", 16, ("SY",), None, 44),
             ("operations", 4, ("IQ", "SY"), None, 44),
             ("killed", 17, ("IQ", "SY"), "Islamic State", None),
             ("killed", 9, ("IQ",), "Islamic State", 17),
             ("killed", 8, ("SY",), "Islamic State", 17),
             ("detained", 29, ("IQ", "SY"), "Islamic State", None),
             ("detained", 18, ("IQ",), "Islamic State", 29),
             ("detained", 11, ("SY",), "Islamic State", 29)],
            ("2025-01-01", "2025-01-31"),
        ),
    ],
)
def test_tallies_release_counts_parts_and_period(
    name: str, published: str | None, expected: list[TallyRow], period: tuple[str, str]
) -> None:
    records = fixture_records("tallies", name, published)
    rows = [row for row in tally_rows(records) if row[1] != 0]  # (the nil civilian counts)
    assert rows == sorted(expected)
    assert {(t.period_start, t.period_end) for t in records
            if isinstance(t, Tally) and t.value} == {period}


def test_tallies_quarter_part_told_with_its_whole_is_of_its_kind() -> None:
    records = fixture_records("tallies", "command-q3-somalia-libya-self-defense", "2024-10-08")
    [part] = [t for t in records if isinstance(t, Tally) and t.value == 11]
    assert part.qualifier == "collective self-defense"
    # by country it sums to the 31; by kind only some are told
    assert sorted(c.verdict for c in records
                  if isinstance(c, Consistency) and c.total == 31) == ["consistent", "partial"]
    [statement] = [s for s in records if isinstance(s, Statement)]
    assert (statement.speaker, statement.organisation) == ("Lena Okafor", "US Africa Command")
    # the civilians of a count over two countries are of no one of them
    assert {(t.metric, t.party, tuple(t.area)) for t in records
            if isinstance(t, Tally) and t.value == 0} == {
        ("killed", "Civilians", ("SO", "LY")), ("wounded", "Civilians", ("SO", "LY"))}


def test_tallies_retold_release_without_a_date_keeps_the_year_written() -> None:
    records = fixture_records("tallies", "outlet-retells-november-missions", None)
    assert {t.date_basis for t in records if isinstance(t, Tally)} == {"stated"}


def test_tallies_table_of_countries_sums_and_points_at_its_cells() -> None:
    records = fixture_records("tallies", "ministry-quarter-country-table", "2024-07-02")
    tallies = [t for t in records if isinstance(t, Tally)]
    by_country = sorted((t.metric, int(t.value), tuple(t.area)) for t in tallies
                        if len(t.area) == 1 and t.value)
    assert by_country == sorted([
        ("operations", 41, ("ML",)), ("killed", 63, ("ML",)), ("detained", 22, ("ML",)),
        ("operations", 37, ("BF",)), ("killed", 48, ("BF",)), ("detained", 15, ("BF",)),
        ("operations", 18, ("NE",)), ("killed", 21, ("NE",)), ("detained", 9, ("NE",))])
    assert {(c.total, c.verdict) for c in records if isinstance(c, Consistency)} == {
        (96, "consistent"), (132, "consistent"), (46, "consistent")}
    for tally in tallies:
        if tally.value:
            # the figure's own cell, not the first characters of the text
            assert tally.evidence[0].text == str(tally.value)
    assert {(t.period_start, t.period_end, t.date_basis) for t in tallies} == {
        ("2024-04-01", "2024-06-30", "stated")}


def test_tallies_later_release_revising_a_count() -> None:
    records = fixture_records("tallies", "command-revises-october-killed", "2024-11-14")
    tallies = [t for t in records if isinstance(t, Tally)]
    killed = [t for t in tallies if t.metric == "killed"]
    # the figure it came to, not the 19 it replaces
    assert [(t.value, t.party, t.period_start) for t in killed] == [
        (23, "Al Shabaab", "2024-10-01")]
    # (not the 19 it replaces, nor the two strikes it looked into again)
    assert {(t.metric, t.value) for t in tallies} == {
        ("killed", 23), ("strikes", 14), ("caches", 2)}


def test_tallies_total_disagreeing_with_its_breakdown_is_reported() -> None:
    records = fixture_records("tallies", "task-force-january-parts-disagree", "2025-02-06")
    [mismatch] = [c for c in records if isinstance(c, Consistency) and c.verdict == "mismatch"]
    assert (mismatch.total, sorted(mismatch.parts), mismatch.parts_sum) == (44, [16, 30], 46)
    assert "46" in mismatch.explanation
