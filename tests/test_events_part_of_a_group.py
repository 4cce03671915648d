"""A part of a count told by a role that names no side of its own ("killing three soldiers,
including an officer", "among them a colonel") is of the group it is part of; a part that
names its own side ("including a policeman", "including two children") keeps it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> list[tuple[str | None, int | None]]:
    events = [r for r in extract(text, published="2024-05-10") if isinstance(r, Event)]
    return sorted(((c.party, c.count) for e in events for c in e.casualties
                   if c.kind == "killed"), key=lambda x: (x[0] or "", x[1] or 0))


@pytest.mark.parametrize(("text", "total"), [
    ("Militants attacked an army post in Diyala on Wednesday, killing five soldiers including "
     "an officer, security sources said.", 5),
    ("Gunmen ambushed an army patrol near Tikrit on Monday, killing four soldiers, among them "
     "a colonel.", 4),
    ("A roadside bomb struck a military convoy in Kirkuk on Sunday, killing six soldiers, "
     "including a pilot and a medic, the army said.", 6),
])
def test_a_part_told_by_role_is_of_its_group(text: str, total: int) -> None:
    killed = _killed(text)
    parties = {p for p, _ in killed}
    assert len(parties) == 1, killed
    party = parties.pop()
    assert party is not None and "Forces" in party
    assert sum(c or 0 for _, c in killed) == total


@pytest.mark.parametrize(("text", "own"), [
    ("Gunmen attacked a checkpoint in Baqubah on Tuesday, killing five people including a "
     "policeman.", "Police Forces of Iraq"),
    ("An airstrike hit a house near Idlib on Friday, killing seven people including three "
     "children.", "Civilians (Syria)"),
])
def test_a_part_of_its_own_side_keeps_it(text: str, own: str) -> None:
    assert own in {p for p, _ in _killed(text)}
