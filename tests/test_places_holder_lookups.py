"""A name written after a comma or a bracket finds the mentions inside it and the one after it
by bisection, not by a pass over all the document's mentions for each name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventcoder.gazetteer import load_gazetteer
from eventcoder.mentions import PlaceMention
from eventcoder.places import _division_spellings, _holder_spellings

_NAMES = ("Brelvo", "Castrun", "Odelby", "Permaine", "Tollisk", "Quarvey", "Zendrow")


class _CountedList(list):  # type: ignore[type-arg]
    """A list that counts the passes made over it."""

    passes = 0

    def __iter__(self) -> Iterator[Any]:
        type(self).passes += 1
        return super().__iter__()


def _listed(count: int) -> tuple[str, list[tuple[int, int, str]], _CountedList]:
    names = [f"{_NAMES[n % len(_NAMES)]}{'o' * (n // len(_NAMES))}" for n in range(count)]
    text = "Raids hit " + ", ".join(names) + ", all of them hamlets."
    runs, mentions, at = [], _CountedList(), 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        runs.append((start, at, name))
        mentions.append(PlaceMention(start=start, end=at, text=name, place=None,
                                     geo_precision=1, modifier=None, score=0.3,
                                     reason="not in the gazetteer"))
    return text, runs, mentions


def test_holders_look_their_mentions_up() -> None:
    text, runs, mentions = _listed(60)
    before = list(mentions)
    _CountedList.passes = 0
    _holder_spellings(text, runs, mentions, load_gazetteer())
    assert list(mentions) == before
    assert _CountedList.passes <= 3


def test_division_spellings_look_their_mentions_up() -> None:
    text, runs, mentions = _listed(60)
    before = list(mentions)
    _CountedList.passes = 0
    _division_spellings(text, runs, mentions, load_gazetteer(), {"QQ"})
    assert list(mentions) == before
    assert _CountedList.passes <= 3
