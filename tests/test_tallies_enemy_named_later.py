"""The unnamed men of a release's counts are of the one group the release names, wherever.

"The operations killed 14 terrorists" in a count of a month, the group named only in a later
sentence ("the remnants of ISIS gangs are hiding in the desert"): the dead are that group's,
not of an unidentified armed group; a release that names two groups leaves them unnamed.
"""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Tally


def _parties(text: str) -> dict[str, str | None]:
    return {t.metric: t.party for t in extract(text, published="2023-04-03")
            if isinstance(t, Tally) and t.metric in {"killed", "detained"}}


LEAD = ("MOSUL - The Joint Operations Command said on Monday that security forces carried "
        "out 52 operations in March 2023. The operations killed 11 terrorists and led to the "
        "arrest of 23 others. ")


def test_the_group_named_after_the_counts() -> None:
    parties = _parties(LEAD + "The remnants of ISIS gangs still hide in the valleys.")
    assert parties == {"killed": "Islamic State", "detained": "Islamic State"}


def test_two_groups_named_leave_the_men_unnamed() -> None:
    parties = _parties(LEAD + "The remnants of ISIS gangs and of al-Qaeda still hide in "
                       "the valleys.")
    assert parties["killed"] != "Islamic State"
