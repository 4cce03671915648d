"""An event at a place the gazetteer lacks, in a story of several events (texts written for
these tests)."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in eventcoder.extract(text, published=published) if isinstance(r, Event)]


def test_event_at_an_unlisted_village_is_not_placed_at_the_town_told_before() -> None:
    text = ("Insurgents killed five villagers in Mocimboa da Praia on Monday, police said. "
            "The attackers burned homes.\n\n"
            "On Wednesday, militants beheaded two men in Nakweluma village, a local official "
            "said.")
    first, second = sorted(_events(text, "2024-05-09"), key=lambda e: e.date_start or "")
    assert first.location is not None and first.location.name == "Mocimboa da Praia"
    assert second.location is not None
    assert second.location.name == "Nakweluma"
    assert second.location.country == "MZ"
    assert second.location.admin1 == "Cabo Delgado"  # the story's division, not its town
    assert second.location.geo_precision == 3


def test_event_at_a_village_of_a_named_province_is_placed_in_that_province() -> None:
    text = ("Insurgents killed five villagers in Mocimboa da Praia on Monday, police said. "
            "The attackers burned homes.\n\n"
            "On Wednesday, militants beheaded two men in a village in Niassa province, a "
            "local official said.")
    last = sorted(_events(text, "2024-05-09"), key=lambda e: e.date_start or "")[-1]
    assert last.location is not None
    assert last.location.admin1 == "Niassa"
    assert last.location.geo_precision == 3


def test_event_naming_no_place_still_points_back_to_the_town_told_before() -> None:
    text = ("Insurgents killed five villagers in Mocimboa da Praia on Monday, police said. "
            "The attackers burned homes.\n\n"
            "On Wednesday, militants beheaded two men, a local official said.")
    events = sorted(_events(text, "2024-05-09"), key=lambda e: e.date_start or "")
    assert events[-1].location is not None
    assert events[-1].location.country == "MZ"


def test_one_event_at_an_unlisted_village_keeps_its_name_in_the_country() -> None:
    text = "Gunmen shot dead two Kenyan herders in Lomurinyang village on Friday, police said."
    (event,) = _events(text, "2024-05-09")
    assert event.location is not None
    assert event.location.name == "Lomurinyang"
    assert event.location.country == "KE"
    assert event.location.geo_precision == 3
