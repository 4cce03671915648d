"""Parties, movements and unions (data/parties.json): found only in reports about their
own country, and made associated actors of the side whose people they are."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event

_PUBLISHED = "2021-07-31"


@pytest.mark.parametrize(
    ("text", "country", "written", "acled_name"),
    [
        ("Activists of the DMK gathered outside the collectorate.", "IN", "DMK",
         "DMK: Dravida Munnetra Kazhagam"),
        ("Cadres of the CPI(M) blocked the highway.", "IN", "CPI(M)",
         "CPI(M): Communist Party of India (Marxist)"),
        ("The NCP called a strike in Pune.", "IN", "NCP", "NCP: Nationalist Congress Party"),
        ("The NCP called a strike in Omdurman.", "SD", "NCP", "NCP: National Congress Party"),
        ("Members of the Peoples' Democratic Party marched in Diyarbakir.", "TR",
         "Peoples' Democratic Party", "HDP: Peoples Democratic Party"),
        ("Members of the Peoples Democratic Party marched in Enugu.", "NG",
         "Peoples Democratic Party", "PDP: Peoples Democratic Party"),
        ("Congress workers addressed the crowd", "IN", "Congress",
         "INC: Indian National Congress"),
    ],
)
def test_party_is_named_in_its_own_country(text: str, country: str, written: str,
                                           acled_name: str) -> None:
    found = [m for m in match_actors(text, country=country) if m.kind == "political_party"]
    assert [(text[m.start:m.end].removesuffix(")") + (")" if written.endswith(")") else ""),
             m.acled_name) for m in found] == [(written, acled_name)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The BJP held a rally.", None),  # no country: no short form applies
        ("The BJP held a rally.", "PK"),  # another country's party
        ("the party congress opened in the capital", "IN"),  # lower case: no party
        ("Soldiers in an APC were ambushed near the border.", "NG"),  # a vehicle
    ],
)
def test_party_not_named_outside_its_country_or_form(text: str, country: str | None) -> None:
    assert [m for m in match_actors(text, country=country)
            if m.kind in ("political_party", "labour_union")] == []


def test_party_takes_in_its_people_but_not_armed_men() -> None:
    text = "CNL members and pro-Islah forces"
    by_country = {c: [m.text for m in match_actors(text, country=c)
                      if m.kind == "political_party"] for c in ("BI", "YE")}
    assert by_country == {"BI": ["CNL members"], "YE": ["Islah"]}


@pytest.mark.parametrize(
    ("text", "side", "party"),
    [
        ("On 12 July 2021, supporters of the TDP and the CPI(M) staged a sit-in in Guntur, "
         "Andhra Pradesh, demanding relief for farmers.", 1, "Telugu Desam Party"),
        ("On 12 July 2021, supporters of the TDP and the CPI(M) staged a sit-in in Guntur, "
         "Andhra Pradesh, demanding relief for farmers.", 1,
         "Communist Party of India (Marxist)"),
        ("On 3 July 2021, Imbonerakure beat up three CNL members in Gitega during a campaign "
         "meeting.", 2, "National Congress for Liberty"),
        ("On 9 July 2021, KESK members marched in Izmir against pay cuts.", 1,
         "Confederation of Public Workers' Unions"),
        ("On 21 July 2021, unidentified assailants stabbed a PTI worker to death in "
         "Mardan, Khyber Pakhtunkhwa.", 2, "Pakistan Tehreek-e-Insaf"),
    ],
)
def test_party_joins_the_side_of_its_people(pipeline: RulePipeline, text: str, side: int,
                                            party: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assoc = event.assoc_actor_1 if side == 1 else event.assoc_actor_2
    assert party in assoc
    assert party not in (event.actor1, event.actor2)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 July 2021, residents of Lahore protested against the PTI government over "
        "power cuts.",
        "On 6 July 2021, traders protested outside the BJP office in Agra over a new tax.",
    ],
)
def test_party_aimed_at_is_no_associate(pipeline: RulePipeline, text: str) -> None:
    event = only_event(pipeline, text, _PUBLISHED)
    assert not any(p in (*event.assoc_actor_1, *event.assoc_actor_2)
                   for p in ("Pakistan Tehreek-e-Insaf", "Bharatiya Janata Party"))
