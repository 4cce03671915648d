"""Readings of military strike releases and year reviews: a toll told in words and again in
digits in brackets, a day's strikes counted with their engagements, a date line of a town and
a slashed date written day first, and a year's counts told quarter by quarter with the later
quarters named by their ordinal alone."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event, Tally


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def _tallies(text: str, published: str) -> list[Tally]:
    return [r for r in extract(text, published=published) if isinstance(r, Tally)]


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


DAILY = ("Strikes continue against ISIL in Syria and Iraq\n\n"
         "SOUTHWEST ASIA, May 9, 2017 - Coalition forces continued to attack ISIL in Syria "
         "and Iraq yesterday, officials reported today.\n\n"
         "Coalition military forces conducted 21 strikes consisting of 34 engagements "
         "against ISIL targets in Syria and Iraq.\n")


def test_a_day_s_strikes_counted_with_their_engagements_are_a_tally() -> None:
    found = {(t.metric, t.value) for t in _tallies(DAILY, "2017-05-09")}
    assert {("strikes", 21), ("engagements", 34)} <= found


def test_two_strikes_of_one_incident_are_still_no_tally() -> None:
    text = ("STUTTGART, Germany - U.S. Africa Command said on Friday it conducted two airstrikes "
            "near Jilib, Somalia, on March 4, 2019, killing four militants.")
    assert not _tallies(text, "2019-03-08")
