"""A count of people by their role that opens a series closed by ", and" is one item of the
series: "shot dead two porters, the cousin of the imam, and a baker" is four dead. A count
of anyone ("people", "relatives") followed by who they were is told once: "two people, a
tailor and his daughter" is two.
"""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _dead(pipeline: RulePipeline, text: str) -> int:
    return sum(c.count or 0 for c in only_event(pipeline, text).casualties
               if c.kind == "killed")


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen shot dead two porters, the cousin of the imam, and a baker in Mopti on "
     "Thursday, residents said.", 4),
    ("Attackers killed two herders, the wife of the village head, and a nurse near Mopti "
     "on Thursday.", 4),
])
def test_casualties_count_opening_a_series(pipeline: RulePipeline, text: str,
                                           dead: int) -> None:
    assert _dead(pipeline, text) == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen shot dead two people, a tailor and his daughter, in Mopti on Thursday.", 2),
    ("Gunmen shot dead three people, a tailor, his wife, and their son in Mopti on "
     "Thursday.", 3),
    ("Gunmen killed two soldiers, the commander of the post and his deputy, near Mopti on "
     "Thursday.", 2),
])
def test_casualties_count_told_again_by_who(pipeline: RulePipeline, text: str,
                                            dead: int) -> None:
    assert _dead(pipeline, text) == dead
