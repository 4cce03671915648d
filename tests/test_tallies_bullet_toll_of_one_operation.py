"""A bullet of a daily update that tells the toll of one operation ("6 Taliban insurgents
were killed ... in an ANA operation in Maiwand district") is an incident, not a count of
the day, as a raid or an attack is."""

from __future__ import annotations

import pytest

from tests.found_records import events_in, read, tallies_in


@pytest.mark.parametrize(
    ("bullet", "place", "killed"),
    [
        ("• Kandahar: 6 Taliban insurgents were killed and 3 others wounded in an ANA "
         "operation in Maiwand district.", "Kandahar", 6),
        ("• Helmand: 8 Taliban fighters were killed in an army operation in Nad Ali.",
         "Nad Ali", 8),
    ],
)
def test_tallies_bullet_toll_of_one_operation_is_an_incident(
        bullet: str, place: str, killed: int) -> None:
    text = ("Daily Operations Update - 14 October 2018\n\nAfghan forces conducted clearance "
            "operations in several provinces over the past 24 hours. The results are as "
            "follows:\n\n" + bullet)
    found = read(text, "2018-10-14")
    (event,) = events_in(found)
    assert event.fatalities == killed
    assert not tallies_in(found)
