"""The places stage finds the comma or parenthesis before a name with a string's own
methods, and the dashes inside names with a pattern that starts at the dash: each finds
what the search it replaces found, at less cost."""

from __future__ import annotations

import re

import pytest

from eventcoder import places
from tests.places_text import places_in

# The searches as they were written: the mark before a name, the dash between two letters.
_MARK_SEARCH = re.compile(r"[,(]\s*$")
_DASH_SEARCH = re.compile(r"(?<=[^\W\d_])[\u2010\u2011\u2012\u2013](?=[^\W\d_])")

_TEXTS = [
    "Riders reached Omberlo, Vashti (Kell) at dawn;( Tarn",
    "a, b ,c (d ( e,\tf,\n g,\u00a0h(\u2003i ,,j ((k",
    "(Pelmora",
    ",  Pelmora",
    ", \n Pelmora",
    "x,\x1cy",
    "Ouvrard\u2013Massif, B\u00e9ni\u2011Sorel, Kal\u2012Dun, N\u2010Tafa",
    "1\u20132, a\u2013 b, _\u2013a, a\u2013_, \u00e9\u2013\u00e8, \u0661\u2013a, a\u20133",
    "\u2013Tarn, Tarn\u2013, \u2013, x\u2014y, x\u2015y, x\u2010\u2010y, \u2013\u2013",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_mark_before_a_name_is_where_the_search_found_it(text: str) -> None:
    for start in range(len(text) + 1):
        found = _MARK_SEARCH.search(text, max(0, start - 3), start)
        assert places._holder_mark_before(text, start) == (
            found.start() if found is not None else -1), (text, start)


@pytest.mark.parametrize("text", _TEXTS)
def test_dashes_inside_names_are_those_the_search_found(text: str) -> None:
    assert [m.span() for m in places._DASH_IN_WORD.finditer(text)] == [
        m.span() for m in _DASH_SEARCH.finditer(text)]
    assert places._DASH_IN_WORD.sub("-", text) == _DASH_SEARCH.sub("-", text)


def test_the_dash_pattern_opens_with_the_dashes_themselves() -> None:
    # A pattern that opens with a look-behind is tried at every character of a text; one
    # that opens with a class lets the engine skip to the characters of the class.
    assert places._DASH_IN_WORD.pattern.startswith("[\\u2010-\\u2013]")


def test_a_name_joined_by_a_dash_in_a_text_otherwise_plain_is_read_whole() -> None:
    # the one character not ASCII is the dash itself
    found = places_in("Gunmen burned a school in Ouham\u2013Pende on Tuesday.")
    assert "Ouham\u2013Pende" in found
    assert found["Ouham\u2013Pende"].place is not None
