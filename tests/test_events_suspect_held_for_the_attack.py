"""A man held for an attack ("Suspect arrested after gunman kills three", "police have
arrested a 34-year-old man in connection with the shooting") is of the side that made it,
counted once where the headline and the story both tell him; people an armed side itself
detains are its captives, not its men. A charge of attempted murder, and an attempted
assassination, kill no one."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.quantities import find_casualty_mentions
from tests.conftest import only_event

_STORY = ("Suspect arrested after gunman kills three at Durban market\n\n"
          "DURBAN - Police have arrested a 34-year-old man in connection with a shooting at a "
          "market in Durban on Thursday morning in which three traders were killed.\n\n"
          "The suspect was traced to a house on Thursday night, police said. He will appear "
          "in court on Monday on three charges of murder and two of attempted murder.")


def _counts(text: str, pipeline: RulePipeline, kind: str) -> dict[str | None, int]:
    event = only_event(pipeline, text)
    return {c.party: c.count or 0 for c in event.casualties if c.kind == kind}


def test_events_suspect_held_is_the_attackers_counted_once(pipeline: RulePipeline) -> None:
    assert _counts(_STORY, pipeline, "detained") == {
        "Unidentified Armed Group (South Africa)": 1}
    assert _counts(_STORY, pipeline, "killed") == {"Civilians (South Africa)": 3}


def test_events_people_detained_by_the_attackers_are_their_captives(
        pipeline: RulePipeline) -> None:
    text = "Gunmen stormed Kaura village on Thursday, killing three people and detaining five men."
    assert _counts(text, pipeline, "detained") == {"Civilians (Nigeria)": 5}


@pytest.mark.parametrize("text", [
    "He will appear in court on three charges of murder and two of attempted murder.",
    "The governor survived an attempted assassination of the governor's convoy.",
    "Police foiled a failed assassination of the mayor on Friday.",
])
def test_casualties_attempted_killing_kills_no_one(text: str) -> None:
    assert not [m for m in find_casualty_mentions(text) if m.kind == "killed"]


def test_casualties_killing_in_an_attempted_robbery_still_kills() -> None:
    found = find_casualty_mentions("Two people were killed in an attempted robbery.")
    assert [(m.kind, m.count) for m in found] == [("killed", 2)]
