"""State forces of countries whose governments change are named for the period in force."""

from __future__ import annotations

from datetime import date

import pytest

import eventcoder
from eventcoder.actors import state_force_name
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("branch", "iso", "day", "expected"),
    [
        ("military", "LK", date(2021, 3, 2), "Military Forces of Sri Lanka (2019-)"),
        ("police", "LK", date(2023, 6, 1), "Police Forces of Sri Lanka (2022-)"),
        ("police", "LK", date(2024, 12, 1), "Police Forces of Sri Lanka (2024-)"),
        ("police", "NP", date(2022, 2, 14), "Police Forces of Nepal (2021-)"),
        ("military", "TZ", date(2020, 10, 28), "Military Forces of Tanzania (2015-)"),
        ("police", "TZ", date(2022, 5, 5), "Police Forces of Tanzania (2021-)"),
        ("police", "MW", date(2021, 1, 9), "Police Forces of Malawi (2020-)"),
        ("military", "GA", date(2024, 2, 2), "Military Forces of Gabon (2023-)"),
        ("police", "LR", date(2019, 7, 7), "Police Forces of Liberia (2018-)"),
    ],
)
def test_actors_state_force_named_for_the_government_of_the_day(
        branch: str, iso: str, day: date, expected: str) -> None:
    assert state_force_name(branch, iso, when=day) == expected


def test_actors_period_follows_the_event_day_in_a_note() -> None:
    text = ("On 3 August 2023, policemen fired live rounds at a crowd of traders in "
            "Mwanza (Mwanza), injuring four.")
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    names = [event.actor_acled_names.get(a, a) for a in (event.actor1, event.actor2) if a]
    assert "Police Forces of Tanzania (2021-)" in names
