"""One dead told in other words than a count: two roles of one person under a singular
verb ("a trader and activist was shot dead"), a death as the outcome of a shooting
("shot a herder ..., resulting in his death"), a body found ("a teacher's body was
found", "a body was recovered"); and the dead counted by their bodies ("Nine corpses of
suspected rebels were discovered")."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "dead"), [
    ("On 12 April 2021, a shop owner and union activist was shot dead by unknown men in "
     "Ndola, Zambia.", 1),
    ("On 12 April 2021, bandits shot a herder who was taking his goats to a well near Ndola, "
     "Zambia, resulting in his death.", 1),
    ("On 12 April 2021, a retired teacher's body was found in a ditch in Ndola, Zambia, with "
     "stab wounds to the neck.", 1),
    ("On 12 April 2021, a body was recovered from a burnt car on the outskirts of Ndola, "
     "Zambia, after gunmen set it alight.", 1),
    ("On 12 April 2021, army helicopters carried out airstrikes on presumed rebel camps in "
     "the hills east of Ndola, Zambia. Nine corpses of suspected rebels were discovered "
     "the next morning.", 9),
])
def test_casualties_one_dead_told_otherwise(pipeline: RulePipeline, text: str,
                                            dead: int) -> None:
    assert only_event(pipeline, text).fatalities == dead


def test_casualties_two_roles_with_a_plural_verb_are_two(pipeline: RulePipeline) -> None:
    text = "On 12 April 2021, a farmer and boy were shot dead by unknown men in Ndola, Zambia."
    assert only_event(pipeline, text).fatalities == 2
