"""A town's country where a note names it only in a road's name ("blocked the X highway",
"the X-Y road"), with an Arabic article the gazetteer's name lacks ("al-X"), or in another
transliteration (a doubled letter single, "ou" as "u")."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import main_event
from eventcoder.pipeline import extract
from eventcoder.places import _NAMED_ROAD_AFTER, _transliteration
from eventcoder.records import Event


def _where(text: str) -> tuple[str | None, str | None]:
    event = main_event([r for r in extract(text, published="2021-05-09")
                        if isinstance(r, Event)])
    assert event is not None and event.location is not None
    return event.location.name, event.location.country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 7 April 2021, rioters blocked the Rawah highway in both directions.",
         "Rawah", "IQ"),
        ("On 7 April 2021, truck drivers blocked the Darkush road for two hours.",
         "Darkush", "SY"),
        ("On 6 April 2021, protesters blocked the Haswayn-Hawf road with burning tyres.",
         None, "YE"),
    ],
)
def test_places_town_named_in_a_roads_name(text: str, name: str | None, country: str) -> None:
    got_name, got_country = _where(text)
    assert got_country == country
    if name is not None:
        assert got_name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 30 April 2021, gunmen killed a farmer in al-Sinjar.", "IQ"),
        ("On 30 April 2021, gunmen killed a farmer in ar-Rawah.", "IQ"),
    ],
)
def test_places_town_written_with_an_article_it_lacks(text: str, country: str) -> None:
    assert _where(text)[1] == country


def test_places_town_spelled_with_its_article_keeps_its_standing() -> None:
    # Sudan's village is "Al Taif" as written; Saudi Arabia's city reached only by adding
    # the article gains no spelling bonus over it, so the Sudanese context decides
    text = "On 2 May 2021, Sudanese police dispersed a sit-in by farmers in Al Taif village."
    assert _where(text)[1] == "SD"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 30 April 2021, gunmen killed a farmer in Washah.", "YE"),  # Washhah
        ("On 30 April 2021, gunmen killed a farmer in Ilela.", "NE"),  # Illela
    ],
)
def test_places_town_in_another_transliteration(text: str, country: str) -> None:
    assert _where(text)[1] == country


def test_places_transliteration_needs_a_locative_word() -> None:
    # a name opening the sentence, with no word saying it is a place, stays unread
    assert _where("Washah said on 30 April 2021 that gunmen killed a farmer.")[1] is None


def test_places_road_after_pattern() -> None:
    for text, end in (("the Rawah highway", 9), ("the Hit-Rawah road", 7),
                      ("the Qabb Elias- Dahr el Baydar road", 14), ("Kalpi Bridge", 5)):
        assert _NAMED_ROAD_AFTER.match(text, end) is not None, text
    for text, end in (("the Rawah market", 9), ("Rawah roadside", 5),
                      ("the Hit-Rawah checkpoint", 7)):
        assert _NAMED_ROAD_AFTER.match(text, end) is None, text


def test_places_transliteration_key() -> None:
    assert _transliteration("washah") == _transliteration("washhah")
    assert _transliteration("batouri") == _transliteration("baturi")
    assert _transliteration("hamidiyah") == _transliteration("hamidiyeh")
    assert _transliteration("hawf") != _transliteration("hauf")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Syrian" is an English word as well as a people's name: still context, so the
        # small Syrian village is read, not Armenia's larger Talin
        ("On 2 May 2021, Syrian police dispersed a sit-in by farmers in Talin village.", "SY"),
        ("On 2 May 2021, a Syrian man was shot dead in Talin village.", "SY"),
    ],
)
def test_places_peoples_name_that_is_a_common_word_is_context(text: str, country: str) -> None:
    assert _where(text)[1] == country


def test_places_foreign_backed_people_is_no_context() -> None:
    # "Syrian-backed": a foreign sponsor says nothing of where the village is
    assert _where("On 2 May 2021, Syrian-backed gunmen shelled Talin village.")[1] != "SY"


def test_places_article_added_reading_is_no_spelling_with_the_article() -> None:
    # Indonesia's Salam is read from "Al-Salam" only by adding the article: it is no town
    # "spelled as written, with its article" that outranks the reading abroad
    name, country = _where("On 3 May 2021, shells fell on the Al-Salam neighbourhood, "
                           "killing two people.")
    assert country != "ID"
