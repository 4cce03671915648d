"""The casualty statements of the two seed articles, as their gold readings list them."""

from __future__ import annotations

from pathlib import Path

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _rows(name: str) -> set[tuple[str, int | None, int | None, str, str | None, bool]]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return {
        (m.kind, m.count, m.low, m.qualifier, m.party_text, m.animal)
        for m in find_casualty_mentions(text)
    }


def test_casualties_seeds_hamrin_statement() -> None:
    rows = _rows("centcom-hamrin-dayr-az-zawr.txt")
    assert {
        ("killed", None, 2, "unknown", "ISIS fighters", False),
        ("killed", 1, 1, "exact", "Coalition member", False),
        ("wounded", 2, 2, "exact", "Coalition member", False),
        ("wounded", 0, 0, "zero", "US personnel", False),
        ("detained", 1, 1, "exact", "ISIS attack cell leader", False),
    } <= rows
    assert not any(r[1] in {900, 2000} for r in rows)  # force posture is no casualty


def test_casualties_seeds_february_operations() -> None:
    rows = _rows("shafaq-2023-03-03-february-operations.txt")
    assert rows == {
        ("killed", 22, 22, "exact", "ISIS operatives", False),
        ("detained", 25, 25, "exact", "ISIS operatives", False),
        ("killed", 17, 17, "exact", "ISIS operatives", False),
        ("detained", 14, 14, "exact", "ISIS operatives", False),
        ("killed", 5, 5, "exact", "ISIS operatives", False),
        ("detained", 11, 11, "exact", "ISIS operatives", False),
        ("wounded", 4, 4, "exact", "US troops", False),
        ("wounded", 1, 1, "exact", "working dog", True),
        ("killed", 0, 0, "zero", "US troops", False),
    }


def test_casualties_seeds_us_troops_zero_killed_four_wounded() -> None:
    text = (SEEDS / "shafaq-2023-03-03-february-operations.txt").read_text(encoding="utf-8")
    start = text.index("Four US troops")
    paragraph = text[start : text.index("\n", start)]
    rows = {(c.kind, c.party, c.count, c.qualifier) for c in combine_casualties(
        find_casualty_mentions(paragraph), text=paragraph)}
    assert rows == {("wounded", "US troops", 4, "exact"), ("killed", "US troops", 0, "zero")}
