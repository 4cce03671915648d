"""Arms the attackers left behind, recovered by a force after the raid, are part of the raid
(ACLED records no seizure of their own), wherever the recovery is placed; a seizure of its
own, told with no tie to the attackers, stays an event."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _LEFT_BEHIND, _LEFT_BEHIND_WORDS
from eventcoder.records import Event

_RAID = ("Kenya: gunmen kill five at village market\n\n"
         "NAIROBI (Reuters) - Suspected al-Shabaab gunmen killed five people in a raid on a "
         "market in Mandera on Tuesday, police said on Wednesday.\n\n")


def _kinds(text: str) -> list[str | None]:
    return [r.sub_event_type for r in extract(text, published="2024-05-15")
            if isinstance(r, Event)]


@pytest.mark.parametrize("recovery", [
    "Police said officers were pursuing the attackers and had recovered two rifles the "
    "gunmen left behind near Wajir.",
    "Officers later recovered two rifles and a grenade left behind in Wajir on Wednesday.",
    "Police said they had recovered three rifles abandoned by the raiders near Wajir.",
])
def test_arms_left_behind_are_of_the_raid(recovery: str) -> None:
    assert _kinds(_RAID + recovery) == ["attack"]


def test_a_seizure_of_its_own_stays() -> None:
    text = _RAID + ("In a separate operation, police seized 20 rifles from a house in Wajir on "
                    "Wednesday.")
    assert _kinds(text) == ["attack", "disrupted_weapons_use"]


@pytest.mark.parametrize("phrase", [
    "rifles left behind", "a pistol abandoned by the gunmen", "the raiders had dropped",
    "were pursuing the attackers", "in pursuit of the assailants",
])
def test_gate_word_in_every_match(phrase: str) -> None:
    assert _LEFT_BEHIND.search(phrase)
    assert any(word in phrase for word in _LEFT_BEHIND_WORDS)
