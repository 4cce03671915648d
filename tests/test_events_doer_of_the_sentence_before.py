"""A deed told with no doer is of the armed group that opened the sentence before.

"Members of Boko Haram seized a trader in a market. Villagers watched as the man was
beheaded" makes Boko Haram the perpetrator of the killing: the second sentence names no
side, the first names the group as its subject. A sentence naming a side of its own keeps
it; a group the sentence before told as taken, or as speaking or claiming, is no doer.
"""

from __future__ import annotations

import pytest

from tests.records_factory import perpetrators


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("03/14/2013: Members of Boko Haram seized a trader they accused of informing for the "
         "army in Damboa, Borno, Nigeria. Villagers were made to watch as the man was "
         "beheaded.", "Boko Haram"),
        ("03/14/2013: Suspected Boko Haram fighters seized a trader they accused of informing "
         "in Damboa, Borno, Nigeria. The trader was later found dead with gunshot wounds to "
         "the head.", "Boko Haram"),
    ],
    ids=["members-of-the-group", "suspected-fighters-of-the-group"],
)
def test_the_group_of_the_sentence_before_did_it(text: str, group: str) -> None:
    assert any(group in name for name in perpetrators(text))


def test_a_group_told_as_taken_did_not_do_it() -> None:
    text = ("03/14/2013: Soldiers arrested two Boko Haram members in Damboa, Borno, Nigeria. "
            "A trader was shot dead the next day.")
    assert not any("Boko Haram" in name for name in perpetrators(text))


def test_a_group_that_spoke_did_not_do_it() -> None:
    text = ("Daesh warned traders in Jalalabad, Afghanistan, against paying taxes to the "
            "government. On Monday, a sticky bomb fixed to a taxi wounded three passengers "
            "in the city.")
    assert not any("Islamic State" in name for name in perpetrators(text))
