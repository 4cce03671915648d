"""People driven from their homes by a fight told as its cause: a strategic development.

"About 120 families evacuated following an armed encounter between two feuding clans" is a
note about the displaced, not the fight: ACLED codes it as another strategic development
with the civilians of the country as its actor.
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_event


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("On 14 July 2021, near Ta Kaw village, Hpapun District, Karen State, clashes between "
         "the Tatmadaw and KNLA troops forced some 300 villagers to flee their homes.",
         "Civilians (Myanmar)"),
        ("On 14 July 2021, about 120 families from Barangay Lumbac, Datu Piang, Maguindanao, "
         "evacuated following an armed encounter between two feuding clans.",
         "Civilians (Philippines)"),
        ("On 14 July 2021, around 90 individuals from Sitio Malipayon, Kabankalan, Negros "
         "Occidental, were displaced after an encounter between the NPA and the army.",
         "Civilians (Philippines)"),
    ],
)
def test_displaced_by_fighting_is_a_strategic_development(text: str, civilians: str) -> None:
    event = lead_event(text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "other")
    assert event.actor_acled_names.get(event.actor1 or "", event.actor1) == civilians
    assert event.actor2 is None


def test_a_fight_with_its_dead_stays_a_battle() -> None:
    event = lead_event("On 14 July 2021, troops clashed with NPA rebels in Sitio Malipayon, "
                       "Kabankalan, Negros Occidental. Two soldiers were killed and residents "
                       "fled their homes after the fighting.")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
