"""Deaths of one armed side told twice without a number are one count, not two."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Casualty, Event

RAIDS = Path(__file__).parent / "fixtures" / "raids"


def _combined(text: str) -> list[Casualty]:
    return combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the same uncounted dead: "several jihadists", then "dozens of IS fighters"
        ("Warplanes struck the desert on Friday, killing several jihadists. A monitor said "
         "dozens of IS fighters were killed.", [(None, 12)]),
        ("Jets hit the hideouts, killing several militants. Some insurgents were killed in "
         "the caves.", [(None, 3)]),
        # two sides, or two named groups, or more of them: counted apart
        ("Several soldiers were killed. Several militants were killed too.",
         [(None, 3), (None, 3)]),
        ("Several Hezbollah fighters were killed. Several IS fighters were killed.",
         [(None, 3), (None, 3)]),
        ("Several militants were killed. Several other militants were killed later.",
         [(None, 3), (None, 3)]),
    ],
)
def test_casualties_uncounted_fighters_merge_within_one_side(
    text: str, killed: list[tuple[int | None, int]]
) -> None:
    assert [(c.count, c.low) for c in _combined(text) if c.kind == "killed"] == killed


def test_casualties_uncounted_fighters_in_a_wire_report() -> None:
    text = (RAIDS / "afp-desert-strikes-uncounted.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="afp", published="2024-02-16"))
    [event] = [r for r in records if isinstance(r, Event)]
    assert [(c.kind, c.party, c.count, c.low, c.qualifier) for c in event.casualties] == [
        ("killed", "Islamic State", None, 12, "unknown"),
        ("wounded", "Islamic State", None, 12, "unknown"),
    ]
