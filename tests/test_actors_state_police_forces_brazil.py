"""Brazil's Military Police (Polícia Militar), a state's police force, read as that force."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.actors import match_actors
from eventcoder.records import Event

MILITARY_POLICE = "Military Forces of Brazil (2019-) Military Police"


def _actor1(text: str, published: str) -> str | None:
    events = [r for r in eventcoder.extract(text, published=published)
              if isinstance(r, Event) and not r.background]
    assert events, text
    event = events[0]
    return event.actor_acled_names.get(event.actor1 or "", event.actor1)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, the Military Police shot dead a suspect during a raid in Belo Horizonte "
        "(Minas Gerais).",
        "On 3 June 2021, The Military Police killed a man near Fortaleza (Ceara).",
        "On 3 June 2021, PM of Bahia killed a man in a shootout in Salvador (Bahia).",
        "On 3 June 2021, the PM killed a man in Manaus (Amazonas).",
    ],
)
def test_actors_military_police_with_article_or_initials(text: str) -> None:
    assert _actor1(text, "2021-06-04") == MILITARY_POLICE


def test_actors_military_police_article_is_not_the_army_beside_the_police() -> None:
    names = [m.name for m in match_actors("the Military Police raided a house.", country="BR")]
    assert names == ["Brazilian Military Police"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("At 11 PM, gunmen shot a man.", "BR"),  # an hour, not the force
        ("At 9:45 PM, gunmen shot a man.", "BR"),
        ("The PM of Pakistan visited the site.", "PK"),  # the initials name it in Brazil only
    ],
)
def test_actors_pm_initials_left_alone(text: str, country: str) -> None:
    names = [m.name for m in match_actors(text, country=country)]
    assert "Brazilian Military Police" not in names


def test_actors_the_military_elsewhere_stays_the_army() -> None:
    names = [m.name for m in match_actors("the military shelled a village.", country="ET")]
    assert names == ["Military Forces of Ethiopia"]


def test_actors_short_initials_after_a_count_are_kept() -> None:
    # only the clock's "AM"/"PM" after a number is an hour: "12 IS suspects" are the group's
    names = [m.name for m in match_actors("Troops detained 12 IS suspects.", country="IQ")]
    assert "Islamic State" in names
