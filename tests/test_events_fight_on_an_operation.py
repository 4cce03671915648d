"""A fight told as breaking out after a force's operation is between that force and the
armed men it met, not an unnamed group against a civilian."""

from __future__ import annotations

import pytest

from tests.event_sides import acled_sides


def _sides(text: str) -> tuple[str | None, str | None]:
    return acled_sides(text, "2022-09-15")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 14 September 2022, in Recife, Pernambuco, the Military Police carried out an "
         "operation in the Ibura community. A shoot-out broke out and a resident was killed.",
         "Military Forces of Brazil (2019-) Military Police",
         "Unidentified Armed Group (Brazil)"),
        ("On 14 September 2022, in Tijuana, Baja California, police conducted a raid against "
         "drug traffickers in the Libertad neighbourhood. A gunfight ensued and one man died.",
         "Police Forces of Mexico (2018-)", "Unidentified Gang (Mexico)"),
    ],
)
def test_events_fight_broke_out_on_an_operation(text: str, actor1: str, actor2: str) -> None:
    assert _sides(text) == (actor1, actor2)


def test_events_fight_broke_out_with_sides_named_keeps_them() -> None:
    text = ("On 14 September 2022, in Recife, Pernambuco, the Military Police carried out an "
            "operation in the Ibura community. Gunmen fired at the officers and a shoot-out "
            "broke out.")
    assert _sides(text)[0] == "Unidentified Armed Group (Brazil)"


def test_events_fight_during_a_named_operation_is_the_forces() -> None:
    text = ("On 14 September 2022, in Recife, Pernambuco, a shoot-out took place in the Ibura "
            "neighbourhood during a Police operation. No injuries were reported.")
    assert _sides(text) == ("Police Forces of Brazil (2019-)", "Unidentified Armed Group (Brazil)")


def test_events_fight_during_an_operation_of_no_force_stays_unnamed() -> None:
    text = ("On 14 September 2022, in Recife, Pernambuco, a shoot-out took place in the Ibura "
            "neighbourhood during a football match.")
    assert _sides(text)[0] == "Unidentified Armed Group (Brazil)"
