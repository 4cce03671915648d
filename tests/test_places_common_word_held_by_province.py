"""A name that is also an English word, written before the province that holds it."""

from __future__ import annotations

import pytest

from tests.place_readings import first_event_place as _where


@pytest.mark.parametrize("text", [
    "On 3 May 2021, militants attacked a checkpoint near Xyzkoro village (Hit, Al-Anbar).",
    "On 3 May 2021, militants attacked a checkpoint in Xyzkoro (Hit, Anbar).",
    "On 3 May 2021, a roadside bomb struck a patrol near Xyzkoro (Hit, Al Anbar).",
    "On 3 May 2021, gunmen shot a shepherd in Xyzkoro village (Hit, Anbar) at night.",
    "On 3 May 2021, soldiers repelled an attack on Xyzkoro outpost (Hit, Al-Anbar).",
])
def test_places_a_common_word_held_by_the_province_after_it_is_the_town(text: str) -> None:
    # Hit of Anbar, not set aside as the verb, leaving the event at the province's seat
    assert _where(text) == ("Hit", "IQ", "Al-Anbar")


@pytest.mark.parametrize("text", [
    "On 3 May 2021, militants attacked a police post near Xyzkoro village (Tank, Khyber "
    "Pakhtunkhwa).",
    "On 3 May 2021, gunmen killed a driver in Xyzkoro (Tank, Khyber Pakhtunkhwa).",
])
def test_places_another_common_word_held_by_its_province(text: str) -> None:
    assert _where(text) == ("Tank", "PK", "Khyber Pakhtunkhwa")


@pytest.mark.parametrize(("text", "expected"), [
    # no province after it that holds it: still no place
    ("On 3 May 2021, protesters said the strike hit (Reuters) the port of Aden.",
     ("Aden", "YE", "Aden")),
    ("On 3 May 2021, a mortar round hit a house in Ramadi (Anbar), police said.",
     ("Ramadi", "IQ", "Al-Anbar")),
    # a province after it that holds no such town: the word, and the province is the place
    ("On 3 May 2021, militants attacked a checkpoint in Xyzkoro (Hit, Sanaa).",
     ("Sanaa", "YE", "Sanaa")),
])
def test_places_a_common_word_alone_stays_a_word(
        text: str, expected: tuple[str, str, str]) -> None:
    assert _where(text) == expected
