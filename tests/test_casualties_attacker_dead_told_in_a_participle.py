"""A lone attacker's death told in a participle with no subject of its own: "An assailant
stabbed pedestrians, killing four people, before being shot dead by police" counts the
assailant among the dead (five), as GTD does; the participle's subject is the sentence's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _dead(text: str) -> tuple[int, int]:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert len(events) == 1, [e.notes for e in events]
    dead = [c for c in events[0].casualties if c.kind == "killed"]
    return sum(c.count or 0 for c in dead), sum(c.count or 0 for c in dead if c.perpetrator)


@pytest.mark.parametrize(("text", "killed"), [
    ("09/14/2018: An assailant stabbed pedestrians in Kazan, Russia, killing four people "
     "before being shot dead by police.", 5),
    ("A lone gunman opened fire in a shopping centre in Tampere, killing nine people before "
     "being killed by police.", 10),
    ("03/05/2017: The attacker drove a truck into a crowd in Nice, France, killing two "
     "people, before being shot dead by officers.", 3),
])
def test_lone_attacker_shot_dead_in_a_participle_is_counted(text: str, killed: int) -> None:
    assert _dead(text) == (killed, 1)


@pytest.mark.parametrize(("text", "killed"), [
    # the participle's subject is told: no one more
    ("06/02/2019: Gunmen killed three farmers near Jos, Nigeria. Two of the farmers were "
     "shot after being tied up.", 3),
])
def test_a_participle_with_its_own_subject_adds_no_attacker(text: str, killed: int) -> None:
    assert _dead(text)[0] == killed
