"""Who a release's first person plural is ("our fighters", "our comrades": the body that
heads or signs it; "elements of our forces" in a state's communique: its forces), men told
with "ties to" a group (unnamed men, the group an associate), and the Navy's SEALs (the
United States' forces wherever they board)."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str, published: str) -> Event:
    (event,) = [r for r in extract(text, published=published, doc_id="s")
                if isinstance(r, Event)]
    return event


def _by_party(event: Event, kind: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for c in event.casualties:
        if c.kind == kind and c.count:
            counts[c.party] = counts.get(c.party, 0) + c.count
    return counts


@pytest.mark.parametrize(("text", "published", "actor1", "wounded"), [
    ("Kachin Independence Army\nPublic Relations Office\n\nOn 3 May 2021, our fighters "
     "attacked a Myanmar army camp near Momauk in Kachin State, killing 4 soldiers. One of "
     "our comrades was wounded.\n", "2021-05-04", "Kachin Independence Army",
     {"Kachin Independence Army": 1}),
    ("On 21 August 2018 our forces ambushed an army convoy near Kalay in Sagaing Region, "
     "killing 6 soldiers. Two of our fighters were wounded.\n\nInformation Department, "
     "Arakan Army\n", "2018-08-22", "Arakan Army", {"Arakan Army": 2}),
])
def test_actors_our_fighters_are_the_body_that_signs_the_release(
        text: str, published: str, actor1: str, wounded: dict[str, int]) -> None:
    event = _event(text, published)
    assert event.actor1 == actor1
    assert _by_party(event, "wounded") == wounded


def test_actors_our_fighters_under_two_bodies_are_unread() -> None:
    # a joint statement headed by two bodies: "our fighters" names neither alone
    text = ("Kachin Independence Army\nArakan Army\n\nOn 3 May 2021, our fighters attacked "
            "a Myanmar army camp near Momauk in Kachin State, killing 4 soldiers.\n")
    assert _event(text, "2021-05-04").actor1 not in ("Kachin Independence Army", "Arakan Army")


@pytest.mark.parametrize(("text", "published", "wounded"), [
    ("REPUBLIC OF NIGER\nGeneral Staff of the Armed Forces\n\nOn 12 March 2019, units of the "
     "Nigerien army repelled an attack on their post at Inates, Tillaberi region: were "
     "neutralized 7 terrorists. 3 elements of our forces were wounded.\n", "2019-03-13",
     {"Military Forces of Niger": 3}),
])
def test_events_our_forces_hurt_in_a_state_s_communique_are_its_own(
        text: str, published: str, wounded: dict[str, int]) -> None:
    assert _by_party(_event(text, published), "wounded") == wounded


@pytest.mark.parametrize(("text", "published", "actor2", "assoc2"), [
    ("On 14 October 2019, police engaged in a firefight with 2 militants with reported ties "
     "to the Islamic State in Makhachkala. Both were killed.", "2019-10-16",
     "Unidentified Armed Group (Russia)", ["Islamic State"]),
    ("On 2 June 2021, soldiers clashed with 5 gunmen with suspected links to Boko Haram near "
     "Biu. Three gunmen were killed.", "2021-06-03",
     "Unidentified Armed Group (Nigeria)", ["Boko Haram"]),
])
def test_actors_men_with_ties_to_a_group_are_unnamed_the_group_associated(
        text: str, published: str, actor2: str, assoc2: list[str]) -> None:
    event = _event(text, published)
    assert (event.actor2, event.assoc_actor_2) == (actor2, assoc2)


def test_actors_men_linked_to_a_group_stay_the_group_s() -> None:
    event = _event("On 2 June 2021, soldiers clashed with 5 gunmen linked to Boko Haram near "
                   "Biu. Three gunmen were killed.", "2021-06-03")
    assert event.actor2 == "Boko Haram"


def test_actors_navy_seals_are_the_united_states_forces_abroad() -> None:
    event = _event("Navy SEALs boarded a dhow off the coast of Yemen on 28 January 2020 and "
                   "detained its 9 crew members, the command said.", "2020-01-30")
    assert event.actor1 == "US forces"
