"""A man told by his alias ("alias 'Tigre', ringleader of a substructure of X") and men
told as "members of the armed structure", taken or killed by a state's forces in an event on
a named group, are that group's people, not parties of their own words."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _parties(text: str) -> list[tuple[str, str | None, int | None]]:
    events = [r for r in extract(text, published="2024-03-14") if isinstance(r, Event)]
    return [(c.kind, c.party, c.count) for e in events for c in e.casualties]


@pytest.mark.parametrize(("text", "kind"), [
    ("Troops arrested alias 'Tiger', ringleader of a substructure of Ansaru, in Kaduna "
     "State on Sunday, the army said.", "detained"),
    ("Troops of the army killed alias 'Tiger', ringleader of a substructure of Ansaru, near "
     "Birnin Gwari in Kaduna State on Sunday.", "killed"),
])
def test_a_man_told_by_his_alias_is_of_the_group(text: str, kind: str) -> None:
    assert _parties(text) == [(kind, "Ansaru", 1)]


def test_members_of_the_armed_structure_are_of_the_group() -> None:
    text = ("Soldiers in Antioquia captured alias 'Tigre', ringleader of a substructure of "
            "the Gulf Clan, on Sunday, the army said. Two members of the armed structure "
            "were also arrested.")
    parties = _parties(text)
    assert {p for _, p, _ in parties} == {"Clan del Golfo"}, parties
    assert sum(c or 0 for _, _, c in parties) == 3
