"""Periodic releases as they are retold: tables, a year so far, strikes and targets, rounding.

Each report under ``fixtures/tallies`` was written for these tests: a month's operations
told as rows of a table by province ("Balochistan - 384 operations, 21 terrorists
killed"), the rows adding up to the national count; a year to date ("since January 1")
broken down by zone, the last of them told with no verb ("and 397 in the North Central");
an air campaign's month of sorties and strikes "destroying 143 targets", and "Of the targets
destroyed, 61 were weapons depots, 48 were vehicles and 17 were launch sites" (kinds that
are only some of them); a wire story that rounds the ministry's count ("about 1,500 people")
before giving it exactly ("the exact number at 1,487"); and a headline's "Nearly 40" over
the release's 38, broken down near a village the gazetteer lacks ("16 near Quiterajo");
a translated week whose part is bracketed ("among them (12) accused"); and a month whose
own losses, "4 soldiers were killed", are the soldiers of the country counted.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Event, Record, Tally
from tests.conftest import fixture_records

# (metric, value, area, party, qualifier, parent's value or None)
Expected = tuple[str, int, tuple[str, ...], str | None, str | None, int | None]

UAG_MZ = "Unidentified Armed Group (Mozambique)"
UAG_NG = "Unidentified Armed Group (Nigeria)"
UAG_PK = "Unidentified Armed Group (Pakistan)"

CASES: dict[str, tuple[str, tuple[str, str, str], list[Expected], dict[int, str]]] = {
    "ispr-october-table-rows": (
        "2024-11-01",
        ("Inter-Services Public Relations", "2024-10-01", "2024-10-31"),
        [("operations", 1032, ("PK",), None, "intelligence-based", None),
         ("operations", 612, ("PK",), None, None, 1032),
         ("operations", 384, ("PK",), None, None, 1032),
         ("operations", 36, ("PK",), None, None, 1032),
         ("killed", 57, ("PK",), UAG_PK, None, None),
         ("killed", 21, ("PK",), UAG_PK, None, None),
         ("killed", 4, ("PK",), UAG_PK, None, None),
         ("killed", 12, ("PK",), "Military Forces of Pakistan", None, None)],
        {1032: "consistent"},
    ),
    "dhq-year-to-date-by-zone": (
        "2024-06-13",
        ("Military Forces of Nigeria", "2024-01-01", "2024-06-13"),
        [("killed", 2184, ("NG",), UAG_NG, None, None),
         ("detained", 3417, ("NG",), "suspects", None, None),
         ("killed", 1163, ("NG",), UAG_NG, None, 2184),
         ("killed", 624, ("NG",), UAG_NG, None, 2184),
         ("killed", 397, ("NG",), UAG_NG, None, 2184)],
        {2184: "consistent"},
    ),
    "coalition-august-sorties-targets": (
        "2019-09-02",
        ("Operation Restoring Hope", "2019-08-01", "2019-08-31"),
        [("sorties", 412, ("YE",), None, None, None),
         ("strikes", 96, ("YE",), None, None, None),
         ("targets", 143, ("YE",), None, None, None),
         ("targets", 61, ("YE",), None, "weapons depots", 143),
         ("targets", 48, ("YE",), None, "vehicles", 143),
         ("targets", 17, ("YE",), None, "launch sites", 143)],
        {143: "partial"},
    ),
    "reuters-quarter-rounded-arrests": (
        "2024-04-07",
        ("interior ministry", "2024-01-01", "2024-03-31"),
        # "about 1,500 people suspected of belonging to Islamic State", told exactly as
        # "1,487 suspects": the exact count and its parts are of the group named first
        [("detained", 1487, ("IQ",), "Islamic State", None, None),
         ("detained", 612, ("IQ",), "Islamic State", None, 1487),
         ("detained", 301, ("IQ",), "Islamic State", None, 1487),
         ("detained", 244, ("IQ",), "Islamic State", None, 1487)],
        {1487: "partial"},
    ),
    "mozambique-nearly-forty-week": (
        "2024-05-15",
        ("Mozambique's defence ministry", "2024-05-08", "2024-05-15"),
        [("killed", 38, ("MZ",), UAG_MZ, None, None),
         ("killed", 22, ("MZ",), UAG_MZ, None, 38),
         ("killed", 16, ("MZ",), UAG_MZ, None, 38),
         ("wounded", 3, ("MZ",), "Military Forces of Mozambique", None, None)],
        {38: "consistent"},
    ),
    "moi-translated-among-them-bracketed": (
        "2024-06-02",
        ("Ministry of Interior", "2024-05-26", "2024-06-02"),
        # "(53) accused persons ..., among them (12) accused ...": all 53 were sought
        [("detained", 53, (), "accused persons", None, None),
         ("detained", 12, (), "accused", None, 53)],
        {53: "partial"},
    ),
    "smc-month-own-soldiers-same-sentence": (
        "2024-06-01",
        ("Security Media Cell", "2024-05-01", "2024-05-31"),
        [("killed", 9, ("IQ",), "Islamic State", None, None),
         ("detained", 27, ("IQ",), "suspects", None, None),
         ("killed", 4, ("IQ",), "Iraqi Security Forces", None, None),
         ("wounded", 6, ("IQ",), "Iraqi Security Forces", None, None)],
        {},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_retellings_read_every_count(
    extracted: dict[str, list[Record]], name: str
) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = [(t.metric, t.value, tuple(t.area), t.party, t.qualifier,
            by_id[t.parent].value if t.parent is not None else None) for t in tallies]
    assert sorted(got, key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_retellings_reporter_and_period(
    extracted: dict[str, list[Record]], name: str
) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    assert {(t.reporter, t.period_start, t.period_end) for t in tallies} == {CASES[name][1]}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_release_retellings_consistency_and_no_incident(
    extracted: dict[str, list[Record]], name: str
) -> None:
    records = extracted[name]
    assert {c.total: c.verdict for c in records if isinstance(c, Consistency)} == CASES[name][3]
    assert [r for r in records if isinstance(r, Event)] == []


@pytest.mark.parametrize(
    ("name", "label"),
    [("ispr-october-table-rows", "Balochistan 384"), ("mozambique-nearly-forty-week",
                                                      "Quiterajo 16"),
     ("dhq-year-to-date-by-zone", "North Central 397")],
)
def test_tallies_release_retellings_parts_named_by_their_place(
    extracted: dict[str, list[Record]], name: str, label: str
) -> None:
    assert any(label in c.explanation for c in extracted[name] if isinstance(c, Consistency))


def test_tallies_release_retellings_rounded_figure_is_the_exact_one(
    extracted: dict[str, list[Record]],
) -> None:
    # "about 1,500 people" is the 1,487 told roughly, no second count
    values = [t.value for t in extracted["reuters-quarter-rounded-arrests"]
              if isinstance(t, Tally)]
    assert 1500 not in values and values.count(1487) == 1
