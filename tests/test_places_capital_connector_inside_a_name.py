"""A one-letter connector written as a capital inside a name ("Dasht I Archi", "Rud I
Sar") joins the name as its lower-case form does: the whole is the town, not its last word
alone."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Protesters blocked a road in Rud I Sar town on Friday.", "Rud I Sar", "IR"),
        ("Two shopkeepers were shot dead in Dasht I Archi on Friday.", "Dasht I Archi", "AF"),
    ],
)
def test_capital_connector_joins_the_name(text: str, name: str, country: str) -> None:
    found = places_in(text)
    assert name in found and found[name].place is not None, found
    assert found[name].place.country == country
