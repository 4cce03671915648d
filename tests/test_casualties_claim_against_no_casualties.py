"""The attackers' claim of dead against a report of no one hurt: "police said there were no
casualties. The group claimed responsibility and said that four officers had died" keeps
the lower figure (none), as coders do with disagreeing sources."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties, total_fatalities
from eventcoder.quantities import find_casualty_mentions


def _total(text: str) -> int | None:
    return total_fatalities(combine_casualties(find_casualty_mentions(text), text=text))


@pytest.mark.parametrize(("text", "total"), [
    ("A mine went off under an army truck near Kolwa. Officials said there were no "
     "casualties. The rebels claimed responsibility and said that six soldiers had died.", 0),
    ("A rocket hit the base in Kolwa; no casualties were reported. The group claimed "
     "responsibility, stating that 12 soldiers were killed.", 0),
    # with no report of no one hurt, the claim's count is all there is
    ("A mine went off under an army truck near Kolwa. The rebels claimed responsibility and "
     "said that six soldiers had died.", 6),
    # a count told as a fact stands beside the claim
    ("A mine went off under an army truck near Kolwa, killing two soldiers. The rebels "
     "claimed responsibility and said that six soldiers had died.", 2),
])
def test_a_claim_against_no_casualties(text: str, total: int) -> None:
    assert _total(text) == total
