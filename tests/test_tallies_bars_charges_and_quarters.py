"""A release's table of labelled cells parted by bars ("Friendly forces | Killed: 4 |
Wounded: 9") and its total line ("Total terrorists killed: 26"); those arrested broken down
by what for ("11 for banditry, 9 for kidnapping"); counts broken down by quarter after "By
quarter,"; and the days of one operation told by the way ("which ran from 29 March to 3
April"), which lend no period to the counts after them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Record, Tally


def _read(text: str, published: str) -> list[Record]:
    return extract(text, published=published, doc_id="s")


def _told(found: list[Record]) -> list[tuple[str, int, str | None, int | None]]:
    tallies = [t for t in found if isinstance(t, Tally)]
    values = {t.tally_id: t.value for t in tallies}
    return sorted((t.metric, t.value, t.party, values.get(t.parent) if t.parent else None)
                  for t in tallies)


def _findings(found: list[Record]) -> list[tuple[int | None, list[int], str]]:
    return [(c.total, sorted(c.parts), c.verdict) for c in found if isinstance(c, Consistency)]


@pytest.mark.parametrize(
    ("text", "published", "told", "findings"),
    [
        ("MINISTRY OF DEFENCE\n\nResults of the week from 8 to 14 March 2021\n\n"
         "During the week, the Malian Armed Forces carried out operations in the centre.\n\n"
         "Mopti region | Terrorists killed: 12 | Arrested: 4\n"
         "Segou region | Terrorists killed: 7 | Arrested: 2\n"
         "Friendly forces | Killed: 1 | Wounded: 3\n\nTotal terrorists killed: 19\n",
         "2021-03-15",
         [("detained", 2, "Unidentified Armed Group (Mali)", None),
          ("detained", 4, "Unidentified Armed Group (Mali)", None),
          ("killed", 1, "Military Forces of Mali", None),
          ("killed", 7, "Unidentified Armed Group (Mali)", 19),
          ("killed", 12, "Unidentified Armed Group (Mali)", 19),
          ("killed", 19, "Unidentified Armed Group (Mali)", None),
          ("wounded", 3, "Military Forces of Mali", None)],
         [(19, [7, 12], "consistent")]),
        # the total short of its rows: a mismatch reported
        ("GENERAL STAFF\n\nOperations of 1 to 7 May 2018\n\n"
         "Far North region | Terrorists killed: 9 | Arrested: 6\n"
         "North region | Terrorists killed: 5 | Arrested: 1\n\nTotal terrorists killed: 13\n",
         "2018-05-08",
         [("detained", 1, "Unidentified Armed Group (Cameroon)", None),
          ("detained", 6, "Unidentified Armed Group (Cameroon)", None),
          ("killed", 5, "Unidentified Armed Group (Cameroon)", 13),
          ("killed", 9, "Unidentified Armed Group (Cameroon)", 13),
          ("killed", 13, "Unidentified Armed Group (Cameroon)", None)],
         [(13, [5, 9], "mismatch")]),
    ],
)
def test_tallies_cells_parted_by_bars_and_their_total_line(
        text: str, published: str, told: list[tuple[str, int, str | None, int | None]],
        findings: list[tuple[int, list[int], str]]) -> None:
    found = _read(text, published)
    assert _told(found) == told
    assert _findings(found) == findings


def test_tallies_a_total_line_with_no_rows_above_is_no_table() -> None:
    text = ("Lagos, 4 July 2022 - The police said on Monday that 30 suspects were arrested in "
            "June.\n\nTotal suspects arrested: 30\n")
    assert [t.value for t in _read(text, "2022-07-04") if isinstance(t, Tally)].count(30) == 1


@pytest.mark.parametrize(
    ("text", "published", "parts", "finding"),
    [
        ("Kaduna, 5 September 2022 - The state police command arrested 40 suspects between "
         "29 August and 4 September 2022. Of the 40 suspects, 22 were arrested for "
         "kidnapping, 12 for armed robbery and 6 for cattle rustling.", "2022-09-05",
         [6, 12, 22], (40, [6, 12, 22], "consistent")),
        ("Nairobi, 3 February 2020 - Police detained 18 people in operations in Mandera "
         "County in January 2020. Of the 18 people detained, 10 were detained for robbery and "
         "5 for illegal possession of firearms.", "2020-02-03",
         [5, 10], (18, [5, 10], "partial")),
    ],
)
def test_tallies_those_held_by_what_for(text: str, published: str, parts: list[int],
                                        finding: tuple[int, list[int], str]) -> None:
    found = _read(text, published)
    assert sorted(v for m, v, _, parent in _told(found) if parent == finding[0]) == parts
    assert finding in _findings(found)


@pytest.mark.parametrize(
    ("text", "published", "whole", "parts", "verdict"),
    [
        ("Manila, 4 January 2021 - Troops killed 80 rebels in 2020, the command said. By "
         "quarter, troops killed 25 rebels in the first quarter, 20 in the second, 18 in "
         "the third and 17 in the fourth.", "2021-01-04", 80, [17, 18, 20, 25], "consistent"),
        ("Kabul, 2 January 2019 - Security forces conducted 412 operations in 2018. Quarter "
         "by quarter, they conducted 95 operations in the first quarter, 118 in the second, "
         "101 in the third and 99 in the fourth.", "2019-01-02", 412, [95, 99, 101, 118],
         "mismatch"),
    ],
)
def test_tallies_parts_by_quarter_after_by_quarter(text: str, published: str, whole: int,
                                                   parts: list[int], verdict: str) -> None:
    found = _read(text, published)
    assert sorted(v for _, v, _, parent in _told(found) if parent == whole) == parts
    assert (whole, parts, verdict) in _findings(found)


def test_tallies_days_of_one_operation_lend_no_period_to_later_counts() -> None:
    text = ("Davao City, 6 January 2022 - Troops killed 60 rebels in 2021. Eight of them "
            "died in the offensive in Mati, which ran from 12 to 19 June. Troops also "
            "captured 14 rebels during the year.")
    tallies = [t for t in _read(text, "2022-01-06") if isinstance(t, Tally)]
    (captured,) = [t for t in tallies if t.metric == "detained"]
    assert (str(captured.period_start), str(captured.period_end)) == (
        "2021-01-01", "2021-12-31")
