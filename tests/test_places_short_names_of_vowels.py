"""A town whose name is three letters of vowels ("Yei", South Sudan) keeps its spelling as
its key, so it is read where a report names it; short English words of the same letters
("Eye") still name no place, and the Persian ezafe ("-e", "-i", "-ye") still keys as "i"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.gazetteer import name_key, token_key
from eventcoder.records import Event


def _where(text: str) -> tuple[str | None, str | None]:
    events = [r for r in extract(text, published="2021-11-08") if isinstance(r, Event)]
    assert events
    return events[0].location.name, events[0].location.country


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Gunmen killed 4 traders in Yei on Sunday.", "Yei"),
        # the county the gazetteer knows (placed at its seat, Yei), named as written
        ("Fighting broke out in Yei County on Tuesday.", "Yei County"),
        ("Rebels attacked an army base near Yei on Saturday, killing 6 soldiers.", "Yei"),
        ("Soldiers looted shops at Yei on Friday.", "Yei"),
        ("Two aid workers were abducted on the Yei road outside Yei on Thursday.", "Yei"),
    ],
)
def test_places_three_letter_town_of_vowels_is_read(text: str, written: str) -> None:
    assert _where(text) == (written, "SS")


@pytest.mark.parametrize(
    ("word", "key"),
    [("yei", "yei"), ("eye", "eye"), ("e", "i"), ("ye", "i"), ("yi", "i"), ("raqqah", "raka")],
)
def test_places_token_key_keeps_the_spelling_of_a_word_of_vowels(word: str, key: str) -> None:
    assert token_key(word) == key


def test_places_ezafe_still_joins_a_persian_name() -> None:
    assert name_key("Dasht-e Archi") == name_key("Dasht-i Archi")


def test_places_english_word_of_vowels_names_no_place() -> None:
    name, _ = _where("Eye witnesses said soldiers killed 3 people on Monday.")
    assert name is None
