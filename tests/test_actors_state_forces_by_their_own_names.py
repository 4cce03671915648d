"""A state's forces told by the names it gives them: a country word with a force noun in the
singular ("the Tanzania People's Defence Force"), named corps of one state ("Pakistan
Rangers", "the Frontier Corps"), a guard of the head of state ("the Republican Guard of
Guinea") and a border guard police; a country word before a resistance group's own name
("Myanmar People's Defence Forces") names that group, not the state."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _named(text: str, country: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.acled_name or m.name
            for m in match_actors(text, country=country)}


@pytest.mark.parametrize(("text", "country", "span", "force"), [
    ("Tanzania People's Defence Force troops fought bandits near Kigoma.", "TZ",
     "Tanzania People's Defence Force", "Military Forces of Tanzania"),
    ("A unit of the Malawi Defence Force was deployed to Mangochi.", "MW",
     "Malawi Defence Force", "Military Forces of Malawi"),
    ("Zambia Defence Force soldiers cleared a road near Kasama.", "ZM",
     "Zambia Defence Force", "Military Forces of Zambia"),
])
def test_actors_force_noun_in_the_singular(text: str, country: str, span: str,
                                           force: str) -> None:
    named = _named(text, country)
    assert named.get(span, "").startswith(force), named
    assert not any(v.startswith(("Rioters", "Civilians", "PKK")) for v in named.values()), named


@pytest.mark.parametrize(("text", "span", "force"), [
    ("Pakistan Rangers detained four men in Hyderabad.", "Pakistan Rangers",
     "Military Forces of Pakistan"),
    ("Sindh Rangers raided a house in Sukkur.", "Sindh Rangers", "Military Forces of Pakistan"),
    ("The Frontier Corps cordoned off a village near Turbat.", "Frontier Corps",
     "Military Forces of Pakistan"),
])
def test_actors_named_corps_of_one_state(text: str, span: str, force: str) -> None:
    assert _named(text, "PK").get(span, "").startswith(force)


def test_actors_bare_rangers_only_where_the_corps_serves() -> None:
    assert not any(v.startswith("Military Forces of Pakistan")
                   for v in _named("Rangers found two poachers in the park.", "KE").values())


@pytest.mark.parametrize(("text", "country", "span", "force"), [
    ("The Presidential Guard of Burundi fired at a crowd.", "BI",
     "Presidential Guard of Burundi", "Military Forces of Burundi"),
    ("Members of the Republican Guard of Mauritania were deployed.", "MR",
     "Republican Guard of Mauritania", "Military Forces of Mauritania"),
    ("The Republican Guard shelled the suburb.", "SY", "Republican Guard",
     "Military Forces of Syria"),
    ("the presidential guard surrounded the palace", "GA", "presidential guard",
     "Military Forces of Gabon"),
])
def test_actors_guards_of_the_head_of_state(text: str, country: str, span: str,
                                            force: str) -> None:
    assert _named(text, country).get(span, "").startswith(force)


def test_actors_border_guard_police_are_police() -> None:
    named = _named("Border Guard Police arrested six men near Sittwe.", "MM")
    assert named.get("Border Guard Police", "").startswith("Police Forces of Myanmar"), named


@pytest.mark.parametrize("text", [
    "Myanmar People's Defence Forces attacked a junta outpost near Monywa.",
    "Myanmar People's Defence Force fighters burned a police post near Hpakant.",
])
def test_actors_resistance_named_with_the_country_word(text: str) -> None:
    names = set(_named(text, "MM").values())
    assert "PDF: People's Defense Force" in names, names
    assert not any(n.startswith(("Civilians", "PKK")) for n in names), names


def test_actors_resistance_named_with_the_country_word_is_actor1(
        pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 12 June 2022, Myanmar People's Defence Forces ambushed "
                                 "a junta column near Monywa (Sagaing), killing three soldiers.")
    assert event.actor1 == "People's Defence Force", (event.actor1, event.actor2)


def test_actors_singular_force_is_actor1(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 2 May 2021, Tanzania People's Defence Force soldiers "
                                 "clashed with armed men near Kigoma.")
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Tanzania")
