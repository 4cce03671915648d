"""Those an attack or fire "came under ... from" made it; the side it came upon (its
convoy, patrol or post) suffered it, also when no attacker is named."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _event(text: str) -> Event:
    (event,) = [r for r in extract(text, published="2024-05-15") if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Soldiers came under attack from al-Shabaab fighters near Jilib on Monday; two "
         "soldiers were killed.", "Al Shabaab", "Military Forces of Somalia"),
        ("A soldier was killed on Monday when his patrol came under fire from Taliban "
         "fighters in Helmand.", "Taliban", "Military Forces of Afghanistan"),
        ("A police convoy came under heavy fire from Boko Haram militants near Gwoza on "
         "Monday, killing three officers.", "Boko Haram", "Police Forces of Nigeria"),
        ("Troops came under attack near Jilib on Monday, the army said.",
         "Unidentified Armed Group (Somalia)", "Military Forces of Somalia"),
    ],
)
def test_the_side_the_attack_came_from_made_it(text: str, actor1: str, actor2: str) -> None:
    event = _event(text)
    assert (event.event_type, event.actor1, event.actor2) == ("battles", actor1, actor2)


def test_a_force_that_struck_back_stays_the_striker() -> None:
    event = _event("Somali troops killed six al-Shabaab fighters near Jilib on Monday after "
                   "their base came under attack.")
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia", "Al Shabaab")
