"""The fate of the captives of an abduction told before is the abduction's, whenever it is
told: "Assailants abducted two aid workers ... One hostage was killed and the other was
released in November 2017" is one death of the abduction, not a tally of the month; a count
of others in that month, or of more hostages than were taken, is still a tally."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally
from tests.records_factory import totals

_TAKEN = "10/15/2017: Assailants abducted {count} aid workers in Ayorou, Tillaberi, Niger. "


@pytest.mark.parametrize(("text", "killed"), [
    (_TAKEN.format(count="two") + "One hostage was killed and the other was released in "
     "November 2017.", 1),
    (_TAKEN.format(count="five") + "Three of the hostages were executed in March 2018.", 3),
    ("06/02/2014: Gunmen kidnapped four traders near Gao, Mali. Two captives were found dead "
     "in July 2014.", 2),
])
def test_the_captives_fate_in_a_later_month_is_the_abductions(text: str, killed: int) -> None:
    assert not [r for r in extract(text) if isinstance(r, Tally)]
    assert totals(text)[0] == killed


@pytest.mark.parametrize("text", [
    _TAKEN.format(count="two") + "Two soldiers were killed in November 2017.",
    _TAKEN.format(count="two") + "Nine hostages were killed in the region in 2017.",
])
def test_other_counts_of_a_month_stay_tallies(text: str) -> None:
    assert [r for r in extract(text) if isinstance(r, Tally)]
