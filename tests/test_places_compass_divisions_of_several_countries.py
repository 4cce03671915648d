"""A division named by a compass point alone in French ("Nord-Ouest", "Sud-Ouest") is a
division of several countries (Cameroon's, Haiti's, Burkina Faso's). With nothing else in
the text saying which, the name is left unresolved rather than read in one of them at
random; a town, a people or a group of one country decides."""

from __future__ import annotations

import pytest

from tests.places_text import places_in


@pytest.mark.parametrize("text", [
    "Armed men set fire to a health centre in Nord-Ouest on 3 February 2022.",
    "On 11 August 2021, gunmen abducted two teachers in the Sud-Ouest region.",
])
def test_places_compass_division_without_a_cue_is_unresolved(text: str) -> None:
    mention = next(m for m in places_in(text).values() if "Ouest" in m.text)
    assert mention.place is None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Armed men set fire to a health centre near Ndop, in the Nord-Ouest region.",
     "Nord-Ouest", "CM"),
    ("Armed men set fire to a health centre in Ndop, Nord-Ouest.", "Nord-Ouest", "CM"),
    ("Gangs robbed a bus near Jean-Rabel in the Nord-Ouest department.", "Nord-Ouest", "HT"),
    ("Haitian police exchanged fire with a gang in Nord-Ouest.", "Nord-Ouest", "HT"),
    ("Cameroonian soldiers exchanged fire with separatists in Nord-Ouest.", "Nord-Ouest",
     "CM"),
    ("Burkinabe soldiers were ambushed in the Sud-Ouest region.", "Sud-Ouest", "BF"),
    ("Gunmen killed a herder near Diebougou, Sud-Ouest region.", "Sud-Ouest", "BF"),
])
def test_places_compass_division_follows_the_cue(text: str, name: str, country: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and (place.feature, place.country) == ("admin1", country)
