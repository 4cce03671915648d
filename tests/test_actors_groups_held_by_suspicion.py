"""A group the actor list does not know, named only by the suspicion that closes a report:
"No group claimed responsibility, but the X was suspected", "although the X (ABBR) is
suspected in the blast", "officials report that the X is responsible". The name must still
hold a word of an armed organisation and no word of a state's body."""

from __future__ import annotations

import pytest

from tests.records_factory import perpetrators


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 2014, unknown men blew up a gas pipeline near Kohlu, "
        "Balochistan, Pakistan. No group claimed responsibility but the Marri Liberation "
        "Front was suspected.",
        "On 9 January 2014, unknown men blew up a gas pipeline near Kohlu, "
        "Balochistan, Pakistan. No group claimed responsibility, although the Marri "
        "Liberation Front (MLF) is suspected in the blast.",
        "On 9 January 2014, gunmen shot dead a shopkeeper in Kohlu, Balochistan, Pakistan. "
        "Provincial officials report that the Marri Liberation Front is responsible.",
    ],
    ids=["was-suspected", "is-suspected-in", "report-that-is-responsible"],
)
def test_the_suspected_group_struck(text: str) -> None:
    assert "Marri Liberation Front" in perpetrators(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 9 January 2014, gunmen shot dead a shopkeeper in Kohlu, Balochistan, Pakistan. "
         "A man from the Sabzi Mandi Market was suspected.", "Sabzi Mandi Market"),
        ("On 9 January 2014, gunmen shot dead a shopkeeper in Kohlu, Balochistan, Pakistan. "
         "The Special Protection Force is responsible for the town's security.",
         "Special Protection Force"),
    ],
    ids=["no-armed-word", "a-state-body"],
)
def test_no_group_is_made(text: str, name: str) -> None:
    assert all(name not in p for p in perpetrators(text))
