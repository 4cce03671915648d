"""Two sides joined by "and" sharing one head noun or one act: "Iraqi and American troops",
"Iran and Syria fired", "opposition and jihadist factions"."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors
from eventcoder.records import Event

DAY = date(2021, 6, 2)


@pytest.mark.parametrize(("text", "context", "expected"), [
    ("A convoy of Iraqi and American troops was ambushed outside Tikrit.", "IQ",
     [("Iraqi", "IQ"), ("American troops", "US")]),
    ("On Friday Iran and Syria fired rockets across the border.", "SY",
     [("Iran", "IR"), ("Syria", "SY")]),
    ("French and Malian soldiers patrolled the road to Gao.", "ML",
     [("French", "FR"), ("Malian soldiers", "ML")]),
])
def test_the_first_state_shares_the_seconds_head(
        text: str, context: str, expected: list[tuple[str, str]]) -> None:
    found = match_actors(text, country=context, when=DAY)
    assert [(m.text, m.country) for m in found if m.kind in (
        "state_forces", "external_force")] == expected


@pytest.mark.parametrize("text", [
    "Clashes in Iraq and Syria killed dozens of fighters last week.",
    "Refugees fled from Sudan and Chad attacked nobody.",
])
def test_places_joined_by_and_are_no_subjects(text: str) -> None:
    assert not [m for m in match_actors(text, country="SY", when=DAY)
                if m.kind in ("state_forces", "external_force")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 June 2021, rebel and jihadist factions shelled army posts near Atarib, Aleppo.",
     "Opposition Rebels (Syria)"),
    ("On 3 June 2021, government troops fought opposition and Islamist factions near "
     "Kafr Nabl, Idlib.", "Opposition Rebels (Syria)"),
])
def test_a_shared_head_noun_names_the_first_words_group(text: str, expected: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    named = [events[0].actor_acled_names.get(a) for a in (
        events[0].actor1, events[0].actor2) if a]
    assert expected in named


def test_a_joint_patrol_of_two_states_names_both() -> None:
    events = [r for r in extract("On 12 June 2021, Russia and Turkey carried out a joint "
                                 "patrol east of Kobani, Aleppo.") if isinstance(r, Event)]
    assert events
    sides = {events[0].actor_acled_names.get(a, a) for a in (
        events[0].actor1, *events[0].assoc_actor_1, events[0].actor2,
        *events[0].assoc_actor_2) if a}
    assert {"Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)"} <= sides
