"""A word of the name of an armed group active in several countries that is also a
division of one of them ("Aragua" of "Tren de Aragua") tells where the group began, not
where its members act: it is no place of the report. The division written on its own is
still read."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions, places_in


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three Tren de Aragua members in Santa Rosa on Monday.",
        "Two suspected Tren de Aragua gunmen were detained after a robbery on Friday.",
        "A Tren de Aragua cell ran an extortion ring from a rented flat, police said.",
        "Prosecutors charged five men linked to the Tren de Aragua gang on Tuesday.",
        "Members of Tren de Aragua set fire to a bus depot overnight.",
    ],
)
def test_places_division_in_a_group_name_is_no_place(text: str) -> None:
    mentions = place_mentions(text)
    assert all("Aragua" not in m.text for m in mentions), [m.text for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Tren de Aragua gunmen killed a trader in Aragua state on Monday.",
        "Police in Maracay, Aragua, arrested three Tren de Aragua members on Monday.",
    ],
)
def test_places_division_written_on_its_own_is_still_read(text: str) -> None:
    found = [m for m in place_mentions(text) if m.place is not None]
    assert any(m.place.admin1 == "Aragua" for m in found)


def test_places_division_of_a_group_of_one_country_is_still_read() -> None:
    mention = places_in("Donetsk People's Republic forces shelled Pisky on Monday.").get(
        "Pisky")
    assert mention is not None and mention.place is not None
    assert mention.place.country == "UA"
