"""The evidence of the side struck (actor2) holds every span that tells it: its dead and
hurt ("killing 20 people") and what the attack was aimed at ("targeted a pharmacy", "an
attack on the Easter fair", "rammed into an army convoy", "The Harmon Federal Building ...
was shattered by an explosion"); never a date or a bare town ("an attack on Friday"). The
attacker's evidence holds the event words that name it again ("A suicide bomber on a
motorcycle rammed into ...")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _lead(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events
    return events[0]


def _struck(event: Event) -> list[str]:
    return [e.text for e in event.evidence.get("actor2", [])]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("A blast on Friday targeted a pharmacy on the main square in Lille, injuring "
         "several people.", ["a pharmacy", "injuring several people"]),
        ("Seven people were killed on Monday in an attack on the Easter fair in Colmar.",
         ["the Easter fair", "Seven people were killed"]),
        ("A suicide bomber in a van rammed into an army convoy near Kandahar, killing four "
         "soldiers.", ["an army convoy"]),
        ("The Harmon Federal Building in Tulsa was shattered by an explosion on May 3, "
         "killing 20 people.", ["The Harmon Federal Building", "killing 20 people"]),
    ],
)
def test_events_struck_side_evidence(text: str, told: list[str]) -> None:
    event = _lead(text)
    assert event.actor2 is not None
    spans = _struck(event)
    assert all(t in spans for t in told), spans


def test_events_no_date_or_town_as_target() -> None:
    event = _lead("Gunmen launched an attack on Friday on a police post in Kano, killing two "
                  "policemen, and an attack on Kano airport followed.")
    spans = " | ".join(_struck(event))
    assert "Friday" not in spans, spans


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town of Sake in North Kivu, Congo, on Sunday. Three civilians "
        "died in the shelling.",
        "Insurgents fired rockets at Kabul airport on Sunday. Two civilians died.",
    ],
)
def test_events_civilians_a_blast_killed_are_struck(text: str) -> None:
    event = _lead(text)
    assert event.event_type == "explosions_remote_violence"
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), event.actor2
    assert any("died" in t for t in _struck(event))


def test_events_attacker_told_again_by_the_event_words() -> None:
    event = _lead(
        "On Monday in Spin Boldak, a suicide bomber blew himself up, killing four Afghan "
        "soldiers. The Taliban claimed the attack. A suicide bomber on a motorcycle rammed "
        "into the army checkpoint near the border crossing.")
    assert event.actor1 == "Taliban"
    told = [(e.start, e.text) for e in event.evidence["actor1"]]
    assert sum(1 for _, t in told if t == "suicide bomber") == 2, told
