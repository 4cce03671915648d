"""In a translated clash report, "the martyrdom of N members", "of a soldier", "of an
officer" counts dead of the side the phrase names; members of no side named are of the
state's forces that fight (a state's media call its own dead martyrs), as bare "soldiers"
are. The dead are never left with no side."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes erupted between the army and ISIS cells in the Badia of Raqqa on Tuesday, "
     "which led to the martyrdom of three members.",
     [("killed", "Syrian government forces", 3)]),
    ("Clashes erupted between the army and gunmen in the countryside of Deir ez-Zor on "
     "Tuesday, resulting in the martyrdom of four members of the army.",
     [("killed", "Syrian government forces", 4)]),
    ("The army clashed with ISIS cells in the desert of Homs on Tuesday, resulting in the "
     "martyrdom of a soldier.", [("killed", "Syrian government forces", 1)]),
    ("Gunmen attacked an army post in the countryside of Hama on Tuesday, which led to the "
     "martyrdom of two members and the injury of a soldier.",
     [("killed", "Syrian government forces", 2), ("wounded", "Syrian government forces", 1)]),
])
def test_martyrdom_counts_the_dead_of_a_side(
        pipeline: RulePipeline, text: str, expected: list[tuple[str, str, int]]) -> None:
    event = only_event(pipeline, text)
    assert [(c.kind, c.party, c.count) for c in event.casualties] == expected
