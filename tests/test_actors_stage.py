"""The actors stage on a Doc: main country from places, offsets, data sources."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from eventcoder.actors import find_actors, main_country
from eventcoder.mentions import Doc, Place, PlaceMention
from eventcoder.records import Document
from eventcoder.registry import STAGES


def _doc(text: str, places: tuple[PlaceMention, ...] = (), published: str | None = None) -> Doc:
    document = Document(doc_id="t1", text=text, published=published)
    return Doc(document=document, text=text, sentences=((0, len(text)),), places=places)


def _place(text: str, word: str, country: str) -> PlaceMention:
    start = text.index(word)
    place = Place(word, country, "populated_place", 0.0, 0.0)
    return PlaceMention(start, start + len(word), word, place)


def test_actors_stage_is_registered() -> None:
    spec = STAGES["eventcoder.actors.v1"]
    assert spec.assigns == ("actors",) and "places" in spec.requires


def test_actors_stage_country_from_places() -> None:
    text = "On 2 May 2020, gunmen killed three villagers in Kajuru, Kaduna. Police arrived."
    places = (_place(text, "Kajuru", "NG"), _place(text, "Kaduna", "NG"))
    doc = find_actors(_doc(text, places, published="2020-05-03"))
    assert [m.acled_name for m in doc.actors] == [
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
        "Police Forces of Nigeria (2015-)",
    ]
    for m in doc.actors:
        assert doc.text[m.start : m.end] == m.text


def test_actors_stage_without_places_has_no_country() -> None:
    doc = find_actors(_doc("Protesters gathered outside parliament."))
    assert [(m.name, m.country) for m in doc.actors] == [("Protesters", None)]


def test_actors_main_country_is_most_frequent() -> None:
    text = "Aleppo, Idlib and Mosul"
    where = (("Aleppo", "SY"), ("Mosul", "IQ"), ("Idlib", "SY"))
    places = tuple(_place(text, word, iso) for word, iso in where)
    assert main_country(_doc(text, places)) == "SY"
    assert main_country(_doc(text)) is None


def test_actors_stage_empty_text() -> None:
    assert find_actors(_doc("")).actors == ()


@pytest.mark.parametrize("key", ["name", "kind", "acled_name", "inter", "source"])
def test_actors_every_entry_has_source_and_fields(key: str) -> None:
    data = json.loads(files("eventcoder.data").joinpath("actors.json").read_text("utf-8"))
    assert data["sources"]
    for entry in data["actors"]:
        assert entry.get(key) not in (None, ""), (entry.get("name"), key)
    for group in data["generic"]:
        assert group["source"] and group["terms"]
