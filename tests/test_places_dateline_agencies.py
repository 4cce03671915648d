"""The agency of a dateline is no division code: "Brazil (AP) —" is not Amapa, "(AP) -"
closes a dateline. A code after a town, closing the phrase, still names its division."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    "text",
    [
        "Posted 9:40 AM. Santarem, Brazil (AP) — Loggers clashed with villagers on Sunday.",
        "Updated at noon. Manaus (AP) - Police raided a warehouse and seized weapons.",
        "Last update 18:05. Chennai, India (AP) – Two buses were torched by a mob.",
    ],
)
def test_places_dateline_agency_is_no_division(text: str) -> None:
    assert all(m.text != "AP" for m in place_mentions(text))


def test_places_code_after_a_town_still_names_its_state() -> None:
    code = places_in("Three men were arrested in Tirupati (AP) on Friday.")["AP"].place
    assert code is not None and (code.country, code.name) == ("IN", "Andhra Pradesh")
