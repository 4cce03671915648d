"""A release that tells several strikes together and then each by its place ("conducted two
airstrikes ..., one near A in X and one near B in Y, killing four and six fighters
respectively") reports an event for each strike, at its own place, with its own count."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def test_events_two_strikes_in_two_states_are_two_events() -> None:
    text = ("The Nigerian Air Force said on Friday that its jets conducted two airstrikes on "
            "9 August against Boko Haram hideouts, one near Monguno in Borno State and one "
            "near Gujba in Yobe State, killing four and six fighters respectively.")
    events = _events(text, "2024-08-10")
    got = sorted((e.location.admin1 if e.location else None, e.fatalities) for e in events)
    assert got == [("Borno", 4), ("Yobe", 6)]
    assert all(e.date_start == "2024-08-09" for e in events)


def test_events_strikes_without_a_place_each_stay_one_event() -> None:
    text = ("The Nigerian Air Force said on Friday that its jets conducted two airstrikes on "
            "9 August against Boko Haram hideouts near Monguno in Borno State, killing ten "
            "fighters.")
    assert [e.fatalities for e in _events(text, "2024-08-10")] == [10]


def test_casualties_counts_told_respectively_share_the_noun() -> None:
    text = "Drones hit two camps, killing five and three gunmen respectively."
    killed = [(m.count, m.party_text) for m in find_casualty_mentions(text)]
    assert killed == [(5, "gunmen"), (3, "gunmen")]
