"""eventcoder.windows.SpanSet answers what a pass over all its spans answers."""

from __future__ import annotations

import random

import pytest

from eventcoder.windows import SpanSet


@pytest.mark.parametrize("seed", range(6))
def test_overlaps_matches_a_scan_as_spans_are_added(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(s, s + rng.randrange(0, 25)) for s in (rng.randrange(0, 300) for _ in range(20))]
    found = SpanSet(spans)
    for _ in range(300):
        start = rng.randrange(-10, 320)
        end = start + rng.randrange(-3, 40)
        expected = any(s < end and start < e for s, e in spans)
        assert found.overlaps(start, end) is expected
        if rng.random() < 0.2:
            added = (start, end)
            spans.append(added)
            found.add(*added)


def test_an_empty_set_overlaps_nothing() -> None:
    assert not SpanSet().overlaps(0, 10)
    assert SpanSet([(4, 9)]).overlaps(8, 20)
    assert not SpanSet([(4, 9)]).overlaps(9, 20)
