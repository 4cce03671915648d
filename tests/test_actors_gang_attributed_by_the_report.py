"""An attack whose authors go unnamed but which the report itself puts down to gangs or
the drug trade ("police said the shooting was gang-related", "a gangland reprisal",
"linked to drug dealing") is the unidentified gang's, as ACLED codes it."""

from __future__ import annotations

import pytest

from eventcoder.actors import gang_style, lower_ascii
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said the shooting was gang-related.", True),
    ("It was a gangland killing.", True),
    ("The motive is believed to be linked to drug dealing.", True),
    ("Detectives suspect a gang rivalry.", True),
    ("a gang of youths stole a phone", False),
    ("the drug dealing charges were dropped", False),
])
def test_actors_gang_attribution_words(text: str, expected: bool) -> None:
    assert gang_style(lower_ascii(text)) is expected


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 5 June 2021, in Spanish Town, St. Catherine, two men were shot and wounded by a "
     "gunman. Police said the shooting was gang-related.", "Unidentified Gang (Jamaica)"),
    ("On 5 June 2021, in Celaya, Guanajuato, armed men shot dead a shopkeeper outside his "
     "store. Prosecutors said the killing was linked to drug dealing.",
     "Unidentified Gang (Mexico)"),
    ("On 5 June 2021, in Belmopan, Cayo, a teenager was shot by an armed man. Police believe "
     "the attack stems from a gang rivalry.", "Unidentified Gang (Belize)"),
    # nothing put down to gangs: the unnamed attackers stay an armed group
    ("On 5 June 2021, in Belmopan, Cayo, a teenager was shot by an armed man outside his "
     "home.", "Unidentified Armed Group (Belize)"),
])
def test_events_gang_attribution_names_the_attacker(pipeline: RulePipeline, text: str,
                                                    actor1: str) -> None:
    assert only_event(pipeline, text).actor1 == actor1
