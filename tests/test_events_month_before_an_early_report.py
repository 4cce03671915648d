"""An attack told as of last month, in a report filed a few days into the month about an
attack of the day before, is context however near the month's last day lies."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def test_events_month_before_an_early_report_is_background() -> None:
    lead, earlier = _events(
        "Gunmen killed six villagers in Dogondaji in Sokoto state on Saturday, police said. "
        "Last month, an attack on a nearby village killed 11 people.", "2025-03-09")
    assert (lead.date_start, lead.background) == ("2025-03-08", False)
    assert (earlier.date_start, earlier.background) == ("2025-02-01", True)


def test_events_month_before_a_report_told_on_its_own_stays() -> None:
    # a month-dated attack that is the report's lead is no context
    [event] = _events("Last month, an attack on a village near Gusau killed 14 people, "
                      "police said.", "2025-03-04")
    assert event.background is False
