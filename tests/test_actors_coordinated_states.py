"""'Forces of X and Y' names the forces of two states."""

from __future__ import annotations

from datetime import date

from eventcoder.actors import match_actors


def test_forces_of_two_states() -> None:
    found = match_actors("Military forces of India and Pakistan exchanged fire.", country="IN",
                         when=date(2020, 5, 6))
    assert [(m.text, m.country) for m in found] == [("Military forces of India", "IN"),
                                                   ("Pakistan", "PK")]


def test_the_second_states_own_force_noun_is_its_own_mention() -> None:
    found = match_actors("Forces of India and Pakistani troops exchanged fire.", country="IN",
                         when=date(2020, 5, 6))
    assert [(m.text, m.country) for m in found] == [("Forces of India", "IN"),
                                                   ("Pakistani troops", "PK")]
