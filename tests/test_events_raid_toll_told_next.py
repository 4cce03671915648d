"""A raid told in one sentence and its toll in the next ("carried out a raid on X. Two
militants were killed and one detained.") is one incident: the force that raided is one
side and those it raided the other, whom the dead and the detained are counted against."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str, published: str) -> Event:
    events = [r for r in extract(text, published=published, doc_id="s")
              if isinstance(r, Event) and not r.background]
    assert len(events) == 1, [e.notes for e in events]
    return events[0]


def _by_party(event: Event) -> dict[str, dict[str | None, int | None]]:
    counts: dict[str, dict[str | None, int | None]] = {}
    for c in event.casualties:
        counts.setdefault(c.kind, {})[c.party] = c.count
    return counts


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2", "counts"),
    [
        ("Mogadishu, 14 August 2020\n\nSomali special forces carried out a raid on an "
         "al-Shabaab hideout near Afgoye on Thursday night. Two militants were killed and one "
         "detained.", "2020-08-14", "Military Forces of Somalia", "Al Shabaab",
         {"killed": {"Al Shabaab": 2}, "detained": {"Al Shabaab": 1}}),
        ("Baghdad, 9 May 2019\n\nA force of the Counter-Terrorism Service carried out a raid on "
         "a hideout of ISIS terrorists in the Hawija district of Kirkuk province at dawn today. "
         "Three terrorists were killed and two others were arrested.", "2019-05-09",
         "Counter Terrorism Service", "Islamic State",
         {"killed": {"Islamic State": 3}, "detained": {"Islamic State": 2}}),
        # the toll told as what the operation resulted in, the leader killed named
        ("Baghdad, 21 October 2020\n\nA force of the Counter-Terrorism Service carried out a "
         "raid on a hideout of ISIS terrorist gangs in the Hamrin mountains of Diyala "
         "province. The operation resulted in the killing of the terrorist Ahmed Salih, the "
         "so-called wali of Diyala, and the arrest of three other terrorists.", "2020-10-21",
         "Counter Terrorism Service", "Islamic State",
         {"killed": {"Islamic State": 1}, "detained": {"Islamic State": 3}}),
    ],
)
def test_events_raid_told_before_its_toll_names_both_sides(
        text: str, published: str, actor1: str, actor2: str,
        counts: dict[str, dict[str | None, int]]) -> None:
    event = _event(text, published)
    assert (event.actor1, event.actor2) == (actor1, actor2)
    assert _by_party(event) == counts


@pytest.mark.parametrize(
    "second",
    [
        # a deed of its own, at a place of its own
        "Two civilians were killed in a roadside bombing in Kandahar city.",
        # a deed told apart from the raid
        "In a separate incident, two civilians were killed by a roadside bomb.",
    ],
)
def test_events_toll_of_another_deed_is_not_the_raiders(second: str) -> None:
    text = ("Kabul, 3 June 2020\n\nAfghan special forces carried out a raid on a Taliban "
            "compound in Andar district of Ghazni province on Tuesday. " + second)
    found = [r for r in extract(text, published="2020-06-03", doc_id="s")
             if isinstance(r, Event) and not r.background]
    assert not any(e.actor1 == "Military Forces of Afghanistan" and any(
        c.kind == "killed" and c.party == "Civilians (Afghanistan)" for c in e.casualties)
        for e in found), [e.notes for e in found]


@pytest.mark.parametrize(
    ("second", "actor1"),
    [
        # the attackers named by "by": the side of the toll's own sentence
        ("Officers were attacked by gunmen and a shoot-out broke out. Two men were injured.",
         "Unidentified Armed Group (Brazil)"),
        ("Police officers were attacked by suspects and a shoot-out broke out.",
         "Unidentified Armed Group (Brazil)"),
    ],
)
def test_events_toll_naming_its_own_attackers_keeps_them(second: str, actor1: str) -> None:
    text = ("On 14 September 2022, in Recife, Pernambuco, the Military Police carried out an "
            "operation in the Ibura community. " + second)
    assert _event(text, "2022-09-15").actor1 == actor1
