"""Where the dead were mourned or buried ("the minister said at the funeral of a soldier in
the central province of X", "attended the burial of the victims in the town of X", "were
laid to rest in their home town of X") is no place of the deed: an event its report
places nowhere else stays in its country, unplaced."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "country"), [
    ("Jets strike militants\n\nANKARA (Reuters) - Turkish jets struck militant hideouts in the "
     "mountains on Tuesday, killing 11 militants, the ministry said.\n\n\"Their blood will not "
     "be left on the ground,\" the defence minister said at the funeral of a soldier in the "
     "central province of Kayseri on Tuesday.", "2022-08-10", "TR"),
    ("Villagers killed\n\nGunmen killed six villagers in an attack on Sunday, the army said. "
     "Hundreds of mourners attended the burial of the victims in the town of Kaduna on Monday.",
     "2019-04-16", "NG"),
    ("Police killed\n\nMilitants ambushed a police patrol on a highway on Friday, killing three "
     "officers, police said. The officers were laid to rest in their home town of Dipolog on "
     "Saturday.", "2021-02-01", "PH"),
    ("Soldiers killed\n\nRebels killed four soldiers in an ambush on Wednesday, the army said, "
     "and a memorial service for them was held at the barracks in Goma on Thursday.",
     "2023-03-10", "CD"),
])
def test_events_place_of_a_funeral_or_burial_does_not_place_the_deed(
        text: str, published: str, country: str) -> None:
    events = text_events(text, published)
    assert [(e.location.country, e.location.name) for e in events] == [(country, None)]
