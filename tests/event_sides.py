"""The two sides of a text's first event, as ACLED names them, for the role tests."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Event


def acled_sides(text: str, published: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 of the first event that is not background, in ACLED's spelling."""
    events = [r for r in eventcoder.extract(text, published=published)
              if isinstance(r, Event) and not r.background]
    assert events, text
    event = events[0]
    name = event.actor_acled_names
    return (name.get(event.actor1 or "", event.actor1),
            name.get(event.actor2 or "", event.actor2))
