"""A city told as where the place lies outside ("a school outside Kaduna") is the event's
place only while the report names no town of its own in that state: "the school, Kujama,
in the Chikun area of Kaduna State" puts it at Kujama, the city its reference point."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _first(text: str) -> Event:
    return next(r for r in extract(text, published="2024-03-12") if isinstance(r, Event))


def test_the_town_named_beats_the_city_it_lies_outside() -> None:
    event = _first("Armed men who abducted 23 students from a secondary school outside Kaduna "
                   "have demanded a ransom, parents said on Tuesday.\n\nThe gunmen stormed the "
                   "Government Girls Secondary School, Kujama, in the Chikun local government "
                   "area of Kaduna State at about 1am on Sunday.")
    assert (event.location.name, event.location.admin2) == ("Kujama", "Chikun")


def test_the_city_told_alone_stays_the_place() -> None:
    event = _first("Armed men abducted 23 students from a secondary school outside Kaduna on "
                   "Sunday, parents said.")
    assert event.location.name == "Kaduna"


def test_a_town_a_convoy_was_heading_to_is_not_the_place() -> None:
    event = _first("Gunmen ambushed an army convoy outside Bamenda on Wednesday, killing six "
                   "soldiers. The convoy was carrying supplies to a base in Bali when the "
                   "attackers opened fire.")
    assert event.location.name == "Bamenda"
