"""Readings of military strike releases and year reviews: a toll told in words and again in
digits in brackets, a day's strikes counted with their engagements, a date line of a town and
a slashed date written day first, and a year's counts told quarter by quarter with the later
quarters named by their ordinal alone."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


STRIKE = ("U.S. Africa Command conducted an airstrike on al-Shabaab fighters near Kismayo, "
          "Somalia, on March 4, 2019. The command assesses the airstrike killed {} militants.")


def test_a_toll_in_words_told_again_in_digits_keeps_its_people() -> None:
    [event] = _events(STRIKE.format("five (5)"), "2019-03-05")
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    assert (dead.count, dead.party) == (5, "Al Shabaab")


def test_digits_in_brackets_that_differ_from_the_words_are_not_taken_for_them() -> None:
    [event] = _events(STRIKE.format("five (7)"), "2019-03-05")
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    assert dead.party is None
