"""Who attacked whom where a report gives both sides' accounts.

The side that fended an assault off ("troops repelled ...", "the army says it repelled an
attack") suffered it: the other side it names made the assault and is actor1. A headline that
joins both sides of a fight by "and" ("army and X trade claims after battle") tells nothing of
who attacked; the lead's word of the assault does. A side's own figure for the dead it made,
which the other side denies in the next sentence, is that side's claim, no count of the dead.
All texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from eventcoder.casualties import _CLAIM_DENIED
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _event(text: str) -> Event:
    [event] = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                            published="2024-06-04"))
               if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(("text", "attacker", "struck"), [
    ("Troops repelled Boko Haram fighters near Monguno on Tuesday, the army said. Two "
     "soldiers were wounded.", "Boko Haram", "Military Forces of Nigeria"),
    ("Sudan's army said on Monday it had repelled the RSF near El Fasher, the spokesman "
     "said.", "Rapid Support Forces", "Sudanese Armed Forces"),
    ("Nigerian soldiers on Sunday repulsed ISWAP fighters who stormed a base in Marte, the "
     "army said. Three soldiers were killed.", "Islamic State West Africa Province",
     "Military Forces of Nigeria"),
])
def test_the_side_that_repelled_is_struck(text: str, attacker: str, struck: str) -> None:
    event = _event(text)
    assert (event.actor1, event.actor2) == (attacker, struck)


def test_the_fending_sides_own_men_stay_its_own() -> None:
    # the side that fended the assault off is actor2, and its patrol's wounded are its men
    event = _event("Troops repelled Boko Haram fighters near Monguno on Tuesday, the army "
                   "said. Two soldiers of the patrol were wounded.")
    assert (event.actor1, event.actor2) == ("Boko Haram", "Military Forces of Nigeria")
    assert [(c.kind, c.party, c.count) for c in event.casualties] == [
        ("wounded", "Military Forces of Nigeria", 2)]


@pytest.mark.parametrize("headline", [
    "Somalia: army and al-Shabaab trade claims after battle in Bulo Burde",
    "Somalia: al-Shabaab and army trade claims after battle in Bulo Burde",
])
def test_the_lead_tells_who_attacked_the_sides_a_headline_joins(headline: str) -> None:
    event = _event(headline + "\n\nMOGADISHU, June 3 - Heavy fighting erupted on Monday in "
                   "Bulo Burde as al-Shabaab fighters launched an attack on the army's main "
                   "base in the town, residents said.")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia")


def test_a_lead_telling_no_assault_keeps_the_headlines_order() -> None:
    event = _event("Somalia: army and al-Shabaab clash in Bulo Burde\n\nMOGADISHU, June 3 - "
                   "Heavy fighting erupted on Monday in Bulo Burde between the army and "
                   "al-Shabaab fighters, residents said.")
    assert (event.actor1, event.actor2) == ("Military Forces of Somalia", "Al Shabaab")


_CLAIM = ("Al-Shabaab said in a statement that its fighters had killed 40 soldiers in an "
          "attack on a base near Jowhar on Monday. ")


@pytest.mark.parametrize(("answer", "dead"), [
    ("The army denied the claim.", 2),
    ("The army rejected that claim.", 2),
    # no denial: the group's own figure is the only one, and stands
    ("The army did not comment.", 42),
    ("The army denied it.", 42),
    # the denial of any dead of its side answers the claim as well
    ("The army denied that any soldier had been killed.", 2),
    ("The military denies suffering any casualties.", 2),
    ("It posted photographs of burnt trucks. The army denied any losses.", 2),
    # a denial of something else leaves the figure standing
    ("The army denied that it had withdrawn from the base.", 42),
    ("It posted photographs. Officials said the base was calm. The army denied any losses.",
     42),
])
def test_a_denied_claim_of_the_dead_is_no_count(answer: str, dead: int) -> None:
    event = _event(_CLAIM + answer + " Residents said two civilians were killed.")
    assert event.fatalities == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Taliban fighters attacked an army post in Kandahar province on Sunday. The group said "
     "it killed 12 soldiers; the army denied any losses.", None),
    ("Taliban fighters attacked an army post in Kandahar province on Sunday. The group said "
     "it killed 12 soldiers; the army gave no figure.", 12),
    ("Gunmen attacked a police station in Zamfara State on Sunday. The bandits said they "
     "had killed six officers, but police denied that any officer was killed.", None),
])
def test_a_claim_denied_in_its_own_sentence_is_no_count(text: str, dead: int | None) -> None:
    assert _event(text).fatalities == dead


def test_a_denial_of_a_claim_after_a_reported_toll_keeps_the_toll() -> None:
    # the toll is told as a fact, no side's word for what it did
    event = _event("Al-Shabaab fighters killed 40 soldiers in an attack on a base near Jowhar "
                   "on Monday, residents said. The army denied the claim of the group.")
    assert event.fatalities == 40


@pytest.mark.parametrize("text", [
    "The army denied the claim.", "The ministry dismissed these claims.",
    "Officials rejected its claims.", "The army denied any losses.",
    "Police denied that any officer was killed.",
])
def test_claim_denied_pattern_holds_its_gate_word(text: str) -> None:
    # the pattern is searched only in texts holding "claim" or "denie"
    match = _CLAIM_DENIED.search(text)
    assert match is not None and ("claim" in match.group(0) or "denie" in match.group(0))
