"""Who struck, told by the group's claim in the wordings of South Asian and wire reports:
"claimed the responsibility of the attack", an attack that "bore the hallmarks of" a group,
and the group's leaflets found where it struck."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On Saturday, near Dasht in Kech, Balochistan, Pakistan, unknown militants blew up "
         "a gas pipeline, causing no casualties. The Baloch Liberation Army (BLA) claimed the "
         "responsibility of the attack.", "Baloch Liberation Army"),
        ("On Thursday, in Turbat, Pakistan, gunmen shot dead three labourers at a "
         "construction site. The Baloch Liberation Army claimed the responsibility for the "
         "killings in a statement.", "Baloch Liberation Army"),
        ("A bomb went off at a crowded bus stop in Gombe on Wednesday, killing four "
         "passengers. Police said the blast bore the hallmarks of Boko Haram.", "Boko Haram"),
        ("Unknown gunmen shot dead two traders at a market near Beledweyne on Tuesday. "
         "Officials said the killings had all the marks of Al Shabaab.", "Shabaab"),
        ("Gunmen torched a girls' school in Ghazni on Sunday night and shot dead its guard. "
         "Leaflets of the Taliban were found at the gate.", "Taliban"),
        ("Unidentified attackers shot dead a village elder in Zabul on Monday. Police "
         "recovered pamphlets signed by the Taliban near his body.", "Taliban"),
    ],
)
def test_events_claim_wording_names_the_attacker(text: str, group: str) -> None:
    event = extracted_event(text)
    assert event.actor1 is not None and group in event.actor1, event.actor1


@pytest.mark.parametrize(
    "text",
    [
        # leaflets handed out, not left where the attack was: no claim
        "Gunmen shot dead a shopkeeper in Ghazni on Sunday. Earlier in the week, students "
        "had handed out leaflets of the Taliban's opponents in the bazaar.",
        # a group that claims the attack of another incident is not asked here; a group
        # named as the object of the attack is no claimant
        "Gunmen shot dead two Taliban fighters in Zabul on Monday, police said.",
    ],
)
def test_events_no_claim_without_its_wording(text: str) -> None:
    event = extracted_event(text)
    assert event.actor1 is None or "Taliban" not in event.actor1, event.actor1
