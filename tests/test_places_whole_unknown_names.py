"""A name the gazetteer lacks whose last word is some place's name ("Darra Adam Khel"),
written before the division that holds it, is placed at that division under its whole
name, not under its last word."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions


@pytest.mark.parametrize(
    ("text", "whole", "holder"),
    [
        ("Militants blew up a girls' school in Darra Adam Khel, Khyber Pakhtunkhwa, on Monday.",
         "Darra Adam Khel", "Khyber Pakhtunkhwa"),
        ("A roadside bomb struck a patrol in Hammam al 'Alil, Ninawa, before dawn.",
         "Hammam al 'Alil", "Nineveh"),
        ("In Tall 'Adan, Ninawa, Iraq, a grenade was thrown at a checkpoint.", "Tall 'Adan",
         "Nineveh"),
        ("Neighbours banged pots in Ramos Mejia (Buenos Aires) for a second night.",
         "Ramos Mejia", "Buenos Aires"),
    ],
)
def test_whole_name_is_placed_at_its_holder(text: str, whole: str, holder: str) -> None:
    mentions = [m for m in place_mentions(text) if m.place is not None]
    named = {m.text: m for m in mentions}
    assert whole in named
    assert named[whole].place is not None and named[whole].place.name == holder
    tail = whole.split()[-1].lstrip("'")
    assert tail not in named


def test_unit_word_before_a_village_is_left_out() -> None:
    text = "Soldiers seized rifles from rebels in Barangay Dolores, Siayan, Zamboanga del Norte."
    names = [m.text for m in place_mentions(text)]
    assert not any(name.startswith("Barangay") for name in names)
