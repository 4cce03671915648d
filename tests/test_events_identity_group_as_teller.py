"""A group told as the teller of an incident ("..., local medics said", "according to
journalists") is no associated actor of those struck; a group among those struck is."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "group"), [
    ("On Monday, soldiers shot and wounded a shepherd near Tammun, local medics said.",
     "Health Workers"),
    ("Gunmen killed a trader in Mubi on Sunday, according to journalists in the town.",
     "Journalists"),
])
def test_events_teller_group_is_no_associate(pipeline: RulePipeline, text: str,
                                             group: str) -> None:
    event = only_event(pipeline, text, "2024-09-17")
    assert not any(a.startswith(group) for a in event.assoc_actor_2), event.assoc_actor_2


def test_events_struck_group_is_still_an_associate(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "Gunmen shot dead two medics near Mubi on Sunday, police said.",
                       "2024-09-17")
    assert any(a.startswith("Health Workers") for a in event.assoc_actor_2), \
        event.assoc_actor_2
