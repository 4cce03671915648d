"""A translation from Russian leaves the figure after its noun ("were liquidated bandits
3"): that is the count of the dead, and the place before the verb ("in the city Khasavyurt
of the Republic of Dagestan") is no one counted."""

from __future__ import annotations

import pytest

from tests.found_records import events_in, read


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        ("12.03.2019 in the city Khasavyurt of the Republic of Dagestan, in course of the "
         "counter-terrorist operation, were liquidated bandits 3.", "Khasavyurt", 3),
        ("On 05.11.2020 in the village Gimry of the Republic of Dagestan, during a special "
         "operation, were liquidated militants 2, members of a bandit group.", "Gimry", 2),
    ],
)
def test_quantities_translated_figure_after_its_noun(text: str, place: str,
                                                       killed: int) -> None:
    (event,) = events_in(read(text, "2020-11-06"))
    assert event.location.name == place
    assert sum(c.count or 0 for c in event.casualties if c.kind == "killed") == killed
