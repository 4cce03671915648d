"""Who struck, when the report blames a group in other words than "claimed responsibility"
("police blame the attack on X", "suspect the involvement of X", "identified themselves as
fighters of X"), and when the attackers are told as armed members of a group after "by" or
"when"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _main(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 3 March 2012, a grenade was thrown into a tea shop in Mandera, Kenya, wounding "
         "four people. Nobody has owned up to it; however, police blame the attack on "
         "Al Shabaab.", "Al Shabaab"),
        ("On 14 June 2012, unknown attackers shot dead a ward councillor in Damaturu, Nigeria. "
         "No group claimed the killing, but police suspect the involvement of Boko Haram.",
         "Boko Haram"),
        ("On 9 April 2012, a roadside bomb wounded three policemen in Lashkar Gah, "
         "Afghanistan. Officials believe that the Taliban were involved.", "Taliban"),
        ("On 21 August 2012, unidentified men ambushed an army truck near Las Navas, "
         "Philippines, killing one soldier. The military attributed the ambush to the New "
         "People's Army.", "New People's Army"),
        ("On 2 October 2012, gunmen abducted two aid workers near Dadaab, Kenya. Witnesses "
         "said the kidnappers identified themselves as fighters of Al Shabaab.",
         "Al Shabaab"),
    ],
)
def test_events_group_blamed_is_the_attacker(text: str, group: str) -> None:
    assert _main(text).actor1 == group


@pytest.mark.parametrize(
    ("text", "attacker", "attacked"),
    [
        ("On 5 May 2012, four soldiers were wounded when their convoy was ambushed by "
         "heavily armed members of Al Shabaab near Afmadow, Somalia.",
         "Al Shabaab", "Military Forces of Somalia"),
        ("On 7 July 2012, two police officers were injured when armed militants attacked a "
         "checkpoint in Quetta, Pakistan.",
         "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ],
)
def test_events_armed_members_after_by_or_when_struck(text: str, attacker: str,
                                                      attacked: str) -> None:
    event = _main(text)
    assert (event.actor1, event.actor2) == (attacker, attacked)


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event) and not r.background]


def test_events_suspicion_told_apart_answers_for_the_incident_before() -> None:
    # The finding of the body, on another day, is cut off as an event of its own; the
    # suspicion after it is of the abduction all the same.
    text = ("06/12/2012: On Tuesday night, unidentified gunmen abducted a shopkeeper from his "
            "home in Gwoza, Borno, Nigeria. On 06/14/2012, his body was found near a stream "
            "outside the town. No one claimed responsibility; police suspected that "
            "Boko Haram was responsible.")
    abduction = next(e for e in _events(text)
                     if e.sub_event_type == "abduction_forced_disappearance")
    assert abduction.actor1 == "Boko Haram"


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("On 4 June 2012, gunmen shot dead a trader in Kano, Nigeria. On 5 June 2012, a bomb "
         "exploded at a market in Maiduguri, killing four people. On 7 June 2012, a second "
         "device was found and defused nearby. Boko Haram later claimed responsibility for "
         "the bombing.", "explosions_remote_violence"),
        ("On 4 June 2012, gunmen shot dead a trader in Kano, Nigeria. On 5 June 2012, gunmen "
         "kidnapped a doctor in Maiduguri. On 7 June 2012, his body was found near a stream "
         "outside the town. Boko Haram later claimed responsibility for the kidnapping.",
         "violence_against_civilians"),
    ],
)
def test_events_claim_of_one_means_answers_for_that_incident_only(
    text: str, claimed: str
) -> None:
    shooting, other, *_ = _events(text)
    assert shooting.actor1 == "Unidentified Armed Group (Nigeria)"
    assert (other.event_type, other.actor1) == (claimed, "Boko Haram")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 5 May 2013, a bomber struck a rally in Khar, Pakistan, killing nine people. No "
         "group claimed the bombing, but suspicion fell on the regional affiliate of the "
         "Islamic State group.", "Islamic State"),
        ("On 8 July 2013, a bomb exploded at a market in Kismayo, Somalia, killing six people. "
         "Officials blamed the local branch of Al Shabaab.", "Al Shabaab"),
    ],
)
def test_events_group_whose_branch_is_blamed_is_the_attacker(text: str, group: str) -> None:
    """The branch, wing or affiliate of a named group blamed is that group's."""
    assert _main(text).actor1 == group


def test_events_affiliate_of_a_group_not_blamed_names_no_attacker() -> None:
    text = ("On 8 July 2013, a bomb exploded at a market in Kismayo, Somalia, killing six "
            "people. The local branch of the Red Crescent treated the wounded.")
    assert _main(text).actor1 != "Red Crescent"
