"""Periodic counts whose parts are told apart from the total, under ``fixtures/tallies``.

Each report was written for these tests: a quarter's total told in a sentence of no
country, its parts in lines under "The breakdown by country was as follows:" ("Iraq: 74
operations, 31 killed, 62 detained"), the total being of every country its lines name; a
week whose first raid is told in a sentence of its own and the rest in the next, "bringing
to 61 the number of militants killed ... since Monday" (all three add up to it); a
headline's "in first quarter" over a body that breaks the quarter down by month ("51 ...
in January, 38 in February and 53 in March", each part of its own month); and a month's
arrests "of whom 6 were leaders", then by province ("15 of the terrorists were arrested in
Nineveh, 12 in Anbar and 8 in Kirkuk"), more than the leaders, so parts of the whole.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import fixture_records

# (metric, value, area, party, parent's value or None, period)
Row = tuple[str, int, tuple[str, ...], str | None, int | None, tuple[str, str]]

IS = "Islamic State"
UAG_PK = "Unidentified Armed Group (Pakistan)"
Q3 = ("2024-07-01", "2024-09-30")
WEEK = ("2024-11-11", "2024-11-16")
MAY = ("2024-05-01", "2024-05-31")

CASES: dict[str, tuple[str, str, list[Row], dict[int, str]]] = {
    "cjtf-quarter-country-lines": (
        "2024-10-09",
        "Combined Joint Task Force - Operation Inherent Resolve",
        [("operations", 131, ("IQ", "SY"), None, None, Q3),
         ("killed", 58, ("IQ", "SY"), IS, None, Q3),
         ("detained", 119, ("IQ", "SY"), IS, None, Q3),
         ("operations", 74, ("IQ",), None, 131, Q3),
         ("killed", 31, ("IQ",), IS, 58, Q3),
         ("detained", 62, ("IQ",), IS, 119, Q3),
         ("operations", 57, ("SY",), None, 131, Q3),
         ("killed", 27, ("SY",), IS, 58, Q3),
         ("detained", 57, ("SY",), IS, 119, Q3)],
        {131: "consistent", 58: "consistent", 119: "consistent"},
    ),
    "afp-week-bringing-to-sixty-one": (
        "2024-11-16",
        "Inter-Services Public Relations",
        [("killed", 61, ("PK",), UAG_PK, None, WEEK),
         ("killed", 23, ("PK",), UAG_PK, 61, WEEK),
         ("killed", 14, ("PK",), UAG_PK, 61, WEEK),
         ("killed", 24, ("PK",), UAG_PK, 61, WEEK)],
        {61: "consistent"},
    ),
    "xinhua-headline-quarter-by-month": (
        "2024-04-02",
        "Iraqi Ministry of Defense",
        [("killed", 142, ("IQ",), IS, None, ("2024-01-01", "2024-03-31")),
         ("killed", 51, ("IQ",), IS, 142, ("2024-01-01", "2024-01-31")),
         ("killed", 38, ("IQ",), IS, 142, ("2024-02-01", "2024-02-29")),
         ("killed", 53, ("IQ",), IS, 142, ("2024-03-01", "2024-03-31"))],
        {142: "consistent"},
    ),
    "ina-month-of-whom-leaders-total-first": (
        "2024-06-02",
        "Counter Terrorism Service",
        [("detained", 37, ("IQ",), IS, None, MAY),
         ("detained", 6, ("IQ",), IS, 37, MAY),
         ("detained", 15, ("IQ",), IS, 37, MAY),
         ("detained", 12, ("IQ",), IS, 37, MAY),
         ("detained", 8, ("IQ",), IS, 37, MAY),
         ("killed", 4, ("IQ",), IS, None, MAY)],
        {37: "partial"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


def _rows(records: list[Record]) -> list[Row]:
    tallies = [r for r in records if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    return [(t.metric, int(t.value or 0), tuple(sorted(t.area)), t.party,
             int(by_id[t.parent].value or 0) if t.parent is not None else None,
             (t.period_start or "", t.period_end or ""))
            for t in tallies if t.value]


@pytest.mark.parametrize("name", sorted(CASES))
def test_parts_told_apart_from_their_total_are_linked_to_it(
    extracted: dict[str, list[Record]], name: str
) -> None:
    assert sorted(_rows(extracted[name]), key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_parts_told_apart_reporter_and_findings(
    extracted: dict[str, list[Record]], name: str
) -> None:
    records = extracted[name]
    assert {t.reporter for t in records if isinstance(t, Tally)} == {CASES[name][1]}
    findings = [c for c in records if isinstance(c, Consistency)]
    assert {c.total: c.verdict for c in findings if len(c.parts) > 1} == CASES[name][3]


def test_first_raid_of_the_week_is_a_part_not_an_incident(
    extracted: dict[str, list[Record]],
) -> None:
    # the 23 of the first raids are counted once, in the week's 61; the only incident left is
    # the raid whose own losses the release tells ("Two soldiers were killed in the Kech raid")
    events = [r for r in extracted["afp-week-bringing-to-sixty-one"] if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [2]


def test_total_of_the_country_lines_keeps_the_evidence_of_its_own_sentence(
    extracted: dict[str, list[Record]],
) -> None:
    # the count and the days it was counted over, both in the sentence of the total
    total = next(t for t in extracted["cjtf-quarter-country-lines"]
                 if isinstance(t, Tally) and t.value == 131)
    assert [e.text for e in total.evidence] == ["131 operations",
                                                "between July 1 and September 30"]


def test_bulleted_days_are_incidents_and_the_headline_is_the_weeks_total() -> None:
    # "• On 4 March, in Banibangou, troops ... neutralised 5 terrorists" under a line of the
    # week: that day's operation, not a count over the week; the headline's "19 terrorists
    # neutralised" is the week's "In total, 19", not an incident over the seven days
    records = fixture_records("tallies", "fan-bulleted-operations-places", "2024-03-08")
    tallies = [(t.metric, t.value, t.period_start, t.period_end)
               for t in records if isinstance(t, Tally)]
    assert tallies == [("killed", 19, "2024-03-01", "2024-03-07")]
    events = [e for e in records if isinstance(e, Event) and not e.background]
    assert sorted((e.date_start, e.date_end, e.fatalities) for e in events) == [
        ("2024-03-02", "2024-03-02", 8), ("2024-03-04", "2024-03-04", 5),
        ("2024-03-06", "2024-03-06", 6)]


def test_total_of_no_place_is_in_the_country_the_lines_above_it_name() -> None:
    # "... operations in the Tillaberi region between 1 and 7 March 2024:" above "In total,
    # 19 terrorists were neutralised during the week", the bullets between read as incidents
    records = fixture_records("tallies", "fan-bulleted-operations-places", "2024-03-08")
    assert [t.area for t in records if isinstance(t, Tally)] == [["NE"]]
