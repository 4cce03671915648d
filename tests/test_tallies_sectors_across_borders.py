"""Counts of a force whose area spans several countries: "across the Lake Chad Basin" (a
lake the gazetteer puts in one country) holds every country its sectors below are told
for, and "In Sector 2 (Niger), ..." places a sector's figures in the country in brackets."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Consistency, Tally

BASIN = (
    "JOINT FORCE\nPRESS RELEASE\n\n"
    "YAOUNDE, 4 March 2025 - Troops of the joint force conducted 30 operations across the "
    "Lake Chad Basin in February 2025, neutralising 70 terrorists.\n\n"
    "In Sector 1 (Cameroon), troops conducted 12 operations, neutralising 31 terrorists.\n"
    "In Sector 2 (Niger), troops conducted 18 operations, neutralising 34 terrorists.\n"
)


def _tallies(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    found = extract(text, published=published)
    return ([r for r in found if isinstance(r, Tally)],
            [r for r in found if isinstance(r, Consistency)])


def test_tallies_basin_total_spans_its_sectors_countries() -> None:
    tallies, findings = _tallies(BASIN, "2025-03-04")
    by_value = {t.value: t for t in tallies}
    assert sorted(by_value[30].area) == sorted(by_value[70].area) == ["CM", "NE"]
    assert by_value[12].area == ["CM"] and by_value[18].area == ["NE"]
    assert by_value[12].parent == by_value[18].parent == by_value[30].tally_id
    assert by_value[31].parent == by_value[34].parent == by_value[70].tally_id
    verdicts = {(c.total, tuple(sorted(c.parts))): c.verdict for c in findings}
    # every sector told, five terrorists fewer than the total: a contradiction
    assert verdicts == {(30, (12, 18)): "consistent", (70, (31, 34)): "mismatch"}
