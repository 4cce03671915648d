"""A group's name in capitals inside a count is no function word: "dozens of IS fighters"."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(
    ("text", "kind", "count", "low", "party"),
    [
        # "IS" (Islamic State) is not the verb "is": the count before it stands
        ("Three IS militants were killed in the raid.", "killed", 3, 3, "IS militants"),
        ("The monitor said dozens of IS fighters were killed.", "killed", None, 12,
         "IS fighters"),
        ("Troops arrested 14 IS suspects in Kirkuk.", "detained", 14, 14, "IS suspects"),
        ("Seven US soldiers were wounded.", "wounded", 7, 7, "US soldiers"),
    ],
)
def test_quantities_capitalised_names_keep_the_count(
    text: str, kind: str, count: int | None, low: int, party: str
) -> None:
    [mention] = [m for m in find_casualty_mentions(text) if m.kind == kind]
    assert (mention.count, mention.low, mention.party_text) == (count, low, party)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a line set all in capitals: "IS" there is the verb, the party stops before it
        ("ISIS FIGHTERS IS KILLED", "ISIS FIGHTERS"),
        ("The attacker is believed dead; two guards were killed.", "guards"),
    ],
)
def test_quantities_capitalised_names_leave_verbs_alone(text: str, party: str) -> None:
    assert [m.party_text for m in find_casualty_mentions(text) if m.kind == "killed"][-1] == party
