"""A quarter or district written as part of the town after it ("the Sovetsky district of
Volgograd") is placed at that town where its own reading lies far from it."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "part", "town"),
    [
        ("A dam was damaged in the Sovetsky district of Volgograd, Russia.", "Sovetsky",
         "Volgograd"),
        ("Protesters gathered in the Kirovsky district of Kazan, Russia.", "Kirovsky", "Kazan"),
        ("On Sunday, in the Leninskiy district of Astrakhan, Russia, gunmen fired "
         "on a patrol.", "Leninskiy", "Astrakhan"),
    ],
)
def test_places_city_part_placed_at_its_town(text: str, part: str, town: str) -> None:
    mention = places_in(text)[part]
    assert mention.place is not None and mention.place.name == town
    assert mention.geo_precision == 2
