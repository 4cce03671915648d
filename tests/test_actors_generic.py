"""Generic actors take the document's country; nationality words name another one."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import match_actors, resolve_actor, state_force_name


@pytest.mark.parametrize(
    ("phrase", "country", "acled_name", "kind", "inter"),
    [
        ("unidentified gunmen", "NG", "Unidentified Armed Group (Nigeria)",
         "unidentified_armed_group", 3),
        ("assailants", "MX", "Unidentified Armed Group (Mexico)", "unidentified_armed_group", 3),
        ("protesters", "CD", "Protesters (Democratic Republic of Congo)", "protesters", 6),
        ("demonstrators", "IN", "Protesters (India)", "protesters", 6),
        ("a mob", "IN", "Rioters (India)", "rioters", 5),
        ("villagers", "BF", "Civilians (Burkina Faso)", "civilians", 7),
        ("a farmer", "NG", "Civilians (Nigeria)", "civilians", 7),
        ("a woman", "BR", "Civilians (Brazil)", "civilians", 7),
        ("militiamen", "SS", "Unidentified Communal Militia (South Sudan)", "identity_militia", 4),
        ("gang members", "SV", "Unidentified Gang (El Salvador)", "gang", 3),
        ("policemen", "NG", "Police Forces of Nigeria (2015-)", "police", 1),
        ("soldiers", "PH", "Military Forces of the Philippines (2016-)", "state_forces", 1),
        ("regime forces", "SY", "Military Forces of Syria (2000-)", "state_forces", 1),
        ("security forces", "IN", "Military Forces of India (2014-)", "state_forces", 1),
        ("Fulani militia", "NG", "Fulani Ethnic Militia (Nigeria)", "identity_militia", 4),
        ("Hema militiamen", "CD", "Hema Ethnic Militia (Democratic Republic of Congo)",
         "identity_militia", 4),
    ],
)
def test_actors_generic_takes_document_country(
    phrase: str, country: str, acled_name: str, kind: str, inter: int
) -> None:
    found = resolve_actor(phrase, country=country, when=date(2020, 5, 1))
    assert found is not None
    assert (found.acled_name, found.kind, found.inter) == (acled_name, kind, inter)
    assert found.country == country


def test_actors_generic_without_country_has_no_country() -> None:
    found = resolve_actor("civilians")
    assert found is not None
    assert found.country is None and found.name == "Civilians" and found.generic


@pytest.mark.parametrize(
    ("phrase", "context", "country", "kind", "inter"),
    [
        ("Nigerian troops", "NG", "NG", "state_forces", 1),
        ("Russian forces", "SY", "RU", "external_force", 8),
        ("Turkish soldiers", "IQ", "TR", "external_force", 8),
        ("Chadian soldiers", "NE", "TD", "external_force", 8),
        ("Kenya's army", "SO", "KE", "external_force", 8),
        ("French forces", "ML", "FR", "external_force", 8),
        ("Afghan police", "AF", "AF", "police", 1),
        ("military forces of Armenia", "AZ", "AM", "external_force", 8),
        ("Indian civilians", "PK", "IN", "civilians", 7),
        # a country's attack, told with its day
        ("Iran's Jan. 8 ballistic missile attack", "IQ", "IR", "external_force", 8),
        ("the Iranian missile attack", "IQ", "IR", "external_force", 8),
        ("a Russian offensive", "UA", "RU", "external_force", 8),
    ],
)
def test_actors_nationality_gives_the_country(
    phrase: str, context: str, country: str, kind: str, inter: int
) -> None:
    found = resolve_actor(phrase, country=context, when=date(2020, 5, 1))
    assert found is not None, phrase
    assert (found.country, found.kind, found.inter) == (country, kind, inter)


@pytest.mark.parametrize(
    ("iso", "when", "expected"),
    [
        ("IQ", date(2016, 3, 1), "Military Forces of Iraq (2014-)"),
        ("IQ", date(2020, 4, 30), "Military Forces of Iraq (2018-)"),
        ("NG", date(2024, 1, 1), "Military Forces of Nigeria (2023-)"),
        ("US", date(2020, 5, 1), "Military Forces of the United States (2017-)"),
        ("CD", date(2020, 5, 1), "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("IS", None, "Military Forces of Iceland"),
    ],
)
def test_actors_state_force_period_follows_the_date(
    iso: str, when: date | None, expected: str
) -> None:
    assert state_force_name("military", iso, when=when) == expected


def test_actors_every_country_has_state_forces() -> None:
    found = resolve_actor("Tongan soldiers")
    assert found is None or found.country in (None, "TO")
    assert state_force_name("police", "TO").startswith("Police Forces of Tonga")


def test_actors_place_words_after_generic_are_not_actors() -> None:
    found = match_actors("The police station was burned.", country="KE")
    assert all(m.kind != "police" for m in found)


def test_actors_generic_offsets_point_into_text() -> None:
    text = "On 3 May, suspected bandits killed two farmers in Zamfara."
    for m in match_actors(text, country="NG"):
        assert text[m.start : m.end] == m.text
    assert {m.acled_name for m in match_actors(text, country="NG")} == {
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    }


@pytest.mark.parametrize(
    ("text", "acled_name"),
    [
        ("Journalists protested in Karachi against the arrest.", "Protesters (Pakistan)"),
        ("Hundreds of farmers staged a sit-in outside the office.", "Protesters (Pakistan)"),
        ("Villagers pelted stones at the police.", "Rioters (Pakistan)"),
        ("Two farmers were killed. Later, traders protested.", "Civilians (Pakistan)"),
    ],
)
def test_actors_civilians_who_protest_or_riot(text: str, acled_name: str) -> None:
    found = match_actors(text, country="PK")
    assert found[0].acled_name == acled_name


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        # A class of fighters said to belong to a named group takes the group's name.
        ("Troops killed 11 terrorists from ISIS remnants in a cave.", "terrorists",
         "Islamic State"),
        ("Gunmen belonging to Al Shabaab stormed the hotel.", "Gunmen", "Al Shabaab"),
        ("Militants of the Islamic State attacked the checkpoint.", "Militants",
         "Islamic State"),
        # Not when they only stand next to it.
        ("Gunmen attacked ISIS positions near the river.", "Gunmen",
         "Unidentified Armed Group"),
    ],
)
def test_actors_generic_members_of_a_named_group(text: str, first: str, name: str) -> None:
    found = [m for m in match_actors(text) if m.text == first]
    assert [m.name for m in found] == [name]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # An aircraft designation between the country word and the force noun.
        ("The strike was carried out by Iraqi F-16 aircrafts.", "Iraqi F-16 aircrafts",
         "Iraqi Security Forces"),
        ("Russian Su-25 jets bombed the town.", "Russian Su-25 jets", "Russian Armed Forces"),
    ],
)
def test_actors_generic_aircraft_designation(text: str, span: str, name: str) -> None:
    assert [(m.text, m.name) for m in match_actors(text)][:1] == [(span, name)]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Iran fired missiles at the base.", "IQ", [("Iran", "IR")]),
        ("Israel struck targets near Damascus.", "SY", [("Israel", "IL")]),
        ("Later the United States carried out a strike.", "SO", [("United States", "US")]),
        # a place, not the subject; an adjective, not a name
        ("Fighting in Syria attacked the morale of the troops.", "SY", []),
        ("An Iranian attacked a guard.", "IQ", []),
        ("Nigeria hosted talks.", "NG", []),
    ],
)
def test_actors_country_as_the_subject_of_an_attack(
    text: str, context: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, m.country) for m in match_actors(text, country=context)
             if m.kind in {"state_forces", "external_force"} and not m.generic]
    assert found == expected
