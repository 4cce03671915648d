"""Mentions that start in, or overlap, a span of text, without a scan of all of them.

Stages that read a document sentence by sentence ask, for each sentence, which of the
doc's mentions lie in it. A scan of every mention per sentence costs the number of
sentences times the number of mentions: nothing on a short note, but the square of the
length on a long document. These functions answer the same question from an index of
the mentions' starts, built once per tuple of mentions, and give the mentions in their
order in the tuple, exactly as the scan would.

The index is kept for the last few tuples asked about (a tuple cannot be weakly
referenced, so the cache holds the tuple itself, which also keeps its ``id`` from being
reused while it is cached). A short tuple is scanned: below :data:`SCAN_BELOW` items a
scan is cheaper than an index.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

#: Tuples shorter than this are scanned, not indexed.
SCAN_BELOW = 24
#: How many indexes are kept (a document's places, actors, dates, quantities ...).
CACHED = 16


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


class _Index:
    __slots__ = ("items", "starts", "order", "longest", "in_order")

    def __init__(self, items: Sequence[_Spanned]) -> None:
        self.items = items
        order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.order = order
        self.starts = [items[i].start for i in order]
        self.longest = max((x.end - x.start for x in items), default=0)
        self.in_order = all(a < b for a, b in zip(order, order[1:], strict=False))

    def between(self, low: int, high: int) -> list[int]:
        """Positions in ``items`` of those whose start is in [low, high), ascending."""
        lo = bisect_left(self.starts, low)
        hi = bisect_left(self.starts, high, lo)
        if self.in_order:
            return list(range(lo, hi))
        return sorted(self.order[lo:hi])


_INDEXES: dict[int, _Index] = {}


def _index(items: Sequence[_Spanned]) -> _Index:
    key = id(items)
    found = _INDEXES.get(key)
    if found is not None and found.items is items:
        return found
    index = _Index(items)
    if len(_INDEXES) >= CACHED:
        _INDEXES.pop(next(iter(_INDEXES)), None)
    _INDEXES[key] = index
    return index


def starting_in(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items with ``start <= item.start < end``, in their order in ``items``."""
    if len(items) < SCAN_BELOW:
        return [x for x in items if start <= x.start < end]
    if start >= end:
        return []
    return [items[i] for i in _index(items).between(start, end)]


def overlapping(items: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items with ``item.start < end`` and ``start < item.end``, in their order in
    ``items``."""
    if len(items) < SCAN_BELOW:
        return [x for x in items if x.start < end and start < x.end]
    index = _index(items)
    # An item that ends after ``start`` starts after ``start - longest``.
    return [items[i] for i in index.between(start - index.longest, end) if start < items[i].end]


def span_at(spans: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The first span ``(s, e)`` of ``spans`` with ``s <= at < e``, or None."""
    if len(spans) < SCAN_BELOW:
        for s, e in spans:
            if s <= at < e:
                return s, e
        return None
    index = _sentence_index(spans)
    if index is None:
        for s, e in spans:
            if s <= at < e:
                return s, e
        return None
    k = bisect_left(index, at + 1) - 1  # the last span starting at or before ``at``
    if k >= 0:
        s, e = spans[k]
        if s <= at < e:
            return s, e
    return None


_SPAN_STARTS: dict[int, tuple[Sequence[tuple[int, int]], list[int] | None]] = {}


def _sentence_index(spans: Sequence[tuple[int, int]]) -> list[int] | None:
    """The starts of spans that are in order and do not overlap (each ends before the next
    starts, as sentences do), else None: then only a scan finds the first span holding a
    position."""
    key = id(spans)
    found = _SPAN_STARTS.get(key)
    if found is not None and found[0] is spans:
        return found[1]
    ordered = all(e1 <= s2 for (_s1, e1), (s2, _e2) in zip(spans, spans[1:], strict=False)) \
        and all(s < e for s, e in spans)
    starts = [s for s, _e in spans] if ordered else None
    if len(_SPAN_STARTS) >= CACHED:
        _SPAN_STARTS.pop(next(iter(_SPAN_STARTS)), None)
    _SPAN_STARTS[key] = (spans, starts)
    return starts


class SpanSet:
    """Spans ``(start, end)`` that may grow, asked whether any overlaps a span: the answer
    of a pass over all of them (``any(s < end and start < e for s, e in spans)``), from
    their starts kept in order. A span overlapping ``[start, end)`` starts before ``end``
    and, being no longer than the longest, after ``start - longest``."""

    __slots__ = ("_starts", "_ends", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # in the order of ``_starts``
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end, lo)
        ends = self._ends
        for k in range(lo, hi):
            if start < ends[k]:
                return True
        return False
