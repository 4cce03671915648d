"""Who is told struck together with the side an attack struck is that side's associate;
the two sides of a fight counted together are not (texts written for these tests)."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


def _event(text: str) -> Event:
    events = [r for r in eventcoder.extract(text, published="2022-03-10")
              if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "country"), [
    ("On 7 March 2022, four soldiers and pro-government militia members died when "
     "Taliban fighters stormed a checkpoint in Baghlan province.", "Afghanistan"),
    ("On 8 March 2022, three soldiers and several pro-government militiamen died when "
     "Al Shabaab militants overran a base near Beledweyne.", "Somalia"),
])
def test_events_militia_struck_beside_the_soldiers(text: str, country: str) -> None:
    event = _event(text)
    names = event.actor_acled_names
    assert names.get(event.actor2 or "", event.actor2 or "").startswith(
        f"Military Forces of {country}")
    assert [names.get(a, a) for a in event.assoc_actor_2] == ["Militia (Pro-Government)"]


def test_events_both_sides_counted_together_are_not_one_side() -> None:
    event = _event("On 9 March 2022, two soldiers and five militants were killed when "
                   "Taliban fighters attacked an outpost in Kunduz province.")
    assert event.assoc_actor_2 == []
