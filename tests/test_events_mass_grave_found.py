"""A mass grave found is no new violence: the dead it holds died in a killing before,
which keeps the count told of it, and the finding is no event of the day it was made; the
bodies of people found killed, with no grave of many told, stay an event of their own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published, doc_id="t") if isinstance(r, Event)]


@pytest.mark.parametrize(
    ("text", "published", "found_on", "grave_count", "killing"),
    [
        ("Mass grave with 23 bodies found near village raided by gunmen\n\n"
         "KADUGLI, Sudan - Forensic teams have exhumed a mass grave containing the remains of "
         "23 people outside the village of Tabanya, officials said on Friday.\n\n"
         "The remains were uncovered on Thursday by farmers clearing a field. Officials say "
         "the victims were killed on March 3, when militiamen stormed Tabanya and killed 15 "
         "villagers.", "2021-04-09", "2021-04-08", 23, ("2021-03-03", 15)),
        ("Soldiers discover mass grave in northern Burkina Faso\n\n"
         "OUAGADOUGOU - Soldiers discovered a mass grave holding the bodies of 31 men near "
         "Djibo on Monday, the army said on Tuesday.\n\n"
         "Local people said jihadists had shot dead 12 herders from the area on "
         "January 20.", "2022-02-15", "2022-02-14", 31, ("2022-01-20", 12)),
    ],
)
def test_a_mass_grave_found_is_no_event_and_its_dead_no_count_of_the_killing(
        text: str, published: str, found_on: str, grave_count: int,
        killing: tuple[str, int]) -> None:
    events = _events(text, published)
    assert not [e.notes for e in events if e.date_start == found_on], [e.notes for e in events]
    assert all(grave_count not in [c.count for c in e.casualties] for e in events), [
        e.notes for e in events]
    day, count = killing
    told = [e for e in events if e.date_start == day]
    assert len(told) == 1 and told[0].fatalities == count, [e.notes for e in events]


@pytest.mark.parametrize(
    ("text", "published", "day", "count"),
    [
        ("Police found the bodies of four men shot dead in a field near Uruapan, Michoacan, "
         "on Sunday, state prosecutors said.", "2020-06-08", "2020-06-07", 4),
        ("The bodies of three traders were found in a ditch outside Maiduguri on Tuesday, a "
         "day after gunmen seized them on the road, police said.", "2019-09-11", None, 3),
    ],
)
def test_bodies_found_with_no_mass_grave_stay_an_event(text: str, published: str,
                                                      day: str | None, count: int) -> None:
    events = _events(text, published)
    assert any(e.fatalities == count and (day is None or e.date_start == day)
               for e in events), [e.notes for e in events]
