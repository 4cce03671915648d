"""Tallies of a year or a month told with their parts in other shapes: the past month's
counts of each force below a year's, a list of ranks parted by commas, a correction at the
foot of a retelling that revises "that number", a table scraped to text whose columns
ran together into spaces, and a month's count compared with the month before and followed
by shares of it.

Each report under ``fixtures/tallies`` was written for these tests.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows

CASES: dict[str, tuple[str | None, list[TallyRow], dict[int, str]]] = {
    # the year's counts are of both countries its month's parts below are told for, not of
    # the first part's alone; each part is of the year's count of its kind
    "cjtf-so-far-this-year-past-month-by-force": (
        None,
        [("detained", 35, ("SY",), "Islamic State", 230),
         ("detained", 230, ("IQ", "SY"), "Islamic State", None),
         ("killed", 8, ("IQ",), "Islamic State", 64),
         ("killed", 64, ("IQ", "SY"), "Islamic State", None)],
        {64: "partial", 230: "partial"},
    ),
    # "revised that number to 25" after "An earlier version ... said partner forces detained
    # 22": the 22 detained are 25, the four operations of the Peshmerga stay four
    "k24-correction-foot-revised-that-number": (
        "2023-12-05",
        [("detained", 25, ("IQ",), "Islamic State", None),
         ("killed", 16, ("IQ",), "Islamic State", None),
         ("operations", 4, ("IQ",), None, 21),
         ("operations", 21, ("IQ",), None, None)],
        {21: "partial"},
    ),
    # "among them 7 leaders, 12 fighters and 8 facilitators": three parts, the middle one
    # after a comma alone, summing to the 27
    "oir-august-detained-by-rank-comma-list": (
        None,
        [("detained", 7, ("SY",), "Islamic State", 27),
         ("detained", 8, ("SY",), "facilitators", 27),
         ("detained", 12, ("SY",), "Islamic State", 27),
         ("detained", 27, ("SY",), "Islamic State", None),
         ("operations", 19, ("SY",), None, None)],
        {27: "consistent"},
    ),
    # "Iraq 14 9 3" under "Country Operations Killed Detained": each figure counted as its
    # column says, the "Total" row of both countries, the rows its parts; "Killed" and
    # "Detained" alone are of the group the operations were against ("against Daesh")
    "cjtf-september-table-spaced-columns": (
        None,
        [("detained", 0, ("SY",), "Islamic State", 3),
         ("detained", 3, ("IQ",), "Islamic State", 3),
         ("detained", 3, ("IQ", "SY"), "Islamic State", None),
         ("killed", 2, ("SY",), "Islamic State", 11),
         ("killed", 9, ("IQ",), "Islamic State", 11),
         ("killed", 11, ("IQ", "SY"), "Islamic State", None),
         ("operations", 6, ("SY",), None, 20),
         ("operations", 14, ("IQ",), None, 20),
         ("operations", 20, ("IQ", "SY"), None, None)],
        {20: "consistent", 11: "consistent", 3: "consistent"},
    ),
    # "up from 31 in January": the month before's count of its own; "More than half of
    # them were detained in ..." and "Nearly 30 percent of those held were ..." are shares
    "anha-february-up-from-january-shares": (
        None,
        [("detained", 31, ("SY",), "Islamic State", None),
         ("detained", 46, ("SY",), "Islamic State", None)],
        {},
    ),
    # "Of the 38 operations, 4 were U.S.-only strikes, the rest in partnered operations":
    # the four are US-only operations of the 38, the partnered rest the other 34; the 22 of
    # Iraq another breakdown, by country
    "centcom-july-us-only-rest-partnered": (
        "2024-08-06",
        [("detained", 33, ("IQ", "SY"), "Islamic State", None),
         ("killed", 11, ("IQ",), "Islamic State", 19),
         ("killed", 19, ("IQ", "SY"), "Islamic State", None),
         ("operations", 4, ("IQ", "SY"), None, 38),
         ("operations", 34, ("IQ", "SY"), None, 38),
         ("operations", 22, ("IQ",), None, 38),
         ("operations", 38, ("IQ", "SY"), None, None)],
        {38: "partial", 19: "partial"},
    ),
    # "The arrests included 118 in Nineveh, 74 in Kirkuk and 55 in Anbar": parts by
    # province of the quarter's 312 detained, no arrest of their own
    "xinhua-first-quarter-arrests-included-rest": (
        None,
        [("detained", 55, ("IQ",), "Islamic State", 312),
         ("detained", 74, ("IQ",), "Islamic State", 312),
         ("detained", 118, ("IQ",), "Islamic State", 312),
         ("detained", 312, ("IQ",), "Islamic State", None),
         ("killed", 47, ("IQ",), "Islamic State", None)],
        {312: "partial"},
    ),
    # "including 487 in northern Iraq and 612 in northern Syria. The rest were neutralised
    # inside Turkey": the year's count is of Turkey too, which has no figure; the parts
    # leave some of it out, they do not fall short of it
    "aa-year-rest-inside-own-country": (
        None,
        [("killed", 487, ("IQ",), "Unidentified Armed Group (Iraq)", 1240),
         ("killed", 612, ("SY",), "Unidentified Armed Group (Syria)", 1240),
         ("killed", 1240, ("IQ", "SY", "TR"), "Unidentified Armed Group", None)],
        {1240: "partial"},
    ),
    # "during fiscal year 2023": the command's strikes and their dead over the year, and
    # none of the civilians, not an air strike on the day the command told them
    "africom-fiscal-year-strikes": (
        None,
        [("killed", 0, ("SO",), "Civilians (Somalia)", None),
         ("killed", 143, ("SO",), "Al Shabaab", None),
         ("strikes", 17, ("SO",), None, None),
         ("wounded", 0, ("SO",), "Civilians (Somalia)", None)],
        {},
    ),
    # "Of those killed, 198 died in ground operations in Hiraan, ... and 114 in airstrikes
    # carried out with international partners": the half year's dead by how they died, the
    # second of the country, not of the last province the first names
    "sonna-half-year-ground-and-air-parts": (
        None,
        [("killed", 114, ("SO",), "Al Shabaab", 312),
         ("killed", 198, ("SO",), "Al Shabaab", 312),
         ("killed", 312, ("SO",), "Al Shabaab", None)],
        {312: "consistent"},
    ),
    # "Of these, 142 were killed in Khyber Pakhtunkhwa, while 51 were sent to hell in
    # Balochistan": the release's word for the killed, the second part of the 193
    "ispr-november-sent-to-hell": (
        None,
        [("killed", 7, ("PK",), "Military Forces of Pakistan", 36),
         ("killed", 36, ("PK",), "Military Forces of Pakistan", None),
         ("killed", 51, ("PK",), "khwarij", 193),
         ("killed", 142, ("PK",), "khwarij", 193),
         ("killed", 193, ("PK",), "khwarij", None),
         ("operations", 4021, ("PK",), None, None)],
        {193: "consistent", 36: "partial"},
    ),
    # "Operation Inherent Resolve | Iraq | Syria | Total" over "Daesh killed | 4 | 9 | 13": a
    # table laid the other way, each figure of its row's kind and its column's country
    "oir-february-table-countries-as-columns": (
        None,
        [("detained", 21, ("IQ",), "Islamic State", 51),
         ("detained", 30, ("SY",), "Islamic State", 51),
         ("detained", 51, ("IQ", "SY"), "Islamic State", None),
         ("killed", 4, ("IQ",), "Islamic State", 13),
         ("killed", 9, ("SY",), "Islamic State", 13),
         ("killed", 13, ("IQ", "SY"), "Islamic State", None),
         ("operations", 17, ("IQ",), None, 40),
         ("operations", 23, ("SY",), None, 40),
         ("operations", 40, ("IQ", "SY"), None, None)],
        {40: "consistent", 13: "consistent", 51: "consistent"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, _, _) in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_wholes_retold_and_tabled_tallies(extracted: dict[str, list[Record]],
                                          name: str) -> None:
    _, rows, verdicts = CASES[name]
    records = extracted[name]
    assert tally_rows(records) == sorted(rows)
    got = {int(c.total): c.verdict for c in records if isinstance(c, Consistency)}
    assert got == verdicts


def test_wholes_retold_and_tabled_year_and_month_periods(
        extracted: dict[str, list[Record]]) -> None:
    periods = {(t.metric, int(t.value)): (t.period_start, t.period_end)
               for t in extracted["cjtf-so-far-this-year-past-month-by-force"]
               if isinstance(t, Tally)}
    assert periods[("killed", 64)][0] == "2024-01-01"
    assert periods[("killed", 8)] == ("2024-05-01", "2024-05-31")


@pytest.mark.parametrize("name", [
    # a release of a month's results, its table read as tallies: no battle in Baghdad
    "cjtf-september-table-spaced-columns",
    # where more than half of the month's detainees were held: no arrest on the day told
    "anha-february-up-from-january-shares",
    # the quarter's arrests by province: no arrest in Kirkuk
    "xinhua-first-quarter-arrests-included-rest",
    # a fiscal year's strikes: no strike on the day they were told
    "africom-fiscal-year-strikes",
    # a month's table by country in columns: no attack in Baghdad
    "oir-february-table-countries-as-columns",
])
def test_wholes_retold_and_tabled_no_incident(extracted: dict[str, list[Record]],
                                              name: str) -> None:
    assert not [r for r in extracted[name] if isinstance(r, Event)]


def test_wholes_retold_and_tabled_two_months_compared(
        extracted: dict[str, list[Record]]) -> None:
    periods = {int(t.value): (t.period_start, t.period_end)
               for t in extracted["anha-february-up-from-january-shares"]
               if isinstance(t, Tally)}
    assert periods == {46: ("2024-02-01", "2024-02-29"), 31: ("2024-01-01", "2024-01-31")}


@pytest.mark.parametrize("published", [None, "2023-11-08"])
def test_wholes_retold_and_tabled_tally_retold_in_a_story_of_a_strike(
        published: str | None) -> None:
    # A story of a drone strike "late on Tuesday, killing two drivers and wounding three
    # others" that retells the coalition's October counts in a paragraph: the strike is the
    # story's incident, whether or not the day of the story is known, and the tallies are
    # the coalition's October counts alone.
    records = fixture_records("tallies", "reuters-drone-story-retells-october-tally",
                              published)
    assert [(m, v) for m, v, *_ in tally_rows(records)] == [
        ("detained", 17), ("killed", 9), ("operations", 23)]
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.sub_event_type == "air_drone_strike"
    assert event.location is not None and event.location.country == "IQ"
    assert sorted((c.kind, c.count) for c in event.casualties) == [
        ("killed", 2), ("wounded", 3)]
    if published is not None:
        assert (event.date_start, event.date_end) == ("2023-11-07", "2023-11-07")
        assert {(t.period_start, t.period_end) for t in records if isinstance(t, Tally)} == {
            ("2023-10-01", "2023-10-31")}


def test_wholes_retold_and_tabled_us_only_part(extracted: dict[str, list[Record]]) -> None:
    [part] = [t for t in extracted["centcom-july-us-only-rest-partnered"]
              if isinstance(t, Tally) and t.metric == "operations" and t.value == 4]
    assert part.qualifier == "US-only"
    # "the rest in partnered operations": the other 34, partnered, so the kinds add up
    [rest] = [t for t in extracted["centcom-july-us-only-rest-partnered"]
              if isinstance(t, Tally) and t.metric == "operations" and t.value == 34]
    assert rest.qualifier == "partnered"
    [finding] = [c for c in extracted["centcom-july-us-only-rest-partnered"]
                 if isinstance(c, Consistency) and int(c.total) == 38
                 and [int(v) for v in c.parts] == [4, 34]]
    assert finding.verdict == "consistent"
    # the 34 is the whole less the 4, not a figure the release gives, and the finding says so
    assert "names the rest" in finding.explanation
    assert "34 partnered (the rest, by subtraction)" in finding.explanation


@pytest.mark.parametrize(("name", "total", "note"), [
    ("aa-year-rest-inside-own-country", 1240, "no figure is given for TR"),
    # "while the rest were made in Salahuddin and Diyala": the provinces with no figure
    ("xinhua-first-quarter-arrests-included-rest", 312,
     "no figure is given for Salah ad Din, Diyala"),
])
def test_wholes_retold_and_tabled_rest_with_no_figure(
        extracted: dict[str, list[Record]], name: str, total: int, note: str) -> None:
    [finding] = [c for c in extracted[name]
                 if isinstance(c, Consistency) and int(c.total) == total]
    assert finding.explanation.endswith(note)


def test_wholes_retold_and_tabled_fiscal_year(extracted: dict[str, list[Record]]) -> None:
    # the US government's year: October to September, ending in the year it is named by
    assert {(t.period_start, t.period_end) for t in extracted["africom-fiscal-year-strikes"]
            if isinstance(t, Tally)} == {("2022-10-01", "2023-09-30")}


def test_wholes_retold_and_tabled_quarter_by_its_code() -> None:
    # "in Q1 2024, a 35 percent increase over the previous quarter": the quarter's counts,
    # the share of the increase no count, and no battle on the day the release was told
    records = fixture_records("tallies", "cjtf-q1-code-percent-increase", None)
    tallies = {(t.metric, int(t.value)): (t.period_start, t.period_end)
               for t in records if isinstance(t, Tally) and not t.parent}
    assert tallies == {("operations", 58): ("2024-01-01", "2024-03-31"),
                       ("killed", 21): ("2024-01-01", "2024-03-31"),
                       ("detained", 64): ("2024-01-01", "2024-03-31")}
    assert not [r for r in records if isinstance(r, Event)]
