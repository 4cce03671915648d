"""The place of an event, as each sentence that tells the event gives it: a headline that
says only the country, a later paragraph that names the city again."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "retold"),
    [
        # the headline gives the country; the body the town
        ("Landmine kills two aid workers in Mali\n"
         "Two aid workers died on Tuesday when their vehicle struck a landmine near Douentza, "
         "officials said.", "Mali"),
        # the city named again where the bombing is told again
        ("A car bomb exploded outside a court in Mogadishu on Sunday, killing six people. "
         "The government condemned the act. "
         "Hours after the explosion, traffic in Mogadishu was still at a standstill.",
         "traffic in Mogadishu"),
    ],
)
def test_events_place_as_each_telling_gives_it(text: str, retold: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events
    at = text.index(retold) + (len(retold) - len(retold.split()[-1]))
    spans = [(e.start, e.end) for e in events[0].evidence.get("location", [])]
    assert any(s <= at < e for s, e in spans), spans


def test_events_other_country_is_not_the_place_retold() -> None:
    text = ("A bomb exploded at a bus station in Kano on Monday, killing four people. "
            "The explosion came a day after the president returned from Niger.")
    events = [r for r in extract(text) if isinstance(r, Event)]
    spans = [e.text for e in events[0].evidence.get("location", [])]
    assert "Niger" not in spans
