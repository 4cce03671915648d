"""Armed groups and forces the press names often, by their names and initials: each is the
group itself, with its ACLED name and kind, not an unidentified armed group; initials shared
with other bodies are read only in reports about the group's own countries."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("phrase", "country", "name", "kind", "acled_name"),
    [
        ("MNLA fighters", "ML", "National Movement for the Liberation of Azawad", "rebel_group",
         "MNLA: National Movement for the Liberation of Azawad"),
        ("ISSP militants", "NE", "Islamic State in the Greater Sahara", "rebel_group",
         "Islamic State (Greater Sahara)"),
        ("Maute fighters", "PH", "Dawlah Islamiyah", "rebel_group", "Dawlah Islamiyah"),
        ("Ahrar al-Sham", "SY", "Ahrar al-Sham", "rebel_group", "Ahrar al Sham"),
        ("Jaysh al-Islam", "SY", "Jaysh al-Islam", "rebel_group", "Jaish al Islam"),
        ("the Fatemiyoun Brigade", "SY", "Liwa Fatemiyoun", "political_militia",
         "Liwa Fatemiyoun"),
        ("Saraya Awliya al-Dam", "IQ", "Saraya Awliya al-Dam", "political_militia",
         "Saraya Awliya al Dam"),
        ("KNDF troops", "MM", "Karenni Nationalities Defence Force", "rebel_group",
         "KNDF: Karenni Nationalities Defense Force"),
        ("the UWSA", "MM", "United Wa State Army", "rebel_group",
         "UWSA: United Wa State Army"),
        ("JMB operatives", "BD", "Jamaat-ul-Mujahideen Bangladesh", "rebel_group",
         "JMB: Jamaat-ul-Mujahideen Bangladesh"),
        ("Islamic State Pakistan Province", "PK", "Islamic State Pakistan Province", "rebel_group",
         "Islamic State (Pakistan)"),
        ("RED-Tabara rebels", "BI", "RED-Tabara", "rebel_group",
         "RED-Tabara: Resistance for the Rule of Law in Burundi"),
        ("anti-balaka militiamen", "CF", "Anti-balaka", "political_militia", "Anti-Balaka"),
        ("UPC fighters", "CF", "Union for Peace in the Central African Republic", "rebel_group",
         "UPC: Union for Peace in the Central African Republic"),
        ("3R rebels", "CF", "Return, Reclamation, Rehabilitation", "rebel_group",
         "3R: Return, Reclamation, Rehabilitation"),
        ("CPC rebels", "CF", "Coalition of Patriots for Change", "rebel_group",
         "CPC: Coalition of Patriots for Change"),
        ("Lakurawa fighters", "NG", "Lakurawa", "rebel_group", "Lakurawa"),
        ("the Niger Delta Avengers", "NG", "Niger Delta Avengers", "rebel_group",
         "NDA: Niger Delta Avengers"),
        ("Comandos de la Frontera", "CO", "Comandos de la Frontera", "political_militia",
         "Comandos de la Frontera"),
        ("Los Viagras", "MX", "Los Viagras", "political_militia", "Los Viagras"),
        ("EPP guerrillas", "PY", "Paraguayan People's Army", "rebel_group",
         "EPP: Paraguayan People's Army"),
        ("Los Choneros", "EC", "Los Choneros", "political_militia", "Los Choneros"),
        ("Los Lobos", "EC", "Los Lobos", "political_militia", "Los Lobos"),
        ("400 Mawozo", "HT", "400 Mawozo", "political_militia", "400 Mawozo"),
        ("Gran Grif", "HT", "Gran Grif", "political_militia", "Gran Grif"),
        ("the Russian Volunteer Corps", "RU", "Russian Volunteer Corps", "rebel_group",
         "Russian Volunteer Corps"),
        ("the Freedom of Russia Legion", "RU", "Freedom of Russia Legion", "rebel_group",
         "Freedom of Russia Legion"),
    ],
)
def test_named_group(phrase: str, country: str, name: str, kind: str, acled_name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None
    assert (found.name, found.kind, found.acled_name) == (name, kind, acled_name)


@pytest.mark.parametrize(
    ("phrase", "country", "acled_name"),
    [
        ("PNH officers", "HT", "Police Forces of Haiti"),
        ("the Azov Brigade", "UA", "Military Forces of Ukraine"),
        ("Kadyrovites", "RU", "Military Forces of Russia"),
    ],
)
def test_units_are_their_states_forces(phrase: str, country: str, acled_name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None
    assert found.acled_name is not None and found.acled_name.startswith(acled_name)
    assert found.kind in ("state_forces", "police")


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("UPC", "UG"), ("CPC", "CN"), ("EPP", "BE"), ("NDA", "IN"), ("PNH", "FR")],
)
def test_shared_initials_abroad_name_no_group(phrase: str, country: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is None or found.kind not in ("rebel_group", "political_militia", "police")


def test_the_sea_of_azov_is_no_brigade() -> None:
    assert resolve_actor("the Sea of Azov", country="UA") is None


def test_named_group_attacks_and_is_attacked() -> None:
    text = ("Fighters of the Coalition of Patriots for Change attacked an army post near "
            "Bambari on Tuesday, killing two soldiers.")
    events = [r for r in extract(text, published="2024-05-09") if isinstance(r, Event)]
    assert [e.actor1 for e in events] == ["Coalition of Patriots for Change"]
    text = "Gunmen ambushed Lakurawa fighters near Sokoto on Tuesday, killing three of them."
    events = [r for r in extract(text, published="2024-05-09") if isinstance(r, Event)]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Nigeria)", "Lakurawa")]


def test_fc_is_the_frontier_corps_in_pakistan_only() -> None:
    found = resolve_actor("FC personnel", country="PK")
    assert found is not None and found.name == "Frontier Corps"
    assert resolve_actor("FC Porto", country="PT") is None


def test_the_majeed_brigade_is_the_bla() -> None:
    found = resolve_actor("the Majeed Brigade", country="PK")
    assert found is not None and found.name == "Baloch Liberation Army"


def test_the_army_press_wing_is_no_group() -> None:
    found = resolve_actor("the ISPR said", country="PK")
    assert found is None or found.kind != "rebel_group"


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("SBU drones", "RU", "Armed Forces of Ukraine"),
        ("the HUR", "UA", "Armed Forces of Ukraine"),
        ("Kremlin-backed separatists", "UA", "Novorossiya"),
    ],
)
def test_ukraine_war_names(phrase: str, country: str, name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None and found.name == name


def test_kremlin_backed_separatists_elsewhere_are_not_the_naf() -> None:
    found = resolve_actor("Kremlin-backed separatists", country="MD")
    assert found is None or found.name != "Novorossiya"
