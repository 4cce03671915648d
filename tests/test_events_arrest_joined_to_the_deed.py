"""A force's arrest joined by "and" to the deed is the same force's act, not its aftermath."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _actor1(text: str) -> str | None:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    name = event.actor1
    return event.actor_acled_names.get(name, name) if name else None


@pytest.mark.parametrize(("text", "expected"), [
    ("On 12 August 2022, junta soldiers arrested and tortured a shopkeeper in Monywa "
     "(Sagaing).", "Military Forces of Myanmar (2021-)"),
    ("On 2 February 2021, troops detained three young men and allegedly beat them in "
     "Bunia (Ituri).", "Military Forces of the Democratic Republic of Congo (2019-)"),
])
def test_events_arrest_and_deed_told_of_one_force(text: str, expected: str) -> None:
    assert _actor1(text) == expected


def test_events_arrest_after_another_sides_deed_still_no_party() -> None:
    text = ("On 5 May 2021, gunmen shot dead two herders in Gwoza (Borno). Soldiers later "
            "arrested four suspects.")
    assert _actor1(text) == "Unidentified Armed Group (Nigeria)"
