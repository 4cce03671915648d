"""A group named only in a story's last sentence, where it "claimed responsibility for the
attack", is the attacker of the attack told without its author: the unnamed attackers told
before are its men. A clause telling who the group is ("a Sunni militant group that says it
fights for ...") may run long and tells no incident of its own."""

from __future__ import annotations

import pytest

from eventcoder.actors import match_actors
from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event

_LEAD = ("Seven {victims} were killed and four wounded when their post near the town of "
         "{town} came under attack late on Sunday, officials said on Monday.\n\n"
         "The attackers fired rockets at the post and withdrew into the hills when "
         "reinforcements arrived. Three of them were killed in the fighting, an official "
         "said.\n\n")


@pytest.mark.parametrize("victims", ["police officers", "border guards"])
@pytest.mark.parametrize(("town", "claim", "group"), [
    ("Bannu", "Tehrik-i-Taliban Pakistan, an outlawed alliance of militant factions that "
              "says it wants to impose its rule on the region, claimed responsibility for "
              "the attack hours later.", "Tehrik-i-Taliban Pakistan"),
    ("Bannu", "Tehrik-i-Taliban Pakistan claimed responsibility for the attack.",
     "Tehrik-i-Taliban Pakistan"),
    ("Saravan", "Jaish al-Adl, a militant group that says it fights for the rights of the "
                "Baluch minority, claimed responsibility for the attack on its website.",
     "Jaish al-Adl"),
])
def test_events_group_claiming_in_the_last_sentence_is_the_attacker(
        pipeline: RulePipeline, victims: str, town: str, claim: str, group: str) -> None:
    event = only_event(pipeline, _LEAD.format(victims=victims, town=town) + claim)
    assert event.actor1 == group, event.notes
    told = [e.text for e in event.evidence["actor1"]]
    assert group in told and "The attackers" in told, told


def test_events_no_claim_leaves_the_attackers_unnamed(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, _LEAD.format(victims="border guards", town="Bannu")
                       + "No group claimed responsibility on Monday.")
    assert event.actor1 == "Unidentified Armed Group (Pakistan)", event.notes


def test_events_group_denying_is_no_attacker(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, _LEAD.format(victims="border guards", town="Bannu")
                       + "Tehrik-i-Taliban Pakistan denied any role in the attack.")
    assert event.actor1 != "Tehrik-i-Taliban Pakistan", event.notes


@pytest.mark.parametrize("text", [
    "A car bomb killed six policemen at a checkpoint in Egypt's North Sinai province on "
    "Tuesday. No group claimed responsibility.",
    "Gunmen killed two soldiers in South Sinai province on Tuesday.",
])
def test_actors_province_after_a_compass_word_is_no_group(text: str) -> None:
    assert not any(m.name == "Islamic State Sinai Province"
                   for m in match_actors(text, country="EG"))


def test_actors_groups_branch_named_as_a_province_is_still_read() -> None:
    text = "Islamic State's Sinai Province claimed the attack on the checkpoint."
    assert any(m.name == "Islamic State Sinai Province" for m in match_actors(text, country="EG"))


def test_events_claimant_of_an_attack_on_a_foreign_named_force(pipeline: RulePipeline) -> None:
    text = ("Nine Iranian border guards were killed and five wounded when their post near the "
            "city of Saravan came under attack late on Monday, state media said on Tuesday.\n\n"
            "The attackers used machine guns and withdrew towards the border when "
            "reinforcements arrived. Two of them were killed in the fighting, state "
            "television said.\n\n"
            "Jaish al-Adl, a Sunni militant outfit, claimed responsibility for the attack on "
            "its website on Tuesday.")
    event = only_event(pipeline, text)
    assert (event.actor1, event.actor2) == ("Jaish al-Adl", "Military Forces of Iran"), event.notes
    killed = {c.party: c.count for c in event.casualties if c.kind == "killed"}
    assert killed == {"Military Forces of Iran": 9, "Jaish al-Adl": 2}, killed
