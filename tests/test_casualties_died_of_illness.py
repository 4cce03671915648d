"""A death from an illness ("died of cholera", "died from coronavirus", "died of natural
causes") is no casualty of violence; one who died of his wounds is."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize("text", [
    "On 2 March 2022, the authorities imposed a curfew in Kirkuk city after a trader died of "
    "cholera the day before.",
    "On 2 March 2022, guards fired warning shots at inmates protesting in Kirkuk prison after "
    "an inmate died from coronavirus.",
    "On 2 March 2022, police detained a smuggler in Kirkuk city whose partner had died of "
    "an illness in custody.",
])
def test_casualties_death_from_illness_is_no_casualty(pipeline: RulePipeline,
                                                      text: str) -> None:
    event = only_event(pipeline, text)
    assert not event.fatalities
    assert not [c for c in event.casualties if c.kind == "killed" and c.count]


def test_casualties_died_of_wounds_still_counts(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 2 March 2022, a trader died of his wounds after gunmen "
                                 "shot him in Kirkuk city.")
    assert event.fatalities == 1
