"""The partner joined to the agent of a passive clause ("by X with Y") is X's associate."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "actor1", "partner"),
    [
        ("Two ISIS operatives were detained in a raid by U.S. forces with the Syrian "
         "Democratic Forces in Hasakah, Syria, on May 7.", "US forces",
         "Syrian Democratic Forces"),
        ("An ISIS leader was killed in a raid conducted by CENTCOM forces alongside the SDF "
         "in Deir ez-Zor, Syria, on Monday.", "US Central Command", "Syrian Democratic Forces"),
        ("Three al-Shabaab fighters were killed by Somali troops in partnership with AMISOM "
         "near Baidoa, Somalia, on Tuesday.", "Military Forces of Somalia",
         "African Union Mission in Somalia"),
    ],
)
def test_partner_after_the_passive_agent_is_associate(
        text: str, actor1: str, partner: str) -> None:
    events = _events(text)
    assert events
    event = events[0]
    assert event.actor1 == actor1
    assert partner in event.assoc_actor_1
    assert event.actor2 != partner


def test_no_partner_where_none_is_joined() -> None:
    event = _events("Five Taliban fighters were killed by Afghan commandos in Kunduz, "
                    "Afghanistan, on Sunday.")[0]
    assert event.assoc_actor_1 == []
