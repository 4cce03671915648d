"""Periodic releases told on by other outlets, in wordings the other reports lack.

Each report under ``fixtures/tallies`` was written for these tests: an army's count of
"58 militants during a week-long offensive", told on a Monday, and in the next sentence who
some of them were ("Of the 58 killed, 23 were members of al-Shabaab's Amniyat intelligence
wing and 19 were mid-level commanders"), a partial breakdown; a UN mission's quarter of
"862 civilian victims of violence ..., of whom 301 were killed, 327 injured and 234
abducted" (the fates add up to the victims); and a week's arrests "the Ministry of Interior
said in its weekly bulletin on Saturday", by province in the next sentence, whose count
is no arrest made on that Saturday; and an army telling of its own one-day raid ("said on
Monday it had killed 17 militants in a dawn raid"), which is no tally and which it made;
a shooting "at the weekly livestock market", no week's count; and a forces' month "the
Kenya Defence Forces (KDF) said" whose "two of their soldiers had died" are its own dead,
with an "Interior Minister" quoted by name, who speaks for the ministry.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Statement, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows

Expected = TallyRow


def _records(name: str, published: str | None) -> list[Record]:
    return fixture_records("tallies", name, published)


CASES: dict[str, tuple[str, tuple[str, str, str], list[Expected], dict[str, str]]] = {
    "sna-week-long-offensive-of-the-killed": (
        "2024-07-08",
        ("Military Forces of Somalia", "2024-07-01", "2024-07-08"),
        [("killed", 58, ("SO",), "Al Shabaab", None),
         ("killed", 23, ("SO",), "Al Shabaab", 58),
         ("killed", 19, ("SO",), "mid-level commanders", 58)],
        {"killed": "partial"},
    ),
    "unmiss-quarter-civilian-victims": (
        "2024-04-12",
        ("UN Mission in South Sudan", "2024-01-01", "2024-03-31"),
        [("victims", 862, ("SS",), "Civilians (South Sudan)", None),
         ("killed", 301, ("SS",), "Civilians (South Sudan)", 862),
         ("wounded", 327, ("SS",), "Civilians (South Sudan)", 862),
         ("abducted", 234, ("SS",), "Civilians (South Sudan)", 862)],
        {"victims": "consistent"},
    ),
    "moi-weekly-bulletin-told-on-a-day": (
        "2024-07-08",
        ("Ministry of Interior", "2024-07-01", "2024-07-08"),
        [("detained", 52, ("IQ",), "terrorism suspects", None),
         ("detained", 19, ("IQ",), "suspects", 52), ("detained", 14, ("IQ",), "suspects", 52),
         ("detained", 11, ("IQ",), "suspects", 52), ("detained", 8, ("IQ",), "suspects", 52),
         ("caches", 2, ("IQ",), None, None)],
        {"detained": "consistent"},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_releases_told_on_read_every_count(name: str) -> None:
    published, (reporter, first, last), expected, verdicts = CASES[name]
    records = _records(name, published)
    assert tally_rows(records) == sorted(expected)
    tallies = [r for r in records if isinstance(r, Tally)]
    assert {(t.reporter, t.period_start, t.period_end) for t in tallies} == {
        (reporter, first, last)}
    assert {c.metric: c.verdict for c in records if isinstance(c, Consistency)} == verdicts


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_releases_told_on_leave_no_incident(name: str) -> None:
    # a count over the week or quarter is no incident of the day it was told
    assert [r for r in _records(name, CASES[name][0]) if isinstance(r, Event)] == []


def test_tallies_releases_told_on_say_what_the_fates_make_up() -> None:
    [check] = [c for c in _records("unmiss-quarter-civilian-victims", "2024-04-12")
               if isinstance(c, Consistency)]
    assert (check.total, check.parts_sum) == (862, 862)
    assert "killed 301" in check.explanation and "abducted 234" in check.explanation


def test_tallies_releases_told_on_army_telling_its_own_raid_struck() -> None:
    # "The Somali army said on Monday it had killed 17 militants in a dawn raid": one raid,
    # no tally, and the army that tells of it is the one that struck
    records = _records("sna-raid-told-on-a-day", "2024-07-08")
    assert [r for r in records if isinstance(r, Tally)] == []
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.actor1, event.actor2) == (
        "Military Forces of Somalia", "Unidentified Armed Group (Somalia)")
    assert event.fatalities == 17


def test_tallies_releases_told_on_weekly_market_is_no_week() -> None:
    # "at the weekly livestock market": a market held every week, no count over a week
    records = _records("weekly-market-shooting", "2012-05-14")
    assert [r for r in records if isinstance(r, Tally)] == []
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.date_end) == ("2012-05-14", "2012-05-14")


@pytest.mark.parametrize(
    ("name", "published", "reporter", "expected"),
    [
        # "the Kenya Defence Forces (KDF) said": the teller, though "two of their soldiers
        # had died" makes it a party too
        ("kdf-month-boni-own-dead", "2024-07-08", "Military Forces of Kenya",
         [("killed", 21, ("KE",), "Al Shabaab", None),
          ("detained", 11, ("KE",), "Al Shabaab", None),
          ("killed", 2, ("KE",), "Military Forces of Kenya", None)]),
        # "killed 14 insurgents ... two of their soldiers had died ... captured 11 fighters":
        # the Rwandan dead in Mozambique are Rwanda's, the fighters the insurgents
        ("rwanda-month-breakdown-first-indirect", "2024-04-09", "Military Forces of Rwanda",
         [("killed", 23, ("MZ",), "Unidentified Armed Group (Mozambique)", None),
          ("killed", 14, ("MZ",), "Unidentified Armed Group (Mozambique)", 23),
          ("killed", 9, ("MZ",), "Unidentified Armed Group (Mozambique)", 23),
          ("detained", 11, ("MZ",), "Unidentified Armed Group (Mozambique)", None),
          ("killed", 2, ("MZ",), "Military Forces of Rwanda", None)]),
    ],
)
def test_tallies_releases_told_on_teller_counts_its_own_dead(
    name: str, published: str, reporter: str, expected: list[Expected]
) -> None:
    records = _records(name, published)
    assert tally_rows(records) == sorted(expected)
    assert {t.reporter for t in records if isinstance(t, Tally)} == {reporter}


def test_tallies_releases_told_on_minister_speaks_for_the_ministry() -> None:
    # "Interior Minister Kithure Kindiki told journalists ... "...," he said."
    [statement] = [r for r in _records("kdf-month-boni-own-dead", "2024-07-08")
                   if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.role, statement.organisation) == (
        "Kithure Kindiki", "Interior Minister", "Interior Ministry")
