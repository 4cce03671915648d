"""A translated release puts the dead before the verb and their count in brackets after
it ("Militants were eliminated (6) in the raid"): the bracketed number counts them."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def test_bracketed_count_after_a_passive_verb_counts_its_subject() -> None:
    [mention] = find_casualty_mentions("Insurgents were liquidated (14) in the bombardment.")
    assert (mention.kind, mention.count, mention.party_text) == ("killed", 14, "Insurgents")


def test_bracketed_count_after_the_verb_is_the_events_dead() -> None:
    text = ("Air strike on a hideout near Dujail\n\n"
            "Salahuddin, 20/8/2023 - The Security Media Cell stated that army aviation "
            "struck a hideout in the Jallam desert. Terrorists were liquidated (6) in "
            "the strike, and their weapons were destroyed.")
    events = [r for r in extract(text, published="2023-08-20") if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [6]

