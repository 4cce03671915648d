"""A count of the attackers told in a later sentence with the same number as the toll of
their attack: the toll holds a part told as victims ("killing four, including one
soldier"), and the attackers are none of the people they killed, so their dead are more
dead, of the other side, not the toll told again."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str) -> tuple[int | None, dict[str | None, int | None]]:
    events = [r for r in extract(text, published="2024-06-01") if isinstance(r, Event)]
    assert len(events) == 1, [(e.date_start, e.notes) for e in events]
    return events[0].fatalities, {c.party: c.count for c in events[0].casualties
                                  if c.kind == "killed"}


@pytest.mark.parametrize(("text", "fatalities", "attackers"), [
    ("Militants attacked an army post near Gao, Mali, on 3 May 2024, killing four, including "
     "one soldier. Four attackers were killed in the exchange.", 8,
     ("Unidentified Armed Group (Mali)", 4)),
    ("Gunmen ambushed a police patrol near Kaduna, Nigeria, on 12 June 2023, killing five, "
     "among them two officers. Five assailants were killed in the gunfight.", 10,
     ("Unidentified Armed Group (Nigeria)", 5)),
    ("On 2 March 2022, insurgents raided a checkpoint in Kidal, Mali, killing six people, "
     "including three gendarmes. Six attackers were also killed.", 12,
     ("Unidentified Armed Group (Mali)", 6)),
    ("Al Shabaab fighters stormed a base in Afgooye, Somalia on 8 April 2021, killing seven, "
     "including four soldiers. Seven of the attackers were killed in the fighting.", 14,
     ("Al Shabaab", 7)),
    ("On 9 January 2024, militants attacked a police station in Bannu, Pakistan, killing "
     "three, including a constable. Three attackers were killed in the exchange of fire.", 6,
     ("Unidentified Armed Group (Pakistan)", 3)),
], ids=["soldier", "officers", "gendarmes-also", "seven-of-the-attackers", "constable"])
def test_casualties_attackers_dead_beside_their_victims(
        text: str, fatalities: int, attackers: tuple[str, int]) -> None:
    total, killed = _killed(text)
    assert total == fatalities
    assert killed[attackers[0]] == attackers[1]


@pytest.mark.parametrize(("text", "fatalities"), [
    # a commander among the dead may be one of the attackers: the toll told again
    ("Troops repelled an attack on a base in Gao, Mali, on 3 May 2024, killing four, "
     "including one commander. Four attackers were killed in the exchange.", 4),
    # no victim told in the toll: the same count told again
    ("On 9 January 2024, soldiers raided a hideout in Bannu, Pakistan, killing three. Three "
     "militants were killed in the raid.", 3),
])
def test_casualties_toll_told_again_by_the_attackers(text: str, fatalities: int) -> None:
    assert _killed(text)[0] == fatalities


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 9 January 2024, militants attacked a police station in Bannu, Pakistan, killing "
     "three. Three attackers were killed in the exchange of fire.", 6),
    ("Gunmen stormed a village near Kaduna, Nigeria, on 12 June 2023, killing five. Five "
     "attackers were also killed.", 10),
    ("On 2 March 2022, suspected jihadists ambushed a convoy near Kidal, Mali, killing six. "
     "Six assailants died in the fighting.", 12),
    ("Insurgents overran a checkpoint near Afgooye, Somalia, on 8 April 2021, killing four. "
     "Four attackers were killed when troops arrived.", 8),
    ("Bandits raided a market in Gusau, Nigeria, on 3 May 2022, killing two. Two attackers "
     "were later killed by vigilantes.", 4),
], ids=["militants", "gunmen", "jihadists", "insurgents", "bandits"])
def test_casualties_attackers_dead_beside_those_they_killed(text: str, fatalities: int) -> None:
    # the sentence's subject, the attackers, killed the count: the attackers' own dead
    # told after it are more dead
    assert _killed(text)[0] == fatalities


@pytest.mark.parametrize("text", [
    "On 9 January 2024, soldiers repelled an attack on a post in Bannu, Pakistan, killing "
    "three. Three attackers were killed.",
    "On 9 January 2024, militants attacked a post in Bannu, Pakistan, and troops returned "
    "fire, killing three. Three attackers were killed.",
], ids=["soldiers-repelled", "troops-returned-fire"])
def test_casualties_attackers_killed_by_the_other_side_told_again(text: str) -> None:
    # the troops killed the three: the attackers' dead are the same three
    assert _killed(text)[0] == 3
