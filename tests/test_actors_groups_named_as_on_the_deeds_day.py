"""A group that took another name is named as it was called on the day of the deed: Ansar
Bayt al-Maqdis before its pledge to the Islamic State (10 November 2014), Sinai Province
after; and Sahel and Caucasus groups GTD names as perpetrators are known by their names."""

from __future__ import annotations

from datetime import date

import pytest

import eventcoder
from eventcoder.actors import acled_name_on, resolve_actor
from eventcoder.evaluate.gtd import perpetrator_found
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event

_BEFORE = "Ansar Bayt al-Maqdis"
_AFTER = "Islamic State (Egypt)"


@pytest.mark.parametrize(("spelling", "day", "expected"), [
    ("Ansar Bayt al-Maqdis", date(2012, 8, 5), _BEFORE),
    ("Ansar Beit al-Maqdis", date(2014, 11, 9), _BEFORE),
    ("Ansar Bait al-Maqdis", date(2014, 11, 10), _AFTER),
    ("Ansar Bayt al-Maqdis", date(2019, 3, 1), _AFTER),
])
def test_actors_renamed_group_named_for_the_deeds_day(spelling: str, day: date,
                                                      expected: str) -> None:
    found = resolve_actor(spelling, country="EG")
    assert found is not None
    assert acled_name_on(found.name, "EG", found.acled_name, day) == expected


def _perpetrator(text: str) -> Event:
    event = main_event(eventcoder.extract(text))
    assert isinstance(event, Event)
    assert event.actor1 is not None
    return event


@pytest.mark.parametrize(("year", "expected"), [(2013, _BEFORE), (2016, _AFTER)])
def test_actors_renamed_group_in_a_dated_summary(year: int, expected: str) -> None:
    event = _perpetrator(
        f"03/11/{year}: Gunmen opened fire on a police patrol near El Arish city, North Sinai "
        "governorate, Egypt. Three officers were killed. Ansar Beit al-Maqdis claimed "
        "responsibility for the incident.")
    assert event.actor_acled_names.get(event.actor1, event.actor1) == expected


def test_actors_new_name_of_a_renamed_group_is_the_later_one() -> None:
    event = _perpetrator(
        "07/01/2015: Militants attacked army checkpoints near Rafah city, North Sinai "
        "governorate, Egypt. Seventeen soldiers were killed. Sinai Province claimed "
        "responsibility for the incident.")
    assert event.actor_acled_names.get(event.actor1, event.actor1) == _AFTER


@pytest.mark.parametrize(("text", "gname"), [
    ("08/07/2015: Gunmen attacked a hotel in Sevare town, Mopti region, Mali. Five soldiers "
     "were killed. Al-Mourabitoun claimed responsibility for the incident.", "Al-Mourabitoun"),
    ("05/23/2013: A suicide bomber drove a car bomb into a uranium mine in Arlit town, Agadez "
     "region, Niger. One worker was killed. Al-Mulathamun Battalion claimed responsibility "
     "for the incident.", "Al-Mulathamun Battalion"),
    ("09/14/2016: Assailants detonated an explosive device at a bus stop in Nazran city, "
     "Ingushetia republic, Russia. Two people were hurt. The Imam Shamil Battalion claimed "
     "responsibility for the incident.", "Imam Shamil Battalion"),
    ("06/02/2013: Assailants opened fire on a police car in El Arish city, North Sinai "
     "governorate, Egypt. Two officers were killed. Ansar Bayt al-Maqdis claimed "
     "responsibility for the incident.", "Ansar Bayt al-Maqdis (Ansar Jerusalem)"),
])
def test_actors_group_claiming_is_gtds_perpetrator(text: str, gname: str) -> None:
    event = _perpetrator(text)
    assert perpetrator_found(gname, [event.actor1, *event.assoc_actor_1], event)
