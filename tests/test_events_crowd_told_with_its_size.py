"""A crowd told with its size ("a mob of about 20 people", "a crowd of some 300 men")
is one subject: the people of its size are the crowd itself, not whom it struck, and the
force it attacked is the second side."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2022, a mob of about 40 people stoned and chased the police in Sitapur "
        "(UP) after a dispute over a land survey. Two constables were hurt.",
        "On 2 August 2021, a crowd of some 300 villagers hurled stones at the police in "
        "Bhadohi (UP) over the death of a youth in custody.",
    ],
)
def test_events_crowd_of_a_size_struck_the_police(text: str) -> None:
    event = extracted_event(text)
    assert event.actor1 is not None and event.actor1.startswith("Rioters"), event.actor1
    assert event.actor2 is not None and event.actor2.startswith("Police Forces"), event.actor2
