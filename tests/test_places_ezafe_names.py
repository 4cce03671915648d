"""A Persian name joined by the ezafe ("Maskan-e Mehr") that the gazetteer lacks whole is
no place of either of its parts; one it knows whole ("Mazar-e Sharif") stays one place."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions


def test_parts_of_an_unknown_ezafe_name_are_no_places() -> None:
    text = "On 5 May 2022, tenants rallied over the unfinished Maskan-e Mehr flats in Mashhad."
    placed = {m.text: m.place for m in place_mentions(text) if m.place is not None}
    assert "Maskan" not in placed and "Mehr" not in placed
    assert placed["Mashhad"] is not None and placed["Mashhad"].admin1 == "Razavi Khorasan"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen shot a shopkeeper in Mazar-e Sharif on Monday.", "Mazar-e Sharif"),
        ("A bomb hit a minibus in Pul-e Khumri, Baghlan.", "Pul-e Khumri"),
    ],
)
def test_known_ezafe_name_is_one_place(text: str, name: str) -> None:
    placed = {m.text: m.place for m in place_mentions(text) if m.place is not None}
    assert placed[name] is not None and placed[name].country == "AF"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        # the ezafe written as the end of the word before it
        ("Two guards were wounded at a checkpoint of Dashti Archi district, Kunduz.",
         "Dashti Archi", "AF", "Kunduz"),
        # the Persian "va" for "and"
        ("Two border guards were shot dead near Saravan, Sistan va Baluchestan.",
         "Sistan va Baluchestan", "IR", "Sistan and Baluchestan"),
        ("Protesters gathered in Yasuj, Kohgiluyeh va Boyer-Ahmad province.",
         "Kohgiluyeh va Boyer-Ahmad", "IR", "Kohgiluyeh and Boyer-Ahmad"),
    ],
)
def test_persian_name_written_another_way_is_found(text: str, name: str, country: str,
                                                   admin1: str) -> None:
    placed = {m.text: m.place for m in place_mentions(text) if m.place is not None}
    assert placed.get(name) is not None, placed
    assert placed[name].country == country and placed[name].admin1 == admin1


def test_ezafe_key_joins_the_ezafe_both_ways() -> None:
    from eventcoder.gazetteer import load_gazetteer, name_key, persian_form

    assert persian_form(name_key("Dasht-e Archi")) == name_key("Dashti Archi")
    assert persian_form(name_key("Qala-ye Naw")) == persian_form(name_key("Qalai Naw"))
    assert persian_form(name_key("Sar-e Pul")) == persian_form(name_key("Sari Pul"))
    gazetteer = load_gazetteer()
    assert gazetteer.persian_key(name_key("Dashti Archi")) == name_key("Dasht-e Archi")
    assert gazetteer.persian_key(name_key("Nowhere Called Thus")) is None
    assert persian_form(name_key("Sistan va Baluchestan")) == name_key("Sistan and Baluchestan")
