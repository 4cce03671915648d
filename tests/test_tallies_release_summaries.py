"""Periodic summaries in layouts and wordings the other reports lack, and their retellings.

Each report under ``fixtures/tallies`` was written for these tests: a month's summary laid
out as labelled lines with the figures in words ("Terrorists killed: twenty-two") under a
line naming the month; a week's count updated by a later release ("This updates the figure
given on Tuesday, when the command put the number ... at 29"), broken down in "21 of the
terrorists were killed in Borno and 13 in Yobe"; a month's arrests "nearly half of them in
Nineveh province", a share and not the count's area, with "19 of the suspects" in another
province and "the rest" arrested with no figure; a month's dead beside a running total
("bringing to 186 the number ... since January") and own losses "during the month"; a
translated week whose dead were "rendered ineffective"; a quarter's dead told before its
strikes, "Most of the dead, 41, were killed in the Middle Juba region", "the rest" dying
elsewhere; a month's counts in words ("Twenty-two civilians were killed and thirty-one
injured"), "Of the twenty-two killed, nine were women and six were children" some of them;
a month's operations broken down "Of the June operations, 29 ..." beside a "Year to date"
count; a quarter "of the year" whose parts add up to more than its total and whose
"37 rebels surrendered", as a week's "212 terrorists and their families surrendered"; a headline's
"first half of October" over a list of districts ("- Muidumbe: 11 insurgents killed", a
name the gazetteer lacks) whose wounded are "members of the FDS", the abbreviation given in
brackets after the forces' name; and a translated month's "harvest" of "the killing of (73)
from the terrorist elements and the arrest of (41) other", both counts of those elements.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import TallyRow, fixture_records

UAG_NG = "Unidentified Armed Group (Nigeria)"
UAG_PK = "Unidentified Armed Group (Pakistan)"
UAG_MZ = "Unidentified Armed Group (Mozambique)"
ARMY_PK = "Military Forces of Pakistan"
IS = "Islamic State"
NPA = "New People's Army"

# name: (published, tallies as compared, {total: verdict}, {(period_start, period_end)})
CASES: dict[str, tuple[str, list[TallyRow], dict[int, str], set[tuple[str | None, str | None]]]] = {
    "ispr-june-labels-in-words": (
        "2024-07-02",
        [("operations", 112, ("PK",), None, None),
         ("killed", 22, ("PK",), UAG_PK, None),
         ("detained", 35, ("PK",), UAG_PK, None),
         ("killed", 4, ("PK",), ARMY_PK, None),
         ("wounded", 9, ("PK",), ARMY_PK, None)],
        {},
        {("2024-06-01", "2024-06-30")},
    ),
    "hadinkai-updates-figure-given-tuesday": (
        "2024-07-10",
        [("killed", 34, ("NG",), UAG_NG, None),
         ("detained", 18, ("NG",), "suspected logistics suppliers", None),
         ("killed", 21, ("NG",), UAG_NG, 34),
         ("killed", 13, ("NG",), UAG_NG, 34)],
        {34: "consistent"},
        {("2024-07-01", "2024-07-07")},
    ),
    "moi-september-nearly-half": (
        "2024-10-06",
        [("detained", 148, ("IQ",), "people wanted", None),
         ("detained", 19, ("IQ",), "suspects", 148)],
        {148: "partial"},
        {("2024-09-01", "2024-09-30")},
    ),
    "centcom-june-year-to-date": (
        "2024-07-05",
        [("operations", 44, ("IQ", "SY"), None, None),
         ("killed", 11, ("IQ", "SY"), IS, None),
         ("detained", 57, ("IQ", "SY"), IS, None),
         ("operations", 29, ("IQ",), None, 44),
         ("operations", 15, ("SY",), None, 44),
         ("operations", 231, ("IQ", "SY"), None, None),
         ("killed", 78, ("IQ", "SY"), IS, None),
         ("detained", 302, ("IQ", "SY"), IS, None)],
        {44: "consistent"},
        # the year to date of a June release runs to the end of June, not to its telling
        {("2024-06-01", "2024-06-30"), ("2024-01-01", "2024-06-30")},
    ),
    "fds-fortnight-dash-list": (
        "2024-10-17",
        [("killed", 41, ("MZ",), UAG_MZ, None),
         ("killed", 17, ("MZ",), UAG_MZ, 41),
         ("killed", 11, ("MZ",), UAG_MZ, 41),
         ("killed", 9, ("MZ",), UAG_MZ, 41),
         ("wounded", 9, ("MZ",), "Military Forces of Mozambique", None)],
        {41: "partial"},
        {("2024-10-01", "2024-10-15")},
    ),
    "mod-harvest-of-april": (
        "2024-05-03",
        [("killed", 73, ("IQ",), "Unidentified Armed Group (Iraq)", None),
         ("detained", 41, ("IQ",), "Unidentified Armed Group (Iraq)", None),
         ("operations", 205, ("IQ",), None, None),
         ("operations", 88, ("IQ",), None, 205)],
        {205: "partial"},
        {("2024-04-01", "2024-04-30")},
    ),
    "afp-africom-quarter-dead-before-strikes": (
        "2024-10-08",
        [("killed", 64, ("SO",), "Al Shabaab", None),
         ("strikes", 19, ("SO",), None, None),
         ("killed", 41, ("SO",), "Al Shabaab", 64),
         ("killed", 0, ("SO",), "Civilians (Somalia)", None),
         ("wounded", 0, ("SO",), "Civilians (Somalia)", None)],
        {64: "partial"},
        {("2024-07-01", "2024-09-30")},
    ),
    "dhq-week-surrendered-theatre": (
        "2024-03-14",
        [("killed", 47, ("NG",), UAG_NG, None),
         ("detained", 96, ("NG",), "suspects", None),
         ("killed", 19, ("NG",), UAG_NG, 47),
         ("killed", 16, ("NG",), UAG_NG, 47),
         ("killed", 12, ("NG",), UAG_NG, 47),
         ("detained", 31, ("NG",), "suspects", 96),
         ("detained", 38, ("NG",), "suspects", 96),
         ("detained", 27, ("NG",), "suspects", 96),
         ("surrendered", 212, ("NG",), UAG_NG, None)],
        {47: "consistent", 96: "consistent"},
        {("2024-03-07", "2024-03-13")},
    ),
    "eastmincom-quarter-surrendered-over": (
        "2024-04-10",
        [("killed", 12, ("PH",), NPA, None),
         ("detained", 9, ("PH",), NPA, None),
         ("killed", 7, ("PH",), NPA, 12),
         ("killed", 6, ("PH",), NPA, 12),
         ("surrendered", 37, ("PH",), NPA, None)],
        {12: "mismatch"},
        {("2024-01-01", "2024-03-31")},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    published = {name: case[0] for name, case in CASES.items()}
    published.update({"msb-week-rendered-ineffective": "2024-05-16",
                      "ispr-august-since-january": "2024-09-01",
                      "unmiss-may-counts-in-words": "2024-06-04"})
    return {name: fixture_records("tallies", name, day) for name, day in published.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_summaries_read_every_count_over_its_period(
    extracted: dict[str, list[Record]], name: str
) -> None:
    records = extracted[name]
    tallies = [t for t in records if isinstance(t, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = [(t.metric, int(t.value), tuple(t.area), t.party,
            int(by_id[t.parent].value) if t.parent is not None else None,
            (t.period_start, t.period_end)) for t in tallies]
    _published, rows, verdicts, periods = CASES[name]
    assert sorted(row[:5] for row in got) == sorted(rows)
    assert {row[5] for row in got} == periods
    assert {c.total: c.verdict for c in records if isinstance(c, Consistency)} == verdicts
    assert [r for r in records if isinstance(r, Event)] == []


def test_tallies_release_summaries_own_losses_of_the_month_told(
    extracted: dict[str, list[Record]],
) -> None:
    # "seven soldiers were martyred in the province during the month" after a count "since
    # January": the soldiers of August, not of the year so far
    [own] = [t for t in extracted["ispr-august-since-january"]
             if isinstance(t, Tally) and t.party == ARMY_PK]
    assert (own.value, own.period_start, own.period_end) == (7, "2024-08-01", "2024-08-31")


def test_tallies_release_summaries_rendered_ineffective_counts_the_dead(
    extracted: dict[str, list[Record]],
) -> None:
    # "27 terrorist were rendered ineffective, of which 19 in northern Iraq and 8 in northern
    # Syria", "made ineffective since 1 January ... 913": the dead, the week's by country
    records = extracted["msb-week-rendered-ineffective"]
    tallies = [t for t in records if isinstance(t, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = {(t.metric, t.value, tuple(t.area), by_id[t.parent].value if t.parent else None)
           for t in tallies if t.metric == "killed"}
    assert got == {("killed", 27, ("IQ", "SY"), None), ("killed", 19, ("IQ",), 27),
                   ("killed", 8, ("SY",), 27), ("killed", 913, ("IQ", "SY"), None)}
    # "5 terrorists who were persuaded by ... have surrendered": read past the clause
    assert [t.value for t in tallies if t.metric == "surrendered"] == [5]
    assert {c.total: c.verdict for c in records if isinstance(c, Consistency)} == {
        27: "consistent"}


@pytest.mark.parametrize(
    ("name", "note"),
    [("unmiss-may-counts-in-words", "women 9; children 6), leaving 7 unaccounted for; "
                                    "the groups named are only some of them"),
     ("afp-africom-quarter-dead-before-strikes", "(Middle Juba 41), leaving 23 unaccounted "
                                                "for; the parts cover only some of the area")],
)
def test_tallies_release_summaries_partial_breakdown_says_what_is_missing(
    extracted: dict[str, list[Record]], name: str, note: str
) -> None:
    # "Of the twenty-two killed, nine were women and six were children": groups of the dead
    # in the count's own place, not places that cover only some of it
    [finding] = [c for c in extracted[name] if isinstance(c, Consistency)]
    assert note in finding.explanation


def test_tallies_release_summaries_labelled_lines_told_by_who_released_them(
    extracted: dict[str, list[Record]],
) -> None:
    # "Inter-Services Public Relations (ISPR) on Tuesday released the following summary ...:"
    # above the labelled lines: the issuer of every count
    reporters = {t.reporter for t in extracted["ispr-june-labels-in-words"]
                 if isinstance(t, Tally)}
    assert reporters == {"Inter-Services Public Relations"}


def test_tallies_release_summaries_zone_told_before_the_figures_names_them(
    extracted: dict[str, list[Record]],
) -> None:
    # "troops of Operation Hadin Kai in the North East neutralised 19 terrorists and
    # arrested 31 suspects, while 212 terrorists ... surrendered ... in Borno": the zone
    # before the figures is theirs, the state after them the surrender's
    explanations = [c.explanation for c in extracted["dhq-week-surrendered-theatre"]
                    if isinstance(c, Consistency)]
    assert len(explanations) == 2
    assert all("(North East " in e and "Borno" not in e for e in explanations)


def test_tallies_release_summaries_command_told_after_forces_at_large() -> None:
    # "The US military said on Tuesday that 64 al-Shabaab fighters had been killed ...", and
    # "US Africa Command (AFRICOM) said ...": the command issued the figures
    records = fixture_records("tallies", "afp-africom-quarter-dead-before-strikes", "2024-10-08")
    assert {t.reporter for t in records if isinstance(t, Tally)} == {"US Africa Command"}
