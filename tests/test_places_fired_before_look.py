"""A weapon's name told as what was fired is looked for only where its words stand.

``_fired_before`` answers as ``_FIRED_BEFORE.search`` over the 24 characters before a name,
but where an ASCII window holds none of ``_FIRED_WORDS`` it answers without the search.
"""

from __future__ import annotations

import re

import pytest

from eventcoder import places

_TEXTS = (
    "Rebels fired Grad rockets at the town of Lisova overnight.",
    "Troops FIRING a Tochka hit the depot near Marivka, officials said.",
    "The base was shelled with 2 Smerch launchers from the direction of Holubne.",
    "Militants using several Katyushas targeted the airport; witnesses near Koval saw it.",
    "Police said gunmen with rifles stormed the market in Tarvin on Monday.",
    "Soldiers fires three rounds at Dovhe, then withdrew toward Zelene.",
    "Shepherds near Ḩalab fired at a patrol with Grad.\nWith Orlan drones over Lystok.",
    "A firm in Berdo said that Sarny and Ovid were calm; no one fired.",
    "Officials in Zorya said a man was found dead in his home in Kriva.",
    "Uſing Grad, they hit Pyriv; İn Kaval with a Tochka.",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_look_answers_as_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        expected = places._FIRED_BEFORE.search(text, max(0, start - 24), start) is not None
        assert places._fired_before(text, start) == expected, (text, start)


def test_every_alternative_holds_a_word() -> None:
    # the pattern's words, each spelled out, hold one of the words looked for
    heads = re.search(r"\(\?:(.*?)\)\[", places._FIRED_BEFORE.pattern)
    assert heads is not None
    for head in ("fired", "firing", "fires", "with", "using"):
        assert re.fullmatch(heads.group(1), head)
        assert any(word in head for word in places._FIRED_WORDS)
    assert places._fired_before("they fired ", 11)
    assert not places._fired_before("they hired ", 11)
