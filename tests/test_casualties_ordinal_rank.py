"""One person told by rank: "a thirteenth victim" is one of thirteen counted before, or one
more after twelve; and the people who died "at the scene" are no party of their own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import ordinal_value
from eventcoder.records import Event


def _killed(text: str) -> int:
    events = [r for r in extract(text, published="2024-05-16")
              if isinstance(r, Event) and not r.background]
    return sum(e.fatalities or 0 for e in events)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the rank is inside the count told before: the same person
        ("The bombing of the bus depot in Mardan killed 13 people. Twelve died at the scene. "
         "A thirteenth victim died in hospital two days later.", 13),
        ("Three soldiers were killed in an ambush near Menaka on Thursday. A third soldier "
         "died of his wounds in hospital, the army said.", 3),
        ("The attack on the market killed 21 people, officials said on Sunday. The "
         "twenty-first victim, a girl of nine, died overnight.", 21),
        # the rank is one past the count: one more person
        ("Gunmen stormed a village in Katsina state on Sunday, killing 12 villagers. A "
         "thirteenth victim died of his wounds on Monday, residents said.", 13),
        ("Two soldiers were killed in an ambush near Menaka. A third soldier died of his "
         "wounds on Friday.", 3),
        ("A police officer was shot dead at a checkpoint in Quetta on Tuesday. A second "
         "officer died later in hospital.", 2),
    ],
)
def test_casualties_ordinal_rank_counts_each_person_once(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Four people were killed when a roadside bomb hit a minibus near Ghazni. Two died "
         "at the scene and two others died on the way to hospital.", 4),
        ("Three soldiers were killed in an ambush near Menaka on Thursday. Two died on the "
         "spot and a third soldier died of his wounds in hospital.", 3),
    ],
)
def test_casualties_place_of_death_is_no_party(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("word", "rank"),
    [("third", 3), ("twelfth", 12), ("thirteenth", 13), ("twentieth", 20),
     ("twenty-first", 21), ("13th", 13), ("2nd", 2), ("month", None), ("fourteen", None),
     ("south", None)],
)
def test_ordinal_value_reads_ranks(word: str, rank: int | None) -> None:
    assert ordinal_value(word) == rank
