"""What points a report to a few countries and to no other (a people, a currency or a local
division's word of one or a few countries, an armed group active in a few, a country's own
police, named as "Yian police" or "Police Forces of Y") says the place is in one of them: a
town named alone is read among its namesakes there, however much larger one abroad is
("Taliban gunmen ... in Khoshi" is Afghanistan's, not Nepal's; "Al-Shabaab militants ... in
Baki" Somalia's, not Azerbaijan's capital). Where the report names another country too, the
namesakes abroad stay in the running. Sentences written for these tests; the notes under
``fixtures/country_cues`` are read in ``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.gazetteer import load_gazetteer
from eventcoder.places import _police_countries
from eventcoder.records import Event


def _event_country(text: str) -> str | None:
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None and event.location is not None
    return event.location.country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an armed group active in a few countries
        ("On 9 February 2022, Taliban gunmen set fire to a girls' school in Khoshi.", "AF"),
        ("On 27 May 2020, ISWAP insurgents stormed a military base near Naka at dawn.", "NG"),
        ("On 3 July 2021, Al-Shabaab militants shelled a police station in Baki.", "SO"),
        # a people of one or a few countries
        ("On 14 October 2021, Hazara shopkeepers closed their stores in Khoshi after a "
         "killing.", "AF"),
        ("On 5 August 2022, Fulani herdsmen and farmers fought in Naka, leaving three dead.",
         "NG"),
        ("On 22 April 2023, Abgaal militiamen clashed with a rival clan militia in Baki, "
         "killing four.", "SO"),
        # a currency of a few countries
        ("On 12 January 2023, gunmen seized a nurse in Baki and demanded 3 million "
         "shillings.", "SO"),
        # the country's police, as coders name a state's forces
        ("On 30 March 2021, Police Forces of Somalia detained 14 people at a checkpoint in "
         "Baki.", "SO"),
    ],
)
def test_places_cue_narrows_the_town_to_its_countries(text: str, country: str) -> None:
    assert _event_country(text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # another country named: the namesakes there stay in the running
        ("On 8 June 2020, Hezbollah fired two rockets at Metula, Israeli officials said.",
         "IL"),
        ("On 1 May 2021, Kenyan police arrested three Hazara migrants in Mombasa.", "KE"),
    ],
)
def test_places_cue_with_another_country_named(text: str, country: str) -> None:
    assert _event_country(text) == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Police Forces of Somalia (2012-) detained 14 people.", {"SO"}),
        ("Police Forces of the Democratic Republic of Congo (2019-) fired on a crowd.",
         {"CD"}),
        ("the Police Forces of Mali and Nigerien police", {"ML", "NE"}),
        ("Police Forces of Lagos State arrested a driver.", set()),  # no country
        ("Riot police dispersed the crowd.", set()),
    ],
)
def test_places_police_forces_of_a_country(text: str, countries: set[str]) -> None:
    assert _police_countries(load_gazetteer(), text) == frozenset(countries)
