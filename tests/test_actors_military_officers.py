"""Military officers, named without their country, are the country's armed forces."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("A quarrel between police and military officers turned violent.", "KE",
         "Military Forces of Kenya"),
        ("Two military men were shot dead at a checkpoint.", "BF",
         "Military Forces of Burkina Faso"),
        ("A military officer slapped a bus driver.", "GH", "Military Forces of Ghana"),
    ],
)
def test_actors_military_officers_are_the_armed_forces(text: str, country: str,
                                                        name: str) -> None:
    assert name in [m.name for m in match_actors(text, country=country)]
