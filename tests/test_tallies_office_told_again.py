"""A tally told "according to figures from the ministry" is the ministry's named in full
before ("the Ministry of Peshmerga Affairs said"), though the name holds a counted party."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally


@pytest.mark.parametrize(("text", "reporter"), [
    ("ERBIL - Islamic State militants wounded three Peshmerga fighters near Kifri on Monday, "
     "the Ministry of Peshmerga Affairs said. In October, the militants carried out 12 "
     "attacks in the disputed areas, killing 4 Peshmerga, according to figures from the "
     "ministry.", "Ministry of Peshmerga Affairs"),
    ("Somalia's Ministry of Information said troops killed six al-Shabaab fighters near "
     "Bulo Burte on Sunday. Last month, the army killed 90 fighters in operations in "
     "Hiiraan, according to data from the ministry.", "Ministry of Information"),
])
def test_tallies_office_told_again_by_its_head_noun(text: str, reporter: str) -> None:
    tallies = [r for r in extract(text, published="2024-11-12") if isinstance(r, Tally)]
    assert tallies and {t.reporter for t in tallies} == {reporter}
