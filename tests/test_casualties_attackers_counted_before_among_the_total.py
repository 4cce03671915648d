"""Attackers counted on their own before a total that names them among its parts are those
parts, not more dead: "Two suicide bombers detonated explosives ... Twenty people were
killed, including the two bombers" is twenty, as "including the bomber" after one bomber
is."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(("text", "killed"), [
    ("07/12/2015: Two suicide bombers detonated explosives at a market in Kolofata, Cameroon. "
     "Twenty people were killed, including the two bombers, and 30 others were injured.", 20),
    ("06/27/2016: Two suicide bombers drove explosives-laden cars into a camp in Aden, Yemen. "
     "Thirty-eight people were killed, including both assailants.", 38),
    ("03/04/2019: Three suicide bombers attacked a mosque in Konduga, Nigeria. Fifteen "
     "people were killed, among them the three bombers.", 15),
    ("10/11/2014: A suicide bomber struck a bus station in Kabul, Afghanistan. Nine people "
     "were killed, including the bomber.", 9),
])
def test_attackers_told_before_are_the_totals_part(text: str, killed: int) -> None:
    assert totals(text)[0] == killed

