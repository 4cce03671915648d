"""People joined by "and" after a count are counted by it: one count of both groups, named
by the first."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "party", "count"), [
    ("Nine officers and soldiers embraced shahadat.", "officers", 9),
    ("Twelve policemen and guards were killed in the assault.", "policemen", 12),
    ("Four women and children died when the shell hit the house.", "women", 4),
])
def test_quantities_joined_people_one_count(text: str, party: str, count: int) -> None:
    # no second group "soldiers" killed with no number
    [mention] = [m for m in find_casualty_mentions(text) if m.kind == "killed"]
    assert (mention.party_text, mention.count) == (party, count)


def test_quantities_joined_people_with_their_own_number_stay_apart() -> None:
    # "three soldiers and two policemen": two counts, each with its own number
    mentions = find_casualty_mentions("Three soldiers and two policemen were killed.")
    assert sorted((m.party_text, m.count) for m in mentions) == [
        ("policemen", 2), ("soldiers", 3)]
