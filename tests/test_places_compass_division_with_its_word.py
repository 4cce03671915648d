"""A division named by a compass point alone, which the stop list keeps from being read as
a place ("the North", "Sud"), is the first-level division so named where a division word
follows it ("in the Sud province", "the Nord region") or where it closes a holder
("Kobolozi (Ntuiwa, Sud)"), in the country the text points to; a town and a territory the
gazetteer lacks before it leave the event placed at that division."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen killed a trader near Mbiafong, in the Sud province, Cameroon.", "Sud", "CM"),
    ("Burkinabe soldiers were ambushed near Tindilga, in the Nord region.", "Nord", "BF"),
    ("Gunmen killed a trader near Mbiafong, in the Centre region of Cameroon.", "Centre", "CM"),
    ("Gunmen killed a trader near Mbiafong (Ebolowa-Sud, Sud), Cameroon.", "Sud", "CM"),
], ids=["province-word", "region-word-people", "region-of-country", "holder"])
def test_places_compass_division_with_its_word(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)


@pytest.mark.parametrize("text", [
    "Gunmen killed a trader near Mbiafong, in the Sud province.",
    "Fighting went on in the Nord for a week.",
], ids=["no-country", "no-division-word"])
def test_places_compass_word_without_a_country_or_word_is_no_place(text: str) -> None:
    assert not any(m.place is not None and m.place.feature == "admin1"
                   for m in places_in(text).values())


def test_events_unknown_village_and_territory_placed_at_the_compass_province() -> None:
    text = ("On 12 March 2021, unidentified gunmen killed two farmers near Mbiafong "
            "(Ntemboe, Sud), Cameroon.")
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.country, event.location.geo_precision) == ("CM", 3)
    assert event.location.admin1 is not None and "Sud" in event.location.admin1
