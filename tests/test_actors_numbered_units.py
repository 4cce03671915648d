"""A unit known only by its number is a unit of the state's army.

"The 17th Infantry Brigade repelled an attack" names the state's military; a numbered
unit of a named group ("the 6th Southern Resistance Brigade") stays that group's.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import lead_event


def _event(text: str) -> Event:
    return lead_event(text)


def _acled_names(event: Event) -> list[str]:
    return [event.actor_acled_names.get(a, a) for a in (
        event.actor1, *event.assoc_actor_1, event.actor2, *event.assoc_actor_2) if a]


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("On 14 January 2022, the 17th Infantry Brigade repelled a Houthi attack near Harib, "
         "Marib, Yemen, with losses on both sides.",
         "Military Forces of Yemen (2012-)"),
        ("On 3 March 2022, fighters of al-Shabaab ambushed a convoy of the 60th Division near "
         "Baidoa, Bay, Somalia, killing two of its men.", "Military Forces of Somalia"),
    ],
)
def test_actors_numbered_units_of_the_state_army(text: str, army: str) -> None:
    assert any(name.startswith(army) for name in _acled_names(_event(text)))
