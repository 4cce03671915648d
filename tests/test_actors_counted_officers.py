"""Officers told by their count alone ("killing nine officers", "two officers were wounded")
are the country's police where the text is about the police or a guarded place; officers
whose service is named ("army officers", "customs officers", "election officers") are not,
nor are officers in a text about an army that the police only tell of."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import main_event


@pytest.mark.parametrize(
    "text",
    [
        "A suspected militant opened fire on a checkpoint in Mardan, Pakistan, on Tuesday, "
        "killing nine officers before escaping, the interior ministry said.",
        "Gunmen stormed a police station outside Sukkur, Pakistan, late on Friday, and two "
        "officers were wounded in the exchange of fire, a provincial spokesman said.",
        "Four officers were wounded when a gunman fired on a security patrol in "
        "Quetta, Pakistan, on Sunday.",
    ],
)
def test_counted_officers_are_the_police(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Pakistan"), (
        event.actor1, event.actor2)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a convoy in Kunar province, Afghanistan, killing three army "
        "officers, the defence ministry said.",
        "Gunmen ambushed an army convoy in Kunar province, Afghanistan, killing three "
        "officers, police said.",
        "Smugglers shot dead two customs officers at a border post near Kasur, Pakistan, "
        "police said.",
        "A bomb went off at a polling station near Jos, Nigeria, killing two election "
        "officers, police said.",
    ],
)
def test_officers_of_a_named_service_are_not_the_police(pipeline: RulePipeline, text: str) -> None:
    event = main_event(pipeline, text)
    assert not (event.actor2 or "").startswith("Police Forces"), (event.actor1, event.actor2)
