"""A war bulletin's losses of people told with no verb of killing ("Enemy losses amounted to
up to 210 servicemen", "the enemy lost up to 70 personnel") are its killed and wounded
together: a count of both, of neither alone, as "up to 45 servicemen killed and wounded"
is read. The machines lost beside them are no people, and the enemy's losses are never the
men of the side that tells them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-02-14", source="TASS")
            if isinstance(r, Event)]


@pytest.mark.parametrize("text", [
    "Russian forces repelled two attacks of Ukrainian assault groups near Bohdanivka. The "
    "enemy lost up to 70 personnel, the ministry said.",
    "Russian forces repelled two attacks of Ukrainian assault groups near Bohdanivka. Enemy "
    "losses amounted to up to 70 servicemen, three tanks and five armoured vehicles, the "
    "ministry said.",
    "Russian forces repelled two attacks of Ukrainian assault groups near Bohdanivka. The "
    "losses of the enemy totalled up to 70 servicemen, the ministry said.",
], ids=["lost", "losses-amounted-with-machines", "losses-of-the-enemy"])
def test_casualties_losses_of_people_are_the_killed_and_wounded_together(text: str) -> None:
    events = _events(text)
    assert len(events) == 1
    told = sorted((c.kind, c.party, c.count, c.low, c.high, c.qualifier)
                  for c in events[0].casualties)
    assert told == [
        ("killed", "Armed Forces of Ukraine", None, 0, 70, "at_most"),
        ("wounded", "Armed Forces of Ukraine", None, 0, 70, "at_most"),
    ]
    assert not events[0].fatalities


def test_casualties_enemy_losses_are_not_the_telling_sides_men() -> None:
    events = _events("Russian forces repelled three attacks near Bohdanivka. Enemy losses "
                     "amounted to up to 210 servicemen killed and wounded, the ministry said.")
    assert len(events) == 1
    assert events[0].casualties
    assert all(c.party != "Russian Armed Forces" for c in events[0].casualties)


def test_casualties_losses_with_a_verb_of_their_own_stay_as_read() -> None:
    events = _events("Russian forces repelled an attack near Bohdanivka. Ukrainian losses "
                     "amounted to up to 35 servicemen killed, the ministry said.")
    assert [(c.kind, c.high) for c in events[0].casualties] == [("killed", 35)]
