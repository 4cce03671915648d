"""A one-word name the gazetteer lacks whose leading Arabic article a report writes joined to
it ("Alkhalis" for Al Khalis, "Elfasher" for El Fasher) is read as the entry that writes the
article apart, and only as such an entry: never as a namesake of the rest that has no article
("Elkabul" is no Kabul). Only words that open on the article are looked at."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.gazetteer import load_gazetteer
from eventcoder.places import (
    _JOINED_ARTICLE_HEADS,
    _JOINED_LEADING_ARTICLE,
    _joined_article_key,
)
from eventcoder.records import Event


def _places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    events = [r for r in extract(text, published="2024-03-04") if isinstance(r, Event)]
    assert events
    return [(e.location.place, e.location.country, e.location.admin1) for e in events]


@pytest.mark.parametrize(("text", "place", "country", "admin1"), [
    ("Gunmen killed four farmers near Alkhalis on Sunday, police said.",
     "Al Khalis", "IQ", "Diyala"),
    ("Shelling killed six civilians in Elfasher on Tuesday, medics said.",
     "El Fasher", "SD", "North Darfur"),
    ("A roadside bomb hit a bus near Elgeneina on Friday, killing two passengers.",
     "Al-Junaynah", "SD", "West Darfur"),
])
def test_a_name_with_its_article_joined_is_the_entry_that_writes_it_apart(
        text: str, place: str, country: str, admin1: str) -> None:
    assert _places(text) == [(place, country, admin1)]


@pytest.mark.parametrize("word", ["elkabul", "almombasa", "elgoma"])
def test_no_namesake_without_the_article_is_read(word: str) -> None:
    # Kabul, Mombasa and Goma write no article: a word that joins one to them names none
    assert _joined_article_key(load_gazetteer(), word) is None


@pytest.mark.parametrize("word", ["alberto", "elton", "almost", "alliance", "elder", "also",
                                  "alqaeda", "elvis"])
def test_ordinary_words_and_names_opening_on_the_letters_are_no_place(word: str) -> None:
    assert _joined_article_key(load_gazetteer(), word) is None


def test_a_person_named_like_an_article_joined_is_no_place() -> None:
    text = "Elton was among three people killed when gunmen attacked a bar in Nairobi on Sunday."
    assert _places(text) == [("Nairobi", "KE", "Nairobi")]


@pytest.mark.parametrize("word", ["elwak", "alkhalis", "wak", "khalis", "ilwak", "olfasher",
                                  "elfasher", "aalkhalis", "el", "al", "elx"])
def test_the_exact_gate_holds_for_every_word_the_pattern_reads(word: str) -> None:
    # the lookup is tried only for words opening on an article's letters: every word the
    # pattern reads opens on them
    if _JOINED_LEADING_ARTICLE.match(word) is not None:
        assert word.startswith(_JOINED_ARTICLE_HEADS)
    if not word.startswith(_JOINED_ARTICLE_HEADS):
        assert _joined_article_key(load_gazetteer(), word) is None
