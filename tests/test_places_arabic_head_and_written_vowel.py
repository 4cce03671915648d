"""A name opened by a generic Arabic word ("Bir", "Umm", "Kafr", "Ain") is read whole where
the gazetteer has it in another transliteration that writes no vowel between the last two
consonants of a word ("Bir al-Abed" is Bi'r al 'Abd, "Umm Qaser" Umm Qasr); it no longer
loses its first word to a namesake of the rest."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.places import _without_written_vowel
from eventcoder.records import Event


def _place(text: str) -> tuple[str | None, str | None]:
    events = [r for r in extract(text, published="2023-08-14") if isinstance(r, Event)]
    assert events
    return events[0].location.name, events[0].location.country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen attacked Bir al-Abed on Sunday, killing 5 people.", "Bir al-Abed", "EG"),
        ("Militants ambushed a patrol near Bir el-Abed on Friday, killing 4 soldiers.",
         "Bir el-Abed", "EG"),
        ("A mortar hit Umm Qaser on Saturday, killing 2 dock workers.", "Umm Qaser", "IQ"),
        ("Police clashed with protesters in Kafr Shoker on Thursday.", "Kafr Shoker", "EG"),
        ("Gunmen killed 3 shepherds in Ain el-Bered on Tuesday.", "Ain el-Bered", "DZ"),
        ("Shells killed 6 civilians in Kafr Shames on Wednesday.", "Kafr Shames", "SY"),
    ],
)
def test_places_arabic_name_read_whole_despite_a_written_vowel(
    text: str, name: str, country: str
) -> None:
    assert _place(text) == (name, country)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (["bir", "al", "abid"], True),  # no "e" written: the key as it was
        (["ain", "issa"], True),
        (["umm", "qaser"], False),
        (["bir", "el", "abed"], False),
        (["kafr", "tree"], True),  # an "e" not between two consonants at the end
    ],
)
def test_places_written_vowel_key_changes_only_such_words(
    words: list[str], same: bool
) -> None:
    assert (_without_written_vowel(words, "KEY") == "KEY") is same


def test_places_arabic_head_names_the_gazetteer_has_are_unchanged() -> None:
    assert _place("Troops raided Ain Issa on Monday.") == ("Ain Issa", "SY")
