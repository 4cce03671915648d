"""The seed articles' statements, as their gold readings list them."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.records import Record, Statement
from tests.conftest import SEED_NAMES, seed_gold


def _gold_statements() -> list[tuple[str, dict[str, Any]]]:
    return [(name, g) for name in SEED_NAMES for g in seed_gold(name).get("statements", [])]


@pytest.mark.parametrize(("name", "gold"), _gold_statements(),
                         ids=lambda v: v["quote_starts"][:30] if isinstance(v, dict) else v)
def test_statements_seeds_find_each_gold_statement(
    seed_records: dict[str, list[Record]], name: str, gold: dict[str, Any]
) -> None:
    found = [
        s for s in seed_records[name]
        if isinstance(s, Statement) and s.quote.startswith(gold["quote_starts"])
    ]
    assert len(found) == 1, [s.to_dict() for s in seed_records[name] if isinstance(s, Statement)]
    [statement] = found
    assert statement.speaker == gold["speaker"]
    assert statement.role == gold["role"]
    assert statement.organisation == "US Central Command"
    first = statement.evidence[0]
    assert first.text.startswith(gold["quote_starts"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_statements_seeds_evidence_is_the_text(
    seed_records: dict[str, list[Record]], name: str
) -> None:
    statements = [s for s in seed_records[name] if isinstance(s, Statement)]
    assert statements
    text = seed_records[name][0].text  # type: ignore[union-attr]
    for statement in statements:
        for span in statement.evidence:
            assert text[span.start : span.end] == span.text
            assert span.text in statement.quote or span.text.rstrip(",") in statement.quote


def test_statements_seeds_it_refers_to_the_last_organisation(
    seed_records: dict[str, list[Record]],
) -> None:
    statements = [s for s in seed_records["centcom-hamrin-dayr-az-zawr"]
                  if isinstance(s, Statement)]
    added = [s for s in statements if s.quote.startswith("The operations served")]
    assert [s.speaker for s in added] == ["US Central Command"]
    assert not any("caliphate" == s.quote for s in statements)
