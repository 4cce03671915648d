"""Unnamed doers told in plain words: "unknown people", "unidentified individuals",
"unknown actors", "armed people", "arsonists"; "unidentified man armed with an axe"
without an article; "two men on a motorbike opened fire". Each is ACLED's unidentified
armed group, not civilians, and not nobody."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("On 21 February 2022, unknown arsonists set fire to three lorries of a logistics "
         "firm in Larissa.", "arsonists"),
        ("On 17 February 2022, unidentified actors blew up an electricity pylon near Owo "
         "(Owo LGA, Ondo).", "actors"),
        ("On 19 February 2022, a pharmacist was kidnapped in Nampula city by unknown armed "
         "people.", "armed people"),
        ("On 23 February 2022, a grocery kiosk was burnt down by unknown people in Dedza "
         "(Dedza, Central).", "unknown people"),
        ("On 25 February 2022, unidentified man armed with an axe killed a tailor in "
         "Baidoa (Baidoa, Bay).", "unidentified man"),
        ("On 26 February 2022, in Arecibo, two men on a motorbike opened fire on a bakery, "
         "wounding two customers.", "two men"),
    ],
)
def test_events_unnamed_doer_is_an_armed_group(text: str, told: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group"), \
        event.actor1
    evidence = [e.text for e in event.evidence.get("actor1", [])]
    assert any(told in e for e in evidence), evidence


def test_events_men_told_on_their_way_are_no_attackers() -> None:
    # men told riding somewhere, without an armed man's deed, stay who they are
    event = _main("On 27 February 2022, in Arecibo, two men on a motorbike were shot dead by "
                  "gunmen near a petrol station.")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    evidence = [e.text for e in event.evidence.get("actor1", [])]
    assert not any("men on" in e for e in evidence), evidence
