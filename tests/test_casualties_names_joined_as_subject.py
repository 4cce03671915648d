"""Two people told by their names joined by "and" as one subject ("Tariq and Yusuf died")
are two dead, not one name told again."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def test_casualties_names_joined_as_subject(pipeline: RulePipeline) -> None:
    text = ("On 17 September 2021, in Sukkur, Sindh, Pakistan, two men on a motorcycle fired "
            "on three shopkeepers, Tariq Mehmood, Yusuf Baig and Salman Qazi. Tariq and Yusuf "
            "died, and Salman was wounded.")
    event = only_event(pipeline, text)
    assert event.fatalities == 2
    assert sum(c.count or 0 for c in event.casualties if c.kind == "wounded") == 1


def test_casualties_name_told_again_in_a_later_sentence(pipeline: RulePipeline) -> None:
    text = ("On 17 September 2021, in Sukkur, Sindh, Pakistan, gunmen shot dead a "
            "shopkeeper, Tariq Mehmood. Tariq had received threats, police said.")
    assert only_event(pipeline, text).fatalities == 1
