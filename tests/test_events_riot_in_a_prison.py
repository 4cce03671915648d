"""A riot told in a prison is the prisoners': their group beside the rioters."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder import events
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _event(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize("text", [
    "On 14 March 2023, a riot broke out at the regional prison in Kumasi (Ashanti). Warders "
    "fired shots into the air and two inmates were hurt.",
    "On 2 July 2021, a jail riot left three people injured in Machala (El Oro).",
])
def test_events_prison_riot_carries_the_prisoners(text: str) -> None:
    event = _event(text)
    assert event.event_type == "riots"
    assert any(name.startswith("Prisoners (") for name in event.assoc_actor_1)


def test_events_riot_near_a_prison_is_no_prisoners() -> None:
    event = _event("On 14 March 2023, a riot broke out at a bus station near the prison in "
                   "Kumasi (Ashanti) after a driver was beaten.")
    assert not any(name.startswith("Prisoners (") for name in event.assoc_actor_1)


@pytest.mark.parametrize("text", [
    "a prison riot", "unrest inside the old central jail", "a mutiny at a correctional centre",
    "rioting in the Makala penitentiary",
])
def test_events_prison_riot_pattern_passes_its_gate(text: str) -> None:
    assert events._RIOT_IN_A_PRISON.search(text) is not None
    assert any(word in text for word in events._PRISON_WORDS)


def test_events_riot_in_a_detention_centre_is_no_prisoners() -> None:
    # migrants held in a detention centre are not convicts in a prison
    event = _event("On 4 June 2021, a riot broke out at a migrant detention centre in Zawiya "
                   "(Az Zawiyah); guards fired shots, wounding three.")
    assert event.event_type == "riots"
    assert not any(name.startswith("Prisoners (") for name in event.assoc_actor_1)
