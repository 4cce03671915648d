"""Looks that let the actors stage skip two patterns, kept in step with them.

One person told armed (``_PERSON_DESCRIBED``) is searched for only where one of its nouns
stands as a word; a gap between two tokens is matched against ``_JOIN_GAP`` only where it
holds nothing but the characters that pattern takes.
"""

from __future__ import annotations

import pytest

from eventcoder import actors

_PERSONS = [
    "A man armed with a rifle entered the hall.",
    "The 19-year-old woman, identified as Jane Roe, opened fire.",
    "An unidentified boy threw a grenade.",
    "A masked girl wielding a knife was seen.",
    "The lone youth brandished a pistol.",
    "A teenager carrying two pistols fled.",
    "THE SUSPECT, 34, ARMED WITH A SHOTGUN, FLED.",
    "An unknown individual opened fire.",
    "A person with a gun was seen.",
    "Unidentified man opened fire on the crowd.",
    "Two men riding a scooter opened fire at the kiosk.",
    "Three youths stabbed a guard.",
    "Some men hurled a grenade at the post.",
]


@pytest.mark.parametrize("text", _PERSONS)
def test_a_person_described_holds_one_of_its_nouns(text: str) -> None:
    assert actors._PERSON_DESCRIBED.search(text) is not None
    assert actors._may_describe_a_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany's commander said human rights groups were informed.",  # nouns inside words
        "Gunmen opened fire on a convoy of the army.",
    ],
)
def test_no_person_noun_no_search(text: str) -> None:
    assert actors._PERSON_DESCRIBED.search(text) is None
    assert not actors._may_describe_a_person(text)


def test_not_ascii_always_searched() -> None:
    # a case-blind pattern pairs some other letters with ASCII ones
    assert actors._may_describe_a_person("A \u017fuspect opened fire in Zürich.")
    assert actors._PERSON_DESCRIBED.search("A \u017fuspect opened fire.") is not None


@pytest.mark.parametrize(
    "gap",
    ["-", " - ", "/", " / ", "\u2013", "\u2010", "\u2011", "\n", " \n ", "\u00a0", "\t-\t",
     ", ", ". ", ": ", " & ", "--", "\n\n", " (", ") ", "; ", " \u2014 "],
)
def test_gap_look_same_as_the_pattern(gap: str) -> None:
    # no gap in front of the possessive or initials rules: the look and the pattern agree
    expected = gap in ("", " ", "(", ")", " (", "`") or actors._JOIN_GAP.fullmatch(gap) is not None
    assert actors._gap_ok(gap, "Velmora") is expected
