"""Attackers who die with their device, and victims named after them.

"An unknown assailant detonated his suicide vest" records the attacker's death as GTD and
ACLED count it, whatever noun names him; "before detonating" is no foiled attack; a
victim named by name after the attacker is a new death, not the attacker again.
"""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.quantities import find_casualty_mentions


def _killed(text: str) -> tuple[int, int]:
    """(all deaths, attackers among them)."""
    out = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")
    killed = [c for c in out if c.kind == "killed"]
    total = sum(c.count if c.count is not None else (c.low or 0) for c in killed)
    attackers = sum(c.count or 0 for c in killed if c.perpetrator)
    return total, attackers


@pytest.mark.parametrize(
    ("text", "killed", "attackers"),
    [
        ("An unknown assailant detonated his suicide explosive device near a checkpoint. The "
         "blast wounded two guards.", 1, 1),
        ("A young man drove a suicide car bomb into the gate of the base, killing 6 soldiers.",
         7, 1),
        ("A militant of the group rammed a suicide vehicle-borne improvised explosive device "
         "into a police station. The explosion killed 11 people.", 12, 1),
        ("A female attacker blew her suicide belt up at the entrance, killing four worshippers.",
         5, 1),
        ("A suicide bomber who was spotted before reaching the gate exchanged fire with the "
         "guards before detonating his vest, which killed two guards.", 3, 1),
        ("A suicide attacker opened fire on the crowd before self-detonating, killing nine "
         "people.", 10, 1),
    ],
)
def test_attacker_dies_with_the_device(text: str, killed: int, attackers: int) -> None:
    assert _killed(text) == (killed, attackers)


@pytest.mark.parametrize(
    "text",
    [
        "Police shot a suicide bomber before he could detonate his vest.",
        "A man carrying a suicide vest was arrested at the checkpoint.",
        "Guards stopped a suicide car bomb at the gate; the driver was detained.",
    ],
)
def test_stopped_attackers_are_not_dead(text: str) -> None:
    assert _killed(text)[1] == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An unknown suicide bomber detonated his device targeting Ahmad Wali, the governor. "
         "The blast killed Wali and injured one person.", 2),
        ("A suicide attacker blew himself up near the convoy of Karimi. The explosion killed "
         "Karimi and his guard.", 3),
    ],
)
def test_named_victim_is_not_the_attacker(text: str, killed: int) -> None:
    assert _killed(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber drove an explosives-laden truck into a police compound. Eighteen "
         "officers were killed.", 19),
        ("A suicide attacker drove a car packed with explosives into the gate of an army base, "
         "and nine soldiers died.", 10),
        ("Two suicide bombers drove a van loaded with explosives into a crowded market. "
         "Eleven shoppers were killed.", 13),
    ],
)
def test_bomber_driving_the_device_into_the_target_dies_with_it(text: str,
                                                                killed: int) -> None:
    assert _killed(text)[0] == killed


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber drove a car toward the checkpoint but was arrested before it "
        "exploded.",
        "A suicide attacker driving a truck bomb was intercepted at the gate.",
    ],
)
def test_bomber_stopped_on_the_road_is_not_dead(text: str) -> None:
    assert _killed(text)[1] == 0
