"""A state's force that broke with it is named as a group of its own from that day on."""

from __future__ import annotations

from datetime import date

import pytest

import eventcoder
from eventcoder.actors import acled_name_on, kind_on, resolve_actor
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event

_UNIT = "Military Forces of Sudan (2019-) Rapid Support Forces"


@pytest.mark.parametrize(("day", "expected"), [
    (date(2021, 11, 2), _UNIT),
    (date(2023, 4, 14), _UNIT),
    (date(2023, 4, 15), "Rapid Support Forces"),
    (date(2025, 1, 20), "Rapid Support Forces"),
])
def test_actors_rsf_named_for_the_event_day(day: date, expected: str) -> None:
    found = resolve_actor("RSF", country="SD")
    assert found is not None
    assert acled_name_on(found.name, "SD", found.acled_name, day) == expected


def test_actors_rsf_in_a_dated_report_is_a_group_of_its_own() -> None:
    found = resolve_actor("the Rapid Support Forces", country="SD", when=date(2024, 6, 1))
    assert found is not None
    assert (found.acled_name, found.kind, found.inter) == ("Rapid Support Forces", "rebel_group", 2)


def test_actors_rsf_name_in_a_note_follows_its_date() -> None:
    for year, expected in ((2022, _UNIT), (2024, "Rapid Support Forces")):
        text = (f"On 8 May {year}, RSF fighters looted shops and shot dead two traders in "
                "Nyala (South Darfur).")
        event = main_event(eventcoder.extract(text))
        assert isinstance(event, Event)
        assert event.actor1 is not None
        assert event.actor_acled_names.get(event.actor1, event.actor1) == expected


def test_actors_rsf_kind_in_a_note_follows_its_date() -> None:
    # renamed as its own group, it is that kind of group too (ACLED's inter 2, not 1)
    for year, expected in ((2022, "state_forces"), (2024, "rebel_group")):
        text = (f"On 8 May {year}, RSF fighters looted shops and shot dead two traders in "
                "Nyala (South Darfur).")
        event = main_event(eventcoder.extract(text))
        assert isinstance(event, Event)
        assert event.actor1 is not None
        assert event.actor_kinds[event.actor1] == expected


@pytest.mark.parametrize(("kind", "day", "expected"), [
    ("rebel_group", date(2022, 5, 8), "state_forces"),
    ("state_forces", date(2022, 5, 8), "state_forces"),
    ("state_forces", date(2024, 5, 8), "rebel_group"),
])
def test_actors_rsf_kind_on_the_event_day(kind: str, day: date, expected: str) -> None:
    found = resolve_actor("RSF", country="SD")
    assert found is not None
    assert kind_on(found.name, kind, day) == expected
