"""Who a blast struck, told by what he bore or led ("a man carrying a child was killed when
a bomb exploded", "a woman pushing a cart was wounded"): the person struck is actor2; the
unnamed bomber, or nobody, is actor1, never the person struck."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "A man carrying a child was killed when a bomb exploded near a bus stand in Quetta, "
        "Pakistan, on Monday.",
        "A woman pushing a vegetable cart was wounded when a device went off outside a "
        "mosque in Maiduguri, Nigeria, on Thursday.",
        "A farmer leading two goats was killed when a roadside bomb exploded near Baidoa, "
        "Somalia, late on Sunday.",
    ],
)
def test_the_person_struck_is_not_the_author(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.actor1 is None or not event.actor1.startswith("Civilians"), (
        event.actor1, event.actor2)
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), (
        event.actor1, event.actor2)
