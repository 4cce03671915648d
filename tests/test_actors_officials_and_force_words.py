"""A state's officials beside the people they are among, as ACLED names them ("Government of
Turkey (2016-)"), and the words for a state's forces that notes use without a noun of
troops: "Afghan military airstrikes", "a regime sniper", "Govt forces"."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


def _names(text: str) -> set[str]:
    event = only_event(RulePipeline(), text)
    return {event.actor_acled_names.get(a, a)
            for a in (event.actor1, *event.assoc_actor_1, event.actor2, *event.assoc_actor_2)
            if a}


@pytest.mark.parametrize(("text", "official"), [
    ("On 12 June 2021, gunmen on a motorbike shot dead a municipal councillor in Sirawai, "
     "Zamboanga del Norte.", "Government of the Philippines (2016-)"),
    ("On 3 March 2021, two opposition MPs and about 200 supporters protested in Ankara "
     "against the closure of a hospital.", "Government of Turkey (2016-)"),
    ("On 9 February 2019, unknown assailants abducted the mayor of Kidal on the road to "
     "Anefis.", "Government of Mali (2013-)"),
    ("On 20 May 2021, a former MLA was beaten by a group of men in Bhubaneswar, Odisha.",
     "Former Government of India (2014-)"),
])
def test_officials_beside_their_side(text: str, official: str) -> None:
    assert official in _names(text)


def test_party_members_of_parliament_are_officials() -> None:
    text = ("On 4 April 2021, HDP MPs and members held a sit-in in Diyarbakir against the "
            "removal of elected mayors.")
    names = _names(text)
    assert "Government of Turkey (2016-)" in names
    assert "Protesters (Turkey)" in names


def test_government_name_periods() -> None:
    from datetime import date

    from eventcoder.actors import government_name

    assert government_name("BD", when=date(2020, 5, 1)) == "Government of Bangladesh (2009-)"
    assert government_name("IN", when=date(2020, 5, 1), former=True) == \
        "Former Government of India (2014-)"
    assert government_name("CD", when=date(2020, 5, 1)).startswith(
        "Government of the Democratic Republic of Congo")


@pytest.mark.parametrize(("text", "country", "acled"), [
    ("Afghan military airstrikes hit a compound in Helmand.", "AF",
     "Military Forces of Afghanistan"),
    ("Mozambique's military retook the district town.", "MZ", "Military Forces of Mozambique"),
    ("A regime sniper wounded a farmer near Kafr Nabl.", "SY", "Military Forces of Syria"),
    ("Militants attacked a Govt forces position near Afgooye.", "SO", "Military Forces of Somalia"),
    ("Russian military police patrolled the highway.", "SY", "Military Forces of Russia"),
    ("Pro-regime militiamen looted shops in Deraa.", "SY", "Militia (Pro-Government)"),
])
def test_force_words(text: str, country: str, acled: str) -> None:
    names = [m.acled_name or "" for m in match_actors(text, country=country)]
    assert any(n.startswith(acled) for n in names), names


def test_regime_elsewhere_is_no_actor() -> None:
    assert match_actors("The regime cracked down on dissent.", country="IR") == []


@pytest.mark.parametrize(("text", "country"), [
    ("The drones were tested at a UK military base in Wiltshire.", "GB"),
    ("He was tried before an Egyptian military tribunal.", "EG"),
])
def test_military_as_a_word_of_a_thing(text: str, country: str) -> None:
    assert not any((m.acled_name or "").startswith("Military Forces")
                   for m in match_actors(text, country=country))
