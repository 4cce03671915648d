"""A bulletin whose issuer is named only in a line of its own, at its head or foot."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally

_BODY = """HIGHLIGHTS
\u2022 At least 23 civilians killed in four attacks in Djugu territory since 14 March.

\u2022 On 15 March, members of the CODECO militia attacked the village of Lopa, in Djugu \
territory, killing nine civilians.
\u2022 On 17 March, fighters of the Allied Democratic Forces killed 14 civilians near Mambasa.

Local authorities have imposed a curfew in Fataki.
"""


def _reporters(text: str) -> set[str | None]:
    return {r.reporter for r in extract(text, published="2024-03-20") if isinstance(r, Tally)}


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        (f"{_BODY}\nIssued by the Office of the Governor of Ituri Province, Bunia\n",
         "Office of the Governor of Ituri Province"),
        (f"Published by the Ituri Civil Protection Council\n\n{_BODY}",
         "Ituri Civil Protection Council"),
        (f"{_BODY}\nThis bulletin was prepared by the Djugu Peace Monitoring Network.\n",
         "Djugu Peace Monitoring Network"),
    ],
)
def test_tallies_publisher_in_a_line_of_its_own_tells_the_figures(text: str,
                                                                   reporter: str) -> None:
    assert _reporters(text) == {reporter}


def test_tallies_publisher_line_gives_way_to_a_teller_told() -> None:
    text = _BODY.replace("since 14 March.", "since 14 March, the Ituri Peace Observatory "
                         "said.") + "\nIssued by the Office of the Governor of Ituri Province\n"
    assert _reporters(text) == {"Ituri Peace Observatory"}
