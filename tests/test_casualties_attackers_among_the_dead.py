"""Attackers among the dead, as wire stories tell them: in an official's word set off by
quotation marks ("were \"neutralised\""), as "one of them" after the attackers were named,
and as "the attackers" of a named group that struck civilians; each is the attacking
group's dead, beside those of the side struck."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str, published: str) -> dict[str | None, int | None]:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1, [(e.date_start, e.notes) for e in events]
    return {c.party: c.count for c in events[0].casualties if c.kind == "killed"}


@pytest.mark.parametrize(("text", "published", "killed"), [
    ("Jihadists attacked a gendarmerie post in Seytenga in northern Burkina Faso on Friday, "
     "killing nine gendarmes, "
     "the army said. About 20 attackers were \"neutralised\" in the counter-attack that "
     "followed, it said. JNIM said it carried out the attack.", "2022-06-13",
     {"Military Forces of Burkina Faso": 9, "Jama'at Nusrat al-Islam wal-Muslimin": 20}),
    ("Three policemen were killed when militants attacked a checkpost in Lakki Marwat late on "
     "Sunday, police said. The attackers fired on the post from two sides. One of them was "
     "killed in retaliatory fire while the others escaped.", "2023-04-11",
     {"Police Forces of Pakistan": 3, "Unidentified Armed Group (Pakistan)": 1}),
    ("Rebels of the Allied Democratic Forces (ADF) killed 14 villagers in Eringeti in North "
     "Kivu on Monday, local officials said. Troops pursued the attackers and killed three of "
     "them, an army spokesman said.", "2021-03-03",
     {"Civilians (Democratic Republic of Congo)": 14, "Allied Democratic Forces": 3}),
], ids=["quoted-word", "one-of-them", "attackers-of-the-named-group"])
def test_casualties_attackers_among_the_dead(text: str, published: str,
                                             killed: dict[str, int]) -> None:
    assert _killed(text, published) == killed
