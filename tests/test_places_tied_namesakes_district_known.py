"""Two records of one town name, province and size, neither near another place the text
names nor seating a district of its name: the one that says which district it lies in is
read, not whichever the gazetteer files first."""

from __future__ import annotations

from eventcoder.gazetteer import Gazetteer, load_gazetteer
from eventcoder.places import _Candidate, _tied_namesake_by_others
from tests.places_text import places_in


def _town(entry: int, district: int) -> _Candidate:
    return _Candidate(entry=entry, feature="populated_place", country="XX", admin1=3,
                      admin2=district, base=4.2, exact=True)


def _gazetteer() -> Gazetteer:
    # No anchor is named, so the tie is broken without looking the entries up (a real
    # gazetteer all the same: a compiled build checks the argument's type).
    return load_gazetteer()


def test_the_record_naming_its_district_wins_the_tie() -> None:
    bare, full = _town(10, -1), _town(11, 7)
    assert _tied_namesake_by_others(_gazetteer(), bare, [bare, full], [bare], 0) == full


def test_two_records_naming_districts_keep_the_first() -> None:
    first, other = _town(10, 5), _town(11, 7)
    assert _tied_namesake_by_others(_gazetteer(), first, [first, other], [first], 0) == first


def test_no_record_naming_a_district_keeps_the_first() -> None:
    first, other = _town(10, -1), _town(11, -1)
    assert _tied_namesake_by_others(_gazetteer(), first, [first, other], [first], 0) == first


def test_shipped_twin_records_read_as_the_one_with_its_district() -> None:
    place = places_in("A fire destroyed two shops at a bazaar in Galugah late on "
                      "Sunday.")["Galugah"].place
    assert place is not None and place.admin2 == "Babol"


def test_shipped_twin_city_records_read_as_the_one_with_its_province() -> None:
    place = places_in("Two soldiers were hurt when gunmen fired on a checkpoint near "
                      "Tabuk in the Philippines on Monday.")["Tabuk"].place
    assert place is not None and place.admin2 == "Kalinga"
