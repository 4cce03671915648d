"""A total "in all" of a release's whole area, with one part by country told after it.

Each report under ``fixtures/tallies`` was written for these tests: a month whose lead
names both countries ("41 operations ... in Iraq and Syria") before "In all, twenty-six
ISIS members were detained during the month, five of them in Syria"; an army's month in two
countries restated "Altogether 52 ... were detained, eleven of them in Somalia", with
"eighteen fighters during the month, of whom six in Somalia"; and a month whose first
figure is such a total ("In all, thirty-four ISIS members were detained during June, four
of them in Syria") before "In Iraq, partner forces carried out 22 raids". The part's
country is not the total's: the total is of every country the report tells.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Consistency, Record, Tally
from tests.conftest import fixture_records

# (metric, value, area, parent's value or None)
Expected = tuple[str, int, tuple[str, ...], int | None]

CASES: dict[str, tuple[str, tuple[str | None, str, str], list[Expected], dict[int, str]]] = {
    "coalition-october-in-all-five-of-them": (
        "2024-11-05",
        ("US Central Command", "2024-10-01", "2024-10-31"),
        [("operations", 41, ("IQ", "SY"), None), ("detained", 26, ("IQ", "SY"), None),
         ("detained", 5, ("SY",), 26), ("killed", 9, ("IQ", "SY"), None),
         ("killed", 7, ("IQ",), 9)],
        {26: "partial", 9: "partial"},
    ),
    "kdf-march-altogether-of-whom": (
        "2025-04-04",
        ("Military Forces of Kenya", "2025-03-01", "2025-03-31"),
        # the restated 52 is the lead's, not a part of it in Somalia
        [("detained", 52, ("KE", "SO"), None), ("detained", 11, ("SO",), 52),
         ("killed", 18, ("KE", "SO"), None), ("killed", 6, ("SO",), 18)],
        {52: "partial", 18: "partial"},
    ),
    "coalition-june-in-all-part-told-first": (
        "2025-07-07",
        (None, "2025-06-01", "2025-06-30"),
        [("detained", 34, ("IQ", "SY"), None), ("detained", 4, ("SY",), 34),
         ("raids", 22, ("IQ",), None)],
        {34: "partial"},
    ),
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Record]]:
    return {name: fixture_records("tallies", name, published)
            for name, (published, *_rest) in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_in_all_parts_values_areas_parents(
    extracted: dict[str, list[Record]], name: str
) -> None:
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    by_id = {t.tally_id: t for t in tallies}
    got = [(t.metric, t.value, tuple(sorted(t.area)),
            by_id[t.parent].value if t.parent is not None else None) for t in tallies]
    assert sorted(got, key=repr) == sorted(CASES[name][2], key=repr)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_in_all_parts_reporter_and_period(
    extracted: dict[str, list[Record]], name: str
) -> None:
    reporter, start, end = CASES[name][1]
    tallies = [r for r in extracted[name] if isinstance(r, Tally)]
    assert tallies
    for tally in tallies:
        if reporter is not None:
            assert tally.reporter == reporter
        assert (tally.period_start, tally.period_end) == (start, end)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tallies_in_all_parts_consistency(
    extracted: dict[str, list[Record]], name: str
) -> None:
    checks = {c.total: c.verdict for c in extracted[name] if isinstance(c, Consistency)}
    assert checks == CASES[name][3]


def test_tallies_in_all_parts_name_the_country_without_a_figure(
    extracted: dict[str, list[Record]],
) -> None:
    [check] = [c for c in extracted["coalition-june-in-all-part-told-first"]
               if isinstance(c, Consistency)]
    assert "(Syria 4)" in check.explanation
    assert "no figure is given for IQ" in check.explanation
