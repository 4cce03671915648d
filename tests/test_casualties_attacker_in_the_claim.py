"""A suicide bomber's death told in the claim of the attack ("saying that a suicide bomber
blew himself up") is the attacker's own, added to the victims counted before under a
generic name ("nine people"), never another figure for them."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import predicted_killed
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "killed"), [
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a man in a guard's uniform "
     "detonated his explosives inside a wedding hall. Nine people were killed. A rebel "
     "spokesman claimed the attack, saying that a suicide bomber of the group blew himself "
     "up among the guests.", 10),
    ("09/30/2014: On Friday, in Baidoa, Bay, Somalia, an explosive vest went off at the gate "
     "of a hotel. Four people died in the blast. The group claimed responsibility in a "
     "statement and said a suicide bomber blew himself up at the gate.", 5),
])
def test_casualties_attacker_in_the_claim(pipeline: RulePipeline, text: str,
                                          killed: int) -> None:
    event = only_event(pipeline, text)
    assert predicted_killed(event) == killed, [
        (c.kind, c.party, c.count, c.perpetrator) for c in event.casualties]
