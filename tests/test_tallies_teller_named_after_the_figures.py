"""Who tells a bulletin's figures: a force named only below the figures and the incidents,
for what it did after them ("the army has launched an operation to pursue the attackers"),
did not tell them; with no teller named, the tally has none. A teller named above or with
the figures still tells them."""

from __future__ import annotations

import eventcoder
from eventcoder.records import Tally

_HIGHLIGHTS = (
    "SIERRA LEONE\n"
    "Kailahun District: Attacks on civilians around Koindu and Pendembu\n"
    "\n"
    "KEY POINTS\n"
    "\u2022 At least 15 villagers killed in two raids near Koindu and Pendembu since "
    "14 September.\n"
    "\n"
    "OVERVIEW\n"
    "\u2022 On 14 September, gunmen raided a village near Koindu, killing nine farmers.\n"
    "\u2022 On 16 September, armed men attacked the market of Pendembu, killing six "
    "traders.\n"
    "\n"
)


def _reporters(text: str) -> set[str | None]:
    return {r.reporter for r in eventcoder.extract(text, published="2023-09-20")
            if isinstance(r, Tally) and r.metric == "killed"}


def test_a_force_named_after_the_figures_for_its_own_deed_tells_none() -> None:
    text = _HIGHLIGHTS + ("The Republic of Sierra Leone Armed Forces have launched an "
                          "operation to pursue the attackers.\n")
    assert _reporters(text) == {None}


def test_a_force_named_above_the_figures_tells_them() -> None:
    text = ("The Republic of Sierra Leone Armed Forces said on Wednesday that at least 15 "
            "villagers were killed in two raids near Koindu and Pendembu since 14 September.\n")
    assert _reporters(text) == {"Military Forces of Sierra Leone"}
