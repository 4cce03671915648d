"""The pattern of groups introduced by description tells a head not glued to the word
before it by a look-behind after the head, so that a search skips to the heads' first
letters: it finds what the look-behind before the heads finds, match for match."""

from __future__ import annotations

import re

import pytest

from eventcoder.actors import _described, _read_json


def _look_behind_first() -> re.Pattern[str]:
    data = _read_json("actors.json")["described_groups"]
    heads = "|".join(re.escape(h) for h in (*data["heads"], *data["armed_heads"]))
    naming = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in data["naming"])
    word = r"[A-Z][A-Za-z0-9'’-]*"
    return re.compile(
        rf"(?P<head>(?<![\w-])(?:{heads}))(?:\s*,?\s+(?P<naming>{naming})\s*,?)?"
        rf"\s+(?:the\s+)?(?P<name>{word}(?:\s+(?:(?:of|for|the|and|de|del|al|el)\s+)?{word})*)"
        r"(?!['’-]?\w)")


@pytest.mark.parametrize("text", [
    "a little-known group calling itself the Granite Hill Front claimed the blast",
    "the separatist movement Coastal Liberty, and the militia Rio Verde Defenders",
    "subgroup Alpha, anti-militia Bravo, militiamen Charlie and militias Delta de la Sierra",
    "group Echo", "front", "", "a cell, known as Foxtrot Cell, and insurgents Golf-Hotel",
    "the guerrillas of the Lake and guerillas Kilo'Lima; jihadists Mike2 attacked",
    "network\nNovember, organisation  Oscar and organization Papa of Quebec",
])
def test_the_heads_found_as_before(text: str) -> None:
    before = [(m.span(), m.groupdict()) for m in _look_behind_first().finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _described().pattern.finditer(text)] == before
