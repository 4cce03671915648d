"""Talks or a truce told as suspended, called off or collapsed are no agreement: a
bombing or attack told as the reason ("talks were suspended after the guerrillas bombed
a base") is the event, dated as told. The look for the broken-off words runs only where
the text holds one of their stems, and finds them where it does."""

from __future__ import annotations

import pytest

from eventcoder import events
from eventcoder.events import _BROKEN_OFF_WORDS, _talks_broken_off
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import only_event

_PUBLISHED = "2024-03-14"


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        ("Peace talks between the government and the rebels were suspended after the "
         "guerrillas bombed an army base in Putumayo, Colombia, on Tuesday.",
         "explosions_remote_violence", "2024-03-12"),
        ("The government called off the peace talks following the insurgents' bombing of "
         "a police post in Ayacucho, Peru, on Sunday.",
         "explosions_remote_violence", "2024-03-10"),
        ("The ceasefire collapsed after rebels attacked an army camp near Yei, South Sudan, "
         "on Monday.", "battles", "2024-03-11"),
    ],
)
def test_the_reason_is_the_event(pipeline: RulePipeline, text: str, event_type: str,
                                 day: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert event.event_type == event_type
    assert event.sub_event_type != "agreement"
    assert event.date_start == day and event.date_basis == "stated"


def test_undated_reason_is_no_agreement_of_the_day(pipeline: RulePipeline) -> None:
    records = pipeline(document_from_text(
        "Talks between the two sides were suspended after the guerrillas bombed a base in "
        "Arauca, Colombia.", doc_id="t", published=_PUBLISHED))
    found = [r for r in records if isinstance(r, Event)]
    assert found
    assert all(e.sub_event_type != "agreement" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels signed a ceasefire in Idlib, Syria, on Tuesday.",
        "The two sides agreed a truce that ended months of stalled talks in Marib, Yemen, "
        "on Monday.",
    ],
)
def test_an_agreement_made_is_kept(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert event.sub_event_type == "agreement"


def test_the_look_needs_a_broken_off_stem(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the rebels signed a ceasefire with the army on tuesday."
    assert not any(w in text for w in _BROKEN_OFF_WORDS)
    at = text.index("ceasefire")

    class Refusing:
        def search(self, *args: object) -> None:
            raise AssertionError("looked without a stem")

        match = search

    monkeypatch.setattr(events, "_BROKEN_OFF_BEFORE", Refusing())
    monkeypatch.setattr(events, "_BROKEN_OFF_AFTER", Refusing())
    assert not _talks_broken_off(text, at, at + len("ceasefire"))
    told = "the ceasefire was suspended on tuesday."
    monkeypatch.undo()
    at = told.index("ceasefire")
    assert _talks_broken_off(told, at, at + len("ceasefire"))
