"""A release whose headline gives the dead ("7 terrorists killed in Diyala") and whose body
only tells of an operation against a group: the headline is no caption, the dash after the
body's first place is a dateline, and the operation tells who killed whom."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event

RELEASE = (
    "{head}\n\n"
    "{line} - The Joint Operations Command announced today, Wednesday, that the security "
    "forces carried out {what} against ISIS remnants in the Mutaibija area in Salah al-Din "
    "governorate, based on accurate intelligence information.")


@pytest.mark.parametrize(
    ("head", "line", "what", "killed"),
    [
        ("7 terrorists killed in Salah al-Din", "Baghdad", "an operation", 7),
        ("Seven terrorists killed in Salah al-Din", "Baghdad", "a wide operation", 7),
        ("12 terrorists killed", "Baghdad", "a search and clearance operation", 12),
        ("7 terrorists killed in Salah al-Din", "Erbil", "an operation", 7),
    ],
)
def test_events_headline_release(pipeline: RulePipeline, head: str, line: str, what: str,
                                 killed: int) -> None:
    event = only_event(pipeline, RELEASE.format(head=head, line=line, what=what))
    assert event.fatalities == killed
    assert event.location.admin1 == "Salah ad Din"
    assert (event.actor1, event.actor2) == ("Iraqi Security Forces", "Islamic State")
