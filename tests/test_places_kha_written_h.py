"""A town whose name opens a word in "Kh" (kha) is often written with "H" alone: "Han
Neshin" for Khan Neshin. Where the text points to the town's country, or names the division
or country next to it, the name is that town, however small; where it points nowhere, or to
another division, the name is not read so."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(("text", "written", "name"), [
    ("Officials in Kabul said a roadside bomb killed three soldiers in Han Neshin district "
     "centre on Sunday, Afghanistan's defence ministry said.", "Han Neshin", "Khan Neshin"),
    ("Gunmen shot dead two officers in Hosrowshahr, Iran on Friday.", "Hosrowshahr",
     "Khosrowshahr"),
    ("Gunmen shot dead two officers in Hosrowshahr, East Azerbaijan province, Iran on Friday.",
     "Hosrowshahr", "Khosrowshahr"),
])
def test_h_for_kha_in_the_country_told(text: str, written: str, name: str) -> None:
    place = places_in(text)[written].place
    assert place is not None and place.name == name


@pytest.mark.parametrize("text", [
    "Gunmen shot dead two officers in Hosrowshahr, Iraq on Friday.",
    "Gunmen shot dead two officers in Hosrowshahr, Fars province, Iran on Friday.",
])
def test_no_kha_reading_outside_the_holder(text: str) -> None:
    place = places_in(text)["Hosrowshahr"].place
    assert place is None or place.name != "Khosrowshahr"
