"""A soldier or a policeman attacked off duty is, as ACLED codes him, a civilian struck:
actor2 is the country's civilians with his force beside them as an associate. One struck
on duty stays his force."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("On 18 September 2021, Al Shabaab militants shot dead a soldier (off-duty) outside a "
         "tea shop in Afgooye (Afgooye, Lower Shabelle).", "Military Forces of Somalia"),
        ("On 20 September 2021, in Irapuato, Guanajuato, gunmen killed a municipal police "
         "officer who was off duty as he left a pharmacy.", "Police Forces of Mexico"),
    ],
)
def test_events_force_off_duty_is_a_civilian_struck(text: str, force: str) -> None:
    event = extracted_event(text)
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), event.actor2
    assert any(a.startswith(force) for a in event.assoc_actor_2), event.assoc_actor_2


def test_events_patrol_on_duty_stays_the_force() -> None:
    event = extracted_event("On 21 September 2021, gunmen ambushed a police patrol in Irapuato, "
                            "Guanajuato, killing two officers.")
    assert event.actor2 is not None and event.actor2.startswith("Police Forces"), event.actor2
