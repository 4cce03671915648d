"""A first-level division written by a name the press uses and GeoNames lacks ("Karen State"
for Myanmar's Kayin, "Karenni State" for Kayah) is that division, even where the name is
also a people's name or an English word; the people's name before another noun ("Karen
rebels") is still no place."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _where(text: str) -> tuple[str | None, str | None]:
    events = [r for r in extract(text, published="2023-03-20") if isinstance(r, Event)]
    assert events
    return events[0].location.country, events[0].location.admin1


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Fighting broke out between the army and rebels in Karen State on Monday.", "Kayin"),
        ("Junta jets bombed a village in Karen State on Tuesday, killing 4 civilians.",
         "Kayin"),
        ("Clashes erupted near a border post in Myanmar's Karen state on Sunday.", "Kayin"),
        ("Karen State police arrested 3 men on Friday.", "Kayin"),
        ("Shelling hit two villages in Karenni State on Thursday, killing 2 farmers.",
         "Kayah"),
    ],
)
def test_places_division_read_by_the_name_the_press_uses(text: str, admin1: str) -> None:
    assert _where(text) == ("MM", admin1)


def test_places_peoples_name_before_a_noun_is_still_no_division() -> None:
    assert _where("Karen rebels attacked an army post on Monday.") == (None, None)
