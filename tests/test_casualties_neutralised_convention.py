""""Neutralised" is a count of the killed (docs/casualties.md), however a release words it.

``fixtures/raids/aib-detachment-attackers-neutralised`` was written for this test: an army's
"Provisional toll: 18 attackers neutralised", told again as "18 attackers were neutralised".
"""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.conftest import fixture_event, only_event


def test_casualties_neutralised_convention_toll_line_and_passive_are_one_count() -> None:
    event = fixture_event("raids", "aib-detachment-attackers-neutralised", "2024-05-14")
    assert event.fatalities == 18
    assert event.actor1 == "Military Forces of Burkina Faso"
    assert ("killed", 18) in [(c.kind, c.count) for c in event.casualties]


def test_casualties_neutralised_convention_a_note_on_the_word_changes_no_count(
        pipeline: RulePipeline) -> None:
    event: Event = only_event(
        pipeline,
        "Turkish commandos neutralized 6 PKK terrorists in the Gara region of northern Iraq on "
        "Thursday, the National Defence Ministry said. Turkish authorities use the term "
        '"neutralized" to imply the terrorists in question either surrendered or were killed '
        "or captured.")
    assert [(c.kind, c.count) for c in event.casualties] == [("killed", 6)]
    assert event.fatalities == 6
