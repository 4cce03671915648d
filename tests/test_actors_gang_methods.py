"""An attack told by a gang's method, its authors unnamed, is the unidentified gang's."""

from __future__ import annotations

import pytest

from eventcoder.actors import gang_style, lower_ascii, unattributed_gang
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Drive-By shooting wounded two", True),
        ("killed in a drive by attack", True),
        ("men drove by the market and fired", False),
        ("the driver was shot", False),
    ],
)
def test_actors_gang_style_words(text: str, expected: bool) -> None:
    assert gang_style(lower_ascii(text)) is expected


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("MX", "Unidentified Gang (Mexico)"),
        ("JM", "Unidentified Gang (Jamaica)"),
        ("BR", "Unidentified Gang and/or Police Militia"),
    ],
)
def test_actors_unattributed_gang_by_country(country: str, name: str) -> None:
    gang = unattributed_gang(country)
    assert gang is not None and gang.name == name and gang.kind == "gang"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 14 March 2021, in Culiacan, Sinaloa, two armed men on a motorcycle carried out a "
         "drive-by shooting against a shop owner. The victim died.",
         "Unidentified Gang (Mexico)"),
        ("On 2 April 2021, in Belo Horizonte, Minas Gerais, a teenager was killed in a "
         "drive-by shooting. No suspects were identified.",
         "Unidentified Gang and/or Police Militia"),
        ("On 19 June 2021, in Montego Bay, Jamaica, gunmen in a car opened fire on a bus stop "
         "in a drive-by, wounding three people.",
         "Unidentified Gang (Jamaica)"),
        # no gang's method told: the unnamed attackers stay an unidentified armed group
        ("On 14 March 2021, in Culiacan, Sinaloa, two armed men shot a shop owner inside his "
         "store. The victim died.", "Unidentified Armed Group (Mexico)"),
        # gang members named as such keep the country's gang name, even in Brazil
        ("On 2 April 2021, in Recife, Pernambuco, gang members shot dead a man in a drive-by "
         "attack.", "Unidentified Gang (Brazil)"),
        # a killing told by a cartel's signature: a body left bound or tortured
        ("On 11 February 2021, in Tlaquepaque, Jalisco, a man was found dead beside a "
         "dirt track. He had his hands tied and showed signs of torture. 1 fatality.",
         "Unidentified Gang (Mexico)"),
        ("On 8 August 2021, in Culiacan, Sinaloa, a woman was found dead with her feet tied "
         "near the river. 1 fatality.", "Unidentified Gang (Mexico)"),
        ("On 20 June 2021, in Contagem, Minas Gerais, a young man's body was found in a "
         "vacant lot, his hands bound. 1 fatality.",
         "Unidentified Gang and/or Police Militia"),
        # no signature of a cartel's killing: the unnamed killers stay an armed group
        ("On 20 June 2021, in Contagem, Minas Gerais, a young man was shot dead by unknown "
         "assailants in a vacant lot. 1 fatality.", "Unidentified Armed Group (Brazil)"),
    ],
)
def test_events_gang_method_names_the_attacker(
        pipeline: RulePipeline, text: str, actor1: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor1 == actor1


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 11 August 2021, in Feira de Santana, Bahia, a man was shot dead by three armed men "
         "in the Tomba district. The victim had charges against him for robbery and drug "
         "trafficking.", "Unidentified Gang and/or Police Militia", "Unidentified Gang (Brazil)"),
        ("On 11 August 2021, in Tultitlan, Mexico, an alleged drug dealer was shot dead by two "
         "armed individuals in Colonia Las Torres. 1 fatality.",
         "Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"),
        ("On 11 August 2021, in Parnaiba, Piaui, a gang member was killed by rival gang "
         "members in the Sao Vicente estate.",
         "Unidentified Gang (Brazil)", "Unidentified Gang (Brazil)"),
    ],
)
def test_events_criminal_struck_by_unnamed_gunmen_is_a_gang_fight(
        pipeline: RulePipeline, text: str, actor1: str, actor2: str) -> None:
    event = only_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    names = [event.actor_acled_names.get(a or "", a) for a in (event.actor1, event.actor2)]
    assert names == [actor1, actor2]


def test_events_unnamed_victim_of_gunmen_stays_a_civilian(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "On 11 August 2021, in Parnaiba, Piaui, a man was shot dead "
                                 "by three armed men in the Sao Vicente estate.")
    assert event.sub_event_type == "attack"
    assert event.actor1 == "Unidentified Armed Group (Brazil)"
