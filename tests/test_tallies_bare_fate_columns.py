"""A table's column headed by a fate alone counts the group the operations were against."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally

IS = "Islamic State"

_INTRO = ("Joint task force monthly summary\n\nThe joint task force carried out operations "
          "against {group} across four provinces in June 2025, its press office said on "
          "Friday.\n\n")


@pytest.mark.parametrize(
    "table",
    [
        ("| Province | Operations | Killed | Detained |\n|---|---|---|---|\n"
         "| Anbar | 12 | 4 | 9 |\n| Nineveh | 8 | 2 | 5 |\n"),
        ("Province | Operations | Killed | Detained\nAnbar | 12 | 4 | 9\n"
         "Nineveh | 8 | 2 | 5\n"),
        "Anbar: Operations: 12 / Killed: 4 / Detained: 9\n"
        "Nineveh: Operations: 8 / Killed: 2 / Detained: 5\n",
    ],
)
def test_tallies_bare_fate_column_is_of_the_group_fought(table: str) -> None:
    text = _INTRO.format(group="ISIS") + table
    tallies = [r for r in extract(text, published="2025-07-04") if isinstance(r, Tally)]
    fates = {(t.metric, int(t.value), t.party) for t in tallies
             if t.metric in {"killed", "detained"}}
    assert fates == {("killed", 4, IS), ("detained", 9, IS), ("killed", 2, IS),
                     ("detained", 5, IS)}


@pytest.mark.parametrize(
    "intro",
    [
        # two groups fought: no one of them for the bare column
        _INTRO.format(group="ISIS and al-Shabaab"),
        # no group the operations were against
        ("Joint task force monthly summary\n\nThe joint task force carried out operations "
         "across four provinces in June 2025, its press office said on Friday.\n\n"),
    ],
)
def test_tallies_bare_fate_column_without_one_group_fought(intro: str) -> None:
    text = intro + ("| Province | Operations | Killed | Detained |\n|---|---|---|---|\n"
                    "| Anbar | 12 | 4 | 9 |\n")
    tallies = [r for r in extract(text, published="2025-07-04") if isinstance(r, Tally)]
    assert {t.party for t in tallies if t.metric in {"killed", "detained"}} == {None}
