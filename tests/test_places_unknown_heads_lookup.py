"""A name read whole over its unresolved first word takes the mentions inside it from those
that follow, not from a copy of all the rest of the document's mentions for each name."""

from __future__ import annotations

from typing import Any

from eventcoder.mentions import PlaceMention
from eventcoder.places import _unknown_heads


class _SlicedList(list):  # type: ignore[type-arg]
    """A list that counts the items its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> Any:
        found = super().__getitem__(key)
        if isinstance(key, slice):
            type(self).copied += len(found)
        return found


def test_names_read_whole_take_only_the_mentions_inside_them() -> None:
    runs, mentions = [], _SlicedList()
    for n in range(60):
        start = n * 20
        runs.append((start, start + 11, "Tor Bellagh"))
        mentions.append(PlaceMention(start=start, end=start + 3, text="Tor", place=None,
                                     geo_precision=1, modifier=None, score=0.4,
                                     reason="not in the gazetteer"))
    _SlicedList.copied = 0
    _unknown_heads(runs, mentions)
    assert [(m.start, m.end, m.text) for m in mentions] == [(s, e, r) for s, e, r in runs]
    assert _SlicedList.copied <= 2 * len(runs)
