"""State forces named by the country's own institution name, and organisation names that end
in a state-force word but are not the state's forces."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import match_actors


@pytest.mark.parametrize(
    ("text", "country", "span", "acled_name"),
    [
        ("Afghan National Army soldiers repelled the raid.", "AF", "Afghan National Army",
         "Military Forces of Afghanistan (2014-)"),
        ("The Somali National Army retook the town.", "SO", "Somali National Army",
         "Military Forces of Somalia (2017-)"),
        ("The Philippine National Police arrested two men.", "PH",
         "Philippine National Police", "Police Forces of the Philippines (2016-)"),
        ("Armed Forces of Ukraine positions were shelled.", "UA", "Armed Forces of Ukraine",
         "Military Forces of Ukraine (2019-)"),
        ("Ukrainian Forces returned fire near the village.", "UA", "Ukrainian Forces",
         "Military Forces of Ukraine (2019-)"),
        # Armed forces known by their abbreviation
        ("The FARDC clashed with the rebels.", "CD", "FARDC",
         "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("FAMa was ambushed near the town.", "ML", "FAMa",
         "Military Forces of Mali (2013-)"),
        ("The ANDSF cleared the district.", "AF", "ANDSF",
         "Military Forces of Afghanistan (2014-)"),
        ("The ENDF moved into the zone.", "ET", "ENDF", "Military Forces of Ethiopia (2018-)"),
        ("The UPDF said it killed three rebels.", "UG", "UPDF",
         "Military Forces of Uganda (1986-)"),
        ("The KDF repulsed the attack.", "KE", "KDF", "Military Forces of Kenya (2013-)"),
        ("The FANB detained two men.", "VE", "FANB", "Military Forces of Venezuela (2013-)"),
    ],
)
def test_actors_state_institution_name_is_state_forces(
    text: str, country: str, span: str, acled_name: str
) -> None:
    found = match_actors(text, country=country, when=date(2020, 5, 1))
    assert [(m.text, m.acled_name) for m in found][:1] == [(span, acled_name)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Garo National Liberation Army torched a truck.", "IN"),
        ("A Baloch Republican Army cell planted the bomb.", "PK"),
        ("The Patriotic Resistance Army ambushed a convoy.", "CD"),
    ],
)
def test_actors_organisation_ending_in_army_is_not_state_forces(text: str, country: str) -> None:
    found = match_actors(text, country=country, when=date(2020, 5, 1))
    assert not [m for m in found if m.kind in ("state_forces", "police", "external_force")]


def test_actors_farc_full_name_is_the_farc() -> None:
    text = "The Revolutionary Armed Forces of Colombia (FARC) attacked a police post."
    found = match_actors(text, country="CO", when=date(2011, 5, 1))
    assert found[0].text == "Revolutionary Armed Forces of Colombia"
    assert found[0].acled_name == "FARC: Revolutionary Armed Forces of Colombia"
    assert not [m for m in found if m.kind == "state_forces"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # A country word before a means of attack names that country's forces.
        ("A Nigerian airstrike hit a camp near Damboa.", "Nigerian airstrike",
         "Military Forces of Nigeria"),
        ("A U.S. airstrike killed a senior commander.", "U.S. airstrike", "US forces"),
        ("Russian shelling hit the outskirts of the town.", "Russian shelling",
         "Russian Armed Forces"),
        ("An Israeli strike destroyed a house.", "Israeli strike", "Israel Defense Forces"),
    ],
)
def test_actors_state_country_word_before_a_means_of_attack(text: str, span: str,
                                                           name: str) -> None:
    found = match_actors(text, when=date(2020, 5, 1))
    assert [(m.text, m.name) for m in found][:1] == [(span, name)]
