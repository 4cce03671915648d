"""The seed articles' tallies and consistency findings, as their gold readings list them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from eventcoder.records import Consistency, Record, Tally
from tests.conftest import SEED_NAMES, seed_gold


def _tallies(records: list[Record]) -> list[Tally]:
    return [r for r in records if isinstance(r, Tally)]


def _matches(tally: Tally, gold: dict[str, Any]) -> bool:
    return (
        tally.metric == gold["metric"]
        and tally.value == gold["value"]
        and sorted(tally.area) == sorted(gold["area"])
        and tally.qualifier == gold.get("qualifier", tally.qualifier)
        and tally.party == gold.get("party", tally.party)
    )


def _gold_tallies() -> list[tuple[str, dict[str, Any]]]:
    return [(name, g) for name in SEED_NAMES for g in seed_gold(name).get("tallies", [])]


@pytest.mark.parametrize(("name", "gold"), _gold_tallies(),
                         ids=lambda v: f"{v['metric']}-{v['value']}-{'-'.join(v['area'])}"
                         if isinstance(v, dict) else v)
def test_tallies_seeds_find_each_gold_tally(
    seed_records: dict[str, list[Record]], name: str, gold: dict[str, Any]
) -> None:
    found = [t for t in _tallies(seed_records[name]) if _matches(t, gold)]
    assert len(found) == 1, [t.to_dict() for t in _tallies(seed_records[name])]
    [tally] = found
    assert tally.reporter == gold["reporter"]
    assert [tally.period_start, tally.period_end] == gold["period"]
    for span in tally.evidence:
        assert span.doc_id == name


@pytest.mark.parametrize("name", SEED_NAMES)
def test_tallies_seeds_find_nothing_more(seed_records: dict[str, list[Record]], name: str) -> None:
    assert len(_tallies(seed_records[name])) == len(seed_gold(name).get("tallies", []))


def test_tallies_seeds_link_breakdowns_to_totals(seed_records: dict[str, list[Record]]) -> None:
    tallies = _tallies(seed_records["shafaq-2023-03-03-february-operations"])
    by_id = {t.tally_id: t for t in tallies}
    for tally in tallies:
        if len(tally.area) == 1:
            assert tally.parent is not None, tally.to_dict()
            parent = by_id[tally.parent]
            assert (parent.metric, parent.party) == (tally.metric, tally.party)
            assert sorted(parent.area) == ["IQ", "SY"]
        else:
            assert tally.parent is None


def _gold_checks() -> list[tuple[str, dict[str, Any]]]:
    return [(name, g) for name in SEED_NAMES for g in seed_gold(name).get("consistency", [])]


@pytest.mark.parametrize(("name", "gold"), _gold_checks(),
                         ids=lambda v: v["check"] if isinstance(v, dict) else v)
def test_tallies_seeds_consistency(
    seed_records: dict[str, list[Record]], name: str, gold: dict[str, Any]
) -> None:
    found = [
        c for c in seed_records[name]
        if isinstance(c, Consistency) and c.total == gold["total"]
        and Counter(c.parts) == Counter(gold["parts"])
    ]
    assert len(found) == 1
    [check] = found
    assert check.parts_sum == gold["parts_sum"]
    assert check.verdict == gold["verdict"]
    if check.verdict == "mismatch":
        assert "partnered operations only (33 + 15 = 48)" in check.explanation


@pytest.mark.parametrize("name", SEED_NAMES)
def test_tallies_seeds_consistency_count(seed_records: dict[str, list[Record]], name: str) -> None:
    checks = [r for r in seed_records[name] if isinstance(r, Consistency)]
    assert len(checks) == len(seed_gold(name).get("consistency", []))
