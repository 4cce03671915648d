"""Trades beyond the word "workers" are ACLED's Labour Group beside the protesters they are."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize("text", [
    "On 14 June 2021, some 60 freight forwarders protested outside the customs office in "
    "Tema (Greater Accra) against new clearance fees.",
    "On 2 July 2021, dozens of unemployed graduates staged a sit-in before the governorate "
    "building in Gafsa, demanding public sector jobs.",
    "On 9 July 2021, restaurant owners marched in Guadalajara, Jalisco, demanding to reopen "
    "their dining rooms.",
    "On 11 July 2021, about 30 wholesalers demonstrated at the main market in Kumasi "
    "(Ashanti) against a new levy.",
])
def test_a_trade_that_protests_is_a_labour_group(text: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    assert any(a.startswith("Labour Group (") for a in events[0].assoc_actor_1)
