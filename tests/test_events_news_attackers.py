"""Who struck, in news articles: the group that owns up to an attack in other words than
"claimed responsibility", and the suicide bomber or gunman the report shows at work when a
group is named as the author."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Soldiers sealed off a bus depot in Peshawar after a bomb went off there on Monday, "
         "killing seven people. Officials said the death toll could rise. The Pakistani "
         "Taliban accepted responsibility for the bombing in a message to reporters.",
         "Taliban"),
        ("Security officials said two explosions hit a market outside Kismayo on Thursday, "
         "killing three traders. Al Shabaab later admitted responsibility for the blasts.",
         "Shabaab"),
        ("Police cordoned off the square in Maiduguri where a bomb exploded on Sunday, "
         "wounding eleven people. Boko Haram acknowledged responsibility on Monday.",
         "Boko Haram"),
    ],
)
def test_events_group_owning_up_is_the_attacker(text: str, group: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and group in event.actor1, event.actor1


@pytest.mark.parametrize(
    ("text", "group", "hand"),
    [
        ("A suicide bomber blew himself up at a checkpoint near Kismayo on Thursday, killing "
         "three soldiers. Al Shabaab claimed responsibility in a radio broadcast.",
         "Shabaab", "suicide bomber"),
        ("Gunmen stormed a hotel in Kabul on Saturday night, killing twelve guests. The Taliban "
         "claimed responsibility for the assault on Sunday.", "Taliban", "Gunmen"),
    ],
)
def test_events_unnamed_hand_of_the_claimant(text: str, group: str, hand: str) -> None:
    # the group that claimed it is the attacker; the bomber or gunmen the report shows at
    # work are its hand, told as evidence of the attacker, never as those struck
    event = _main(text)
    assert event.actor1 is not None and group in event.actor1
    assert event.actor2 is None or "Unidentified" not in event.actor2, event.actor2
    told = [e.text for e in event.evidence.get("actor1", [])]
    assert any(hand in t for t in told), told
