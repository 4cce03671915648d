"""Tallies of periodic releases laid out in ways the other reports are not.

Each report under ``fixtures/tallies`` was written for these tests: a quarter's figures in
bullet lists under "In Iraq:" and "In Syria:", summed up after them in "Totals for the
quarter: ..." with a detained total two more than its parts, and "Partner forces lost 7
personnel killed and 15 wounded"; a month's table of rows "Iraq - 12 partnered operations;
3 ISIS killed; ..." and "Total - 33 operations; ..."; a ministry's week told by country
first ("12 PKK/YPG terrorists in northern Iraq and 7 in northern Syria were neutralised,
bringing the number of terrorists neutralised this week to 19") and a count "since the
beginning of the year"; a translated month whose dead are "distributed ... as follows:
Kirkuk (9), Diyala (7), ..." and whose own dead "were martyred (4) from our heroes"; a
group's month with "in which 29 were captured" by province, "including 6 leaders" and "3
others"; strikes whose dead two groups "accounted for"; a day's dead of "Taliban and
ISIS-K insurgents" split by group; a half-year with two officials; a day's toll on two
fronts; a week whose shares in percent are no counts; a month closed by an editor's note
on a corrected figure; a week's outcome "as follows:" in numbered lines ("1- Killing 4
terrorists in Wadi Houran in Anbar."); a quarter "up from 14 in the first quarter"; and a
week whose "21 of the fighters" are some of its 38; and a later release that revises a
month's counts "from 18 to 21" and "from 40 to 38"; and a month whose operations are
split "Of the 52 operations, 30 ... and 22 with ..." and whose dead are summed "for a total
of 13".
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import TallyRow, fixture_records, tally_rows

QUARTER = ("2024-07-01", "2024-09-30")


def _records(name: str, published: str) -> list[Record]:
    return fixture_records("tallies", name, published)


# name: (published, reporter, periods, tallies, consistency findings (metric, total, verdict))
CASES: dict[str, tuple[str, str | None, set[tuple[str, str]], list[TallyRow],
                       list[tuple[str, int, str]]]] = {
    "cjtf-quarter-bullets-totals-after": (
        "2024-10-14", "Combined Joint Task Force - Operation Inherent Resolve", {QUARTER},
        [("operations", 87, ("IQ",), None, 147),
         ("killed", 23, ("IQ",), "Islamic State", 42),
         ("detained", 71, ("IQ",), "Islamic State", 118),
         ("operations", 54, ("SY",), None, 147),
         ("operations", 6, ("SY",), None, 147),
         ("killed", 19, ("SY",), "Islamic State", 42),
         ("detained", 45, ("SY",), "Islamic State", 118),
         ("operations", 147, ("IQ", "SY"), None, None),
         ("killed", 42, ("IQ", "SY"), "Islamic State", None),
         ("detained", 118, ("IQ", "SY"), "Islamic State", None),
         # "Partner forces lost 7 personnel killed and 15 wounded"
         ("killed", 7, ("IQ", "SY"), "partner forces", None),
         ("wounded", 15, ("IQ", "SY"), "partner forces", None),
         ("killed", 0, ("IQ", "SY"), "Coalition", None),
         ("wounded", 0, ("IQ", "SY"), "Coalition", None)],
        [("detained", 118, "mismatch"), ("killed", 42, "consistent"),
         ("operations", 147, "consistent")],
    ),
    "cjtf-month-table-none": (
        "2025-02-10", "Combined Joint Task Force - Operation Inherent Resolve",
        {("2025-01-01", "2025-01-31")},
        [("operations", 12, ("IQ",), None, 33),
         ("killed", 3, ("IQ",), "Islamic State", 3),
         ("detained", 9, ("IQ",), "Islamic State", 38),
         ("operations", 21, ("SY",), None, 33),
         ("killed", 0, ("SY",), "Islamic State", 3),
         ("detained", 27, ("SY",), "Islamic State", 38),
         ("operations", 33, ("IQ", "SY"), None, None),
         ("killed", 3, ("IQ", "SY"), "Islamic State", None),
         ("detained", 38, ("IQ", "SY"), "Islamic State", None),
         ("casualties", 0, ("IQ", "SY"), "Coalition", None)],
        [("detained", 38, "mismatch"), ("killed", 3, "consistent"),
         ("operations", 33, "consistent")],
    ),
    "mod-week-lines-first-since-year": (
        "2024-11-07", "Ministry of National Defence",
        {("2024-10-31", "2024-11-07"), ("2024-01-01", "2024-11-07")},
        [("killed", 12, ("IQ",), "Kurdistan Workers' Party", 19),
         ("killed", 7, ("SY",), "Kurdistan Workers' Party", 19),
         ("killed", 19, ("IQ", "SY"), "Kurdistan Workers' Party", None),
         ("killed", 1318, ("IQ", "SY"), "Kurdistan Workers' Party", None)],
        [("killed", 19, "consistent")],
    ),
    "joc-translated-month-distributed": (
        "2024-05-04", "Joint Operations Command", {("2024-04-01", "2024-04-30")},
        [("operations", 312, ("IQ",), None, None),
         ("killed", 27, ("IQ",), "Islamic State", None),
         ("detained", 94, ("IQ",), "Islamic State", None),
         ("killed", 9, ("IQ",), "Islamic State", 27),
         ("killed", 7, ("IQ",), "Islamic State", 27),
         ("killed", 6, ("IQ",), "Islamic State", 27),
         ("killed", 5, ("IQ",), "Islamic State", 27),
         # "were martyred (4) from our heroes and were wounded (9) others"
         ("killed", 4, ("IQ",), "Joint Operations Command", None),
         ("wounded", 9, ("IQ",), "Joint Operations Command", None)],
        [("killed", 27, "consistent")],
    ),
    "sdf-month-captured-including-leaders": (
        "2024-11-03", "Syrian Democratic Forces", {("2024-10-01", "2024-10-31")},
        [("detained", 41, ("SY",), "Islamic State", None),
         ("operations", 19, ("SY",), None, None),
         ("detained", 6, ("SY",), "Islamic State", 41),
         ("killed", 3, ("SY",), "Islamic State", None),
         ("operations", 13, ("SY",), None, 19),
         ("detained", 29, ("SY",), "Islamic State", 41),
         ("operations", 6, ("SY",), None, 19),
         ("detained", 12, ("SY",), "Islamic State", 41),
         ("killed", 2, ("SY",), "Syrian Democratic Forces", None),
         ("wounded", 4, ("SY",), "Syrian Democratic Forces", None)],
        [("detained", 41, "consistent"), ("detained", 41, "partial"),
         ("operations", 19, "consistent")],
    ),
    "africom-since-beginning-two-groups": (
        "2025-06-11", "US Africa Command", {("2025-01-01", "2025-06-11")},
        [("strikes", 38, ("SO",), None, None),
         ("strikes", 24, ("SO",), None, 38),
         ("strikes", 14, ("SO",), None, 38),
         ("killed", 211, ("SO",), "militants", None),
         ("killed", 139, ("SO",), "Islamic State", 211),
         ("killed", 72, ("SO",), "Al Shabaab", 211),
         ("casualties", 0, ("SO",), "Civilians (Somalia)", None)],
        [("killed", 211, "consistent"), ("strikes", 38, "consistent")],
    ),
    "mod-afghan-day-two-groups": (
        "2019-08-17", "Ministry of Defense", {("2019-08-16", "2019-08-17")},
        [("operations", 14, ("AF",), None, None),
         ("killed", 74, ("AF",), "Taliban and ISIS-K insurgents", None),
         ("killed", 19, ("AF",), "Islamic State", 74),
         ("killed", 55, ("AF",), "Taliban", 74),
         ("wounded", 8, ("AF",), "Unidentified Armed Group (Afghanistan)", None),
         ("detained", 3, ("AF",), "Unidentified Armed Group (Afghanistan)", None)],
        [("killed", 74, "consistent")],
    ),
    "cts-half-year-two-officials": (
        "2024-07-07", "Counter Terrorism Service", {("2024-01-01", "2024-06-30")},
        [("operations", 1214, ("IQ",), None, None),
         ("operations", 412, ("IQ",), None, 1214),
         ("operations", 388, ("IQ",), None, 1214),
         ("operations", 297, ("IQ",), None, 1214),
         # "96 terrorists": of Daesh, the one group the report names (in its last line)
         ("killed", 96, ("IQ",), "Islamic State", None),
         # "including 14 leaders": of the side the 96 are of
         ("killed", 14, ("IQ",), "Islamic State", 96),
         ("detained", 533, ("IQ",), "suspects", None),
         ("killed", 5, ("IQ",), "Counter Terrorism Service", None),
         ("wounded", 17, ("IQ",), "Counter Terrorism Service", None)],
        [("killed", 96, "partial"), ("operations", 1214, "partial")],
    ),
    "yemen-army-fronts-rest": (
        "2021-03-09", None, {("2021-03-08", "2021-03-09")},
        [("killed", 43, ("YE",), "Houthis", None),
         ("killed", 31, ("YE",), "Houthis", 43),
         ("killed", 5, ("YE",), "Yemeni government forces", None),
         ("wounded", 9, ("YE",), "Yemeni government forces", None)],
        [("killed", 43, "partial")],
    ),
    "smc-week-percent-of-kills": (
        "2025-03-11", "Security Media Cell", {("2025-03-03", "2025-03-09")},
        # "about 70 percent of them", "40% of them": shares, no counts
        [("killed", 36, ("IQ",), "Islamic State", None),
         ("detained", 58, ("IQ",), "suspects", None)],
        [],
    ),
    "centcom-august-editors-note": (
        "2024-09-06", "US Central Command", {("2024-08-01", "2024-08-31")},
        # "which was previously reported as 17": no count of its own
        [("operations", 44, ("IQ", "SY"), None, None),
         ("operations", 28, ("IQ",), None, 44),
         ("killed", 7, ("IQ",), "Islamic State", None),
         ("detained", 19, ("IQ",), "Islamic State", None),
         ("operations", 16, ("SY",), None, 44),
         ("killed", 4, ("SY",), "Islamic State", None),
         ("detained", 15, ("SY",), "Islamic State", None),
         ("strikes", 3, ("SY",), None, None),
         ("killed", 6, ("SY",), "Islamic State", None)],
        [("operations", 44, "consistent")],
    ),
    "iraq-numbered-lines-week": (
        "2024-06-16", "Security Media Cell", {("2024-06-09", "2024-06-16")},
        # "the outcome ... during the past week, as follows:" above "1- Killing 4 ..."
        [("killed", 4, ("IQ",), "Unidentified Armed Group (Iraq)", None),
         # "Arresting 11 wanted on terrorism charges": suspects of the side fought, as
         # the 3 arrested in Kirkuk are
         ("detained", 11, ("IQ",), "Unidentified Armed Group (Iraq)", None),
         ("killed", 2, ("IQ",), "Unidentified Armed Group (Iraq)", None),
         ("detained", 3, ("IQ",), "Unidentified Armed Group (Iraq)", None)],
        [],
    ),
    "africom-quarter-up-from-previous": (
        "2024-07-08", "US Africa Command", {("2024-04-01", "2024-06-30")},
        # "up from 14 in the first quarter": another period's figure, no count of this one
        [("strikes", 22, ("SO",), None, None),
         ("killed", 96, ("SO",), "Al Shabaab", None)],
        [],
    ),
    "rs-week-taliban-denied": (
        "2019-03-09", "Afghan defence ministry", {("2019-03-02", "2019-03-09")},
        # "21 of the fighters were killed in Helmand's Nad Ali and Marja districts"
        [("strikes", 14, ("AF",), None, None),
         ("killed", 38, ("AF",), "Taliban", None),
         ("killed", 21, ("AF",), "Taliban", 38)],
        [("killed", 38, "partial")],
    ),
    "centcom-revised-from-to": (
        "2025-02-15", "US Central Command", {("2025-01-01", "2025-01-31")},
        # "revised the number ... killed ... from 18 to 21, and the number ... detained from
        # 40 to 38": the new figures, not ranges, each of its own fate
        [("killed", 21, ("IQ", "SY"), "Islamic State", None),
         ("detained", 38, ("IQ", "SY"), "Islamic State", None),
         ("operations", 36, ("IQ", "SY"), None, None)],
        [],
    ),
    "cjtf-corrects-number-reported": (
        "2025-03-09", "Combined Joint Task Force - Operation Inherent Resolve",
        {("2025-02-01", "2025-02-28")},
        # "corrects the number ... reported on 3 March from 12 to 14": the new figure alone;
        # "The number of ISIS fighters detained ..., 33, is unchanged": a count it keeps
        [("killed", 14, ("IQ",), "Islamic State", None),
         ("detained", 33, ("IQ",), "Islamic State", None)],
        [],
    ),
    "centcom-april-of-the-operations-for-a-total": (
        "2024-05-03", "US Central Command", {("2024-04-01", "2024-04-30")},
        # "Of the 52 operations, 30 were partnered with ... and 22 with ...", "killed 9 ...
        # in Syria and 4 in Iraq, for a total of 13": the headline's 13 is the body's
        [("operations", 52, ("IQ", "SY"), None, None),
         ("operations", 30, ("IQ", "SY"), None, 52),
         ("operations", 22, ("IQ", "SY"), None, 52),
         ("killed", 9, ("SY",), "Islamic State", 13),
         ("killed", 4, ("IQ",), "Islamic State", 13),
         ("killed", 13, ("SY", "IQ"), "Islamic State", None),
         ("detained", 27, ("SY", "IQ"), "Islamic State", None)],
        [("killed", 13, "consistent"), ("operations", 52, "consistent")],
    ),
    "sdf-said-its-fighters-share": (
        "2024-05-02", "Syrian Democratic Forces", {("2024-04-01", "2024-04-30")},
        # "Deir ez-Zor accounted for 70 percent of the operations": a share, no count
        [("operations", 23, ("SY",), None, None),
         ("detained", 31, ("SY",), "Islamic State", None),
         ("killed", 5, ("SY",), "Islamic State", None),
         ("killed", 3, ("SY",), "Syrian Democratic Forces", None),
         ("wounded", 7, ("SY",), "Syrian Democratic Forces", None)],
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_layouts_read_every_count(name: str) -> None:
    published, reporter, periods, expected, verdicts = CASES[name]
    records = _records(name, published)
    tallies = [r for r in records if isinstance(r, Tally)]
    assert tally_rows(records) == sorted(expected)
    assert {(t.period_start, t.period_end) for t in tallies} == periods
    assert {t.reporter for t in tallies} == {reporter}
    assert sorted((c.metric or "", c.total or 0, c.verdict) for c in records
                  if isinstance(c, Consistency)) == sorted(verdicts)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_layouts_leave_no_incident(name: str) -> None:
    # an editor's note, "the outcome of the security operations ... during October 2024" and
    # two groups that "accounted for" the dead tell of the period, of no incident
    published = CASES[name][0]
    assert [r for r in _records(name, published) if isinstance(r, Event)] == []


def test_tallies_release_layouts_year_count_is_its_own_period() -> None:
    # "since the beginning of the year" after a week: from January to the telling
    records = _records("mod-week-lines-first-since-year", "2024-11-07")
    periods = {int(t.value or 0): (t.period_start, t.period_end) for t in records
               if isinstance(t, Tally)}
    assert periods[1318] == ("2024-01-01", "2024-11-07")
    assert periods[19] == ("2024-10-31", "2024-11-07")


def test_tallies_release_layouts_partner_told_again_keeps_the_kind() -> None:
    # "30 were partnered with the Iraqi Security Forces and 22 with the Syrian Democratic
    # Forces": the 22 are partnered operations too
    records = _records("centcom-april-of-the-operations-for-a-total", "2024-05-03")
    kinds = {int(t.value or 0): t.qualifier for t in records
             if isinstance(t, Tally) and t.metric == "operations"}
    assert (kinds[30], kinds[22]) == ("partnered", "partnered")


def _sentence_tallies(text: str) -> list[Tally]:
    from eventcoder import extract

    return [r for r in extract(text, published="2024-05-03") if isinstance(r, Tally)]


def test_tallies_release_layouts_group_that_tells_of_its_own_losses() -> None:
    # "the SDF said 3 of its fighters were killed": the group that tells them is theirs
    tallies = _sentence_tallies(
        "During April, the SDF said 3 of its fighters were killed and 7 wounded in operations "
        "against ISIS cells in Deir ez-Zor.")
    assert {(t.metric, t.value, t.party) for t in tallies} == {
        ("killed", 3, "Syrian Democratic Forces"), ("wounded", 7, "Syrian Democratic Forces")}


def test_tallies_release_layouts_a_share_names_no_area() -> None:
    # "and Iraq accounted for 64 percent of the operations": a share of them, not where all were
    [operations] = _sentence_tallies(
        "In April, coalition partners conducted 48 operations against ISIS, and Iraq accounted "
        "for 64 percent of the operations.")
    assert (operations.value, operations.area) == (48, [])
