"""The attackers told among the dead beside their victims, then "others" of another fate:
"eleven civilians were killed, along with both bombers, and 16 others were injured" has 16
hurt, of the civilians' side. The companions after "along with" or "excluding", closed by a
comma, belong to
the clause before, not to the subject of the next verb; and the others are more of the
people the sentence counted first, not more attackers."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.analyst_readings import party_counts
from tests.records_factory import only_event, totals


@pytest.mark.parametrize(("text", "killed", "wounded", "victims"), [
    ("07/04/2016: Two suicide bombers detonated explosives at a bus station in Mubi, Adamawa, "
     "Nigeria. Nine passengers were killed, along with both bombers, and 23 others were "
     "injured.", 11, 23, "Civilians (Nigeria)"),
    ("10/30/2018: A suicide bomber detonated a vest at a wedding in Dera Ismail Khan, "
     "Pakistan. Fourteen guests died, together with the bomber, and 31 others were hurt.",
     15, 31, "Civilians (Pakistan)"),
    ("01/15/2017: Two suicide bombers detonated explosives at a mosque in Maiduguri, Borno, "
     "Nigeria. Seven worshippers were killed, excluding the two bombers, and 18 others were "
     "injured.", 9, 18, "Civilians (Nigeria)"),
])
def test_others_hurt_after_attackers_among_the_dead_are_of_the_victims(
        pipeline: RulePipeline, text: str, killed: int, wounded: int, victims: str) -> None:
    assert totals(text)[0] == killed
    assert party_counts(only_event(pipeline, text), "wounded") == {victims: wounded}


@pytest.mark.parametrize(("text", "attackers", "others_of"), [
    # the attackers alone were counted: the others are more of them
    ("02/11/2019: Three gunmen were killed and four others were arrested after an attack on "
     "a bank in Kano, Nigeria.", 3, "detained"),
])
def test_others_after_attackers_counted_alone_are_more_attackers(
        pipeline: RulePipeline, text: str, attackers: int, others_of: str) -> None:
    event = only_event(pipeline, text)
    dead = [c for c in event.casualties if c.kind == "killed"]
    assert sum(c.count or 0 for c in dead) == attackers
    assert all(c.perpetrator for c in dead)
    parties = {c.party for c in dead}
    assert {c.party for c in event.casualties if c.kind == others_of} == parties
