"""Groups the actor list does not know, named by what the report says they did: the name
that claimed an attack, whose militants or suspected members struck, on whom it was
blamed; and names of known groups written with curly apostrophes or backticks."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors, resolve_actor
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "actor1", "acled_name"),
    [
        ("On 3 March 2012, a bomb damaged a rail bridge near Kolar, Karnataka, India. The "
         "Kolar Hills Liberation Tigers (KHLT) claimed responsibility for the blast.",
         "Kolar Hills Liberation Tigers", "KHLT: Kolar Hills Liberation Tigers"),
        ("On 9 April 2012, suspected members of the Oltenian Revolutionary Cells set fire to "
         "two police cars in Craiova, Romania.", "Oltenian Revolutionary Cells",
         "Oltenian Revolutionary Cells"),
        ("On 11 May 2012, about 20 militants of the Velvet Dawn Brigades attacked a village "
         "near Kidal, Mali, killing three herders.", "Velvet Dawn Brigades",
         "Velvet Dawn Brigades"),
        ("On 14 June 2012, gunmen shot dead a teacher in Yala, Thailand. Police blamed the "
         "killing on the Pattani Kumpulan Merah (PKM). PKM fighters have attacked schools "
         "before.", "Pattani Kumpulan Merah", "PKM: Pattani Kumpulan Merah"),
    ],
)
def test_group_named_by_its_deed_is_the_attacker(text: str, actor1: str,
                                                 acled_name: str) -> None:
    event = _main(text)
    assert event.actor1 == actor1
    assert event.actor_acled_names.get(actor1, actor1) == acled_name


@pytest.mark.parametrize(
    "text",
    [
        # bodies of a state, civil bodies and parties are no armed groups
        "A member of the Village Defence Committee was shot dead by militants of the Velvet "
        "Dawn Brigades in Kathua.",
        "Militants of the Velvet Dawn Brigades shot dead a member of the Tufanga Block "
        "Congress Party in Malda.",
        "Members of the National Disaster Response Force (NDRF) recovered two bodies after "
        "militants of the Velvet Dawn Brigades blew up the bridge.",
        "Suspected members of the Special Operations Group (SOG) detained two youths said to "
        "be militants of the Velvet Dawn Brigades.",
        "A bomb exploded near the Brigades headquarters in Gao. The Velvet Dawn Brigades "
        "claimed responsibility.",
    ],
)
def test_only_a_name_told_with_a_deed_is_an_armed_group(text: str) -> None:
    from eventcoder.inputs import document_from_text
    from eventcoder.pipeline import RulePipeline

    doc = RulePipeline().analyse(document_from_text(text, doc_id="t"))
    groups = {m.name for m in doc.actors if m.kind == "rebel_group" and not m.generic}
    assert groups == {"Velvet Dawn Brigades"}, groups


def test_known_names_with_curly_apostrophes_and_backticks() -> None:
    text = ("Rebels of the New People’s Army (NPA) and Al-Qa`ida in Iraq fighters were "
            "named in the report.")
    names = {m.name for m in match_actors(text, country="PH")}
    assert {"New People's Army", "Al Qaeda in Iraq"} <= names


@pytest.mark.parametrize(("country", "name"), [("IQ", "Ansar al-Islam"),
                                               ("MZ", "Islamist militia (Mozambique)")])
def test_ansar_al_sunna_is_the_group_of_the_reports_country(country: str, name: str) -> None:
    found = resolve_actor("Ansar al-Sunna", country=country)
    assert found is not None and found.name == name


@pytest.mark.parametrize(("text", "country"), [
    ("the National Liberation Front of Corsica bombed a villa", "FR"),
    ("the People's United Liberation Front (PULF) was suspected", "IN"),
])
def test_no_group_of_another_theatre_by_a_shared_name_or_a_typo(text: str,
                                                                country: str) -> None:
    found = {m.name for m in match_actors(text, country=country)}
    assert not found & {"Syrian National Army", "Ta'ang National Liberation Army"}, found


def test_an_abbreviation_stands_for_the_name_it_follows() -> None:
    # "FARC" alone names the dissidents in reports after the peace agreement; after the
    # full name of the FARC it is the FARC.
    text = ("On 2 March 2012, guerrillas of the Revolutionary Armed Forces of Colombia (FARC) "
            "burned two trucks near Tame, Arauca, Colombia. The army blamed the FARC.")
    names = [m.name for m in match_actors(text, country="CO")]
    assert "FARC dissidents" in names  # the matcher alone knows no better ...
    event = _main(text)
    assert event.actor1 == "Revolutionary Armed Forces of Colombia"  # ... the report does
