"""A short name reaching a large city abroad only by its sound key, more than a letter off
the city's own name, is no reading of that city in a text that names other countries,
their people or their places; a name one letter off a city's stays the city."""

from __future__ import annotations

from eventcoder.pipeline import extract
from eventcoder.records import Event
from tests.places_text import places_in


def test_short_name_far_off_a_city_abroad_is_not_that_city() -> None:
    # "Lyego" keys with Liege; the note names only Burundian troops and a group.
    found = places_in("Al-Shabaab fighters ambushed Burundian troops near Lyego on Sunday, killing "
                      "three soldiers.")
    place = found["Lyego"].place
    assert place is None or place.country != "BE"


def test_short_name_far_off_a_city_under_a_dateline_of_another_country() -> None:
    found = places_in("MOGADISHU (Reuters) - Gunmen ambushed a convoy near Lyego on Sunday, "
                      "killing three soldiers, officials said.")
    place = found["Lyego"].place
    assert place is None or place.country != "BE"


def test_event_is_not_placed_in_the_city_abroad() -> None:
    text = "Al-Shabaab fighters ambushed Burundian troops near Lyego on Sunday, killing three."
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert events and events[0].location.country != "BE"


def test_name_one_letter_off_a_city_stays_the_city() -> None:
    # "Hama" of GeoNames' Hamah, in a text naming only another country's people.
    place = places_in("Russian warplanes struck Hama on Sunday, killing two.")["Hama"].place
    assert place is not None and place.country == "SY"
