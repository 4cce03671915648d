"""Who a verb's object counts. "Gunmen shot dead the driver and bodyguard of a judge": two of
one man's staff under one determiner are two people, of one side, where "the driver and
bodyguard of a judge was shot" (a singular verb) is one man who is both, and "a farmer and
head of the village council" told after a name is that one man. A list closed by "and" and
another verb with its object ("wounded Karim Saleh, three of his guards, and left the car
burning") counts the people before "and", not the car.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


def _killed(text: str, pipeline: RulePipeline) -> list[tuple[str, int | None]]:
    event = only_event(pipeline, text, "2022-02-11")
    return [(c.party, c.count) for c in event.casualties if c.kind == "killed"]


@pytest.mark.parametrize("text", [
    "Kismayo - Gunmen shot dead the driver and bodyguard of a regional judge in Kismayo on "
    "Wednesday, police said.",
    "Kismayo - Unknown attackers killed his driver and guard outside a hotel in Kismayo on "
    "Wednesday, police said.",
])
def test_casualties_two_of_one_mans_staff_as_object(pipeline: RulePipeline,
                                                    text: str) -> None:
    assert _killed(text, pipeline) == [("Civilians (Somalia)", 2)]


def test_casualties_two_roles_of_one_man_with_a_singular_verb(pipeline: RulePipeline) -> None:
    text = ("Kismayo - The driver and bodyguard of a regional judge was shot dead by gunmen "
            "in Kismayo on Wednesday, police said.")
    assert _killed(text, pipeline) == [("Civilians (Somalia)", 1)]


def test_casualties_roles_after_a_name_are_that_man(pipeline: RulePipeline) -> None:
    text = ("Kismayo - Gunmen shot dead Omar Dheere, a farmer and head of the village "
            "council, near Kismayo on Wednesday, police said.")
    assert sum(c.count or 0 for c in only_event(pipeline, text, "2022-02-11").casualties
               if c.kind == "killed") == 1


@pytest.mark.parametrize("verb", ["left", "set", "tore"])
def test_casualties_list_closed_by_another_verb(pipeline: RulePipeline, verb: str) -> None:
    text = ("Jalalabad - A magnetic bomb struck the car of a district council member in "
            "Jalalabad on Sunday. The blast wounded Karim Saleh, three of his guards, and "
            f"{verb} the car burning, police said.")
    event = only_event(pipeline, text, "2022-02-14")
    assert sum(c.count or 0 for c in event.casualties if c.kind == "wounded") == 4
