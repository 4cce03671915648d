"""News stories rich in statements, under ``fixtures/statement_stories``, written for these
tests: several speakers, a quote split around its attribution, words reported without
quotation marks, an organisation's statement, a denial, a claim posted online, a speaker who
asked not to be named. ``expected.json`` lists every statement an analyst records; a field
marked ``pending`` is documented there and expected to fail until it is read right."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.records import Statement

STORIES = Path(__file__).parent / "fixtures" / "statement_stories"
GOLD: dict[str, Any] = json.loads((STORIES / "expected.json").read_text(encoding="utf-8"))[
    "articles"]
NAMES = sorted(GOLD)
FIELDS = ("speaker", "role", "organisation", "reported", "anonymous")


@pytest.fixture(scope="module")
def statements() -> dict[str, list[Statement]]:
    out = {}
    for name in NAMES:
        text = (STORIES / f"{name}.txt").read_text(encoding="utf-8")
        out[name] = [r for r in extract(text, published=GOLD[name]["published"], doc_id=name)
                     if isinstance(r, Statement)]
    return out


def _gold() -> list[tuple[str, int, dict[str, Any]]]:
    return [(name, k, g) for name in NAMES for k, g in enumerate(GOLD[name]["statements"])]


def _pending(gold: dict[str, Any]) -> tuple[pytest.MarkDecorator, ...]:
    return (pytest.mark.xfail(reason=gold["why"], strict=True),) if gold.get("pending") else ()


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}", marks=_pending(g)) for n, k, g in _gold()])
def test_statements_stories_each_statement(statements: dict[str, list[Statement]], name: str,
                                           k: int, gold: dict[str, Any]) -> None:
    found = [s for s in statements[name] if s.quote.startswith(gold["quote_starts"])]
    if "verb" in gold:
        # (a claim and its denial share their words: "..., a claim the army rejected")
        found = [s for s in found if s.verb == gold["verb"]]
    assert len(found) == 1, [(s.speaker, s.quote[:40]) for s in statements[name]]
    [statement] = found
    expected = {f: gold.get(f, None if f in ("role", "organisation") else False)
                for f in FIELDS if f != "speaker"}
    expected["speaker"] = gold["speaker"]
    assert {f: getattr(statement, f) for f in FIELDS} == expected
    if "verb" in gold:
        assert statement.verb == gold["verb"]
    text = (STORIES / f"{name}.txt").read_text(encoding="utf-8")
    for span in statement.evidence:
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("name", NAMES)
def test_statements_stories_no_other_statement(statements: dict[str, list[Statement]],
                                               name: str) -> None:
    # every statement read is one the analyst records (a pending one by its words as read)
    starts = [g.get("read_as", g["quote_starts"]) for g in GOLD[name]["statements"]]
    unlisted = [s.quote for s in statements[name]
                if not any(s.quote.startswith(start) for start in starts)]
    assert unlisted == []
