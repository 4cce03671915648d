"""A lone attacker's death told in a participle with no subject of its own: "An assailant
stabbed pedestrians, killing four people, before being shot dead by police" counts the
assailant among the dead (five), as GTD does; the participle's subject is the sentence's."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event, totals


@pytest.mark.parametrize(("text", "killed"), [
    ("09/14/2018: An assailant stabbed pedestrians in Kazan, Russia, killing four people "
     "before being shot dead by police.", 5),
    ("A lone gunman opened fire in a shopping centre in Tampere, killing nine people before "
     "being killed by police.", 10),
    ("03/05/2017: The attacker drove a truck into a crowd in Nice, France, killing two "
     "people, before being shot dead by officers.", 3),
])
def test_lone_attacker_shot_dead_in_a_participle_is_counted(pipeline: RulePipeline, text: str,
                                                           killed: int) -> None:
    assert totals(text)[0] == killed
    assert [c.count for c in only_event(pipeline, text).casualties if c.perpetrator] == [1]


@pytest.mark.parametrize(("text", "killed"), [
    # the participle's subject is told: no one more
    ("06/02/2019: Gunmen killed three farmers near Jos, Nigeria. Two of the farmers were "
     "shot after being tied up.", 3),
])
def test_a_participle_with_its_own_subject_adds_no_attacker(text: str, killed: int) -> None:
    assert totals(text)[0] == killed
