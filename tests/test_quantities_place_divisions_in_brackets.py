"""The divisions of a place written in brackets after its name, as ACLED's notes write them
("in Verulam (eThekwini, KwaZulu-Natal)"), stand between a counted subject and its verb:
they are neither a person named nor the end of the subject."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "kind", "count", "party"), [
    ("On 9 June 2021, three men suspected of robberies in the Kondele area in Kisumu "
     "(Kisumu) were fatally assaulted by residents.", "killed", 3, "men suspected of robberies"),
    ("Two soldiers on patrol in Garissa (Garissa, North Eastern) were killed.", "killed", 2,
     "soldiers"),
    ("Four traders from Kasese (Kasese, Western) were wounded in the attack.", "wounded", 4,
     "traders"),
], ids=["one-division", "two-divisions", "from"])
def test_count_before_a_place_with_its_divisions(text: str, kind: str, count: int,
                                                 party: str) -> None:
    mentions = find_casualty_mentions(text)
    assert [(m.kind, m.count, m.party_text) for m in mentions] == [(kind, count, party)]


def test_initials_in_brackets_stay_part_of_the_name() -> None:
    text = "Two officers of the Rapid Response Unit (RRU) were killed."
    assert [(m.count, m.party_text) for m in find_casualty_mentions(text)] == [
        (2, "officers of the Rapid Response Unit (RRU)")]
