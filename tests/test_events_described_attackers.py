"""Who struck, in news of shootings and stabbings that name the attacker only by what he
carried or did: "a man armed with a rifle", "a woman wielding a knife", "a man opened fire",
"the shooter". Such an attacker is an unnamed armed actor, as ACLED codes one, never one of
the civilians he struck; his words stay the evidence of actor1. So are unnamed doers told in
plain words ("unknown people", "unknown actors", "armed people", "arsonists", "unidentified
man armed with an axe", "two men on a motorbike opened fire")."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("A man armed with an assault rifle opened fire inside a shopping centre in Grenfield, "
         "Nevada, on Saturday morning, killing five shoppers and wounding three more before "
         "officers arrested him.", "man"),
        ("A man wielding a machete attacked commuters at a tram stop in Malmo on Thursday, "
         "injuring three people, police said.", "man"),
        ("A woman, 52, carrying two pistols shot dead four colleagues at a logistics office in "
         "Wroclaw on Tuesday, prosecutors said.", "woman"),
        ("A man opened fire at a pub in Ostrava late on Friday, killing three drinkers, "
         "police said.", "man"),
        ("Prosecutors said a 22-year-old man identified as Tobias Reinholt opened fire on "
         "diners at a restaurant in Aarhus on Friday, killing two, before he was arrested.",
         "man"),
        ("The suspect, armed with a hunting rifle, shot dead three hikers on a trail near "
         "Zakopane on Sunday, police said.", "suspect"),
        ("The shooter, a 23-year-old former student, walked into the college library in "
         "Lindale, Oregon, and began firing at students. Nine people died.", "shooter"),
        # unnamed doers told in plain words
        ("On 21 February 2022, unknown arsonists set fire to three lorries of a logistics "
         "firm in Larissa.", "arsonists"),
        ("On 17 February 2022, unidentified actors blew up an electricity pylon near Owo "
         "(Owo LGA, Ondo).", "actors"),
        ("On 19 February 2022, a pharmacist was kidnapped in Nampula city by unknown armed "
         "people.", "armed people"),
        ("On 23 February 2022, a grocery kiosk was burnt down by unknown people in Dedza "
         "(Dedza, Central).", "unknown people"),
        ("On 25 February 2022, unidentified man armed with an axe killed a tailor in "
         "Baidoa (Baidoa, Bay).", "unidentified man"),
        ("On 26 February 2022, in Arecibo, two men on a motorbike opened fire on a bakery, "
         "wounding two customers.", "two men"),
    ],
)
def test_events_described_attacker_is_armed(text: str, told: str) -> None:
    event = extracted_event(text)
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group"), \
        event.actor1
    evidence = [e.text for e in event.evidence.get("actor1", [])]
    assert any(told in e.lower() for e in evidence), evidence


def test_events_armed_man_struck_by_police_is_not_the_attacker() -> None:
    event = extracted_event("Police shot dead a man armed with a knife near the central station in "
                            "Innsbruck on Sunday, officials said.")
    assert event.actor1 is not None and event.actor1.startswith("Police Forces"), event.actor1


def test_events_men_told_on_their_way_are_no_attackers() -> None:
    # men told riding somewhere, without an armed man's deed, stay who they are
    event = extracted_event(
        "On 27 February 2022, in Arecibo, two men on a motorbike were shot dead by "
        "gunmen near a petrol station.")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    evidence = [e.text for e in event.evidence.get("actor1", [])]
    assert not any("men on" in e for e in evidence), evidence
