"""A group's or a war's whole toll over years told beside the attack ("the PKK has been
responsible for the deaths of more than 40,000 people in its campaign of more than 35
years") is no count of the attack's dead; a large count told with no span of years, or
an exact one, still is."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

ATTACK = ("Two soldiers were killed when a bomb hit their armoured vehicle near Uludere on "
          "Sunday, the governorship said. ")


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities for e in extract(text, published="2023-12-04")
            if isinstance(e, Event) and not e.background]


@pytest.mark.parametrize("history", [
    "The PKK has been responsible for the deaths of more than 40,000 people in its terror "
    "campaign of more than 35 years.",
    "The group's insurgency has cost over 40,000 lives since 1984, officials say.",
])
def test_a_campaigns_toll_is_no_count_of_the_attack(history: str) -> None:
    assert _fatalities(ATTACK + history) == [2]


def test_an_exact_count_with_a_span_of_years_stays() -> None:
    text = ("A truck bomb killed 1,200 people at a market in Uludere on Sunday, the worst "
            "attack in 20 years, the governorship said.")
    assert _fatalities(text) == [1200]
