"""A division spelled as written points to its seat, spelled otherwise, over a village abroad."""

from __future__ import annotations

import eventcoder
from eventcoder.places import _Candidate, _seat_of_spelled_division
from eventcoder.records import Event


def _location(text: str) -> tuple[str | None, str | None]:
    events = [e for e in eventcoder.extract(text, published="2023-07-04")
              if isinstance(e, Event) and e.location is not None]
    assert events
    return events[0].location.place, events[0].location.country


def test_the_governorates_seat_wins_over_a_village_abroad_spelled_as_written() -> None:
    # The West Bank's governorate is spelled "Jenin", its seat "Janin"; a Polish village
    # bears the spelling "Jenin".
    assert _location("Soldiers raided a refugee camp in Jenin before dawn.") == ("Janin", "PS")


def _cand(feature: str, country: str, admin1: int, admin2: int, exact: bool) -> _Candidate:
    return _Candidate(0, feature, country, admin1, admin2, 1.0, exact)


def test_the_seat_gets_the_spelling_only_against_a_town_abroad() -> None:
    province = _cand("admin1", "AF", 7, -1, True)
    seat = _cand("populated_place", "AF", 7, 70, False)
    # No town spelled as written anywhere: the province and its seat stay as they were
    # ("Alishing district, Laghman" keeps its province).
    found = [province, seat]
    assert _seat_of_spelled_division(found, [1]) == set()
    assert found == [province, seat]
    # A village abroad spelled as written: the seat gets the spelling's worth.
    village = _cand("populated_place", "PL", 3, 30, True)
    found = [province, seat, village]
    assert _seat_of_spelled_division(found, [1]) == {("AF", 7)}
    assert found[1].base == seat.base + 1.5
    # A town of another province of the country is no seat of this one.
    elsewhere = _cand("populated_place", "AF", 9, 90, False)
    found = [province, elsewhere, village]
    assert _seat_of_spelled_division(found, [1]) == set()
    assert found[1] == elsewhere


def test_a_town_spelled_as_written_at_home_is_the_seat_itself() -> None:
    # Islamabad: the territory and its city are both spelled so; nothing changes.
    assert _location("Lawyers protested outside the high court in Islamabad.") == (
        "Islamabad", "PK")
