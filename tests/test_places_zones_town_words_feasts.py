"""Place readings of conflict notes: a zone named with a compass word between a town and its
region, a village or town written with its word or with its district in brackets where the
gazetteer lacks them, a feast's name before "in PLACE", and a town followed by its province
of the same name spelled otherwise."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


def _where(note: str) -> tuple[str | None, str | None, str | None]:
    """The written name, country and first-level division of the note's main event."""
    events = [r for r in extract(note, published=None, doc_id="note") if isinstance(r, Event)]
    event = main_event(events)
    assert event is not None, note
    return event.location.name, event.location.country, event.location.admin1


@pytest.mark.parametrize(("note", "where"), [
    # the zone's bare word is a city of the region ("Gondar"): the town before it is meant
    ("On 8 February 2022, Fano militiamen killed 4 traders in Woreta, South Gondar, Amhara.",
     ("Woreta", "ET", "The Amhara")),
    ("On 19 October 2023, government troops detained 11 youths in Chagni (Central Gondar, "
     "Amhara).", ("Chagni", "ET", "The Amhara")),
    # the zone's bare word is a village abroad ("Shewa"): the town before it is meant
    ("On 27 June 2021, regional police arrested 14 students in Bako, West Shewa, Oromia.",
     ("Bako", "ET", "Oromia Regional")),
    ("On 2 March 2022, gunmen abducted 3 teachers in Guder, West Shewa, Oromia.",
     ("Guder", "ET", "Oromia Regional")),
])
def test_town_before_a_compass_zone_is_placed_in_the_region(
        note: str, where: tuple[str, str, str]) -> None:
    assert _where(note) == where


@pytest.mark.parametrize(("note", "where"), [
    # a compass part of a province the gazetteer knows is read as that province
    ("On 5 August 2021, gunmen killed 2 herders near Galkayo, North Mudug, Somalia.",
     ("Galkayo", "SO", "Mudug")),
    # a city's side with no place before it is the city's
    ("On 14 January 2017, a car bomb killed 6 civilians in West Mosul.",
     ("Mosul", "IQ", "Nineveh")),
])
def test_compass_part_of_a_known_place_keeps_it(note: str, where: tuple[str, str, str]) -> None:
    name, country, admin1 = _where(note)
    assert (country, admin1) == where[1:] and where[0] in (name or ""), (name, country, admin1)


@pytest.mark.parametrize(("note", "where"), [
    ("On 6 September 2022, al-Shabaab militants overran Qoryooleey-Dhexe town, Lower Shabelle, "
     "after soldiers withdrew.", ("Qoryooleey-Dhexe", "SO", "Shabeele Hoose")),
    ("On 11 May 2020, ADF rebels burned Kabuyuni village, North Kivu, killing 5 civilians.",
     ("Kabuyuni", "CD", "Nord-Kivu")),
    ("On 23 March 2024, insurgents occupied Mbarewa town (Niassa) and looted the clinic.",
     ("Mbarewa", "MZ", "Niassa")),
])
def test_name_with_its_town_or_village_word_is_placed_at_its_holder(
        note: str, where: tuple[str, str, str]) -> None:
    assert _where(note) == where


@pytest.mark.parametrize(("note", "where"), [
    # the district in brackets, which a coder can place, where the gazetteer lacks both
    ("On 4 April 2023, insurgents beheaded 2 farmers in Nkoroi village (Mbaresi district), "
     "Niassa. 2 fatalities.", ("Mbaresi", "MZ", "Niassa")),
    ("On 17 July 2021, bandits killed 6 villagers in Dabori (Sakwara district, Zamfara).",
     ("Sakwara", "NG", "Zamfara")),
    # without its word the name in brackets is no district: the village is read
    ("On 4 April 2023, insurgents beheaded 2 farmers in Nkoroi village (Mbaresi, Niassa). "
     "2 fatalities.", ("Nkoroi", "MZ", "Niassa")),
])
def test_village_with_its_district_in_brackets(note: str, where: tuple[str, str, str]) -> None:
    assert _where(note) == where


@pytest.mark.parametrize(("note", "where"), [
    ("On 12 October 2022, a bomb killed 3 worshippers at a rally to mark Mawlid in Sokoto, "
     "Nigeria.", ("Sokoto", "NG", "Sokoto")),
    ("On 30 June 2023, a grenade killed 2 people at a gathering marking Eid al-Adha in Marib.",
     ("Marib", "YE", "Marib")),
    ("On 8 August 2021, a suicide bomber killed 9 mourners at a procession commemorating Ashura "
     "in Hangu, Khyber Pakhtunkhwa.", ("Hangu", "PK", "Khyber Pakhtunkhwa")),
    ("On 21 March 2019, police killed 2 men among crowds celebrating Nowruz in Diyarbakir.",
     ("Diyarbakir", "TR", "Diyarbakir")),
])
def test_feast_marked_before_in_place_is_no_place(note: str, where: tuple[str, str, str]) -> None:
    assert _where(note) == where


@pytest.mark.parametrize(("note", "where"), [
    # the town spelled as written, then its province of the same name spelled otherwise
    ("On 14 November 2021, a mob lynched a man accused of theft in Sedam, Sedama.",
     ("Sedam", "IN", "Karnataka")),
    ("On 30 August 2020, unidentified gunmen shot dead a nurse in Sirte, Sirt.",
     ("Sirte", "LY", "Surt")),
    # a town spelled as written far smaller than a city of the name is no evidence
    ("On 9 May 2022, gunmen shot dead 2 traders in Basra, Basrah.", ("Basra", "IQ", "Basra")),
    ("On 9 May 2022, gunmen shot dead 2 traders in Amara, Amarah.", ("Amara", "IQ", "Maysan")),
    # the same spelling twice is the town and its namesake division, read as before
    ("On 3 July 2021, ELN guerrillas killed 2 soldiers in Caldas (Caldas, Boyaca).",
     ("Caldas", "CO", "Boyaca")),
])
def test_town_then_its_name_spelled_otherwise(note: str, where: tuple[str, str, str]) -> None:
    assert _where(note) == where
