"""A command's periodic figures in three more shapes, each under ``fixtures/tallies``,
written for these tests: a quarter's rows of labelled figures split by slashes ("Iraq:
Operations: 71 / ISIS killed: 22 / Detained: 35", then "Total: ..."), the fate told alone
("Detained") of the people the row named before; a wire agency's retelling under a scraped
header that gives the month's total and one country's part only ("In Iraq alone, 11 IS
militants were killed", the group by its capitals "IS") and quotes the commander ("...,
was quoted as saying"); and a week of partner forces' operations in Syria (the SDF) and in
Iraq (the ISF), each country's counts told in its own sentence and summed "In all".
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Event, Record, Statement, Tally
from tests.conftest import fixture_records

# (metric, value, area, party, parent's value or None)
Row = tuple[str, int, tuple[str, ...], str | None, int | None]

IS = "Islamic State"
CENTCOM = "US Central Command"

# name: (published, (reporter, period start, period end), tallies, consistency by total)
CASES: dict[str, tuple[str, tuple[str, str, str], list[Row], dict[tuple[str, int], str]]] = {
    "centcom-quarter-slashed-rows": (
        "2025-04-09", (CENTCOM, "2025-01-01", "2025-03-31"),
        [("operations", 71, ("IQ",), None, 112),
         ("killed", 22, ("IQ",), IS, 37),
         ("detained", 35, ("IQ",), IS, 58),
         ("operations", 41, ("SY",), None, 112),
         ("killed", 15, ("SY",), IS, 37),
         ("detained", 23, ("SY",), IS, 58),
         ("operations", 112, ("IQ", "SY"), None, None),
         ("killed", 37, ("IQ", "SY"), IS, None),
         ("detained", 58, ("IQ", "SY"), IS, None),
         # "No U.S. personnel were killed or wounded during the quarter."
         ("killed", 0, ("IQ", "SY"), "US forces", None),
         ("wounded", 0, ("IQ", "SY"), "US forces", None)],
        {("operations", 112): "consistent", ("killed", 37): "consistent",
         ("detained", 58): "consistent"},
    ),
    "xinhua-total-and-iraq-part-commander": (
        "2024-11-06", (CENTCOM, "2024-10-01", "2024-10-31"),
        [("killed", 26, ("IQ", "SY"), IS, None),
         ("detained", 41, ("IQ", "SY"), IS, None),
         # only Iraq's part is told: the check is partial, not a mismatch
         ("killed", 11, ("IQ",), IS, 26)],
        {("killed", 26): "partial"},
    ),
    "centcom-week-sdf-syria-isf-iraq": (
        "2025-03-18", (CENTCOM, "2025-03-09", "2025-03-16"),
        [("operations", 6, ("SY",), None, 15),
         ("killed", 4, ("SY",), IS, 9),
         ("detained", 11, ("SY",), IS, 18),
         ("operations", 9, ("IQ",), None, 15),
         ("killed", 5, ("IQ",), IS, 9),
         ("detained", 7, ("IQ",), IS, 18),
         ("operations", 15, ("IQ", "SY"), None, None),
         ("killed", 9, ("IQ", "SY"), IS, None),
         ("detained", 18, ("IQ", "SY"), IS, None)],
        {("operations", 15): "consistent", ("killed", 9): "consistent",
         ("detained", 18): "consistent"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_command_release_tallies_every_count_and_its_whole(
        extracted: dict[str, list[Record]], name: str) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = sorted((t.metric, int(t.value or 0), tuple(sorted(t.area)), t.party,
                  int(by_id[t.parent].value or 0) if t.parent is not None else None)
                 for t in tallies)
    assert got == sorted(CASES[name][2])


@pytest.mark.parametrize("name", sorted(CASES))
def test_command_release_tallies_reporter_and_period(
        extracted: dict[str, list[Record]], name: str) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    assert {(t.reporter, t.period_start, t.period_end) for t in tallies} == {CASES[name][1]}


@pytest.mark.parametrize("name", sorted(CASES))
def test_command_release_tallies_checks_and_no_incident(
        extracted: dict[str, list[Record]], name: str) -> None:
    records = extracted[name]
    assert {(c.metric, c.total): c.verdict for c in records
            if isinstance(c, Consistency)} == CASES[name][3]
    # the figures of a period, no incident of their own (nor one at the wire's dateline)
    assert [r for r in records if isinstance(r, Event)] == []


def test_command_release_commander_quoted_by_the_wire(
        extracted: dict[str, list[Record]]) -> None:
    [statement] = [r for r in extracted["xinhua-total-and-iraq-part-commander"]
                   if isinstance(r, Statement)]
    assert (statement.speaker, statement.role, statement.organisation) == (
        "Michael Erik Kurilla", "CENTCOM commander", CENTCOM)
    assert statement.quote.startswith("Our partners continue")


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        # a row with no place or total before it: of the area the line above names
        ("Operations: 64 / ISIS killed: 19 / Detained: 33",
         {("operations", 64, None), ("killed", 19, IS), ("detained", 33, IS)}),
        ("Syria - Raids: 12 / Fighters killed: 5",
         {("raids", 12, None), ("killed", 5, IS)}),
    ],
)
def test_tallies_labelled_figures_split_by_slashes(
        line: str, counts: set[tuple[str, int, str | None]]) -> None:
    text = ("CENTCOM results for the quarter\n\nU.S. Central Command on July 8 released the "
            "results of its operations against ISIS in Syria during the second quarter of "
            f"2025:\n\n{line}\n")
    tallies = [r for r in extract(text, published="2025-07-08") if isinstance(r, Tally)]
    assert {(t.metric, int(t.value or 0), t.party) for t in tallies} == counts
    assert {tuple(t.area) for t in tallies} == {("SY",)}
    assert {(t.period_start, t.period_end) for t in tallies} == {("2025-04-01", "2025-06-30")}


@pytest.mark.parametrize(
    ("sentence", "cells"),
    [
        ("Iraq: Operations: 71 / ISIS killed: 22 / Detained: 35", True),
        ("Total - Operations: 112 / Detained: 58.", True),
        ("Operations: 64 / Killed: 19", True),
        # a date or a share written with a slash is no row of labelled figures
        ("The cell said on Sunday 7/16 that 11 strikes were carried out.", False),
        ("Operations: 64 and / or raids", False),
    ],
)
def test_tallies_labelled_cells_gate_lets_every_match_through(sentence: str,
                                                              cells: bool) -> None:
    from eventcoder import tallies

    assert (tallies._LABELLED_CELLS.fullmatch(sentence) is not None) == cells
    if cells:
        assert "/" in sentence  # the exact test run before the pattern


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In Iraq alone, 11 IS militants were killed during the month, the statement said.",
         11),
        ("In Iraq, 9 IS fighters were detained during the month.", 9),
    ],
)
def test_tallies_group_by_its_capitals_before_the_passive(sentence: str, value: int) -> None:
    text = ("US-led forces kill 26 IS militants in October\n\nBAGHDAD, Nov. 6 (Xinhua) -- "
            "U.S.-led forces and their partners killed 26 Islamic State (IS) militants and "
            "detained 41 others in Iraq and Syria in October, the U.S. Central Command said on "
            f"Wednesday.\n\n{sentence}\n")
    tallies = [r for r in extract(text, published="2024-11-06") if isinstance(r, Tally)]
    part = [t for t in tallies if t.value == value]
    assert len(part) == 1 and part[0].area == ["IQ"] and part[0].party == IS
    assert part[0].parent is not None


@pytest.mark.parametrize(
    ("rest", "area"),
    [
        ("while Iraqi Security Forces carried out the remaining 19 operations with coalition "
         "support.", ("IQ",)),
        # the rest of another figure than the whole less the part: no country of its own
        ("while Iraqi Security Forces carried out the remaining 12 operations with coalition "
         "support.", ("SY",)),
    ],
)
def test_tallies_remaining_count_is_of_the_other_country(rest: str,
                                                         area: tuple[str, ...]) -> None:
    text = ("Coalition April figures\n\nERBIL, Kurdistan Region - US-led coalition forces "
            "conducted 37 operations against ISIS in Iraq and Syria in April, the US Central "
            "Command said on Thursday.\n\nIn Syria, 18 operations were carried out alongside "
            f"the Syrian Democratic Forces, {rest}\n")
    tallies = [r for r in extract(text, published="2024-05-10") if isinstance(r, Tally)]
    [remaining] = [t for t in tallies if t.value in (19, 12)]
    assert tuple(remaining.area) == area
