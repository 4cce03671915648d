"""A table's column headed by a fate alone counts the group the operations were against;
the rest of a count told roughly is of the other place named with it."""

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


@pytest.mark.parametrize(
    ("whole", "rest", "area"),
    [
        ("about 70", 27, ("IQ",)),   # 44 + 27 = 71: within the rounding of "about 70"
        ("about 70", 26, ("IQ",)),
        ("70", 27, ("SY",)),         # an exact whole: 71 is no sum of it
        ("about 70", 40, ("SY",)),   # far beyond any rounding
        ("more than 70", 24, ("SY",)),  # 68: under the lower bound
        ("more than 70", 28, ("IQ",)),
    ],
)
def test_tallies_remaining_count_of_a_rough_whole_is_of_the_other_country(
        whole: str, rest: int, area: tuple[str, ...]) -> None:
    text = ("Coalition June figures\n\nBAGHDAD - Coalition troops mounted "
            f"{whole} raids against ISIS in Iraq and Syria during June, the command said on "
            "Friday.\n\nIn Syria, 44 raids were conducted together with local partners, "
            f"while Iraqi counter-terrorism units mounted the remaining {rest} raids with "
            "coalition air cover.\n")
    tallies = [r for r in extract(text, published="2025-07-04") if isinstance(r, Tally)]
    [remaining] = [t for t in tallies if int(t.value) == rest]
    assert tuple(remaining.area) == area
