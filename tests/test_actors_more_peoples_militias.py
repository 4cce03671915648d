"""Militias of more peoples, and warriors as a people's armed men."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import resolve_actor
from eventcoder.evaluate.metrics import main_event
from eventcoder.records import Event


@pytest.mark.parametrize(("phrase", "iso", "expected"), [
    ("Karamojong warriors", "UG", "Karimojong Ethnic Militia (Uganda)"),
    ("Samburu raiders", "KE", "Samburu Ethnic Militia (Kenya)"),
    ("Toposa youths", "SS", "Toposa Ethnic Militia (South Sudan)"),
    ("Teke militiamen", "CD", "Teke Ethnic Militia (Democratic Republic of Congo)"),
    ("Zaghawa fighters", "TD", "Zaghawa Ethnic Militia (Chad)"),
    ("armed Maasai warriors", "TZ", "Maasai Ethnic Militia (Tanzania)"),
])
def test_actors_peoples_militia(phrase: str, iso: str, expected: str) -> None:
    found = resolve_actor(phrase, country=iso)
    assert found is not None
    assert found.acled_name == expected


@pytest.mark.parametrize(("town", "iso"), [("Beja (Beja)", "TN"), ("Konso (SNNP)", "ET")])
def test_actors_town_named_like_a_people_stays_a_place(town: str, iso: str) -> None:
    event = main_event(eventcoder.extract(
        f"On 12 March 2021, nurses protested in {town} to demand unpaid allowances."))
    assert isinstance(event, Event)
    assert event.location is not None and event.location.country == iso
