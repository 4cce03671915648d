"""A first-level division's name of several words one letter off ("Khyber Pakhtnunkhwa",
"Nort Kivu", "West Darur state"), or one written with its division word ("Balocistan
province"), is that division: a name left unresolved across it, or a word of it read alone
before its division word ("Gaza" of "Gaza Stip governorate"), gives way to it; a town read
a letter off abroad, written in it, is left unresolved. Where provinces of two countries
are a letter off, the division word written tells which ("Corndoba department" is
Colombia's, "Corndoba province" Argentina's). A name written with a district's
or town's word is no first-level division a letter off. Sentences written for these
tests; the notes under ``fixtures/misspelt_divisions`` are read in
``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event
from tests.places_text import division_read, places_in


@pytest.mark.parametrize(
    ("text", "written", "country", "admin1"),
    [
        ("Unknown assailants torched a girls' school in Kotkai village, Khyber "
         "Pakhtnunkhwa province.", "Khyber Pakhtnunkhwa", "PK", "Khyber Pakhtunkhwa"),
        ("Militiamen killed 4 farmers in Kilambo village in Nort Kivu on Sunday.",
         "Nort Kivu", "CD", "Nord-Kivu"),
        ("Two traders were abducted near Mulobir village, West Darur state.", "West Darur",
         "SD", "West Darfur"),
        ("A rocket struck a house in Birmulo village, Gaza Stip governorate, wounding a "
         "child.", "Gaza Stip", "PS", "Gaza Strip"),
        ("Gunmen shot a teacher in Dalmugu village, Slah ad Din region.", "Slah ad Din", "IQ",
         "Salah ad Din"),
        ("Police arrested 7 smugglers in Kandiwal village, Balocistan province.",
         "Balocistan", "PK", "Balochistan"),
        ("Herders clashed with farmers at Ponekbir village, San Luis Potsi state.",
         "San Luis Potsi", "MX", "San Luis Potosi"),
        ("Displaced families protested in the Pomushi camp in South Ethinopia Regional.",
         "South Ethinopia Regional", "ET", "South Ethiopia Regional"),
        # the province, not its seat, where the division's word follows
        ("Gunmen killed two civilians in Kandahr province.", "Kandahr", "AF", "Kandahar"),
        # of provinces of two countries a letter off, the one of the country that calls
        # its provinces by the word written
        ("Rebels burned 12 houses in Lotegu village, Corndoba department.", "Corndoba", "CO",
         "Cordoba"),
        ("Thieves stole 40 cattle near Lotegu village, Corndoba province.", "Corndoba", "AR",
         "Cordoba"),
        ("Bandits kidnapped 3 teachers at Gutepo village, Adanmawa state.", "Adanmawa", "NG",
         "Adamawa"),
        ("Separatists attacked a school in Gutepo village, Adanmawa region.", "Adanmawa",
         "CM", "Adamaoua"),
    ],
)
def test_places_misspelt_division_of_several_words(
        text: str, written: str, country: str, admin1: str) -> None:
    assert division_read(text, written) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 4 March 2023, gunmen killed two civilians in Sarai village, Khyber Pakhtnunkhwa "
         "province.", "PK"),
        ("On 9 May 2021, gunmen abducted a trader in Teteshi camp in Helnmand.", "AF"),
        ("On 11 May 2022, displaced people rioted in the Pomushi camp in South Ethinopia "
         "Regional.", "ET"),
    ],
)
def test_places_event_in_misspelt_division_not_at_a_namesake_abroad(
        text: str, country: str) -> None:
    # a village or camp written in the division, whose reading lies abroad, is no place
    # of the event: the division is
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None and event.location is not None
    assert event.location.country == country


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a name written with a district's word is no first-level division a letter off
        ("A crowd of Brazilian traders attacked Syrian police officers near Shigunek area "
         "(Jandaira district).", "Jandaira"),
        ("A crowd of Brazilian traders attacked Nigerien police officers near Kaloshi area "
         "(Ponto Novo district).", "Ponto Novo"),
        # nor is a name of several words that no division's is one letter off
        ("Gunmen killed a farmer in Lomute village, Qwertyuiop Zxcvb province.",
         "Qwertyuiop Zxcvb"),
    ],
)
def test_places_no_division_a_letter_off_stays_unread(text: str, written: str) -> None:
    mention = places_in(text).get(written)
    assert mention is None or mention.place is None or mention.place.feature != "admin1"
