"""The theatres of a text are read once per text; each caller gets counts of its own."""

from __future__ import annotations

from eventcoder.actors import theatres


def test_actors_theatres_counts_are_the_callers_own() -> None:
    text = "Houthi forces shelled a market in Taiz; Houthi drones struck Marib."
    first, divisions, several = theatres(text)
    assert first["YE"] == 2
    first["YE"] += 5  # a caller adding its own counts changes nothing for the next
    again, divisions_again, several_again = theatres(text)
    assert again["YE"] == 2
    assert (divisions_again, several_again) == (divisions, several)


def test_actors_theatres_of_another_text() -> None:
    assert theatres("Taliban fighters attacked a checkpoint.")[2] >= {"AF"}
    assert not theatres("Protesters marched in the capital.")[0]
