"""Counts revised, retold or quoted: what each one counts, over which period, told by whom.

Each report under ``fixtures/tallies`` was written for these tests: a later release that
revises one country's part ("The number of operations in Syria was 17, not 15 as previously
reported"); a wire story that retells two months' counts, the second month's told as "a lower
tempo than in May" and the first month's "according to figures it published last month"
(each count its own month); a month's operations broken down by kind after a colon ("16
operations ...: 12 partnered raids and 4 unilateral strikes") and its detainees by who they
"were described as"; a week's toll "in a week of operations", told on a day ("said on
Saturday"), its own losses in a bare sentence after the breakdown and a correction at the
end ("misstated ... as 18. The correct figure is 8."); a translated quarter whose thousands
are set apart by a stop ("1.250 operations") and by a blank ("1 250 wanted persons"); and a
month's counts quoted from an officer named by the unit he commands; two forces' weeks
"giving a combined total of 41", with a share of the dead ("Nearly 60 percent of those
killed"); and a year so far, "nearly 60 percent of them in Iraq", told by a task force under
a headline that names the coalition; and a week's dead told as a range, "between 30 and 35",
then "the combined total for the two operations to more than 40".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Statement, Tally
from tests.conftest import fixture_records

# (metric, value, area, party, qualifier, period, parent's value or None)
Expected = tuple[str, int, tuple[str, ...], str | None, str | None, tuple[str, str],
                 int | None]

APRIL = ("2024-04-01", "2024-04-30")
MAY = ("2024-05-01", "2024-05-31")
JUNE = ("2024-06-01", "2024-06-30")
OCTOBER = ("2024-10-01", "2024-10-31")
WEEK = ("2024-06-08", "2024-06-15")
QUARTER = ("2024-01-01", "2024-03-31")
NOVEMBER = ("2024-11-01", "2024-11-30")
IQSY = ("IQ", "SY")
WEEK_OF_MARCH = ("2024-03-08", "2024-03-15")
YEAR_TO_MAY = ("2024-01-01", "2024-05-15")
SAMBISA_WEEK = ("2024-03-03", "2024-03-09")

CASES: dict[str, tuple[str, str, list[Expected], dict[int, str]]] = {
    "centcom-april-updated-syria-not-as-previously": (
        "2024-05-14", "US Central Command",
        [("operations", 41, IQSY, None, None, APRIL, None),
         ("killed", 18, IQSY, "Islamic State", None, APRIL, None),
         ("detained", 52, IQSY, "Islamic State", None, APRIL, None),
         # "was 17, not 15 as previously reported": the figure it is now, 15 no count
         ("operations", 17, ("SY",), None, None, APRIL, 41),
         ("operations", 24, ("IQ",), None, None, APRIL, 41)],
        {41: "consistent"},
    ),
    "reuters-cts-june-after-may-retold": (
        "2024-07-04", "Counter Terrorism Service",
        [("operations", 38, ("IQ",), None, None, JUNE, None),
         ("killed", 11, ("IQ",), "Islamic State", None, JUNE, None),
         ("detained", 46, ("IQ",), "suspects", None, JUNE, None),
         ("operations", 57, ("IQ",), None, None, MAY, None),
         ("killed", 23, ("IQ",), "Islamic State", None, MAY, None),
         ("detained", 71, ("IQ",), "suspects", None, MAY, None)],
        {},
    ),
    "coalition-october-kinds-after-colon": (
        "2024-11-03", "Coalition",
        [("operations", 16, ("SY",), None, None, OCTOBER, None),
         ("raids", 12, ("SY",), None, "partnered", OCTOBER, 16),
         ("strikes", 4, ("SY",), None, "unilateral", OCTOBER, 16),
         ("killed", 9, ("SY",), "Islamic State", None, OCTOBER, None),
         ("detained", 21, ("SY",), "Islamic State", None, OCTOBER, None),
         ("caches", 3, ("SY",), None, None, OCTOBER, None),
         # "6 were described as senior leaders": who they were, not "described"
         ("detained", 6, ("SY",), "senior leaders", None, OCTOBER, 21)],
        {16: "consistent", 21: "partial"},
    ),
    "afp-somalia-week-of-operations-correction": (
        "2024-06-15", "Ministry of Information",
        [("killed", 27, ("SO",), "Al Shabaab", None, WEEK, None),
         ("killed", 19, ("SO",), "Al Shabaab", None, WEEK, 27),
         ("killed", 8, ("SO",), "Al Shabaab", None, WEEK, 27),
         ("wounded", 2, ("SO",), "Military Forces of Somalia", None, WEEK, None)],
        {27: "consistent"},
    ),
    "genstaff-translated-quarter-spaced-thousands": (
        "2024-04-05", "General Command of the Army",
        [("operations", 1250, ("SY",), None, None, QUARTER, None),
         ("killed", 96, ("SY",), "Unidentified Armed Group (Syria)", None, QUARTER, None),
         ("detained", 1250, ("SY",), "wanted persons", None, QUARTER, None)],
        {},
    ),
    "corps-commander-quoted-november": (
        "2024-11-30", "XI Corps",
        [("killed", 83, ("PK",), "Unidentified Armed Group (Pakistan)", None, NOVEMBER, None),
         ("detained", 41, ("PK",), "suspected facilitators", None, NOVEMBER, None),
         ("killed", 14, ("PK",), "Military Forces of Pakistan", None, NOVEMBER, None)],
        {},
    ),
    "kdf-sna-week-combined-total-share": (
        "2024-03-15", "Military Forces of Kenya",
        # "giving a combined total of 41": the two forces' counts summed, over both countries;
        # "Nearly 60 percent of those killed were foreign fighters" is a share, no count
        [("killed", 23, ("KE",), "Al Shabaab", None, WEEK_OF_MARCH, 41),
         ("killed", 18, ("SO",), "Al Shabaab", None, WEEK_OF_MARCH, 41),
         ("killed", 41, ("KE", "SO"), "Al Shabaab", None, WEEK_OF_MARCH, None)],
        {41: "consistent"},
    ),
    "cjtf-so-far-this-year-share-of-them": (
        "2024-05-15", "Combined Joint Task Force - Operation Inherent Resolve",
        # "so far this year" runs to the telling; "nearly 60 percent of them in Iraq" no part;
        # the headline's "Coalition says" is the alliance, the task force named below tells
        [("detained", 212, IQSY, "Islamic State", None, YEAR_TO_MAY, None),
         ("detained", 88, ("SY",), "Islamic State", None, YEAR_TO_MAY, 212)],
        {212: "partial"},
    ),
    "ap-sambisa-week-range-combined-more-than": (
        "2024-03-10", "Military Forces of Nigeria",
        # "killed between 30 and 35 insurgent fighters during a week of clearance
        # operations ..., an army spokesman said Sunday": the week's count, the least of the
        # range (no clash of the day it was told); "bringing the combined total for the two
        # operations to more than 40": a count of the dead, the operations named, not counted
        [("killed", 30, ("NG",), "insurgent fighters", None, SAMBISA_WEEK, None),
         ("detained", 14, ("NG",), "suspected logistics suppliers", None, SAMBISA_WEEK, None),
         ("killed", 8, ("NG",), "fighters", None, SAMBISA_WEEK, None),
         ("killed", 40, ("NG",), "fighters", None, SAMBISA_WEEK, None)],
        {},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_revised_and_retold_counts_read_every_count(
    extracted: dict[str, list[Record]], name: str
) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = [(t.metric, t.value, tuple(t.area), t.party, t.qualifier,
            (str(t.period_start), str(t.period_end)),
            by_id[t.parent].value if t.parent is not None else None) for t in tallies]
    assert sorted(got, key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_revised_and_retold_counts_reporter(
    extracted: dict[str, list[Record]], name: str
) -> None:
    assert {t.reporter for t in extracted[name] if isinstance(t, Tally)} == {CASES[name][1]}


@pytest.mark.parametrize("name", sorted(CASES))
def test_revised_and_retold_counts_consistency_and_no_incident(
    extracted: dict[str, list[Record]], name: str
) -> None:
    records = extracted[name]
    assert {c.total: c.verdict for c in records if isinstance(c, Consistency)} == CASES[name][3]
    # ("Two soldiers were wounded." after the week's breakdown: the week's losses, no clash
    # of the day it was told)
    assert [r for r in records if isinstance(r, Event)] == []


def test_revised_and_retold_counts_part_named_by_its_country(
    extracted: dict[str, list[Record]],
) -> None:
    [finding] = [c for c in extracted["centcom-april-updated-syria-not-as-previously"]
                 if isinstance(c, Consistency)]
    assert "Syria 17" in finding.explanation and "Iraq 24" in finding.explanation


def test_revised_and_retold_counts_quoted_officer_kept_as_speaker(
    extracted: dict[str, list[Record]],
) -> None:
    statements = [s for s in extracted["corps-commander-quoted-november"]
                  if isinstance(s, Statement)]
    assert statements
    first = statements[0]
    assert (first.speaker, first.organisation) == ("Omar Bukhari", "XI Corps")
    assert "83 militants" in first.quote
