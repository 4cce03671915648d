"""A report that writes its event's place as "in an unknown location in X" or "in an
unspecified area of X province" places the event in X: a town of another division named
after it is where the effects were felt, not a nearer place of the event. Sentences written
for these tests; the summaries under ``fixtures/unknown_place_in_division`` are read in
``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in extract(text, doc_id="note") if isinstance(r, Event)]
    assert events
    return events[0]


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On Friday, in an unknown location in Kunar province, Afghanistan, militants "
         "attacked a convoy, which caused long delays on the road to Kabul.", "AF", "Kunar"),
        ("On Saturday, at an undisclosed site in Rakhine State, Myanmar, a landmine killed "
         "two porters, which forced the suspension of flights from Yangon.", "MM", "Rakhine"),
        ("On Tuesday, in an unspecified town of Cabo Delgado province, Mozambique, "
         "insurgents attacked a clinic and killed two nurses, cutting supplies to hospitals "
         "in Maputo.", "MZ", "Cabo Delgado"),
    ],
)
def test_events_place_is_the_division_of_the_unknown_place(
        text: str, country: str, admin1: str) -> None:
    location = _event(text).location
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a destination, not where the event happened
        ("On Monday, in the village of Xyzamin near Wanlaweyn, Lower Shabelle, Somalia, "
         "militants fired upon a truck carrying food to an unknown area of Bakool, Somalia.",
         "Wanlaweyn"),
        # a town of the division, named with the event, is nearer
        ("On Sunday, in an unknown location in Kunar province, Afghanistan, militants "
         "attacked a convoy near Asadabad.", "Asadabad"),
    ],
)
def test_events_unknown_place_leaves_other_readings(text: str, name: str) -> None:
    assert _event(text).location.name == name


def test_each_event_of_a_long_report_finds_its_unknown_place_in_one_reading() -> None:
    from eventcoder.events import _unknown_place_ends

    text = ("On Friday, in an unknown location in Kunar province, Afghanistan, militants "
            "attacked a convoy, which caused long delays on the road to Kabul.\n\n"
            "On Saturday, in an unspecified village of Nangarhar province, a roadside bomb "
            "killed two soldiers, and the wounded were taken to Kabul.\n\n"
            "On Sunday, in an undisclosed area of Kandahar province, gunmen shot dead a "
            "police officer; his body was taken to Herat.")
    _unknown_place_ends.cache_clear()
    events = [r for r in extract(text, doc_id="report") if isinstance(r, Event)]
    assert sorted(e.location.admin1 for e in events) == ["Kandahar", "Kunar", "Nangarhar"]
    # (the phrases are found once per text, not searched for again by each event)
    assert _unknown_place_ends.cache_info().misses == 1
