"""A state's forces take the ACLED name of the government in force on the event's day, not
on the day the report is read: an undated note about 2020 names the forces of 2020."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _names(text: str, published: str | None = None) -> dict[str, str]:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert events, text
    event = events[0]
    return {a: event.actor_acled_names.get(a, a)
            for a in (event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2)
            if a}


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        # no publication date: the event's own day decides
        ("On 3 June 2021, regime forces shelled Kafr Nabl in Idlib with artillery.", None,
         "Military Forces of Syria (2000-)"),
        ("On 14 March 2025, government forces clashed with gunmen near Jableh, Latakia.", None,
         "Military Forces of Syria (2024-)"),
        ("On 2 February 2021, pro-Hadi forces shelled Houthi positions in Marib.", None,
         "Military Forces of Yemen (2012-)"),
        # a report published later about an earlier event
        ("On 5 August 2019, Iraqi security forces arrested four suspects in Tikrit.",
         "2023-01-10", "Military Forces of Iraq (2018-)"),
        # a police force named by default for an arrest
        ("On 11 October 2017, three men were arrested in Mosul for financing insurgents.", None,
         "Police Forces of Iraq (2014-)"),
    ],
)
def test_events_state_force_named_for_the_event_day(text: str, published: str | None,
                                                    wanted: str) -> None:
    assert wanted in _names(text, published).values()


def test_events_fixed_period_name_is_kept() -> None:
    names = _names("On 2 February 2021, Houthi forces shelled government positions in Marib.")
    assert "Military Forces of Yemen (2016-) Supreme Political Council" in names.values()
