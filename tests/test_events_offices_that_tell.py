"""An office named after the force it runs ("the Ministry of Peshmerga Affairs", "the
Peshmerga Ministry") tells of what happened; where what it tells of was done to its force by
others, the force is the one attacked, not the attacker. So is an office that opens its
sentence as the teller ("According to the ministry, ...") or heads a line ("The ministry:
...").
"""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "office"), [
    ("The Ministry of Peshmerga Affairs said on Friday.", "Ministry of Peshmerga Affairs"),
    ("The Peshmerga Ministry said on Friday.", "Peshmerga Ministry"),
])
def test_actors_office_named_after_its_force_is_read_whole(text: str, office: str) -> None:
    [mention] = match_actors(text, country="IQ")
    assert (mention.text, mention.name) == (office, "Peshmerga")


@pytest.mark.parametrize("text", [
    "Erbil - The Ministry of Peshmerga Affairs announced on Thursday that a roadside bomb "
    "killed three Peshmerga fighters near Qadir Karam.",
    "Erbil - The Peshmerga Ministry said on Thursday that a roadside bomb killed three "
    "Peshmerga fighters near Qadir Karam.",
])
def test_events_office_that_announces_is_no_attacker(pipeline: RulePipeline,
                                                     text: str) -> None:
    event = only_event(pipeline, text, "2023-09-15")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"
    assert event.actor2 == "Peshmerga"
    assert [(c.party, c.count) for c in event.casualties if c.kind == "killed"] == [
        ("Peshmerga", 3)]


def test_events_according_to_the_office_it_tells(pipeline: RulePipeline) -> None:
    text = ("Erbil - According to the Ministry of Peshmerga Affairs, a blast hit a minibus "
            "near the village of Kani Sard on Wednesday, killing four civilians.")
    event = only_event(pipeline, text, "2023-09-15")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)",
                                            "Civilians (Iraq)")


def test_events_office_heading_the_headline_tells(pipeline: RulePipeline) -> None:
    text = ("Ministry of Peshmerga Affairs: ISIS attack kills two fighters near Tuz\n\n"
            "Erbil - The Ministry of Peshmerga Affairs said in a statement on Saturday that "
            "ISIS militants attacked a Peshmerga post near Tuz Khurmatu on Friday, killing "
            "two fighters and wounding one.")
    event = only_event(pipeline, text, "2023-09-17")
    assert (event.actor1, event.actor2) == ("Islamic State", "Peshmerga")
    assert {(c.kind, c.party, c.count) for c in event.casualties} == {
        ("killed", "Peshmerga", 2), ("wounded", "Peshmerga", 1)}
