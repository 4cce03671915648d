"""A sentence that tells a run of deeds in clauses parted by semicolons, each opening on
its own place ("In A, two men were shot dead on Friday night; in B, a boy was wounded on
Saturday; and in C, ..."), tells an incident a clause, each of its day and count, whether
the gazetteer knows the places or not; a total told before them is theirs, no incident of
its own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published, doc_id="t")
            if isinstance(r, Event) and not r.background]


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        ("KINGSTON, Jamaica - Five people were killed in three shootings in the capital "
         "over the weekend, police said on Monday.\n\nIn Tivoli Gardens, two men were shot "
         "dead outside a shop on Friday night; in Denham Town, a woman was killed at a bus stop on "
         "Saturday; and in Rema, two brothers were shot dead at home on Sunday.",
         "2022-10-17", [("2022-10-14", 2), ("2022-10-15", 1), ("2022-10-16", 2)]),
        ("MEDELLIN, Colombia - In Bello, gunmen killed three men at a pool hall on Tuesday "
         "night; in Itagui, a motorcycle taxi driver was shot dead on Wednesday, police "
         "said.", "2019-03-15", [("2019-03-12", 3), ("2019-03-13", 1)]),
    ],
)
def test_each_clause_opened_on_a_place_is_an_incident(
        text: str, published: str, told: list[tuple[str, int]]) -> None:
    events = _events(text, published)
    assert sorted((e.date_start, e.fatalities) for e in events) == told, [
        e.notes for e in events]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # one clause alone opens on a place: the rest tells the same deed
        ("In Tivoli Gardens, two men were shot dead outside a shop on Friday; police said "
         "the gunmen fled on foot.", "2022-10-17"),
        # both clauses open on the same place: one incident told in two clauses
        ("In Bello, gunmen killed three men at a pool hall on Tuesday night; in Bello, "
         "residents said, the shooting lasted ten minutes.", "2019-03-15"),
    ],
)
def test_clauses_not_each_on_a_place_of_their_own_stay_one_incident(text: str,
                                                                     published: str) -> None:
    events = _events(text, published)
    assert len(events) == 1, [e.notes for e in events]
