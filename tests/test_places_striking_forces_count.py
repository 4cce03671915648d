"""How often a people's name is written before a state's forces ("Russian troops shelled
..."), counted by finding the name and matching the forces after it: the same count as the
pattern built from the name, at word starts only and without overlaps."""

from __future__ import annotations

import re

import pytest

from eventcoder.places import _FORCE_WORDS, _striking_forces


def _counted_by_a_pattern(text: str, word: str) -> int:
    return len(re.findall(rf"\b{word}[ \t]+{_FORCE_WORDS}", text))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Moldovan troops shelled Varnita; Moldovan artillery hit Bender.", "Moldovan", 2),
    ("Chilean forces and Chilean Armed Forces moved; Chileans forces did not.", "Chilean", 2),
    ("A pro-Bolivian army unit; unBolivian army; Bolivian\tjets struck.", "Bolivian", 2),
    ("Peruvian soldiers Peruvian soldiers Peruvian", "Peruvian", 2),
    ("Peruvian  fighter jets, Peruvian fighter  jets and Peruvian jet", "Peruvian", 3),
    ("Zambian troopship; Zambian armyworm; Zambian armed forces", "Zambian", 1),
    ("_Zambian troops and 1Zambian troops and \u00e9Zambian troops", "Zambian", 0),
    ("Estonian\nforces crossed; Estonian air strikes; Estonian airstrike", "Estonian", 2),
    ("Latvian navy, Latvian air force and Latvian air forces", "Latvian", 2),
    ("", "Latvian", 0),
    ("Latvian", "Latvian", 0),
])
def test_people_before_forces(text: str, word: str, expected: int) -> None:
    assert _striking_forces(text, word) == expected
    assert _counted_by_a_pattern(text, word) == expected
