"""A translated release's headline names its dead as a noun with the count in brackets
("Liquidation of (7) terrorists in Hadithah"); where the body gives no count, the headline's
count is the event's."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def test_casualties_liquidation_of_a_bracketed_count() -> None:
    text = ("Liquidation of (7) terrorists in the Hadithah desert\n\n"
            "The Joint Operations Command said on Tuesday that army aircraft struck a cave "
            "used by the gang in the Hadithah desert of Anbar province on 21 May.")
    events = [r for r in extract(text, published="2024-05-22") if isinstance(r, Event)]
    assert len(events) == 1, [(e.date_start, e.notes) for e in events]
    killed = [c for c in events[0].casualties if c.kind == "killed"]
    assert [c.count for c in killed] == [7]
    assert events[0].fatalities == 7


def test_casualties_liquidation_of_told_in_a_sentence() -> None:
    text = "The army announced the liquidation of 4 gunmen near Rawah on 3 June."
    events = [r for r in extract(text, published="2024-06-05") if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [4]


def test_casualties_headline_liquidation_told_again_in_the_body() -> None:
    text = ("Liquidation of (7) terrorists in the Hadithah desert\n\n"
            "The Joint Operations Command stated that on 21/5 was carried out by the army "
            "aviation an air strike on a cave in the Hadithah desert of Anbar province, and "
            "were liquidated (7) of the terrorist elements.")
    events = [r for r in extract(text, published="2024-05-22") if isinstance(r, Event)]
    assert [e.fatalities for e in events] == [7]
