"""What the text writes as where a place lies outweighs loose readings elsewhere: a
district named as the holder, a division or countryside written out, a town with its own
locative word against a country named as a topic."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A gendarme was killed when jihadists ambushed a patrol at Gaskinde (Pobe-Mengao, "
         "Soum) on Thursday.", "BF"),
        ("Gunmen killed three herders in Bourzanga (Kossi-Tao, Bam) on Sunday.", "BF"),
        ("Militants burned a school in Koutougou (Djibo, Soum).", "BF"),
    ],
)
def test_a_district_written_as_the_holder_beats_towns_abroad(text: str, country: str) -> None:
    placed = [m.place for m in places_in(text).values() if m.place is not None]
    assert placed
    assert {p.country for p in placed} == {country}


def test_a_holder_district_does_not_beat_its_namesake_seat() -> None:
    text = "Turkish jets bombed hillsides near Avasin (Mergasur) in Dahuk on Sunday."
    place = places_in(text)["Mergasur"].place
    assert place is not None and place.feature == "populated_place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli missiles were said to have hit army and militia posts around Maariya and "
         "Kuwayya in Dar'a countryside.", "Maariya"),
        ("Israeli jets struck positions near Maariya and Jamla in Dar'a countryside.",
         "Maariya"),
    ],
)
def test_a_loose_reading_outside_the_written_holder_is_dropped(text: str, name: str) -> None:
    found = places_in(text)
    assert found[name].place is None or found[name].place.country == "SY"
    daraa = found["Dar'a"].place
    assert daraa is not None and daraa.country == "SY"


def test_an_exact_town_of_a_named_country_stays() -> None:
    text = "Israeli police arrested two men in Maghar, Israel, near Dar'a countryside."
    place = places_in(text)["Maghar"].place
    assert place is not None and place.country == "IL"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Residents marched in Souda against plans to house on Crete people who fled the "
         "war in Libya.", "Souda", "GR"),
        ("Dozens rallied in Souda against the transfer of migrants from Libya.", "Souda", "GR"),
        ("Protesters in Harmanli denounced the war in Syria on Sunday.", "Harmanli", "BG"),
    ],
)
def test_a_country_named_as_a_topic_does_not_beat_the_town(
    text: str, name: str, country: str
) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.country == country
