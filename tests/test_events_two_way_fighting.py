"""Fighters of no stated side, killed in fighting between two named sides, are of neither
side: the rule that gives them to the side attacked is for one-sided attacks."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2024-06-12"))
    return [r for r in records if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "party", "count"),
    [
        ("Heavy fighting between M23 rebels and the Congolese army near Kitshanga on Monday "
         "killed eleven fighters, local officials said.", "fighters", 11),
        ("Clashes between al-Shabaab and Somali troops outside Jowhar on Sunday left six "
         "combatants dead.", "combatants", 6),
        ("Al-Shabaab militants clashed with Somali soldiers near Baidoa on Friday; four "
         "fighters were killed on both sides.", "fighters", 4),
    ],
)
def test_events_two_way_fighting_keeps_fighters_of_no_side(
    text: str, party: str, count: int
) -> None:
    [event] = _events(text)
    assert event.actor1 is not None and event.actor2 is not None
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [("killed", party, count)]


def test_events_one_sided_attack_still_gives_fighters_to_the_struck() -> None:
    [event] = _events("Gunmen stormed an army checkpoint near Beni on Tuesday, killing two "
                      "fighters.")
    assert event.actor2 is not None
    assert [(c.party, c.count) for c in event.casualties] == [(event.actor2, 2)]
