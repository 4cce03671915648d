""""Within the sector of operations of Kirkuk" names a command's sector, which spans the
province the city is named for: the province (precision 3), or a town told in it; a sector
named after a town that is no province's name stays that town."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, str | None, str | None, int | None]:
    events = [r for r in extract(text, published="2022-11-03") if isinstance(r, Event)]
    assert len(events) == 1, [e.notes for e in events]
    loc = events[0].location
    return loc.country, loc.admin1, loc.place, loc.geo_precision


@pytest.mark.parametrize(("sector", "expected"), [
    ("Diyala", ("IQ", "Diyala", "Diyala", 3)),
    ("Kirkuk", ("IQ", "Kirkuk", "Kirkuk", 3)),
    ("Samarra", ("IQ", "Salah ad Din", "Samarra'", 1)),
])
def test_places_sector_of_operations(sector: str,
                                     expected: tuple[str, str, str, int]) -> None:
    text = (f"A roadside bomb went off on a police patrol within the sector of operations of "
            f"{sector} on Tuesday, wounding two policemen.")
    assert _location(text) == expected


def test_places_sector_of_operations_yields_to_a_town_in_it() -> None:
    text = ("Iraqi aircraft struck a hideout within the sector of operations of Kirkuk near "
            "Dibis on Monday, killing two terrorists.")
    country, admin1, place, precision = _location(text)
    assert (country, admin1) == ("IQ", "Kirkuk")
    assert place != "Kirkuk" and precision in (1, 2)
