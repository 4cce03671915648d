"""A group that took its state's power is named as the state's forces for deeds after."""

from __future__ import annotations

from datetime import date

import eventcoder
from eventcoder.actors import acled_name_on, names_changing_on_a_day, resolve_actor
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def test_actors_taliban_named_for_the_deeds_day() -> None:
    found = resolve_actor("Taliban fighters", country="AF")
    assert found is not None
    assert acled_name_on(found.name, "AF", found.acled_name, date(2021, 3, 1)) == "Taliban"
    assert acled_name_on(found.name, "AF", found.acled_name, date(2022, 3, 1)) == \
        "Military Forces of Afghanistan (2021-)"
    assert {"Taliban", "Rapid Support Forces"} <= names_changing_on_a_day()


def test_actors_taliban_in_an_undated_note_of_2023() -> None:
    for year, expected in ((2020, "Taliban"), (2023, "Military Forces of Afghanistan (2021-)")):
        text = (f"On 11 October {year}, Taliban fighters beat and detained a shopkeeper in "
                "Herat (Herat).")
        event = main_event(eventcoder.extract(text))
        assert isinstance(event, Event)
        assert event.actor1 is not None
        assert event.actor_acled_names.get(event.actor1, event.actor1) == expected
