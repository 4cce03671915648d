"""Places a report tells as alternatives ("either near X or Y") inside a division it also
names: the report does not know which, so the event is placed at the division, not at one
of them. With no such division named, the first place told stays the event's."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.events import _OR_AFTER, _OR_BEFORE
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, int | None]:
    events = [r for r in extract(text, published="2021-03-05") if isinstance(r, Event)]
    assert events
    location = max(events, key=lambda e: e.confidence).location
    return location.place, location.geo_precision


@pytest.mark.parametrize(
    "text",
    [
        # the second alternative is a name the gazetteer lacks
        "On 3 March 2021, gunmen ambushed a police convoy in Kunduz province, either near "
        "Imam Sahib or Qala-e Zal, killing four officers.",
        # both alternatives are towns of the province
        "On 3 March 2021, gunmen ambushed a police convoy in Kunduz province (either in "
        "Khanabad or Imam Sahib district), killing four officers.",
    ],
)
def test_events_alternatives_placed_at_the_division_holding_them(text: str) -> None:
    assert _location(text) == ("Kunduz", 3)


def test_events_alternatives_without_a_holder_keep_the_first() -> None:
    place, _ = _location("On 3 March 2021, gunmen ambushed a police convoy either near "
                         "Khanabad or Imam Sahib, killing four officers.")
    assert place == "Khanabad"


def test_events_or_elsewhere_leaves_the_town() -> None:
    # "or" between two groups, not between places
    assert _location(
        "On 3 March 2021, gunmen ambushed a police convoy near Khanabad in Kunduz province, "
        "killing four officers. It was unclear whether Taliban or ISIS fighters carried out "
        "the attack.") == ("Khanabad", 2)


def test_alternative_patterns() -> None:
    assert _OR_AFTER.match(" or Imam Sahib") is not None
    assert _OR_AFTER.match(" or in Imam Sahib") is not None
    assert _OR_AFTER.match(" or other places") is None
    text = "either in Khanabad or Imam"
    assert _OR_BEFORE.search(text, 0, text.index("Imam")) is not None
    text = "either the army or Imam"
    assert _OR_BEFORE.search(text, 0, text.index("Imam")) is None
