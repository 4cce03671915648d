"""The indexed look-ups of eventcoder.windows give what a scan of every mention gives."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from eventcoder.windows import overlapping, span_at, starting_in


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    label: int


def _spans(seed: int, count: int, *, in_order: bool) -> tuple[_Span, ...]:
    rng = random.Random(seed)
    items = []
    for label in range(count):
        start = rng.randrange(0, 500)
        items.append(_Span(start, start + rng.randrange(0, 30), label))
    if in_order:
        items.sort(key=lambda x: x.start)
    return tuple(items)


@pytest.mark.parametrize("count", [0, 1, 5, 23, 24, 60, 300])
@pytest.mark.parametrize("in_order", [True, False])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_windows_match_a_scan(count: int, in_order: bool, seed: int) -> None:
    items = _spans(seed, count, in_order=in_order)
    rng = random.Random(seed * 1000 + count)
    for _ in range(200):
        low = rng.randrange(-20, 540)
        high = low + rng.randrange(-5, 80)
        assert list(starting_in(items, low, high)) == [
            x for x in items if low <= x.start < high]
        assert list(overlapping(items, low, high)) == [
            x for x in items if x.start < high and low < x.end]


def _sentences(seed: int, count: int) -> tuple[tuple[int, int], ...]:
    rng = random.Random(seed)
    spans, at = [], 0
    for _ in range(count):
        at += rng.randrange(0, 4)
        end = at + rng.randrange(1, 40)
        spans.append((at, end))
        at = end
    return tuple(spans)


@pytest.mark.parametrize("count", [0, 3, 24, 200])
@pytest.mark.parametrize("shuffled", [False, True])
def test_span_at_matches_a_scan(count: int, shuffled: bool) -> None:
    spans = list(_sentences(count, count))
    if shuffled:
        random.Random(count).shuffle(spans)
        spans += spans[:5]  # overlapping duplicates: only a scan can tell the first
    frozen = tuple(spans)
    last = max((e for _s, e in frozen), default=0)
    for at in range(-2, last + 3):
        expected = next(((s, e) for s, e in frozen if s <= at < e), None)
        assert span_at(frozen, at) == expected
