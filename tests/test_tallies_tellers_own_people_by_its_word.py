"""An outlet retelling a body's monthly figures names the body's own people by the word for
the body ("two of the service's members were wounded", "the ministry's personnel"): they are
the teller's, not the enemy's whose dead the figures count before."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally

_LEAD = ("Iraq's Counter-Terrorism Service carried out 36 operations against ISIS cells in "
         "June, killing 14 militants and arresting 22 others, according to figures the "
         "service released on Tuesday. ")


def _tallies(text: str) -> set[tuple[str, str | None, int]]:
    return {(t.metric, t.party, t.value) for t in extract(text, published="2025-07-08")
            if isinstance(t, Tally)}


@pytest.mark.parametrize("told", [
    "Three of the service's members were wounded during the month's operations.",
    "Three of the service\u2019s members were wounded during the month's operations.",
    "Three of the service's personnel were wounded in the raids, it said.",
], ids=["members", "curly-apostrophe", "personnel"])
def test_tallies_the_tellers_word_names_its_own_people(told: str) -> None:
    found = _tallies(_LEAD + told)
    assert ("wounded", "Counter Terrorism Service", 3) in found, found


def test_tallies_the_groups_fighters_stay_the_enemys() -> None:
    found = _tallies(_LEAD + "Three of the group's fighters were wounded during the month.")
    assert ("wounded", "Counter Terrorism Service", 3) not in found, found
