"""A formation's words and a numbered unit's figure are looked for before their patterns.

Each match of the case-blind formation pattern holds "group" and one of the words around
it; each match of the numbered-unit pattern in ASCII text holds a digit 0-9 and its
ordinal ending.
"""

from __future__ import annotations

import pytest

from eventcoder import actors


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Shelling by the Kalyna group of forces hit Velmora.", True),
        ("The Dnistra operational-tactical group said it repelled an attack.", True),
        ("the Borea battlegroup advanced on the village", True),
        ("THE DNISTRA OPERATIONAL GROUP REPORTED LOSSES", True),
        ("A grouping of troops moved north.", True),
        ("An armed group attacked the village.", False),
        ("Forces of the battle zone withdrew.", False),
    ],
)
def test_may_name_a_formation(text: str, named: bool) -> None:
    assert actors._may_name_a_formation(text) is named
    assert (actors._FORMATION_WORDS.search(text) is not None) is named


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Soldiers of the 3rd Brigade were ambushed.", True),
        ("the 22nd battalion shelled the town", True),
        ("the 41st\tregiment withdrew", True),
        ("Three brigades were deployed.", False),
        ("On 3 May the brigade withdrew.", False),
    ],
)
def test_an_ordinal_figure_before_a_unit(text: str, unit: bool) -> None:
    found = actors._UNIT_WORDS.search(text) is not None
    assert found is unit
    if found:
        assert actors._ORDINAL_FIGURE.search(text) is not None
