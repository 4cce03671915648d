"""What the first placed event of an invented note reads as its place: shared by the tests of
place readings."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def first_event_place(text: str, published: str = "2021-05-10"
                      ) -> tuple[str | None, str | None, str | None]:
    """(place, country, first-level division) of the first event that has a location."""
    events = [e for e in eventcoder.extract(text, published=published)
              if isinstance(e, Event) and e.location is not None]
    assert events
    location = events[0].location
    assert location is not None
    return location.place, location.country, location.admin1
